//! Fault injection: every fault kind, scoping, the token endpoint, determinism.

use std::time::{Duration, Instant};

use las_emulator::{Emulator, Fault};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::Api;

async fn start(seed: u64) -> (Emulator, Api) {
    let emu = Emulator::builder().seed(seed).start().await.expect("start");
    let api = Api::new(&emu);
    (emu, api)
}

/// A request on a fresh connection; the raw outcome.
async fn raw(
    emu: &Emulator,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Result<(StatusCode, reqwest::header::HeaderMap, Vec<u8>)> {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()?;
    let mut req = http
        .request(method, format!("{}{path}", emu.api_endpoint()))
        .header("x-api-key", emu.api_key())
        .timeout(Duration::from_secs(5));
    if let Some(b) = body {
        req = req.json(&b);
    }
    let r = req.send().await?;
    let status = r.status();
    let headers = r.headers().clone();
    let bytes = r.bytes().await?;
    Ok((status, headers, bytes.to_vec()))
}

fn doc() -> Value {
    json!({"content": "aGVsbG8=", "contentType": "image/png"})
}

async fn document_count(api: &Api) -> usize {
    api.get("/documents").await["documents"]
        .as_array()
        .map_or(0, Vec::len)
}

#[tokio::test]
async fn throttling_and_server_errors() {
    let (emu, api) = start(1).await;
    emu.faults().all().fail_next(1, Fault::TooManyRequests);
    let (status, headers, body) = raw(&emu, Method::GET, "/datasets", None)
        .await
        .expect("429");
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        headers.get("retry-after").and_then(|v| v.to_str().ok()),
        Some("1")
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&body).expect("json"),
        json!({"message": "Too Many Requests"})
    );

    emu.faults()
        .route("createDocument")
        .fail_next(1, Fault::LimitExceeded);
    let (status, _, body) = raw(&emu, Method::POST, "/documents", Some(doc()))
        .await
        .expect("429");
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        serde_json::from_slice::<Value>(&body).expect("json"),
        json!({"message": "Limit Exceeded"})
    );
    assert_eq!(
        document_count(&api).await,
        0,
        "a throttled request is not processed"
    );

    emu.faults()
        .route("listModels")
        .fail_next(8, Fault::ServerError);
    emu.faults()
        .route("listModels")
        .fail_next(1, Fault::Status(503));
    assert_eq!(emu.faults().route("listModels").pending(), 9);
    for i in 0..9 {
        let (status, _, body) = raw(&emu, Method::GET, "/models", None).await.expect("5xx");
        assert!([500, 502, 503, 504].contains(&status.as_u16()), "{status}");
        if i == 8 {
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        }
        assert!(serde_json::from_slice::<Value>(&body).expect("json")["message"].is_string());
    }
    let (status, _, _) = raw(&emu, Method::GET, "/models", None).await.expect("ok");
    assert_eq!(status, StatusCode::OK, "queue drained");
    assert_eq!(emu.stats().faults_injected(), 11);
}

