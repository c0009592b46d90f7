//! One generated operation, called with authentication, retries and typed
//! errors. Every resource handler goes through [`Client::call`].

use std::future::Future;

use las_api::{RequestContext, ResponseMeta, ResponseValue};
use reqwest::header::{HeaderName, HeaderValue};

use crate::retry::{parse_retry_after, Method};
use crate::{Client, Error, Result};

/// The error type of every generated operation.
pub(crate) type ApiError = las_api::Error<las_api::types::Error>;

/// Name and method of an operation, for retries, logs and errors.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Op {
    pub(crate) name: &'static str,
    pub(crate) method: Method,
}

impl Op {
    pub(crate) const fn get(name: &'static str) -> Self {
        Op {
            name,
            method: Method::Get,
        }
    }
    pub(crate) const fn post(name: &'static str) -> Self {
        Op {
            name,
            method: Method::Post,
        }
    }
    pub(crate) const fn patch(name: &'static str) -> Self {
        Op {
            name,
            method: Method::Patch,
        }
    }
    pub(crate) const fn put(name: &'static str) -> Self {
        Op {
            name,
            method: Method::Put,
        }
    }
    pub(crate) const fn delete(name: &'static str) -> Self {
        Op {
            name,
            method: Method::Delete,
        }
    }
}

/// One attempt: its number, the authentication header to send, and where
/// to record the status of the answer.
pub(crate) struct Attempt {
    pub(crate) number: u32,
    pub(crate) auth: (HeaderName, HeaderValue),
    pub(crate) status: AttemptStatus,
}

/// The HTTP status an attempt was answered with (0 until known). The retry
/// loop needs it to tell a 401 from a 403, which map to the same error.
#[derive(Clone, Default)]
pub(crate) struct AttemptStatus(std::sync::Arc<std::sync::atomic::AtomicU16>);

impl AttemptStatus {
    pub(crate) fn record(&self, status: u16) {
        self.0.store(status, std::sync::atomic::Ordering::Relaxed);
    }
    fn get(&self) -> u16 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Client {
    /// Run `send` (one generated call) until it succeeds or the retry policy
    /// gives up. Each attempt gets a fresh authentication header; a rejected
    /// token is refreshed and the request replayed once.
    pub(crate) async fn call<T, F, Fut>(&self, op: Op, send: F) -> Result<T>
    where
        F: Fn(las_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, ApiError>>,
    {
        self.call_replaying(op, || true, send).await
    }

    /// [`Client::call`] for a request whose body may not be sendable again
    /// (a streamed reader): when `can_replay` says no, the failed attempt's
    /// error is returned instead of replaying.
    pub(crate) async fn call_replaying<T, F, Fut>(
        &self,
        op: Op,
        can_replay: impl Fn() -> bool,
        send: F,
    ) -> Result<T>
    where
        F: Fn(las_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, ApiError>>,
    {
        let inner = &self.inner;
        self.attempts_replaying(op, can_replay, |attempt| {
            let (name, value) = attempt.auth;
            let ctx = RequestContext::new()
                .with_header_value(name, value)
                .with_attempt(attempt.number)
                .with_max_response_bytes(inner.max_response_size);
            let api =
                las_api::Client::new_with_client(&inner.base_url, inner.http.clone(), ctx.clone());
            let sent = send(api);
            let status = attempt.status;
            async move {
                let result = sent.await;
                if let Some(meta) = ctx.response() {
                    status.record(meta.status.as_u16());
                }
                match result {
                    Ok(response) => Ok(response.into_inner()),
                    Err(e) => Err(map_error(op.name, e, ctx.response()).await),
                }
            }
        })
        .await
    }

    /// The retry loop shared by generated calls and raw requests: `send`
    /// makes one attempt and maps its failure to [`Error`].
    pub(crate) async fn attempts<T, F, Fut>(&self, op: Op, send: F) -> Result<T>
    where
        F: Fn(Attempt) -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        self.attempts_replaying(op, || true, send).await
    }

    /// [`Client::attempts`], returning a failed attempt's error instead of
    /// replaying when `can_replay` says the request cannot be sent again.
    async fn attempts_replaying<T, F, Fut>(
        &self,
        op: Op,
        can_replay: impl Fn() -> bool,
        send: F,
    ) -> Result<T>
    where
        F: Fn(Attempt) -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let inner = &self.inner;
        let mut delays = inner.retry.delays();
        let mut number: u32 = 1;
        let mut refreshed = false;
        loop {
            inner.pause.wait().await;
            let auth = inner.auth.header().await?;
            let value = auth.1.clone();
            let status = AttemptStatus::default();
            let error = match send(Attempt {
                number,
                auth,
                status: status.clone(),
            })
            .await
            {
                Ok(value) => return Ok(value),
                Err(error) => inner.auth.clean(error),
            };
            if !can_replay() {
                tracing::debug!(
                    operation = op.name,
                    attempt = number,
                    reason = %error,
                    "the request body was sent and cannot be sent again; not replaying"
                );
                return Err(error);
            }
            if !refreshed && inner.auth.is_refreshable() && is_rejected_token(&error, status.get())
            {
                refreshed = true;
                tracing::debug!(
                    operation = op.name,
                    attempt = number,
                    "token rejected; refreshing and replaying once"
                );
                inner.auth.invalidate(&value).await;
                number += 1;
                continue;
            }
            match inner.retry.decide(op.method, &error, delays.next()) {
                Some(delay) => {
                    if matches!(error, Error::TooManyRequests { .. }) {
                        // Rate limited: every call of this client waits, not
                        // just this one, so a busy program backs off as a whole.
                        inner.pause.extend(delay);
                    }
                    tracing::debug!(
                        operation = op.name,
                        attempt = number,
                        delay_ms = delay.as_millis() as u64,
                        reason = %error,
                        "retrying"
                    );
                    tokio::time::sleep(delay).await;
                    number += 1;
                }
                None => return Err(error),
            }
        }
    }
}

/// A client-wide pause after a "429 Too Many Requests": calls wait until it
/// ends before sending.
#[derive(Debug, Default)]
pub(crate) struct Pause {
    until: std::sync::Mutex<Option<tokio::time::Instant>>,
}

impl Pause {
    /// Pause every call for at least `delay` from now.
    pub(crate) fn extend(&self, delay: std::time::Duration) {
        let now = tokio::time::Instant::now();
        let until = now
            .checked_add(delay)
            .unwrap_or_else(|| now + crate::retry::RETRY_AFTER_CAP);
        let mut current = self.until.lock().unwrap_or_else(|e| e.into_inner());
        if current.is_none_or(|c| c < until) {
            *current = Some(until);
        }
    }

