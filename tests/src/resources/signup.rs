//! `POST /signup`, the one operation without authentication.

use las_api::types;

use crate::error::{ok, ApiResult};
use crate::pipeline::Ctx;
use crate::state::State;

pub(crate) fn sign_up(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostSignUp = ctx.body_as()?;
    ok(&types::SignUp::new(st.ids.alnum(26), body.email))
}
