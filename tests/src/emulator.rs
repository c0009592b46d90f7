//! The handle users hold: [`Emulator`] and its [`EmulatorBuilder`].

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio_util::sync::CancellationToken;

use crate::app::{App, Config, Timings};
use crate::clock::{ms, Clock};
use crate::faults::Faults;
use crate::server;
use crate::stats::Stats;
use crate::tls::Tls;

/// Configures an [`Emulator`] before it starts.
///
/// ```no_run
/// use std::time::Duration;
/// use las_emulator::{Clock, Emulator};
/// # async fn demo() -> std::io::Result<()> {
/// let emu = Emulator::builder()
///     .seed(7)
///     .token_lifetime(Duration::from_secs(3600))
///     .clock(Clock::Manual)
///     .start()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct EmulatorBuilder {
    cfg: Config,
}

impl EmulatorBuilder {
    /// Seed of the id, token and fault generators (default 0). The same seed
    /// and the same sequence of requests give the same ids.
    pub fn seed(mut self, seed: u64) -> Self {
        self.cfg.seed = seed;
        self
    }

    /// Port on 127.0.0.1 (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.cfg.port = port;
        self
    }

    /// OAuth2 client id accepted by the token endpoint (default [`crate::DEFAULT_CLIENT_ID`]).
    pub fn client_id(mut self, id: impl Into<String>) -> Self {
        self.cfg.client_id = id.into();
        self
    }

    /// OAuth2 client secret (default [`crate::DEFAULT_CLIENT_SECRET`]).
    pub fn client_secret(mut self, secret: impl Into<String>) -> Self {
        self.cfg.client_secret = secret.into();
        self
    }

    /// The `x-api-key` accepted by the API (default [`crate::DEFAULT_API_KEY`]).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.cfg.api_key = key.into();
        self
    }

    /// Lifetime of issued access tokens (default 3600 s).
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.cfg.token_lifetime = lifetime;
        self
    }

    /// The clock (default [`Clock::Real`]).
    pub fn clock(mut self, clock: Clock) -> Self {
        self.cfg.clock = clock;
        self
    }

    /// All status-change durations at once (see [`Timings`]).
    pub fn timings(mut self, timings: Timings) -> Self {
        self.cfg.timings = timings;
        self
    }

    /// How long a training runs before it has `succeeded` (default 2 s).
    pub fn training_duration(mut self, d: Duration) -> Self {
        self.cfg.timings.training = d;
        self
    }

    /// How long a data bundle or a dataset transformation is `running` (default 1 s).
    pub fn data_bundle_duration(mut self, d: Duration) -> Self {
        self.cfg.timings.data_bundle = d;
        self
    }

    /// How long each automatic workflow step runs (default 1 s).
    pub fn workflow_step_duration(mut self, d: Duration) -> Self {
        self.cfg.timings.workflow_step = d;
        self
    }

    /// How long a claimed transition execution may go without a heartbeat (default 60 s).
    pub fn heartbeat_timeout(mut self, d: Duration) -> Self {
        self.cfg.timings.heartbeat_timeout = d;
        self
    }

    /// Page size when a list request has no `maxResults` (default 100).
    pub fn default_page_size(mut self, size: usize) -> Self {
        self.cfg.default_page_size = size.max(1);
        self
    }

    /// Largest request body accepted, in bytes (default 32 MiB); larger ones get 413.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.cfg.body_limit = bytes;
        self
    }

    /// Longest base64 `content` of a document or asset, in characters
    /// (default: the API's bound, 6,250,000); longer ones get 400. Raise it
    /// to upload larger files than the API takes.
    pub fn content_limit(mut self, chars: usize) -> Self {
        self.cfg.content_limit = Some(chars);
        self
    }

    /// Validates every response against openapi.yaml's response schemas,
    /// strictly (unknown fields, required, nullability, enums), and the
    /// vendor's id formats. A violation answers 500 naming it, is listed by
    /// [`Emulator::self_check_violations`] and makes dropping the emulator
    /// panic. Default: on when `LAS_EMULATOR_SELF_CHECK=1`.
    ///
    /// ```
    /// let emu = las_emulator::Emulator::builder().self_check(true).start_blocking().unwrap();
    /// assert_eq!(emu.responses_checked(), 0);
    /// ```
    pub fn self_check(mut self, on: bool) -> Self {
        self.cfg.self_check = Some(on);
        self
    }

    /// Serves https instead of http (API and token endpoint alike), with a
    /// certificate for `127.0.0.1` and `localhost` signed by a certificate
    /// authority made at start. Its certificate is written to a file
    /// ([`Emulator::ca_cert_path`]) for clients to trust, e.g. with
    /// `SSL_CERT_FILE` or `REQUESTS_CA_BUNDLE`.
    ///
    /// ```
    /// let emu = las_emulator::Emulator::builder().tls(true).start_blocking().unwrap();
    /// assert!(emu.api_endpoint().starts_with("https://127.0.0.1:"));
    /// let ca = std::fs::read_to_string(emu.ca_cert_path().unwrap()).unwrap();
    /// assert!(ca.starts_with("-----BEGIN CERTIFICATE-----"));
    /// ```
    pub fn tls(mut self, on: bool) -> Self {
        self.cfg.tls = on;
        self
    }

    /// Where [`tls`](Self::tls) writes the CA certificate (PEM). Default: a
    /// new file in the temporary directory, removed when the emulator stops;
    /// a file given here is left in place.
    pub fn ca_cert_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.cfg.ca_cert_path = Some(path.into());
        self
    }

    /// Serves this OpenAPI 3.0 document (YAML or JSON) instead of the
    /// embedded openapi.yaml: for trying a changed spec. Operations with
    /// hand-written behaviour (by operationId) keep it; every other one is
    /// served from the spec alone — create, list with paging, get, update
    /// and delete by id, answers shaped by the response schemas. The parsed
    /// document stays in memory until the process ends.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// let yaml = std::fs::read_to_string("openapi-next.yaml")?;
    /// let emu = las_emulator::Emulator::builder().spec(yaml).start().await?;
    /// # let _ = emu; Ok(()) }
    /// ```
    pub fn spec(mut self, yaml: impl Into<String>) -> Self {
        self.cfg.spec_yaml = Some(std::sync::Arc::from(yaml.into()));
        self
    }

    /// Binds 127.0.0.1 and serves in a task of the current tokio runtime.
    pub async fn start(self) -> io::Result<Emulator> {
        let (app, listener, tls) = prepare(self.cfg)?;
        let addr = listener.local_addr()?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let shutdown = CancellationToken::new();
        let router = server::router(app.clone());
        let acceptor = tls.as_ref().map(|t| t.acceptor.clone());
        let task = tokio::spawn(server::serve(
            listener,
            router.clone(),
            shutdown.clone(),
            acceptor,
        ));
        Ok(Emulator {
            app,
            addr,
            tls,
            router,
            shutdown,
            runner: Some(Runner::Task(task)),
        })
    }

    /// Binds 127.0.0.1 and serves on a thread of its own with its own tokio
    /// runtime: for blocking code and programs without a runtime.
    pub fn start_blocking(self) -> io::Result<Emulator> {
        let (app, listener, tls) = prepare(self.cfg)?;
        let addr = listener.local_addr()?;
        let acceptor = tls.as_ref().map(|t| t.acceptor.clone());
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("las-emulator")
            .enable_all()
            .build()?;
        let shutdown = CancellationToken::new();
        let router = server::router(app.clone());
        let served = router.clone();
        let token = shutdown.clone();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("las-emulator".into())
            .spawn(move || {
                runtime.block_on(async move {
                    match tokio::net::TcpListener::from_std(listener) {
                        Ok(listener) => {
                            let _ = ready_tx.send(Ok(()));
                            server::serve(listener, served, token, acceptor).await;
                        }
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                        }
                    }
                });
            })?;
        ready_rx
            .recv()
            .map_err(|_| io::Error::other("las-emulator thread ended before serving"))??;
        Ok(Emulator {
            app,
            addr,
            tls,
            router,
            shutdown,
            runner: Some(Runner::Thread(thread)),
        })
    }
}

