//! The shared state of one running emulator: configuration, clock, the
//! resource store, issued tokens, fault rules and counters.

use std::sync::Mutex;
use std::time::Duration;

use crate::auth::TokenStore;
use crate::clock::{Clock, ClockSource};
use crate::faults::Faults;
use crate::lock;
use crate::self_check::{self, SelfCheck};
use crate::spec::Spec;
use crate::state::State;
use crate::stats::Stats;

/// Default OAuth2 client id.
pub const DEFAULT_CLIENT_ID: &str = "las-emulator-client-id";
/// Default OAuth2 client secret.
pub const DEFAULT_CLIENT_SECRET: &str = "las-emulator-client-secret";
/// Default `x-api-key`.
pub const DEFAULT_API_KEY: &str = "las-emulator-api-key";

/// How long status changes take (under [`Clock::Real`] and
/// [`Clock::Manual`]; under [`Clock::Instant`] all but the heartbeat timeout are zero).
///
/// ```
/// let t = las_emulator::Timings::default();
/// assert_eq!(t.training, std::time::Duration::from_secs(2));
/// assert_eq!(t.heartbeat_timeout, std::time::Duration::from_secs(60));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timings {
    /// A training runs this long before it has `succeeded`; a model PATCHed to
    /// the retired `training` status becomes `active` after it (default 2 s).
    pub training: Duration,
    /// A data bundle goes from `running` to `succeeded` (or `failed`), and a
    /// dataset transformation from `running` to `succeeded`, after this (default 1 s).
    pub data_bundle: Duration,
    /// Each automatic workflow step (a docker transition, or the whole run of
    /// a workflow without transitions) takes this long (default 1 s).
    pub workflow_step: Duration,
    /// A running transition execution that was started by
    /// `POST /transitions/{id}/executions` (or has had a heartbeat) fails when
    /// no heartbeat arrives for this long (default 60 s).
    pub heartbeat_timeout: Duration,
}

impl Default for Timings {
    fn default() -> Self {
        Self {
            training: Duration::from_secs(2),
            data_bundle: Duration::from_secs(1),
            workflow_step: Duration::from_secs(1),
            heartbeat_timeout: Duration::from_secs(60),
        }
    }
}

/// Everything an emulator is started with.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub seed: u64,
    pub port: u16,
    pub client_id: String,
    pub client_secret: String,
    pub api_key: String,
    pub token_lifetime: Duration,
    pub clock: Clock,
    pub timings: Timings,
    pub default_page_size: usize,
    pub body_limit: usize,
    /// Longest `content` of a document or asset; `None`: the API's bound.
    pub content_limit: Option<usize>,
    /// Validate every response (`None`: as `LAS_EMULATOR_SELF_CHECK` says).
    pub self_check: Option<bool>,
    /// Serve https with a certificate made at start.
    pub tls: bool,
    /// Where to write the CA certificate (default: a temporary file).
    pub ca_cert_path: Option<std::path::PathBuf>,
    /// Another OpenAPI document to serve instead of the embedded openapi.yaml.
    pub spec_yaml: Option<std::sync::Arc<str>>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            seed: 0,
            port: 0,
            client_id: DEFAULT_CLIENT_ID.into(),
            client_secret: DEFAULT_CLIENT_SECRET.into(),
            api_key: DEFAULT_API_KEY.into(),
            token_lifetime: Duration::from_secs(3600),
            clock: Clock::Real,
            timings: Timings::default(),
            default_page_size: 100,
            body_limit: 32 * 1024 * 1024,
            content_limit: None,
            self_check: None,
            tls: false,
            ca_cert_path: None,
            spec_yaml: None,
        }
    }
}

/// Shared by every request of one emulator.
pub(crate) struct App {
    pub cfg: Config,
    pub spec: &'static Spec,
    pub clock: ClockSource,
    pub state: Mutex<State>,
    pub tokens: TokenStore,
    pub faults: Faults,
    pub stats: Stats,
    pub self_check: SelfCheck,
    /// The built-in app client the configured credentials belong to.
    pub principal: String,
    pub organization_id: String,
}

impl App {
    pub fn new(cfg: Config) -> Result<Self, String> {
        let spec = match &cfg.spec_yaml {
            None => Spec::get()?,
            // Parsed once for this emulator and kept for the rest of the
            // process (a test-only option).
            Some(yaml) => &*Box::leak(Box::new(Spec::parse(
                yaml,
                Some(crate::spec::VENDOR_CONSTRAINTS_JSON),
            )?)),
        };
        let clock = ClockSource::new(cfg.clock);
        let state = State::new(cfg.seed, clock.now_ms());
        let principal = state.principal.clone();
        let organization_id = state.organization.organization_id.clone();
        Ok(Self {
            tokens: TokenStore::new(cfg.seed),
            faults: Faults::new(cfg.seed),
            stats: Stats::default(),
            self_check: SelfCheck::new(cfg.self_check.unwrap_or_else(self_check::enabled_by_env)),
            spec,
            clock,
            state: Mutex::new(state),
            principal,
            organization_id,
            cfg,
        })
    }

    /// The principal of a client id/secret pair: the built-in client, or an
    /// app client created through `POST /appClients` with a secret.
    pub fn principal_for_client(&self, id: &str, secret: &str) -> Option<String> {
        if id == self.cfg.client_id && secret == self.cfg.client_secret {
            return Some(self.principal.clone());
        }
        lock(&self.state).app_client_by_credentials(id, secret)
    }

    /// Where documents' `fileUrl`s point: `http://localhost:PORT/files/documents`
    /// (`https://` with TLS). `localhost`, not `127.0.0.1`: the API's pattern
    /// for file URLs takes `http://localhost…` or `https://…` only.
    pub fn files_base(&self) -> String {
        let scheme = if self.cfg.tls { "https" } else { "http" };
        format!("{scheme}://localhost:{}/files/documents", self.cfg.port)
    }

    /// Durations in effect for the clock mode.
    pub fn timings(&self) -> Timings {
        match self.clock.mode() {
            Clock::Instant => Timings {
                training: Duration::ZERO,
                data_bundle: Duration::ZERO,
                workflow_step: Duration::ZERO,
                heartbeat_timeout: self.cfg.timings.heartbeat_timeout,
            },
            Clock::Real | Clock::Manual => self.cfg.timings.clone(),
        }
    }
}
