//! Data bundles of a model: `client.models().data_bundles(model_id)`.

use crate::call::Op;
use crate::paginate::{self, FetchPage, PageFuture};
use crate::resources::request_future;
use crate::types::{self, DataBundle, DataBundleStatus, DataBundles as DataBundlePage};
use crate::{ids, Client, Error, Result};

/// The data bundles of one model (the datasets it trains on): create,
/// list, update, delete. Created by
/// [`Models::data_bundles`](crate::models::Models::data_bundles).
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let bundles = client.models().data_bundles("las:model:abc");
/// let bundle = bundles.create(["las:dataset:abc", "las:dataset:def"]).name("Q1").await?;
/// bundles.delete(&bundle.data_bundle_id).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct DataBundles {
    client: Client,
    model_id: String,
}

impl DataBundles {
    pub(crate) fn new(client: Client, model_id: String) -> Self {
        DataBundles { client, model_id }
    }

    /// The model these data bundles belong to.
    ///
    /// ```no_run
    /// # fn run(client: las_client::Client) {
    /// assert_eq!(client.models().data_bundles("las:model:abc").model_id(), "las:model:abc");
    /// # }
    /// ```
    pub fn model_id(&self) -> &str {
        &self.model_id
    }

    /// Create a data bundle of these datasets
    /// (`POST /models/{modelId}/dataBundles`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let bundle = client
    ///     .models()
    ///     .data_bundles("las:model:abc")
    ///     .create(["las:dataset:abc"])
    ///     .description("Invoices 2024")
    ///     .send()
    ///     .await?;
    /// # let _ = bundle;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create<S: Into<String>>(
        &self,
        dataset_ids: impl IntoIterator<Item = S>,
    ) -> CreateDataBundle {
        CreateDataBundle {
            client: self.client.clone(),
            model_id: self.model_id.clone(),
            body: types::PostDataBundles {
                dataset_ids: dataset_ids.into_iter().map(Into::into).collect(),
                description: None,
                name: None,
            },
        }
    }

    /// List the model's data bundles
    /// (`GET /models/{modelId}/dataBundles`), optionally by status.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// use las_client::types::DataBundleStatus;
    /// let ready: Vec<_> = client
    ///     .models()
    ///     .data_bundles("las:model:abc")
    ///     .list()
    ///     .status(DataBundleStatus::Ready)
    ///     .items()
    ///     .try_collect()
    ///     .await?;
    /// # let _ = ready;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListDataBundles {
        ListDataBundles {
            client: self.client.clone(),
            model_id: self.model_id.clone(),
            status: Vec::new(),
            max_results: None,
            next_token: None,
            limit: None,
        }
    }

    /// Update a data bundle's name or description
    /// (`PATCH /models/{modelId}/dataBundles/{dataBundleId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client
    ///     .models()
    ///     .data_bundles("las:model:abc")
    ///     .update("las:data-bundle:abc")
    ///     .name("Q1 invoices")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, data_bundle_id: impl Into<String>) -> UpdateDataBundle {
        UpdateDataBundle {
            client: self.client.clone(),
            model_id: self.model_id.clone(),
            data_bundle_id: data_bundle_id.into(),
            body: types::PatchDataBundleId {
                description: None,
                name: None,
            },
        }
    }

    /// Delete a data bundle
    /// (`DELETE /models/{modelId}/dataBundles/{dataBundleId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client
    ///     .models()
    ///     .data_bundles("las:model:abc")
    ///     .delete("las:data-bundle:abc")
    ///     .await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, data_bundle_id: &str) -> Result<DataBundle> {
        let model_id = ids::check("model_id", &self.model_id)?;
        let id = ids::check("data_bundle_id", data_bundle_id)?;
        self.client
            .call(Op::delete("delete_data_bundle"), |api| async move {
                api.delete_data_bundle(model_id, id).await
            })
            .await
    }
}

/// `POST /models/{modelId}/dataBundles`. Created by [`DataBundles::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDataBundle {
    client: Client,
    model_id: String,
    body: types::PostDataBundles,
}

impl CreateDataBundle {
    /// Name of the data bundle.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// Description of the data bundle.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Send. At least one dataset is required.
    pub async fn send(self) -> Result<DataBundle> {
        let model_id = ids::check("model_id", &self.model_id)?;
        if self.body.dataset_ids.is_empty() {
            return Err(Error::invalid_input(
                "a data bundle needs at least one dataset id",
            ));
        }
        let body = &self.body;
        self.client
            .call(Op::post("create_data_bundle"), |api| async move {
                api.create_data_bundle(model_id, body).await
            })
            .await
    }
}

request_future!(CreateDataBundle => DataBundle);

/// `PATCH /models/{modelId}/dataBundles/{dataBundleId}`. Created by
/// [`DataBundles::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateDataBundle {
    client: Client,
    model_id: String,
    data_bundle_id: String,
    body: types::PatchDataBundleId,
}

impl UpdateDataBundle {
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
    pub async fn send(self) -> Result<DataBundle> {
        let model_id = ids::check("model_id", &self.model_id)?;
        let id = ids::check("data_bundle_id", &self.data_bundle_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_data_bundle"), |api| async move {
                api.update_data_bundle(model_id, id, body).await
            })
            .await
    }
}

request_future!(UpdateDataBundle => DataBundle);

/// `GET /models/{modelId}/dataBundles`. Created by [`DataBundles::list`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListDataBundles {
    client: Client,
    model_id: String,
    status: Vec<DataBundleStatus>,
    max_results: Option<u64>,
    next_token: Option<String>,
    limit: Option<u64>,
}

impl ListDataBundles {
    /// Only data bundles with this status (repeat for several).
    pub fn status(mut self, status: DataBundleStatus) -> Self {
        self.status.push(status);
        self
    }
}

crate::resources::list_request!(ListDataBundles: DataBundlePage => DataBundle, "data bundle");

impl FetchPage for ListDataBundles {
    type Page = DataBundlePage;
    const OPERATION: &'static str = "list_data_bundles";

    fn fetch(
        &self,
        next_token: Option<String>,
        page_size: Option<u64>,
    ) -> PageFuture<DataBundlePage> {
        let this = self.clone();
        Box::pin(async move {
            let model_id = ids::check("model_id", &this.model_id)?;
            let size = paginate::check_page_size(page_size)?;
            let token = next_token.as_deref();
            let status = (!this.status.is_empty()).then_some(&this.status);
            this.client
                .call(Op::get(Self::OPERATION), |api| async move {
                    api.list_data_bundles(model_id, size, token, status).await
                })
                .await
        })
    }
}
