//! The blocking handlers, request builders and lists, one per async one.

use std::path::Path;

use crate::resources::documents::IntoContent;
use crate::resources::transitions::IntoJsonObject;
use crate::resources::IntoGroundTruthValue;
use crate::types::{
    self, ContentType, DataBundleStatus, FieldConfigEntry, ImageQuality, Order, SortBy,
    TransitionExecutionStatus, TransitionExecutionUpdateStatus, TransitionType,
    WorkflowExecutionStatus,
};
use crate::{
    app_clients, assets, data_bundles, datasets, documents, logs, models, organizations,
    predictions, secrets, sign_up, transition_executions, transitions, users, workflow_executions,
    workflows,
};

use super::{FromAsync, Items, Pages, Rt};

// ---------------------------------------------------------------- app clients

handler! {
    /// App clients: create, list, update, delete.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let app_client = client.app_clients().create().name("Importer").generate_secret(true).send()?;
    /// client.app_clients().delete(&app_client.app_client_id)?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct AppClients(app_clients::AppClients);
    {
        /// Create an app client (`POST /appClients`).
        fn create(&self) => CreateAppClient;
        /// List app clients (`GET /appClients`).
        fn list(&self) => ListAppClients;
        /// Update an app client (`PATCH /appClients/{appClientId}`).
        fn update(&self, app_client_id: impl Into<String>) => UpdateAppClient;
        /// Delete an app client (`DELETE /appClients/{appClientId}`); returns it.
        fn delete(&self, app_client_id: &str) -> types::AppClient;
    }
}

request! {
    /// `POST /appClients`. Created by [`AppClients::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let app_client = client
    ///     .app_clients()
    ///     .create()
    ///     .name("Web UI")
    ///     .callback_urls(["https://example.com/callback"])
    ///     .send()?;
    /// # let _ = app_client;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateAppClient(app_clients::CreateAppClient) -> types::AppClient;
    {
        /// Name of the app client.
        fn name(name: impl Into<String>);
        /// Description of the app client.
        fn description(description: impl Into<String>);
        /// Whether to generate a client secret.
        fn generate_secret(generate: bool);
        /// URLs to redirect to after logout.
        fn logout_urls(urls: impl IntoIterator<Item = impl Into<String>>);
        /// URLs allowed as OAuth callbacks.
        fn callback_urls(urls: impl IntoIterator<Item = impl Into<String>>);
        /// URLs of the login pages.
        fn login_urls(urls: impl IntoIterator<Item = impl Into<String>>);
        /// The default login URL.
        fn default_login_url(url: impl Into<String>);
    }
}

request! {
    /// `PATCH /appClients/{appClientId}`. Created by [`AppClients::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.app_clients().update("las:app-client:abc").name("Importer v2").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateAppClient(app_clients::UpdateAppClient) -> types::AppClient;
    {
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
        /// New login URLs.
        fn login_urls(urls: impl IntoIterator<Item = impl Into<String>>);
        /// New default login URL.
        fn default_login_url(url: impl Into<String>);
    }
}

list! {
    /// `GET /appClients`. Created by [`AppClients::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for app_client in client.app_clients().list().items() {
    ///     println!("{}", app_client?.app_client_id);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListAppClients(app_clients::ListAppClients) -> types::AppClients, types::AppClient;
    {}
}

// --------------------------------------------------------------------- assets

handler! {
    /// Assets: upload, read, list, update, delete.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let asset = client.assets().create("logo.png").name("Logo").send()?;
    /// let bytes = client.assets().download(&asset.asset_id)?;
    /// # let _ = bytes;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Assets(assets::Assets);
    {
        /// Upload an asset (`POST /assets`); `content` is a path, bytes or
        /// [`Content`](crate::Content).
        fn create(&self, content: impl IntoContent) => CreateAsset;
        /// Get an asset with its content (`GET /assets/{assetId}`).
        fn get(&self, asset_id: &str) -> types::Asset;
        /// The decoded content of an asset.
        fn download(&self, asset_id: &str) -> Vec<u8>;
        /// Write the decoded content of an asset to `path`.
        fn download_to(&self, asset_id: &str, path: impl AsRef<Path>) -> ();
        /// List assets (`GET /assets`).
        fn list(&self) => ListAssets;
        /// Update an asset (`PATCH /assets/{assetId}`).
        fn update(&self, asset_id: impl Into<String>) => UpdateAsset;
        /// Delete an asset (`DELETE /assets/{assetId}`); returns it.
        fn delete(&self, asset_id: &str) -> types::Asset;
    }
}

request! {
    /// `POST /assets`. Created by [`Assets::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let asset = client.assets().create(b"{}".to_vec()).name("config").send()?;
    /// # let _ = asset;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateAsset(assets::CreateAsset) -> types::Asset;
    {
        /// Name of the asset.
        fn name(name: impl Into<String>);
        /// Description of the asset.
        fn description(description: impl Into<String>);
    }
}

