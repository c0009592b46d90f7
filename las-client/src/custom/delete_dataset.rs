//! `deleteDataset`: with `delete_documents(true)`, the dataset's documents
//! are deleted first (the API refuses to delete a dataset that has any).

use crate::call::Op;
use crate::datasets::Datasets;
use crate::types::Dataset;
use crate::{ids, Client, Result};

impl Datasets {
    /// Delete a dataset (`DELETE /datasets/{datasetId}`); with
    /// [`DeleteDataset::delete_documents`], its documents first (the Python
    /// SDK's `delete_dataset(delete_documents=True)`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.datasets().delete("las:dataset:abc").delete_documents(true).await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(&self, dataset_id: impl Into<String>) -> DeleteDataset {
        DeleteDataset {
            client: self.client.clone(),
            dataset_id: dataset_id.into(),
            delete_documents: false,
        }
    }
}

/// `DELETE /datasets/{datasetId}`. Created by [`Datasets::delete`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDataset {
    client: Client,
    dataset_id: String,
    delete_documents: bool,
}

impl DeleteDataset {
    /// Delete the dataset's documents first (default `false`: the API
    /// refuses to delete a dataset that still has documents).
    pub fn delete_documents(mut self, delete: bool) -> Self {
        self.delete_documents = delete;
        self
    }

    /// Send; returns the deleted dataset.
    pub async fn send(self) -> Result<Dataset> {
        let id = ids::check("dataset_id", &self.dataset_id)?;
        if self.delete_documents {
            self.client
                .documents()
                .delete_many()
                .dataset_id(id)
                .delete_all()
                .send()
                .await?;
        }
        self.client
            .call(Op::delete("delete_dataset"), |api| async move {
                api.delete_dataset(id).await
            })
            .await
    }
}

crate::resources::request_future!(DeleteDataset => Dataset);
