//! Trainings of a model: `client.models().trainings(model_id)`.
//!
//! A training fits a model to its data bundles: create, read, list,
//! update (cancel). Created by
//! [`Models::trainings`](crate::models::Models::trainings); wait for one
//! with [`Client::wait_until_training_finished`](crate::Client::wait_until_training_finished).
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let trainings = client.models().trainings("las:model:abc");
//! let training = trainings.create(["las:model-data-bundle:abc"]).name("first").await?;
//! println!("{}: {:?}", training.training_id, training.status);
//! # Ok(())
//! # }
//! ```

pub use crate::generated::trainings::*;