request! {
    /// `PATCH /assets/{assetId}`. Created by [`Assets::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.assets().update("las:asset:abc").content("logo-v2.png").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateAsset(assets::UpdateAsset) -> types::Asset;
    {
        /// New content: a path, bytes or [`Content`](crate::Content).
        fn content(content: impl IntoContent);
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
    }
}

list! {
    /// `GET /assets`. Created by [`Assets::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let first_page = client.assets().list().max_results(10).send()?;
    /// # let _ = first_page;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListAssets(assets::ListAssets) -> types::Assets, types::Asset;
    {}
}

// --------------------------------------------------------------- data bundles

handler! {
    /// The data bundles of one model: create, list, update, delete. Created
    /// by [`Models::data_bundles`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let bundles = client.models().data_bundles("las:model:abc");
    /// let bundle = bundles.create(["las:dataset:abc"]).name("Invoices").send()?;
    /// bundles.delete(&bundle.data_bundle_id)?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct DataBundles(data_bundles::DataBundles);
    {
        /// Create a data bundle of these datasets
        /// (`POST /models/{modelId}/dataBundles`).
        fn create(
            &self,
            dataset_ids: impl IntoIterator<Item = impl Into<String>>,
        ) => CreateDataBundle;
        /// List the model's data bundles (`GET /models/{modelId}/dataBundles`).
        fn list(&self) => ListDataBundles;
        /// Update a data bundle
        /// (`PATCH /models/{modelId}/dataBundles/{dataBundleId}`).
        fn update(&self, data_bundle_id: impl Into<String>) => UpdateDataBundle;
        /// Delete a data bundle
        /// (`DELETE /models/{modelId}/dataBundles/{dataBundleId}`); returns it.
        fn delete(&self, data_bundle_id: &str) -> types::DataBundle;
    }
}

impl DataBundles {
    /// The model these data bundles belong to.
    ///
    /// The async form: [`las_client::data_bundles::DataBundles::model_id`](crate::data_bundles::DataBundles::model_id).
    pub fn model_id(&self) -> &str {
        self.inner.model_id()
    }
}

request! {
    /// `POST /models/{modelId}/dataBundles`. Created by [`DataBundles::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let bundle = client
    ///     .models()
    ///     .data_bundles("las:model:abc")
    ///     .create(["las:dataset:abc", "las:dataset:def"])
    ///     .description("Invoices 2024")
    ///     .send()?;
    /// # let _ = bundle;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateDataBundle(data_bundles::CreateDataBundle) -> types::DataBundle;
    {
        /// Name of the data bundle.
        fn name(name: impl Into<String>);
        /// Description of the data bundle.
        fn description(description: impl Into<String>);
    }
}

request! {
    /// `PATCH /models/{modelId}/dataBundles/{dataBundleId}`. Created by
    /// [`DataBundles::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client
    ///     .models()
    ///     .data_bundles("las:model:abc")
    ///     .update("las:data-bundle:def")
    ///     .name("Invoices (checked)")
    ///     .send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateDataBundle(data_bundles::UpdateDataBundle) -> types::DataBundle;
    {
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
    }
}

list! {
    /// `GET /models/{modelId}/dataBundles`. Created by [`DataBundles::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::DataBundleStatus;
    /// let ready = client
    ///     .models()
    ///     .data_bundles("las:model:abc")
    ///     .list()
    ///     .status(DataBundleStatus::Ready)
    ///     .items()
    ///     .collect::<las_client::Result<Vec<_>>>()?;
    /// # let _ = ready;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListDataBundles(data_bundles::ListDataBundles)
        -> types::DataBundles, types::DataBundle;
    {
        /// Only data bundles in this status.
        fn status(status: DataBundleStatus);
    }
}

// ------------------------------------------------------------------- datasets

handler! {
    /// Datasets: create, read, list, update, delete.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let dataset = client.datasets().create().name("Invoices 2024").send()?;
    /// client.datasets().delete(&dataset.dataset_id).delete_documents(true).send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Datasets(datasets::Datasets);
    {
        /// Create a dataset (`POST /datasets`).
        fn create(&self) => CreateDataset;
        /// Get a dataset (`GET /datasets/{datasetId}`).
        fn get(&self, dataset_id: &str) -> types::Dataset;
        /// List datasets (`GET /datasets`).
        fn list(&self) => ListDatasets;
        /// Update a dataset's name or description (`PATCH /datasets/{datasetId}`).
        fn update(&self, dataset_id: impl Into<String>) => UpdateDataset;
        /// Delete a dataset (`DELETE /datasets/{datasetId}`); with
        /// [`DeleteDataset::delete_documents`], its documents first.
        fn delete(&self, dataset_id: impl Into<String>) => DeleteDataset;
    }
}

request! {
    /// `POST /datasets`. Created by [`Datasets::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let dataset = client.datasets().create().name("Receipts").retention_in_days(365).send()?;
    /// # let _ = dataset;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateDataset(datasets::CreateDataset) -> types::Dataset;
    {
        /// Name of the dataset.
        fn name(name: impl Into<String>);
        /// Description of the dataset.
        fn description(description: impl Into<String>);
        /// Days to keep the dataset's documents.
        fn retention_in_days(days: i64);
        /// Whether the documents contain personally identifiable information.
        fn contains_personally_identifiable_information(pii: bool);
    }
}

