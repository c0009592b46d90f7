//! Nothing secret is logged during token exchange and caching. Kept in its
//! own test binary: the subscriber is installed for this thread only, and
//! other tests running in parallel would change the callsites' cached
//! interest.

use std::io::Write;
use std::sync::{Arc, Mutex};

use las_client::credentials::{AuthOptions, Authenticator, Credentials};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "client-secret-6f1d2a";
const TOKEN: &str = "access-token-93be7c";
/// base64("my-id:client-secret-6f1d2a"), as sent in the Basic header.
const BASIC: &str = "bXktaWQ6Y2xpZW50LXNlY3JldC02ZjFkMmE";

fn assert_clean(text: &str) {
    for secret in [SECRET, TOKEN, BASIC] {
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

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn logs_are_redacted() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    // This test's runtime is single-threaded, so every task logs here.
    let _guard = tracing::subscriber::set_default(subscriber);

    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("token-cache.json");
    std::fs::write(&cache, "{ corrupt").unwrap();

    let server = token_server(
        200,
        json!({"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600}),
    )
    .await;
    let c = credentials(&server).with_token_cache("default", &cache);
    let auth =
        Authenticator::new(c.clone(), reqwest::Client::new(), AuthOptions::default()).unwrap();
    let (_, value) = auth.header().await.unwrap();
    auth.invalidate(&value).await;
    // Reads the cache file just written, then requests a new token.
    auth.header().await.unwrap();
    // A second authenticator takes the token from the file.
    Authenticator::new(c, reqwest::Client::new(), AuthOptions::default())
        .unwrap()
        .header()
        .await
        .unwrap();

    let failing = token_server(
        401,
        json!({"error": "invalid_client", "error_description": SECRET}),
    )
    .await;
    let auth = Authenticator::new(
        credentials(&failing),
        reqwest::Client::new(),
        AuthOptions::default(),
    )
    .unwrap();
    auth.header().await.unwrap_err();

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("requesting an access token"),
        "nothing captured: {logs}"
    );
    assert!(logs.contains("access token obtained"), "{logs}");
    assert!(logs.contains("not valid JSON"), "{logs}");
    assert!(logs.contains("token request failed"), "{logs}");
    assert_clean(&logs);
}
