//! The client core against a local server: error mapping, retry rules,
//! token refresh, cleartext refusal, id validation, redaction, tracing.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const SECRET: &str = "client-secret-value-7f3a";
const TOKEN_1: &str = "access-token-one-91b2";
const TOKEN_2: &str = "access-token-two-c4d8";
const API_KEY: &str = "api-key-value-55e1";

fn dataset(id: &str) -> serde_json::Value {
    json!({
        "datasetId": id, "name": null, "description": null, "retentionInDays": 1825,
        "storageLocation": "EU", "version": 0, "numberOfDocuments": 0, "groundTruthSummary": {},
        "containsPersonallyIdentifiableInformation": false, "metadata": null,
        "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
    })
}

/// Fast retries without jitter, so tests are quick and exact.
fn fast_retries() -> RetryPolicy {
    RetryPolicy::standard()
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(5))
        .with_max_delay(Duration::from_millis(20))
}

async fn api_key_client(server: &MockServer, retry: RetryPolicy) -> Client {
    Client::builder()
        .credentials(Credentials::api_key(API_KEY, format!("{}/v1", server.uri())).unwrap())
        .retry_policy(retry)
        .build()
        .unwrap()
}

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
    Client::builder()
        .credentials(credentials)
        .retry_policy(fast_retries())
        .build()
        .unwrap()
}

async fn requests_to(server: &MockServer, p: &str) -> Vec<Request> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.url.path() == p)
        .collect()
}

#[tokio::test]
async fn every_error_status_maps_to_its_variant() {
    let server = MockServer::start().await;
    type Case = (u16, serde_json::Value, fn(&Error) -> bool);
    let cases: Vec<Case> = vec![
        (
            400,
            json!({"message": "Bad Request: name too long"}),
            |e| matches!(e, Error::BadRequest { message } if message.contains("name too long")),
        ),
        (401, json!({"message": "Unauthorized"}), |e| {
            matches!(e, Error::InvalidCredentials { .. })
        }),
        (
            403,
            json!({"message": "Forbidden"}),
            |e| matches!(e, Error::InvalidCredentials { message } if message == "Forbidden"),
        ),
        (
            404,
            json!({"message": "Dataset not found"}),
            |e| matches!(e, Error::NotFound { message } if message == "Dataset not found"),
        ),
        (415, json!({"message": "Unsupported Media Type"}), |e| {
            matches!(e, Error::UnexpectedStatus { status: 415, .. })
        }),
        (409, json!({"message": "Conflict"}), |e| {
            matches!(e, Error::UnexpectedStatus { status: 409, .. })
        }),
        (429, json!({"message": "Limit Exceeded"}), |e| {
            matches!(e, Error::LimitExceeded { .. })
        }),
        (429, json!({"message": "Too Many Requests"}), |e| {
            matches!(e, Error::TooManyRequests { .. })
        }),
        (500, json!({"message": "Internal Server Error"}), |e| {
            matches!(e, Error::Server { status: 500, .. })
        }),
        (502, json!({"message": "Bad Gateway"}), |e| {
            matches!(e, Error::Server { status: 502, .. })
        }),
    ];
    let client = api_key_client(&server, RetryPolicy::disabled()).await;
    for (i, (status, body, check)) in cases.into_iter().enumerate() {
        let id = format!("las:dataset:{i}");
        Mock::given(method("GET"))
            .and(path(format!("/v1/datasets/{id}")))
            .respond_with(ResponseTemplate::new(status).set_body_json(body.clone()))
            .mount(&server)
            .await;
        let err = client.datasets().get(&id).await.unwrap_err();
        assert!(check(&err), "{status} {body}: got {err:?}");
        if status != 401 {
            assert_eq!(err.status(), Some(status), "{err:?}");
        }
    }
}