request! {
    /// `PATCH /datasets/{datasetId}`. Created by [`Datasets::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.datasets().update("las:dataset:abc").description("Q1 invoices").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateDataset(datasets::UpdateDataset) -> types::Dataset;
    {
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
    }
}

request! {
    /// `DELETE /datasets/{datasetId}`. Created by [`Datasets::delete`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let deleted = client.datasets().delete("las:dataset:abc").delete_documents(true).send()?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub struct DeleteDataset(datasets::DeleteDataset) -> types::Dataset;
    {
        /// Delete the dataset's documents first (default `false`: the API
        /// refuses to delete a dataset that still has documents).
        fn delete_documents(delete: bool);
    }
}

list! {
    /// `GET /datasets`. Created by [`Datasets::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let all = client.datasets().list().items().collect::<las_client::Result<Vec<_>>>()?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListDatasets(datasets::ListDatasets) -> types::Datasets, types::Dataset;
    {}
}

// ------------------------------------------------------------------ documents

handler! {
    /// Documents: upload, read, list, update ground truth, delete; bulk
    /// uploads with [`create_many`](Documents::create_many).
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let doc = client.documents().create("invoice.pdf").dataset_id("las:dataset:abc").send()?;
    /// let bytes = client.documents().download(&doc.document_id)?;
    /// # let _ = bytes;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Documents(documents::Documents);
    {
        /// Upload a document (`POST /documents`); `content` is a path, bytes
        /// or [`Content`](crate::Content), its type sniffed unless set.
        fn create(&self, content: impl IntoContent) => CreateDocument;
        /// Get a document with its content (`GET /documents/{documentId}`).
        fn get(&self, document_id: &str) -> types::Document;
        /// The decoded content of a document.
        fn download(&self, document_id: &str) -> Vec<u8>;
        /// Write the decoded content of a document to `path`.
        fn download_to(&self, document_id: &str, path: impl AsRef<Path>) -> ();
        /// List documents (`GET /documents`), optionally by dataset or consent.
        fn list(&self) => ListDocuments;
        /// Update a document's ground truth, dataset or retention
        /// (`PATCH /documents/{documentId}`).
        fn update(&self, document_id: impl Into<String>) => UpdateDocument;
        /// Delete a document (`DELETE /documents/{documentId}`); returns it.
        fn delete(&self, document_id: &str) -> types::Document;
        /// Delete documents by dataset or consent (`DELETE /documents`); with
        /// [`DeleteDocuments::delete_all`], until nothing matching is left.
        fn delete_many(&self) => DeleteDocuments;
    }
}

request! {
    /// `POST /documents`. Created by [`Documents::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::ContentType;
    /// let doc = client
    ///     .documents()
    ///     .create(std::fs::read("scan.tif").unwrap())
    ///     .content_type(ContentType::ImageTiff)
    ///     .ground_truth([("total_amount", "120.50")])
    ///     .send()?;
    /// # let _ = doc;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateDocument(documents::CreateDocument) -> types::Document;
    {
        /// The content type; sniffed from the bytes when not set.
        fn content_type(content_type: ContentType);
        /// The consent that marks the owner of the document.
        fn consent_id(consent_id: impl Into<String>);
        /// The dataset the document belongs to.
        fn dataset_id(dataset_id: impl Into<String>);
        /// Ground truth: `(label, value)` pairs; values are strings,
        /// booleans or `None`.
        fn ground_truth(
            items: impl IntoIterator<Item = (impl Into<String>, impl IntoGroundTruthValue)>,
        );
        /// Days to keep the document.
        fn retention_in_days(days: i64);
    }
}

request! {
    /// `PATCH /documents/{documentId}`. Created by [`Documents::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.documents().update("las:document:3f2a").ground_truth([("paid", true)]).send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateDocument(documents::UpdateDocument) -> types::Document;
    {
        /// Ground truth: `(label, value)` pairs; values are strings,
        /// booleans or `None`.
        fn ground_truth(
            items: impl IntoIterator<Item = (impl Into<String>, impl IntoGroundTruthValue)>,
        );
        /// Move the document to this dataset.
        fn dataset_id(dataset_id: impl Into<String>);
        /// Days to keep the document.
        fn retention_in_days(days: i64);
    }
}

list! {
    /// `GET /documents`. Created by [`Documents::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for document in client.documents().list().dataset_id("las:dataset:abc").items() {
    ///     println!("{}", document?.document_id);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListDocuments(documents::ListDocuments) -> types::Documents, types::Document;
    {
        /// Only documents of this dataset (repeat for several).
        fn dataset_id(dataset_id: impl Into<String>);
        /// Only documents with this consent id (repeat for several).
        fn consent_id(consent_id: impl Into<String>);
    }
}

