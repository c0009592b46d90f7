//! Users (`/users`). Creating a user creates its profile (`profileId`,
//! `/profiles/{profileId}`, see `profiles.rs`), which holds the person's
//! details; `name` and `avatar` on the user are the retired 2021 fields,
//! still kept.

use las_api::types;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::{metadata, patch_opt_str, profiles};
use crate::state::{Counted, State};

/// Every id of `role_ids` must be a role of the catalog.
fn check_roles(st: &State, role_ids: &[String]) -> Result<(), ApiError> {
    match role_ids.iter().find(|r| !st.roles.contains(r)) {
        Some(r) => Err(ApiError::bad_request(format!("Role {r} does not exist"))),
        None => Ok(()),
    }
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostUsers = ctx.body_as()?;
    if let Some(app) = &body.app_client_id {
        if !st.app_clients.contains(app) && app != &st.principal {
            return Err(ApiError::bad_request(format!(
                "App client {app} does not exist"
            )));
        }
    }
    check_roles(st, &body.role_ids)?;
    let id = st.ids.id("user");
    let profile_id = profiles::create_for(st, &body.email, body.name.as_deref(), ctx);
    let user = {
        let mut user = types::User::new(id.clone());
        user.email = Some(body.email);
        user.avatar = body.avatar;
        user.name = body.name;
        user.profile_id = Some(profile_id);
        user.role_ids = Some(body.role_ids);
        user.metadata = metadata(ctx);
        user.status = Some(types::UserStatus::InvitePending);
        user.created_by = Some(ctx.principal.clone());
        user.created_time = Some(ctx.now_str());
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
    let body: types::PatchUserId = ctx.body_as()?;
    check_roles(st, &body.role_ids)?;
    let u = st
        .users
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("User", id))?;
    patch_opt_str(&mut u.name, &ctx.body, "name");
    patch_opt_str(&mut u.avatar, &ctx.body, "avatar");
    if ctx.body.get("roleIds").is_some() {
        u.role_ids = Some(body.role_ids);
    }
    if ctx.body.get("metadata").is_some() {
        u.metadata = metadata(ctx);
    }
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
    if let Some(p) = &u.profile_id {
        st.profiles.remove(p);
    }
    st.count(Counted::User, -1);
    ok(&u)
}