#[tokio::test]
async fn non_json_error_bodies_keep_their_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/html"))
        .respond_with(ResponseTemplate::new(500).set_body_string("<html>upstream died</html>"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/gateway"))
        .respond_with(ResponseTemplate::new(504).set_body_string("gateway timeout"))
        .mount(&server)
        .await;
    let client = api_key_client(&server, RetryPolicy::disabled()).await;
    let err = client.datasets().get("html").await.unwrap_err();
    assert!(
        matches!(&err, Error::Server { status: 500, message } if message.contains("upstream died")),
        "{err:?}"
    );
    let err = client.datasets().get("gateway").await.unwrap_err();
    assert!(matches!(&err, Error::Server { status: 504, .. }), "{err:?}");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn undecodable_success_is_a_decode_error_with_a_redacted_excerpt() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/appClients"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"clientSecret": SECRET, "appClientId": 3})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/x"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{not json"))
        .mount(&server)
        .await;
    let client = api_key_client(&server, RetryPolicy::disabled()).await;
    let err = client.datasets().get("x").await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { operation: "get_dataset", excerpt, .. } if excerpt == "{not json"),
        "{err:?}"
    );
    assert!(
        std::error::Error::source(&err).is_some(),
        "the JSON error is kept as the source"
    );
}

#[tokio::test]
async fn idempotent_requests_are_retried_until_success() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d1"))
        .respond_with(
            ResponseTemplate::new(503).set_body_json(json!({"message": "Service Unavailable"})),
        )
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(dataset("d1")))
        .mount(&server)
        .await;
    let client = api_key_client(&server, fast_retries()).await;
    let d = client.datasets().get("d1").await.unwrap();
    assert_eq!(d.dataset_id, "d1");
    assert_eq!(requests_to(&server, "/v1/datasets/d1").await.len(), 3);
}

#[tokio::test]
async fn retries_stop_at_the_attempt_budget() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/datasets/d1"))
        .respond_with(ResponseTemplate::new(502).set_body_string("bad gateway"))
        .mount(&server)
        .await;
    let client = api_key_client(&server, fast_retries().with_max_attempts(3)).await;
    let err = client.datasets().delete("d1").await.unwrap_err();
    assert!(matches!(err, Error::Server { status: 502, .. }), "{err:?}");
    assert_eq!(requests_to(&server, "/v1/datasets/d1").await.len(), 3);
}

#[tokio::test]
async fn a_post_is_not_replayed_after_an_ambiguous_failure() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/datasets"))
        .respond_with(
            ResponseTemplate::new(500).set_body_json(json!({"message": "Internal Server Error"})),
        )
        .mount(&server)
        .await;
    let client = api_key_client(&server, fast_retries()).await;
    let err = client.datasets().create().name("x").await.unwrap_err();
    assert!(matches!(err, Error::Server { status: 500, .. }), "{err:?}");
    assert_eq!(
        requests_to(&server, "/v1/datasets").await.len(),
        1,
        "a 500 may mean the dataset exists"
    );
}

#[tokio::test]
async fn a_post_is_not_replayed_after_a_timeout_but_a_get_is() {
    let server = MockServer::start().await;
    let slow = ResponseTemplate::new(200)
        .set_body_json(dataset("d"))
        .set_delay(Duration::from_millis(400));
    Mock::given(method("POST"))
        .and(path("/v1/datasets"))
        .respond_with(slow.clone())
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d"))
        .respond_with(slow)
        .mount(&server)
        .await;
    let client = Client::builder()
        .credentials(Credentials::api_key(API_KEY, format!("{}/v1", server.uri())).unwrap())
        .retry_policy(fast_retries().with_max_attempts(2))
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let err = client.datasets().create().await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(requests_to(&server, "/v1/datasets").await.len(), 1);
    let err = client.datasets().get("d").await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(requests_to(&server, "/v1/datasets/d").await.len(), 2);
}

#[tokio::test]
async fn a_post_is_replayed_after_429_and_503_honouring_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/datasets"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "1")
                .set_body_json(json!({"message": "Too Many Requests"})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/datasets"))
        .respond_with(
            ResponseTemplate::new(503).set_body_json(json!({"message": "Service Unavailable"})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/datasets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(dataset("new")))
        .mount(&server)
        .await;
    let client = api_key_client(&server, fast_retries()).await;
    let started = Instant::now();
    let d = client.datasets().create().name("x").await.unwrap();
    assert_eq!(d.dataset_id, "new");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After: 1 was honoured"
    );
    assert_eq!(requests_to(&server, "/v1/datasets").await.len(), 3);
}

