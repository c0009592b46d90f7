//! [`Client`] and its [`ClientBuilder`].

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::credentials::{
    ensure_secure_endpoint, AuthOptions, Authenticator, Credentials, CredentialsKind,
};
use crate::{Error, Result, RetryPolicy};

/// Default time allowed to establish a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default time allowed for a whole request, response body included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// Default maximum size of a response body: 32 MiB.
///
/// The largest LAS response carries a document's content as base64 inside
/// JSON. The API takes requests of at most 10 MB (its gateway's payload
/// limit), so no document it accepted can come back larger than that plus
/// metadata; 32 MiB leaves three times that, while a broken or hostile
/// server cannot make the client buffer more. See `docs/reliability.md`.
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 32 * 1024 * 1024;
/// The default `User-Agent`: `las-rs/<version>`.
pub const DEFAULT_USER_AGENT: &str = concat!("las-rs/", env!("CARGO_PKG_VERSION"));

/// A client for the LAS API.
///
/// Cheap to clone (an `Arc` inside): clones share one connection pool, one
/// token cache and one configuration. `Send + Sync`, so one client can serve
/// a whole program. When the API answers "429 Too Many Requests", every call
/// of the client (and its clones) pauses for the retry delay, so concurrent
/// work slows down together instead of hammering the limit.
///
/// ```no_run
/// # async fn run() -> las_client::Result<()> {
/// // Credentials from LAS_* environment variables or ~/.lucidtech/credentials.cfg:
/// let client = las_client::Client::from_env()?;
/// let dataset = client.datasets().create().name("Invoices").send().await?;
/// println!("created {}", dataset.dataset_id);
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) base_url: String,
    pub(crate) http: reqwest::Client,
    pub(crate) auth: Auth,
    pub(crate) retry: RetryPolicy,
    pub(crate) pause: crate::call::Pause,
    pub(crate) max_response_size: u64,
    /// Origins (besides the API's) whose file URLs get credentials.
    pub(crate) trusted_file_origins: Vec<String>,
    /// Whether the API answers a created document with a `fileUrl`:
    /// learnt from the first upload.
    pub(crate) file_server: crate::file_server::Offered,
}

/// The authenticator plus whether its credentials can be refreshed (an API
/// key cannot).
pub(crate) struct Auth {
    authenticator: Authenticator,
    refreshable: bool,
}

impl Auth {
    pub(crate) async fn header(&self) -> Result<(HeaderName, HeaderValue)> {
        self.authenticator.header().await
    }
    pub(crate) async fn invalidate(&self, rejected: &HeaderValue) {
        self.authenticator.invalidate(rejected).await
    }
    pub(crate) fn is_refreshable(&self) -> bool {
        self.refreshable
    }
    /// `error` with the credentials' secrets replaced and messages capped.
    pub(crate) fn clean(&self, error: Error) -> Error {
        self.authenticator.clean(error)
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("api_endpoint", &self.inner.base_url)
            .field("auth", &self.inner.auth.authenticator)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client with credentials discovered the way the Python SDK finds
    /// them (see [`Credentials::discover`]) and default settings.
    ///
    /// ```no_run
    /// let client = las_client::Client::from_env()?;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn from_env() -> Result<Client> {
        Client::builder().build()
    }

    /// A client with these credentials and default settings.
    ///
    /// ```
    /// use las_client::{credentials::Credentials, Client};
    ///
    /// let credentials = Credentials::api_key("my-api-key", "https://api.lucidtech.ai/v1")?;
    /// let client = Client::new(credentials)?;
    /// assert_eq!(client.api_endpoint(), "https://api.lucidtech.ai/v1");
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn new(credentials: Credentials) -> Result<Client> {
        Client::builder().credentials(credentials).build()
    }

    /// A builder for every setting.
    ///
    /// ```
    /// use std::time::Duration;
    /// use las_client::{credentials::Credentials, Client, RetryPolicy};
    ///
    /// let client = Client::builder()
    ///     .credentials(Credentials::api_key("my-api-key", "https://api.lucidtech.ai/v1")?)
    ///     .timeout(Duration::from_secs(30))
    ///     .retry_policy(RetryPolicy::standard().with_max_attempts(3))
    ///     .default_header("x-request-source", "nightly-import")?
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The API base URL requests go to (for example
    /// `https://api.lucidtech.ai/v1`).
    pub fn api_endpoint(&self) -> &str {
        &self.inner.base_url
    }
}

/// Settings for a [`Client`]. Every setting has a default; only credentials
/// must be found somewhere (explicitly or by discovery).
///
/// ```
/// use las_client::{credentials::Credentials, Client};
///
/// let client = Client::builder()
///     .credentials(Credentials::api_key("k", "https://api.lucidtech.ai/v1")?)
///     .api_endpoint("https://api.lucidtech.ai/v1")
///     .user_agent("my-service/2.1")
///     .build()?;
/// # let _ = client;
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Default)]
#[must_use]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    api_endpoint: Option<String>,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    headers: HeaderMap,
    proxy: Option<String>,
    http_client: Option<reqwest::Client>,
    retry: Option<RetryPolicy>,
    allow_insecure_http: bool,
    token_refresh_margin: Option<Duration>,
    max_response_size: Option<u64>,
    trusted_file_origins: Vec<String>,
    #[cfg(any(feature = "native-tls", feature = "rustls"))]
    root_certificates: Vec<reqwest::Certificate>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Header values and the proxy URL may carry credentials: names only.
        f.debug_struct("ClientBuilder")
            .field("credentials", &self.credentials)
            .field("api_endpoint", &self.api_endpoint)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("proxy", &self.proxy.as_ref().map(|_| "<set>"))
            .field("http_client", &self.http_client.is_some())
            .field("retry", &self.retry)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("max_response_size", &self.max_response_size)
            .field("trusted_file_origins", &self.trusted_file_origins)
            .finish()
    }
}

