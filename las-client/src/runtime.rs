//! The runtime of a docker transition: the Rust counterpart of the Python
//! SDK's `transition_handler`.
//!
//! A docker transition is a container the LAS workflow engine starts with
//! `TRANSITION_ID` and `EXECUTION_ID` in its environment. [`TransitionRuntime`]
//! reads them, fetches the execution's input, runs your async function while
//! sending heartbeats in the background (the API fails an execution after 60 s
//! without one), and then marks the execution `succeeded` with your output, or
//! `failed` with the error message when the function returns an error **or
//! panics**: the execution never stays `running` because the handler died.
//!
//! ```no_run
//! use las_client::predictions::PredictedItems;
//! use las_client::runtime::{Outcome, TransitionRuntime};
//!
//! #[tokio::main]
//! async fn main() -> las_client::Result<()> {
//!     let client = las_client::Client::from_env()?;
//!     TransitionRuntime::from_env(client)?
//!         .run(|execution| async move {
//!             let document_id = execution.input()["documentId"].as_str().unwrap_or_default().to_string();
//!             let prediction = execution
//!                 .client()
//!                 .predictions()
//!                 .create(&document_id, "las:model:abc")
//!                 .send()
//!                 .await?;
//!             Ok::<_, las_client::Error>(Outcome::succeeded(serde_json::json!({
//!                 "predictions": prediction.predictions.items().len(),
//!             }))?)
//!         })
//!         .await?;
//!     Ok(())
//! }
//! ```

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::time::Duration;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::call::Op;
use crate::types::{self, TransitionExecution, TransitionExecutionUpdateStatus};
use crate::{ids, Client, Error, Result};

/// Heartbeats are sent this often unless set otherwise (the API fails an
/// execution after 60 s without one; three chances per window).
pub const DEFAULT_HEARTBEAT_INTERVAL: Duration = Duration::from_secs(20);
/// The API's execution timeout without heartbeats; intervals must be below.
pub const HEARTBEAT_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest error message the API accepts.
pub const MAX_ERROR_MESSAGE: usize = 4096;

/// How a handler ended, other than by an error.
///
/// ```
/// use las_client::runtime::Outcome;
///
/// let done = Outcome::succeeded(serde_json::json!({"total": "120.50"}))?;
/// let again = Outcome::Retry;
/// let no = Outcome::Rejected { output: None };
/// # let _ = (done, again, no);
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Outcome {
    /// Mark the execution `succeeded` with this output.
    Succeeded {
        /// The output (a JSON object).
        output: Map<String, Value>,
    },
    /// Mark the execution `rejected` (for example the input was not a
    /// document this transition handles), optionally with output.
    Rejected {
        /// Optional output.
        output: Option<Map<String, Value>>,
    },
    /// Mark the execution `retry`: the workflow runs it again.
    Retry,
}

