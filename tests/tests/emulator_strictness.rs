//! The emulator refuses what the real API refuses: request bodies are checked
//! against the vendor's constraints (`tests/constraints.json`, extracted from
//! the vendor's OpenAPI export) on top of openapi.yaml: unknown fields,
//! patterns, numeric and length bounds, enums, `minProperties`.

use las_emulator::Emulator;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::{s, Api};

fn message(v: &Value) -> String {
    v["message"].as_str().unwrap_or_default().to_string()
}

/// Each request is refused with 400 and a message starting like API
/// Gateway's (`Invalid request body`) that names what is wrong.
async fn refused(api: &Api, method: Method, path: &str, body: Value, needle: &str) {
    let (status, answer) = api.call(method.clone(), path, Some(body.clone())).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "{method} {path} {body} was accepted: {answer}"
    );
    let m = message(&answer);
    assert!(
        m.starts_with("Invalid request body") && m.contains(needle),
        "{method} {path} {body}: message {m:?} should name {needle:?}"
    );
    assert_eq!(answer.as_object().map(|o| o.len()), Some(1), "{answer}");
}

fn fields() -> Value {
    json!({"total": {"type": "amount", "maxLength": 10}})
}

/// The nine kinds of bad request the real API refuses that an emulator
/// checking openapi.yaml alone accepted.
#[tokio::test]
async fn the_nine_requests_the_api_refuses_are_refused() {
    let emu = Emulator::start().await.expect("start");
    let api = Api::new(&emu);
    let org = format!("/organizations/{}", emu.organization_id());
    // 1. An unknown field.
    refused(
        &api,
        Method::POST,
        "/datasets",
        json!({"bogusField": 1}),
        "bogusField",
    )
    .await;
    // 2. Model dimensions out of bounds (97..=1921).
    refused(
        &api,
        Method::POST,
        "/models",
        json!({"width": 10, "height": 500, "fieldConfig": fields()}),
        "/width",
    )
    .await;
    refused(
        &api,
        Method::POST,
        "/models",
        json!({"width": 500, "height": 5000, "fieldConfig": fields()}),
        "/height",
    )
    .await;
    // 3. A transition timeout below the range (60..=10800).
    refused(
        &api,
        Method::POST,
        "/transitions",
        json!({"transitionType": "manual", "timeoutInSeconds": 5}),
        "timeoutInSeconds",
    )
    .await;
    // 4. Docker parameters with an unknown key.
    refused(
        &api,
        Method::POST,
        "/transitions",
        json!({"transitionType": "docker",
               "parameters": {"imageUrl": "my/image", "bogus": true}}),
        "/parameters",
    )
    .await;
    // 5. Docker cpu outside its enum.
    refused(
        &api,
        Method::POST,
        "/transitions",
        json!({"transitionType": "docker",
               "parameters": {"imageUrl": "my/image", "cpu": 4096}}),
        "/parameters",
    )
    .await;
    // 6. An email that is not one.
    refused(
        &api,
        Method::POST,
        "/users",
        json!({"email": "not-an-email"}),
        "/email",
    )
    .await;
    // 7. A callback URL that is neither https nor localhost.
    refused(
        &api,
        Method::POST,
        "/appClients",
        json!({"callbackUrls": ["http://example.com/cb"]}),
        "/callbackUrls/0",
    )
    .await;
    // 8. A retention of zero days.
    refused(
        &api,
        Method::POST,
        "/documents",
        json!({"content": "aGk=", "contentType": "image/png", "retentionInDays": 0}),
        "/retentionInDays",
    )
    .await;
    // 9. An empty PATCH.
    refused(&api, Method::PATCH, &org, json!({}), "less than 1 propert").await;
    // Nothing was created by the refused requests.
    assert_eq!(api.get("/datasets").await["datasets"], json!([]));
    assert_eq!(api.get("/transitions").await["transitions"], json!([]));
    assert_eq!(api.get("/users").await["users"], json!([]));
}

#[tokio::test]
async fn more_vendor_constraints() {
    let emu = Emulator::start().await.expect("start");
    let api = Api::new(&emu);
    let ds = api.post("/datasets", json!({"name": "d"})).await;
    let ds_path = format!("/datasets/{}", s(&ds, "datasetId"));
    // Misspelled fields in a PATCH.
    refused(&api, Method::PATCH, &ds_path, json!({"nmae": "x"}), "nmae").await;
    refused(
        &api,
        Method::PATCH,
        &ds_path,
        json!({}),
        "less than 1 propert",
    )
    .await;
    // Id patterns in bodies.
    refused(
        &api,
        Method::POST,
        "/documents",
        json!({"content": "aGk=", "contentType": "image/png", "datasetId": "my-dataset"}),
        "/datasetId",
    )
    .await;
    // Ground truth labels and values.
    refused(
        &api,
        Method::POST,
        "/documents",
        json!({"content": "aGk=", "contentType": "image/png",
               "groundTruth": [{"label": "total amount", "value": "1"}]}),
        "/groundTruth/0",
    )
    .await;
    // Field config bounds.
    refused(
        &api,
        Method::POST,
        "/models",
        json!({"width": 500, "height": 500,
               "fieldConfig": {"total": {"type": "amount", "maxLength": 1025}}}),
        "maxLength",
    )
    .await;
    // Names are at most 4096 characters.
    refused(
        &api,
        Method::POST,
        "/datasets",
        json!({"name": "n".repeat(4097)}),
        "/name",
    )
    .await;
    // Sign-up passwords follow the API's rules.
    let (status, _) = api
        .call(
            Method::POST,
            "/signup",
            Some(json!({"email": "a@example.com", "password": "short", "reCaptchaResponse": "x"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // The bounds themselves are accepted.
    api.post(
        "/models",
        json!({"width": 97, "height": 1921, "fieldConfig": fields()}),
    )
    .await;
    api.post(
        "/transitions",
        json!({"transitionType": "manual", "timeoutInSeconds": 60}),
    )
    .await;
    api.post(
        "/appClients",
        json!({"callbackUrls": ["http://localhost:8080/cb", "https://example.com/cb"]}),
    )
    .await;
}

#[tokio::test]
async fn content_follows_the_api_bound_unless_raised() {
    // The API takes at most 6,250,000 base64 characters of content.
    let big = "A".repeat(6_250_004);
    let emu = Emulator::start().await.expect("start");
    let api = Api::new(&emu);
    refused(
        &api,
        Method::POST,
        "/documents",
        json!({"content": big, "contentType": "image/png"}),
        "/content",
    )
    .await;
    let emu = Emulator::builder()
        .content_limit(8_000_000)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);
    api.post(
        "/documents",
        json!({"content": big, "contentType": "image/png"}),
    )
    .await;
}
