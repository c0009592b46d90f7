//! Profiles (`/profiles/{profileId}`): the person behind a user, made when
//! the user is created. `email` comes from the user and cannot be changed
//! here; `name`, `givenName`, `familyName`, `locale`, `picture` and
//! `metadata` can.

use las_api::types;

use crate::error::{ok, ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::resources::patch_opt_str;
use crate::state::State;

/// Creates the profile of a new user; returns its id.
pub(crate) fn create_for(st: &mut State, email: &str, name: Option<&str>, ctx: &Ctx) -> String {
    let id = st.ids.id("profile");
    let mut profile = types::Profile::new(id.clone());
    profile.email = Some(email.to_string());
    profile.name = name.map(str::to_string);
    profile.created_time = Some(ctx.now_str());
    profile.number_of_organizations_allowed = Some(10);
    profile.number_of_organizations_created = Some(0);
    st.profiles.insert(id.clone(), profile);
    id
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("profileId");
    ok(st
        .profiles
        .get(id)
        .ok_or_else(|| ApiError::not_found("Profile", id))?)
}

/// The fields a PATCH may change.
const EDITABLE: &[&str] = &[
    "name",
    "givenName",
    "familyName",
    "locale",
    "picture",
    "metadata",
];

/// `PATCH /profiles/{profileId}`. The export gives this route no body
/// schema, so the vendor constraints check nothing: the emulator refuses
/// what openapi.yaml's `PatchProfileId` does not name (`email` among them)
/// and an empty body, as the API's other PATCHes do.
pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("profileId");
    let body = ctx.body.as_object().cloned().unwrap_or_default();
    if let Some(extra) = body.keys().find(|k| !EDITABLE.contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!(
            "Invalid request body: Additional properties are not allowed ('{extra}' was unexpected)"
        )));
    }
    if body.is_empty() {
        return Err(ApiError::bad_request(
            "Invalid request body: {} does not have enough properties",
        ));
    }
    let p = st
        .profiles
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Profile", id))?;
    patch_opt_str(&mut p.name, &ctx.body, "name");
    patch_opt_str(&mut p.given_name, &ctx.body, "givenName");
    patch_opt_str(&mut p.family_name, &ctx.body, "familyName");
    patch_opt_str(&mut p.locale, &ctx.body, "locale");
    patch_opt_str(&mut p.picture, &ctx.body, "picture");
    if ctx.body.get("metadata").is_some() {
        p.metadata = ctx
            .body
            .get("metadata")
            .and_then(|m| m.as_object())
            .cloned();
    }
    p.updated_time = Some(ctx.now_str());
    ok(p)
}
