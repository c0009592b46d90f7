//! No secret (client secret, token, API key) reaches `Debug`, `Display`,
//! errors or logs; and the request span carries operation, attempt, status
//! and duration. Its own test binary: the `tracing` subscriber is set for
//! this test alone.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const SECRET: &str = "client-secret-value-7f3a";
const TOKEN_1: &str = "access-token-one-91b2";
const TOKEN_2: &str = "access-token-two-c4d8";
const API_KEY: &str = "api-key-value-55e1";

/// Answers token requests with TOKEN_1, then TOKEN_2.
struct Tokens(Mutex<usize>);

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut n = self.0.lock().unwrap();
        *n += 1;
        let token = if *n == 1 { TOKEN_1 } else { TOKEN_2 };
        ResponseTemplate::new(200).set_body_json(
            json!({"access_token": token, "token_type": "Bearer", "expires_in": 3600}),
        )
    }
}

async fn oauth_client(server: &MockServer) -> Client {
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Tokens(Mutex::new(0)))
        .mount(server)
        .await;
    let credentials = Credentials::client_credentials(
        "client-id",
        SECRET,
        format!("{}/token", server.uri()),
        format!("{}/v1", server.uri()),
    )
    .unwrap();
    let retry = RetryPolicy::standard()
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(5));
    Client::builder()
        .credentials(credentials)
        .retry_policy(retry)
        .build()
        .unwrap()
}

/// Collects everything `tracing` writes during a test.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn secrets_never_reach_debug_errors_or_logs() {
    let server = MockServer::start().await;
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(captured.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let client = oauth_client(&server).await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d"))
        .and(header(
            "authorization",
            format!("Bearer {TOKEN_1}").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"message": "The incoming token has expired"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d"))
        .respond_with(
            ResponseTemplate::new(503).set_body_json(json!({"message": "Service Unavailable"})),
        )
        .mount(&server)
        .await;
    let err = client.datasets().get("d").await.unwrap_err();

    let keyed = Client::new(Credentials::api_key(API_KEY, format!("{}/v1", server.uri())).unwrap())
        .unwrap();
    let builder = Client::builder()
        .credentials(Credentials::api_key(API_KEY, "https://api.lucidtech.ai/v1").unwrap())
        .default_header("authorization", &format!("Bearer {TOKEN_2}"))
        .unwrap()
        .proxy(format!("http://user:{SECRET}@proxy.internal:3128"));

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let texts = [
        format!("{client:?}"),
        format!("{keyed:?}"),
        format!("{builder:?}"),
        format!("{err:?}"),
        err.to_string(),
        logs.clone(),
    ];
    for text in &texts {
        for secret in [SECRET, TOKEN_1, TOKEN_2, API_KEY] {
            assert!(!text.contains(secret), "{secret} leaked into: {text}");
        }
    }
    // The request span carries operation, attempt, status and duration.
    assert!(logs.contains("operation=\"get_dataset\""), "{logs}");
    assert!(logs.contains("attempt=2"), "{logs}");
    assert!(logs.contains("status=503"), "{logs}");
    assert!(logs.contains("duration_ms"), "{logs}");
    assert!(logs.contains("retrying"), "{logs}");
}
