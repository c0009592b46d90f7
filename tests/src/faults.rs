//! Fault injection: latency, throttling, server errors, dropped connections
//! and corrupted bodies, globally or per route, by rate (drawn from a
//! generator seeded with the emulator's seed) or for the next N requests.
//!
//! Faults that answer instead of the server (`TooManyRequests`,
//! `LimitExceeded`, `ServerError`, `Status`, `DropConnection`) are decided
//! before the request is authenticated or processed, so they have no side
//! effects. `DropMidBody`, `TruncatedBody` and `MalformedJson` corrupt the real
//! response of a request that *was* processed, as when a network or proxy
//! fails after the server did its work.

use std::convert::Infallible;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use futures::StreamExt;

use crate::error::message_response;
use crate::ids::IdGen;
use crate::lock;
use crate::server::ConnCtl;

/// One kind of injected failure.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Fault {
    /// 429 `{"message": "Too Many Requests"}` with a `Retry-After` header
    /// (seconds, see [`Faults::set_retry_after`]). Not processed.
    TooManyRequests,
    /// 429 `{"message": "Limit Exceeded"}` (quota exhausted), no `Retry-After`. Not processed.
    LimitExceeded,
    /// A 5xx picked (with the seeded generator) among the server-error codes,
    /// 500, 502, 503 and 504 unless [`Faults::set_server_error_codes`] says
    /// otherwise. Not processed.
    ServerError,
    /// This exact status with `{"message": <reason phrase>}`. Not processed.
    Status(u16),
    /// The TCP connection is closed without a single byte of response. Not processed.
    DropConnection,
    /// The request is processed; the status line, headers (with the full
    /// `Content-Length`) and the first half of the body are sent, then the
    /// connection is closed.
    DropMidBody,
    /// The request is processed; a complete HTTP response whose JSON body is
    /// cut in half (`Content-Length` matches the cut body).
    TruncatedBody,
    /// The request is processed; a complete HTTP response with the real
    /// status whose body is not JSON.
    MalformedJson,
}

impl Fault {
    /// Whether the fault answers instead of the server (nothing is processed).
    pub fn replaces_response(&self) -> bool {
        matches!(
            self,
            Fault::TooManyRequests
                | Fault::LimitExceeded
                | Fault::ServerError
                | Fault::Status(_)
                | Fault::DropConnection
        )
    }
}

impl std::str::FromStr for Fault {
    type Err = String;

    /// `429` / `too-many-requests`, `limit-exceeded`, `5xx` / `server-error`,
    /// a status code (`503`), `drop`, `drop-mid-body`, `truncate`, `malformed`.
    ///
    /// ```
    /// use las_emulator::Fault;
    /// assert_eq!("503".parse::<Fault>(), Ok(Fault::Status(503)));
    /// assert_eq!("drop".parse::<Fault>(), Ok(Fault::DropConnection));
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "429" | "too-many-requests" | "throttle" => Fault::TooManyRequests,
            "limit-exceeded" | "limit" => Fault::LimitExceeded,
            "5xx" | "server-error" => Fault::ServerError,
            "drop" | "drop-connection" => Fault::DropConnection,
            "drop-mid-body" | "drop-after-headers" => Fault::DropMidBody,
            "truncate" | "truncated-body" => Fault::TruncatedBody,
            "malformed" | "malformed-json" => Fault::MalformedJson,
            other => match other.parse::<u16>() {
                Ok(code) if (100..600).contains(&code) => Fault::Status(code),
                _ => return Err(format!("unknown fault {s:?}")),
            },
        })
    }
}

/// Which requests a rule applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Selector {
    All,
    Operation(String),
    PathPrefix(String),
}

impl Selector {
    fn parse(s: &str) -> Self {
        let s = s.trim();
        if s.is_empty() || s == "*" {
            Selector::All
        } else if s.starts_with('/') {
            let is_api = !(s.starts_with("/v1")
                || s.starts_with("/token")
                || s.starts_with("/oauth2")
                || s.starts_with("/files"));
            Selector::PathPrefix(if is_api {
                format!("/v1{s}")
            } else {
                s.to_string()
            })
        } else {
            Selector::Operation(s.to_string())
        }
    }