impl Outcome {
    /// `Succeeded` with any value that serializes to a JSON object.
    pub fn succeeded(output: impl Serialize) -> Result<Self> {
        match serde_json::to_value(output) {
            Ok(Value::Object(output)) => Ok(Outcome::Succeeded { output }),
            Ok(other) => Err(Error::invalid_input(format!(
                "a transition's output must be a JSON object, not {}",
                json_kind(&other)
            ))),
            Err(e) => Err(Error::invalid_input(format!(
                "output does not serialize to JSON: {e}"
            ))),
        }
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// What a handler receives: the execution (with its input) and a client.
#[derive(Clone, Debug)]
pub struct ExecutionContext {
    client: Client,
    execution: TransitionExecution,
}

impl ExecutionContext {
    /// The execution's input.
    /// The execution's input; empty when the API sent `null`.
    pub fn input(&self) -> &Map<String, Value> {
        static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
        self.execution
            .input
            .as_ref()
            .unwrap_or_else(|| EMPTY.get_or_init(Map::new))
    }

    /// The input decoded into your own type.
    ///
    /// ```no_run
    /// # fn f(execution: las_client::runtime::ExecutionContext) -> las_client::Result<()> {
    /// #[derive(serde::Deserialize)]
    /// struct Input { #[serde(rename = "documentId")] document_id: String }
    /// let input: Input = execution.input_as()?;
    /// # let _ = input.document_id;
    /// # Ok(())
    /// # }
    /// ```
    pub fn input_as<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        let input = self
            .execution
            .input
            .clone()
            .map_or(Value::Null, Value::Object);
        serde_json::from_value(input).map_err(|e| {
            Error::invalid_input(format!(
                "execution input does not match the expected type: {e}"
            ))
        })
    }

    /// The whole execution as fetched when the handler started.
    pub fn execution(&self) -> &TransitionExecution {
        &self.execution
    }

    /// A client (the runtime's) for calls inside the handler.
    pub fn client(&self) -> &Client {
        &self.client
    }
}

/// Runs one execution of a docker transition. See the [module](self) docs.
#[derive(Clone, Debug)]
pub struct TransitionRuntime {
    client: Client,
    transition_id: String,
    execution_id: String,
    heartbeat_interval: Duration,
}

impl TransitionRuntime {
    /// The execution named by `TRANSITION_ID` and `EXECUTION_ID` in the
    /// environment (set by LAS when it starts the container).
    pub fn from_env(client: Client) -> Result<Self> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        match (var("TRANSITION_ID"), var("EXECUTION_ID")) {
            (Some(t), Some(e)) => Self::new(client, t, e),
            (t, e) => {
                let missing: Vec<&str> = [
                    ("TRANSITION_ID", t.is_none()),
                    ("EXECUTION_ID", e.is_none()),
                ]
                .into_iter()
                .filter_map(|(name, missing)| missing.then_some(name))
                .collect();
                Err(Error::invalid_input(format!(
                    "{} not set: a transition runtime needs TRANSITION_ID and EXECUTION_ID (LAS sets them for docker transitions)",
                    missing.join(" and ")
                )))
            }
        }
    }

    /// A runtime for this execution.
    ///
    /// ```
    /// # fn f(client: las_client::Client) -> las_client::Result<()> {
    /// use std::time::Duration;
    /// let runtime = las_client::runtime::TransitionRuntime::new(client, "las:transition:abc", "las:transition-execution:def")?
    ///     .heartbeat_interval(Duration::from_secs(10))?;
    /// # let _ = runtime;
    /// # Ok(())
    /// # }
    /// ```
    pub fn new(
        client: Client,
        transition_id: impl Into<String>,
        execution_id: impl Into<String>,
    ) -> Result<Self> {
        let (transition_id, execution_id) = (transition_id.into(), execution_id.into());
        ids::check("transition_id", &transition_id)?;
        ids::check("execution_id", &execution_id)?;
        Ok(TransitionRuntime {
            client,
            transition_id,
            execution_id,
            heartbeat_interval: DEFAULT_HEARTBEAT_INTERVAL,
        })
    }

    /// How often to send heartbeats (default 20 s; must be above zero and
    /// below the API's 60 s timeout).
    pub fn heartbeat_interval(mut self, interval: Duration) -> Result<Self> {
        if interval.is_zero() || interval >= HEARTBEAT_TIMEOUT {
            return Err(Error::invalid_input(format!(
                "heartbeat interval must be above 0 and below {HEARTBEAT_TIMEOUT:?}, not {interval:?}"
            )));
        }
        self.heartbeat_interval = interval;
        Ok(self)
    }

