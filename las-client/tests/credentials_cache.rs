//! The on-disk token cache, in the Python SDK's format:
//! `{"<profile>": {"access_token": "...", "expires_in": <epoch seconds>}}`.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use las_client::credentials::{AuthOptions, Authenticator, Credentials};
use serde_json::{json, Value};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

struct Tokens(Arc<AtomicUsize>);

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        ResponseTemplate::new(200).set_body_json(json!({
            "access_token": format!("tok-{n}"),
            "token_type": "Bearer",
            "expires_in": 3600,
        }))
    }
}

async fn token_server() -> (MockServer, Arc<AtomicUsize>) {
    let server = MockServer::start().await;
    let issued = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .respond_with(Tokens(issued.clone()))
        .mount(&server)
        .await;
    (server, issued)
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

fn authenticator(server: &MockServer, profile: &str, cache: &Path) -> Authenticator {
    let c = Credentials::client_credentials("id", "secret", server.uri(), "http://127.0.0.1:1/v1")
        .unwrap()
        .with_token_cache(profile, cache);
    Authenticator::new(c, reqwest::Client::new(), AuthOptions::default()).unwrap()
}

/// What `json.dumps(cache, indent=2)` in the Python SDK produces.
fn python_cache(entries: &[(&str, &str, f64)]) -> String {
    let map: serde_json::Map<String, Value> = entries
        .iter()
        .map(|(p, t, e)| (p.to_string(), json!({"access_token": t, "expires_in": e})))
        .collect();
    serde_json::to_string_pretty(&Value::Object(map)).unwrap()
}

fn read(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[tokio::test]
async fn a_token_written_by_the_python_sdk_is_used() {
    let (server, issued) = token_server().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("token-cache.json");
    std::fs::write(
        &path,
        python_cache(&[("default", "py-token", now() + 3000.5)]),
    )
    .unwrap();

    let auth = authenticator(&server, "default", &path);
    assert_eq!(auth.header().await.unwrap().1, "Bearer py-token");
    assert_eq!(auth.header().await.unwrap().1, "Bearer py-token");
    assert_eq!(issued.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn an_expiring_cached_token_is_replaced_and_the_file_updated() {
    let (server, issued) = token_server().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("token-cache.json");
    // Expires within the 60 s margin; another profile's entry must survive.
    std::fs::write(
        &path,
        python_cache(&[
            ("default", "old-token", now() + 30.0),
            ("other", "other-token", 1234.5),
        ]),
    )
    .unwrap();

    let auth = authenticator(&server, "default", &path);
    let before = now();
    assert_eq!(auth.header().await.unwrap().1, "Bearer tok-1");
    assert_eq!(issued.load(Ordering::SeqCst), 1);

    let v = read(&path);
    let map = v.as_object().unwrap();
    assert_eq!(map.len(), 2);
    assert_eq!(
        v["other"],
        json!({"access_token": "other-token", "expires_in": 1234.5})
    );
    let entry = v["default"].as_object().unwrap();
    assert_eq!(entry.len(), 2);
    assert_eq!(entry["access_token"], "tok-1");
    let expiry = entry["expires_in"].as_f64().unwrap();
    assert!(
        expiry >= before + 3598.0 && expiry <= now() + 3600.0,
        "{expiry}"
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // No temporary files are left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("token-cache.json")]);
}

#[tokio::test]
async fn a_second_authenticator_reuses_the_written_token() {
    let (server, issued) = token_server().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".lucidtech").join("token-cache.json");

    let first = authenticator(&server, "prod", &path);
    assert_eq!(first.header().await.unwrap().1, "Bearer tok-1");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o700, "a created cache directory is private");
    }
    let second = authenticator(&server, "prod", &path);
    assert_eq!(second.header().await.unwrap().1, "Bearer tok-1");
    assert_eq!(issued.load(Ordering::SeqCst), 1);

    // A different profile in the same file gets its own token.
    let third = authenticator(&server, "staging", &path);
    assert_eq!(third.header().await.unwrap().1, "Bearer tok-2");
    let v = read(&path);
    assert_eq!(v["prod"]["access_token"], "tok-1");
    assert_eq!(v["staging"]["access_token"], "tok-2");
}

#[tokio::test]
async fn corrupt_or_foreign_cache_files_are_ignored() {
    for text in [
        "{ not json",
        "[1, 2, 3]",
        r#"{"default": {"token": "x"}}"#,
        r#"{"default": 5}"#,
        "",
    ] {
        let (server, issued) = token_server().await;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("token-cache.json");
        std::fs::write(&path, text).unwrap();
        let auth = authenticator(&server, "default", &path);
        assert_eq!(auth.header().await.unwrap().1, "Bearer tok-1", "{text}");
        assert_eq!(issued.load(Ordering::SeqCst), 1);
        assert_eq!(read(&path)["default"]["access_token"], "tok-1", "{text}");
    }
}

#[tokio::test]
async fn an_unwritable_cache_is_not_an_error() {
    let (server, _) = token_server().await;
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").unwrap();
    // The cache's directory would have to be inside a regular file.
    let auth = authenticator(&server, "default", &blocker.join("token-cache.json"));
    assert_eq!(auth.header().await.unwrap().1, "Bearer tok-1");
}

#[tokio::test]
async fn a_rejected_token_is_not_taken_back_from_disk() {
    let (server, issued) = token_server().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("token-cache.json");
    std::fs::write(
        &path,
        python_cache(&[("default", "py-token", now() + 3000.0)]),
    )
    .unwrap();

    let auth = authenticator(&server, "default", &path);
    let rejected = auth.header().await.unwrap().1;
    assert_eq!(rejected, "Bearer py-token");
    auth.invalidate(&rejected).await;
    assert_eq!(auth.header().await.unwrap().1, "Bearer tok-1");
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    assert_eq!(read(&path)["default"]["access_token"], "tok-1");
}

#[tokio::test]
async fn the_disk_token_must_outlive_the_margin() {
    let (server, issued) = token_server().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("token-cache.json");
    std::fs::write(
        &path,
        python_cache(&[("default", "py-token", now() + 100.0)]),
    )
    .unwrap();
    let c = Credentials::client_credentials("id", "secret", server.uri(), "http://127.0.0.1:1/v1")
        .unwrap()
        .with_token_cache("default", &path);
    let options = AuthOptions::default().refresh_margin(Duration::from_secs(120));
    let auth = Authenticator::new(c, reqwest::Client::new(), options).unwrap();
    assert_eq!(auth.header().await.unwrap().1, "Bearer tok-1");
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}
