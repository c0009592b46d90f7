//! What every API request goes through: counting, fault injection,
//! authentication, validation against openapi.yaml, the lazy status changes
//! of the store, and finally the operation's handler.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{RawPathParams, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::app::{App, Timings};
use crate::auth;
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult};
use crate::faults::{self, Target};
use crate::lock;
use crate::pagination::Pager;
use crate::resources;
use crate::server::ConnCtl;
use crate::stats::ReceivedRequest;

/// Marks a request made by [`Emulator::setup`](crate::Emulator::setup): not
/// counted, not faulted, not listed as received.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SetupRequest;
use crate::validate::{self, Query};

/// A validated request, as handlers see it.
#[derive(Debug)]
pub(crate) struct Ctx {
    pub path: HashMap<String, String>,
    pub query: Query,
    /// The JSON body (`Value::Null` for operations without one).
    pub body: Value,
    /// Who is calling: recorded as `createdBy` / `updatedBy`.
    pub principal: String,
    /// Now on the emulator clock, in milliseconds since the epoch.
    pub now: u64,
    pub timings: Timings,
    pub page_size: usize,
    /// `<origin>/files/documents`: where documents' `fileUrl`s point.
    pub files_base: String,
}

impl Ctx {
    /// A path parameter (empty if the route has none of that name).
    pub fn param(&self, name: &str) -> &str {
        self.path.get(name).map(String::as_str).unwrap_or_default()
    }

    /// The body as a generated request type.
    pub fn body_as<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        serde_json::from_value(self.body.clone())
            .map_err(|e| ApiError::bad_request(format!("Invalid request body: {e}")))
    }

    /// Now as an RFC 3339 timestamp.
    pub fn now_str(&self) -> String {
        rfc3339(self.now)
    }

    /// The page the request asks for.
    pub fn pager(&self) -> Result<Pager, ApiError> {
        Pager::from_query(&self.query, self.page_size)
    }
}

pub(crate) async fn handle(
    app: Arc<App>,
    index: usize,
    conn: Option<ConnCtl>,
    params: Option<RawPathParams>,
    req: Request,
) -> Response {
    let Some(op) = app.spec.operations.get(index) else {
        return ApiError::new(StatusCode::NOT_FOUND, "Not Found").into_response();
    };
    if req.extensions().get::<SetupRequest>().is_some() {
        let response = process(&app, index, params, req)
            .await
            .unwrap_or_else(IntoResponse::into_response);
        return app.self_check.check(app.spec, op, response).await;
    }
    app.stats.record_api(&op.id);
    let path = req.uri().path().to_string();
    let target = Target {
        operation: &op.id,
        path: &path,
        token_endpoint: false,
    };
    let inner = app.clone();
    faults::apply(&app, target, conn.as_ref(), async move {
        let response = process(&inner, index, params, req)
            .await
            .unwrap_or_else(IntoResponse::into_response);
        match inner.spec.operations.get(index) {
            Some(op) => inner.self_check.check(inner.spec, op, response).await,
            None => response,
        }
    })
    .await
}

async fn process(
    app: &App,
    index: usize,
    params: Option<RawPathParams>,
    req: Request,
) -> ApiResult {
    let Some(op) = app.spec.operations.get(index) else {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "Not Found"));
    };
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, app.cfg.body_limit)
        .await
        .map_err(|_| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "Request Entity Too Large"))?;
    if parts.extensions.get::<SetupRequest>().is_none() {
        app.stats.record_received(ReceivedRequest {
            operation_id: op.id.clone(),
            method: parts.method.to_string(),
            path: parts.uri.path().to_string(),
            query: parts.uri.query().map(str::to_string),
            body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        });
    }
    let principal = if op.needs_auth {
        auth::check(app, &parts.headers, app.clock.now_ms())?
    } else {
        "anonymous".to_string()
    };
    let query = validate::query(op, parts.uri.query())?;
    let body = validate::body(op, &parts.headers, &bytes, app.cfg.content_limit)?;
    let path = params
        .iter()
        .flat_map(|p| p.iter())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut state = lock(&app.state);
    let ctx = Ctx {
        path,
        query,
        body,
        principal,
        now: app.clock.now_ms(),
        timings: app.timings(),
        page_size: app.cfg.default_page_size,
        files_base: app.files_base(),
    };
    state.tick(ctx.now, &ctx.timings);
    // Hand-written behaviour where semantics matter; the spec's shape otherwise.
    match resources::handler(&op.id) {
        Some(handler) => handler(&ctx, &mut state),
        None => resources::generic::handle(app.spec, op, &ctx, &mut state),
    }
}
