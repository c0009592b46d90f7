//! `updateDocument`: ground truth from `(label, value)` pairs.

use crate::call::Op;
use crate::documents::Documents;
use crate::resources::ground_truth;
use crate::types::{self, Document};
use crate::{ids, Client, Result};

impl Documents {
    /// Update a document's ground truth, dataset or retention
    /// (`PATCH /documents/{documentId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.documents().update("las:document:3f2a").ground_truth([("paid", true)]).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, document_id: impl Into<String>) -> UpdateDocument {
        UpdateDocument {
            client: self.client.clone(),
            document_id: document_id.into(),
            body: {
                let mut patch_document_id = types::PatchDocumentId::new();
                patch_document_id.ground_truth = None;
                patch_document_id
            },
        }
    }
}

/// `PATCH /documents/{documentId}`. Created by [`Documents::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateDocument {
    client: Client,
    document_id: String,
    body: types::PatchDocumentId,
}

impl UpdateDocument {
    /// Ground truth: `(label, value)` pairs; values are strings, booleans
    /// or `None`.
    pub fn ground_truth<L, V>(mut self, items: impl IntoIterator<Item = (L, V)>) -> Self
    where
        L: Into<String>,
        V: crate::resources::IntoGroundTruthValue,
    {
        self.body.ground_truth = Some(ground_truth(items));
        self
    }
    /// Move the document to this dataset.
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.body.dataset_id = Some(dataset_id.into());
        self
    }
    /// Days to keep the document.
    pub fn retention_in_days(mut self, days: i64) -> Self {
        self.body.retention_in_days = Some(days);
        self
    }
    /// A new name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// A new description.
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

    /// Send the update.
    pub async fn send(self) -> Result<Document> {
        let id = ids::check("document_id", &self.document_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_document"), |api| async move {
                api.update_document(id, body).await
            })
            .await
    }
}

crate::resources::request_future!(UpdateDocument => Document);