type Prepared = (Arc<App>, std::net::TcpListener, Option<Tls>);

fn prepare(mut cfg: Config) -> io::Result<Prepared> {
    let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, cfg.port))?;
    listener.set_nonblocking(true)?;
    // The port picked, for the URLs the emulator hands out (`fileUrl`).
    cfg.port = listener.local_addr()?.port();
    let tls = match cfg.tls {
        true => Some(Tls::generate(
            cfg.ca_cert_path.as_deref(),
            listener.local_addr()?.port(),
        )?),
        false => None,
    };
    let app = App::new(cfg).map_err(io::Error::other)?;
    Ok((Arc::new(app), listener, tls))
}

/// An [`Emulator::setup`] request the emulator refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SetupError {
    /// The HTTP status of the refusal (400, 404, …).
    pub status: u16,
    /// The `message` of the error body.
    pub message: String,
}

impl std::fmt::Display for SetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "setup refused with {}: {}", self.status, self.message)
    }
}

impl std::error::Error for SetupError {}

#[derive(Debug)]
enum Runner {
    Task(tokio::task::JoinHandle<()>),
    Thread(std::thread::JoinHandle<()>),
}

/// A running in-memory LAS server on 127.0.0.1. Dropping it shuts the server
/// down (in-flight requests get up to two seconds to finish).
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// let emu = las_emulator::Emulator::start().await?;
/// let api = emu.api_endpoint(); // "http://127.0.0.1:PORT/v1"
/// let token_url = emu.auth_endpoint(); // "http://127.0.0.1:PORT/token"
/// let (id, secret) = (emu.client_id(), emu.client_secret());
/// # let _ = (api, token_url, id, secret);
/// drop(emu);
/// # Ok(()) }
/// ```
pub struct Emulator {
    app: Arc<App>,
    addr: SocketAddr,
    tls: Option<Tls>,
    router: axum::Router,
    shutdown: CancellationToken,
    runner: Option<Runner>,
}

