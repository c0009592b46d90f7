//! Turning credentials into an authentication header: token exchange,
//! in-memory and on-disk token caching, single-flight refresh.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
    BasicTokenType,
};
use oauth2::{
    AccessToken, AuthType, ClientId, ClientSecret, EndpointNotSet, EndpointSet, RefreshToken,
    RequestTokenError, Scope, StandardRevocableToken, TokenResponse, TokenUrl,
};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, RETRY_AFTER};
use reqwest::StatusCode;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::http::{HttpError, OAuthHttp};
use super::{cache, Credentials, Redactor, MAX_TOKEN_LIFETIME};
use crate::retry::Method;
use crate::{Error, Result, RetryPolicy};

/// Lifetime assumed for a token whose response has no `expires_in`.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);
/// Stands in for the body of a token response in errors: it may hold a token.
const WITHHELD: &str = "(withheld: token responses carry secrets)";

/// Options for an [`Authenticator`].
///
/// * `refresh_margin` (default 60 s): a token is replaced once it is within
///   this margin of its expiry, capped at half the token's lifetime so that
///   short-lived tokens are still reused. A token read from the disk cache is
///   used only if it expires more than the margin from now.
/// * `allow_insecure_http` (default `false`): allow `http://` token and API
///   endpoints on hosts other than loopback.
/// * `retry_policy` (default [`RetryPolicy::standard`]): how token requests
///   are retried. The exchange is idempotent, so it is replayed after 429
///   (honouring `Retry-After`), 500/502/503/504, timeouts and connection
///   failures; never after the credentials are refused (400/401/403).
/// * `max_response_size` (default 32 MiB): a larger token response fails
///   with [`Error::ResponseTooLarge`].
///
/// ```
/// use las_client::credentials::AuthOptions;
/// use std::time::Duration;
///
/// let options = AuthOptions::default()
///     .refresh_margin(Duration::from_secs(120))
///     .allow_insecure_http(false);
/// # let _ = options;
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AuthOptions {
    refresh_margin: Duration,
    allow_insecure_http: bool,
    retry_policy: RetryPolicy,
    max_response_size: u64,
}

impl Default for AuthOptions {
    fn default() -> Self {
        AuthOptions {
            refresh_margin: Duration::from_secs(60),
            allow_insecure_http: false,
            retry_policy: RetryPolicy::standard(),
            max_response_size: crate::DEFAULT_MAX_RESPONSE_SIZE,
        }
    }
}

impl AuthOptions {
    /// Replace tokens this long before they expire (default 60 s, capped at
    /// half the token's lifetime).
    ///
    /// ```
    /// let o = las_client::credentials::AuthOptions::default().refresh_margin(std::time::Duration::from_secs(30));
    /// # let _ = o;
    /// ```
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    /// Allow cleartext `http://` endpoints on hosts other than loopback.
    ///
    /// ```
    /// let o = las_client::credentials::AuthOptions::default().allow_insecure_http(true);
    /// # let _ = o;
    /// ```
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// How token requests are retried (default [`RetryPolicy::standard`];
    /// a [`Client`](crate::Client) passes its own policy).
    ///
    /// ```
    /// use las_client::{credentials::AuthOptions, RetryPolicy};
    /// let o = AuthOptions::default().retry_policy(RetryPolicy::disabled());
    /// # let _ = o;
    /// ```
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry_policy = policy;
        self
    }

    /// The largest token response accepted, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_SIZE`](crate::DEFAULT_MAX_RESPONSE_SIZE)).
    ///
    /// ```
    /// let o = las_client::credentials::AuthOptions::default().max_response_size(64 * 1024);
    /// # let _ = o;
    /// ```
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = bytes;
        self
    }
}

