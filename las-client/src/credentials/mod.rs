//! Credentials for the LAS API: where they come from and how they become an
//! `Authorization` header.
//!
//! * [`Credentials`] holds either OAuth2 client credentials (client id and
//!   secret, exchanged for a bearer token) or an API key.
//! * [`Discovery`] finds them the way the Python SDK does: environment
//!   variables, then `~/.lucidtech/credentials.cfg`.
//! * [`Authenticator`] turns them into a header, caching tokens in memory and,
//!   when asked, in `~/.lucidtech/token-cache.json` (shared with the Python
//!   SDK).
//!
//! Secrets (client secret, API key, tokens) never appear in `Debug` output,
//! errors or logs.
//!
//! ```no_run
//! use las_client::credentials::{AuthOptions, Authenticator, Credentials};
//!
//! # async fn run() -> las_client::Result<()> {
//! let credentials = Credentials::discover()?;
//! let auth = Authenticator::new(credentials, reqwest::Client::new(), AuthOptions::default())?;
//! let (name, value) = auth.header().await?;
//! # let _ = (name, value);
//! # Ok(())
//! # }
//! ```

mod auth;
pub(crate) mod cache;
mod discover;
mod endpoint;
mod http;
mod redact;

use std::fmt;
use std::path::{Path, PathBuf};

use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

use crate::{Error, Result};

pub(crate) use auth::parse_token_response;
pub use auth::{AuthOptions, Authenticator};
pub use discover::Discovery;
pub use endpoint::ensure_secure_endpoint;
pub(crate) use endpoint::is_loopback;
pub(crate) use redact::Redactor;

/// The longest a token is trusted to live, whatever the token endpoint or
/// the token cache says: a longer `expires_in` is taken as this (the token
/// is simply refreshed sooner), so that no server or file value can
/// overflow a clock computation.
pub(crate) const MAX_TOKEN_LIFETIME: std::time::Duration =
    std::time::Duration::from_secs(24 * 3600);

/// Credentials for the LAS API: OAuth2 client credentials or an API key.
///
/// Build them explicitly with [`client_credentials`](Self::client_credentials)
/// or [`api_key`](Self::api_key), or find them with
/// [`discover`](Self::discover). `Debug` shows the client id and endpoints but
/// never the client secret or the API key.
///
/// ```
/// use las_client::credentials::Credentials;
///
/// let c = Credentials::client_credentials(
///     "my-client-id",
///     "my-secret",
///     "auth.lucidtech.ai",
///     "https://api.lucidtech.ai/v1",
/// )?;
/// assert_eq!(c.api_endpoint(), "https://api.lucidtech.ai/v1");
/// assert!(!format!("{c:?}").contains("my-secret"));
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct Credentials {
    kind: Kind,
    api_endpoint: String,
}

#[derive(Clone)]
enum Kind {
    ClientCredentials {
        client_id: String,
        client_secret: SecretString,
        auth_endpoint: String,
        token_url: String,
        token_cache: Option<TokenCache>,
    },
    ApiKey {
        api_key: SecretString,
    },
}

/// Which kind of [`Credentials`] these are.
///
/// ```
/// use las_client::credentials::{Credentials, CredentialsKind};
///
/// let c = Credentials::api_key("k", "https://api.lucidtech.ai/v1")?;
/// assert_eq!(c.kind(), CredentialsKind::ApiKey);
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsKind {
    /// OAuth2 client credentials, exchanged for a bearer token.
    ClientCredentials,
    /// An API key, sent as `x-api-key`.
    ApiKey,
}

/// Where tokens of one profile are kept on disk: the profile name (the key in
/// the JSON file) and the file.
///
/// ```
/// use las_client::credentials::Credentials;
///
/// let c = Credentials::client_credentials("id", "secret", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?
///     .with_token_cache("default", "/tmp/token-cache.json");
/// let cache = c.token_cache().unwrap();
/// assert_eq!(cache.profile(), "default");
/// assert_eq!(cache.path(), std::path::Path::new("/tmp/token-cache.json"));
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenCache {
    profile: String,
    path: PathBuf,
}

