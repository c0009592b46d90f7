//! Workflows: `client.workflows()`, and their executions through
//!
//! Workflows (state machines of transitions): create, read, list, update,
//! delete, and their executions.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use serde_json::json;
//!
//! let definition = json!({
//!     "StartAt": "review",
//!     "States": {
//!         "review": {"Type": "Task", "Resource": "las:transition:abc", "End": true}
//!     }
//! });
//! let workflow = client.workflows().create(definition).name("Invoices").await?;
//! let execution = client
//!     .workflows()
//!     .executions(&workflow.workflow_id)
//!     .execute(json!({"documentId": "las:document:abc"}))
//!     .await?;
//! # let _ = execution;
//! # Ok(())
//! # }
//! ```
//! [`Workflows::executions`].

pub use crate::generated::workflows::*;