    /// Wait until the pause (if any) is over.
    pub(crate) async fn wait(&self) {
        loop {
            let until = *self.until.lock().unwrap_or_else(|e| e.into_inner());
            match until {
                Some(t) if t > tokio::time::Instant::now() => tokio::time::sleep_until(t).await,
                _ => return,
            }
        }
    }
}

/// Any 401 (whatever its body), or a 403 whose message says the token is
/// invalid or expired. `status` is the answer's status, 0 when unknown.
fn is_rejected_token(error: &Error, status: u16) -> bool {
    match error {
        Error::InvalidCredentials { .. } if status == 401 => true,
        Error::InvalidCredentials { message } => {
            let m = message.to_ascii_lowercase();
            m.contains("expired")
                || m.contains("invalid") && m.contains("token")
                || m == "unauthorized"
        }
        _ => false,
    }
}

/// Map a generated client's error to [`Error`]. `meta` is what the request
/// context saw of the response (its status when the body was undecodable).
pub(crate) async fn map_error(
    operation: &'static str,
    error: ApiError,
    meta: Option<&ResponseMeta>,
) -> Error {
    match error {
        las_api::Error::ErrorResponse(response) => {
            let retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after);
            let status = response.status().as_u16();
            let message = response.into_inner().message.unwrap_or_default();
            from_status(status, message, retry_after)
        }
        las_api::Error::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            if response.status().is_redirection() {
                return redirect_error(status, response.headers(), response.url());
            }
            let retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after);
            let message = match response.bytes().await {
                Ok(body) => message_of(&body),
                Err(e) if las_api::ResponseTooLarge::find(&e).is_some() => {
                    return from_transport(e)
                }
                Err(_) => String::new(),
            };
            if (200..300).contains(&status) {
                return Error::UnexpectedStatus { status, message };
            }
            from_status(status, message, retry_after)
        }
        las_api::Error::InvalidResponsePayload(body, source) => match meta {
            // An error status whose body is not the spec's `Error` object.
            Some(meta) if !meta.status.is_success() => from_status(
                meta.status.as_u16(),
                message_of(&body),
                meta.retry_after.as_deref().and_then(parse_retry_after),
            ),
            _ => Error::Decode {
                operation,
                excerpt: excerpt(&body),
                source,
            },
        },
        las_api::Error::CommunicationError(source)
        | las_api::Error::ResponseBodyError(source)
        | las_api::Error::InvalidUpgrade(source) => from_transport(source),
        las_api::Error::InvalidRequest(what) | las_api::Error::Custom(what) => {
            Error::InvalidInput { what }
        }
    }
}

/// The typed error for a 3xx answer: the origin of its `Location` (resolved
/// against the request URL), never its path or query.
pub(crate) fn redirect_error(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    url: &reqwest::Url,
) -> Error {
    let location = headers
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|l| url.join(l).ok())
        .map(|u| u.origin().ascii_serialization())
        .filter(|o| o != "null");
    Error::Redirect { status, location }
}