    fn matches(&self, t: &Target<'_>, include_token: bool) -> bool {
        match self {
            Selector::All => !t.token_endpoint || include_token,
            Selector::Operation(op) => op == t.operation,
            Selector::PathPrefix(p) => t.path.starts_with(p.as_str()),
        }
    }
}

#[derive(Debug)]
struct Rule {
    selector: Selector,
    latency: Option<Duration>,
    rates: Vec<(Fault, f64)>,
    next: Vec<Fault>,
}

#[derive(Debug)]
struct FaultState {
    rules: Vec<Rule>,
    rng: IdGen,
    include_token: bool,
    retry_after: Duration,
    server_error_codes: Vec<u16>,
}

impl FaultState {
    fn rule(&mut self, selector: &Selector) -> &mut Rule {
        let i = match self.rules.iter().position(|r| &r.selector == selector) {
            Some(i) => i,
            None => {
                self.rules.push(Rule {
                    selector: selector.clone(),
                    latency: None,
                    rates: Vec::new(),
                    next: Vec::new(),
                });
                self.rules.len() - 1
            }
        };
        &mut self.rules[i]
    }
}

/// The fault configuration of one emulator, changeable while it runs.
/// Cheap to clone; all clones share the configuration.
///
/// Rules for a specific route take precedence over the global ones: a
/// request first consumes a queued "fail next" fault of a matching route
/// rule, then of the global rule; otherwise the rates of the first matching
/// route rule that has rates are drawn, else the global rates. Latency comes
/// from the first matching rule that sets it. Global rules never touch the
/// token endpoint unless [`Faults::include_token_endpoint`] is on; a route
/// rule for `"token"` or `"/token"` always does.
///
/// ```no_run
/// use std::time::Duration;
/// use las_emulator::{Emulator, Fault};
/// # async fn demo() -> std::io::Result<()> {
/// let emu = Emulator::start().await?;
/// emu.faults().all().latency(Duration::from_millis(20));
/// emu.faults().all().rate(Fault::TooManyRequests, 0.1);
/// emu.faults().route("listDocuments").fail_next(2, Fault::ServerError);
/// emu.faults().route("/documents").rate(Fault::DropConnection, 0.05);
/// emu.faults().clear();
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Faults {
    inner: Arc<Mutex<FaultState>>,
}

/// The rules of one selector (global, an operationId, or a path prefix).
#[derive(Clone, Debug)]
pub struct FaultScope {
    faults: Faults,
    selector: Selector,
}

impl Faults {
    pub(crate) fn new(seed: u64) -> Self {
        Self {
            inner: Arc::new(Mutex::new(FaultState {
                rules: Vec::new(),
                rng: IdGen::new(seed ^ 0x6661_756c_7473_0002),
                include_token: false,
                retry_after: Duration::from_secs(1),
                server_error_codes: vec![500, 502, 503, 504],
            })),
        }
    }

    /// Rules that apply to every API request (and to the token endpoint only
    /// with [`include_token_endpoint`](Self::include_token_endpoint)).
    pub fn all(&self) -> FaultScope {
        self.scope(Selector::All)
    }

    /// Rules for one route: an operationId (`"createDocument"`, or `"token"`
    /// for the token endpoint) or, starting with `/`, a path prefix relative
    /// to the API base (`"/documents"` matches `/v1/documents` and
    /// `/v1/documents/{id}`; `/v1/...`, `/token`, `/oauth2/token` and the file
    /// server's `/files/...` are taken as absolute).
    pub fn route(&self, selector: &str) -> FaultScope {
        self.scope(Selector::parse(selector))
    }

    fn scope(&self, selector: Selector) -> FaultScope {
        FaultScope {
            faults: self.clone(),
            selector,
        }
    }

    /// Removes every rule and queued fault.
    pub fn clear(&self) {
        lock(&self.inner).rules.clear();
    }

    /// Whether global rules also apply to the token endpoint (default: no).
    pub fn include_token_endpoint(&self, include: bool) {
        lock(&self.inner).include_token = include;
    }

    /// The `Retry-After` of [`Fault::TooManyRequests`] (default 1 s, sent in whole seconds).
    pub fn set_retry_after(&self, after: Duration) {
        lock(&self.inner).retry_after = after;
    }

