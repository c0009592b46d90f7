//! Datasets: `client.datasets()`.

use crate::call::Op;
use crate::resources::request_future;
use crate::types::{self, Dataset, Datasets as DatasetPage};
use crate::{ids, Client, Error, Result};

/// Datasets: create, read, list, update, delete.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let dataset = client.datasets().create().name("Invoices 2024").await?;
/// client.datasets().delete(&dataset.dataset_id).delete_documents(true).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Datasets {
    client: Client,
}

impl Client {
    /// Datasets: create, read, list, update, delete.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.datasets().list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn datasets(&self) -> Datasets {
        Datasets {
            client: self.clone(),
        }
    }
}

impl Datasets {
    /// Create a dataset (`POST /datasets`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let d = client.datasets().create().name("Receipts").retention_in_days(365).send().await?;
    /// # let _ = d;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self) -> CreateDataset {
        CreateDataset {
            client: self.client.clone(),
            body: types::PostDatasets {
                contains_personally_identifiable_information: None,
                description: None,
                name: None,
                retention_in_days: None,
            },
        }
    }

    /// Get a dataset (`GET /datasets/{datasetId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let d = client.datasets().get("las:dataset:abc").await?;
    /// println!("{} documents", d.number_of_documents);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, dataset_id: &str) -> Result<Dataset> {
        let id = ids::check("dataset_id", dataset_id)?;
        self.client
            .call(Op::get("get_dataset"), |api| async move {
                api.get_dataset(id).await
            })
            .await
    }

    /// List datasets (`GET /datasets`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.datasets().list().items().try_collect().await?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListDatasets {
        ListDatasets::new(self.client.clone())
    }

    /// Update a dataset's name or description (`PATCH /datasets/{datasetId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.datasets().update("las:dataset:abc").description("Q1 invoices").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, dataset_id: impl Into<String>) -> UpdateDataset {
        UpdateDataset {
            client: self.client.clone(),
            dataset_id: dataset_id.into(),
            body: types::PatchDatasetId {
                description: None,
                name: None,
            },
        }
    }

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

/// `POST /datasets`. Created by [`Datasets::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDataset {
    client: Client,
    body: types::PostDatasets,
}

impl CreateDataset {
    /// Name of the dataset.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// Description of the dataset.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
    /// Days to keep the dataset's documents.
    pub fn retention_in_days(mut self, days: i64) -> Self {
        self.body.retention_in_days = Some(days);
        self
    }
    /// Whether the documents contain personally identifiable information.
    pub fn contains_personally_identifiable_information(mut self, pii: bool) -> Self {
        self.body.contains_personally_identifiable_information = Some(pii);
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Dataset> {
        if let Some(days) = self.body.retention_in_days {
            if days < 1 {
                return Err(Error::invalid_input("retention_in_days must be at least 1"));
            }
        }
        let body = &self.body;
        self.client
            .call(Op::post("create_dataset"), |api| async move {
                api.create_dataset(body).await
            })
            .await
    }
}

request_future!(CreateDataset => Dataset);

/// `PATCH /datasets/{datasetId}`. Created by [`Datasets::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateDataset {
    client: Client,
    dataset_id: String,
    body: types::PatchDatasetId,
}

impl UpdateDataset {
    /// New name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// New description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Dataset> {
        let id = ids::check("dataset_id", &self.dataset_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_dataset"), |api| async move {
                api.update_dataset(id, body).await
            })
            .await
    }
}

request_future!(UpdateDataset => Dataset);

/// `DELETE /datasets/{datasetId}`. Created by [`Datasets::delete`].
#[derive(Debug)]
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

request_future!(DeleteDataset => Dataset);

crate::resources::unfiltered_list! {
    /// `GET /datasets`. Created by [`Datasets::list`].
    ListDatasets: DatasetPage => Dataset, "dataset", list_datasets
}
