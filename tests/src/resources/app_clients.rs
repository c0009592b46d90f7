//! App clients (`/appClients`). A client created with a secret (the default)
//! can fetch tokens from the token endpoint with its `clientId` and the
//! `clientSecret` returned once, at creation.

use las_api::types;
use serde_json::Value;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::patch_opt_str;
use crate::state::{AppClientRec, Counted, State};

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostAppClients = ctx.body_as()?;
    let id = st.ids.id("app-client");
    let client_id = st.ids.alnum(26);
    let secret = body
        .generate_secret
        .unwrap_or(true)
        .then(|| st.ids.alnum(52));
    let client = {
        let mut app_client = types::AppClient::new(id.clone(), client_id, secret.is_some());
        app_client.callback_urls = Some(body.callback_urls);
        app_client.login_urls = Some(body.login_urls);
        app_client.logout_urls = Some(body.logout_urls);
        app_client.created_by = Some(ctx.principal.clone());
        app_client.created_time = Some(ctx.now_str());
        app_client.default_login_url = body.default_login_url;
        app_client.description = body.description;
        app_client.name = body.name;
        app_client
    };
    let mut out = client.clone();
    out.client_secret = secret.clone().map(las_api::SecretString::from);
    st.app_clients.insert(
        id,
        AppClientRec {
            api: client,
            secret,
        },
    );
    st.count(Counted::AppClient, 1);
    ok(&out)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.app_clients
            .iter_after(pager.after_seq())
            .map(|(s, c)| (Cursor::seq(s), c.api.clone())),
        false,
    );
    ok(&{
        let mut list = types::AppClients::new(page);
        list.next_token = next;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("appClientId");
    let c = st
        .app_clients
        .get(id)
        .ok_or_else(|| ApiError::not_found("App client", id))?;
    ok(&c.api)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("appClientId");
    let c = st
        .app_clients
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("App client", id))?;
    patch_opt_str(&mut c.api.name, &ctx.body, "name");
    patch_opt_str(&mut c.api.description, &ctx.body, "description");
    patch_opt_str(&mut c.api.default_login_url, &ctx.body, "defaultLoginUrl");
    if let Some(Value::Array(urls)) = ctx.body.get("loginUrls") {
        c.api.login_urls = Some(
            urls.iter()
                .filter_map(|u| u.as_str().map(str::to_string))
                .collect(),
        );
    }
    c.api.updated_by = Some(ctx.principal.clone());
    c.api.updated_time = Some(ctx.now_str());
    ok(&c.api)
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("appClientId");
    let c = st
        .app_clients
        .remove(id)
        .ok_or_else(|| ApiError::not_found("App client", id))?;
    st.count(Counted::AppClient, -1);
    ok(&c.api)
}