impl TokenCache {
    /// The profile name, the key of this profile's entry in the file.
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// # let c = Credentials::client_credentials("id", "s", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?
    /// #     .with_token_cache("prod", "/tmp/t.json");
    /// assert_eq!(c.token_cache().unwrap().profile(), "prod");
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// The JSON file.
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// # let c = Credentials::client_credentials("id", "s", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?
    /// #     .with_token_cache("prod", "/tmp/t.json");
    /// assert!(c.token_cache().unwrap().path().ends_with("t.json"));
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The token cache file the Python SDK uses: `$HOME/.lucidtech/token-cache.json`
/// (`USERPROFILE` when `HOME` is not set); `None` when neither is set.
///
/// ```
/// if let Some(path) = las_client::credentials::default_token_cache_path() {
///     assert!(path.ends_with(".lucidtech/token-cache.json"));
/// }
/// ```
pub fn default_token_cache_path() -> Option<PathBuf> {
    discover::home_dir(&|k| std::env::var(k).ok())
        .map(|h| h.join(".lucidtech").join("token-cache.json"))
}

impl Credentials {
    /// OAuth2 client credentials.
    ///
    /// `auth_endpoint` is either a host or a URL; the token is requested from:
    ///
    /// | `auth_endpoint`                         | token URL                                                   |
    /// |-----------------------------------------|-------------------------------------------------------------|
    /// | `auth.lucidtech.ai` (host, Python form)  | `https://auth.lucidtech.ai/token?grant_type=client_credentials` |
    /// | `http://127.0.0.1:8080` (URL, no path)   | `http://127.0.0.1:8080/token?grant_type=client_credentials`     |
    /// | `https://auth.lucidtech.ai/oauth2/token` (URL with a path) | that URL, unchanged                      |
    ///
    /// The request is a `POST` with the client id and secret in HTTP Basic
    /// auth and `grant_type=client_credentials` in the form body.
    /// `api_endpoint` is the API's base URL (for example
    /// `https://api.lucidtech.ai/v1`); a trailing `/` is dropped.
    ///
    /// Empty values and unparsable URLs are [`Error::InvalidInput`]. Plain
    /// `http://` is accepted here and checked when an
    /// [`Authenticator`] is built (see [`ensure_secure_endpoint`]).
    ///
    /// ```
    /// use las_client::credentials::Credentials;
    ///
    /// let c = Credentials::client_credentials("id", "secret", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?;
    /// assert_eq!(c.token_url(), Some("https://auth.lucidtech.ai/token?grant_type=client_credentials"));
    /// assert!(Credentials::client_credentials("id", "", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1").is_err());
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn client_credentials(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        auth_endpoint: impl Into<String>,
        api_endpoint: impl Into<String>,
    ) -> Result<Self> {
        let client_id = non_empty("client_id", client_id.into())?;
        let client_secret = SecretString::from(client_secret.into());
        if client_secret.expose_secret().trim().is_empty() {
            return Err(Error::invalid_input("client_secret is empty"));
        }
        let auth_endpoint = non_empty("auth_endpoint", auth_endpoint.into())?;
        let token_url = endpoint::token_url(&auth_endpoint)?;
        let api_endpoint = endpoint::api_endpoint(api_endpoint.into())?;
        Ok(Credentials {
            kind: Kind::ClientCredentials {
                client_id,
                client_secret,
                auth_endpoint,
                token_url,
                token_cache: None,
            },
            api_endpoint,
        })
    }

    /// An API key, sent as the `x-api-key` header.
    ///
    /// An empty key, or one that cannot be a header value, is
    /// [`Error::InvalidInput`].
    ///
    /// ```
    /// use las_client::credentials::Credentials;
    ///
    /// let c = Credentials::api_key("my-key", "https://api.lucidtech.ai/v1/")?;
    /// assert_eq!(c.api_endpoint(), "https://api.lucidtech.ai/v1");
    /// assert!(!format!("{c:?}").contains("my-key"));
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn api_key(api_key: impl Into<String>, api_endpoint: impl Into<String>) -> Result<Self> {
        let api_key = SecretString::from(api_key.into());
        if api_key.expose_secret().trim().is_empty() {
            return Err(Error::invalid_input("api_key is empty"));
        }
        if HeaderValue::from_str(api_key.expose_secret()).is_err() {
            return Err(Error::invalid_input(
                "api_key contains characters that are not allowed in an HTTP header",
            ));
        }
        let api_endpoint = endpoint::api_endpoint(api_endpoint.into())?;
        Ok(Credentials {
            kind: Kind::ApiKey { api_key },
            api_endpoint,
        })
    }

