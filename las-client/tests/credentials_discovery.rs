//! Credential discovery: environment variables, the credentials file, profiles
//! and the reasons reported when nothing is found. The environment is a map
//! passed to `Discovery::with_env`; the process environment is never touched.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use las_client::credentials::{Credentials, CredentialsKind, Discovery};
use las_client::Error;

const API: &str = "https://api.lucidtech.ai/v1";

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Self {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn credentials_file(&self) -> PathBuf {
        self.path().join(".lucidtech").join("credentials.cfg")
    }

    fn write(&self, text: &str) {
        let file = self.credentials_file();
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }

    /// Discovery with HOME pointing here, plus `vars`.
    fn discovery(&self, vars: &[(&str, &str)]) -> Discovery {
        let mut map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        map.insert("HOME".into(), self.path().display().to_string());
        Discovery::with_env(move |k| map.get(k).cloned())
    }
}

fn full_env() -> Vec<(&'static str, &'static str)> {
    vec![
        ("LAS_CLIENT_ID", "env-id"),
        ("LAS_CLIENT_SECRET", "env-secret"),
        ("LAS_AUTH_ENDPOINT", "auth.lucidtech.ai"),
        ("LAS_API_ENDPOINT", API),
    ]
}

const DEFAULT_FILE: &str = "\
# written like the Python SDK's docs show
[default]
client_id = file-id
client_secret = file-secret
auth_endpoint = auth.lucidtech.ai
api_endpoint = https://api.lucidtech.ai/v1

[prod]
client_id: prod-id
client_secret: prod\\secret;with#chars
auth_endpoint = https://auth.example.com/oauth2/token
api_endpoint = https://api.example.com/v1/
use_cache = true

[keyed]
api_key = file-api-key
api_endpoint = https://api.example.com/v1

[broken]
client_id = broken-id
client_secret = broken-secret-value
";

fn looked_at(result: las_client::Result<Credentials>) -> Vec<String> {
    match result {
        Err(Error::MissingCredentials { looked_at }) => looked_at,
        other => panic!("expected MissingCredentials, got {other:?}"),
    }
}

#[test]
fn all_four_environment_variables() {
    let home = Home::new();
    home.write(DEFAULT_FILE);
    let c = home.discovery(&full_env()).discover().unwrap();
    assert_eq!(c.kind(), CredentialsKind::ClientCredentials);
    assert_eq!(c.client_id(), Some("env-id"));
    assert_eq!(c.auth_endpoint(), Some("auth.lucidtech.ai"));
    assert_eq!(
        c.token_url(),
        Some("https://auth.lucidtech.ai/token?grant_type=client_credentials")
    );
    assert_eq!(c.api_endpoint(), API);
    assert!(
        c.token_cache().is_none(),
        "environment credentials are not cached on disk"
    );
}

#[test]
fn partial_environment_is_reported_and_the_file_is_used() {
    let home = Home::new();
    let vars = [("LAS_CLIENT_ID", "env-id"), ("LAS_API_ENDPOINT", API)];
    let l = looked_at(home.discovery(&vars).discover());
    assert_eq!(
        l,
        vec![
            "environment: LAS_CLIENT_ID and LAS_API_ENDPOINT are set but LAS_CLIENT_SECRET, LAS_AUTH_ENDPOINT are not"
                .to_string(),
            format!("file {}: not found", home.credentials_file().display()),
        ]
    );

    let vars = [
        ("LAS_CLIENT_ID", "env-id"),
        ("LAS_CLIENT_SECRET", "env-secret"),
        ("LAS_AUTH_ENDPOINT", "auth.lucidtech.ai"),
    ];
    let l = looked_at(home.discovery(&vars).discover());
    assert_eq!(
        l[0],
        "environment: LAS_CLIENT_ID, LAS_CLIENT_SECRET and LAS_AUTH_ENDPOINT are set but LAS_API_ENDPOINT is not"
    );
    assert!(l.iter().all(|s| !s.contains("env-secret")), "{l:?}");

    home.write(DEFAULT_FILE);
    let c = home.discovery(&vars).discover().unwrap();
    assert_eq!(c.client_id(), Some("file-id"));
}

#[test]
fn api_key_environment() {
    let home = Home::new();
    let c = home
        .discovery(&[("LAS_API_KEY", "env-key"), ("LAS_API_ENDPOINT", API)])
        .discover()
        .unwrap();
    assert_eq!(c.kind(), CredentialsKind::ApiKey);
    assert_eq!(c.api_endpoint(), API);
    assert_eq!(c.client_id(), None);

    // Client credentials win when both are complete.
    let mut vars = full_env();
    vars.push(("LAS_API_KEY", "env-key"));
    assert_eq!(
        home.discovery(&vars).discover().unwrap().kind(),
        CredentialsKind::ClientCredentials
    );

    let l = looked_at(home.discovery(&[("LAS_API_KEY", "env-key")]).discover());
    assert_eq!(
        l[0],
        "environment: LAS_API_KEY is set but LAS_API_ENDPOINT is not"
    );
    assert!(l.iter().all(|s| !s.contains("env-key")));
}

#[test]
fn file_default_section() {
    let home = Home::new();
    home.write(DEFAULT_FILE);
    let c = home.discovery(&[]).discover().unwrap();
    assert_eq!(c.client_id(), Some("file-id"));
    assert_eq!(c.api_endpoint(), API);
    assert!(c.token_cache().is_none());
}

