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

use std::path::Path;

use crate::call::Op;
use crate::content::{self, Content};
use crate::types::{self, Document};
use crate::{Client, Result};

pub use crate::generated::documents::*;

impl Documents {
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// The decoded content of a document, in one call.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let pdf: Vec<u8> = client.documents().download("las:document:3f2a").await?;
    /// # let _ = pdf;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn download(&self, document_id: &str) -> Result<Vec<u8>> {
        let doc = self.get(document_id).await?;
        content::decode("get_document", doc.content.as_deref())
    }

    /// Write the decoded content of a document to `path`, in one call. The
    /// content is decoded into the file as the response arrives (neither
    /// the response nor the file is held in memory); `path` is replaced
    /// only once the whole content was written.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.documents().download_to("las:document:3f2a", "out.pdf").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn download_to(&self, document_id: &str, path: impl AsRef<Path>) -> Result<()> {
        let id = crate::ids::check("document_id", document_id)?;
        self.client
            .download_content_to(
                crate::call::Op::get("get_document"),
                "/documents",
                id,
                path.as_ref(),
            )
            .await
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
