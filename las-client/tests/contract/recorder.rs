//! A recording reverse proxy on a loopback port: forwards every request
//! unchanged to an upstream server (Prism) and keeps, per exchange, what the
//! client sent (method, path, credentials) and what came back (status,
//! Prism's `sl-violations` header, the body).
//!
//! las-client does not expose response headers, and Prism's mock answers an
//! invalid request with the spec's documented 400 (a random `Error` body),
//! which cannot be told apart from any other 400 by the client alone. The
//! `sl-violations` header names each violation precisely; this proxy is how
//! the tests see it without changing the client under test in any way.
//!
//! One thing the proxy does besides recording: it asks Prism again, up to
//! [`REGENERATE_LIMIT`] times, when Prism's random answer is the mock's own
//! failure rather than an answer of the spec. Such an answer says nothing
//! about the request (which Prism validated before making it up); the
//! request's own violations are kept either way. The three failures of
//! Prism 5's response generator (json-schema-faker) seen with openapi.yaml:
//! - it crashes on a schema and Prism answers `500` with the JavaScript
//!   error as the body;
//! - it does not resolve a recursive `$ref` (ground truth lists of lists)
//!   and puts the schema itself into the data (`{"nullable": true,
//!   "oneOf": …}` where a value belongs);
//! - its answer violates the spec, and Prism says so in `sl-violations`
//!   with a `response` location.
//!
//! Each is counted (`Exchange::regenerated`), and the messages of the third
//! are kept (`Exchange::response_violations`) so that the test prints them:
//! they point at schemas of the spec that Prism cannot satisfy.

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;

/// One request and its answer, as seen between the client and Prism.
#[derive(Clone, Debug)]
pub struct Exchange {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    /// The `x-api-key` header the client sent.
    pub api_key: Option<String>,
    /// The `authorization` header the client sent.
    pub authorization: Option<String>,
    /// The upstream's status (0 when the upstream could not be reached).
    pub status: u16,
    /// Prism's `sl-violations` header (a JSON array), when present.
    pub violations: Option<String>,
    /// The start of the response body.
    pub body: String,
    /// How many answers of Prism to this request were the mock's own
    /// failure, and the proxy asked again.
    pub regenerated: u32,
    /// The messages of `sl-violations` about Prism's own answers (location
    /// `response`) the proxy asked again for.
    pub response_violations: Vec<String>,
}

/// How many times the proxy asks Prism again for one request.
pub const REGENERATE_LIMIT: u32 = 40;

/// Why an answer of Prism is the mock's own failure, if it is one.
enum MockFailure {
    /// json-schema-faker crashed: a `500` whose body is the JavaScript error.
    Crash,
    /// A schema put where data belongs.
    SchemaAsData,
    /// Violations of the spec by the answer itself (their messages).
    ResponseViolations(Vec<String>),
}

fn mock_failure(status: StatusCode, violations: Option<&str>, body: &[u8]) -> Option<MockFailure> {
    if status == StatusCode::INTERNAL_SERVER_ERROR
        && String::from_utf8_lossy(body).contains("json-schema-faker")
    {
        return Some(MockFailure::Crash);
    }
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) {
        if has_schema_as_data(&value) {
            return Some(MockFailure::SchemaAsData);
        }
    }
    let list: Vec<serde_json::Value> = serde_json::from_str(violations?).ok()?;
    let about_the_answer = |v: &serde_json::Value| v["location"][0] == "response";
    if list.is_empty() || !list.iter().all(about_the_answer) {
        return None;
    }
    let messages = list
        .iter()
        .map(|v| v["message"].as_str().unwrap_or("?").to_string())
        .collect();
    Some(MockFailure::ResponseViolations(messages))
}

/// An object of the answer that is a schema (`nullable` with `oneOf` or
/// `anyOf`), which no operation of openapi.yaml answers with.
fn has_schema_as_data(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Object(map) => {
            (map.get("nullable")
                .is_some_and(serde_json::Value::is_boolean)
                && (map.contains_key("oneOf") || map.contains_key("anyOf")))
                || map.values().any(has_schema_as_data)
        }
        serde_json::Value::Array(items) => items.iter().any(has_schema_as_data),
        _ => false,
    }
}

