//! Secrets (client secret, tokens, API keys) never show in `Debug`, errors or
//! logs.

use las_client::credentials::{AuthOptions, Authenticator, Credentials, Discovery};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "client-secret-6f1d2a";
const TOKEN: &str = "access-token-93be7c";
const API_KEY: &str = "api-key-0c41d8";
/// base64("my-id:client-secret-6f1d2a"), as sent in the Basic header.
const BASIC: &str = "bXktaWQ6Y2xpZW50LXNlY3JldC02ZjFkMmE";

fn assert_clean(text: &str) {
    for secret in [SECRET, TOKEN, API_KEY, BASIC] {
        assert!(!text.contains(secret), "{secret} leaked in: {text}");
    }
}

async fn token_server(status: u16, body: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    server
}

fn credentials(server: &MockServer) -> Credentials {
    Credentials::client_credentials("my-id", SECRET, server.uri(), "http://127.0.0.1:1/v1").unwrap()
}

#[tokio::test]
async fn debug_output_is_redacted() {
    let server = token_server(
        200,
        json!({"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600}),
    )
    .await;
    let c = credentials(&server);
    let shown = format!("{c:?} {c:#?}");
    assert!(
        shown.contains("my-id") && shown.contains("[REDACTED]"),
        "{shown}"
    );
    assert_clean(&shown);

    let auth = Authenticator::new(c, reqwest::Client::new(), AuthOptions::default()).unwrap();
    assert_clean(&format!("{auth:?}"));
    let (_, value) = auth.header().await.unwrap();
    let shown = format!("{auth:?} {value:?}");
    assert!(shown.contains("held"), "{shown}");
    assert_clean(&shown);

    let key = Credentials::api_key(API_KEY, "https://api.lucidtech.ai/v1").unwrap();
    assert_clean(&format!("{key:?}"));
    let auth = Authenticator::new(key, reqwest::Client::new(), AuthOptions::default()).unwrap();
    let (_, value) = auth.header().await.unwrap();
    assert_clean(&format!("{auth:?} {value:?}"));
}

#[tokio::test]
async fn errors_are_redacted() {
    // A token endpoint that echoes the secret in its error.
    let server = token_server(
        401,
        json!({"error": "invalid_client", "error_description": format!("bad secret {SECRET}")}),
    )
    .await;
    let auth = Authenticator::new(
        credentials(&server),
        reqwest::Client::new(),
        AuthOptions::default(),
    )
    .unwrap();
    let e = auth.header().await.unwrap_err();
    let shown = format!("{e} {e:?}");
    assert!(shown.contains("invalid_client"), "{shown}");
    assert_clean(&shown);

    // A success response that is not a token response.
    let server = token_server(200, json!({"access_token": TOKEN, "expires_in": "soon"})).await;
    let auth = Authenticator::new(
        credentials(&server),
        reqwest::Client::new(),
        AuthOptions::default(),
    )
    .unwrap();
    let e = auth.header().await.unwrap_err();
    assert_clean(&format!("{e} {e:?}"));

    // Discovery: an incomplete section, and environment values.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("credentials.cfg");
    std::fs::write(
        &file,
        format!("[default]\nclient_id = my-id\nclient_secret = {SECRET}\napi_key = {API_KEY}\n"),
    )
    .unwrap();
    let env = |k: &str| match k {
        "LAS_CLIENT_SECRET" => Some(SECRET.to_string()),
        "LAS_API_KEY" => Some(API_KEY.to_string()),
        _ => None,
    };
    let e = Discovery::with_env(env)
        .credentials_file(&file)
        .discover()
        .unwrap_err();
    let shown = format!("{e} {e:?}");
    assert!(shown.contains("lacks"), "{shown}");
    assert_clean(&shown);

    // Invalid input next to a secret.
    let e = Credentials::client_credentials("my-id", SECRET, "auth.lucidtech.ai", "nonsense")
        .unwrap_err();
    assert_clean(&format!("{e} {e:?}"));
}
