//! Users: `client.users()`.

use crate::call::Op;
use crate::resources::request_future;
use crate::types::{self, User, Users as UserPage};
use crate::{ids, Client, Result};

/// Users of the organization: invite, read, list, update, delete.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let user = client.users().create("ola@example.com", "las:app-client:abc").name("Ola").await?;
/// client.users().delete(&user.user_id).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Users {
    client: Client,
}

impl Client {
    /// Users: create, read, list, update, delete.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.users().list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn users(&self) -> Users {
        Users {
            client: self.clone(),
        }
    }
}

impl Users {
    /// Create a user with this email, signing in through this app client
    /// (`POST /users`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let user = client
    ///     .users()
    ///     .create("ola@example.com", "las:app-client:abc")
    ///     .name("Ola Nordmann")
    ///     .send()
    ///     .await?;
    /// # let _ = user;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, email: impl Into<String>, app_client_id: impl Into<String>) -> CreateUser {
        CreateUser {
            client: self.client.clone(),
            body: types::PostUsers {
                app_client_id: Some(app_client_id.into()),
                avatar: None,
                email: email.into(),
                name: None,
            },
        }
    }

    /// Get a user (`GET /users/{userId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let user = client.users().get("las:user:abc").await?;
    /// println!("{}", user.email);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, user_id: &str) -> Result<User> {
        let id = ids::check("user_id", user_id)?;
        self.client
            .call(
                Op::get("get_user"),
                |api| async move { api.get_user(id).await },
            )
            .await
    }

    /// List users (`GET /users`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.users().list().items().try_collect().await?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListUsers {
        ListUsers::new(self.client.clone())
    }

    /// Update a user's name or avatar (`PATCH /users/{userId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.users().update("las:user:abc").name("Ola N.").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, user_id: impl Into<String>) -> UpdateUser {
        UpdateUser {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::PatchUserId {
                avatar: None,
                name: None,
            },
        }
    }

    /// Delete a user (`DELETE /users/{userId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.users().delete("las:user:abc").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, user_id: &str) -> Result<User> {
        let id = ids::check("user_id", user_id)?;
        self.client
            .call(Op::delete("delete_user"), |api| async move {
                api.delete_user(id).await
            })
            .await
    }
}

/// `POST /users`. Created by [`Users::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUser {
    client: Client,
    body: types::PostUsers,
}

impl CreateUser {
    /// Name of the user.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// Avatar of the user: a base64-encoded JPEG.
    pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
        self.body.avatar = Some(avatar.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<User> {
        let body = &self.body;
        self.client
            .call(Op::post("create_user"), |api| async move {
                api.create_user(body).await
            })
            .await
    }
}

request_future!(CreateUser => User);

/// `PATCH /users/{userId}`. Created by [`Users::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUser {
    client: Client,
    user_id: String,
    body: types::PatchUserId,
}

impl UpdateUser {
    /// New name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// New avatar: a base64-encoded JPEG.
    pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
        self.body.avatar = Some(avatar.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<User> {
        let id = ids::check("user_id", &self.user_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_user"), |api| async move {
                api.update_user(id, body).await
            })
            .await
    }
}

request_future!(UpdateUser => User);

crate::resources::unfiltered_list! {
    /// `GET /users`. Created by [`Users::list`].
    ListUsers: UserPage => User, "user", list_users
}
