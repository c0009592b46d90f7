//! Predictions: `client.predictions()`.
//!
//! Predictions: run a model on a document, list past predictions.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let prediction = client.predictions().create("las:document:abc", "las:model:abc").await?;
//! for field in &prediction.predictions {
//!     println!("{field:?}");
//! }
//! # Ok(())
//! # }
//! ```

pub use crate::generated::predictions::*;
