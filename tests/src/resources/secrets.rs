//! Secrets (`/secrets`): the data is stored but never returned.

use las_api::types;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::patch_opt_str;
use crate::state::{Counted, SecretRec, State};

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostSecrets = ctx.body_as()?;
    let id = st.ids.id("secret");
    let secret = {
        let mut secret = types::Secret::new(id.clone());
        secret.created_by = Some(ctx.principal.clone());
        secret.created_time = Some(ctx.now_str());
        secret.description = body.description;
        secret.name = body.name;
        secret
    };
    st.secrets.insert(
        id,
        SecretRec {
            api: secret.clone(),
            data: body.data.into_inner(),
        },
    );
    st.count(Counted::Secret, 1);
    ok(&secret)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.secrets
            .iter_after(pager.after_seq())
            .map(|(s, r)| (Cursor::seq(s), r.api.clone())),
        false,
    );
    ok(&{
        let mut list = types::Secrets::new(page);
        list.next_token = next;
        list
    })
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("secretId");
    let body: types::PatchSecretId = ctx.body_as()?;
    let s = st
        .secrets
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Secret", id))?;
    patch_opt_str(&mut s.api.name, &ctx.body, "name");
    patch_opt_str(&mut s.api.description, &ctx.body, "description");
    if let Some(data) = body.data {
        s.data = data.into_inner();
    }
    s.api.updated_by = Some(ctx.principal.clone());
    s.api.updated_time = Some(ctx.now_str());
    ok(&s.api)
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("secretId");
    let s = st
        .secrets
        .remove(id)
        .ok_or_else(|| ApiError::not_found("Secret", id))?;
    st.count(Counted::Secret, -1);
    ok(&s.api)
}
