//! `updateModel`: the field config from `(label, entry)` pairs; an explicitly
//! set but empty config is refused rather than left out of the body; sizes
//! and fields are checked before sending.

use std::collections::BTreeMap;

use crate::call::Op;
use crate::custom::create_model::{check_field_config, check_size, field_config_map};
use crate::models::Models;
use crate::types::{self, FieldConfigEntry, Model};
use crate::{ids, Client, Result};

impl Models {
    /// Update a model (`PATCH /models/{modelId}`): its size, fields,
    /// preprocessing, status, name or description.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::ModelStatus;
    /// client.models().update("las:model:abc").status(ModelStatus::Training).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, model_id: impl Into<String>) -> UpdateModel {
        UpdateModel {
            client: self.client.clone(),
            model_id: model_id.into(),
            field_config_set: false,
            body: {
                let mut patch_model_id = types::PatchModelId::new();
                patch_model_id.field_config = BTreeMap::new();
                patch_model_id
            },
        }
    }
}

/// `PATCH /models/{modelId}`. Created by [`Models::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateModel {
    client: Client,
    model_id: String,
    /// Whether `field_config` was called (an empty config is refused rather
    /// than silently left out of the body).
    field_config_set: bool,
    body: types::PatchModelId,
}

impl UpdateModel {
    /// New input image width in pixels.
    pub fn width(mut self, width: i64) -> Self {
        self.body.width = Some(width);
        self
    }
    /// New input image height in pixels.
    pub fn height(mut self, height: i64) -> Self {
        self.body.height = Some(height);
        self
    }
    /// New field config: `(label, entry)` pairs (see [`field`]).
    pub fn field_config<L: Into<String>>(
        mut self,
        field_config: impl IntoIterator<Item = (L, FieldConfigEntry)>,
    ) -> Self {
        self.body.field_config = field_config_map(field_config);
        self.field_config_set = true;
        self
    }
    /// New preprocessing.
    pub fn preprocess_config(mut self, config: types::PreprocessConfig) -> Self {
        self.body.preprocess_config = Some(config);
        self
    }
    /// New status (for example [`ModelStatus::Training`](types::ModelStatus::Training)
    /// to start training).
    pub fn status(mut self, status: types::ModelStatus) -> Self {
        self.body.status = Some(status);
        self
    }
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
    /// How predictions are post-processed.
    pub fn postprocess_config(mut self, config: types::PostprocessConfig) -> Self {
        self.body.postprocess_config = Some(config);
        self
    }
    /// The training whose result the model uses.
    pub fn training_id(mut self, training_id: impl Into<String>) -> Self {
        self.body.training_id = Some(training_id.into());
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

    /// Check what is set, then send.
    pub async fn send(self) -> Result<Model> {
        let id = ids::check("model_id", &self.model_id)?;
        if let Some(width) = self.body.width {
            check_size("width", width)?;
        }
        if let Some(height) = self.body.height {
            check_size("height", height)?;
        }
        if self.field_config_set {
            check_field_config(&self.body.field_config)?;
        }
        let body = &self.body;
        self.client
            .call(Op::patch("update_model"), |api| async move {
                api.update_model(id, body).await
            })
            .await
    }
}

crate::resources::request_future!(UpdateModel => Model);
