//! A fixed-cost LAS responder for the benchmark: canned, valid responses
//! after a fixed delay, on one thread, so what a run measures is the client.
//!
//! ```text
//! las-bench-server [--port 0] [--delay-ms 0] [--list-delay-ms 1] [--documents 100000]
//! ```
//!
//! It prints `listening on http://127.0.0.1:PORT` and serves:
//! - `POST /token`: a bearer token (counted);
//! - `GET /v1/documents/{id}`: a document with 1 KiB of content, or with
//!   `N` bytes of content for the id `las:document:size-N` (streamed, never
//!   held);
//! - `POST /v1/documents`: reads the body as it arrives, keeps only its
//!   length, answers the created document;
//! - `GET /v1/documents`: pages over `--documents` documents (`maxResults`,
//!   `nextToken`), after `--list-delay-ms`; the time spent answering them is
//!   counted (the server's own time);
//! - `GET /v1/datasets`: an empty page (a small call);
//! - `GET /stats`, `POST /stats/reset`: the counters.
//!
//! Requests without `x-api-key` or `authorization` are answered 401.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use bytes::Bytes;
use futures::StreamExt;

#[derive(Default)]
struct Counters {
    token_requests: AtomicU64,
    requests: AtomicU64,
    list_requests: AtomicU64,
    list_nanos: AtomicU64,
    bytes_received: AtomicU64,
}

struct Server {
    delay: Duration,
    list_delay: Duration,
    documents: u64,
    document: Bytes,
    counters: Counters,
}

type Shared = Arc<Server>;

fn json(body: impl Into<Body>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body.into()).into_response()
}

