//! `updateSecret`: the data from any JSON object; never shown in Debug.

use crate::call::Op;
use crate::resources::secrets::Redacted;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::secrets::Secrets;
use crate::types::{self, Secret};
use crate::{ids, Client, Error, Result};
use serde_json::{Map, Value};
use std::fmt;

impl Secrets {
    /// Update a secret's data, name or description
    /// (`PATCH /secrets/{secretId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client
    ///     .secrets()
    ///     .update("las:secret:abc")
    ///     .data([("username", "robot"), ("password", "n3w-s3cr3t")])
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, secret_id: impl Into<String>) -> UpdateSecret {
        UpdateSecret {
            client: self.client.clone(),
            secret_id: secret_id.into(),
            data: None,
            name: None,
            description: None,
        }
    }
}

/// `PATCH /secrets/{secretId}`. Created by [`Secrets::update`]. Its `Debug`
/// output leaves the data out.
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSecret {
    client: Client,
    secret_id: String,
    data: Option<Result<Map<String, Value>>>,
    name: Option<String>,
    description: Option<String>,
}

impl fmt::Debug for UpdateSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UpdateSecret")
            .field("client", &self.client)
            .field("secret_id", &self.secret_id)
            .field("data", &self.data.as_ref().map(Redacted))
            .field("name", &self.name)
            .field("description", &self.description)
            .finish()
    }
}

impl UpdateSecret {
    /// New data, replacing the old: `(key, value)` pairs or a JSON object
    /// (see [`IntoJsonObject`]).
    pub fn data(mut self, data: impl IntoJsonObject) -> Self {
        self.data = Some(json_object("secret data", data));
        self
    }
    /// New name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// New description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Secret> {
        let id = ids::check("secret_id", &self.secret_id)?;
        let data = match self.data {
            // An empty object would be left out of the body, keeping the
            // old data while the caller asked to replace it.
            Some(Ok(data)) if data.is_empty() => {
                return Err(Error::invalid_input(
                    "new secret data must have at least one key",
                ))
            }
            Some(data) => Some(data?.into()),
            None => None,
        };
        let body = {
            let mut patch_secret_id = types::PatchSecretId::new();
            patch_secret_id.data = data;
            patch_secret_id.description = self.description;
            patch_secret_id.name = self.name;
            patch_secret_id
        };
        let body = &body;
        self.client
            .call(Op::patch("update_secret"), |api| async move {
                api.update_secret(id, body).await
            })
            .await
    }
}

crate::resources::request_future!(UpdateSecret => Secret);
