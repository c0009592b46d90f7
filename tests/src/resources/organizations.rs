//! The one organization (`/organizations/{organizationId}`) and its counters.

use crate::error::{ok, ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::resources::patch_opt_str;
use crate::state::State;

fn check(ctx: &Ctx, st: &State) -> Result<(), ApiError> {
    let id = ctx.param("organizationId");
    if id == st.organization.organization_id {
        Ok(())
    } else {
        Err(ApiError::not_found("Organization", id))
    }
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    check(ctx, st)?;
    ok(&st.organization)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    check(ctx, st)?;
    let o = &mut st.organization;
    patch_opt_str(&mut o.name, &ctx.body, "name");
    patch_opt_str(&mut o.description, &ctx.body, "description");
    o.updated_by = Some(ctx.principal.clone());
    o.updated_time = Some(ctx.now_str());
    ok(o)
}
