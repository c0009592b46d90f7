//! Data bundles of a model: `client.models().data_bundles(model_id)`.
//!
//! The data bundles of one model (the datasets it trains on): create,
//! list, update, delete. Created by
//! [`Models::data_bundles`](crate::models::Models::data_bundles).
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let bundles = client.models().data_bundles("las:model:abc");
//! let bundle = bundles.create(["las:dataset:abc", "las:dataset:def"]).name("Q1").await?;
//! bundles.delete(&bundle.data_bundle_id).await?;
//! # Ok(())
//! # }
//! ```

pub use crate::generated::data_bundles::*;