/// A 401 for a request without credentials.
fn unauthorized(headers: &HeaderMap) -> Option<Response> {
    if headers.contains_key("x-api-key") || headers.contains_key(header::AUTHORIZATION) {
        None
    } else {
        Some(
            (
                StatusCode::UNAUTHORIZED,
                json(r#"{"message":"Unauthorized"}"#),
            )
                .into_response(),
        )
    }
}

impl Server {
    async fn pause(&self, delay: Duration) {
        self.counters.requests.fetch_add(1, Ordering::Relaxed);
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }
}

fn document_fields(out: &mut String, id: &str) {
    let _ = write!(
        out,
        r#""documentId":"{id}","contentType":"application/pdf","retentionInDays":7,"name":null,"description":null,"metadata":null,"datasetId":"las:dataset:bench","groundTruth":[{{"label":"total_amount","value":"120.50"}}],"createdBy":null,"createdTime":"2024-01-01T00:00:00Z","updatedBy":null,"updatedTime":null"#
    );
}

/// The PDF-like bytes of a document: a header, then a pattern.
fn content_chunk(offset: u64, len: usize) -> Vec<u8> {
    const HEADER: &[u8] = b"%PDF-1.4\n";
    (0..len as u64)
        .map(|i| {
            let at = offset + i;
            HEADER.get(at as usize).copied().unwrap_or((at % 251) as u8)
        })
        .collect()
}

async fn token(State(s): State<Shared>) -> Response {
    s.counters.token_requests.fetch_add(1, Ordering::Relaxed);
    s.pause(s.delay).await;
    json(r#"{"access_token":"bench-token","token_type":"Bearer","expires_in":3600}"#)
}

async fn get_document(
    State(s): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = unauthorized(&headers) {
        return refused;
    }
    s.pause(s.delay).await;
    let size = id
        .strip_prefix("las:document:size-")
        .and_then(|n| n.parse::<u64>().ok());
    let Some(size) = size else {
        return json(s.document.clone());
    };
    // A large document, encoded as it is sent.
    let mut head = String::from("{");
    document_fields(&mut head, &id);
    head.push_str(r#","content":""#);
    let tail: &'static str = "\"}";
    let raw_chunk = 48 * 1024u64;
    let length = head.len() as u64 + size.div_ceil(3) * 4 + tail.len() as u64;
    let chunks = futures::stream::iter((0..size.div_ceil(raw_chunk)).map(move |i| {
        let offset = i * raw_chunk;
        let len = raw_chunk.min(size - offset) as usize;
        Ok::<_, std::io::Error>(Bytes::from(STANDARD.encode(content_chunk(offset, len))))
    }));
    let body = futures::stream::once(async move { Ok(Bytes::from(head)) })
        .chain(chunks)
        .chain(futures::stream::once(async move {
            Ok(Bytes::from_static(tail.as_bytes()))
        }));
    (
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (header::CONTENT_LENGTH, length.to_string()),
        ],
        Body::from_stream(body),
    )
        .into_response()
}

async fn create_document(State(s): State<Shared>, headers: HeaderMap, body: Body) -> Response {
    if let Some(refused) = unauthorized(&headers) {
        return refused;
    }
    let mut stream = body.into_data_stream();
    let mut received = 0u64;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(chunk) => received += chunk.len() as u64,
            Err(_) => {
                return (StatusCode::BAD_REQUEST, json(r#"{"message":"body"}"#)).into_response()
            }
        }
    }
    s.counters
        .bytes_received
        .fetch_add(received, Ordering::Relaxed);
    s.pause(s.delay).await;
    let mut out = String::from("{");
    document_fields(&mut out, "las:document:created");
    out.push('}');
    json(out)
}

async fn list_documents(
    State(s): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if let Some(refused) = unauthorized(&headers) {
        return refused;
    }
    let started = Instant::now();
    s.pause(s.list_delay).await;
    let size = query
        .get("maxResults")
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(100)
        .clamp(1, 1000);
    let from = query
        .get("nextToken")
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    let to = (from + size).min(s.documents);
    let mut out = String::with_capacity(400 * size as usize);
    out.push_str(r#"{"documents":["#);
    for i in from..to {
        if i > from {
            out.push(',');
        }
        out.push('{');
        document_fields(&mut out, &format!("las:document:{i:032x}"));
        out.push('}');
    }
    out.push_str(r#"],"nextToken":"#);
    if to < s.documents {
        let _ = write!(out, r#""{to}"}}"#);
    } else {
        out.push_str("null}");
    }
    s.counters.list_requests.fetch_add(1, Ordering::Relaxed);
    s.counters
        .list_nanos
        .fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
    json(out)
}

async fn list_datasets(State(s): State<Shared>, headers: HeaderMap) -> Response {
    if let Some(refused) = unauthorized(&headers) {
        return refused;
    }
    s.pause(s.delay).await;
    json(r#"{"datasets":[],"nextToken":null}"#)
}

async fn stats(State(s): State<Shared>) -> Response {
    let c = &s.counters;
    json(
        serde_json::json!({
            "token_requests": c.token_requests.load(Ordering::Relaxed),
            "requests": c.requests.load(Ordering::Relaxed),
            "list_requests": c.list_requests.load(Ordering::Relaxed),
            "list_seconds": c.list_nanos.load(Ordering::Relaxed) as f64 / 1e9,
            "bytes_received": c.bytes_received.load(Ordering::Relaxed),
        })
        .to_string(),
    )
}

async fn reset(State(s): State<Shared>) -> Response {
    let c = &s.counters;
    for counter in [
        &c.token_requests,
        &c.requests,
        &c.list_requests,
        &c.list_nanos,
        &c.bytes_received,
    ] {
        counter.store(0, Ordering::Relaxed);
    }
    json("{}")
}

fn flag(args: &[String], name: &str, default: u64) -> u64 {
    match args.iter().position(|a| a == name) {
        Some(i) => args
            .get(i + 1)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| {
                eprintln!("{name} needs a number");
                std::process::exit(2)
            }),
        None => default,
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = flag(&args, "--port", 0);
    let server = Arc::new(Server {
        delay: Duration::from_millis(flag(&args, "--delay-ms", 0)),
        list_delay: Duration::from_millis(flag(&args, "--list-delay-ms", 1)),
        documents: flag(&args, "--documents", 100_000),
        document: {
            let mut doc = String::from("{");
            document_fields(&mut doc, "las:document:bench");
            let _ = write!(
                doc,
                r#","content":"{}"}}"#,
                STANDARD.encode(content_chunk(0, 1024))
            );
            Bytes::from(doc)
        },
        counters: Counters::default(),
    });
    let app = Router::new()
        .route("/token", post(token))
        .route("/v1/documents", get(list_documents).post(create_document))
        .route("/v1/documents/{id}", get(get_document))
        .route("/v1/datasets", get(list_datasets))
        .route("/stats", get(stats))
        .route("/stats/reset", post(reset))
        .layer(DefaultBodyLimit::disable())
        .with_state(server);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port as u16)).await?;
        println!("listening on http://{}", listener.local_addr()?);
        axum::serve(listener, app).await
    })
}
