//! Request validation against openapi.yaml: query parameters (types,
//! `minimum`, enums, repeated keys for lists), the `Content-Type` of bodies,
//! and JSON bodies against the operation's request-body schema.

use std::collections::BTreeMap;

use axum::http::{header, HeaderMap, StatusCode};
use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::spec::{Operation, ParamIn, ParamKind};

/// Longest validation message returned (bodies can be megabytes of base64).
const MAX_MESSAGE: usize = 400;

/// The query parameters an operation declares, converted to JSON and
/// validated. Undeclared parameters are ignored, as API gateways do.
#[derive(Clone, Debug, Default)]
pub(crate) struct Query {
    values: BTreeMap<String, Value>,
}

impl Query {
    /// A string parameter.
    pub fn str(&self, name: &str) -> Option<&str> {
        self.values.get(name).and_then(Value::as_str)
    }

    /// An integer parameter (already checked against its schema).
    pub fn u64(&self, name: &str) -> Option<u64> {
        self.values.get(name).and_then(Value::as_u64)
    }

    /// A list parameter (`?a=1&a=2`); empty when absent.
    pub fn list(&self, name: &str) -> Vec<String> {
        match self.values.get(name) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            Some(Value::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        }
    }
}

/// Parses and validates the query string of a request to `op`.
pub(crate) fn query(op: &Operation, raw: Option<&str>) -> Result<Query, ApiError> {
    let mut raw_values: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, v) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        raw_values
            .entry(k.into_owned())
            .or_default()
            .push(v.into_owned());
    }
    let mut values = BTreeMap::new();
    for param in op.params.iter().filter(|p| p.location == ParamIn::Query) {
        let Some(strings) = raw_values.remove(&param.name) else {
            if param.required {
                return Err(ApiError::bad_request(format!(
                    "Missing required query parameter {}",
                    param.name
                )));
            }
            continue;
        };
        let value = match param.kind {
            ParamKind::Array => Value::Array(strings.into_iter().map(Value::String).collect()),
            kind => {
                let last = strings.into_iter().next_back().unwrap_or_default();
                scalar(kind, &param.name, last)?
            }
        };
        if let Err(e) = param.validator.validate(&value) {
            return Err(ApiError::bad_request(clip(format!(
                "Invalid query parameter {}: {e}",
                param.name
            ))));
        }
        values.insert(param.name.clone(), value);
    }
    Ok(Query { values })
}

fn scalar(kind: ParamKind, name: &str, s: String) -> Result<Value, ApiError> {
    let bad = |what: &str| {
        ApiError::bad_request(clip(format!(
            "Invalid query parameter {name}: {s:?} is not {what}"
        )))
    };
    Ok(match kind {
        ParamKind::Integer => Value::from(s.trim().parse::<i64>().map_err(|_| bad("an integer"))?),
        ParamKind::Number => {
            let n = s.trim().parse::<f64>().map_err(|_| bad("a number"))?;
            serde_json::Number::from_f64(n)
                .map(Value::Number)
                .ok_or_else(|| bad("a number"))?
        }
        ParamKind::Boolean => match s.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(bad("a boolean")),
        },
        ParamKind::String | ParamKind::Array => Value::String(s),
    })
}

