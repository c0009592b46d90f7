//! Transformations of a dataset: `client.datasets().transformations(dataset_id)`.
//!
//! A transformation runs operations (such as removing duplicate documents)
//! over a dataset: create, list, delete. Created by
//! [`Datasets::transformations`](crate::datasets::Datasets::transformations);
//! wait for one with
//! [`Client::wait_until_transformation_finished`](crate::Client::wait_until_transformation_finished).
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use las_client::types::{PostTransformationsOperationsItem, PostTransformationsOperationsItemType};
//! let transformations = client.datasets().transformations("las:dataset:abc");
//! let op = PostTransformationsOperationsItem::new(PostTransformationsOperationsItemType::RemoveDuplicates);
//! let transformation = transformations.create([op]).await?;
//! println!("{}: {:?}", transformation.transformation_id, transformation.status);
//! # Ok(())
//! # }
//! ```

pub use crate::generated::transformations::*;
