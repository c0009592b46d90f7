//! Deployment environments: `client.deployment_environments()`.
//!
//! Where trained models are deployed (read-only): their status and
//! capacity in model deployment units.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let page = client.deployment_environments().list().send().await?;
//! for env in &page.deployment_environments {
//!     println!("{}: {:?}", env.deployment_environment_id, env.status);
//! }
//! # Ok(())
//! # }
//! ```

pub use crate::generated::deployment_environments::*;