/// Produces the authentication header for API requests.
///
/// For API keys it is `x-api-key: <key>`. For client credentials it is
/// `authorization: Bearer <token>`, the token obtained from the token URL
/// (HTTP Basic auth, `grant_type=client_credentials`) and kept in memory
/// until it is within the refresh margin of expiry (see [`AuthOptions`]).
/// When the credentials have a [token cache](Credentials::with_token_cache),
/// a token is looked for there before one is requested, and a new token is
/// written there (atomically, mode 0600, other profiles' entries kept); a
/// missing or broken cache file is ignored with a warning.
///
/// Refreshes are single-flight: however many tasks call
/// [`header`](Self::header) while no fresh token is held, one token request
/// is made and all of them get its result. Header values are marked
/// sensitive. Cloning is cheap and clones share the token; it is
/// `Send + Sync`. `Debug` never shows a secret.
///
/// ```no_run
/// use las_client::credentials::{AuthOptions, Authenticator, Credentials};
///
/// # async fn run() -> las_client::Result<()> {
/// let credentials = Credentials::client_credentials(
///     "my-client-id",
///     "my-secret",
///     "auth.lucidtech.ai",
///     "https://api.lucidtech.ai/v1",
/// )?;
/// let auth = Authenticator::new(credentials, reqwest::Client::new(), AuthOptions::default())?;
/// let (name, value) = auth.header().await?;
/// let response = reqwest::Client::new()
///     .get(format!("{}/models", auth.credentials().api_endpoint()))
///     .header(name, value.clone())
///     .send()
///     .await
///     .map_err(|source| las_client::Error::Transport { source })?;
/// if response.status() == 401 {
///     auth.invalidate(&value).await; // the next header() gets a new token
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Authenticator {
    inner: Arc<Inner>,
}

struct Inner {
    credentials: Credentials,
    options: AuthOptions,
    mode: Mode,
    redactor: Redactor,
}

enum Mode {
    ApiKey(HeaderValue),
    OAuth(Box<OAuth>),
}

type OAuthClient = oauth2::Client<
    BasicErrorResponse,
    LasTokenResponse,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

struct OAuth {
    client: OAuthClient,
    http: OAuthHttp,
    /// The token in use, if any.
    current: Mutex<Option<Token>>,
    /// The last header passed to `invalidate`, so that the same token is not
    /// taken back from the disk cache.
    rejected: Mutex<Option<HeaderValue>>,
    /// Held while a token is looked up or requested.
    refresh: tokio::sync::Mutex<()>,
    /// Number of finished token requests.
    attempts: AtomicU64,
    /// The failure of the last token request, when it can be shared with the
    /// callers that waited for it.
    last_failure: Mutex<Option<SharedFailure>>,
}

#[derive(Clone)]
struct Token {
    header: HeaderValue,
    access_token: SecretString,
    expires_at: SystemTime,
    refresh_at: SystemTime,
}

/// The lifetime a token response gives (capped), or why it is not one.
pub(crate) fn parse_token_response(
    body: &[u8],
) -> std::result::Result<Option<Duration>, serde_json::Error> {
    serde_json::from_slice::<LasTokenResponse>(body).map(|r| r.expires_in())
}

/// A token response as LAS's auth server sends it; `token_type` is optional
/// and `expires_in` may be fractional.
#[derive(Debug, Deserialize, Serialize)]
struct LasTokenResponse {
    access_token: AccessToken,
    #[serde(default = "bearer")]
    token_type: BasicTokenType,
    #[serde(default)]
    expires_in: Option<serde_json::Number>,
}

fn bearer() -> BasicTokenType {
    BasicTokenType::Bearer
}

impl TokenResponse for LasTokenResponse {
    type TokenType = BasicTokenType;

    fn access_token(&self) -> &AccessToken {
        &self.access_token
    }

    fn token_type(&self) -> &BasicTokenType {
        &self.token_type
    }

    /// The lifetime, capped at [`MAX_TOKEN_LIFETIME`]; `None` (the default
    /// lifetime applies) when absent or negative.
    fn expires_in(&self) -> Option<Duration> {
        let secs = self.expires_in.as_ref()?.as_f64()?;
        if secs.is_nan() || secs < 0.0 {
            return None;
        }
        let lifetime = Duration::try_from_secs_f64(secs).unwrap_or(MAX_TOKEN_LIFETIME);
        Some(lifetime.min(MAX_TOKEN_LIFETIME))
    }

