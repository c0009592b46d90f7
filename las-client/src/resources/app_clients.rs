//! App clients: `client.app_clients()`.

use crate::call::Op;
use crate::resources::request_future;
use crate::types::{self, AppClient, AppClients as AppClientPage};
use crate::{ids, Client, Result};

/// App clients: create, list, update, delete.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let app_client = client.app_clients().create().name("Invoice pipeline").await?;
/// client.app_clients().delete(&app_client.app_client_id).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct AppClients {
    client: Client,
}

impl Client {
    /// App clients: create, list, update, delete.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.app_clients().list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn app_clients(&self) -> AppClients {
        AppClients {
            client: self.clone(),
        }
    }
}

impl AppClients {
    /// Create an app client (`POST /appClients`). A secret is generated
    /// unless [`CreateAppClient::generate_secret`] is set to `false` (a
    /// public app client), as in the Python SDK.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let app_client = client
    ///     .app_clients()
    ///     .create()
    ///     .name("Review UI")
    ///     .generate_secret(false)
    ///     .login_urls(["https://app.example.com/login"])
    ///     .default_login_url("https://app.example.com/login")
    ///     .send()
    ///     .await?;
    /// # let _ = app_client;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self) -> CreateAppClient {
        CreateAppClient {
            client: self.client.clone(),
            body: types::PostAppClients {
                callback_urls: Vec::new(),
                default_login_url: None,
                description: None,
                generate_secret: Some(true),
                login_urls: Vec::new(),
                logout_urls: Vec::new(),
                name: None,
            },
        }
    }

    /// List app clients (`GET /appClients`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.app_clients().list().items().try_collect().await?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListAppClients {
        ListAppClients::new(self.client.clone())
    }

    /// Update an app client (`PATCH /appClients/{appClientId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.app_clients().update("las:app-client:abc").name("Renamed").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, app_client_id: impl Into<String>) -> UpdateAppClient {
        UpdateAppClient {
            client: self.client.clone(),
            app_client_id: app_client_id.into(),
            body: types::PatchAppClientId {
                default_login_url: None,
                description: None,
                login_urls: Vec::new(),
                name: None,
            },
        }
    }

    /// Delete an app client (`DELETE /appClients/{appClientId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.app_clients().delete("las:app-client:abc").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, app_client_id: &str) -> Result<AppClient> {
        let id = ids::check("app_client_id", app_client_id)?;
        self.client
            .call(Op::delete("delete_app_client"), |api| async move {
                api.delete_app_client(id).await
            })
            .await
    }
}

/// `POST /appClients`. Created by [`AppClients::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAppClient {
    client: Client,
    body: types::PostAppClients,
}

impl CreateAppClient {
    /// Name of the app client.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// Description of the app client.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
    /// Whether to generate a client secret (default `true`); `false` makes a
    /// public app client.
    pub fn generate_secret(mut self, generate: bool) -> Self {
        self.body.generate_secret = Some(generate);
        self
    }
    /// Logout URLs.
    pub fn logout_urls<S: Into<String>>(mut self, urls: impl IntoIterator<Item = S>) -> Self {
        self.body.logout_urls = urls.into_iter().map(Into::into).collect();
        self
    }
    /// Callback URLs.
    pub fn callback_urls<S: Into<String>>(mut self, urls: impl IntoIterator<Item = S>) -> Self {
        self.body.callback_urls = urls.into_iter().map(Into::into).collect();
        self
    }
    /// Login URLs.
    pub fn login_urls<S: Into<String>>(mut self, urls: impl IntoIterator<Item = S>) -> Self {
        self.body.login_urls = urls.into_iter().map(Into::into).collect();
        self
    }
    /// Default login URL.
    pub fn default_login_url(mut self, url: impl Into<String>) -> Self {
        self.body.default_login_url = Some(url.into());
        self
    }

    /// Send. The response carries the client secret, shown only once.
    pub async fn send(self) -> Result<AppClient> {
        let body = &self.body;
        self.client
            .call(Op::post("create_app_client"), |api| async move {
                api.create_app_client(body).await
            })
            .await
    }
}

request_future!(CreateAppClient => AppClient);

/// `PATCH /appClients/{appClientId}`. Created by [`AppClients::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAppClient {
    client: Client,
    app_client_id: String,
    body: types::PatchAppClientId,
}

impl UpdateAppClient {
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
    /// New login URLs.
    pub fn login_urls<S: Into<String>>(mut self, urls: impl IntoIterator<Item = S>) -> Self {
        self.body.login_urls = urls.into_iter().map(Into::into).collect();
        self
    }
    /// New default login URL.
    pub fn default_login_url(mut self, url: impl Into<String>) -> Self {
        self.body.default_login_url = Some(url.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<AppClient> {
        let id = ids::check("app_client_id", &self.app_client_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_app_client"), |api| async move {
                api.update_app_client(id, body).await
            })
            .await
    }
}

request_future!(UpdateAppClient => AppClient);

crate::resources::unfiltered_list! {
    /// `GET /appClients`. Created by [`AppClients::list`].
    ListAppClients: AppClientPage => AppClient, "app client", list_app_clients
}
