//! Users: `client.users()`.
//!
//! Users of the organization: invite, read, list, update, delete.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let user = client.users().create("ola@example.com", "las:app-client:abc").name("Ola").await?;
//! client.users().delete(&user.user_id).await?;
//! # Ok(())
//! # }
//! ```

pub use crate::generated::users::*;
