//! Users (`/users`).

use las_api::types;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::patch_opt_str;
use crate::state::{Counted, State};

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostUsers = ctx.body_as()?;
    if let Some(app) = &body.app_client_id {
        if !st.app_clients.contains(app) && app != &st.principal {
            return Err(ApiError::bad_request(format!(
                "App client {app} does not exist"
            )));
        }
    }
    let id = st.ids.id("user");
    let user = {
        let mut user = types::User::new(body.email, id.clone());
        user.avatar = body.avatar;
        user.created_by = Some(ctx.principal.clone());
        user.created_time = Some(ctx.now_str());
        user.name = body.name;
        user
    };
    st.users.insert(id, user.clone());
    st.count(Counted::User, 1);
    ok(&user)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.users
            .iter_after(pager.after_seq())
            .map(|(s, u)| (Cursor::seq(s), u.clone())),
        false,
    );
    ok(&{
        let mut list = types::Users::new(page);
        list.next_token = next;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("userId");
    ok(st
        .users
        .get(id)
        .ok_or_else(|| ApiError::not_found("User", id))?)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("userId");
    let u = st
        .users
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("User", id))?;
    patch_opt_str(&mut u.name, &ctx.body, "name");
    patch_opt_str(&mut u.avatar, &ctx.body, "avatar");
    u.updated_by = Some(ctx.principal.clone());
    u.updated_time = Some(ctx.now_str());
    ok(u)
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("userId");
    let u = st
        .users
        .remove(id)
        .ok_or_else(|| ApiError::not_found("User", id))?;
    st.count(Counted::User, -1);
    ok(&u)
}
