//! `createDocument`: content from a path, bytes or a reader, its type sniffed;
//! ground truth from `(label, value)` pairs.

use crate::content::Content;
use crate::documents::Documents;
use crate::resources::documents::IntoContent;
use crate::resources::ground_truth;
use crate::types::{self, ContentType, Document};
use crate::{Client, Error, Result};

impl Documents {
    /// Upload a document (`POST /documents`). `content` is a path (`&str`,
    /// `Path`, `PathBuf`), bytes, a reader or base64 (see [`Content`]); its
    /// type is sniffed unless set with [`CreateDocument::content_type`].
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::ContentType;
    /// let doc = client
    ///     .documents()
    ///     .create(std::fs::read("scan.tif").unwrap())
    ///     .content_type(ContentType::ImageTiff)
    ///     .ground_truth([("total_amount", "120.50")])
    ///     .send()
    ///     .await?;
    /// # let _ = doc;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, content: impl IntoContent) -> CreateDocument {
        CreateDocument {
            client: self.client.clone(),
            content: content.into_content(),
            content_type: None,
            inline: None,
            body: types::PostDocuments::new(),
        }
    }
}

/// `POST /documents`, then the content. Created by [`Documents::create`].
///
/// The live API takes the document's details and answers with a `fileUrl`
/// for its bytes: the content is then `PUT` there, raw, streamed from a
/// file or reader (credentials go only to the API's origin or one trusted
/// with [`ClientBuilder::trust_file_origin`](crate::ClientBuilder::trust_file_origin)).
/// An API that answers without a `fileUrl` gets the content inline, base64
/// in the `POST`, as the 2021 API did; [`inline`](Self::inline) chooses.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDocument {
    client: Client,
    content: Content,
    content_type: Option<ContentType>,
    inline: Option<bool>,
    body: types::PostDocuments,
}

impl CreateDocument {
    /// The content type; sniffed from the bytes when not set.
    pub fn content_type(mut self, content_type: ContentType) -> Self {
        self.content_type = Some(content_type);
        self
    }
    /// `true`: send the content inline (base64 in `POST /documents`);
    /// `false`: only through the document's `fileUrl` (an answer without one
    /// is an error). Unset: the file URL when the API offers one.
    pub fn inline(mut self, inline: bool) -> Self {
        self.inline = Some(inline);
        self
    }
    /// The consent that marks the owner of the document.
    pub fn consent_id(mut self, consent_id: impl Into<String>) -> Self {
        self.body.consent_id = Some(consent_id.into());
        self
    }
    /// The dataset the document belongs to.
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.body.dataset_id = Some(dataset_id.into());
        self
    }
    /// Ground truth: `(label, value)` pairs; values are strings, numbers,
    /// booleans or `None`.
    pub fn ground_truth<L, V>(mut self, items: impl IntoIterator<Item = (L, V)>) -> Self
    where
        L: Into<String>,
        V: crate::resources::IntoGroundTruthValue,
    {
        self.body.ground_truth = ground_truth(items);
        self
    }
    /// Days to keep the document.
    pub fn retention_in_days(mut self, days: i64) -> Self {
        self.body.retention_in_days = Some(days);
        self
    }
    /// A name for the document.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// A description of the document.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
    /// Free-form metadata: `(key, JSON value)` pairs.
    pub fn metadata(
        mut self,
        metadata: impl IntoIterator<Item = (impl Into<String>, serde_json::Value)>,
    ) -> Self {
        self.body.metadata = metadata.into_iter().map(|(k, v)| (k.into(), v)).collect();
        self
    }

    /// Check the content, then send: a file or reader streams into the
    /// request, other content is sent from memory.
    pub async fn send(self) -> Result<Document> {
        if let Some(days) = self.body.retention_in_days {
            if days < 1 {
                return Err(Error::invalid_input("retention_in_days must be at least 1"));
            }
        }
        crate::file_server::create_document(
            &self.client,
            self.body,
            self.content,
            self.content_type,
            self.inline,
        )
        .await
    }
}

crate::resources::request_future!(CreateDocument => Document);
