//! Datasets: `client.datasets()`.
//!
//! Datasets: create, read, list, update, delete.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let dataset = client.datasets().create().name("Invoices 2024").await?;
//! client.datasets().delete(&dataset.dataset_id).delete_documents(true).await?;
//! # Ok(())
//! # }
//! ```

pub use crate::generated::datasets::*;
