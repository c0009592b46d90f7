//! The operations, one module per resource family. Each handler is a plain
//! function over a validated request and the locked store.

use base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT;
use base64::Engine;
use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::state::State;

pub(crate) mod datasets;
pub(crate) mod documents;
pub(crate) mod models;
pub(crate) mod transitions;
pub(crate) mod workflows;

/// An operation's implementation.
pub(crate) type Handler = fn(&Ctx, &mut State) -> ApiResult;

/// The handler of an operationId.
pub(crate) fn handler(operation_id: &str) -> Option<Handler> {
    Some(match operation_id {
        "createDataset" => datasets::create,
        "listDatasets" => datasets::list,
        "getDataset" => datasets::get,
        "updateDataset" => datasets::update,
        "deleteDataset" => datasets::delete,
        "createDocument" => documents::create,
        "listDocuments" => documents::list,
        "deleteDocuments" => documents::delete_many,
        "getDocument" => documents::get,
        "updateDocument" => documents::update,
        "deleteDocument" => documents::delete,
        _ => return None,
    })
}

/// Default `retentionInDays` of datasets and documents.
pub(crate) const DEFAULT_RETENTION_DAYS: i64 = 1825;

/// Checks that `value` is standard base64 (padding optional) and not empty.
pub(crate) fn check_base64(field: &str, value: &str) -> Result<(), ApiError> {
    if value.trim().is_empty() {
        return Err(ApiError::bad_request(format!("{field} must not be empty")));
    }
    STANDARD_PAD_INDIFFERENT
        .decode(value.trim())
        .map(|_| ())
        .map_err(|e| ApiError::bad_request(format!("{field} is not valid base64: {e}")))
}

/// For PATCH: if `key` is in the body, set `target` to its string value or `None` for null.
pub(crate) fn patch_opt_str(target: &mut Option<String>, body: &Value, key: &str) {
    match body.get(key) {
        Some(Value::String(s)) => *target = Some(s.clone()),
        Some(Value::Null) => *target = None,
        _ => {}
    }
}

/// A string field of the body, if present and a string.
pub(crate) fn body_str(body: &Value, key: &str) -> Option<String> {
    body.get(key).and_then(Value::as_str).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_checks() {
        assert!(check_base64("content", "aGVsbG8=").is_ok());
        assert!(check_base64("content", "aGVsbG8").is_ok());
        assert!(check_base64("content", "not base64!").is_err());
        assert!(check_base64("content", "").is_err());
    }
}
