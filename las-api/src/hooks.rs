//! Handwritten: the `ClientHooks` implementation for the generated [`Client`].
//!
//! Rust's orphan rule keeps this impl in the crate that defines `Client`, so it
//! lives here, beside (never inside) `generated.rs`. It does three things for
//! every request: adds the headers las-client supplies in the
//! [`RequestContext`] (authentication), runs the request inside a `tracing`
//! span, records status and duration, and bounds the response body when the
//! context carries a size limit. Retries and token refresh are
//! decided by las-client, one level up, where errors are typed.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderName, HeaderValue};
use tracing::Instrument;

use crate::Client;

/// Per-request values handed to the generated client: headers to add (for
/// example `authorization` or `x-api-key`, always marked sensitive so they
/// never show in `Debug` output) and the attempt number for tracing. It also
/// records the status and `Retry-After` of the response it was used for
/// ([`RequestContext::response`]), which the caller needs when an error body
/// cannot be decoded and the generated error therefore carries no status.
///
/// ```
/// use las_api::RequestContext;
///
/// let ctx = RequestContext::new()
///     .with_header("x-api-key", "secret-value")
///     .unwrap()
///     .with_attempt(2);
/// assert_eq!(ctx.attempt(), 2);
/// assert!(!format!("{ctx:?}").contains("secret-value"));
/// ```
#[derive(Clone)]
pub struct RequestContext {
    headers: Vec<(HeaderName, HeaderValue)>,
    attempt: u32,
    response: Arc<OnceLock<ResponseMeta>>,
    max_response_bytes: Option<u64>,
}

/// What [`RequestContext`] saw of the response: its status and `Retry-After`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResponseMeta {
    /// HTTP status.
    pub status: reqwest::StatusCode,
    /// The `Retry-After` header, verbatim, when present.
    pub retry_after: Option<String>,
}

impl Default for RequestContext {
    fn default() -> Self {
        Self::new()
    }
}

impl RequestContext {
    /// An empty context: no extra headers, attempt 1.
    pub fn new() -> Self {
        Self {
            headers: Vec::new(),
            attempt: 1,
            response: Arc::default(),
            max_response_bytes: None,
        }
    }

    /// Status and `Retry-After` of the response received with this context
    /// (shared by its clones), once there is one.
    ///
    /// ```
    /// assert!(las_api::RequestContext::new().response().is_none());
    /// ```
    pub fn response(&self) -> Option<&ResponseMeta> {
        self.response.get()
    }

    /// Add a header to every request made with this context. The value is
    /// marked sensitive.
    pub fn with_header(
        mut self,
        name: &'static str,
        value: &str,
    ) -> Result<Self, reqwest::header::InvalidHeaderValue> {
        let mut value = HeaderValue::from_str(value)?;
        value.set_sensitive(true);
        self.headers.push((HeaderName::from_static(name), value));
        Ok(self)
    }

    /// Add a prepared header value (marked sensitive here as well).
    pub fn with_header_value(mut self, name: HeaderName, mut value: HeaderValue) -> Self {
        value.set_sensitive(true);
        self.headers.push((name, value));
        self
    }

    /// Set the attempt number recorded in the request span (1 = first try).
    pub fn with_attempt(mut self, attempt: u32) -> Self {
        self.attempt = attempt;
        self
    }

    /// The attempt number recorded in the request span.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// Fail reading a response body larger than `bytes` with
    /// [`ResponseTooLarge`](crate::ResponseTooLarge) (see
    /// [`limit_response`](crate::limit_response)). No limit by default.
    ///
    /// ```
    /// let ctx = las_api::RequestContext::new().with_max_response_bytes(1 << 20);
    /// assert_eq!(ctx.max_response_bytes(), Some(1 << 20));
    /// ```
    pub fn with_max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// The response size limit, if any.
    pub fn max_response_bytes(&self) -> Option<u64> {
        self.max_response_bytes
    }
}

impl std::fmt::Debug for RequestContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("RequestContext")
            .field("headers", &names)
            .field("attempt", &self.attempt)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}

impl ClientHooks<RequestContext> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        for (name, value) in &self.inner().headers {
            request.headers_mut().insert(name.clone(), value.clone());
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::debug_span!(
            "las.request",
            operation = info.operation_id,
            method = %request.method(),
            attempt = self.inner().attempt,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = self
            .client()
            .execute(request)
            .instrument(span.clone())
            .await;
        let elapsed = started.elapsed().as_secs_f64() * 1000.0;
        span.record("duration_ms", elapsed);
        let result = match (result, self.inner().max_response_bytes) {
            (Ok(response), Some(limit)) => Ok(crate::limit_response(response, limit)),
            (result, _) => result,
        };
        match &result {
            Ok(response) => {
                let retry_after = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                let _ = self.inner().response.set(ResponseMeta {
                    status: response.status(),
                    retry_after,
                });
                span.record("status", response.status().as_u16());
                tracing::debug!(parent: &span, status = response.status().as_u16(), "response");
            }
            Err(error) => {
                tracing::debug!(parent: &span, timeout = error.is_timeout(), connect = error.is_connect(), "transport error");
            }
        }
        result
    }
}