request! {
    /// `DELETE /documents`. Created by [`Documents::delete_many`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let deleted = client.documents().delete_many().dataset_id("las:dataset:abc").delete_all().send()?;
    /// println!("deleted {}", deleted.documents.len());
    /// # Ok(())
    /// # }
    /// ```
    pub struct DeleteDocuments(documents::DeleteDocuments) -> types::Documents;
    {
        /// Only documents of this dataset (repeat for several).
        fn dataset_id(dataset_id: impl Into<String>);
        /// Only documents with this consent id (repeat for several).
        fn consent_id(consent_id: impl Into<String>);
        /// Delete at most this many documents (one page).
        fn max_results(max_results: u64);
        /// Continue from this token.
        fn next_token(token: impl Into<String>);
        /// Keep deleting until nothing matching is left. Cannot be combined
        /// with `max_results`.
        fn delete_all();
    }
}

// ----------------------------------------------------------------------- logs

handler! {
    /// Logs of workflow and transition executions: read and list.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let log = client.logs().get("las:log:abc")?;
    /// # let _ = log;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Logs(logs::Logs);
    {
        /// Get a log (`GET /logs/{logId}`).
        fn get(&self, log_id: &str) -> types::Log;
        /// List logs (`GET /logs`), optionally of one workflow, workflow
        /// execution, transition or transition execution.
        fn list(&self) => ListLogs;
    }
}

list! {
    /// `GET /logs`. Created by [`Logs::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::Order;
    /// let logs = client
    ///     .logs()
    ///     .list()
    ///     .transition_id("las:transition:abc")
    ///     .order(Order::Descending)
    ///     .limit(20)
    ///     .items()
    ///     .collect::<las_client::Result<Vec<_>>>()?;
    /// # let _ = logs;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListLogs(logs::ListLogs) -> types::Logs, types::Log;
    {
        /// Only logs of this workflow.
        fn workflow_id(workflow_id: impl Into<String>);
        /// Only logs of this workflow execution.
        fn workflow_execution_id(execution_id: impl Into<String>);
        /// Only logs of this transition.
        fn transition_id(transition_id: impl Into<String>);
        /// Only logs of this transition execution.
        fn transition_execution_id(execution_id: impl Into<String>);
        /// Oldest or newest first.
        fn order(order: Order);
    }
}

// --------------------------------------------------------------------- models

handler! {
    /// Models: create, read, list, update, delete, and their data bundles.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::models::field;
    /// use las_client::types::FieldType;
    /// let model = client
    ///     .models()
    ///     .create(1052, 1488, [("total_amount", field(FieldType::Amount, 10))])
    ///     .name("Invoices")
    ///     .send()?;
    /// # let _ = model;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Models(models::Models);
    {
        /// Create a model (`POST /models`) reading images of `width` ×
        /// `height` pixels and these fields (see [`models::field`]).
        fn create(
            &self,
            width: i64,
            height: i64,
            field_config: impl IntoIterator<Item = (impl Into<String>, FieldConfigEntry)>,
        ) => CreateModel;
        /// Get a model (`GET /models/{modelId}`).
        fn get(&self, model_id: &str) -> types::Model;
        /// List models (`GET /models`).
        fn list(&self) => ListModels;
        /// Update a model (`PATCH /models/{modelId}`).
        fn update(&self, model_id: impl Into<String>) => UpdateModel;
        /// Delete a model (`DELETE /models/{modelId}`); returns it.
        fn delete(&self, model_id: &str) -> types::Model;
        /// The data bundles of one model.
        fn data_bundles(&self, model_id: impl Into<String>) => DataBundles;
    }
}

request! {
    /// `POST /models`. Created by [`Models::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::models::field;
    /// use las_client::types::FieldType;
    /// let model = client
    ///     .models()
    ///     .create(800, 1000, [("due_date", field(FieldType::Date, 10))])
    ///     .description("Due dates")
    ///     .send()?;
    /// # let _ = model;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateModel(models::CreateModel) -> types::Model;
    {
        /// Name of the model.
        fn name(name: impl Into<String>);
        /// Description of the model.
        fn description(description: impl Into<String>);
        /// How documents are prepared before prediction.
        fn preprocess_config(config: types::PreprocessConfig);
    }
}

request! {
    /// `PATCH /models/{modelId}`. Created by [`Models::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::ModelStatus;
    /// client.models().update("las:model:abc").status(ModelStatus::Training).send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateModel(models::UpdateModel) -> types::Model;
    {
        /// New image width in pixels.
        fn width(width: i64);
        /// New image height in pixels.
        fn height(height: i64);
        /// New field config: `(label, entry)` pairs (see [`models::field`]).
        fn field_config(
            field_config: impl IntoIterator<Item = (impl Into<String>, FieldConfigEntry)>,
        );
        /// New preprocessing.
        fn preprocess_config(config: types::PreprocessConfig);
        /// New status (for example `training` to start training).
        fn status(status: types::ModelStatus);
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
    }
}

list! {
    /// `GET /models`. Created by [`Models::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for model in client.models().list().items() {
    ///     let model = model?;
    ///     println!("{} {}", model.model_id, model.status);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListModels(models::ListModels) -> types::Models, types::Model;
    {}
}

