//! Roles: `client.roles()`.
//!
//! The roles an organization can give users and app clients (read-only:
//! the service defines them). A role is a list of permissions.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use futures::TryStreamExt;
//! let roles: Vec<_> = client.roles().list().items().try_collect().await?;
//! for role in &roles {
//!     println!("{}: {} permissions", role.role_id, role.permissions.len());
//! }
//! # Ok(())
//! # }
//! ```

pub use crate::generated::roles::*;