/// Checks `Content-Type`, parses the JSON body and validates it against the
/// operation's schema. Operations without a request body get `Value::Null`.
/// An empty body is read as `{}` (so the schema's `required` list decides),
/// and needs no `Content-Type`.
///
/// Then the vendor's constraints apply (unknown fields, patterns, bounds,
/// `minProperties`); `content` may be at most `content_limit` characters
/// (`None`: the vendor's bound).
pub(crate) fn body(
    op: &Operation,
    headers: &HeaderMap,
    bytes: &[u8],
    content_limit: Option<usize>,
) -> Result<Value, ApiError> {
    let Some(validator) = &op.body else {
        return Ok(Value::Null);
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap_or("?").to_string());
    let blank = bytes.iter().all(u8::is_ascii_whitespace);
    match &content_type {
        Some(ct) if !is_json(ct) => return Err(unsupported()),
        None if !blank => return Err(unsupported()),
        _ => {}
    }
    let value = if blank {
        Value::Object(Map::new())
    } else {
        serde_json::from_slice::<Value>(bytes).map_err(|e| {
            ApiError::bad_request(format!("Could not parse request body into json: {e}"))
        })?
    };
    if let Err(e) = validator.validate(&value) {
        return Err(invalid_body(&e));
    }
    if let Some(vendor) = &op.vendor_body {
        if let Err(e) = vendor.validate(&value) {
            return Err(invalid_body(&e));
        }
    }
    if let (Some(limit), Some(Value::String(content))) =
        (content_limit.or(op.content_max), value.get("content"))
    {
        if content.len() > limit {
            return Err(ApiError::bad_request(format!(
                "Invalid request body: /content: longer than {limit} characters"
            )));
        }
    }
    Ok(value)
}

/// 400 `Invalid request body: <where>: <what>`, the message of API Gateway's
/// request validation with the detail it leaves out.
fn invalid_body(e: &jsonschema::ValidationError<'_>) -> ApiError {
    let path = e.instance_path().to_string();
    let message = if path.is_empty() {
        format!("Invalid request body: {e}")
    } else {
        format!("Invalid request body: {path}: {e}")
    };
    ApiError::bad_request(clip(message))
}

fn unsupported() -> ApiError {
    ApiError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type")
}

/// `application/json`, `application/json; charset=utf-8`, `application/x+json`.
fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

fn clip(mut message: String) -> String {
    if message.len() > MAX_MESSAGE {
        let mut cut = MAX_MESSAGE;
        while !message.is_char_boundary(cut) {
            cut -= 1;
        }
        message.truncate(cut);
        message.push('…');
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;
    use axum::http::HeaderValue;

    fn op(id: &str) -> &'static Operation {
        Spec::get().expect("spec").operation(id).expect("op")
    }

    #[test]
    fn query_types_and_lists() {
        let q = query(
            op("listDocuments"),
            Some("maxResults=5&datasetId=a&datasetId=b&x=1"),
        )
        .expect("valid");
        assert_eq!(q.u64("maxResults"), Some(5));
        assert_eq!(q.list("datasetId"), vec!["a", "b"]);
        assert!(query(op("listDocuments"), Some("maxResults=0")).is_err());
        assert!(query(op("listDocuments"), Some("maxResults=abc")).is_err());
        assert!(query(op("listLogs"), Some("order=sideways")).is_err());
        assert!(query(
            op("listTransitionExecutions"),
            Some("status=running&status=nope")
        )
        .is_err());
        assert!(query(
            op("listTransitionExecutions"),
            Some("status=running&sortBy=endTime")
        )
        .is_ok());
    }

    #[test]
    fn bodies() {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        let create = op("createDocument");
        assert!(body(
            create,
            &h,
            br#"{"content":"aGk=","contentType":"image/png"}"#,
            None
        )
        .is_ok());
        let e = body(create, &h, br#"{"contentType":"text/csv"}"#, None).expect_err("enum");
        assert!(e.message.contains("text/csv"), "{}", e.message);
        let e = body(create, &h, b"{", None).expect_err("bad json");
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
        let e = body(create, &HeaderMap::new(), b"{}", None).expect_err("no content type");
        assert_eq!(e.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let mut text = HeaderMap::new();
        text.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        let e = body(create, &text, b"{}", None).expect_err("text");
        assert_eq!(e.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(
            body(op("sendHeartbeat"), &HeaderMap::new(), b"", None).expect("empty"),
            serde_json::json!({})
        );
        assert_eq!(
            body(op("listDocuments"), &h, b"garbage", None).expect("no body"),
            Value::Null
        );
    }
}
