//! Proxies: loopback endpoints always go direct (a proxy from the
//! environment or the builder never sees requests to them), and a proxy URL
//! that would carry credentials in cleartext to another host is refused
//! unless insecure http is allowed.
//!
//! Environment variables are process-wide, so this binary has one test that
//! runs its cases in sequence.

mod support;

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use serde_json::json;
use support::{json as json_response, token, Server};

const API_KEY: &str = "proxy-test-api-key-5678";
const PROXY_VARS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
];

fn clear_env() {
    for v in PROXY_VARS {
        // SAFETY: this binary's only test runs alone; nothing else reads the
        // environment concurrently.
        unsafe { std::env::remove_var(v) };
    }
}

fn set_env(name: &str, value: &str) {
    // SAFETY: see `clear_env`.
    unsafe { std::env::set_var(name, value) };
}

fn builder(endpoint: String) -> las_client::ClientBuilder {
    Client::builder()
        .credentials(Credentials::api_key(API_KEY, endpoint).unwrap())
        .retry_policy(RetryPolicy::disabled())
        .timeout(Duration::from_secs(5))
}

#[tokio::test]
async fn proxies_never_see_loopback_traffic_and_follow_the_cleartext_rule() {
    clear_env();
    let ok = json_response(200, &json!({"datasets": [], "nextToken": null}));

    // 1. A proxy from each environment variable: loopback endpoints
    //    (127.0.0.1 and localhost) go direct.
    for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] {
        for host in ["127.0.0.1", "localhost"] {
            clear_env();
            let proxy = Server::always(ok.clone()).await;
            let api = Server::always(ok.clone()).await;
            set_env(var, &proxy.url());
            let endpoint = format!("http://{host}:{}/v1", api.addr.port());
            let client = builder(endpoint).build().expect("client");
            client.datasets().list().send().await.expect("list");
            assert_eq!(
                proxy.connections(),
                0,
                "{var} proxy saw loopback traffic to {host}"
            );
            assert_eq!(api.requests().len(), 1, "{var} {host}");
        }
    }

    // 2. The token endpoint on loopback goes direct too.
    clear_env();
    let proxy = Server::always(ok.clone()).await;
    let auth = Server::always(token("proxy-token", 3600)).await;
    let api = Server::always(ok.clone()).await;
    set_env("HTTP_PROXY", &proxy.url());
    let client = Client::builder()
        .credentials(
            Credentials::client_credentials(
                "id",
                "proxy-secret",
                auth.url(),
                format!("{}/v1", api.url()),
            )
            .unwrap(),
        )
        .retry_policy(RetryPolicy::disabled())
        .build()
        .expect("client");
    client.datasets().list().send().await.expect("list");
    assert_eq!(
        proxy.connections(),
        0,
        "token request went through the proxy"
    );
    assert_eq!(auth.requests().len(), 1);

    // 3. An explicit proxy is bypassed for loopback endpoints as well.
    clear_env();
    let proxy = Server::always(ok.clone()).await;
    let api = Server::always(ok.clone()).await;
    let client = builder(format!("{}/v1", api.url()))
        .proxy(proxy.url())
        .build()
        .expect("client");
    client.datasets().list().send().await.expect("list");
    assert_eq!(
        proxy.connections(),
        0,
        "explicit proxy saw loopback traffic"
    );

    // 4. A proxy with credentials over cleartext http to another host is
    //    refused, from the builder and from the environment, unless allowed.
    clear_env();
    let https = "https://api.lucidtech.ai/v1".to_string();
    let refused = builder(https.clone())
        .proxy("http://user:proxy-pass@proxy.example.com:3128")
        .build()
        .unwrap_err();
    assert!(matches!(refused, Error::InvalidInput { .. }), "{refused:?}");
    assert!(!refused.to_string().contains("proxy-pass"), "{refused}");
    set_env(
        "HTTPS_PROXY",
        "http://user:proxy-pass@proxy.example.com:3128",
    );
    let refused = builder(https.clone()).build().unwrap_err();
    assert!(matches!(refused, Error::InvalidInput { .. }), "{refused:?}");
    assert!(!refused.to_string().contains("proxy-pass"), "{refused}");
    builder(https.clone())
        .allow_insecure_http(true)
        .build()
        .expect("allowed explicitly");
    // Without credentials, an http proxy for an https endpoint is a CONNECT
    // tunnel: the API credentials stay inside TLS.
    set_env("HTTPS_PROXY", "http://proxy.example.com:3128");
    builder(https.clone())
        .build()
        .expect("tunnel through an http proxy");
    // A loopback proxy with credentials is fine.
    builder(https)
        .proxy("http://user:pass@127.0.0.1:3128")
        .build()
        .expect("loopback proxy");
    clear_env();
}
