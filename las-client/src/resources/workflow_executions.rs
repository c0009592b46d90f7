//! Executions of a workflow:
//! `client.workflows().executions(workflow_id)`.
//!
//! The executions of one workflow: start, read, list, redirect, delete.
//! Created by [`Workflows::executions`](crate::workflows::Workflows::executions).
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use serde_json::json;
//!
//! let executions = client.workflows().executions("las:workflow:abc");
//! let execution = executions.execute(json!({"documentId": "las:document:abc"})).await?;
//! let execution = executions.get(&execution.execution_id).await?;
//! println!("{}", execution.status);
//! # Ok(())
//! # }
//! ```

pub use crate::generated::workflow_executions::*;