#[tokio::test]
async fn dropped_connections_and_corrupted_bodies() {
    let (emu, api) = start(2).await;
    emu.faults()
        .route("/documents")
        .fail_next(1, Fault::DropConnection);
    let err = raw(&emu, Method::POST, "/documents", Some(doc()))
        .await
        .expect_err("dropped");
    assert!(!err.is_timeout(), "closed, not hung: {err}");
    assert_eq!(document_count(&api).await, 0, "dropped before processing");

    emu.faults()
        .route("createDocument")
        .fail_next(1, Fault::DropMidBody);
    let err = raw(&emu, Method::POST, "/documents", Some(doc()))
        .await
        .expect_err("cut off");
    assert!(!err.is_timeout(), "{err}");
    assert_eq!(
        document_count(&api).await,
        1,
        "processed, then the connection dropped"
    );

    emu.faults()
        .route("createDocument")
        .fail_next(1, Fault::TruncatedBody);
    let (status, _, body) = raw(&emu, Method::POST, "/documents", Some(doc()))
        .await
        .expect("truncated");
    assert_eq!(status, StatusCode::OK);
    assert!(serde_json::from_slice::<Value>(&body).is_err());
    assert!(
        body.starts_with(b"{\""),
        "{}",
        String::from_utf8_lossy(&body)
    );
    assert_eq!(document_count(&api).await, 2);

    emu.faults()
        .route("getDocument")
        .fail_next(1, Fault::MalformedJson);
    let listed = api.get("/documents").await;
    let id = listed["documents"][0]["documentId"]
        .as_str()
        .expect("id")
        .to_string();
    let (status, _, body) = raw(&emu, Method::GET, &format!("/documents/{id}"), None)
        .await
        .expect("malformed");
    assert_eq!(status, StatusCode::OK);
    assert!(serde_json::from_slice::<Value>(&body).is_err());
}

#[tokio::test]
async fn latency_rates_and_the_token_endpoint() {
    let (emu, api) = start(3).await;
    emu.faults()
        .route("listUsers")
        .latency(Duration::from_millis(150));
    let t = Instant::now();
    api.get("/users").await;
    assert!(t.elapsed() >= Duration::from_millis(150));
    let t = Instant::now();
    api.get("/assets").await;
    assert!(t.elapsed() < Duration::from_millis(150));
    emu.faults().route("listUsers").clear();

    emu.faults().all().rate(Fault::ServerError, 1.0);
    let (status, _) = api.call(Method::GET, "/assets", None).await;
    assert!(status.is_server_error());
    let token = |emu: &Emulator| {
        reqwest::Client::new()
            .post(format!(
                "{}?grant_type=client_credentials",
                emu.auth_endpoint()
            ))
            .basic_auth(emu.client_id(), Some(emu.client_secret()))
            .send()
    };
    assert_eq!(
        token(&emu).await.expect("token").status(),
        StatusCode::OK,
        "global faults skip /token"
    );
    emu.faults().include_token_endpoint(true);
    assert!(token(&emu).await.expect("token").status().is_server_error());
    emu.faults().clear();
    emu.faults()
        .route("token")
        .fail_next(1, Fault::TooManyRequests);
    assert_eq!(
        token(&emu).await.expect("token").status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(token(&emu).await.expect("token").status(), StatusCode::OK);
    assert_eq!(emu.stats().token_requests(), 4);
}

#[tokio::test]
async fn rates_are_reproducible_with_the_seed() {
    let mut runs = Vec::new();
    for _ in 0..2 {
        let (emu, api) = start(42).await;
        emu.faults()
            .all()
            .rate(Fault::TooManyRequests, 0.3)
            .rate(Fault::Status(500), 0.2);
        let mut statuses = Vec::new();
        for _ in 0..40 {
            statuses.push(api.call(Method::GET, "/datasets", None).await.0.as_u16());
        }
        runs.push(statuses);
    }
    assert_eq!(runs[0], runs[1]);
    assert!(
        runs[0].contains(&429) && runs[0].contains(&500) && runs[0].contains(&200),
        "{:?}",
        runs[0]
    );
}

#[tokio::test]
async fn concurrent_requests_get_distinct_ids() {
    let (emu, api) = start(4).await;
    let api = std::sync::Arc::new(api);
    let mut tasks = Vec::new();
    for _ in 0..100 {
        let api = api.clone();
        tasks.push(tokio::spawn(
            async move { api.post("/documents", doc()).await },
        ));
    }
    let mut ids = std::collections::HashSet::new();
    for t in tasks {
        let d = t.await.expect("task");
        ids.insert(d["documentId"].as_str().expect("id").to_string());
    }
    assert_eq!(ids.len(), 100);
    assert_eq!(emu.stats().requests_for("createDocument"), 100);
}
