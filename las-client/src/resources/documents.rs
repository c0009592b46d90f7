//! Documents: `client.documents()`.
//!
//! Documents: upload, read, list, update ground truth, delete.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let doc = client.documents().create("invoice.pdf").dataset_id("las:dataset:abc").send().await?;
//! let bytes = client.documents().download(&doc.document_id).await?;
//! # let _ = bytes;
//! # Ok(())
//! # }
//! ```

use std::path::{Path, PathBuf};

use crate::call::Op;
use crate::content::{self, Content};
use crate::download::Found;
pub use crate::file_server::Conversion;
use crate::types::{self, Document};
use crate::{Client, Error, Result};

pub use crate::generated::documents::*;

impl Documents {
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// The content of a document, in one call: read through its `fileUrl`
    /// (the live API), or decoded from the `content` of `GET
    /// /documents/{documentId}` (the 2021 API). Conversions (page, size,
    /// rotation, …) are builder options, done by the API's file server.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let pdf: Vec<u8> = client.documents().download("las:document:3f2a").await?;
    /// let thumbnail = client.documents().download("las:document:3f2a").width(200).await?;
    /// # let _ = (pdf, thumbnail);
    /// # Ok(())
    /// # }
    /// ```
    pub fn download(&self, document_id: impl Into<String>) -> DownloadDocument {
        DownloadDocument {
            client: self.client.clone(),
            document_id: document_id.into(),
            conversion: Conversion::default(),
        }
    }

    /// Write the content of a document to `path`, in one call, as it
    /// arrives (neither the response nor the file is held in memory);
    /// `path` is replaced only once the whole content was written. Read
    /// through the document's `fileUrl` when it has one, else decoded from
    /// its base64 `content`; conversions as for [`download`](Self::download).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.documents().download_to("las:document:3f2a", "out.pdf").await?;
    /// client.documents().download_to("las:document:3f2a", "page2.jpg").page(1).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn download_to(
        &self,
        document_id: impl Into<String>,
        path: impl AsRef<Path>,
    ) -> DownloadDocumentTo {
        DownloadDocumentTo {
            client: self.client.clone(),
            document_id: document_id.into(),
            path: path.as_ref().to_path_buf(),
            conversion: Conversion::default(),
        }
    }
}

