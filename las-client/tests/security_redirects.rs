//! Redirects are never followed: a 3xx from the API or the token endpoint is
//! a typed `Error::Redirect` naming only the target's origin, and the target
//! receives nothing (no API key, no token, no client secret, no body).

mod support;

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use serde_json::json;
use support::{response, token, Action, Event, Server};

const API_KEY: &str = "redirect-test-api-key-1234";
const SECRET: &str = "redirect-test-client-secret";
const TOKEN: &str = "redirect-test-access-token";
const PDF: &[u8] = b"%PDF-1.4\nredirect-secret-document-body\n";

fn redirect(status: u16, to: &str) -> Vec<u8> {
    response(status, &[("location", to)], b"")
}

fn api_key_client(api: &Server) -> Client {
    Client::builder()
        .credentials(Credentials::api_key(API_KEY, format!("{}/v1", api.url())).unwrap())
        .retry_policy(RetryPolicy::disabled())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

fn oauth_client(api: &Server, auth: &Server) -> Client {
    Client::builder()
        .credentials(
            Credentials::client_credentials(
                "redirect-id",
                SECRET,
                auth.url(),
                format!("{}/v1", api.url()),
            )
            .unwrap(),
        )
        .retry_policy(RetryPolicy::disabled())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

/// GET, PATCH, DELETE and two POSTs with bodies, through one client.
async fn every_kind_of_call(client: &Client) -> Vec<(&'static str, las_client::Result<()>)> {
    vec![
        (
            "GET",
            client.documents().get("las:document:1").await.map(drop),
        ),
        (
            "PATCH",
            client
                .datasets()
                .update("las:dataset:1")
                .name("n")
                .send()
                .await
                .map(drop),
        ),
        (
            "DELETE",
            client.models().delete("las:model:1").await.map(drop),
        ),
        (
            "POST json",
            client
                .datasets()
                .create()
                .name("redirected")
                .send()
                .await
                .map(drop),
        ),
        (
            "POST document",
            client.documents().create(PDF).send().await.map(drop),
        ),
        (
            "POST raw",
            client
                .raw_request(
                    reqwest::Method::POST,
                    "/documents",
                    Some(&json!({"content": "c2VjcmV0"})),
                )
                .await
                .map(drop),
        ),
    ]
}

fn assert_redirect_refused(
    outcomes: Vec<(&str, las_client::Result<()>)>,
    status: u16,
    target: &Server,
) {
    for (what, outcome) in outcomes {
        match outcome {
            Err(Error::Redirect {
                status: s,
                location,
            }) => {
                assert_eq!(s, status, "{what}");
                assert_eq!(location.as_deref(), Some(target.url().as_str()), "{what}");
            }
            other => panic!("{what} after {status}: expected Error::Redirect, got {other:?}"),
        }
    }
    assert_eq!(
        target.connections(),
        0,
        "the redirect target received: {:?}",
        target
            .requests()
            .iter()
            .map(|r| r.all_text())
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn api_key_is_never_sent_to_a_redirect_target() {
    for status in [301, 302, 303, 307, 308] {
        let target = Server::always(response(200, &[], b"{}")).await;
        let to = format!("{}/v1/users?token=abc", target.url());
        let api = Server::always(redirect(status, &to)).await;
        let client = api_key_client(&api);
        let outcomes = every_kind_of_call(&client).await;
        assert_redirect_refused(outcomes, status, &target);
        // The API itself got each request once.
        assert_eq!(api.requests().len(), 6, "{status}");
    }
}

#[tokio::test]
async fn bearer_token_is_never_sent_to_a_redirect_target() {
    for status in [302, 307] {
        let target = Server::always(response(200, &[], b"{}")).await;
        let to = format!("{}/elsewhere", target.url());
        let auth = Server::always(token(TOKEN, 3600)).await;
        let api = Server::always(redirect(status, &to)).await;
        let client = oauth_client(&api, &auth);
        let outcomes = every_kind_of_call(&client).await;
        assert_redirect_refused(outcomes, status, &target);
    }
}

#[tokio::test]
async fn the_token_endpoint_redirect_is_not_followed() {
    for status in [302, 307] {
        let target = Server::always(token("stolen", 3600)).await;
        let to = format!("{}/token", target.url());
        let auth = Server::start(move |_, e| match e {
            Event::Accepted => Action::Respond(Vec::new()),
            Event::Request(_) => Action::Respond(redirect(status, &to)),
        })
        .await;
        let api = Server::always(response(200, &[], b"{}")).await;
        let client = oauth_client(&api, &auth);
        let outcome = client.documents().get("las:document:1").await.map(drop);
        assert_redirect_refused(vec![("token", outcome)], status, &target);
        assert_eq!(api.connections(), 0, "no API request without a token");
        for r in auth.requests() {
            assert!(
                !r.all_text().contains(SECRET),
                "the secret travels only in Basic auth"
            );
        }
    }
}

#[tokio::test]
async fn a_redirect_to_the_same_origin_is_not_followed_either() {
    let api = Server::start(|n, e| match e {
        Event::Request(_) if n == 0 => Action::Respond(redirect(307, "/v1/documents/other")),
        _ => Action::Respond(response(200, &[], b"{}")),
    })
    .await;
    let client = api_key_client(&api);
    match client.documents().get("las:document:1").await {
        Err(Error::Redirect {
            status: 307,
            location,
        }) => {
            assert_eq!(location.as_deref(), Some(api.url().as_str()))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(api.requests().len(), 1);
}
