//! The one error type of las-client.

use std::path::PathBuf;
use std::time::Duration;

/// `Result` with [`Error`] as the error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in a call, as variants a caller can match.
///
/// Messages carry the server's `message` where it sent one. No variant ever
/// holds a secret (client secret, token, API key, secret payload).
///
/// ```
/// use las_client::Error;
///
/// fn describe(e: &Error) -> &'static str {
///     match e {
///         Error::NotFound { .. } => "no such resource",
///         Error::TooManyRequests { .. } | Error::Server { .. } => "try again later",
///         Error::LimitExceeded { .. } => "monthly quota used up",
///         _ => "other",
///     }
/// }
/// let e = Error::NotFound { message: "Document not found".into() };
/// assert_eq!(describe(&e), "no such resource");
/// assert!(!e.is_retryable());
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// 400: the API rejected the request.
    #[error("bad request: {message}")]
    BadRequest {
        /// The server's message.
        message: String,
    },

    /// 401, or 403 "Forbidden": the credentials (or the token made from
    /// them) were not accepted.
    #[error("invalid credentials: {message}")]
    InvalidCredentials {
        /// The server's message (for example `Forbidden`).
        message: String,
    },

    /// 404: the resource does not exist (or is not visible to these
    /// credentials).
    #[error("not found: {message}")]
    NotFound {
        /// The server's message.
        message: String,
    },

    /// 429 "Too Many Requests": rate limited; retried automatically, returned
    /// when the retry budget is spent.
    #[error("too many requests{}", retry_after.map(|d| format!(" (retry after {}s)", d.as_secs_f64())).unwrap_or_default())]
    TooManyRequests {
        /// The server's `Retry-After`, when it sent one.
        retry_after: Option<Duration>,
    },

    /// 429 "Limit Exceeded": the organization's monthly quota is used up.
    /// Never retried.
    #[error("limit exceeded: {message}")]
    LimitExceeded {
        /// The server's message.
        message: String,
    },

    /// 5xx: the server failed. 500/502/503/504 are retried automatically.
    #[error("server error {status}: {message}")]
    Server {
        /// HTTP status code.
        status: u16,
        /// The server's message, or an excerpt of the body.
        message: String,
    },

    /// Any other status the API does not document for the call (for example
    /// 409 or 415).
    #[error("unexpected status {status}: {message}")]
    UnexpectedStatus {
        /// HTTP status code.
        status: u16,
        /// The server's message, or an excerpt of the body.
        message: String,
    },

    /// 3xx: the API or the token endpoint answered with a redirect. Redirects
    /// are never followed, so credentials and request bodies only ever go to
    /// the configured endpoints. `location` is the origin (scheme, host and
    /// port) of the `Location` header, without path or query.
    #[error(
        "redirect {status} to {} not followed: credentials are only sent to the configured endpoints",
        location.as_deref().unwrap_or("no location")
    )]
    Redirect {
        /// HTTP status code (301, 302, 303, 307 or 308).
        status: u16,
        /// The origin the redirect pointed to, when it named one.
        location: Option<String>,
    },

    /// A document's `fileUrl` (where the live API keeps its bytes) is not a
    /// place credentials may go: another origin than the API's that was not
    /// trusted with
    /// [`ClientBuilder::trust_file_origin`](crate::ClientBuilder::trust_file_origin),
    /// or cleartext http to a host other than loopback. Nothing was sent to it.
    #[error("file URL on {origin} not used: {reason}")]
    UntrustedFileUrl {
        /// The URL's origin (scheme, host, port), never its path or query.
        origin: String,
        /// Why it was refused.
        reason: String,
    },

    /// The request or the connection timed out.
    #[error("request timed out")]
    Timeout {
        /// The underlying error, when there is one.
        #[source]
        source: Option<reqwest::Error>,
    },

    /// The request could not be sent or the response could not be read
    /// (connection refused, reset, TLS, …).
    #[error("transport error: {source}")]
    Transport {
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },

    /// The response was larger than the client's maximum response size
    /// (see [`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size)).
    /// Raised from `Content-Length` before the body is read, or as soon as
    /// the body streams past the limit; never retried.
    #[error("response larger than the limit of {limit} bytes{}", content_length.map(|n| format!(" (Content-Length {n})")).unwrap_or_default())]
    ResponseTooLarge {
        /// The limit, in bytes.
        limit: u64,
        /// The length the server announced, when it announced one.
        content_length: Option<u64>,
    },

    /// A successful response whose body does not match the spec.
    #[error(
        "could not decode the response of {operation}: {source}; body starts with {excerpt:?}"
    )]
    Decode {
        /// The operation (for example `get_document`).
        operation: &'static str,
        /// The first bytes of the body (at most 200 characters).
        excerpt: String,
        /// The JSON error.
        #[source]
        source: serde_json::Error,
    },

    /// The server broke the API's rules in a way that makes going on
    /// pointless (for example a `nextToken` that repeats).
    #[error("invalid response to {operation}: {what}")]
    InvalidResponse {
        /// The operation (for example `list_documents`).
        operation: &'static str,
        /// What was wrong.
        what: String,
    },

    /// A waiter ended without the wanted state (see
    /// [`WaitError`](crate::waiters::WaitError), which keeps the resource).
    #[error("wait ended: {what}")]
    WaitEnded {
        /// What happened (for example `ended in state failed`).
        what: String,
    },

    /// No credentials were found. Lists every place that was looked at.
    #[error("no LAS credentials found; looked at: {}", looked_at.join("; "))]
    MissingCredentials {
        /// Each source consulted and why it did not yield credentials.
        looked_at: Vec<String>,
    },

    /// The caller's input was rejected before anything was sent.
    #[error("invalid input: {what}")]
    InvalidInput {
        /// What was wrong.
        what: String,
    },

    /// A local file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// Whether the failure is transient (rate limit, 500/502/503/504,
    /// timeout, connection failure), so the same request may succeed later.
    /// Whether a particular request is replayed also depends on its method;
    /// see [`RetryPolicy`](crate::RetryPolicy).
    ///
    /// ```
    /// let e = las_client::Error::Server { status: 503, message: "Service Unavailable".into() };
    /// assert!(e.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::TooManyRequests { .. } | Error::Timeout { .. } => true,
            Error::Server { status, .. } => matches!(status, 500 | 502 | 503 | 504),
            Error::Transport { source } => {
                source.is_connect() || source.is_request() || source.is_body()
            }
            _ => false,
        }
    }

    /// The HTTP status code, for errors that come from a response.
    ///
    /// ```
    /// let e = las_client::Error::NotFound { message: "x".into() };
    /// assert_eq!(e.status(), Some(404));
    /// ```
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::BadRequest { .. } => Some(400),
            Error::InvalidCredentials { .. } => Some(403),
            Error::NotFound { .. } => Some(404),
            Error::TooManyRequests { .. } | Error::LimitExceeded { .. } => Some(429),
            Error::Server { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::Redirect { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The same error with `clean` applied to every text it carries that may
    /// come from a server (messages, excerpts, the JSON error of a decode).
    pub(crate) fn map_text(self, clean: impl Fn(String) -> String) -> Self {
        match self {
            Error::BadRequest { message } => Error::BadRequest {
                message: clean(message),
            },
            Error::InvalidCredentials { message } => Error::InvalidCredentials {
                message: clean(message),
            },
            Error::NotFound { message } => Error::NotFound {
                message: clean(message),
            },
            Error::LimitExceeded { message } => Error::LimitExceeded {
                message: clean(message),
            },
            Error::Server { status, message } => Error::Server {
                status,
                message: clean(message),
            },
            Error::UnexpectedStatus { status, message } => Error::UnexpectedStatus {
                status,
                message: clean(message),
            },
            Error::Decode {
                operation,
                excerpt,
                source,
            } => {
                // serde_json quotes the offending value ("invalid type:
                // string \"…\""), so its text is cleaned too.
                let text = source.to_string();
                let cleaned = clean(text.clone());
                let source = if cleaned == text {
                    source
                } else {
                    <serde_json::Error as serde::de::Error>::custom(cleaned)
                };
                Error::Decode {
                    operation,
                    excerpt: clean(excerpt),
                    source,
                }
            }
            Error::InvalidResponse { operation, what } => Error::InvalidResponse {
                operation,
                what: clean(what),
            },
            Error::InvalidInput { what } => Error::InvalidInput { what: clean(what) },
            other => other,
        }
    }

    pub(crate) fn invalid_input(what: impl Into<String>) -> Self {
        Error::InvalidInput { what: what.into() }
    }
}