    /// Fetch the input, run `handler` with heartbeats, and record how it
    /// ended. Returns the execution as updated. An `Err` from the handler,
    /// or a panic, marks the execution `failed` with the message (cut to
    /// 4096 characters); the runtime then returns `Ok` with that execution,
    /// since recording the failure succeeded. An `Err` is returned only when
    /// talking to the API fails. Dropping the returned future stops the
    /// heartbeats and the handler.
    pub async fn run<F, Fut, E>(self, handler: F) -> Result<TransitionExecution>
    where
        F: FnOnce(ExecutionContext) -> Fut,
        Fut: Future<Output = std::result::Result<Outcome, E>> + Send + 'static,
        E: std::fmt::Display + Send + 'static,
    {
        let execution = self.get_execution().await?;
        let context = ExecutionContext {
            client: self.client.clone(),
            execution,
        };
        // Both tasks end when `run` is dropped, so a cancelled run leaves no
        // heartbeats keeping the execution alive.
        let heartbeats = AbortOnDrop(tokio::spawn(self.clone().send_heartbeats()));
        // The handler's future runs in a task of its own so that a panic is
        // caught (as a JoinError) instead of unwinding here; a panic while
        // the handler builds its future is caught the same way.
        let outcome = match std::panic::catch_unwind(AssertUnwindSafe(|| handler(context))) {
            Ok(future) => {
                let mut task = AbortOnDrop(tokio::spawn(future));
                (&mut task.0)
                    .await
                    .map_err(|join| join.try_into_panic().ok())
            }
            Err(panic) => Err(Some(panic)),
        };
        drop(heartbeats);
        let update = match outcome {
            Ok(Ok(Outcome::Succeeded { output })) => update(
                TransitionExecutionUpdateStatus::Succeeded,
                Some(output),
                None,
            ),
            Ok(Ok(Outcome::Rejected { output })) => {
                update(TransitionExecutionUpdateStatus::Rejected, output, None)
            }
            Ok(Ok(Outcome::Retry)) => update(TransitionExecutionUpdateStatus::Retry, None, None),
            Ok(Err(error)) => update(
                TransitionExecutionUpdateStatus::Failed,
                None,
                Some(error.to_string()),
            ),
            Err(panic) => {
                let message = match panic {
                    Some(panic) => panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .map(|m| format!("the handler panicked: {m}"))
                        .unwrap_or_else(|| "the handler panicked".into()),
                    None => "the handler was cancelled".into(),
                };
                update(TransitionExecutionUpdateStatus::Failed, None, Some(message))
            }
        };
        tracing::info!(
            transition_id = %self.transition_id,
            execution_id = %self.execution_id,
            status = %update.status,
            "recording the execution's outcome"
        );
        let (t, e, body) = (
            self.transition_id.as_str(),
            self.execution_id.as_str(),
            &update,
        );
        self.client
            .call(Op::patch("update_transition_execution"), |api| async move {
                api.update_transition_execution(t, e, body).await
            })
            .await
    }

    async fn get_execution(&self) -> Result<TransitionExecution> {
        let (t, e) = (self.transition_id.as_str(), self.execution_id.as_str());
        self.client
            .call(Op::get("get_transition_execution"), |api| async move {
                api.get_transition_execution(t, e).await
            })
            .await
    }

    /// Send a heartbeat now and then every interval, until aborted. A failed
    /// heartbeat is logged and the next one tried on schedule.
    async fn send_heartbeats(self) {
        let mut ticks = tokio::time::interval(self.heartbeat_interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let body = types::PostHeartbeats(Map::new());
        loop {
            ticks.tick().await;
            let (t, e, body) = (
                self.transition_id.as_str(),
                self.execution_id.as_str(),
                &body,
            );
            let sent = self
                .client
                .call(Op::post("send_heartbeat"), |api| async move {
                    api.send_heartbeat(t, e, body).await
                })
                .await;
            if let Err(error) = sent {
                tracing::warn!(%error, "heartbeat failed; trying again at the next interval");
            }
        }
    }
}

/// A spawned task that is aborted when dropped.
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

fn update(
    status: TransitionExecutionUpdateStatus,
    output: Option<Map<String, Value>>,
    error: Option<String>,
) -> types::PatchTransistionExecutionId {
    let mut body = types::PatchTransistionExecutionId::new(status);
    body.output = output.unwrap_or_default();
    body.error = error.map(|message| {
        types::PatchTransistionExecutionIdError::new(truncate(&message, MAX_ERROR_MESSAGE))
    });
    body
}

/// At most `max` characters, cut on a character boundary.
fn truncate(message: &str, max: usize) -> String {
    match message.char_indices().nth(max) {
        Some((end, _)) => message[..end].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_cut_to_the_api_limit_on_char_boundaries() {
        assert_eq!(truncate("abc", 5), "abc");
        let long = "é".repeat(5000);
        let cut = truncate(&long, MAX_ERROR_MESSAGE);
        assert_eq!(cut.chars().count(), MAX_ERROR_MESSAGE);
    }

    #[test]
    fn outputs_must_be_objects() {
        assert!(Outcome::succeeded(serde_json::json!({"a": 1})).is_ok());
        let err = Outcome::succeeded(vec![1, 2]).unwrap_err();
        assert!(err.to_string().contains("an array"), "{err}");
    }
}
