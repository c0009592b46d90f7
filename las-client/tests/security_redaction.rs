//! Secrets a server echoes back (the API key, the bearer token, the client
//! secret, the Basic authorization value) are replaced in every message,
//! excerpt and log line the client produces. Kept in its own binary: the log
//! subscriber is per thread and callsite interest is cached per process.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use las_client::credentials::Credentials;
use las_client::{Client, RetryPolicy};
use serde_json::json;
use support::{json as json_response, response, token, Action, Event, Server};

const API_KEY: &str = "echoed-api-key-7c1e9b";
const CLIENT_ID: &str = "echo-client-id";
const SECRET: &str = "echoed-client-secret-44af";
const TOKEN: &str = "echoed-access-token-d93a";

fn basic() -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT_ID}:{SECRET}"))
}

fn secrets() -> Vec<String> {
    vec![
        API_KEY.into(),
        SECRET.into(),
        TOKEN.into(),
        basic(),
        base64::engine::general_purpose::STANDARD.encode(SECRET),
    ]
}

fn assert_clean(what: &str, text: &str) {
    for secret in secrets() {
        assert!(
            !text.contains(&secret),
            "{what}: {secret} leaked in: {text}"
        );
    }
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

fn fast() -> RetryPolicy {
    RetryPolicy::standard()
        .with_max_attempts(2)
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(1))
}

/// Answers that echo `secret` in every place a client may show.
fn echoes(secret: &str) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "400 message",
            json_response(
                400,
                &json!({"message": format!("bad request from {secret}")}),
            ),
        ),
        (
            "401 message",
            json_response(401, &json!({"message": format!("Unauthorized {secret}")})),
        ),
        (
            "403 message",
            json_response(403, &json!({"message": format!("Forbidden for {secret}")})),
        ),
        (
            "404 message",
            json_response(404, &json!({"message": format!("no {secret}")})),
        ),
        (
            "429 limit",
            json_response(
                429,
                &json!({"message": format!("Limit Exceeded for {secret}")}),
            ),
        ),
        (
            "500 message",
            json_response(500, &json!({"message": format!("boom {secret}")})),
        ),
        (
            "502 html",
            response(
                502,
                &[("content-type", "text/html")],
                format!("<html>{secret}</html>").as_bytes(),
            ),
        ),
        (
            "409 text",
            response(409, &[("content-type", "text/plain")], secret.as_bytes()),
        ),
        (
            "200 wrong shape",
            json_response(200, &json!({"datasetId": secret, "name": 5})),
        ),
        ("200 wrong type", json_response(200, &json!(secret))),
        (
            "200 not json",
            response(200, &[], format!("x{secret}").as_bytes()),
        ),
    ]
}

/// A token endpoint answer built from the `Authorization` header it got.
type Echo = Box<dyn Fn(&str) -> Vec<u8> + Send + Sync>;

#[tokio::test(flavor = "current_thread")]
async fn echoed_secrets_are_redacted_in_errors_and_logs() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // API key credentials: the key echoed back.
    for (what, answer) in echoes(API_KEY) {
        let api = Server::always(answer).await;
        let client = Client::builder()
            .credentials(Credentials::api_key(API_KEY, format!("{}/v1", api.url())).unwrap())
            .retry_policy(fast())
            .build()
            .unwrap();
        let e = client.datasets().get("las:dataset:1").await.unwrap_err();
        assert_clean(what, &format!("{e} {e:?}"));
        let e = client
            .raw_request(reqwest::Method::GET, "/datasets/las:dataset:1", None)
            .await
            .err();
        assert_clean(what, &format!("{e:?}"));
    }

    // Client credentials: the token, the secret and the Basic value echoed
    // by the API.
    for echoed in [TOKEN.to_string(), SECRET.to_string(), basic()] {
        for (what, answer) in echoes(&echoed) {
            let auth = Server::always(token(TOKEN, 3600)).await;
            let api = Server::always(answer).await;
            let client = Client::builder()
                .credentials(
                    Credentials::client_credentials(
                        CLIENT_ID,
                        SECRET,
                        auth.url(),
                        format!("{}/v1", api.url()),
                    )
                    .unwrap(),
                )
                .retry_policy(fast())
                .build()
                .unwrap();
            let e = client.datasets().get("las:dataset:1").await.unwrap_err();
            assert_clean(what, &format!("{e} {e:?}"));
        }
    }

    // The token endpoint echoing the Authorization header it received, in
    // an OAuth2 error, a plain message and a non-JSON body.
    let bodies: Vec<Echo> = vec![
        Box::new(|h: &str| {
            json_response(
                401,
                &json!({"error": "invalid_client", "error_description": format!("bad header {h}")}),
            )
        }),
        Box::new(|h: &str| json_response(400, &json!({"message": format!("got {h}")}))),
        Box::new(|h: &str| {
            response(
                403,
                &[("content-type", "text/plain")],
                format!("denied: {h}").as_bytes(),
            )
        }),
        Box::new(|h: &str| json_response(500, &json!({"message": format!("failed {h}")}))),
        Box::new(|h: &str| json_response(200, &json!({"access_token": 5, "echo": h}))),
    ];
    for body in bodies {
        let body = Arc::new(body);
        let auth = Server::start(move |_, e| match e {
            Event::Request(r) => Action::Respond(body(r.header("authorization").unwrap_or(""))),
            Event::Accepted => Action::Respond(Vec::new()),
        })
        .await;
        let client = Client::builder()
            .credentials(
                Credentials::client_credentials(
                    CLIENT_ID,
                    SECRET,
                    auth.url(),
                    "http://127.0.0.1:1/v1",
                )
                .unwrap(),
            )
            .retry_policy(fast())
            .build()
            .unwrap();
        let e = client.datasets().get("las:dataset:1").await.unwrap_err();
        assert_clean("token endpoint", &format!("{e} {e:?}"));
        assert!(auth.requests()[0]
            .header("authorization")
            .unwrap()
            .contains(&basic()));
    }

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("las.request"), "logs were captured");
    assert_clean("logs", &logs);
}