    /// The statuses [`Fault::ServerError`] picks from (default 500, 502, 503, 504).
    pub fn set_server_error_codes(&self, codes: &[u16]) {
        let codes: Vec<u16> = codes
            .iter()
            .copied()
            .filter(|c| (100..600).contains(c))
            .collect();
        if !codes.is_empty() {
            lock(&self.inner).server_error_codes = codes;
        }
    }

    /// Decides what happens to one request.
    pub(crate) fn plan(&self, target: &Target<'_>) -> Plan {
        let mut st = lock(&self.inner);
        let include = st.include_token;
        let mut order: Vec<usize> = (0..st.rules.len())
            .filter(|&i| st.rules[i].selector != Selector::All)
            .collect();
        order.extend((0..st.rules.len()).filter(|&i| st.rules[i].selector == Selector::All));
        order.retain(|&i| st.rules[i].selector.matches(target, include));

        let latency = order.iter().find_map(|&i| st.rules[i].latency);
        let mut fault = None;
        for &i in &order {
            if !st.rules[i].next.is_empty() {
                fault = Some(st.rules[i].next.remove(0));
                break;
            }
        }
        if fault.is_none() {
            if let Some(&i) = order.iter().find(|&&i| !st.rules[i].rates.is_empty()) {
                let draw = st.rng.unit();
                let mut acc = 0.0;
                for (f, rate) in &st.rules[i].rates {
                    acc += rate;
                    if draw < acc {
                        fault = Some(f.clone());
                        break;
                    }
                }
            }
        }
        let fault = fault.map(|f| match f {
            Fault::ServerError => {
                let n = st.server_error_codes.len().max(1);
                let pick = (st.rng.unit() * n as f64) as usize;
                Fault::Status(st.server_error_codes.get(pick).copied().unwrap_or(500))
            }
            other => other,
        });
        Plan {
            latency,
            fault,
            retry_after: st.retry_after,
        }
    }
}

impl FaultScope {
    /// Adds this latency before every matching request is handled.
    pub fn latency(&self, latency: Duration) -> &Self {
        lock(&self.faults.inner).rule(&self.selector).latency = Some(latency);
        self
    }

    /// Injects `fault` into this fraction (0.0–1.0) of matching requests;
    /// setting the same fault again replaces its rate, 0 removes it.
    pub fn rate(&self, fault: Fault, rate: f64) -> &Self {
        let rate = if rate.is_finite() {
            rate.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let mut st = lock(&self.faults.inner);
        let rule = st.rule(&self.selector);
        rule.rates.retain(|(f, _)| f != &fault);
        if rate > 0.0 {
            rule.rates.push((fault, rate));
        }
        self
    }

    /// Injects `fault` into the next `n` matching requests (queued after any
    /// faults already queued for this scope).
    pub fn fail_next(&self, n: usize, fault: Fault) -> &Self {
        let mut st = lock(&self.faults.inner);
        let rule = st.rule(&self.selector);
        rule.next.extend(std::iter::repeat_n(fault, n));
        self
    }

    /// Faults still queued by [`fail_next`](Self::fail_next) for this scope.
    pub fn pending(&self) -> usize {
        lock(&self.faults.inner)
            .rules
            .iter()
            .find(|r| r.selector == self.selector)
            .map_or(0, |r| r.next.len())
    }

    /// Removes latency, rates and queued faults of this scope.
    pub fn clear(&self) {
        lock(&self.faults.inner)
            .rules
            .retain(|r| r.selector != self.selector);
    }
}

/// The request a fault decision is about.
pub(crate) struct Target<'a> {
    pub operation: &'a str,
    pub path: &'a str,
    pub token_endpoint: bool,
}

#[derive(Debug)]
pub(crate) struct Plan {
    latency: Option<Duration>,
    fault: Option<Fault>,
    retry_after: Duration,
}

/// Runs `handler` under the fault plan for `target`.
pub(crate) async fn apply<F>(
    app: &crate::app::App,
    target: Target<'_>,
    conn: Option<&ConnCtl>,
    handler: F,
) -> Response
where
    F: Future<Output = Response>,
{
    let plan = app.faults.plan(&target);
    if let Some(latency) = plan.latency {
        tokio::time::sleep(latency).await;
    }
    let Some(fault) = plan.fault else {
        return handler.await;
    };
    app.stats.record_fault();
    if fault.replaces_response() {
        return replacement(&fault, plan.retry_after, conn).await;
    }
    let response = handler.await;
    corrupt(response, &fault, conn).await
}

