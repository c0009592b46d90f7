//! `createSecret`: the data from any JSON object; never shown in Debug.

use crate::call::Op;
use crate::resources::secrets::Redacted;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::secrets::Secrets;
use crate::types::{self, Secret};
use crate::{Client, Result};
use serde_json::{Map, Value};
use std::fmt;

impl Secrets {
    /// Create a secret holding `data` (`POST /secrets`): `(key, value)`
    /// pairs or a JSON object (see [`IntoJsonObject`]).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use serde_json::json;
    /// let secret = client
    ///     .secrets()
    ///     .create(json!({"username": "robot", "password": "s3cr3t"}))
    ///     .name("registry")
    ///     .send()
    ///     .await?;
    /// # let _ = secret;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, data: impl IntoJsonObject) -> CreateSecret {
        CreateSecret {
            client: self.client.clone(),
            data: json_object("secret data", data),
            name: None,
            description: None,
        }
    }
}

/// `POST /secrets`. Created by [`Secrets::create`]. Its `Debug` output
/// leaves the data out.
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSecret {
    client: Client,
    data: Result<Map<String, Value>>,
    name: Option<String>,
    description: Option<String>,
}

impl fmt::Debug for CreateSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreateSecret")
            .field("client", &self.client)
            .field("data", &Redacted(&self.data))
            .field("name", &self.name)
            .field("description", &self.description)
            .finish()
    }
}

impl CreateSecret {
    /// Name of the secret.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// Description of the secret.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Secret> {
        let body = {
            let mut post_secrets = types::PostSecrets::new(self.data?.into());
            post_secrets.description = self.description;
            post_secrets.name = self.name;
            post_secrets
        };
        let body = &body;
        self.client
            .call(Op::post("create_secret"), |api| async move {
                api.create_secret(body).await
            })
            .await
    }
}

crate::resources::request_future!(CreateSecret => Secret);
