//! App clients: `client.app_clients()`.
//!
//! App clients: create, list, update, delete.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let app_client = client.app_clients().create().name("Invoice pipeline").await?;
//! client.app_clients().delete(&app_client.app_client_id).await?;
//! # Ok(())
//! # }
//! ```

pub use crate::generated::app_clients::*;
