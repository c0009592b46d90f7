//! What is retried, how often, and how long to wait.
//!
//! Delays come from `backon`'s exponential backoff with jitter; this module
//! adds the LAS rules on top: which failures are transient, which methods may
//! be replayed after which failures, and `Retry-After`.

use std::time::Duration;

use backon::BackoffBuilder;

use crate::Error;

/// Retry configuration of a [`Client`](crate::Client).
///
/// Defaults ([`RetryPolicy::standard`]): up to 5 attempts in all, delays
/// starting at 250 ms and doubling up to 20 s, each with random jitter of up
/// to the delay itself; a server's `Retry-After` is honoured up to 60 s.
///
/// Retried: 429 "Too Many Requests", 500/502/503/504, connection failures and
/// timeouts. Never retried: 429 "Limit Exceeded" (the monthly quota) and
/// every other 4xx. GET, PATCH and DELETE may be replayed after any of the
/// retried failures. A POST is replayed only when the server certainly did
/// not act on it: the connection was refused before the request was sent, or
/// the answer was 429 or 503. After an ambiguous failure (timeout, reset
/// connection, 500, 502, 504) a POST is not replayed, so a document is never
/// created twice.
///
/// ```
/// use std::time::Duration;
/// use las_client::RetryPolicy;
///
/// let policy = RetryPolicy::standard()
///     .with_max_attempts(3)
///     .with_initial_delay(Duration::from_millis(100));
/// assert_eq!(policy.max_attempts(), 3);
/// assert_eq!(RetryPolicy::disabled().max_attempts(), 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_delay: Duration,
    max_delay: Duration,
    factor: f32,
    jitter: bool,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryPolicy {
    /// The default policy (see the type's documentation).
    pub fn standard() -> Self {
        Self {
            max_attempts: 5,
            initial_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(20),
            factor: 2.0,
            jitter: true,
            max_retry_after: Duration::from_secs(60),
        }
    }

    /// Never retry: every request is sent once.
    ///
    /// ```
    /// assert_eq!(las_client::RetryPolicy::disabled().max_attempts(), 1);
    /// ```
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::standard()
        }
    }

    /// Attempts in all, the first included (minimum 1).
    ///
    /// ```
    /// assert_eq!(las_client::RetryPolicy::standard().with_max_attempts(0).max_attempts(), 1);
    /// ```
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Delay before the first retry; later delays grow by the factor.
    ///
    /// ```
    /// # use std::time::Duration;
    /// let p = las_client::RetryPolicy::standard().with_initial_delay(Duration::from_millis(10));
    /// # let _ = p;
    /// ```
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// Upper bound of a single backoff delay.
    ///
    /// ```
    /// # use std::time::Duration;
    /// let p = las_client::RetryPolicy::standard().with_max_delay(Duration::from_secs(5));
    /// # let _ = p;
    /// ```
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Growth factor between delays (at least 1.0).
    ///
    /// ```
    /// let p = las_client::RetryPolicy::standard().with_factor(1.5);
    /// # let _ = p;
    /// ```
    pub fn with_factor(mut self, factor: f32) -> Self {
        self.factor = if factor.is_finite() {
            factor.max(1.0)
        } else {
            2.0
        };
        self
    }

    /// Turn jitter on or off (on by default; off makes delays exact, useful
    /// in tests).
    ///
    /// ```
    /// let p = las_client::RetryPolicy::standard().with_jitter(false);
    /// # let _ = p;
    /// ```
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// The longest `Retry-After` honoured; a longer one ends the retries.
    ///
    /// ```
    /// # use std::time::Duration;
    /// let p = las_client::RetryPolicy::standard().with_max_retry_after(Duration::from_secs(10));
    /// # let _ = p;
    /// ```
    pub fn with_max_retry_after(mut self, limit: Duration) -> Self {
        self.max_retry_after = limit;
        self
    }

    /// Attempts in all, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The backoff delays for one call, one per retry.
    pub(crate) fn delays(&self) -> impl Iterator<Item = Duration> {
        let mut builder = backon::ExponentialBuilder::new()
            .with_min_delay(self.initial_delay)
            .with_max_delay(self.max_delay)
            .with_factor(self.factor)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize);
        if self.jitter {
            builder = builder.with_jitter();
        }
        builder.build()
    }

    /// How long to wait before replaying, or `None` to give up. `backoff` is
    /// the next delay of [`RetryPolicy::delays`] (`None` when spent).
    pub(crate) fn decide(
        &self,
        method: Method,
        error: &Error,
        backoff: Option<Duration>,
    ) -> Option<Duration> {
        if !may_replay(method, error) {
            return None;
        }
        let backoff = backoff?;
        match error {
            Error::TooManyRequests {
                retry_after: Some(after),
            } => (*after <= self.max_retry_after).then(|| (*after).max(backoff)),
            _ => Some(backoff),
        }
    }
}

/// The HTTP method of an operation, as far as replaying is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Post,
    Patch,
    Put,
    Delete,
}

impl Method {
    fn idempotent(self) -> bool {
        !matches!(self, Method::Post)
    }
}