#[tokio::test]
async fn limit_exceeded_is_never_retried() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d"))
        .respond_with(
            ResponseTemplate::new(429).set_body_json(json!({"message": "Limit Exceeded"})),
        )
        .mount(&server)
        .await;
    let client = api_key_client(&server, fast_retries()).await;
    let err = client.datasets().get("d").await.unwrap_err();
    assert!(matches!(err, Error::LimitExceeded { .. }), "{err:?}");
    assert!(!err.is_retryable());
    assert_eq!(requests_to(&server, "/v1/datasets/d").await.len(), 1);
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = Client::builder()
        .credentials(Credentials::api_key(API_KEY, format!("http://127.0.0.1:{port}/v1")).unwrap())
        .retry_policy(fast_retries().with_max_attempts(2))
        .build()
        .unwrap();
    let err = client.datasets().create().await.unwrap_err();
    assert!(
        matches!(&err, Error::Transport { source } if source.is_connect()),
        "{err:?}"
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn an_expired_token_is_refreshed_and_the_request_replayed_once() {
    let server = MockServer::start().await;
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
        .and(header(
            "authorization",
            format!("Bearer {TOKEN_2}").as_str(),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(dataset("d")))
        .mount(&server)
        .await;
    let d = client.datasets().get("d").await.unwrap();
    assert_eq!(d.dataset_id, "d");
    assert_eq!(requests_to(&server, "/token").await.len(), 2);
    assert_eq!(requests_to(&server, "/v1/datasets/d").await.len(), 2);
}

#[tokio::test]
async fn a_plain_forbidden_is_not_refreshed() {
    let server = MockServer::start().await;
    let client = oauth_client(&server).await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({"message": "Forbidden"})))
        .mount(&server)
        .await;
    let err = client.datasets().get("d").await.unwrap_err();
    assert!(matches!(err, Error::InvalidCredentials { .. }), "{err:?}");
    assert_eq!(requests_to(&server, "/token").await.len(), 1);
    assert_eq!(requests_to(&server, "/v1/datasets/d").await.len(), 1);
}

#[tokio::test]
async fn a_token_rejected_twice_is_not_refreshed_in_a_loop() {
    let server = MockServer::start().await;
    let client = oauth_client(&server).await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"message": "The incoming token has expired"})),
        )
        .mount(&server)
        .await;
    let err = client.datasets().get("d").await.unwrap_err();
    assert!(matches!(err, Error::InvalidCredentials { .. }), "{err:?}");
    assert_eq!(requests_to(&server, "/token").await.len(), 2);
    assert_eq!(requests_to(&server, "/v1/datasets/d").await.len(), 2);
}

#[tokio::test]
async fn headers_user_agent_and_api_key_are_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets/d"))
        .and(header("x-api-key", API_KEY))
        .and(header("x-request-source", "nightly"))
        .and(header("user-agent", las_client::DEFAULT_USER_AGENT))
        .respond_with(ResponseTemplate::new(200).set_body_json(dataset("d")))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .credentials(Credentials::api_key(API_KEY, format!("{}/v1/", server.uri())).unwrap())
        .default_header("x-request-source", "nightly")
        .unwrap()
        .build()
        .unwrap();
    client.datasets().get("d").await.unwrap();
    assert!(las_client::DEFAULT_USER_AGENT.starts_with("las-rs/"));
}