impl ClientBuilder {
    /// Use these credentials instead of discovering them.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Send requests to this base URL instead of the credentials'
    /// `api_endpoint` (for example a regional endpoint or a local server).
    pub fn api_endpoint(mut self, url: impl Into<String>) -> Self {
        self.api_endpoint = Some(url.into());
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time allowed for a whole request including the response body
    /// (default 120 s). Each retry gets the full time again.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header (default `las-rs/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// A header sent with every request. Fails on a name or value that is
    /// not valid in HTTP.
    pub fn default_header(mut self, name: &str, value: &str) -> Result<Self> {
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
            Error::invalid_input(format!("header name {name:?} is not valid in HTTP"))
        })?;
        let mut value = HeaderValue::from_str(value).map_err(|_| {
            Error::invalid_input(format!("value of header {name} is not valid in HTTP"))
        })?;
        value.set_sensitive(true);
        self.headers.insert(name, value);
        Ok(self)
    }

    /// Send every request through this HTTP(S) proxy (for example
    /// `http://proxy.internal:3128`; credentials may be in the URL) instead
    /// of the one from the `https_proxy`/`http_proxy`/`all_proxy`
    /// environment variables. Loopback endpoints are always reached
    /// directly. A proxy URL with credentials over `http://` to a host other
    /// than loopback is refused at [`build`](Self::build) unless
    /// [`allow_insecure_http`](Self::allow_insecure_http).
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into());
        self
    }

    /// Use this `reqwest::Client` (its pool, TLS and proxy settings) instead
    /// of building one. Build it with
    /// `.redirect(reqwest::redirect::Policy::none())`: a client that follows
    /// redirects may send the API key to wherever a server redirects to
    /// (las-client's own client never follows them). Timeouts, user agent, default headers and proxy
    /// cannot be applied to a finished client, so setting them as well is an
    /// error at [`build`](Self::build).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Trust this certificate authority (PEM) as well as the system's, for
    /// the API and the token endpoint: for example the CA of a local test
    /// server such as `las-emulator --tls`. Fails on text that holds no
    /// PEM certificate.
    ///
    /// ```no_run
    /// let pem = std::fs::read("/tmp/las-emulator-ca.pem")?;
    /// let builder = las_client::Client::builder().add_root_certificate(&pem)?;
    /// # let _ = builder;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(any(feature = "native-tls", feature = "rustls"))]
    pub fn add_root_certificate(mut self, pem: &[u8]) -> Result<Self> {
        let certificate = reqwest::Certificate::from_pem(pem)
            .map_err(|e| Error::invalid_input(format!("root certificate is not PEM: {e}")))?;
        self.root_certificates.push(certificate);
        Ok(self)
    }

    /// The retry policy (default [`RetryPolicy::standard`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Allow `http://` endpoints on hosts other than loopback. Off by
    /// default: credentials never travel in cleartext unless asked.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The largest response body accepted, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_SIZE`], 32 MiB). A larger one fails with
    /// [`Error::ResponseTooLarge`] as soon as its `Content-Length` is seen
    /// or its body streams past the limit, for API and token requests alike.
    ///
    /// ```
    /// use las_client::{credentials::Credentials, Client};
    /// let client = Client::builder()
    ///     .credentials(Credentials::api_key("k", "https://api.lucidtech.ai/v1")?)
    ///     .max_response_size(64 * 1024 * 1024)
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = Some(bytes);
        self
    }

    /// Trust this origin (`https://files.example.com`; a URL's path is
    /// ignored) with the client's credentials for documents' file URLs.
    /// The API's own origin is always trusted; a file URL on any other
    /// origin is [`Error::UntrustedFileUrl`], nothing sent. Repeat for
    /// several. An origin that is not https (or http on loopback, or any
    /// http with [`allow_insecure_http`](Self::allow_insecure_http)) is
    /// refused at [`build`](Self::build).
    ///
    /// ```
    /// use las_client::{credentials::Credentials, Client};
    /// let client = Client::builder()
    ///     .credentials(Credentials::api_key("k", "https://api.lucidtech.ai/v1")?)
    ///     .trust_file_origin("https://files.lucidtech.ai")
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn trust_file_origin(mut self, origin: impl Into<String>) -> Self {
        self.trusted_file_origins.push(origin.into());
        self
    }

    /// Refresh a token this long before it expires (default: see
    /// [`AuthOptions`]).
    pub fn token_refresh_margin(mut self, margin: Duration) -> Self {
        self.token_refresh_margin = Some(margin);
        self
    }

    /// Build the client. Fails when no credentials are found
    /// ([`Error::MissingCredentials`]) or a setting is invalid
    /// ([`Error::InvalidInput`]); nothing is sent.
    pub fn build(self) -> Result<Client> {
        let credentials = match self.credentials {
            Some(c) => c,
            None => Credentials::discover()?,
        };
        let base_url = self
            .api_endpoint
            .unwrap_or_else(|| credentials.api_endpoint().to_string())
            .trim_end_matches('/')
            .to_string();
        let parsed = reqwest::Url::parse(&base_url).map_err(|e| {
            Error::invalid_input(format!("api endpoint {base_url:?} is not a URL: {e}"))
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::invalid_input(format!(
                "api endpoint {base_url:?} must be an http(s) URL"
            )));
        }
        ensure_secure_endpoint(&base_url, self.allow_insecure_http)?;
        credentials.ensure_secure(self.allow_insecure_http)?;
        let mut trusted_file_origins = Vec::new();
        for origin in &self.trusted_file_origins {
            let url = reqwest::Url::parse(origin).map_err(|e| {
                Error::invalid_input(format!("trusted file origin {origin:?} is not a URL: {e}"))
            })?;
            if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
                return Err(Error::invalid_input(format!(
                    "trusted file origin {origin:?} must be an http(s) URL"
                )));
            }
            ensure_secure_endpoint(origin, self.allow_insecure_http)?;
            trusted_file_origins.push(url.origin().ascii_serialization());
        }

        let http = match self.http_client {
            Some(client) => {
                let conflicting = [
                    (self.connect_timeout.is_some(), "connect_timeout"),
                    (self.timeout.is_some(), "timeout"),
                    (self.user_agent.is_some(), "user_agent"),
                    (!self.headers.is_empty(), "default_header"),
                    (self.proxy.is_some(), "proxy"),
                    #[cfg(any(feature = "native-tls", feature = "rustls"))]
                    (!self.root_certificates.is_empty(), "add_root_certificate"),
                ];
                if let Some((_, name)) = conflicting.iter().find(|(set, _)| *set) {
                    return Err(Error::invalid_input(format!(
                        "{name} cannot be applied to a caller-provided http_client; configure it on that client"
                    )));
                }
                client
            }
            None => {
                let builder = reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    .timeout(self.timeout.unwrap_or(DEFAULT_TIMEOUT))
                    .user_agent(
                        self.user_agent
                            .unwrap_or_else(|| DEFAULT_USER_AGENT.to_string()),
                    )
                    .default_headers(self.headers)
                    // The API does not redirect; following one would send
                    // the API key (a custom header reqwest keeps across
                    // origins) and the body wherever the server points.
                    .redirect(reqwest::redirect::Policy::none());
                #[cfg_attr(
                    not(any(feature = "native-tls", feature = "rustls")),
                    allow(unused_mut)
                )]
                let mut builder = crate::proxy::configure(
                    builder,
                    self.proxy.as_deref(),
                    self.allow_insecure_http,
                )?;
                #[cfg(any(feature = "native-tls", feature = "rustls"))]
                for certificate in self.root_certificates {
                    builder = builder.add_root_certificate(certificate);
                }
                builder
                    .build()
                    .map_err(|e| Error::invalid_input(format!("HTTP client settings: {e}")))?
            }
        };

        let refreshable = credentials.kind() == CredentialsKind::ClientCredentials;
        let retry = self.retry.unwrap_or_default();
        let max_response_size = self.max_response_size.unwrap_or(DEFAULT_MAX_RESPONSE_SIZE);
        let mut options = AuthOptions::default()
            .allow_insecure_http(self.allow_insecure_http)
            .retry_policy(retry.clone())
            .max_response_size(max_response_size);
        if let Some(margin) = self.token_refresh_margin {
            options = options.refresh_margin(margin);
        }
        let authenticator = Authenticator::new(credentials, http.clone(), options)?;
        Ok(Client {
            inner: Arc::new(Inner {
                base_url,
                http,
                auth: Auth {
                    authenticator,
                    refreshable,
                },
                retry,
                pause: Default::default(),
                max_response_size,
                trusted_file_origins,
                file_server: Default::default(),
            }),
        })
    }
}