// -------------------------------------------------------------- organizations

handler! {
    /// Organizations: read and update.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let organization = client.organizations().get("las:organization:abc")?;
    /// # let _ = organization;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Organizations(organizations::Organizations);
    {
        /// Get an organization (`GET /organizations/{organizationId}`).
        fn get(&self, organization_id: &str) -> types::Organization;
        /// Update an organization (`PATCH /organizations/{organizationId}`).
        fn update(&self, organization_id: impl Into<String>) => UpdateOrganization;
    }
}

request! {
    /// `PATCH /organizations/{organizationId}`. Created by
    /// [`Organizations::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.organizations().update("las:organization:abc").name("Acme").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateOrganization(organizations::UpdateOrganization) -> types::Organization;
    {
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
    }
}

// ---------------------------------------------------------------- predictions

handler! {
    /// Predictions: run a model on a document, list predictions.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let prediction = client.predictions().create("las:document:abc", "las:model:abc").send()?;
    /// for field in &prediction.predictions {
    ///     println!("{} = {:?}", field.label, field.value);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub struct Predictions(predictions::Predictions);
    {
        /// Run a model on a document (`POST /predictions`).
        fn create(
            &self,
            document_id: impl Into<String>,
            model_id: impl Into<String>,
        ) => CreatePrediction;
        /// List predictions (`GET /predictions`).
        fn list(&self) => ListPredictions;
    }
}

request! {
    /// `POST /predictions`. Created by [`Predictions::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::ImageQuality;
    /// let prediction = client
    ///     .predictions()
    ///     .create("las:document:abc", "las:model:abc")
    ///     .max_pages(2)
    ///     .image_quality(ImageQuality::High)
    ///     .send()?;
    /// # let _ = prediction;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreatePrediction(predictions::CreatePrediction) -> types::Prediction;
    {
        /// Predict on at most this many pages.
        fn max_pages(max_pages: i64);
        /// Whether the API may try rotations of the document.
        fn auto_rotate(auto_rotate: bool);
        /// Image quality: `HIGH` may give better results but takes longer.
        fn image_quality(quality: ImageQuality);
    }
}

list! {
    /// `GET /predictions`. Created by [`Predictions::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let latest = client.predictions().list().limit(10).items().collect::<las_client::Result<Vec<_>>>()?;
    /// # let _ = latest;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListPredictions(predictions::ListPredictions)
        -> types::Predictions, types::Prediction;
    {}
}

// -------------------------------------------------------------------- secrets

handler! {
    /// Secrets: create, list, update, delete. The data of a secret is never
    /// returned by the API.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let secret = client.secrets().create([("username", "importer"), ("password", "hunter2")]).send()?;
    /// client.secrets().delete(&secret.secret_id)?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Secrets(secrets::Secrets);
    {
        /// Create a secret (`POST /secrets`) holding `data`, a JSON object.
        fn create(&self, data: impl IntoJsonObject) => CreateSecret;
        /// List secrets (`GET /secrets`).
        fn list(&self) => ListSecrets;
        /// Update a secret (`PATCH /secrets/{secretId}`).
        fn update(&self, secret_id: impl Into<String>) => UpdateSecret;
        /// Delete a secret (`DELETE /secrets/{secretId}`); returns it.
        fn delete(&self, secret_id: &str) -> types::Secret;
    }
}

request! {
    /// `POST /secrets`. Created by [`Secrets::create`]. Its `Debug` output
    /// leaves the data out.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let secret = client
    ///     .secrets()
    ///     .create(serde_json::json!({"token": "s3cr3t"}))
    ///     .name("ERP token")
    ///     .send()?;
    /// # let _ = secret;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateSecret(secrets::CreateSecret) -> types::Secret;
    {
        /// Name of the secret.
        fn name(name: impl Into<String>);
        /// Description of the secret.
        fn description(description: impl Into<String>);
    }
}

request! {
    /// `PATCH /secrets/{secretId}`. Created by [`Secrets::update`]. Its
    /// `Debug` output leaves the data out.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.secrets().update("las:secret:abc").data([("token", "n3w")]).send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateSecret(secrets::UpdateSecret) -> types::Secret;
    {
        /// New data (a JSON object); replaces the old data.
        fn data(data: impl IntoJsonObject);
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
    }
}

list! {
    /// `GET /secrets`. Created by [`Secrets::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for secret in client.secrets().list().items() {
    ///     println!("{}", secret?.secret_id);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListSecrets(secrets::ListSecrets) -> types::Secrets, types::Secret;
    {}
}

// -------------------------------------------------------------------- sign up

request! {
    /// `POST /signup`. Created by [`Client::sign_up`](super::Client::sign_up).
    /// Its `Debug` output leaves the password and the reCAPTCHA response out.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let signed_up = client
    ///     .sign_up("ola@example.com", "correct horse battery staple", "<reCAPTCHA response>")
    ///     .name("Ola Nordmann")
    ///     .send()?;
    /// println!("{}", signed_up.username);
    /// # Ok(())
    /// # }
    /// ```
    pub struct SignUpRequest(sign_up::SignUpRequest) -> types::SignUp;
    {
        /// The user's name.
        fn name(name: impl Into<String>);
    }
}

