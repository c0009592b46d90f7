//! Requests are validated against openapi.yaml; nothing makes the server fail.

use las_emulator::{Emulator, OPENAPI_YAML};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::Api;

async fn start() -> (Emulator, Api) {
    let emu = Emulator::builder()
        .body_limit(64 * 1024)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);
    (emu, api)
}

fn message(v: &Value) -> String {
    v["message"].as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn query_parameters() {
    let (_emu, api) = start().await;
    for (path, needle) in [
        ("/documents?maxResults=0", "maxResults"),
        ("/documents?maxResults=abc", "maxResults"),
        ("/documents?maxResults=-3", "maxResults"),
        ("/documents?nextToken=garbage", "nextToken"),
        ("/logs?order=sideways", "order"),
        ("/transitions?transitionType=webhook", "transitionType"),
    ] {
        let (status, body) = api.call(Method::GET, path, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
        assert!(message(&body).contains(needle), "{path}: {body}");
    }
    let (status, _) = api
        .call(Method::GET, "/documents?maxResults=1&unknown=1", None)
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn request_bodies() {
    let (_emu, api) = start().await;
    let cases = [
        (
            "/documents",
            json!({"contentType": "image/png", "content": ""}),
            "content",
        ),
        (
            "/documents",
            json!({"content": "aGk=", "contentType": "text/plain"}),
            "text/plain",
        ),
        (
            "/documents",
            json!({"content": 5, "contentType": "image/png"}),
            "content",
        ),
        (
            "/documents",
            json!({"content": "aGk=", "contentType": "image/png", "retentionInDays": "x"}),
            "retentionInDays",
        ),
        (
            "/documents",
            json!({"content": "not base64!", "contentType": "image/png"}),
            "base64",
        ),
        (
            "/models",
            json!({"width": 100, "height": 100, "fieldConfig": {"total": 5}}),
            "fieldConfig",
        ),
        (
            "/models",
            json!({"width": 100, "height": 100, "fieldConfig": {"t": {"type": "money", "maxLength": 1}}}),
            "money",
        ),
        ("/datasets", json!({"name": 5}), "name"),
        ("/datasets", json!([]), "object"),
        (
            "/workflows",
            json!({"specification": {"definition": {}, "language": "BPMN"}}),
            "BPMN",
        ),
    ];
    for (path, body, needle) in cases {
        let (status, out) = api.call(Method::POST, path, Some(body.clone())).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path} {body}: {out}");
        assert!(message(&out).contains(needle), "{path} {body}: {out}");
    }
    // nullable fields accept null
    let ds = api
        .post("/datasets", json!({"name": null, "description": null}))
        .await;
    assert!(ds["name"].is_null());
}

#[tokio::test]
async fn content_types_json_syntax_and_size() {
    let (emu, api) = start().await;
    let url = format!("{}/datasets", emu.api_endpoint());
    let send = |ct: Option<&'static str>, body: Vec<u8>| {
        let mut req = api.http.post(&url).header("x-api-key", &api.key).body(body);
        if let Some(ct) = ct {
            req = req.header("content-type", ct);
        }
        req.send()
    };
    let r = send(Some("text/plain"), b"{}".to_vec())
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        r.json::<Value>().await.expect("json"),
        json!({"message": "Unsupported Media Type"})
    );
    let r = send(None, b"{}".to_vec()).await.expect("send");
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let r = send(Some("application/json"), b"{\"name\":".to_vec())
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = send(Some("application/json; charset=utf-8"), b"{}".to_vec())
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    let r = send(None, Vec::new()).await.expect("send");
    assert_eq!(r.status(), StatusCode::OK, "an empty body reads as {{}}");
    let big = format!("{{\"name\": \"{}\"}}", "x".repeat(100 * 1024));
    let r = send(Some("application/json"), big.into_bytes())
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn unknown_routes_and_methods() {
    let (emu, api) = start().await;
    let (status, body) = api.call(Method::GET, "/nope", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, json!({"message": "Not Found"}));
    let (status, _) = api.call(Method::PUT, "/documents", None).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let r = reqwest::get(format!("{}/other", emu.base_url()))
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(emu.stats().unmatched_requests(), 3);
    let (status, body) = api
        .call(Method::GET, "/documents/las:document:missing", None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(message(&body).contains("las:document:missing"));
}

/// Every operation of the spec with odd ids and odd bodies: always a
/// 2xx/4xx answer, never a 5xx or a dropped connection.
#[tokio::test]
async fn no_input_makes_the_server_fail() {
    let (emu, api) = start().await;
    let spec: Value = serde_yaml_ng::from_str(OPENAPI_YAML).expect("spec");
    let paths = spec["paths"].as_object().expect("paths");
    let bodies = [
        json!({}),
        json!(null),
        json!([1, 2]),
        json!("text"),
        json!({"status": "succeeded", "input": {}, "nextTransitionId": "las:transition:commons-failed"}),
    ];
    let (mut calls, mut operations) = (0, 0);
    for (path, item) in paths {
        let concrete = path
            .split('/')
            .map(|seg| {
                if seg.starts_with('{') {
                    "las:x:%F0%9F%92%A5"
                } else {
                    seg
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        for method in item.as_object().expect("item").keys() {
            operations += 1;
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            for body in &bodies {
                let (status, out) = api
                    .call(
                        method.clone(),
                        &format!("{concrete}?maxResults=2&nextToken=%00"),
                        Some(body.clone()),
                    )
                    .await;
                calls += 1;
                assert!(
                    status.is_success() || status.is_client_error(),
                    "{method} {path} {body}: {status} {out}"
                );
            }
        }
    }
    assert!(operations > 0);
    assert_eq!(calls, operations * bodies.len());
    assert_eq!(emu.stats().api_requests(), calls as u64);
}
