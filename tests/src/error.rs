//! The error body every failing API response carries: `{"message": "..."}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// An API error: an HTTP status and the `message` of the spec's `Error` schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

/// What every request handler returns.
pub(crate) type ApiResult = Result<Response, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }

    /// 400 with a message that says what is wrong.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    /// 404 for a resource id that does not exist: `"<what> <id> not found"`.
    pub fn not_found(what: &str, id: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, format!("{what} {id} not found"))
    }

    /// 403 `{"message": "Forbidden"}`: no or unknown credentials.
    pub fn forbidden() -> Self {
        Self::new(StatusCode::FORBIDDEN, "Forbidden")
    }

    /// 401 `{"message": "The incoming token has expired"}`.
    pub fn token_expired() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "The incoming token has expired")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        message_response(self.status, &self.message)
    }
}

/// A JSON response `{"message": message}` with the given status.
pub(crate) fn message_response(status: StatusCode, message: &str) -> Response {
    (status, Json(serde_json::json!({ "message": message }))).into_response()
}

/// 200 with `value` as JSON.
pub(crate) fn ok<T: Serialize>(value: &T) -> ApiResult {
    Ok(Json(value).into_response())
}
