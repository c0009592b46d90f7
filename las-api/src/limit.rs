//! Handwritten: a bound on the size of response bodies.
//!
//! The generated code reads each response body whole; [`limit_response`]
//! gives it a body that fails with [`ResponseTooLarge`] as soon as more than
//! the limit has arrived (or at once when `Content-Length` announces more),
//! so a server can never make the client buffer more than the limit. The
//! hook in `hooks.rs` applies it when the [`RequestContext`](crate::RequestContext)
//! carries a limit; las-client applies it to its own requests too.

use bytes::Bytes;
use futures::StreamExt;
use reqwest::ResponseBuilderExt;

/// The error a limited body fails with. It reaches callers as the source of
/// a `reqwest::Error` (kind decode or body).
///
/// ```
/// let e = las_api::ResponseTooLarge::new(1024, Some(4096));
/// assert_eq!(e.limit, 1024);
/// assert!(e.to_string().contains("1024"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResponseTooLarge {
    /// The limit, in bytes.
    pub limit: u64,
    /// The length the server announced, when it announced one.
    pub content_length: Option<u64>,
}

impl ResponseTooLarge {
    /// The error for a body over `limit`.
    pub fn new(limit: u64, content_length: Option<u64>) -> Self {
        Self {
            limit,
            content_length,
        }
    }

    /// The `ResponseTooLarge` anywhere in `error`'s chain of sources.
    ///
    /// ```
    /// let e = las_api::ResponseTooLarge::new(1, None);
    /// assert_eq!(las_api::ResponseTooLarge::find(&e), Some(e));
    /// ```
    pub fn find(error: &(dyn std::error::Error + 'static)) -> Option<Self> {
        let mut next = Some(error);
        while let Some(e) = next {
            if let Some(found) = e.downcast_ref::<ResponseTooLarge>() {
                return Some(*found);
            }
            next = e.source();
        }
        None
    }
}

impl std::fmt::Display for ResponseTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "response body larger than {} bytes", self.limit)
    }
}

impl std::error::Error for ResponseTooLarge {}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// `response` with a body that fails with [`ResponseTooLarge`] once more
/// than `limit` bytes arrive, or on its first read when `Content-Length`
/// already says so (the original body is then dropped unread). Status,
/// version, headers and URL are kept; the total timeout of the original
/// body still applies.
///
/// ```no_run
/// # async fn run() -> Result<(), reqwest::Error> {
/// let response = reqwest::get("http://127.0.0.1:8080/big").await?;
/// let limited = las_api::limit_response(response, 1 << 20);
/// let body = limited.bytes().await; // Err once past 1 MiB
/// # let _ = body;
/// # Ok(())
/// # }
/// ```
pub fn limit_response(response: reqwest::Response, limit: u64) -> reqwest::Response {
    let status = response.status();
    let version = response.version();
    let headers = response.headers().clone();
    let url = response.url().clone();
    let declared = headers
        .get(reqwest::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let body = if declared.is_some_and(|n| n > limit) {
        drop(response);
        let too_large: BoxError = Box::new(ResponseTooLarge::new(limit, declared));
        reqwest::Body::wrap_stream(futures::stream::once(async move {
            Err::<Bytes, BoxError>(too_large)
        }))
    } else {
        let mut seen: u64 = 0;
        let stream = response.bytes_stream().map(move |chunk| {
            let chunk = chunk.map_err(|e| -> BoxError { Box::new(e) })?;
            seen = seen.saturating_add(chunk.len() as u64);
            if seen > limit {
                Err::<Bytes, BoxError>(Box::new(ResponseTooLarge::new(limit, declared)))
            } else {
                Ok(chunk)
            }
        });
        reqwest::Body::wrap_stream(stream)
    };
    // The builder only fails on invalid parts given to it; none are.
    let mut out = http::Response::builder()
        .url(url)
        .body(())
        .unwrap_or_default()
        .map(|()| body);
    *out.status_mut() = status;
    *out.version_mut() = version;
    *out.headers_mut() = headers;
    reqwest::Response::from(out)
}