// ---------------------------------------------------------------- transitions

handler! {
    /// Transitions: create, read, list, update, delete, and their executions.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::{ManualTransitionParameters, TransitionType};
    /// let transition = client
    ///     .transitions()
    ///     .create(TransitionType::Manual)
    ///     .parameters(ManualTransitionParameters { assets: None })
    ///     .name("Review")
    ///     .send()?;
    /// # let _ = transition;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Transitions(transitions::Transitions);
    {
        /// Create a transition (`POST /transitions`).
        fn create(&self, transition_type: TransitionType) => CreateTransition;
        /// Get a transition (`GET /transitions/{transitionId}`).
        fn get(&self, transition_id: &str) -> types::Transition;
        /// List transitions (`GET /transitions`).
        fn list(&self) => ListTransitions;
        /// Update a transition (`PATCH /transitions/{transitionId}`).
        fn update(&self, transition_id: impl Into<String>) => UpdateTransition;
        /// Delete a transition (`DELETE /transitions/{transitionId}`); returns it.
        fn delete(&self, transition_id: &str) -> types::Transition;
        /// The executions of one transition.
        fn executions(&self, transition_id: impl Into<String>) => TransitionExecutions;
    }
}

request! {
    /// `POST /transitions`. Created by [`Transitions::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::{DockerTransitionParameters, TransitionType};
    /// let transition = client
    ///     .transitions()
    ///     .create(TransitionType::Docker)
    ///     .parameters(DockerTransitionParameters {
    ///         image_url: "ghcr.io/acme/checker:1".into(),
    ///         cpu: None,
    ///         memory: None,
    ///         environment: Default::default(),
    ///         environment_secrets: Vec::new(),
    ///         secret_id: None,
    ///     })
    ///     .in_schema(serde_json::json!({"type": "object"}))
    ///     .send()?;
    /// # let _ = transition;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateTransition(transitions::CreateTransition) -> types::Transition;
    {
        /// Name of the transition.
        fn name(name: impl Into<String>);
        /// Description of the transition.
        fn description(description: impl Into<String>);
        /// JSON schema of the input.
        fn in_schema(schema: impl IntoJsonObject);
        /// JSON schema of the output.
        fn out_schema(schema: impl IntoJsonObject);
        /// Parameters of a docker or manual transition.
        fn parameters(parameters: impl Into<types::PostTransitionsParameters>);
        /// Seconds an execution may run.
        fn timeout_in_seconds(seconds: i64);
    }
}

request! {
    /// `PATCH /transitions/{transitionId}`. Created by [`Transitions::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client
    ///     .transitions()
    ///     .update("las:transition:abc")
    ///     .environment([("LOG_LEVEL", "debug")])
    ///     .environment_secrets(["las:secret:abc"])
    ///     .send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateTransition(transitions::UpdateTransition) -> types::Transition;
    {
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
        /// New JSON schema of the input.
        fn in_schema(schema: impl IntoJsonObject);
        /// New JSON schema of the output.
        fn out_schema(schema: impl IntoJsonObject);
        /// Assets of a manual transition: `(name, asset id)` pairs.
        fn assets(assets: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>);
        /// Environment variables of a docker transition.
        fn environment(
            environment: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
        );
        /// Secrets whose data become environment variables of a docker
        /// transition.
        fn environment_secrets(secret_ids: impl IntoIterator<Item = impl Into<String>>);
    }
}

list! {
    /// `GET /transitions`. Created by [`Transitions::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::TransitionType;
    /// let manual = client
    ///     .transitions()
    ///     .list()
    ///     .transition_type(TransitionType::Manual)
    ///     .items()
    ///     .collect::<las_client::Result<Vec<_>>>()?;
    /// # let _ = manual;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListTransitions(transitions::ListTransitions)
        -> types::Transitions, types::Transition;
    {
        /// Only transitions of this type.
        fn transition_type(transition_type: TransitionType);
    }
}

// ------------------------------------------------------ transition executions

handler! {
    /// The executions of one transition: start (manual transitions), read,
    /// list, update, heartbeat. Created by [`Transitions::executions`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::TransitionExecutionUpdateStatus;
    /// let executions = client.transitions().executions("las:transition:abc");
    /// let execution = executions.execute()?;
    /// executions
    ///     .update(&execution.execution_id, TransitionExecutionUpdateStatus::Succeeded)
    ///     .output(serde_json::json!({"approved": true}))
    ///     .send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct TransitionExecutions(transition_executions::TransitionExecutions);
    {
        /// Start an execution of a manual transition
        /// (`POST /transitions/{transitionId}/executions`).
        fn execute(&self) -> types::TransitionExecution;
        /// Get an execution
        /// (`GET /transitions/{transitionId}/executions/{executionId}`).
        fn get(&self, execution_id: &str) -> types::TransitionExecution;
        /// List executions (`GET /transitions/{transitionId}/executions`).
        fn list(&self) => ListTransitionExecutions;
        /// End or restart an execution
        /// (`PATCH /transitions/{transitionId}/executions/{executionId}`).
        fn update(
            &self,
            execution_id: impl Into<String>,
            status: TransitionExecutionUpdateStatus,
        ) => UpdateTransitionExecution;
        /// Tell the API a manual execution is still being worked on (send
        /// one at least every 60 seconds).
        fn heartbeat(&self, execution_id: &str) -> ();
    }
}

