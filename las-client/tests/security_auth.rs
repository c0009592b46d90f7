//! The token exchange is retried under the client's retry policy (it is
//! idempotent), honouring `Retry-After`, but never after the credentials are
//! refused; and any 401 with refreshable credentials refreshes the token once
//! and replays the request once, whatever the body says.

mod support;

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use serde_json::json;
use support::{json as json_response, response, token, Action, Event, Server};

fn policy() -> RetryPolicy {
    RetryPolicy::standard()
        .with_max_attempts(4)
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(5))
        .with_max_retry_after(Duration::from_secs(2))
}

fn client(auth: &Server, api: &Server) -> Client {
    Client::builder()
        .credentials(
            Credentials::client_credentials(
                "id",
                "auth-test-secret",
                auth.url(),
                format!("{}/v1", api.url()),
            )
            .unwrap(),
        )
        .retry_policy(policy())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

fn list_ok() -> Vec<u8> {
    json_response(200, &json!({"datasets": [], "nextToken": null}))
}

/// A token endpoint that answers `failure` for the first `n` requests (or
/// connections, for resets), then a token.
async fn flaky_auth(n: usize, failure: Action) -> Server {
    Server::start(move |i, e| match (e, &failure) {
        (Event::Accepted, Action::ResetOnAccept) if i < n => Action::ResetOnAccept,
        (Event::Accepted, _) => Action::Respond(Vec::new()),
        (Event::Request(_), _) if i < n => failure.clone(),
        (Event::Request(_), _) => Action::Respond(token("retried-token", 3600)),
    })
    .await
}

#[tokio::test]
async fn transient_token_endpoint_failures_are_retried() {
    let cases: Vec<(&str, Action)> = vec![
        (
            "503",
            Action::Respond(json_response(503, &json!({"message": "unavailable"}))),
        ),
        (
            "500",
            Action::Respond(json_response(500, &json!({"message": "boom"}))),
        ),
        (
            "502 html",
            Action::Respond(response(
                502,
                &[("content-type", "text/html")],
                b"<html>bad gateway</html>",
            )),
        ),
        ("504", Action::Respond(response(504, &[], b""))),
        (
            "429 Retry-After",
            Action::Respond(response(
                429,
                &[("retry-after", "0")],
                br#"{"message":"Too Many Requests"}"#,
            )),
        ),
        ("reset before reading", Action::ResetOnAccept),
        ("reset after reading", Action::Reset),
    ];
    for (what, failure) in cases {
        let auth = flaky_auth(2, failure).await;
        let api = Server::always(list_ok()).await;
        let client = client(&auth, &api);
        client
            .datasets()
            .list()
            .send()
            .await
            .unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(auth.connections(), 3, "{what}: token connections");
        assert_eq!(api.requests().len(), 1, "{what}: API requests");
    }
}

#[tokio::test]
async fn token_endpoint_retry_after_is_honoured() {
    let auth = Server::start(|i, e| match e {
        Event::Request(_) if i == 0 => Action::Respond(response(
            429,
            &[("retry-after", "1")],
            br#"{"message":"Too Many Requests"}"#,
        )),
        _ => Action::Respond(token("t", 3600)),
    })
    .await;
    let api = Server::always(list_ok()).await;
    let started = std::time::Instant::now();
    client(&auth, &api)
        .datasets()
        .list()
        .send()
        .await
        .expect("list");
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(auth.requests().len(), 2);
}

#[tokio::test]
async fn refused_credentials_are_not_retried() {
    for status in [400, 401] {
        let auth = Server::always(json_response(status, &json!({"error": "invalid_client"}))).await;
        let api = Server::always(list_ok()).await;
        let got = client(&auth, &api).datasets().list().send().await;
        assert!(
            matches!(got, Err(Error::InvalidCredentials { .. })),
            "{status}: {got:?}"
        );
        assert_eq!(auth.requests().len(), 1, "{status}");
        assert_eq!(api.connections(), 0);
    }
}

#[tokio::test]
async fn a_token_endpoint_that_stays_down_fails_after_the_retry_budget() {
    let auth = Server::always(json_response(503, &json!({"message": "down"}))).await;
    let api = Server::always(list_ok()).await;
    let got = client(&auth, &api).datasets().list().send().await;
    assert!(
        matches!(got, Err(Error::Server { status: 503, .. })),
        "{got:?}"
    );
    assert_eq!(auth.requests().len(), 4, "max_attempts token requests");
    assert_eq!(api.connections(), 0);
}

/// An API that answers 401 (empty body, `WWW-Authenticate`) to the token
/// `rejected` and 200 to any other.
async fn rejecting_api(rejected: &'static str) -> Server {
    Server::start(move |_, e| match e {
        Event::Request(r) if r.header("authorization") == Some(&format!("Bearer {rejected}")) => {
            Action::Respond(response(
                401,
                &[("www-authenticate", r#"Bearer error="invalid_token""#)],
                b"",
            ))
        }
        _ => Action::Respond(list_ok()),
    })
    .await
}

#[tokio::test]
async fn any_401_refreshes_once_and_replays_once() {
    for body_kind in ["empty", "other text"] {
        let auth = Server::start(move |i, e| match e {
            Event::Request(_) => {
                Action::Respond(token(if i == 0 { "old-token" } else { "new-token" }, 3600))
            }
            Event::Accepted => Action::Respond(Vec::new()),
        })
        .await;
        let api = if body_kind == "empty" {
            rejecting_api("old-token").await
        } else {
            Server::start(|_, e| match e {
                Event::Request(r) if r.header("authorization") == Some("Bearer old-token") => {
                    Action::Respond(json_response(401, &json!({"message": "Something unusual"})))
                }
                _ => Action::Respond(list_ok()),
            })
            .await
        };
        client(&auth, &api)
            .datasets()
            .list()
            .send()
            .await
            .unwrap_or_else(|e| panic!("{body_kind}: {e:?}"));
        assert_eq!(auth.requests().len(), 2, "{body_kind}: one refresh");
        assert_eq!(api.requests().len(), 2, "{body_kind}: one replay");
    }
}

#[tokio::test]
async fn a_second_401_is_returned_not_looped() {
    let auth = Server::always(token("always-rejected", 3600)).await;
    let api = rejecting_api("always-rejected").await;
    let got = client(&auth, &api).datasets().list().send().await;
    assert!(
        matches!(got, Err(Error::InvalidCredentials { .. })),
        "{got:?}"
    );
    assert_eq!(api.requests().len(), 2, "the request and one replay");
    assert_eq!(auth.requests().len(), 2, "the token and one refresh");
}

#[tokio::test]
async fn a_401_on_a_raw_request_refreshes_too() {
    let auth = Server::start(|i, e| match e {
        Event::Request(_) => {
            Action::Respond(token(if i == 0 { "old-token" } else { "new-token" }, 3600))
        }
        Event::Accepted => Action::Respond(Vec::new()),
    })
    .await;
    let api = rejecting_api("old-token").await;
    client(&auth, &api)
        .raw_request(reqwest::Method::GET, "/datasets", None)
        .await
        .expect("raw");
    assert_eq!(api.requests().len(), 2);
}