/// Whether `error` allows replaying a request sent with `method`.
fn may_replay(method: Method, error: &Error) -> bool {
    match error {
        // The server refused to act: safe for every method.
        Error::TooManyRequests { .. } => true,
        Error::Server { status: 503, .. } => true,
        Error::Transport { source } if source.is_connect() => true,
        // The server may have acted: only for idempotent methods.
        Error::Server { status, .. } => matches!(status, 500 | 502 | 504) && method.idempotent(),
        Error::Timeout { .. } | Error::Transport { .. } => method.idempotent(),
        _ => false,
    }
}

/// The longest `Retry-After` represented; longer values (up to `1e300` or
/// a date in the year 9999) saturate to it, which is past any sensible
/// [`RetryPolicy::with_max_retry_after`], so the retries end.
pub(crate) const RETRY_AFTER_CAP: Duration = Duration::from_secs(365 * 24 * 3600);

/// Parse a `Retry-After` header value: delta-seconds (also fractional, as
/// some servers send) or an HTTP date. Never panics: huge values saturate to
/// [`RETRY_AFTER_CAP`], a date in the past is zero, and negative, NaN or
/// unparsable values are `None`.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        // Any number of digits: too many for u64 saturates.
        let secs = value.parse::<u64>().map(Duration::from_secs);
        return Some(secs.unwrap_or(RETRY_AFTER_CAP).min(RETRY_AFTER_CAP));
    }
    if let Ok(secs) = value.parse::<f64>() {
        if secs.is_nan() || secs < 0.0 {
            return None;
        }
        let secs = Duration::try_from_secs_f64(secs).unwrap_or(RETRY_AFTER_CAP);
        return Some(secs.min(RETRY_AFTER_CAP));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    let wait = when
        .duration_since(std::time::SystemTime::now())
        .unwrap_or(Duration::ZERO);
    Some(wait.min(RETRY_AFTER_CAP))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(status: u16) -> Error {
        Error::Server {
            status,
            message: String::new(),
        }
    }

    #[test]
    fn post_is_replayed_only_when_the_server_did_not_act() {
        let too_many = Error::TooManyRequests { retry_after: None };
        assert!(may_replay(Method::Post, &too_many));
        assert!(may_replay(Method::Post, &server(503)));
        for status in [500, 502, 504] {
            assert!(!may_replay(Method::Post, &server(status)), "{status}");
            assert!(may_replay(Method::Get, &server(status)), "{status}");
            assert!(may_replay(Method::Patch, &server(status)), "{status}");
            assert!(may_replay(Method::Delete, &server(status)), "{status}");
        }
        assert!(!may_replay(Method::Post, &Error::Timeout { source: None }));
        assert!(may_replay(Method::Get, &Error::Timeout { source: None }));
    }

    #[test]
    fn quota_and_client_errors_are_never_replayed() {
        let limit = Error::LimitExceeded {
            message: "Limit Exceeded".into(),
        };
        let bad = Error::BadRequest {
            message: String::new(),
        };
        for method in [Method::Get, Method::Post, Method::Patch, Method::Delete] {
            assert!(!may_replay(method, &limit));
            assert!(!may_replay(method, &bad));
            assert!(!may_replay(method, &server(501)));
        }
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_limit() {
        let policy = RetryPolicy::standard().with_max_retry_after(Duration::from_secs(10));
        let soon = Error::TooManyRequests {
            retry_after: Some(Duration::from_secs(3)),
        };
        let later = Error::TooManyRequests {
            retry_after: Some(Duration::from_secs(30)),
        };
        let backoff = Some(Duration::from_millis(100));
        assert_eq!(
            policy.decide(Method::Post, &soon, backoff),
            Some(Duration::from_secs(3))
        );
        assert_eq!(policy.decide(Method::Get, &later, backoff), None);
        // A backoff longer than Retry-After wins.
        assert_eq!(
            policy.decide(Method::Get, &soon, Some(Duration::from_secs(5))),
            Some(Duration::from_secs(5))
        );
        // Spent budget: no retry whatever the error.
        assert_eq!(policy.decide(Method::Get, &soon, None), None);
    }

    #[test]
    fn delays_grow_and_stop_at_the_attempt_budget() {
        let policy = RetryPolicy::standard()
            .with_max_attempts(4)
            .with_jitter(false)
            .with_initial_delay(Duration::from_millis(100))
            .with_max_delay(Duration::from_millis(300));
        let delays: Vec<u128> = policy.delays().map(|d| d.as_millis()).collect();
        assert_eq!(delays, vec![100, 200, 300]);
        assert_eq!(RetryPolicy::disabled().delays().count(), 0);
    }

    #[test]
    fn retry_after_header_forms() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after(" 1.5 "),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(parse_retry_after("-3"), None);
        assert_eq!(parse_retry_after("NaN"), None);
        assert_eq!(parse_retry_after(""), None);
        for huge in [
            "1e300",
            "99999999999999999999",
            "inf",
            "Fri, 31 Dec 9999 23:59:59 GMT",
        ] {
            assert_eq!(parse_retry_after(huge), Some(RETRY_AFTER_CAP), "{huge}");
        }
    }
}