impl Emulator {
    /// A builder with every default.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// Starts an emulator with every default in the current tokio runtime.
    pub async fn start() -> io::Result<Self> {
        Self::builder().start().await
    }

    /// Starts an emulator with every default on its own thread and runtime.
    ///
    /// ```
    /// let emu = las_emulator::Emulator::start_blocking().unwrap();
    /// assert!(emu.api_endpoint().ends_with("/v1"));
    /// ```
    pub fn start_blocking() -> io::Result<Self> {
        Self::builder().start_blocking()
    }

    /// The bound address (always on 127.0.0.1).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` (`https://` with [`EmulatorBuilder::tls`]).
    pub fn base_url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// The API base, `http://127.0.0.1:PORT/v1`.
    pub fn api_endpoint(&self) -> String {
        format!("{}/v1", self.base_url())
    }

    /// The token endpoint, `http://127.0.0.1:PORT/token` (`/oauth2/token` works too).
    pub fn auth_endpoint(&self) -> String {
        format!("{}/token", self.base_url())
    }

    /// With [`EmulatorBuilder::tls`]: the file holding the CA certificate
    /// (PEM) that signed the server's certificate.
    pub fn ca_cert_path(&self) -> Option<&Path> {
        self.tls.as_ref().map(|t| t.ca_path.as_path())
    }

    /// With [`EmulatorBuilder::tls`]: the CA certificate, PEM (e.g. for
    /// `reqwest::Certificate::from_pem`).
    pub fn ca_cert_pem(&self) -> Option<&str> {
        self.tls.as_ref().map(|t| t.ca_pem.as_str())
    }

    /// The accepted OAuth2 client id.
    pub fn client_id(&self) -> &str {
        &self.app.cfg.client_id
    }

    /// The accepted OAuth2 client secret.
    pub fn client_secret(&self) -> &str {
        &self.app.cfg.client_secret
    }

    /// The accepted `x-api-key`.
    pub fn api_key(&self) -> &str {
        &self.app.cfg.api_key
    }

    /// The id of the one organization, `las:organization:<hex>`.
    pub fn organization_id(&self) -> &str {
        &self.app.organization_id
    }

    /// The app client id the configured credentials act as (the `createdBy` of what they create).
    pub fn app_client_id(&self) -> &str {
        &self.app.principal
    }

    /// The seed the emulator was started with.
    pub fn seed(&self) -> u64 {
        self.app.cfg.seed
    }

    /// The clock mode.
    pub fn clock(&self) -> Clock {
        self.app.clock.mode()
    }

    /// Fault injection, changeable while the emulator runs.
    pub fn faults(&self) -> &Faults {
        &self.app.faults
    }

    /// Request counters.
    pub fn stats(&self) -> &Stats {
        &self.app.stats
    }

    /// Moves the emulator clock forward. With [`Clock::Manual`] this is the
    /// only way time passes; with the other clocks it adds to wall time.
    /// Status changes that become due show on the next request.
    pub fn advance(&self, by: Duration) {
        self.app.clock.advance(by);
    }

    /// Now on the emulator clock.
    pub fn now(&self) -> SystemTime {
        UNIX_EPOCH
            .checked_add(Duration::from_millis(self.app.clock.now_ms()))
            .unwrap_or(UNIX_EPOCH)
    }