impl TransitionExecutions {
    /// The transition these executions belong to.
    ///
    /// The async form: [`las_client::transition_executions::TransitionExecutions::transition_id`](crate::transition_executions::TransitionExecutions::transition_id).
    pub fn transition_id(&self) -> &str {
        self.inner.transition_id()
    }
}

request! {
    /// `PATCH /transitions/{transitionId}/executions/{executionId}`. Created
    /// by [`TransitionExecutions::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::TransitionExecutionUpdateStatus;
    /// client
    ///     .transitions()
    ///     .executions("las:transition:abc")
    ///     .update("las:transition-execution:def", TransitionExecutionUpdateStatus::Failed)
    ///     .error("the document is unreadable")
    ///     .send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateTransitionExecution(transition_executions::UpdateTransitionExecution)
        -> types::TransitionExecution;
    {
        /// The output (a JSON object); needed with `succeeded`.
        fn output(output: impl IntoJsonObject);
        /// The error message; needed with `failed`.
        fn error(message: impl Into<String>);
        /// When work on the execution started (RFC 3339).
        fn start_time(start_time: impl Into<String>);
    }
}

list! {
    /// `GET /transitions/{transitionId}/executions`. Created by
    /// [`TransitionExecutions::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::{Order, SortBy, TransitionExecutionStatus};
    /// let running = client
    ///     .transitions()
    ///     .executions("las:transition:abc")
    ///     .list()
    ///     .status(TransitionExecutionStatus::Running)
    ///     .sort_by(SortBy::StartTime)
    ///     .order(Order::Ascending)
    ///     .items()
    ///     .collect::<las_client::Result<Vec<_>>>()?;
    /// # let _ = running;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListTransitionExecutions(transition_executions::ListTransitionExecutions)
        -> types::TransitionExecutions, types::TransitionExecution;
    {
        /// Only executions in this status (repeat for several).
        fn status(status: TransitionExecutionStatus);
        /// Only the execution with this id (repeat for several).
        fn execution_id(execution_id: impl Into<String>);
        /// Sort by this time.
        fn sort_by(sort_by: SortBy);
        /// Ascending or descending.
        fn order(order: Order);
    }
}

// ---------------------------------------------------------------------- users

handler! {
    /// Users: create, read, list, update, delete.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let user = client.users().create("ola@example.com", "las:app-client:abc").name("Ola").send()?;
    /// client.users().delete(&user.user_id)?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Users(users::Users);
    {
        /// Invite a user (`POST /users`) to log in through this app client.
        fn create(&self, email: impl Into<String>, app_client_id: impl Into<String>) => CreateUser;
        /// Get a user (`GET /users/{userId}`).
        fn get(&self, user_id: &str) -> types::User;
        /// List users (`GET /users`).
        fn list(&self) => ListUsers;
        /// Update a user (`PATCH /users/{userId}`).
        fn update(&self, user_id: impl Into<String>) => UpdateUser;
        /// Delete a user (`DELETE /users/{userId}`); returns it.
        fn delete(&self, user_id: &str) -> types::User;
    }
}

request! {
    /// `POST /users`. Created by [`Users::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let user = client.users().create("kari@example.com", "las:app-client:abc").send()?;
    /// # let _ = user;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateUser(users::CreateUser) -> types::User;
    {
        /// The user's name.
        fn name(name: impl Into<String>);
        /// URL of the user's picture.
        fn avatar(avatar: impl Into<String>);
    }
}

request! {
    /// `PATCH /users/{userId}`. Created by [`Users::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.users().update("las:user:abc").name("Kari Nordmann").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateUser(users::UpdateUser) -> types::User;
    {
        /// New name.
        fn name(name: impl Into<String>);
        /// New picture URL.
        fn avatar(avatar: impl Into<String>);
    }
}

list! {
    /// `GET /users`. Created by [`Users::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for user in client.users().list().items() {
    ///     println!("{}", user?.user_id);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListUsers(users::ListUsers) -> types::Users, types::User;
    {}
}

// ------------------------------------------------------------------ workflows

