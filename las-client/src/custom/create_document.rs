//! `createDocument`: content from a path, bytes or a reader, its type sniffed;
//! ground truth from `(label, value)` pairs.

use crate::content::Content;
use crate::documents::Documents;
use crate::resources::documents::IntoContent;
use crate::resources::ground_truth;
use crate::types::{self, ContentType, Document, GroundTruthItem};
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
            consent_id: None,
            dataset_id: None,
            ground_truth: Vec::new(),
            retention_in_days: None,
        }
    }
}

/// `POST /documents`. Created by [`Documents::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDocument {
    client: Client,
    content: Content,
    content_type: Option<ContentType>,
    consent_id: Option<String>,
    dataset_id: Option<String>,
    ground_truth: Vec<GroundTruthItem>,
    retention_in_days: Option<i64>,
}

impl CreateDocument {
    /// The content type; sniffed from the bytes when not set.
    pub fn content_type(mut self, content_type: ContentType) -> Self {
        self.content_type = Some(content_type);
        self
    }
    /// The consent that marks the owner of the document.
    pub fn consent_id(mut self, consent_id: impl Into<String>) -> Self {
        self.consent_id = Some(consent_id.into());
        self
    }
    /// The dataset the document belongs to.
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.dataset_id = Some(dataset_id.into());
        self
    }
    /// Ground truth: `(label, value)` pairs; values are strings, booleans
    /// or `None`.
    pub fn ground_truth<L, V>(mut self, items: impl IntoIterator<Item = (L, V)>) -> Self
    where
        L: Into<String>,
        V: crate::resources::IntoGroundTruthValue,
    {
        self.ground_truth = ground_truth(items);
        self
    }
    /// Days to keep the document.
    pub fn retention_in_days(mut self, days: i64) -> Self {
        self.retention_in_days = Some(days);
        self
    }

    /// Check the content, then send: a file or reader streams into the
    /// request body, other content is sent from memory.
    pub async fn send(self) -> Result<Document> {
        if let Some(days) = self.retention_in_days {
            if days < 1 {
                return Err(Error::invalid_input("retention_in_days must be at least 1"));
            }
        }
        let make = |content, content_type| {
            let mut post_documents = types::PostDocuments::new();
            post_documents.content = Some(content);
            post_documents.content_type = Some(content_type);
            post_documents.consent_id = self.consent_id.clone();
            post_documents.dataset_id = self.dataset_id.clone();
            post_documents.ground_truth = self.ground_truth.clone();
            post_documents.retention_in_days = self.retention_in_days;
            post_documents
        };
        crate::upload::create_document(&self.client, self.content, self.content_type, make).await
    }
}

crate::resources::request_future!(CreateDocument => Document);
