//! Secrets: `client.secrets()`.
//!
//! Secret data never appears in `Debug` output of the requests here, nor in
//! their errors.

use std::fmt;

use serde_json::{Map, Value};

use crate::call::Op;
use crate::resources::request_future;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::types::{self, Secret, Secrets as SecretPage};
use crate::{ids, Client, Error, Result};

/// Secrets (credentials for docker transitions and their environment):
/// create, list, update, delete. The API never returns secret data.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let secret = client
///     .secrets()
///     .create([("username", "robot"), ("password", "s3cr3t")])
///     .description("Registry login")
///     .await?;
/// client.secrets().delete(&secret.secret_id).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Secrets {
    client: Client,
}

impl Client {
    /// Secrets: create, list, update, delete.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.secrets().list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn secrets(&self) -> Secrets {
        Secrets {
            client: self.clone(),
        }
    }
}

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

    /// List secrets, without their data (`GET /secrets`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.secrets().list().items().try_collect().await?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListSecrets {
        ListSecrets::new(self.client.clone())
    }

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

    /// Delete a secret (`DELETE /secrets/{secretId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.secrets().delete("las:secret:abc").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, secret_id: &str) -> Result<Secret> {
        let id = ids::check("secret_id", secret_id)?;
        self.client
            .call(Op::delete("delete_secret"), |api| async move {
                api.delete_secret(id).await
            })
            .await
    }
}

/// Stands in for secret data in `Debug` output.
struct Redacted<'a>(&'a Result<Map<String, Value>>);

impl fmt::Debug for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Ok(map) => write!(f, "<redacted: {} keys>", map.len()),
            Err(_) => f.write_str("<redacted: not an object>"),
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
        let body = types::PostSecrets {
            data: self.data?.into(),
            description: self.description,
            name: self.name,
        };
        let body = &body;
        self.client
            .call(Op::post("create_secret"), |api| async move {
                api.create_secret(body).await
            })
            .await
    }
}

request_future!(CreateSecret => Secret);

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
        let body = types::PatchSecretId {
            data,
            description: self.description,
            name: self.name,
        };
        let body = &body;
        self.client
            .call(Op::patch("update_secret"), |api| async move {
                api.update_secret(id, body).await
            })
            .await
    }
}

request_future!(UpdateSecret => Secret);

crate::resources::unfiltered_list! {
    /// `GET /secrets`. Created by [`Secrets::list`].
    ListSecrets: SecretPage => Secret, "secret", list_secrets
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn client() -> Client {
        let credentials =
            crate::credentials::Credentials::api_key("k", "https://api.lucidtech.ai/v1").unwrap();
        Client::builder().credentials(credentials).build().unwrap()
    }

    #[test]
    fn debug_output_never_shows_secret_data() {
        let create = client()
            .secrets()
            .create([("username", "robot"), ("password", "hunter2")])
            .name("registry");
        let text = format!("{create:?}");
        assert!(
            !text.contains("hunter2") && !text.contains("password"),
            "{text}"
        );
        assert!(
            text.contains("<redacted: 2 keys>") && text.contains("registry"),
            "{text}"
        );

        let create = client().secrets().create(json!("hunter2"));
        let text = format!("{create:?}");
        assert!(!text.contains("hunter2"), "{text}");

        let update = client()
            .secrets()
            .update("las:secret:abc")
            .data(json!({"registry_pw": "hunter2"}));
        let text = format!("{update:?}");
        assert!(
            !text.contains("hunter2") && !text.contains("registry_pw"),
            "{text}"
        );
        assert!(text.contains("las:secret:abc"), "{text}");
        let text = format!(
            "{:#?}",
            client().secrets().update("las:secret:abc").name("n")
        );
        assert!(text.contains("data: None"), "{text}");
    }

    #[tokio::test]
    async fn data_that_is_not_an_object_is_refused_before_sending() {
        // The endpoint is never contacted: the error comes first.
        let err = client()
            .secrets()
            .create(json!(["hunter2"]))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        assert!(!err.to_string().contains("hunter2"), "{err}");
        let err = client()
            .secrets()
            .update("las:secret:abc")
            .data(json!(null))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        let err = client()
            .secrets()
            .update("las:secret:abc")
            .data(json!({}))
            .send()
            .await
            .unwrap_err();
        assert!(err.to_string().contains("at least one key"), "{err}");
    }
}
