//! Models: `client.models()`, and their data bundles through
//! [`Models::data_bundles`].

use std::collections::BTreeMap;

use crate::call::Op;
use crate::resources::data_bundles::DataBundles;
use crate::resources::request_future;
use crate::types::{self, FieldConfigEntry, FieldType, Model, Models as ModelPage};
use crate::{ids, Client, Error, Result};

/// A field of a model's field config: its type and the most characters a
/// predicted value may have. Set `description` on the result to describe it.
///
/// ```
/// use las_client::models::field;
/// use las_client::types::FieldType;
///
/// let mut total = field(FieldType::Amount, 10);
/// total.description = Some("Total incl. VAT".into());
/// assert_eq!(total.max_length, 10);
/// ```
pub fn field(type_: FieldType, max_length: i64) -> FieldConfigEntry {
    FieldConfigEntry {
        description: None,
        max_length,
        type_,
    }
}

/// Models: create, read, list, update, delete, and their data bundles.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// use las_client::models::field;
/// use las_client::types::FieldType;
///
/// let model = client
///     .models()
///     .create(1052, 1488, [("total_amount", field(FieldType::Amount, 10))])
///     .name("Invoices")
///     .await?;
/// let bundle = client
///     .models()
///     .data_bundles(&model.model_id)
///     .create(["las:dataset:abc"])
///     .await?;
/// # let _ = bundle;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Models {
    client: Client,
}

impl Client {
    /// Models: create, read, list, update, delete, and their data bundles.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.models().list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn models(&self) -> Models {
        Models {
            client: self.clone(),
        }
    }
}

impl Models {
    /// Create a model (`POST /models`) that reads images of `width` ×
    /// `height` pixels and predicts the fields of `field_config`
    /// (`(label, entry)` pairs; see [`field`]).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::models::field;
    /// use las_client::types::FieldType;
    ///
    /// let model = client
    ///     .models()
    ///     .create(
    ///         1052,
    ///         1488,
    ///         [
    ///             ("total_amount", field(FieldType::Amount, 10)),
    ///             ("due_date", field(FieldType::Date, 10)),
    ///         ],
    ///     )
    ///     .name("Invoices")
    ///     .send()
    ///     .await?;
    /// # let _ = model;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create<L: Into<String>>(
        &self,
        width: i64,
        height: i64,
        field_config: impl IntoIterator<Item = (L, FieldConfigEntry)>,
    ) -> CreateModel {
        CreateModel {
            client: self.client.clone(),
            body: types::PostModels {
                description: None,
                field_config: field_config_map(field_config),
                height,
                name: None,
                preprocess_config: None,
                width,
            },
        }
    }

    /// Get a model (`GET /models/{modelId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let model = client.models().get("las:model:abc").await?;
    /// println!("{}", model.status);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, model_id: &str) -> Result<Model> {
        let id = ids::check("model_id", model_id)?;
        self.client
            .call(Op::get("get_model"), |api| async move {
                api.get_model(id).await
            })
            .await
    }

    /// List models (`GET /models`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.models().list().items().try_collect().await?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListModels {
        ListModels::new(self.client.clone())
    }

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
            body: types::PatchModelId {
                description: None,
                field_config: BTreeMap::new(),
                height: None,
                name: None,
                preprocess_config: None,
                status: None,
                width: None,
            },
        }
    }

    /// Delete a model (`DELETE /models/{modelId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.models().delete("las:model:abc").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, model_id: &str) -> Result<Model> {
        let id = ids::check("model_id", model_id)?;
        self.client
            .call(Op::delete("delete_model"), |api| async move {
                api.delete_model(id).await
            })
            .await
    }

    /// The data bundles of one model:
    /// `/models/{modelId}/dataBundles`.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.models().data_bundles("las:model:abc").list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn data_bundles(&self, model_id: impl Into<String>) -> DataBundles {
        DataBundles::new(self.client.clone(), model_id.into())
    }
}

fn field_config_map<L: Into<String>>(
    entries: impl IntoIterator<Item = (L, FieldConfigEntry)>,
) -> BTreeMap<String, FieldConfigEntry> {
    entries
        .into_iter()
        .map(|(label, entry)| (label.into(), entry))
        .collect()
}

/// Width and height must be positive pixel counts.
fn check_size(what: &str, pixels: i64) -> Result<()> {
    if pixels < 1 {
        return Err(Error::invalid_input(format!(
            "{what} must be at least 1 pixel (got {pixels})"
        )));
    }
    Ok(())
}

/// A field config needs at least one field, each allowing at least one
/// character.
fn check_field_config(config: &BTreeMap<String, FieldConfigEntry>) -> Result<()> {
    if config.is_empty() {
        return Err(Error::invalid_input(
            "field_config must have at least one field",
        ));
    }
    for (label, entry) in config {
        if entry.max_length < 1 {
            return Err(Error::invalid_input(format!(
                "maxLength of field {label:?} must be at least 1 (got {})",
                entry.max_length
            )));
        }
    }
    Ok(())
}

/// `POST /models`. Created by [`Models::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateModel {
    client: Client,
    body: types::PostModels,
}

impl CreateModel {
    /// Name of the model.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// Description of the model.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
    /// Processing of a document before prediction.
    pub fn preprocess_config(mut self, config: types::PreprocessConfig) -> Self {
        self.body.preprocess_config = Some(config);
        self
    }

    /// Check the size and the field config, then send.
    pub async fn send(self) -> Result<Model> {
        check_size("width", self.body.width)?;
        check_size("height", self.body.height)?;
        check_field_config(&self.body.field_config)?;
        let body = &self.body;
        self.client
            .call(Op::post("create_model"), |api| async move {
                api.create_model(body).await
            })
            .await
    }
}

request_future!(CreateModel => Model);

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

request_future!(UpdateModel => Model);

crate::resources::unfiltered_list! {
    /// `GET /models`. Created by [`Models::list`].
    ListModels: ModelPage => Model, "model", list_models
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(entries: &[(&str, i64)]) -> BTreeMap<String, FieldConfigEntry> {
        field_config_map(
            entries
                .iter()
                .map(|(label, len)| (*label, field(FieldType::Amount, *len))),
        )
    }

    #[test]
    fn sizes_must_be_positive() {
        assert!(check_size("width", 1).is_ok());
        assert!(check_size("width", 1052).is_ok());
        for bad in [0, -1, i64::MIN] {
            let err = check_size("height", bad).unwrap_err();
            assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
            assert!(err.to_string().contains("height"), "{err}");
        }
    }

    #[test]
    fn field_configs_need_fields_with_room_for_a_character() {
        assert!(check_field_config(&config(&[("total", 1), ("date", 10)])).is_ok());
        let err = check_field_config(&BTreeMap::new()).unwrap_err();
        assert!(err.to_string().contains("at least one field"), "{err}");
        let err = check_field_config(&config(&[("total", 10), ("date", 0)])).unwrap_err();
        assert!(err.to_string().contains("\"date\""), "{err}");
    }

    #[test]
    fn field_builds_an_entry_that_serializes_like_the_api_expects() {
        let entry = field(FieldType::Date, 10);
        let json = serde_json::to_value(&entry).unwrap();
        assert_eq!(json, serde_json::json!({"type": "date", "maxLength": 10}));
    }
}
