//! Responses larger than the client's maximum response size fail with
//! `Error::ResponseTooLarge` while the body streams in (or at once, from
//! `Content-Length`), never after buffering it whole and never by waiting for
//! the timeout. Applies to generated calls, raw requests and the token
//! endpoint. Error messages are capped at 4 KiB.

mod support;

use std::time::{Duration, Instant};

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use serde_json::json;
use support::{json as json_response, response, token, Action, Event, Server};

const LIMIT: u64 = 1 << 20;
/// Longer than any test should take; a client that waits for the body to
/// end hits it and fails with `Timeout` instead.
const TIMEOUT: Duration = Duration::from_secs(4);

/// Headers, then `sent` bytes of an endless chunked body, then a stall.
fn endless_chunked(sent: usize) -> Action {
    let mut out =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
            .to_vec();
    let chunk = vec![b' '; 64 * 1024];
    for _ in 0..sent / chunk.len() {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(&chunk);
        out.extend_from_slice(b"\r\n");
    }
    Action::Stall(out)
}

/// Headers announcing `declared` bytes, then a stall.
fn declared(status: u16, declared: u64) -> Action {
    Action::Stall(
        format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n{{")
            .into_bytes(),
    )
}

fn client_for(api: &Server) -> Client {
    Client::builder()
        .credentials(Credentials::api_key("size-key", format!("{}/v1", api.url())).unwrap())
        .retry_policy(RetryPolicy::disabled())
        .timeout(TIMEOUT)
        .max_response_size(LIMIT)
        .build()
        .unwrap()
}

fn assert_too_large(what: &str, got: las_client::Result<()>, started: Instant) {
    match got {
        Err(Error::ResponseTooLarge { limit, .. }) => assert_eq!(limit, LIMIT, "{what}"),
        other => panic!("{what}: expected ResponseTooLarge, got {other:?}"),
    }
    assert!(
        started.elapsed() < TIMEOUT / 2,
        "{what}: took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_endless_body_is_cut_at_the_limit() {
    let api = Server::start(|_, e| match e {
        Event::Accepted => Action::Respond(Vec::new()),
        Event::Request(_) => endless_chunked(4 << 20),
    })
    .await;
    let client = client_for(&api);
    let started = Instant::now();
    let got = client.documents().get("las:document:1").await.map(drop);
    assert_too_large("get_document", got, started);
    let started = Instant::now();
    let got = client
        .raw_request(reqwest::Method::GET, "/documents/x", None)
        .await
        .map(drop);
    assert_too_large("raw_request", got, started);
}

#[tokio::test]
async fn a_declared_length_over_the_limit_fails_at_once() {
    for status in [200, 400, 500] {
        let api = Server::start(move |_, e| match e {
            Event::Accepted => Action::Respond(Vec::new()),
            Event::Request(_) => declared(status, 60 << 20),
        })
        .await;
        let client = client_for(&api);
        let started = Instant::now();
        let got = client.documents().get("las:document:1").await.map(drop);
        assert_too_large(&format!("{status}"), got, started);
        let started = Instant::now();
        let got = client
            .raw_request(reqwest::Method::GET, "/documents/x", None)
            .await
            .map(drop);
        assert_too_large(&format!("raw {status}"), got, started);
    }
}

#[tokio::test]
async fn the_token_endpoint_is_bounded_too() {
    let auth = Server::start(|_, e| match e {
        Event::Accepted => Action::Respond(Vec::new()),
        Event::Request(_) => endless_chunked(4 << 20),
    })
    .await;
    let api = Server::always(json_response(200, &json!({}))).await;
    let client = Client::builder()
        .credentials(
            Credentials::client_credentials(
                "id",
                "secret",
                auth.url(),
                format!("{}/v1", api.url()),
            )
            .unwrap(),
        )
        .retry_policy(RetryPolicy::disabled())
        .timeout(TIMEOUT)
        .max_response_size(LIMIT)
        .build()
        .unwrap();
    let started = Instant::now();
    let got = client.datasets().list().send().await.map(drop);
    assert_too_large("token", got, started);
}

#[tokio::test]
async fn responses_under_the_limit_are_untouched() {
    let padding = "x".repeat((LIMIT as usize) - 4096);
    let body = json!({"datasets": [], "nextToken": null, "padding": padding});
    let api = Server::always(json_response(200, &body)).await;
    let client = client_for(&api);
    client
        .datasets()
        .list()
        .send()
        .await
        .expect("just under the limit");
    let auth = Server::always(token("t0ken-under", 3600)).await;
    let client = Client::builder()
        .credentials(
            Credentials::client_credentials(
                "id",
                "secret",
                auth.url(),
                format!("{}/v1", api.url()),
            )
            .unwrap(),
        )
        .max_response_size(LIMIT)
        .build()
        .unwrap();
    client
        .datasets()
        .list()
        .send()
        .await
        .expect("token and list");
}

#[tokio::test]
async fn the_default_limit_admits_a_response_larger_than_any_document() {
    // 12 MB of JSON: more than the 10 MB the API accepts in a request.
    let padding = "x".repeat(12_000_000);
    let body = json!({"datasets": [], "nextToken": null, "padding": padding});
    let api = Server::always(json_response(200, &body)).await;
    let client = Client::builder()
        .credentials(Credentials::api_key("size-key", format!("{}/v1", api.url())).unwrap())
        .build()
        .unwrap();
    client
        .datasets()
        .list()
        .send()
        .await
        .expect("under the default limit");
}

#[tokio::test]
async fn long_error_messages_are_capped() {
    let long = "é".repeat(100_000);
    let api = Server::always(json_response(400, &json!({"message": long}))).await;
    let client = Client::builder()
        .credentials(Credentials::api_key("size-key", format!("{}/v1", api.url())).unwrap())
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let e = client.datasets().get("las:dataset:1").await.unwrap_err();
    let shown = e.to_string();
    assert!(shown.len() <= 4096 + 64, "{} bytes", shown.len());
    let api = Server::always(response(
        502,
        &[("content-type", "text/html")],
        long.as_bytes(),
    ))
    .await;
    let client = Client::builder()
        .credentials(Credentials::api_key("size-key", format!("{}/v1", api.url())).unwrap())
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let e = client
        .raw_request(reqwest::Method::GET, "/x", None)
        .await
        .unwrap_err();
    assert!(
        e.to_string().len() <= 4096 + 64,
        "{} bytes",
        e.to_string().len()
    );
}
