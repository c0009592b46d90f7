//! Assets (`/assets`): base64 content plus name and description. Only
//! `GET /assets/{assetId}` returns the content.

use las_api::types;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::{check_content, patch_opt_str};
use crate::state::{Counted, State};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

fn summary(a: &types::Asset) -> types::Asset {
    let mut asset: types::Asset = a.clone();
    asset.content = None;
    asset
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostAssets = ctx.body_as()?;
    check_content("content", &body.content)?;
    let id = st.ids.id("asset");
    let asset = {
        let mut asset = types::Asset::new(id.clone());
        asset.content = Some(STANDARD.encode(body.content.as_bytes()));
        asset.created_by = Some(ctx.principal.clone());
        asset.created_time = Some(ctx.now_str());
        asset.description = body.description;
        asset.name = body.name;
        asset
    };
    let out = summary(&asset);
    st.assets.insert(id, asset);
    st.count(Counted::Asset, 1);
    ok(&out)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.assets
            .iter_after(pager.after_seq())
            .map(|(s, a)| (Cursor::seq(s), summary(a))),
        false,
    );
    ok(&{
        let mut list = types::Assets::new(page);
        list.next_token = next;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("assetId");
    ok(st
        .assets
        .get(id)
        .ok_or_else(|| ApiError::not_found("Asset", id))?)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("assetId");
    let body: types::PatchAssetId = ctx.body_as()?;
    if let Some(c) = &body.content {
        check_content("content", c)?;
    }
    let a = st
        .assets
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Asset", id))?;
    patch_opt_str(&mut a.name, &ctx.body, "name");
    patch_opt_str(&mut a.description, &ctx.body, "description");
    if let Some(c) = body.content {
        a.content = Some(STANDARD.encode(c.as_bytes()));
    }
    a.updated_by = Some(ctx.principal.clone());
    a.updated_time = Some(ctx.now_str());
    ok(&summary(a))
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("assetId");
    let a = st
        .assets
        .remove(id)
        .ok_or_else(|| ApiError::not_found("Asset", id))?;
    st.count(Counted::Asset, -1);
    ok(&summary(&a))
}
