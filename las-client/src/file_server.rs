//! Document content through the document's `fileUrl`: the live API creates
//! a document from its details and names, in the answer, where its bytes go
//! (`PUT`, raw bytes) and where they are read back (`GET`, optionally
//! converted by query parameters).
//!
//! The URL is opaque, but it is a value a server sent: credentials go with
//! it only when its origin is the API's own or one the client was told to
//! trust ([`ClientBuilder::trust_file_origin`](crate::ClientBuilder::trust_file_origin)),
//! and only over https unless the host is loopback. Anything else is
//! [`Error::UntrustedFileUrl`] before a byte is sent. Redirects are never
//! followed (the client's policy), so the bearer token cannot be bounced
//! elsewhere.

use std::path::Path;

use bytes::Bytes;
use futures::StreamExt;
use las_api::ResponseValue;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderValue, CONTENT_LENGTH, CONTENT_TYPE};

use crate::call::{ApiError, Op};
use crate::credentials::is_loopback;
use crate::types::ContentType;
use crate::upload::Source;
use crate::{Client, Error, Result};

/// Whether the API offers a file server for document content, as learnt
/// from the first document created: until then, and while it does, content
/// goes through the `fileUrl`; once a created document came back without
/// one, content goes inline (base64 in `POST /documents`).
#[derive(Debug, Default)]
pub(crate) struct Offered(std::sync::atomic::AtomicU8);

impl Offered {
    const UNKNOWN: u8 = 0;
    const YES: u8 = 1;
    const NO: u8 = 2;

    /// False once the API answered a document without a `fileUrl`.
    pub(crate) fn maybe(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed) != Self::NO
    }

    pub(crate) fn learn(&self, offered: bool) {
        let value = if offered { Self::YES } else { Self::NO };
        let _ = self.0.compare_exchange(
            Self::UNKNOWN,
            value,
            std::sync::atomic::Ordering::Relaxed,
            std::sync::atomic::Ordering::Relaxed,
        );
    }
}

/// Options of a converted download: the file server renders the document
/// (as JPEG) at this page, size, rotation, density or quality.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Conversion {
    /// The page of a PDF or TIFF, 0-based; negative counts from the end.
    pub page: Option<i64>,
    /// Width in pixels.
    pub width: Option<u32>,
    /// Height in pixels.
    pub height: Option<u32>,
    /// Rotation in degrees.
    pub rotation: Option<i64>,
    /// Rendering density of a PDF or TIFF.
    pub density: Option<u32>,
    /// Quality of the answer (the API knows `low`, for PDFs).
    pub quality: Option<String>,
}

impl Conversion {
    /// No conversion; set options with the methods below.
    ///
    /// ```
    /// use las_client::documents::Conversion;
    /// let c = Conversion::new().page(0).width(800).rotation(90);
    /// assert_eq!(c.width, Some(800));
    /// ```
    pub fn new() -> Self {
        Self::default()
    }
    /// The page of a PDF or TIFF, 0-based; negative counts from the end.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }
    /// Width in pixels.
    pub fn width(mut self, width: u32) -> Self {
        self.width = Some(width);
        self
    }
    /// Height in pixels.
    pub fn height(mut self, height: u32) -> Self {
        self.height = Some(height);
        self
    }
    /// Rotation in degrees.
    pub fn rotation(mut self, degrees: i64) -> Self {
        self.rotation = Some(degrees);
        self
    }
    /// Rendering density of a PDF or TIFF.
    pub fn density(mut self, density: u32) -> Self {
        self.density = Some(density);
        self
    }
    /// Quality of the answer (the API knows `low`, for PDFs).
    pub fn quality(mut self, quality: impl Into<String>) -> Self {
        self.quality = Some(quality.into());
        self
    }

    /// Whether any option is set.
    pub fn is_empty(&self) -> bool {
        self == &Conversion::default()
    }

    fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        let mut put = |name, value: Option<String>| {
            if let Some(v) = value {
                query.push((name, v));
            }
        };
        put("page", self.page.map(|v| v.to_string()));
        put("width", self.width.map(|v| v.to_string()));
        put("height", self.height.map(|v| v.to_string()));
        put("rotation", self.rotation.map(|v| v.to_string()));
        put("density", self.density.map(|v| v.to_string()));
        put("quality", self.quality.clone());
        query
    }

    /// Bad options are refused before anything is sent.
    pub(crate) fn check(&self) -> Result<()> {
        for (name, value) in [
            ("width", self.width),
            ("height", self.height),
            ("density", self.density),
        ] {
            if value == Some(0) {
                return Err(Error::invalid_input(format!("{name} must be at least 1")));
            }
        }
        if let Some(quality) = &self.quality {
            if quality.is_empty()
                || quality.len() > 64
                || !quality.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                return Err(Error::invalid_input(format!(
                    "quality {quality:?} is not a quality name (the API knows \"low\")"
                )));
            }
        }
        Ok(())
    }
}