async fn replacement(fault: &Fault, retry_after: Duration, conn: Option<&ConnCtl>) -> Response {
    match fault {
        Fault::TooManyRequests => {
            let mut r = message_response(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests");
            let secs = retry_after.as_secs_f64().ceil() as u64;
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
            r
        }
        Fault::LimitExceeded => message_response(StatusCode::TOO_MANY_REQUESTS, "Limit Exceeded"),
        Fault::Status(code) => {
            let status = StatusCode::from_u16(*code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let reason = match status.as_u16() {
                504 => "Endpoint request timed out",
                _ => status.canonical_reason().unwrap_or("Error"),
            };
            message_response(status, reason)
        }
        Fault::DropConnection => match conn {
            Some(conn) => {
                conn.kill();
                std::future::pending::<Response>().await
            }
            None => message_response(StatusCode::BAD_GATEWAY, "Bad Gateway"),
        },
        // Not reached: only replacing faults get here.
        _ => message_response(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"),
    }
}

async fn corrupt(response: Response, fault: &Fault, conn: Option<&ConnCtl>) -> Response {
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    match fault {
        Fault::TruncatedBody => {
            let cut = bytes.slice(..bytes.len() / 2);
            Response::from_parts(parts, Body::from(cut))
        }
        Fault::MalformedJson => {
            let garbage = Bytes::from_static(b"{\"message\": this is not JSON<html>");
            Response::from_parts(parts, Body::from(garbage))
        }
        Fault::DropMidBody => {
            let Some(conn) = conn.cloned() else {
                return message_response(StatusCode::BAD_GATEWAY, "Bad Gateway");
            };
            // Declare the full length, send half, then close the connection.
            let full = bytes.len().max(1);
            if let Ok(v) = HeaderValue::from_str(&full.to_string()) {
                parts.headers.insert(header::CONTENT_LENGTH, v);
            }
            let half = bytes.slice(..bytes.len() / 2);
            let first = futures::stream::once(async move { Ok::<Bytes, Infallible>(half) });
            let then_close = futures::stream::once(async move {
                tokio::time::sleep(Duration::from_millis(20)).await;
                conn.kill();
                std::future::pending::<Result<Bytes, Infallible>>().await
            });
            Response::from_parts(parts, Body::from_stream(first.chain(then_close)))
        }
        _ => Response::from_parts(parts, Body::from(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(op: &'static str, path: &'static str) -> Target<'static> {
        Target {
            operation: op,
            path,
            token_endpoint: false,
        }
    }

    #[test]
    fn fail_next_counts_down_and_prefers_routes() {
        let f = Faults::new(1);
        f.all().fail_next(1, Fault::LimitExceeded);
        f.route("listDocuments").fail_next(1, Fault::ServerError);
        let t = target("listDocuments", "/v1/documents");
        assert!(matches!(f.plan(&t).fault, Some(Fault::Status(500..=504))));
        assert_eq!(f.plan(&t).fault, Some(Fault::LimitExceeded));
        assert_eq!(f.plan(&t).fault, None);
    }

    #[test]
    fn path_prefixes_and_token_endpoint() {
        let f = Faults::new(1);
        f.route("/documents").fail_next(1, Fault::DropConnection);
        assert_eq!(f.plan(&target("listModels", "/v1/models")).fault, None);
        assert_eq!(
            f.plan(&target("getDocument", "/v1/documents/x")).fault,
            Some(Fault::DropConnection)
        );
        f.all().fail_next(1, Fault::TooManyRequests);
        let token = Target {
            operation: "token",
            path: "/token",
            token_endpoint: true,
        };
        assert_eq!(f.plan(&token).fault, None);
        f.include_token_endpoint(true);
        assert_eq!(f.plan(&token).fault, Some(Fault::TooManyRequests));
    }

    #[test]
    fn rates_are_deterministic() {
        let run = |seed| {
            let f = Faults::new(seed);
            f.all().rate(Fault::TooManyRequests, 0.5);
            (0..64)
                .map(|_| f.plan(&target("x", "/v1/x")).fault.is_some())
                .collect::<Vec<_>>()
        };
        assert_eq!(run(3), run(3));
        let hits = run(3).iter().filter(|h| **h).count();
        assert!((16..48).contains(&hits), "{hits}");
    }
}