handler! {
    /// Workflows: create, read, list, update, delete, and their executions.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let workflow = client
    ///     .workflows()
    ///     .create(serde_json::json!({"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}))
    ///     .name("No-op")
    ///     .send()?;
    /// # let _ = workflow;
    /// # Ok(())
    /// # }
    /// ```
    pub struct Workflows(workflows::Workflows);
    {
        /// Create a workflow (`POST /workflows`) from its state machine
        /// definition (Amazon States Language, a JSON object).
        fn create(&self, definition: impl IntoJsonObject) => CreateWorkflow;
        /// Get a workflow (`GET /workflows/{workflowId}`).
        fn get(&self, workflow_id: &str) -> types::Workflow;
        /// List workflows (`GET /workflows`).
        fn list(&self) => ListWorkflows;
        /// Update a workflow (`PATCH /workflows/{workflowId}`).
        fn update(&self, workflow_id: impl Into<String>) => UpdateWorkflow;
        /// Delete a workflow (`DELETE /workflows/{workflowId}`); returns it.
        fn delete(&self, workflow_id: &str) -> types::Workflow;
        /// The executions of one workflow.
        fn executions(&self, workflow_id: impl Into<String>) => WorkflowExecutions;
    }
}

request! {
    /// `POST /workflows`. Created by [`Workflows::create`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::ErrorConfig;
    /// let workflow = client
    ///     .workflows()
    ///     .create(serde_json::json!({"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}))
    ///     .error_config(ErrorConfig { email: Some("ops@example.com".into()), manual_retry: Some(true) })
    ///     .send()?;
    /// # let _ = workflow;
    /// # Ok(())
    /// # }
    /// ```
    pub struct CreateWorkflow(workflows::CreateWorkflow) -> types::Workflow;
    {
        /// Name of the workflow.
        fn name(name: impl Into<String>);
        /// Description of the workflow.
        fn description(description: impl Into<String>);
        /// What happens when an execution fails.
        fn error_config(config: types::ErrorConfig);
        /// What runs when an execution completes.
        fn completed_config(config: types::CompletedConfig);
    }
}

request! {
    /// `PATCH /workflows/{workflowId}`. Created by [`Workflows::update`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// client.workflows().update("las:workflow:abc").description("Nightly import").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub struct UpdateWorkflow(workflows::UpdateWorkflow) -> types::Workflow;
    {
        /// New name.
        fn name(name: impl Into<String>);
        /// New description.
        fn description(description: impl Into<String>);
        /// New error handling.
        fn error_config(config: types::ErrorConfig);
        /// New completion step.
        fn completed_config(config: types::CompletedConfig);
    }
}

list! {
    /// `GET /workflows`. Created by [`Workflows::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for workflow in client.workflows().list().items() {
    ///     println!("{}", workflow?.workflow_id);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListWorkflows(workflows::ListWorkflows) -> types::Workflows, types::Workflow;
    {}
}

// -------------------------------------------------------- workflow executions

handler! {
    /// The executions of one workflow: start, read, list, update, delete.
    /// Created by [`Workflows::executions`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let execution = client
    ///     .workflows()
    ///     .executions("las:workflow:abc")
    ///     .execute(serde_json::json!({"documentId": "las:document:abc"}))?;
    /// println!("{}", execution.status);
    /// # Ok(())
    /// # }
    /// ```
    pub struct WorkflowExecutions(workflow_executions::WorkflowExecutions);
    {
        /// Start an execution with this input
        /// (`POST /workflows/{workflowId}/executions`).
        fn execute(&self, content: impl IntoJsonObject) -> types::WorkflowExecution;
        /// Get an execution
        /// (`GET /workflows/{workflowId}/executions/{executionId}`).
        fn get(&self, execution_id: &str) -> types::WorkflowExecution;
        /// List executions (`GET /workflows/{workflowId}/executions`).
        fn list(&self) => ListWorkflowExecutions;
        /// Send an execution on to another transition
        /// (`PATCH /workflows/{workflowId}/executions/{executionId}`).
        fn update(
            &self,
            execution_id: &str,
            next_transition_id: impl Into<String>,
        ) -> types::WorkflowExecution;
        /// Delete an execution
        /// (`DELETE /workflows/{workflowId}/executions/{executionId}`); returns it.
        fn delete(&self, execution_id: &str) -> types::WorkflowExecution;
    }
}

impl WorkflowExecutions {
    /// The workflow these executions belong to.
    ///
    /// The async form: [`las_client::workflow_executions::WorkflowExecutions::workflow_id`](crate::workflow_executions::WorkflowExecutions::workflow_id).
    pub fn workflow_id(&self) -> &str {
        self.inner.workflow_id()
    }
}

list! {
    /// `GET /workflows/{workflowId}/executions`. Created by
    /// [`WorkflowExecutions::list`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::types::WorkflowExecutionStatus;
    /// let failed = client
    ///     .workflows()
    ///     .executions("las:workflow:abc")
    ///     .list()
    ///     .status(WorkflowExecutionStatus::Failed)
    ///     .items()
    ///     .collect::<las_client::Result<Vec<_>>>()?;
    /// # let _ = failed;
    /// # Ok(())
    /// # }
    /// ```
    pub struct ListWorkflowExecutions(workflow_executions::ListWorkflowExecutions)
        -> types::WorkflowExecutions, types::WorkflowExecution;
    {
        /// Only executions in this status (repeat for several).
        fn status(status: WorkflowExecutionStatus);
        /// Sort by this time.
        fn sort_by(sort_by: SortBy);
        /// Ascending or descending.
        fn order(order: Order);
    }
}