impl Client {
    /// The file URL a server sent, if credentials may go to it.
    pub(crate) fn trusted_file_url(&self, raw: &str) -> Result<reqwest::Url> {
        let untrusted = |reason: &str| Error::UntrustedFileUrl {
            origin: reqwest::Url::parse(raw)
                .map(|u| u.origin().ascii_serialization())
                .unwrap_or_else(|_| "<not a URL>".into()),
            reason: reason.to_string(),
        };
        let url = reqwest::Url::parse(raw).map_err(|_| untrusted("not an absolute URL"))?;
        match url.scheme() {
            "https" => {}
            // The API's own origin and trusted ones passed the cleartext
            // rule when the client was built; any other http is refused
            // below by origin, this names the reason.
            "http" if !is_loopback(&url) && !self.is_trusted_origin(&url) => {
                return Err(untrusted("cleartext http to a host other than loopback"))
            }
            "http" => {}
            _ => return Err(untrusted("not an http(s) URL")),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(untrusted("the URL carries a user name or password"));
        }
        if self.is_trusted_origin(&url) {
            Ok(url)
        } else {
            Err(untrusted(
                "neither the API's origin nor one trusted with ClientBuilder::trust_file_origin",
            ))
        }
    }

    fn is_trusted_origin(&self, url: &reqwest::Url) -> bool {
        let origin = url.origin().ascii_serialization();
        let api_origin = reqwest::Url::parse(&self.inner.base_url)
            .map(|u| u.origin().ascii_serialization())
            .ok();
        api_origin.as_deref() == Some(origin.as_str())
            || self.inner.trusted_file_origins.iter().any(|o| o == &origin)
            || self.same_loopback_listener(url)
    }

    /// `localhost` and `127.0.0.1` (or `[::1]`) with the API's scheme and
    /// port: the API's own loopback server under another name (a local
    /// server answers `http://localhost:…` file URLs to clients that call
    /// it at `127.0.0.1`).
    fn same_loopback_listener(&self, url: &reqwest::Url) -> bool {
        let Ok(api) = reqwest::Url::parse(&self.inner.base_url) else {
            return false;
        };
        is_loopback(&api)
            && is_loopback(url)
            && api.scheme() == url.scheme()
            && api.port_or_known_default() == url.port_or_known_default()
    }

    /// `PUT` the raw content to the document's file URL.
    pub(crate) async fn put_file(
        &self,
        url: &reqwest::Url,
        body: &FileBody,
        content_type: &ContentType,
    ) -> Result<()> {
        if !body.can_send() {
            return Err(Error::invalid_input(
                "the content reader was already sent and cannot be sent again",
            ));
        }
        let content_type = HeaderValue::from_str(content_type.as_str())
            .map_err(|_| Error::invalid_input("the content type is not a header value"))?;
        let op = Op::put("put_document_file");
        self.call_replaying(
            op,
            || body.can_send(),
            |api| {
                let (url, content_type) = (url.clone(), content_type.clone());
                async move {
                    let mut request = api.client().put(url).header(CONTENT_TYPE, content_type);
                    if let Some(len) = body.len() {
                        request = request.header(CONTENT_LENGTH, len);
                    }
                    let request = request.body(body.body()).build()?;
                    send_raw(&api, op, request).await.map(|r| {
                        let (status, headers) = (r.status(), r.headers().clone());
                        ResponseValue::new((), status, headers)
                    })
                }
            },
        )
        .await
    }

    /// `GET` the document's file, converted as asked; the answer's body is
    /// returned unread.
    pub(crate) async fn get_file(
        &self,
        url: &reqwest::Url,
        conversion: &Conversion,
    ) -> Result<reqwest::Response> {
        conversion.check()?;
        let op = Op::get("get_document_file");
        let query = conversion.query();
        self.call(op, |api| {
            let (url, query) = (url.clone(), query.clone());
            async move {
                let request = api.client().get(url).query(&query).build()?;
                let response = send_raw(&api, op, request).await?;
                let (status, headers) = (response.status(), response.headers().clone());
                Ok(ResponseValue::new(response, status, headers))
            }
        })
        .await
    }
}

/// One attempt through the las-api hooks (credentials, tracing, size limit,
/// status record); a status other than 2xx is the API's error.
async fn send_raw(
    api: &las_api::Client,
    op: Op,
    mut request: reqwest::Request,
) -> std::result::Result<reqwest::Response, ApiError> {
    let info = OperationInfo {
        operation_id: op.name,
    };
    api.pre(&mut request, &info).await?;
    let result = api.exec(request, &info).await;
    api.post(&result, &info).await?;
    let response = result?;
    if response.status().is_success() {
        Ok(response)
    } else {
        Err(las_api::Error::UnexpectedResponse(response))
    }
}