    fn refresh_token(&self) -> Option<&RefreshToken> {
        None
    }

    fn scopes(&self) -> Option<&Vec<Scope>> {
        None
    }
}

/// A token-request failure that can be handed to every caller that waited
/// for the request.
#[derive(Clone)]
enum SharedFailure {
    InvalidCredentials(String),
    TooManyRequests(Option<Duration>),
    Server(u16, String),
    UnexpectedStatus(u16, String),
    Redirect(u16, Option<String>),
    Timeout,
}

impl SharedFailure {
    fn of(e: &Error) -> Option<Self> {
        Some(match e {
            Error::InvalidCredentials { message } => {
                SharedFailure::InvalidCredentials(message.clone())
            }
            Error::TooManyRequests { retry_after } => SharedFailure::TooManyRequests(*retry_after),
            Error::Server { status, message } => SharedFailure::Server(*status, message.clone()),
            Error::UnexpectedStatus { status, message } => {
                SharedFailure::UnexpectedStatus(*status, message.clone())
            }
            Error::Timeout { .. } => SharedFailure::Timeout,
            Error::Redirect { status, location } => {
                SharedFailure::Redirect(*status, location.clone())
            }
            _ => return None,
        })
    }

    fn to_error(&self) -> Error {
        match self.clone() {
            SharedFailure::InvalidCredentials(message) => Error::InvalidCredentials { message },
            SharedFailure::TooManyRequests(retry_after) => Error::TooManyRequests { retry_after },
            SharedFailure::Server(status, message) => Error::Server { status, message },
            SharedFailure::UnexpectedStatus(status, message) => {
                Error::UnexpectedStatus { status, message }
            }
            SharedFailure::Timeout => Error::Timeout { source: None },
            SharedFailure::Redirect(status, location) => Error::Redirect { status, location },
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Authenticator {
    /// Builds an authenticator that requests tokens with `http`.
    ///
    /// Fails with [`Error::InvalidInput`] when the token URL or the API
    /// endpoint is cleartext `http://` to a host other than loopback and
    /// `options` does not allow it (see
    /// [`ensure_secure_endpoint`](super::ensure_secure_endpoint)).
    ///
    /// ```
    /// use las_client::credentials::{AuthOptions, Authenticator, Credentials};
    ///
    /// let c = Credentials::client_credentials("id", "secret", "http://auth.example.com", "https://api.example.com/v1")?;
    /// assert!(Authenticator::new(c.clone(), reqwest::Client::new(), AuthOptions::default()).is_err());
    /// let options = AuthOptions::default().allow_insecure_http(true);
    /// assert!(Authenticator::new(c, reqwest::Client::new(), options).is_ok());
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn new(
        credentials: Credentials,
        http: reqwest::Client,
        options: AuthOptions,
    ) -> Result<Self> {
        credentials.ensure_secure(options.allow_insecure_http)?;
        let redactor = match (
            credentials.api_key_secret(),
            credentials.client_id(),
            credentials.client_secret(),
        ) {
            (Some(key), _, _) => Redactor::for_api_key(key.expose_secret()),
            (None, Some(id), Some(secret)) => {
                Redactor::for_client_credentials(id, secret.expose_secret())
            }
            _ => Redactor::default(),
        };
        let mode = if let Some(key) = credentials.api_key_secret() {
            let mut value = HeaderValue::from_str(key.expose_secret()).map_err(|_| {
                Error::invalid_input(
                    "api_key contains characters that are not allowed in an HTTP header",
                )
            })?;
            value.set_sensitive(true);
            Mode::ApiKey(value)
        } else {
            let (Some(client_id), Some(secret), Some(token_url)) = (
                credentials.client_id(),
                credentials.client_secret(),
                credentials.token_url(),
            ) else {
                return Err(Error::invalid_input(
                    "credentials have neither an API key nor client credentials",
                ));
            };
            let token_url = TokenUrl::new(token_url.to_owned())
                .map_err(|e| Error::invalid_input(format!("token URL {token_url:?}: {e}")))?;
            let client: OAuthClient = oauth2::Client::new(ClientId::new(client_id.to_owned()))
                .set_client_secret(ClientSecret::new(secret.expose_secret().to_owned()))
                .set_auth_type(AuthType::BasicAuth)
                .set_token_uri(token_url);
            Mode::OAuth(Box::new(OAuth {
                client,
                http: OAuthHttp(http, options.max_response_size),
                current: Mutex::new(None),
                rejected: Mutex::new(None),
                refresh: tokio::sync::Mutex::new(()),
                attempts: AtomicU64::new(0),
                last_failure: Mutex::new(None),
            }))
        };
        Ok(Authenticator {
            inner: Arc::new(Inner {
                credentials,
                options,
                mode,
                redactor,
            }),
        })
    }

    /// The credentials this authenticator was built from.
    ///
    /// ```
    /// # use las_client::credentials::{AuthOptions, Authenticator, Credentials};
    /// let c = Credentials::api_key("k", "https://api.lucidtech.ai/v1")?;
    /// let auth = Authenticator::new(c, reqwest::Client::new(), AuthOptions::default())?;
    /// assert_eq!(auth.credentials().api_endpoint(), "https://api.lucidtech.ai/v1");
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn credentials(&self) -> &Credentials {
        &self.inner.credentials
    }

    /// The header to send with an API request: `authorization: Bearer <token>`
    /// or `x-api-key: <key>`, marked sensitive.
    ///
    /// Requests a token when none is held or the held one is within the
    /// refresh margin of expiry. Token-endpoint failures: 400/401/403 are
    /// [`Error::InvalidCredentials`], 429 [`Error::TooManyRequests`], 5xx
    /// [`Error::Server`], others [`Error::UnexpectedStatus`]; connection
    /// failures [`Error::Transport`] or [`Error::Timeout`]; a malformed token
    /// response [`Error::Decode`] (without the body).
    ///
    /// ```
    /// # use las_client::credentials::{AuthOptions, Authenticator, Credentials};
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> las_client::Result<()> {
    /// let c = Credentials::api_key("my-key", "https://api.lucidtech.ai/v1")?;
    /// let auth = Authenticator::new(c, reqwest::Client::new(), AuthOptions::default())?;
    /// let (name, value) = auth.header().await?;
    /// assert_eq!(name, "x-api-key");
    /// assert!(value.is_sensitive());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn header(&self) -> Result<(HeaderName, HeaderValue)> {
        match &self.inner.mode {
            Mode::ApiKey(value) => Ok((HeaderName::from_static("x-api-key"), value.clone())),
            Mode::OAuth(oauth) => Ok((AUTHORIZATION, self.bearer(oauth).await?)),
        }
    }

    /// `error` with this authenticator's secrets (client secret, API key,
    /// Basic value, recent access tokens) replaced and its messages capped.
    pub(crate) fn clean(&self, error: Error) -> Error {
        error.map_text(|text| self.inner.redactor.clean(text))
    }

    /// Drops the held token if it is still `rejected` (a value returned by
    /// [`header`](Self::header) that the API answered 401 to), so that the
    /// next [`header`](Self::header) requests a new one. A header of an older
    /// token changes nothing, so many concurrent 401s for the same token
    /// lead to one refresh. No effect for API keys.
    ///
    /// ```
    /// # use las_client::credentials::{AuthOptions, Authenticator, Credentials};
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> las_client::Result<()> {
    /// # let c = Credentials::api_key("k", "https://api.lucidtech.ai/v1")?;
    /// let auth = Authenticator::new(c, reqwest::Client::new(), AuthOptions::default())?;
    /// let (_, value) = auth.header().await?;
    /// auth.invalidate(&value).await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn invalidate(&self, rejected: &HeaderValue) {
        let Mode::OAuth(oauth) = &self.inner.mode else {
            return;
        };
        let mut current = lock(&oauth.current);
        if current.as_ref().is_some_and(|t| t.header == *rejected) {
            *current = None;
            *lock(&oauth.rejected) = Some(rejected.clone());
            tracing::debug!("access token invalidated");
        }
    }

    fn fresh(oauth: &OAuth) -> Option<HeaderValue> {
        let now = SystemTime::now();
        lock(&oauth.current)
            .as_ref()
            .filter(|t| now < t.refresh_at)
            .map(|t| t.header.clone())
    }

    async fn bearer(&self, oauth: &OAuth) -> Result<HeaderValue> {
        if let Some(header) = Self::fresh(oauth) {
            return Ok(header);
        }
        let seen = oauth.attempts.load(Ordering::SeqCst);
        let _refreshing = oauth.refresh.lock().await;
        if let Some(header) = Self::fresh(oauth) {
            return Ok(header);
        }
        if oauth.attempts.load(Ordering::SeqCst) != seen {
            // A request finished while we waited; if it failed, share its
            // failure rather than sending another request at once.
            if let Some(failure) = lock(&oauth.last_failure).as_ref() {
                return Err(failure.to_error());
            }
        }

        let token_cache = self.inner.credentials.token_cache();
        if let Some(cache) = token_cache {
            if let Some(header) = self.adopt(oauth, cache::read(cache).await) {
                return Ok(header);
            }
        }

        let result = self.request_token_with_retries(oauth).await;
        *lock(&oauth.last_failure) = result.as_ref().err().and_then(SharedFailure::of);
        oauth.attempts.fetch_add(1, Ordering::SeqCst);
        let token = result?;
        let header = token.header.clone();
        let (access_token, expires_at) = (token.access_token.clone(), token.expires_at);
        *lock(&oauth.current) = Some(token);
        if let Some(cache) = token_cache {
            cache::write(cache, access_token, expires_at).await;
        }
        Ok(header)
    }

    /// Takes a token from the disk cache if it is not expiring within the
    /// margin and was not rejected.
    fn adopt(&self, oauth: &OAuth, disk: Option<cache::DiskToken>) -> Option<HeaderValue> {
        let disk = disk?;
        let refresh_at = disk
            .expires_at
            .checked_sub(self.inner.options.refresh_margin)?;
        if SystemTime::now() >= refresh_at {
            tracing::debug!("cached token on disk is expired or about to expire");
            return None;
        }
        let Ok(header) = bearer_header(disk.access_token.expose_secret()) else {
            tracing::warn!("cached token on disk is not a valid header value; ignoring it");
            return None;
        };
        if lock(&oauth.rejected).as_ref() == Some(&header) {
            tracing::debug!("cached token on disk was rejected by the API; ignoring it");
            return None;
        }
        self.inner
            .redactor
            .add_token(disk.access_token.expose_secret());
        tracing::debug!("using the token cached on disk");
        *lock(&oauth.current) = Some(Token {
            header: header.clone(),
            access_token: disk.access_token,
            expires_at: disk.expires_at,
            refresh_at,
        });
        Some(header)
    }

    /// Requests a token, retrying under the retry policy. The exchange is
    /// idempotent, so it is replayed like a GET.
    async fn request_token_with_retries(&self, oauth: &OAuth) -> Result<Token> {
        let policy = &self.inner.options.retry_policy;
        let mut delays = policy.delays();
        let mut attempt = 1u32;
        loop {
            let error = match self.request_token(oauth).await {
                Ok(token) => return Ok(token),
                Err(error) => error,
            };
            match policy.decide(Method::Get, &error, delays.next()) {
                Some(delay) => {
                    tracing::debug!(
                        attempt,
                        delay_ms = delay.as_millis() as u64,
                        reason = %error,
                        "retrying the token request"
                    );
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                None => return Err(error),
            }
        }
    }

    async fn request_token(&self, oauth: &OAuth) -> Result<Token> {
        let token_url = oauth.client.token_uri().as_str();
        tracing::debug!(
            token_url,
            client_id = self.inner.credentials.client_id(),
            "requesting an access token"
        );
        let started = SystemTime::now();
        let response = oauth
            .client
            .exchange_client_credentials()
            .request_async(&oauth.http)
            .await
            .map_err(|e| {
                let secret = self
                    .inner
                    .credentials
                    .client_secret()
                    .map(|s| s.expose_secret())
                    .unwrap_or("");
                let error = self.clean(token_error(e, secret));
                tracing::debug!(token_url, error = %error, "token request failed");
                error
            })?;
        let lifetime = response.expires_in().unwrap_or(DEFAULT_LIFETIME);
        let expires_at = started + lifetime;
        let margin = self.inner.options.refresh_margin.min(lifetime / 2);
        let header =
            bearer_header(response.access_token().secret()).map_err(|()| Error::Decode {
                operation: "request_token",
                excerpt: WITHHELD.to_owned(),
                source: serde::de::Error::custom(
                    "access_token has characters that are not allowed in an HTTP header",
                ),
            })?;
        self.inner
            .redactor
            .add_token(response.access_token().secret());
        tracing::debug!(
            expires_in_s = lifetime.as_secs_f64(),
            "access token obtained"
        );
        Ok(Token {
            header,
            access_token: SecretString::from(response.access_token().secret().as_str()),
            expires_at,
            refresh_at: expires_at.checked_sub(margin).unwrap_or(started),
        })
    }
}

fn bearer_header(token: &str) -> std::result::Result<HeaderValue, ()> {
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| ())?;
    value.set_sensitive(true);
    Ok(value)
}

/// Maps a failed token request to the crate's error, never including the
/// response body of a successful status or the client secret.
fn token_error(e: RequestTokenError<HttpError, BasicErrorResponse>, secret: &str) -> Error {
    match e {
        RequestTokenError::Request(HttpError::Reqwest(source)) => {
            crate::call::from_transport(source)
        }
        RequestTokenError::Request(HttpError::Status {
            status,
            headers,
            url,
            ..
        }) if status.is_redirection() => {
            crate::call::redirect_error(status.as_u16(), &headers, &url)
        }
        RequestTokenError::Request(HttpError::Status {
            status,
            headers,
            body,
            ..
        }) => status_error(status, &headers, &body, secret),
        RequestTokenError::ServerResponse(response) => Error::InvalidCredentials {
            message: scrub(response.to_string(), secret),
        },
        RequestTokenError::Parse(e, _body) => Error::Decode {
            operation: "request_token",
            excerpt: WITHHELD.to_owned(),
            source: e.into_inner(),
        },
        RequestTokenError::Other(message) => Error::Decode {
            operation: "request_token",
            excerpt: WITHHELD.to_owned(),
            source: serde::de::Error::custom(message),
        },
    }
}

fn status_error(status: StatusCode, headers: &HeaderMap, body: &[u8], secret: &str) -> Error {
    let message = scrub(server_message(status, body), secret);
    match status.as_u16() {
        400 | 401 | 403 => Error::InvalidCredentials { message },
        429 => Error::TooManyRequests {
            retry_after: headers
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(crate::retry::parse_retry_after),
        },
        500..=599 => Error::Server {
            status: status.as_u16(),
            message,
        },
        other => Error::UnexpectedStatus {
            status: other,
            message,
        },
    }
}

/// The message of an error body: OAuth2's `error` and `error_description`,
/// else a `message` field, else the start of the body, else the status's
/// reason phrase.
fn server_message(status: StatusCode, body: &[u8]) -> String {
    let text =
        |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
    let from_json = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(
            |v| match (text(&v, "error"), text(&v, "error_description")) {
                (Some(e), Some(d)) => Some(format!("{e}: {d}")),
                (Some(e), None) => Some(e),
                _ => text(&v, "message").or_else(|| text(&v, "Message")),
            },
        );
    let message = from_json.unwrap_or_else(|| {
        String::from_utf8_lossy(body)
            .trim()
            .chars()
            .take(200)
            .collect()
    });
    if message.trim().is_empty() {
        status.canonical_reason().unwrap_or("no message").to_owned()
    } else {
        message
    }
}

fn scrub(message: String, secret: &str) -> String {
    if secret.is_empty() || !message.contains(secret) {
        message
    } else {
        message.replace(secret, "[REDACTED]")
    }
}

impl fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let token = match &self.inner.mode {
            Mode::ApiKey(_) => "api key".to_owned(),
            Mode::OAuth(oauth) => match lock(&oauth.current).as_ref() {
                None => "none".to_owned(),
                Some(t) => match t.expires_at.duration_since(SystemTime::now()) {
                    Ok(left) => format!("held, expires in {} s", left.as_secs()),
                    Err(_) => "held, expired".to_owned(),
                },
            },
        };
        f.debug_struct("Authenticator")
            .field("credentials", &self.inner.credentials)
            .field("options", &self.inner.options)
            .field("token", &token)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_from_error_bodies() {
        let s = StatusCode::BAD_REQUEST;
        assert_eq!(
            server_message(
                s,
                br#"{"error":"invalid_client","error_description":"bad"}"#
            ),
            "invalid_client: bad"
        );
        assert_eq!(
            server_message(s, br#"{"error":"invalid_client"}"#),
            "invalid_client"
        );
        assert_eq!(
            server_message(s, br#"{"message":"Forbidden"}"#),
            "Forbidden"
        );
        assert_eq!(server_message(s, b"  plain text "), "plain text");
        assert_eq!(server_message(s, b""), "Bad Request");
        assert_eq!(scrub("x s3cr3t y".into(), "s3cr3t"), "x [REDACTED] y");
    }

    #[test]
    fn status_mapping() {
        let h = HeaderMap::new();
        let e = |code: u16| status_error(StatusCode::from_u16(code).unwrap(), &h, b"{}", "s");
        assert!(matches!(e(400), Error::InvalidCredentials { .. }));
        assert!(matches!(e(401), Error::InvalidCredentials { .. }));
        assert!(matches!(e(403), Error::InvalidCredentials { .. }));
        assert!(matches!(e(429), Error::TooManyRequests { .. }));
        assert!(matches!(e(503), Error::Server { status: 503, .. }));
        assert!(matches!(
            e(404),
            Error::UnexpectedStatus { status: 404, .. }
        ));
    }

    #[test]
    fn token_response_variants() {
        let r: LasTokenResponse =
            serde_json::from_str(r#"{"access_token":"a","expires_in":3600}"#).unwrap();
        assert_eq!(r.expires_in(), Some(Duration::from_secs(3600)));
        assert_eq!(r.token_type(), &BasicTokenType::Bearer);
        let r: LasTokenResponse =
            serde_json::from_str(r#"{"access_token":"a","token_type":"Bearer","expires_in":1.5}"#)
                .unwrap();
        assert_eq!(r.expires_in(), Some(Duration::from_millis(1500)));
        let r: LasTokenResponse = serde_json::from_str(r#"{"access_token":"a"}"#).unwrap();
        assert_eq!(r.expires_in(), None);
    }

    #[test]
    fn authenticator_is_send_sync_and_header_future_is_send() {
        fn send_sync<T: Send + Sync>() {}
        fn send<T: Send>(_: &T) {}
        send_sync::<Authenticator>();
        let c =
            Credentials::client_credentials("i", "s", "http://127.0.0.1:1", "http://127.0.0.1:1")
                .unwrap();
        let auth = Authenticator::new(c, reqwest::Client::new(), AuthOptions::default()).unwrap();
        let header = auth.header();
        send(&header);
        let rejected = HeaderValue::from_static("x");
        let invalidate = auth.invalidate(&rejected);
        send(&invalidate);
    }
}