/// The options of a converted download, set one by one on
/// [`DownloadDocument`] and [`DownloadDocumentTo`].
macro_rules! conversion_setters {
    ($request:ty: $($(#[$doc:meta])* $name:ident($value:ident: $ty:ty)),* $(,)?) => {
        impl $request {
            $(
                $(#[$doc])*
                pub fn $name(mut self, $value: $ty) -> Self {
                    self.conversion = self.conversion.$name($value);
                    self
                }
            )*
            /// Every conversion option at once.
            pub fn conversion(mut self, conversion: Conversion) -> Self {
                self.conversion = conversion;
                self
            }
        }
    };
    ($($request:ty),*) => {$(
        conversion_setters!($request:
            /// The page of a PDF or TIFF to render (as JPEG), 0-based;
            /// negative counts from the end.
            page(page: i64),
            /// Scale to this width in pixels (as JPEG).
            width(width: u32),
            /// Scale to this height in pixels (as JPEG).
            height(height: u32),
            /// Rotate by this many degrees (as JPEG).
            rotation(degrees: i64),
            /// Render a PDF or TIFF at this density.
            density(density: u32),
            /// The quality of the answer (the API knows `low`, for PDFs).
            quality(quality: impl Into<String>),
        );
    )*};
}

conversion_setters!(DownloadDocument, DownloadDocumentTo);

/// A document's content into memory. Created by [`Documents::download`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadDocument {
    client: Client,
    document_id: String,
    conversion: Conversion,
}

impl DownloadDocument {
    /// Send; the content (converted as asked).
    pub async fn send(self) -> Result<Vec<u8>> {
        let id = crate::ids::check("document_id", &self.document_id)?;
        self.conversion.check()?;
        let doc = Documents {
            client: self.client.clone(),
        }
        .get(id)
        .await?;
        if self.conversion.is_empty() {
            if let Some(content) = doc.content.as_deref() {
                return content::decode("get_document", Some(content));
            }
        }
        let url = file_url(&self.client, &doc, &self.conversion)?;
        let response = self.client.get_file(&url, &self.conversion).await?;
        crate::file_server::read_response(response).await
    }
}

crate::resources::request_future!(DownloadDocument => Vec<u8>);

/// A document's content into a file. Created by [`Documents::download_to`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadDocumentTo {
    client: Client,
    document_id: String,
    path: PathBuf,
    conversion: Conversion,
}

impl DownloadDocumentTo {
    /// Send; `path` holds the content (converted as asked) when it returns.
    pub async fn send(self) -> Result<()> {
        let id = crate::ids::check("document_id", &self.document_id)?;
        self.conversion.check()?;
        let raw_url = if self.conversion.is_empty() {
            // Decode inline content as it streams; a document without it
            // names its fileUrl instead.
            let found = self
                .client
                .download_content_to(Op::get("get_document"), "/documents", id, &self.path)
                .await?;
            match found {
                Found::Content => return Ok(()),
                Found::FileUrl(url) => url,
            }
        } else {
            let doc = Documents {
                client: self.client.clone(),
            }
            .get(id)
            .await?;
            file_url(&self.client, &doc, &self.conversion)?.to_string()
        };
        let url = self.client.trusted_file_url(&raw_url)?;
        let response = self.client.get_file(&url, &self.conversion).await?;
        crate::file_server::write_response_to(response, &self.path).await
    }
}

crate::resources::request_future!(DownloadDocumentTo => ());

/// The trusted file URL of `doc`; a conversion without one is an error.
fn file_url(client: &Client, doc: &Document, conversion: &Conversion) -> Result<reqwest::Url> {
    match doc.file_url.as_deref() {
        Some(url) => client.trusted_file_url(url),
        None if !conversion.is_empty() => Err(Error::InvalidResponse {
            operation: "get_document",
            what: "the document has no fileUrl: conversions need the API's file server".into(),
        }),
        None => Err(Error::InvalidResponse {
            operation: "get_document",
            what: "the response has neither content nor a fileUrl".into(),
        }),
    }
}

/// Values accepted as document or asset content: paths (`&str`, `String`,
/// `&Path`, `PathBuf`), bytes (`Vec<u8>`, `&[u8]`) and [`Content`].
pub trait IntoContent {
    /// Convert into [`Content`].
    fn into_content(self) -> Content;
}

impl IntoContent for Content {
    fn into_content(self) -> Content {
        self
    }
}
impl IntoContent for &str {
    fn into_content(self) -> Content {
        Content::path(self)
    }
}
impl IntoContent for String {
    fn into_content(self) -> Content {
        Content::path(self)
    }
}
impl IntoContent for &Path {
    fn into_content(self) -> Content {
        Content::path(self)
    }
}
impl IntoContent for std::path::PathBuf {
    fn into_content(self) -> Content {
        Content::Path(self)
    }
}
impl IntoContent for &std::path::PathBuf {
    fn into_content(self) -> Content {
        Content::Path(self.clone())
    }
}
impl IntoContent for Vec<u8> {
    fn into_content(self) -> Content {
        Content::Bytes(self)
    }
}
impl IntoContent for &[u8] {
    fn into_content(self) -> Content {
        Content::Bytes(self.to_vec())
    }
}
impl IntoContent for bytes::Bytes {
    fn into_content(self) -> Content {
        Content::from(self)
    }
}

/// `POST /documents` with a prepared body (shared with bulk uploads).
pub(crate) async fn post_document(
    client: &Client,
    body: &types::PostDocuments,
) -> Result<Document> {
    client
        .call(Op::post("create_document"), |api| async move {
            api.create_document(body).await
        })
        .await
}
