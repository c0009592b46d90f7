//! Token exchange against a local token endpoint: the request sent, caching,
//! refresh ahead of expiry, single-flight refresh, invalidation, error
//! mapping and the cleartext-http check.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use las_client::credentials::{AuthOptions, Authenticator, Credentials};
use las_client::Error;
use reqwest::header::{HeaderValue, AUTHORIZATION};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const ID: &str = "my-id";
const SECRET: &str = "my-secret-value";
/// base64("my-id:my-secret-value")
const BASIC: &str = "Basic bXktaWQ6bXktc2VjcmV0LXZhbHVl";

/// Answers with `tok-1`, `tok-2`, ... in turn.
struct Tokens {
    issued: Arc<AtomicUsize>,
    expires_in: f64,
    delay: Duration,
}

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        ResponseTemplate::new(200)
            .set_body_json(json!({
                "access_token": format!("tok-{n}"),
                "token_type": "Bearer",
                "expires_in": self.expires_in,
            }))
            .set_delay(self.delay)
    }
}

async fn token_server(
    token_path: &str,
    expires_in: f64,
    delay: Duration,
) -> (MockServer, Arc<AtomicUsize>) {
    let server = MockServer::start().await;
    let issued = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path(token_path))
        .respond_with(Tokens {
            issued: issued.clone(),
            expires_in,
            delay,
        })
        .mount(&server)
        .await;
    (server, issued)
}

fn credentials(auth_endpoint: &str) -> Credentials {
    Credentials::client_credentials(ID, SECRET, auth_endpoint, "http://127.0.0.1:1/v1").unwrap()
}

fn authenticator(credentials: Credentials) -> Authenticator {
    Authenticator::new(credentials, reqwest::Client::new(), AuthOptions::default()).unwrap()
}

fn bearer(n: usize) -> HeaderValue {
    HeaderValue::from_str(&format!("Bearer tok-{n}")).unwrap()
}

#[tokio::test]
async fn url_without_path_posts_to_token_with_basic_auth_and_grant_type() {
    let (server, issued) = token_server("/token", 3600.0, Duration::ZERO).await;
    let auth = authenticator(credentials(&server.uri()));
    let (name, value) = auth.header().await.unwrap();
    assert_eq!(name, AUTHORIZATION);
    assert_eq!(value, bearer(1));
    assert!(value.is_sensitive());
    assert_eq!(issued.load(Ordering::SeqCst), 1);

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(r.method.as_str(), "POST");
    assert_eq!(r.url.path(), "/token");
    assert_eq!(r.url.query(), Some("grant_type=client_credentials"));
    assert_eq!(r.headers.get("authorization").unwrap(), BASIC);
    assert_eq!(
        r.headers.get("content-type").unwrap(),
        "application/x-www-form-urlencoded"
    );
    let body = String::from_utf8(r.body.clone()).unwrap();
    assert!(body.contains("grant_type=client_credentials"), "{body}");
    assert!(
        !body.contains(SECRET),
        "the secret goes in the Basic header only"
    );
}

#[tokio::test]
async fn full_url_is_used_as_is() {
    let (server, _) = token_server("/oauth2/token", 3600.0, Duration::ZERO).await;
    let auth = authenticator(credentials(&format!("{}/oauth2/token", server.uri())));
    auth.header().await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.path(), "/oauth2/token");
    assert_eq!(requests[0].url.query(), None);
    assert_eq!(requests[0].headers.get("authorization").unwrap(), BASIC);
}

#[test]
fn host_form_uses_https_and_the_python_sdk_path() {
    let c = credentials("auth.lucidtech.ai");
    assert_eq!(
        c.token_url(),
        Some("https://auth.lucidtech.ai/token?grant_type=client_credentials")
    );
    let c = credentials("https://auth.lucidtech.ai/oauth2/token");
    assert_eq!(
        c.token_url(),
        Some("https://auth.lucidtech.ai/oauth2/token")
    );
}

