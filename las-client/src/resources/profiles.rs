//! Profiles: `client.profiles()`.
//!
//! A user's personal details (name, email, locale, picture) live in their
//! profile; `User::profile_id` names it.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let user = client.users().get("las:user:abc").await?;
//! if let Some(profile_id) = &user.profile_id {
//!     let profile = client.profiles().get(profile_id).await?;
//!     println!("{:?} <{:?}>", profile.name, profile.email);
//!     client.profiles().update(profile_id).locale("nb-NO").await?;
//! }
//! # Ok(())
//! # }
//! ```

pub use crate::generated::profiles::*;
