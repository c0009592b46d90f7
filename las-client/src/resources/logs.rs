//! Logs of transition and workflow executions: `client.logs()`.
//!
//! Logs: read and list.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let log = client.logs().get("las:log:abc").await?;
//! for event in &log.events {
//!     println!("{event:?}");
//! }
//! # Ok(())
//! # }
//! ```

pub use crate::generated::logs::*;
