//! The `oauth2` crate's HTTP client interface over the workspace's reqwest.

use std::future::Future;
use std::pin::Pin;

use oauth2::{AsyncHttpClient, HttpRequest, HttpResponse};
use reqwest::header::{HeaderMap, AUTHORIZATION};
use reqwest::StatusCode;

/// A `reqwest::Client` usable by `oauth2`, with a response size limit. Any
/// status other than 200 comes back as [`HttpError::Status`], keeping the
/// status code that `oauth2`'s own error type drops.
#[derive(Clone)]
pub(crate) struct OAuthHttp(pub(crate) reqwest::Client, pub(crate) u64);

#[derive(Debug, thiserror::Error)]
pub(crate) enum HttpError {
    #[error(transparent)]
    Reqwest(#[from] reqwest::Error),
    #[error("token endpoint answered {status}")]
    Status {
        status: StatusCode,
        headers: HeaderMap,
        url: Box<reqwest::Url>,
        body: Vec<u8>,
    },
}

impl<'c> AsyncHttpClient<'c> for OAuthHttp {
    type Error = HttpError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, HttpError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(async move {
            let mut request = reqwest::Request::try_from(request)?;
            if let Some(value) = request.headers_mut().get_mut(AUTHORIZATION) {
                value.set_sensitive(true);
            }
            let response = las_api::limit_response(self.0.execute(request).await?, self.1);
            let status = response.status();
            let version = response.version();
            let headers = response.headers().clone();
            let url = Box::new(response.url().clone());
            let body = response.bytes().await?.to_vec();
            if status != StatusCode::OK {
                return Err(HttpError::Status {
                    status,
                    headers,
                    url,
                    body,
                });
            }
            let mut out = http_response(body);
            *out.status_mut() = status;
            *out.version_mut() = version;
            *out.headers_mut() = headers;
            Ok(out)
        })
    }
}

fn http_response(body: Vec<u8>) -> HttpResponse {
    oauth2::http::Response::new(body)
}