    /// Finds credentials in the process environment: `LAS_PROFILE`, the
    /// `LAS_*` variables, then the credentials file. Same as
    /// [`Discovery::new().discover()`](Discovery::discover), which documents
    /// the order.
    ///
    /// ```no_run
    /// let credentials = las_client::credentials::Credentials::discover()?;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn discover() -> Result<Self> {
        Discovery::new().discover()
    }

    /// The same chain as [`discover`](Self::discover) (environment variables,
    /// then the credentials file), under the name other SDKs use.
    ///
    /// ```no_run
    /// let credentials = las_client::credentials::Credentials::from_env()?;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn from_env() -> Result<Self> {
        Discovery::new().discover()
    }

    /// Reads the profile `name` (a section) of the credentials file; the
    /// `LAS_*` credential variables are not consulted. Same as
    /// [`Discovery::new().profile(name).discover()`](Discovery::profile).
    ///
    /// ```no_run
    /// let credentials = las_client::credentials::Credentials::from_profile("prod")?;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn from_profile(name: impl Into<String>) -> Result<Self> {
        Discovery::new().profile(name).discover()
    }

    /// Keeps tokens in `path` (the Python SDK's JSON format) under the key
    /// `profile`, so that other processes, and the Python SDK, can reuse
    /// them. Has no effect on API-key credentials.
    ///
    /// ```
    /// use las_client::credentials::Credentials;
    ///
    /// let c = Credentials::client_credentials("id", "secret", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?
    ///     .with_token_cache("default", "/home/me/.lucidtech/token-cache.json");
    /// assert!(c.token_cache().is_some());
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn with_token_cache(
        mut self,
        profile: impl Into<String>,
        path: impl Into<PathBuf>,
    ) -> Self {
        if let Kind::ClientCredentials { token_cache, .. } = &mut self.kind {
            *token_cache = Some(TokenCache {
                profile: profile.into(),
                path: path.into(),
            });
        }
        self
    }

    /// Keeps tokens in memory only.
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// let c = Credentials::client_credentials("id", "secret", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?
    ///     .with_token_cache("default", "/tmp/t.json")
    ///     .without_token_cache();
    /// assert!(c.token_cache().is_none());
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn without_token_cache(mut self) -> Self {
        if let Kind::ClientCredentials { token_cache, .. } = &mut self.kind {
            *token_cache = None;
        }
        self
    }

    /// The API's base URL, without a trailing `/`.
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// let c = Credentials::api_key("k", "https://api.lucidtech.ai/v1")?;
    /// assert_eq!(c.api_endpoint(), "https://api.lucidtech.ai/v1");
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn api_endpoint(&self) -> &str {
        &self.api_endpoint
    }

    /// Which kind of credentials these are.
    ///
    /// ```
    /// # use las_client::credentials::{Credentials, CredentialsKind};
    /// let c = Credentials::client_credentials("id", "s", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?;
    /// assert_eq!(c.kind(), CredentialsKind::ClientCredentials);
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn kind(&self) -> CredentialsKind {
        match self.kind {
            Kind::ClientCredentials { .. } => CredentialsKind::ClientCredentials,
            Kind::ApiKey { .. } => CredentialsKind::ApiKey,
        }
    }

    /// The OAuth2 client id (`None` for an API key).
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// let c = Credentials::client_credentials("id", "s", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?;
    /// assert_eq!(c.client_id(), Some("id"));
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn client_id(&self) -> Option<&str> {
        match &self.kind {
            Kind::ClientCredentials { client_id, .. } => Some(client_id),
            Kind::ApiKey { .. } => None,
        }
    }

    /// The auth endpoint as given (`None` for an API key).
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// let c = Credentials::client_credentials("id", "s", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?;
    /// assert_eq!(c.auth_endpoint(), Some("auth.lucidtech.ai"));
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn auth_endpoint(&self) -> Option<&str> {
        match &self.kind {
            Kind::ClientCredentials { auth_endpoint, .. } => Some(auth_endpoint),
            Kind::ApiKey { .. } => None,
        }
    }

    /// The URL tokens are requested from (`None` for an API key); see
    /// [`client_credentials`](Self::client_credentials) for how it follows
    /// from the auth endpoint.
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// let c = Credentials::client_credentials("id", "s", "https://auth.lucidtech.ai/oauth2/token", "https://api.lucidtech.ai/v1")?;
    /// assert_eq!(c.token_url(), Some("https://auth.lucidtech.ai/oauth2/token"));
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn token_url(&self) -> Option<&str> {
        match &self.kind {
            Kind::ClientCredentials { token_url, .. } => Some(token_url),
            Kind::ApiKey { .. } => None,
        }
    }

    /// Where tokens are cached on disk, if anywhere.
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// let c = Credentials::client_credentials("id", "s", "auth.lucidtech.ai", "https://api.lucidtech.ai/v1")?;
    /// assert!(c.token_cache().is_none());
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn token_cache(&self) -> Option<&TokenCache> {
        match &self.kind {
            Kind::ClientCredentials { token_cache, .. } => token_cache.as_ref(),
            Kind::ApiKey { .. } => None,
        }
    }

    /// Checks that neither the token URL nor the API endpoint is cleartext
    /// `http://` to a host other than loopback, unless `allow_insecure_http`;
    /// see [`ensure_secure_endpoint`].
    ///
    /// ```
    /// # use las_client::credentials::Credentials;
    /// let c = Credentials::api_key("k", "http://api.example.com/v1")?;
    /// assert!(c.ensure_secure(false).is_err());
    /// assert!(c.ensure_secure(true).is_ok());
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn ensure_secure(&self, allow_insecure_http: bool) -> Result<()> {
        if let Some(token_url) = self.token_url() {
            ensure_secure_endpoint(token_url, allow_insecure_http)?;
        }
        ensure_secure_endpoint(&self.api_endpoint, allow_insecure_http)
    }

    pub(crate) fn client_secret(&self) -> Option<&SecretString> {
        match &self.kind {
            Kind::ClientCredentials { client_secret, .. } => Some(client_secret),
            Kind::ApiKey { .. } => None,
        }
    }

    pub(crate) fn api_key_secret(&self) -> Option<&SecretString> {
        match &self.kind {
            Kind::ApiKey { api_key } => Some(api_key),
            Kind::ClientCredentials { .. } => None,
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::ClientCredentials {
                client_id,
                auth_endpoint,
                token_url,
                token_cache,
                ..
            } => f
                .debug_struct("Credentials")
                .field("kind", &CredentialsKind::ClientCredentials)
                .field("client_id", client_id)
                .field("client_secret", &"[REDACTED]")
                .field("auth_endpoint", auth_endpoint)
                .field("token_url", token_url)
                .field("api_endpoint", &self.api_endpoint)
                .field("token_cache", token_cache)
                .finish(),
            Kind::ApiKey { .. } => f
                .debug_struct("Credentials")
                .field("kind", &CredentialsKind::ApiKey)
                .field("api_key", &"[REDACTED]")
                .field("api_endpoint", &self.api_endpoint)
                .finish(),
        }
    }
}

