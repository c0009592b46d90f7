//! Organizations: `client.organizations()`.
//!
//! Organizations: read the organization (its limits and usage) and update
//! its name or description.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let org = client.organizations().get("las:organization:abc").await?;
//! println!(
//!     "{} of {} predictions used this month",
//!     org.monthly_number_of_predictions_created, org.monthly_number_of_predictions_allowed
//! );
//! # Ok(())
//! # }
//! ```

pub use crate::generated::organizations::*;
