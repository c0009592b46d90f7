//! Users: `client.users()`.
//!
//! Users of the organization: invite, read, list, update, delete. A
//! user's personal details (name, email, locale, picture) are in their
//! profile: [`Users::profile`] reads it in one call.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let user = client.users().create("ola@example.com", "las:app-client:abc").name("Ola").await?;
//! client.users().delete(&user.user_id).await?;
//! # Ok(())
//! # }
//! ```

pub use crate::generated::users::*;

use crate::types::Profile;
use crate::{Error, Result};

impl Users {
    /// The profile of a user (`GET /users/{userId}`, then
    /// `GET /profiles/{profileId}`): their name, email, locale and picture,
    /// which the live API keeps there rather than on the user. A user
    /// without a profile is [`Error::NotFound`].
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let profile = client.users().profile("las:user:abc").await?;
    /// println!("{:?} <{:?}>", profile.name, profile.email);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn profile(&self, user_id: &str) -> Result<Profile> {
        let user = self.get(user_id).await?;
        let profile_id = user.profile_id.ok_or_else(|| Error::NotFound {
            message: format!("user {} has no profile", user.user_id),
        })?;
        self.client.profiles().get(&profile_id).await
    }
}
