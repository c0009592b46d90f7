//! A small control surface under `/_emulator` for clients that cannot hold
//! the library handle (the binary driven from Python, for instance). It needs
//! no credentials, is never faulted and is not counted in the stats.
//!
//! - `GET /_emulator/stats`: the counters of [`Stats`](crate::Stats) as JSON.
//! - `POST /_emulator/advance?seconds=N` (or `ms=N`): moves the clock.
//! - `POST /_emulator/expire-tokens`: makes every issued token expired.
//! - `POST /_emulator/faults/clear`: removes every fault rule.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

use crate::app::App;
use crate::error::message_response;

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/_emulator/stats", get(stats))
        .route("/_emulator/advance", post(advance))
        .route("/_emulator/expire-tokens", post(expire_tokens))
        .route("/_emulator/faults/clear", post(clear_faults))
}

async fn stats(State(app): State<Arc<App>>) -> Response {
    let s = &app.stats;
    Json(json!({
        "tokenRequests": s.token_requests(),
        "apiRequests": s.api_requests(),
        "unmatchedRequests": s.unmatched_requests(),
        "faultsInjected": s.faults_injected(),
        "byOperation": s.by_operation(),
        "now": crate::clock::rfc3339(app.clock.now_ms()),
    }))
    .into_response()
}

async fn advance(State(app): State<Arc<App>>, RawQuery(query): RawQuery) -> Response {
    let mut by = None;
    for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        by = match (k.as_ref(), v.parse::<u64>()) {
            ("seconds", Ok(n)) => Some(Duration::from_secs(n)),
            ("ms", Ok(n)) => Some(Duration::from_millis(n)),
            _ => by,
        };
    }
    let Some(by) = by else {
        return message_response(StatusCode::BAD_REQUEST, "Give seconds=N or ms=N");
    };
    app.clock.advance(by);
    Json(json!({"now": crate::clock::rfc3339(app.clock.now_ms())})).into_response()
}

async fn expire_tokens(State(app): State<Arc<App>>) -> Response {
    app.tokens.expire_all();
    StatusCode::NO_CONTENT.into_response()
}

async fn clear_faults(State(app): State<Arc<App>>) -> Response {
    app.faults.clear();
    StatusCode::NO_CONTENT.into_response()
}