#[tokio::test]
async fn bad_ids_are_refused_before_anything_is_sent() {
    let server = MockServer::start().await;
    let client = api_key_client(&server, RetryPolicy::disabled()).await;
    for id in ["", ".", "..", " x"] {
        let err = client.documents().get(id).await.unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{id:?}: {err:?}");
        let err = client
            .datasets()
            .delete(id)
            .delete_documents(true)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{id:?}: {err:?}");
    }
    let err = client
        .documents()
        .list()
        .max_results(0)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[test]
fn cleartext_endpoints_are_refused_unless_loopback_or_allowed() {
    let creds = |api: &str| Credentials::api_key(API_KEY, api).unwrap();
    let err = Client::new(creds("http://api.example.com/v1")).unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput { what } if what.contains("http")),
        "{err:?}"
    );
    assert!(Client::new(creds("http://127.0.0.1:8080/v1")).is_ok());
    assert!(Client::new(creds("http://localhost:8080/v1")).is_ok());
    assert!(Client::builder()
        .credentials(creds("http://api.example.com/v1"))
        .allow_insecure_http(true)
        .build()
        .is_ok());
    let err = Client::builder()
        .credentials(creds("https://api.lucidtech.ai/v1"))
        .api_endpoint("http://api.lucidtech.ai/v1")
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput { .. }),
        "the override is checked too: {err:?}"
    );
    let err = Credentials::api_key(API_KEY, "ftp://x/v1").unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    let err = Client::builder()
        .credentials(creds("https://api.lucidtech.ai/v1"))
        .api_endpoint("ftp://x/v1")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
}

#[test]
fn a_provided_http_client_cannot_take_transport_settings() {
    let err = Client::builder()
        .credentials(Credentials::api_key(API_KEY, "https://api.lucidtech.ai/v1").unwrap())
        .http_client(reqwest::Client::new())
        .timeout(Duration::from_secs(1))
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput { what } if what.contains("timeout")),
        "{err:?}"
    );
}

#[tokio::test]
async fn raw_requests_share_auth_retries_and_errors() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/experimental/things"))
        .and(header("x-api-key", API_KEY))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "busy"})))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/experimental/things"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"things": [1, 2]})))
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path("/v1/datasets/d"))
        .and(wiremock::matchers::body_json(json!({"name": "Q2"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(dataset("d")))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/v1/datasets/gone"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"message": "Not found"})))
        .mount(&server)
        .await;
    let client = api_key_client(&server, fast_retries()).await;

    let things = client
        .raw_request(reqwest::Method::GET, "/experimental/things", None)
        .await
        .unwrap();
    assert_eq!(things["things"], json!([1, 2]));
    assert_eq!(
        requests_to(&server, "/v1/experimental/things").await.len(),
        2,
        "the 503 was retried"
    );
    let renamed = client
        .raw_request(
            reqwest::Method::PATCH,
            "/datasets/d",
            Some(&json!({"name": "Q2"})),
        )
        .await
        .unwrap();
    assert_eq!(renamed["datasetId"], "d");
    let err = client
        .raw_request(reqwest::Method::DELETE, "/datasets/gone", None)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::NotFound { message } if message == "Not found"),
        "{err:?}"
    );
    for bad in ["datasets", "/datasets/..", "/./x"] {
        let err = client
            .raw_request(reqwest::Method::GET, bad, None)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{bad}: {err:?}");
    }
}

#[tokio::test]
async fn check_connection_reports_rejected_credentials() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets"))
        .and(header("x-api-key", API_KEY))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"datasets": [], "nextToken": null})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/datasets"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({"message": "Forbidden"})))
        .mount(&server)
        .await;
    api_key_client(&server, RetryPolicy::disabled())
        .await
        .check_connection()
        .await
        .unwrap();
    let wrong = Client::builder()
        .credentials(Credentials::api_key("wrong-key", format!("{}/v1", server.uri())).unwrap())
        .build()
        .unwrap();
    let err = wrong.check_connection().await.unwrap_err();
    assert!(matches!(err, Error::InvalidCredentials { .. }), "{err:?}");
}

#[test]
fn clients_and_handlers_are_send_sync_and_clone() {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<Client>();
    shareable::<las_client::documents::Documents>();
    shareable::<las_client::documents::ListDocuments>();
    shareable::<las_client::credentials::Credentials>();
    shareable::<RetryPolicy>();
}
