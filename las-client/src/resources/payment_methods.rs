//! Payment methods: `client.payment_methods()`.
//!
//! The payment methods of an organization: create, read, list, update,
//! delete. The payment processor's setup-intent secret is never shown in
//! `Debug`.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let method = client.payment_methods().create().name("Company card").await?;
//! client.payment_methods().delete(&method.payment_method_id).await?;
//! # Ok(())
//! # }
//! ```

pub use crate::generated::payment_methods::*;
