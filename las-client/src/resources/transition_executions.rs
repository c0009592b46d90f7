//! Executions of a transition:
//! `client.transitions().executions(transition_id)`.
//!
//! The executions of one transition: start (manual transitions), read,
//! list, finish, and keep alive with heartbeats. Created by
//! [`Transitions::executions`](crate::transitions::Transitions::executions).
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use las_client::types::TransitionExecutionUpdateStatus;
//! use serde_json::json;
//!
//! let executions = client.transitions().executions("las:transition:abc");
//! let execution = executions.execute().await?;
//! executions.heartbeat(&execution.execution_id).await?;
//! executions
//!     .update(&execution.execution_id, TransitionExecutionUpdateStatus::Succeeded)
//!     .output(json!({"total_amount": "120.50"}))
//!     .await?;
//! # Ok(())
//! # }
//! ```

pub use crate::generated::transition_executions::*;