#[tokio::test]
async fn token_is_cached_in_memory() {
    let (server, issued) = token_server("/token", 3600.0, Duration::ZERO).await;
    let auth = authenticator(credentials(&server.uri()));
    let first = auth.header().await.unwrap().1;
    let clone = auth.clone();
    for _ in 0..5 {
        assert_eq!(auth.header().await.unwrap().1, first);
        assert_eq!(clone.header().await.unwrap().1, first);
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn token_is_refreshed_ahead_of_expiry() {
    // A 4 s token: the 60 s margin is capped at half the lifetime, so the
    // token is reused for 2 s and replaced before it expires.
    let (server, issued) = token_server("/token", 4.0, Duration::ZERO).await;
    let auth = authenticator(credentials(&server.uri()));
    assert_eq!(auth.header().await.unwrap().1, bearer(1));
    assert_eq!(auth.header().await.unwrap().1, bearer(1));
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(auth.header().await.unwrap().1, bearer(2));
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn refresh_margin_is_configurable() {
    let (server, issued) = token_server("/token", 3600.0, Duration::ZERO).await;
    let options = AuthOptions::default().refresh_margin(Duration::ZERO);
    let auth =
        Authenticator::new(credentials(&server.uri()), reqwest::Client::new(), options).unwrap();
    auth.header().await.unwrap();
    auth.header().await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_cold_callers_cause_one_token_request() {
    let (server, issued) = token_server("/token", 3600.0, Duration::from_millis(300)).await;
    let auth = authenticator(credentials(&server.uri()));
    let tasks: Vec<_> = (0..1000)
        .map(|_| {
            let auth = auth.clone();
            tokio::spawn(async move { auth.header().await.map(|(_, v)| v) })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap().unwrap(), bearer(1));
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn invalidating_the_current_token_refreshes_once() {
    let (server, issued) = token_server("/token", 3600.0, Duration::ZERO).await;
    let auth = authenticator(credentials(&server.uri()));
    let first = auth.header().await.unwrap().1;
    auth.invalidate(&first).await;
    auth.invalidate(&first).await;
    assert_eq!(auth.header().await.unwrap().1, bearer(2));
    assert_eq!(auth.header().await.unwrap().1, bearer(2));
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn invalidating_an_old_token_changes_nothing() {
    let (server, issued) = token_server("/token", 3600.0, Duration::ZERO).await;
    let auth = authenticator(credentials(&server.uri()));
    let first = auth.header().await.unwrap().1;
    auth.invalidate(&first).await;
    let second = auth.header().await.unwrap().1;
    auth.invalidate(&first).await; // a late 401 for the old token
    auth.invalidate(&HeaderValue::from_static("Bearer unrelated"))
        .await;
    assert_eq!(auth.header().await.unwrap().1, second);
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_rejections_of_one_token_cause_one_refresh() {
    let (server, issued) = token_server("/token", 3600.0, Duration::from_millis(100)).await;
    let auth = authenticator(credentials(&server.uri()));
    let rejected = auth.header().await.unwrap().1;
    let tasks: Vec<_> = (0..200)
        .map(|_| {
            let (auth, rejected) = (auth.clone(), rejected.clone());
            tokio::spawn(async move {
                auth.invalidate(&rejected).await;
                auth.header().await.map(|(_, v)| v)
            })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap().unwrap(), bearer(2));
    }
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn api_keys_need_no_token_request() {
    let c = Credentials::api_key("key-xyz", "http://127.0.0.1:1/v1").unwrap();
    let auth = authenticator(c);
    let (name, value) = auth.header().await.unwrap();
    assert_eq!(name.as_str(), "x-api-key");
    assert_eq!(value, "key-xyz");
    assert!(value.is_sensitive());
    auth.invalidate(&value).await;
    assert_eq!(auth.header().await.unwrap().1, "key-xyz");
}

async fn failing_server(status: u16, body: serde_json::Value, delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(status)
                .set_body_json(body)
                .set_delay(delay),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn token_endpoint_errors_are_mapped() {
    for status in [400, 401, 403] {
        let server = failing_server(
            status,
            json!({"error": "invalid_client", "error_description": "Client authentication failed"}),
            Duration::ZERO,
        )
        .await;
        match authenticator(credentials(&server.uri())).header().await {
            Err(Error::InvalidCredentials { message }) => {
                assert_eq!(message, "invalid_client: Client authentication failed")
            }
            other => panic!("{status}: {other:?}"),
        }
    }

    let server = failing_server(403, json!({"message": "Forbidden"}), Duration::ZERO).await;
    match authenticator(credentials(&server.uri())).header().await {
        Err(Error::InvalidCredentials { message }) => assert_eq!(message, "Forbidden"),
        other => panic!("{other:?}"),
    }

    let server = failing_server(
        503,
        json!({"message": "Service Unavailable"}),
        Duration::ZERO,
    )
    .await;
    match authenticator(credentials(&server.uri())).header().await {
        Err(e @ Error::Server { status: 503, .. }) => assert!(e.is_retryable()),
        other => panic!("{other:?}"),
    }

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "7"))
        .mount(&server)
        .await;
    match authenticator(credentials(&server.uri())).header().await {
        Err(Error::TooManyRequests { retry_after }) => {
            assert_eq!(retry_after, Some(Duration::from_secs(7)))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_malformed_token_response_is_a_decode_error_without_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"token": "leaky-token-value"})),
        )
        .mount(&server)
        .await;
    match authenticator(credentials(&server.uri())).header().await {
        Err(e @ Error::Decode { .. }) => {
            let shown = format!("{e} {e:?}");
            assert!(!shown.contains("leaky-token-value"), "{shown}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn connection_failures_are_transport_errors() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    match authenticator(credentials(&format!("http://127.0.0.1:{port}")))
        .header()
        .await
    {
        Err(e @ Error::Transport { .. }) => assert!(e.is_retryable()),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn slow_token_endpoints_time_out() {
    let (server, _) = token_server("/token", 3600.0, Duration::from_secs(2)).await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let auth =
        Authenticator::new(credentials(&server.uri()), http, AuthOptions::default()).unwrap();
    match auth.header().await {
        Err(Error::Timeout { .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn callers_waiting_on_a_failed_request_share_its_error() {
    let server = failing_server(
        401,
        json!({"error": "invalid_client"}),
        Duration::from_millis(500),
    )
    .await;
    let auth = authenticator(credentials(&server.uri()));
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let auth = auth.clone();
            tokio::spawn(async move { auth.header().await })
        })
        .collect();
    for task in tasks {
        assert!(matches!(
            task.await.unwrap(),
            Err(Error::InvalidCredentials { .. })
        ));
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    // A later call tries again.
    assert!(auth.header().await.is_err());
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[test]
fn cleartext_http_is_refused_except_loopback_or_when_allowed() {
    let http = reqwest::Client::new;
    let refused = Credentials::client_credentials(
        ID,
        SECRET,
        "http://auth.example.com",
        "https://api.example.com/v1",
    )
    .unwrap();
    match Authenticator::new(refused.clone(), http(), AuthOptions::default()) {
        Err(Error::InvalidInput { what }) => {
            assert!(
                what.contains("cleartext") && what.contains("auth.example.com"),
                "{what}"
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(Authenticator::new(
        refused,
        http(),
        AuthOptions::default().allow_insecure_http(true)
    )
    .is_ok());

    let api_http = Credentials::api_key("k", "http://api.example.com/v1").unwrap();
    assert!(matches!(
        Authenticator::new(api_http.clone(), http(), AuthOptions::default()),
        Err(Error::InvalidInput { .. })
    ));
    assert!(Authenticator::new(
        api_http,
        http(),
        AuthOptions::default().allow_insecure_http(true)
    )
    .is_ok());

    for loopback in [
        "http://127.0.0.1:8080",
        "http://localhost:8080/token",
        "http://[::1]:8080",
    ] {
        let c = Credentials::client_credentials(ID, SECRET, loopback, "http://127.0.0.1:8081/v1")
            .unwrap();
        assert!(
            Authenticator::new(c, http(), AuthOptions::default()).is_ok(),
            "{loopback}"
        );
    }
    let https = Credentials::client_credentials(
        ID,
        SECRET,
        "auth.lucidtech.ai",
        "https://api.lucidtech.ai/v1",
    )
    .unwrap();
    assert!(Authenticator::new(https, http(), AuthOptions::default()).is_ok());
}
