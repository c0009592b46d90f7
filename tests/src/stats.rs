//! Request counters, readable through [`Emulator::stats`](crate::Emulator::stats).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::lock;

/// One API request as the emulator received it (see [`Stats::received`]).
///
/// ```no_run
/// # async fn demo(emu: las_emulator::Emulator) {
/// for r in emu.stats().received() {
///     println!("{} {} {}", r.operation_id, r.method, r.path);
/// }
/// # }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ReceivedRequest {
    /// The operationId, e.g. `"createDocument"`.
    pub operation_id: String,
    /// `GET`, `POST`, `PATCH`, `DELETE`.
    pub method: String,
    /// The path, from `/v1` on, as sent (percent-encoding kept).
    pub path: String,
    /// The query string, if any.
    pub query: Option<String>,
    /// The JSON body (`Value::Null` without one or when it is not JSON).
    /// Strings of a `content` field longer than 256 characters are replaced
    /// by `"<N characters>"`; a `stripeSetupIntentSecret` by `"<redacted>"`.
    pub body: Value,
}

/// Most requests [`Stats::received`] keeps (the oldest go first).
const RECEIVED_KEPT: usize = 10_000;

/// Counts of requests the emulator has received. Cheap to clone; all clones
/// see the same counters.
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// let emu = las_emulator::Emulator::start().await?;
/// // ... run the code under test ...
/// assert_eq!(emu.stats().token_requests(), 1);
/// assert_eq!(emu.stats().requests_for("createDocument"), 3);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default)]
pub struct Stats {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    token_requests: AtomicU64,
    api_requests: AtomicU64,
    unmatched_requests: AtomicU64,
    faults_injected: AtomicU64,
    by_operation: Mutex<BTreeMap<String, u64>>,
    received: Mutex<std::collections::VecDeque<ReceivedRequest>>,
}

impl Stats {
    /// Requests to the token endpoint (`POST /token` and `POST /oauth2/token`),
    /// successful or not.
    pub fn token_requests(&self) -> u64 {
        self.inner.token_requests.load(Ordering::SeqCst)
    }

    /// Requests that matched an API operation under `/v1`, whatever their
    /// outcome (including rejected, faulted and invalid ones).
    pub fn api_requests(&self) -> u64 {
        self.inner.api_requests.load(Ordering::SeqCst)
    }

    /// Requests to paths or methods that match no operation (answered 404/405).
    pub fn unmatched_requests(&self) -> u64 {
        self.inner.unmatched_requests.load(Ordering::SeqCst)
    }

    /// Requests that received an injected fault (latency alone does not count).
    pub fn faults_injected(&self) -> u64 {
        self.inner.faults_injected.load(Ordering::SeqCst)
    }

    /// Requests to one operation, by operationId (`"listDocuments"`), or to
    /// the token endpoint as `"token"`.
    pub fn requests_for(&self, operation_id: &str) -> u64 {
        lock(&self.inner.by_operation)
            .get(operation_id)
            .copied()
            .unwrap_or(0)
    }

    /// Every operationId that was called, with its request count.
    pub fn by_operation(&self) -> BTreeMap<String, u64> {
        lock(&self.inner.by_operation).clone()
    }

    /// The API requests received so far, oldest first (the last 10,000),
    /// with their bodies: what the code under test actually sent. Requests
    /// that a fault answered without processing are counted but not listed.
    pub fn received(&self) -> Vec<ReceivedRequest> {
        lock(&self.inner.received).iter().cloned().collect()
    }

    /// The requests received for one operationId, oldest first.
    pub fn received_for(&self, operation_id: &str) -> Vec<ReceivedRequest> {
        lock(&self.inner.received)
            .iter()
            .filter(|r| r.operation_id == operation_id)
            .cloned()
            .collect()
    }

    /// Sets every counter back to zero and forgets the received requests.
    pub fn reset(&self) {
        lock(&self.inner.received).clear();
        self.inner.token_requests.store(0, Ordering::SeqCst);
        self.inner.api_requests.store(0, Ordering::SeqCst);
        self.inner.unmatched_requests.store(0, Ordering::SeqCst);
        self.inner.faults_injected.store(0, Ordering::SeqCst);
        lock(&self.inner.by_operation).clear();
    }

    pub(crate) fn record_token(&self) {
        self.inner.token_requests.fetch_add(1, Ordering::SeqCst);
        *lock(&self.inner.by_operation)
            .entry("token".into())
            .or_default() += 1;
    }

    pub(crate) fn record_api(&self, operation_id: &str) {
        self.inner.api_requests.fetch_add(1, Ordering::SeqCst);
        *lock(&self.inner.by_operation)
            .entry(operation_id.to_string())
            .or_default() += 1;
    }

    pub(crate) fn record_received(&self, mut request: ReceivedRequest) {
        if let Some(secret) = request.body.get_mut("stripeSetupIntentSecret") {
            *secret = Value::String("<redacted>".into());
        }
        if let Some(Value::String(content)) = request.body.get_mut("content") {
            if content.len() > 256 {
                *content = format!("<{} characters>", content.len());
            }
        }
        let mut log = lock(&self.inner.received);
        if log.len() >= RECEIVED_KEPT {
            log.pop_front();
        }
        log.push_back(request);
    }

    pub(crate) fn record_unmatched(&self) {
        self.inner.unmatched_requests.fetch_add(1, Ordering::SeqCst);
    }

    pub(crate) fn record_fault(&self) {
        self.inner.faults_injected.fetch_add(1, Ordering::SeqCst);
    }
}