    /// A valid access token, minted without a token request (not counted in
    /// [`Stats::token_requests`]).
    pub fn issue_token(&self) -> String {
        self.app.tokens.issue(
            &self.app.principal,
            self.app.clock.now_ms(),
            ms(self.app.cfg.token_lifetime),
        )
    }

    /// Makes every token issued so far expired: the next API call with one gets 401.
    pub fn expire_tokens(&self) {
        self.app.tokens.expire_all();
    }

    /// A generated [`las_api::Client`] for this emulator that authenticates with the API key.
    pub fn api_client(&self) -> las_api::Client {
        let ctx = las_api::RequestContext::new();
        let ctx = match ctx.clone().with_header("x-api-key", self.api_key()) {
            Ok(with_key) => with_key,
            Err(_) => ctx,
        };
        las_api::Client::new(&self.api_endpoint(), ctx)
    }

    /// Runs one API operation in-process, to put resources in place before
    /// the code under test runs: `method` and `path` as in the API (without
    /// `/v1`), `body` the JSON body (`Value::Null` for none). It goes through
    /// validation and the operation like any request, but is not counted in
    /// [`stats`](Self::stats), not listed as received and never faulted.
    /// Returns the response body, or the status and message of a refusal.
    ///
    /// ```no_run
    /// use serde_json::json;
    /// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// let emu = las_emulator::Emulator::start().await?;
    /// let dataset = emu.setup("POST", "/datasets", json!({"name": "invoices"})).await?;
    /// let id = dataset["datasetId"].as_str().unwrap_or_default();
    /// emu.setup("POST", "/documents", json!({
    ///     "content": "aGVsbG8=", "contentType": "image/png", "datasetId": id,
    /// })).await?;
    /// assert_eq!(emu.stats().api_requests(), 0);
    /// # Ok(()) }
    /// ```
    pub async fn setup(
        &self,
        method: &str,
        path: &str,
        body: serde_json::Value,
    ) -> Result<serde_json::Value, SetupError> {
        use tower::ServiceExt;
        let refused = |status: u16, message: String| SetupError { status, message };
        let method = axum::http::Method::from_bytes(method.as_bytes())
            .map_err(|_| refused(400, format!("{method:?} is not an HTTP method")))?;
        let bytes = match body {
            serde_json::Value::Null => Vec::new(),
            other => serde_json::to_vec(&other).map_err(|e| refused(400, e.to_string()))?,
        };
        let request = axum::http::Request::builder()
            .method(method)
            .uri(format!("/v1{path}"))
            .header("x-api-key", self.api_key())
            .header("content-type", "application/json")
            .extension(crate::pipeline::SetupRequest)
            .body(axum::body::Body::from(bytes))
            .map_err(|e| refused(400, format!("invalid request: {e}")))?;
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .map_err(|e| refused(500, e.to_string()))?;
        let status = response.status().as_u16();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .map_err(|e| refused(500, e.to_string()))?;
        let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        if (200..300).contains(&status) {
            return Ok(value);
        }
        let message = value["message"].as_str().unwrap_or("request refused");
        Err(refused(status, message.to_string()))
    }

    /// Whether the self-check is on (see [`EmulatorBuilder::self_check`]).
    pub fn self_check_enabled(&self) -> bool {
        self.app.self_check.enabled
    }

    /// Responses validated by the self-check so far.
    pub fn responses_checked(&self) -> u64 {
        self.app.self_check.checked()
    }

    /// The responses that failed the self-check (`"<operationId> <status>:
    /// <what is wrong>"`, the first 100).
    pub fn self_check_violations(&self) -> Vec<String> {
        self.app.self_check.violations()
    }

    /// Stops the server and waits until it has stopped.
    pub async fn shutdown(mut self) {
        self.shutdown.cancel();
        match self.runner.take() {
            Some(Runner::Task(task)) => {
                let _ = task.await;
            }
            Some(Runner::Thread(thread)) => {
                let _ = tokio::task::spawn_blocking(move || thread.join()).await;
            }
            None => {}
        }
    }
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("api_endpoint", &self.api_endpoint())
            .field("seed", &self.app.cfg.seed)
            .field("clock", &self.app.clock.mode())
            .finish_non_exhaustive()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.shutdown.cancel();
        if let Some(Runner::Thread(thread)) = self.runner.take() {
            let _ = thread.join();
        }
        self.app.self_check.log();
        let violations = self.app.self_check.violations();
        if !violations.is_empty() && !std::thread::panicking() {
            panic!(
                "las-emulator self-check: {} responses violated openapi.yaml:\n{}",
                self.app.self_check.violation_count(),
                violations.join("\n")
            );
        }
    }
}
