//! Payment methods (`/paymentMethods`): stored, never charged. A new one
//! answers a `stripeSetupIntentSecret` (a secret: only in that answer, never
//! in lists or reads, redacted from [`crate::Stats::received`]); a PATCH
//! may replace it, as a client confirming a card setup does.

use las_api::types;
use serde_json::Value;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::patch_opt_str;
use crate::state::{PaymentMethodRec, State};

fn find<'a>(st: &'a State, id: &str) -> Result<&'a PaymentMethodRec, ApiError> {
    st.payment_methods
        .get(id)
        .ok_or_else(|| ApiError::not_found("Payment method", id))
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = st.ids.id("payment-method");
    let secret = format!("seti_{}_secret_{}", st.ids.alnum(24), st.ids.alnum(24));
    let mut api = types::PaymentMethod::new(id.clone());
    api.name = ctx
        .body
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string);
    api.description = ctx
        .body
        .get("description")
        .and_then(Value::as_str)
        .map(str::to_string);
    api.stripe_publishable_key = Some("pk_test_las_emulator".into());
    api.created_by = Some(ctx.principal.clone());
    api.created_time = Some(ctx.now_str());
    let mut out = api.clone();
    out.stripe_setup_intent_secret = Some(las_api::SecretString::from(secret.clone()));
    st.payment_methods.insert(
        id,
        PaymentMethodRec {
            api,
            setup_intent_secret: las_api::SecretString::from(secret),
        },
    );
    ok(&out)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.payment_methods
            .iter_after(pager.after_seq())
            .map(|(s, p)| (Cursor::seq(s), p.api.clone())),
        false,
    );
    ok(&{
        let mut list = types::PaymentMethods::new(page);
        list.next_token = next;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    ok(&find(st, ctx.param("paymentMethodId"))?.api)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("paymentMethodId");
    let p = st
        .payment_methods
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Payment method", id))?;
    patch_opt_str(&mut p.api.name, &ctx.body, "name");
    patch_opt_str(&mut p.api.description, &ctx.body, "description");
    if let Some(Value::String(secret)) = ctx.body.get("stripeSetupIntentSecret") {
        p.setup_intent_secret = las_api::SecretString::from(secret.clone());
    }
    p.api.updated_by = Some(ctx.principal.clone());
    p.api.updated_time = Some(ctx.now_str());
    ok(&p.api)
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("paymentMethodId");
    let p = st
        .payment_methods
        .remove(id)
        .ok_or_else(|| ApiError::not_found("Payment method", id))?;
    if st.organization.payment_method_id.as_deref() == Some(id) {
        st.organization.payment_method_id = None;
    }
    ok(&p.api)
}
