//! Plans: `client.plans()`.
//!
//! The subscription plans on offer (read-only), with their prices and
//! limits.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let plans = client.plans().list().send().await?;
//! for plan in &plans.plans {
//!     println!("{} ({:?})", plan.plan_id, plan.name);
//! }
//! # Ok(())
//! # }
//! ```

pub use crate::generated::plans::*;