#[test]
fn named_profile_from_las_profile_and_from_builder() {
    let home = Home::new();
    home.write(DEFAULT_FILE);
    // LAS_PROFILE selects the file's section even when the variables are complete.
    let mut vars = full_env();
    vars.push(("LAS_PROFILE", "prod"));
    let c = home.discovery(&vars).discover().unwrap();
    assert_eq!(c.client_id(), Some("prod-id"));
    assert_eq!(c.token_url(), Some("https://auth.example.com/oauth2/token"));
    assert_eq!(c.api_endpoint(), "https://api.example.com/v1");

    let c = home
        .discovery(&full_env())
        .profile("keyed")
        .discover()
        .unwrap();
    assert_eq!(c.kind(), CredentialsKind::ApiKey);
}

#[test]
fn use_cache_points_at_the_python_token_cache() {
    let home = Home::new();
    home.write(DEFAULT_FILE);
    let c = home
        .discovery(&[("LAS_PROFILE", "prod")])
        .discover()
        .unwrap();
    let cache = c.token_cache().expect("use_cache = true");
    assert_eq!(cache.profile(), "prod");
    assert_eq!(
        cache.path(),
        home.path().join(".lucidtech").join("token-cache.json")
    );

    home.write("[default]\nclient_id=a\nclient_secret=b\nauth_endpoint=c.d\napi_endpoint=https://e/v1\nuse_cache=False\n");
    assert!(home
        .discovery(&[])
        .discover()
        .unwrap()
        .token_cache()
        .is_none());
}

#[test]
fn missing_section_and_missing_keys() {
    let home = Home::new();
    home.write(DEFAULT_FILE);
    let file = home.credentials_file().display().to_string();

    let l = looked_at(home.discovery(&[("LAS_PROFILE", "staging")]).discover());
    assert_eq!(l.len(), 2, "{l:?}");
    assert!(
        l[0].starts_with("environment: LAS_PROFILE=staging selects profile [staging]"),
        "{l:?}"
    );
    assert_eq!(l[1], format!("file {file}: has no section [staging]"));

    let l = looked_at(home.discovery(&[]).profile("broken").discover());
    assert_eq!(
        l,
        vec![format!(
            "file {file}: section [broken] lacks auth_endpoint, api_endpoint"
        )]
    );
    assert!(!format!("{l:?}").contains("broken-secret-value"));

    home.write("[default]\nclient_id = x\napi_endpoint = https://a/v1\n");
    let l = looked_at(home.discovery(&[]).discover());
    assert_eq!(
        l[1],
        format!("file {file}: section [default] lacks client_secret, auth_endpoint")
    );

    home.write("[default]\nfoo = bar\n");
    let l = looked_at(home.discovery(&[]).discover());
    assert_eq!(
        l[1],
        format!(
            "file {file}: section [default] lacks client_id, client_secret, auth_endpoint, api_endpoint (or api_key, api_endpoint)"
        )
    );
}

#[test]
fn missing_file() {
    let home = Home::new();
    let l = looked_at(home.discovery(&[]).discover());
    assert_eq!(l.len(), 2);
    assert_eq!(
        l[1],
        format!("file {}: not found", home.credentials_file().display())
    );
    let e = home.discovery(&[]).discover().unwrap_err().to_string();
    assert!(
        e.starts_with("no LAS credentials found; looked at: environment: none of"),
        "{e}"
    );
}

#[test]
fn credentials_file_override() {
    let home = Home::new();
    let other = home.path().join("elsewhere.cfg");
    std::fs::write(
        &other,
        "[default]\napi_key = k\napi_endpoint = https://x/v1\n",
    )
    .unwrap();
    let c = home
        .discovery(&[("LAS_CREDENTIALS_FILE", other.to_str().unwrap())])
        .discover()
        .unwrap();
    assert_eq!(c.kind(), CredentialsKind::ApiKey);

    let c = home
        .discovery(&[])
        .credentials_file(&other)
        .discover()
        .unwrap();
    assert_eq!(c.kind(), CredentialsKind::ApiKey);
}

#[test]
fn default_section_values_apply_to_every_profile() {
    let home = Home::new();
    home.write(
        "[DEFAULT]\nauth_endpoint = auth.lucidtech.ai\napi_endpoint = https://api.lucidtech.ai/v1\n\n\
         [team]\nclient_id = t\nclient_secret = s\n",
    );
    let c = home.discovery(&[]).profile("team").discover().unwrap();
    assert_eq!(c.auth_endpoint(), Some("auth.lucidtech.ai"));
}

#[test]
fn invalid_values_are_invalid_input_with_context() {
    let home = Home::new();
    home.write("[default]\nclient_id=a\nclient_secret=very-secret\nauth_endpoint=a.b\napi_endpoint=not a url\n");
    match home.discovery(&[]).discover() {
        Err(Error::InvalidInput { what }) => {
            assert!(
                what.contains("[default]") && what.contains("api_endpoint"),
                "{what}"
            );
            assert!(!what.contains("very-secret"));
        }
        other => panic!("{other:?}"),
    }
    let mut vars = full_env();
    vars[3] = ("LAS_API_ENDPOINT", "ftp://x");
    match home.discovery(&vars).discover() {
        Err(Error::InvalidInput { what }) => assert!(what.starts_with("environment:"), "{what}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unparsable_file_is_reported_without_its_content() {
    let home = Home::new();
    home.write("[default\nclient_secret = leaked-secret\n");
    let l = looked_at(home.discovery(&[]).discover());
    assert!(l[1].contains("could not be parsed"), "{l:?}");
    assert!(!format!("{l:?}").contains("leaked-secret"));
}

#[test]
fn no_home_directory() {
    let l = looked_at(Discovery::with_env(|_| None).discover());
    assert!(l[1].contains("neither HOME nor USERPROFILE"), "{l:?}");
}