/// The raw bytes of a file upload: in memory, or streamed from a file
/// (opened again for every attempt) or a reader (sent once).
#[derive(Debug, Clone)]
pub(crate) enum FileBody {
    Memory(Bytes),
    Streamed(Source),
}

impl FileBody {
    pub(crate) fn can_send(&self) -> bool {
        match self {
            FileBody::Memory(_) => true,
            FileBody::Streamed(source) => source.can_replay(),
        }
    }

    fn len(&self) -> Option<u64> {
        match self {
            FileBody::Memory(bytes) => Some(bytes.len() as u64),
            FileBody::Streamed(source) => source.len(),
        }
    }

    fn body(&self) -> reqwest::Body {
        match self {
            FileBody::Memory(bytes) => reqwest::Body::from(bytes.clone()),
            FileBody::Streamed(source) => reqwest::Body::wrap_stream(source.chunks()),
        }
    }
}

/// Write a file server's answer to `path` as it arrives: into a file beside
/// it, moved into place only when the whole body was written.
pub(crate) async fn write_response_to(response: reqwest::Response, path: &Path) -> Result<()> {
    let mut target = crate::download::FileBeside::create(path)?;
    let mut body = response.bytes_stream();
    while let Some(chunk) = body.next().await {
        target
            .write(&chunk.map_err(crate::call::from_transport)?)
            .await?;
    }
    target.persist().await
}

/// Read a file server's answer into memory (bounded like every answer:
/// `max_response_size`).
pub(crate) async fn read_response(response: reqwest::Response) -> Result<Vec<u8>> {
    let bytes = response
        .bytes()
        .await
        .map_err(crate::call::from_transport)?;
    Ok(bytes.into())
}

/// `POST /documents` with `details`, then the content: through the created
/// document's `fileUrl` when the API offers one (raw bytes, streamed from a
/// file or reader), else inline as base64 in the `POST` (`inline` forces
/// one way). When an API answers without a `fileUrl`, the empty document is
/// deleted and created again with the content inline, and the client sends
/// content inline from then on.
pub(crate) async fn create_document(
    client: &Client,
    details: crate::types::PostDocuments,
    content: crate::Content,
    explicit: Option<ContentType>,
    inline: Option<bool>,
) -> Result<crate::types::Document> {
    let (raw, content_type) = crate::upload::open_raw(content, explicit).await?;
    create_document_with(client, &details, &raw, &content_type, inline)
        .await
        .map_err(|failed| failed.error)
}

/// Why [`create_document_with`] failed, and whether a document was created
/// before it did (then sending it all again would create another).
#[derive(Debug)]
pub(crate) struct CreateFailed {
    pub(crate) error: Error,
    pub(crate) created: bool,
}

impl From<Error> for CreateFailed {
    fn from(error: Error) -> Self {
        CreateFailed {
            error,
            created: false,
        }
    }
}

/// [`create_document`] with the content opened already.
pub(crate) async fn create_document_with(
    client: &Client,
    details: &crate::types::PostDocuments,
    raw: &FileBody,
    content_type: &ContentType,
    inline: Option<bool>,
) -> std::result::Result<crate::types::Document, CreateFailed> {
    let make = |content, content_type| {
        let mut body = details.clone();
        body.content = Some(content);
        body.content_type = Some(content_type);
        body
    };
    let send_inline = || async {
        crate::upload::DocumentBody::inline(raw.clone(), content_type.clone(), make)?
            .send(client)
            .await
    };
    if inline.unwrap_or_else(|| !client.inner.file_server.maybe()) {
        return Ok(send_inline().await?);
    }
    let mut body = details.clone();
    body.content_type = Some(content_type.clone());
    let document = crate::resources::documents::post_document(client, &body).await?;
    let created = |error| CreateFailed {
        error,
        created: true,
    };
    match document.file_url.as_deref() {
        Some(file_url) => {
            client.inner.file_server.learn(true);
            let url = client.trusted_file_url(file_url).map_err(created)?;
            client
                .put_file(&url, raw, content_type)
                .await
                .map_err(created)?;
            Ok(document)
        }
        None if inline == Some(false) => Err(created(Error::InvalidResponse {
            operation: "create_document",
            what: "the created document has no fileUrl to upload its content to".into(),
        })),
        None => {
            client.inner.file_server.learn(false);
            let id = document.document_id.as_str();
            client
                .call(
                    crate::call::Op::delete("delete_document"),
                    |api| async move { api.delete_document(id).await },
                )
                .await
                .map_err(created)?;
            Ok(send_inline().await?)
        }
    }
}
