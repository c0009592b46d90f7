//! Requests the handlers do not cover, and a connection check.

use serde_json::Value;
use tracing::Instrument;

use crate::call::{excerpt, from_status, from_transport, redirect_error, Op};
use crate::retry::{parse_retry_after, Method};
use crate::{Client, Error, Result};

impl Client {
    /// Send any request to the API with this client's authentication,
    /// retries and typed errors; for endpoints newer than this SDK. `path`
    /// is relative to the API endpoint (`/documents`, with a leading `/`);
    /// the answer is the JSON body (`Value::Null` for an empty one).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use serde_json::json;
    /// let page = client.raw_request(reqwest::Method::GET, "/documents?maxResults=1", None).await?;
    /// let renamed = client
    ///     .raw_request(reqwest::Method::PATCH, "/datasets/las:dataset:abc", Some(&json!({"name": "Q2"})))
    ///     .await?;
    /// # let _ = (page, renamed);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn raw_request(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value> {
        let url = self.raw_url(path)?;
        let retry_as = match method {
            reqwest::Method::GET | reqwest::Method::HEAD | reqwest::Method::OPTIONS => Method::Get,
            reqwest::Method::PATCH | reqwest::Method::PUT => Method::Patch,
            reqwest::Method::DELETE => Method::Delete,
            _ => Method::Post,
        };
        let op = Op {
            name: "raw_request",
            method: retry_as,
        };
        let http = &self.inner.http;
        let limit = self.inner.max_response_size;
        self.attempts(op, |attempt| {
            let mut request = http.request(method.clone(), url.clone()).header(attempt.auth.0, attempt.auth.1);
            if let Some(body) = body {
                request = request.json(body);
            }
            let recorded = attempt.status;
            let span = tracing::debug_span!("las.request", operation = "raw_request", method = %method, attempt = attempt.number);
            async move {
                let response = request.send().await.map_err(from_transport)?;
                let response = las_api::limit_response(response, limit);
                let status = response.status().as_u16();
                recorded.record(status);
                if response.status().is_redirection() {
                    return Err(redirect_error(status, response.headers(), response.url()));
                }
                let retry_after = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(parse_retry_after);
                let bytes = response.bytes().await.map_err(from_transport)?;
                if !(200..300).contains(&status) {
                    let message = serde_json::from_slice::<Value>(&bytes)
                        .ok()
                        .and_then(|v| v.get("message").and_then(Value::as_str).map(str::to_owned))
                        .unwrap_or_else(|| excerpt(&bytes));
                    return Err(from_status(status, message, retry_after));
                }
                if bytes.is_empty() {
                    return Ok(Value::Null);
                }
                serde_json::from_slice(&bytes).map_err(|source| Error::Decode {
                    operation: "raw_request",
                    excerpt: excerpt(&bytes),
                    source,
                })
            }
            .instrument(span)
        })
        .await
    }

    /// Check that the API answers and accepts the credentials: gets a
    /// token (or uses the API key) and lists at most one dataset.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) {
    /// match client.check_connection().await {
    ///     Ok(()) => println!("connected"),
    ///     Err(e) => eprintln!("cannot use LAS: {e}"),
    /// }
    /// # }
    /// ```
    pub async fn check_connection(&self) -> Result<()> {
        self.datasets()
            .list()
            .max_results(1)
            .send()
            .await
            .map(|_| ())
    }

    fn raw_url(&self, path: &str) -> Result<reqwest::Url> {
        let refuse = |why: &str| {
            Err(Error::invalid_input(format!(
                "raw request path {path:?} {why}"
            )))
        };
        if !path.starts_with('/') {
            return refuse("must start with '/'");
        }
        let (path_part, _) = path.split_once('?').unwrap_or((path, ""));
        if path.contains('\\') {
            return refuse("contains `\\`, which URL parsing reads as `/`");
        }
        if path.contains('#') {
            return refuse("contains `#`; percent-encode it as %23");
        }
        if path.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return refuse("contains whitespace or a control character; percent-encode it");
        }
        if path_part.split('/').any(is_dot_segment) {
            return refuse(
                "has a `.` or `..` segment (or its %2e form), which would address another path",
            );
        }
        let url = reqwest::Url::parse(&format!("{}{path}", self.inner.base_url))
            .map_err(|e| Error::invalid_input(format!("raw request path {path:?}: {e}")))?;
        // Whatever the parser did, the path must still be the base path
        // followed by the caller's segments.
        let base_segments = reqwest::Url::parse(&self.inner.base_url)
            .map(|b| b.path().trim_end_matches('/').split('/').count())
            .unwrap_or(0);
        let expected = base_segments + path_part.split('/').count() - 1;
        if url.path().split('/').count() != expected || url.fragment().is_some() {
            return refuse("would not stay under the API endpoint");
        }
        Ok(url)
    }
}

/// `.` or `..`, also in the percent-encoded forms the URL parser decodes
/// (`%2e`, `.%2E`, …).
fn is_dot_segment(segment: &str) -> bool {
    let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
    decoded == "." || decoded == ".."
}