fn non_empty(what: &str, value: String) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(Error::invalid_input(format!("{what} is empty")))
    } else if trimmed.len() == value.len() {
        Ok(value)
    } else {
        Ok(trimmed.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_are_invalid_input() {
        let api = "https://api.lucidtech.ai/v1";
        for (id, secret, auth) in [("", "s", "a.b"), ("i", " ", "a.b"), ("i", "s", "")] {
            let e = Credentials::client_credentials(id, secret, auth, api).unwrap_err();
            assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
        }
        assert!(matches!(
            Credentials::client_credentials("i", "s", "a.b", "").unwrap_err(),
            Error::InvalidInput { .. }
        ));
        assert!(matches!(
            Credentials::api_key("", api).unwrap_err(),
            Error::InvalidInput { .. }
        ));
        assert!(matches!(
            Credentials::api_key("bad\nkey", api).unwrap_err(),
            Error::InvalidInput { .. }
        ));
    }

    #[test]
    fn debug_redacts() {
        let c =
            Credentials::client_credentials("the-id", "hunter2-secret", "a.b", "https://x.y/v1")
                .unwrap();
        let d = format!("{c:?}");
        assert!(d.contains("the-id") && !d.contains("hunter2"), "{d}");
        let k = Credentials::api_key("key-123456", "https://x.y/v1").unwrap();
        assert!(!format!("{k:?}").contains("key-123456"));
    }

    #[test]
    fn token_cache_is_ignored_for_api_keys() {
        let k = Credentials::api_key("k", "https://x.y")
            .unwrap()
            .with_token_cache("p", "/tmp/x");
        assert!(k.token_cache().is_none());
    }
}