pub(crate) fn from_transport(source: reqwest::Error) -> Error {
    if let Some(too_large) = las_api::ResponseTooLarge::find(&source) {
        Error::ResponseTooLarge {
            limit: too_large.limit,
            content_length: too_large.content_length,
        }
    } else if source.is_timeout() {
        Error::Timeout {
            source: Some(source),
        }
    } else {
        Error::Transport { source }
    }
}

/// The typed error for an HTTP error status.
pub(crate) fn from_status(
    status: u16,
    message: String,
    retry_after: Option<std::time::Duration>,
) -> Error {
    match status {
        400 => Error::BadRequest { message },
        401 | 403 => Error::InvalidCredentials { message },
        404 => Error::NotFound { message },
        429 if message.to_ascii_lowercase().contains("limit exceeded") => {
            Error::LimitExceeded { message }
        }
        429 => Error::TooManyRequests { retry_after },
        500..=599 => Error::Server { status, message },
        _ => Error::UnexpectedStatus { status, message },
    }
}

/// What an error answer becomes, as `Display` shows it (for the fuzz
/// targets).
pub(crate) fn message_for_fuzzing(status: u16, body: &[u8]) -> String {
    let redactor = crate::credentials::Redactor::for_api_key("fuzz-api-key");
    from_status(status, message_of(body), None)
        .map_text(|t| redactor.clean(t))
        .to_string()
}

/// The `message` of an error body, or an excerpt of a body that has none.
fn message_of(body: &[u8]) -> String {
    #[derive(serde::Deserialize)]
    struct Body {
        message: Option<String>,
    }
    match serde_json::from_slice::<Body>(body) {
        Ok(Body { message: Some(m) }) => m,
        _ => excerpt(body),
    }
}

/// Keys whose values are secrets; their values never reach an excerpt.
const SECRET_KEYS: &[&str] = &[
    "clientSecret",
    "apiKey",
    "access_token",
    "accessToken",
    "refresh_token",
    "password",
    "data",
    "client_secret",
];

/// At most 200 characters of a body, with secret values redacted when the
/// body is JSON.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut value) => {
            redact(&mut value);
            value.to_string()
        }
        Err(_) => String::from_utf8_lossy(body).into_owned(),
    };
    let mut out: String = text.chars().take(200).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

fn redact(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if SECRET_KEYS.contains(&key.as_str()) {
                    *v = serde_json::Value::String("<redacted>".into());
                } else {
                    redact(v);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_variants() {
        assert!(matches!(
            from_status(400, "x".into(), None),
            Error::BadRequest { .. }
        ));
        assert!(matches!(
            from_status(401, "x".into(), None),
            Error::InvalidCredentials { .. }
        ));
        assert!(matches!(
            from_status(403, "Forbidden".into(), None),
            Error::InvalidCredentials { .. }
        ));
        assert!(matches!(
            from_status(404, "x".into(), None),
            Error::NotFound { .. }
        ));
        assert!(matches!(
            from_status(429, "Too Many Requests".into(), None),
            Error::TooManyRequests { retry_after: None }
        ));
        assert!(matches!(
            from_status(429, "Limit Exceeded".into(), None),
            Error::LimitExceeded { .. }
        ));
        assert!(matches!(
            from_status(502, "".into(), None),
            Error::Server { status: 502, .. }
        ));
        assert!(matches!(
            from_status(415, "".into(), None),
            Error::UnexpectedStatus { status: 415, .. }
        ));
        assert!(matches!(
            from_status(409, "".into(), None),
            Error::UnexpectedStatus { status: 409, .. }
        ));
    }

    #[test]
    fn token_rejections_are_told_apart_from_forbidden() {
        let e = |m: &str| Error::InvalidCredentials { message: m.into() };
        assert!(is_rejected_token(&e("The incoming token has expired"), 403));
        assert!(is_rejected_token(&e("Invalid token"), 403));
        assert!(is_rejected_token(&e("Unauthorized"), 0));
        assert!(!is_rejected_token(&e("Forbidden"), 403));
        assert!(is_rejected_token(&e(""), 401));
        assert!(is_rejected_token(&e("Forbidden"), 401));
        assert!(!is_rejected_token(
            &Error::NotFound {
                message: "expired".into()
            },
            404
        ));
    }

    #[test]
    fn excerpts_redact_secrets_and_stay_short() {
        let body = br#"{"appClientId":"a","clientSecret":"s3cr3t","nested":[{"apiKey":"k3y"}]}"#;
        let text = excerpt(body);
        assert!(!text.contains("s3cr3t") && !text.contains("k3y"), "{text}");
        assert!(text.contains("appClientId"));
        let long = vec![b'x'; 1000];
        assert_eq!(excerpt(&long).chars().count(), 201);
        assert_eq!(message_of(br#"{"message":"Not found"}"#), "Not found");
        assert_eq!(message_of(b"<html>502</html>"), "<html>502</html>");
    }
}