impl Exchange {
    /// `GET /documents?maxResults=3 -> 200`.
    pub fn line(&self) -> String {
        match &self.query {
            Some(q) => format!("{} {}?{} -> {}", self.method, self.path, q, self.status),
            None => format!("{} {} -> {}", self.method, self.path, self.status),
        }
    }
}

#[derive(Clone)]
struct Shared {
    upstream: String,
    http: reqwest::Client,
    exchanges: Arc<Mutex<Vec<Exchange>>>,
}

/// A running proxy; stops when dropped.
pub struct Recorder {
    url: String,
    exchanges: Arc<Mutex<Vec<Exchange>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Recorder {
    /// Listen on a free loopback port and forward to `upstream`
    /// (`http://127.0.0.1:PORT`, no trailing slash).
    pub async fn start(upstream: &str) -> Recorder {
        let exchanges = Arc::new(Mutex::new(Vec::new()));
        let shared = Shared {
            upstream: upstream.trim_end_matches('/').to_string(),
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(60))
                .build()
                .expect("proxy HTTP client"),
            exchanges: Arc::clone(&exchanges),
        };
        let app = axum::Router::new().fallback(forward).with_state(shared);
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind the recording proxy");
        let url = format!("http://{}", listener.local_addr().expect("proxy address"));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Recorder {
            url,
            exchanges,
            task,
        }
    }

    /// The proxy's base URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The exchanges recorded since the last call, oldest first.
    pub fn take(&self) -> Vec<Exchange> {
        std::mem::take(&mut *self.exchanges.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Headers that describe one hop, not the message.
fn hop_by_hop(name: &header::HeaderName) -> bool {
    matches!(
        name.as_str(),
        "host" | "connection" | "keep-alive" | "transfer-encoding" | "content-length" | "upgrade"
    )
}

fn copy_headers(from: &HeaderMap) -> HeaderMap {
    let mut to = HeaderMap::new();
    for (name, value) in from {
        if !hop_by_hop(name) {
            to.append(name.clone(), value.clone());
        }
    }
    to
}

fn text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

async fn forward(State(shared): State<Shared>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let path_and_query = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    let mut exchange = Exchange {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().map(str::to_string),
        api_key: text(&parts.headers, "x-api-key"),
        authorization: text(&parts.headers, "authorization"),
        status: 0,
        violations: None,
        body: String::new(),
        regenerated: 0,
        response_violations: Vec::new(),
    };
    let (status, headers, bytes) = loop {
        let sent = shared
            .http
            .request(
                parts.method.clone(),
                format!("{}{}", shared.upstream, path_and_query),
            )
            .headers(copy_headers(&parts.headers))
            .body(body.clone())
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            Err(e) => {
                exchange.body = format!("upstream unreachable: {e}");
                record(&shared, exchange);
                return Response::builder()
                    .status(StatusCode::BAD_GATEWAY)
                    .body(Body::from("upstream unreachable"))
                    .unwrap_or_default();
            }
        };
        let status = response.status();
        let headers = copy_headers(response.headers());
        let bytes = response.bytes().await.unwrap_or_default();
        if exchange.regenerated < REGENERATE_LIMIT {
            let violations = text(&headers, "sl-violations");
            if let Some(failure) = mock_failure(status, violations.as_deref(), &bytes) {
                exchange.regenerated += 1;
                if let MockFailure::ResponseViolations(messages) = failure {
                    exchange.response_violations.extend(messages);
                }
                continue;
            }
        }
        break (status, headers, bytes);
    };
    exchange.status = status.as_u16();
    exchange.violations = text(&headers, "sl-violations");
    exchange.body = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
    record(&shared, exchange);
    let mut out = Response::new(Body::from(bytes));
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    out
}

fn record(shared: &Shared, exchange: Exchange) {
    shared
        .exchanges
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(exchange);
}
