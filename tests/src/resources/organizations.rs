//! Organizations (`/organizations`): the caller's own (with the counters of
//! what it created) and those it created with `POST /organizations`, which
//! start empty on the free plan.

use las_api::types;
use serde_json::Value;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::patch_opt_str;
use crate::state::{new_organization, State};

fn find_mut<'a>(st: &'a mut State, id: &str) -> Result<&'a mut types::Organization, ApiError> {
    if id == st.organization.organization_id {
        return Ok(&mut st.organization);
    }
    st.organizations
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Organization", id))
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    ok(find_mut(st, ctx.param("organizationId"))?)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    if let Some(Value::String(pm)) = ctx.body.get("paymentMethodId") {
        if !st.payment_methods.contains(pm) {
            return Err(ApiError::bad_request(format!(
                "Payment method {pm} does not exist"
            )));
        }
    }
    let o = find_mut(st, ctx.param("organizationId"))?;
    patch_opt_str(&mut o.name, &ctx.body, "name");
    patch_opt_str(&mut o.description, &ctx.body, "description");
    patch_opt_str(&mut o.payment_method_id, &ctx.body, "paymentMethodId");
    o.updated_by = Some(ctx.principal.clone());
    o.updated_time = Some(ctx.now_str());
    ok(o)
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = st.ids.id("organization");
    let name = ctx
        .body
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let mut org = new_organization(id.clone(), name, "", ctx.now);
    org.name = ctx
        .body
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string);
    org.description = None;
    org.updated_time = None;
    st.organizations.insert(id, org.clone());
    ok(&org)
}

/// The caller's organization first, then those it created.
pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let own = std::iter::once((Cursor::seq(0), st.organization.clone()));
    let created = st
        .organizations
        .iter()
        .map(|(s, o)| (Cursor::seq(s), o.clone()));
    let (page, next) = pager.page(own.chain(created), false);
    ok(&{
        let mut list = types::Organizations::new(page);
        list.next_token = next;
        list
    })
}
