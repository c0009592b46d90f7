//! Values a server or a file controls never panic the client: huge, negative,
//! fractional and malformed `Retry-After`, token `expires_in` and token-cache
//! expiries are saturated, capped or ignored.
//!
//! A panic hook counts panics on any thread (the blocking pool included), so
//! a panic that the client would otherwise swallow still fails the test.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;
use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use serde_json::json;
use support::{json as json_response, response, Server};

static PANICS: AtomicUsize = AtomicUsize::new(0);

fn count_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            previous(info);
        }));
    });
}

fn policy() -> RetryPolicy {
    RetryPolicy::standard()
        .with_max_attempts(2)
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(5))
        .with_max_retry_after(Duration::from_millis(50))
}

const RETRY_AFTERS: &[&str] = &[
    "1e300",
    "99999999999999999999",
    "18446744073709551615",
    "18446744073709551616",
    "1.7976931348623157e308",
    "-1",
    "-0",
    "NaN",
    "inf",
    "-inf",
    "0.0000001",
    "",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Thu, 01 Jan 1970 00:00:00 GMT",
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "garbage",
];

#[tokio::test]
async fn retry_after_values_never_panic() {
    count_panics();
    for value in RETRY_AFTERS {
        let server = Server::always(response(
            429,
            &[("retry-after", value)],
            br#"{"message":"Too Many Requests"}"#,
        ))
        .await;
        let client = Client::builder()
            .credentials(Credentials::api_key("k", format!("{}/v1", server.url())).unwrap())
            .retry_policy(policy())
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        let got = client.documents().get("las:document:1").await;
        assert!(
            matches!(got, Err(Error::TooManyRequests { .. })),
            "{value:?}: {got:?}"
        );
        let raw = client
            .raw_request(reqwest::Method::GET, "/documents", None)
            .await;
        assert!(
            matches!(raw, Err(Error::TooManyRequests { .. })),
            "{value:?}: {raw:?}"
        );
        // Display of the error must not panic either.
        let _ = got.unwrap_err().to_string();
    }
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "a Retry-After value panicked"
    );
}

/// A token endpoint on a loopback server answering `expires_in` with `value`,
/// and an API that answers 200 to one list call.
async fn token_then_call(expires_in: serde_json::Value) -> (las_client::Result<()>, usize) {
    let auth = Server::always(json_response(
        200,
        &json!({"access_token": "value-token", "token_type": "Bearer", "expires_in": expires_in}),
    ))
    .await;
    let api = Server::always(json_response(
        200,
        &json!({"datasets": [], "nextToken": null}),
    ))
    .await;
    let client = Client::builder()
        .credentials(
            Credentials::client_credentials(
                "id",
                "s3cret-value",
                auth.url(),
                format!("{}/v1", api.url()),
            )
            .unwrap(),
        )
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let first = client.datasets().list().send().await.map(drop);
    let second = client.datasets().list().send().await.map(drop);
    (first.and(second), auth.requests().len())
}

#[tokio::test]
async fn token_lifetimes_never_panic() {
    count_panics();
    for value in [
        json!(1e300),
        json!(10_000_000_000_000_000_000u64),
        json!(u64::MAX),
        json!(1.8e19),
        json!(f64::MAX),
        json!(-5),
        json!(-1e300),
        json!(0),
        json!(0.5),
        json!(null),
    ] {
        let (outcome, _) = token_then_call(value.clone()).await;
        assert!(outcome.is_ok(), "expires_in {value}: {outcome:?}");
    }
    // Not a number: a typed error, not a panic.
    let (outcome, _) = token_then_call(json!("3600")).await;
    assert!(matches!(outcome, Err(Error::Decode { .. })), "{outcome:?}");
    // A huge lifetime is capped, not overflowed: the token is still reused.
    let (_, token_requests) = token_then_call(json!(1e300)).await;
    assert_eq!(token_requests, 1);
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "an expires_in value panicked"
    );
}

#[tokio::test]
async fn token_cache_values_never_panic() {
    count_panics();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("token-cache.json");
    // Far-future expiries: the cached token is used (saturated, not a panic
    // on the blocking pool that would silently fall back to a new token).
    for expiry in [
        json!(1e300),
        json!(10_000_000_000_000_000_000u64),
        json!(u64::MAX),
        json!(f64::MAX),
        json!(1e19),
    ] {
        let auth = Server::always(json_response(
            200,
            &json!({"access_token": "fresh", "expires_in": 3600}),
        ))
        .await;
        let api = Server::always(json_response(
            200,
            &json!({"datasets": [], "nextToken": null}),
        ))
        .await;
        std::fs::write(
            &path,
            json!({"default": {"access_token": "cached-token", "expires_in": expiry}}).to_string(),
        )
        .unwrap();
        let client = Client::builder()
            .credentials(
                Credentials::client_credentials("id", "s", auth.url(), format!("{}/v1", api.url()))
                    .unwrap()
                    .with_token_cache("default", &path),
            )
            .retry_policy(RetryPolicy::disabled())
            .build()
            .unwrap();
        client.datasets().list().send().await.expect("list");
        assert_eq!(
            auth.requests().len(),
            0,
            "expiry {expiry}: cached token not used"
        );
        let sent = &api.requests()[0];
        assert_eq!(
            sent.header("authorization"),
            Some("Bearer cached-token"),
            "{expiry}"
        );
    }
    // Past, negative and malformed expiries: ignored, a new token is fetched.
    for expiry in [
        json!(-1),
        json!(-1e300),
        json!("NaN"),
        json!(0),
        json!(null),
    ] {
        let auth = Server::always(json_response(
            200,
            &json!({"access_token": "fresh", "expires_in": 3600}),
        ))
        .await;
        let api = Server::always(json_response(
            200,
            &json!({"datasets": [], "nextToken": null}),
        ))
        .await;
        std::fs::write(
            &path,
            json!({"default": {"access_token": "cached-token", "expires_in": expiry}}).to_string(),
        )
        .unwrap();
        let client = Client::builder()
            .credentials(
                Credentials::client_credentials("id", "s", auth.url(), format!("{}/v1", api.url()))
                    .unwrap()
                    .with_token_cache("default", &path),
            )
            .retry_policy(RetryPolicy::disabled())
            .build()
            .unwrap();
        client.datasets().list().send().await.expect("list");
        assert_eq!(auth.requests().len(), 1, "expiry {expiry}");
    }
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "a token-cache value panicked"
    );
}

#[tokio::test]
async fn a_client_wide_pause_with_an_unbounded_limit_never_panics() {
    count_panics();
    // With no upper bound on Retry-After, a 429 with a far-future date must
    // still not overflow the pause deadline. The call is abandoned by a
    // timeout around it.
    let server = Server::always(response(
        429,
        &[("retry-after", "99999999999999999999")],
        br#"{"message":"Too Many Requests"}"#,
    ))
    .await;
    let client = Client::builder()
        .credentials(Credentials::api_key("k", format!("{}/v1", server.url())).unwrap())
        .retry_policy(policy().with_max_retry_after(Duration::MAX))
        .build()
        .unwrap();
    let got = tokio::time::timeout(
        Duration::from_millis(300),
        client.documents().get("las:document:1"),
    )
    .await;
    assert!(got.is_err(), "the client honoured a capped pause: {got:?}");
    assert_eq!(PANICS.load(Ordering::SeqCst), 0, "the pause panicked");
}
