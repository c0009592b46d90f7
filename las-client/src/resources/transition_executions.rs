//! Executions of a transition:
//! `client.transitions().executions(transition_id)`.

use serde_json::{Map, Value};

use crate::call::Op;
use crate::paginate::{self, FetchPage, PageFuture};
use crate::resources::request_future;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::types::{
    self, Order, SortBy, TransitionExecution, TransitionExecutionStatus,
    TransitionExecutionUpdateStatus, TransitionExecutions as TransitionExecutionPage,
};
use crate::{ids, Client, Error, Result};

/// The executions of one transition: start (manual transitions), read,
/// list, finish, and keep alive with heartbeats. Created by
/// [`Transitions::executions`](crate::transitions::Transitions::executions).
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// use las_client::types::TransitionExecutionUpdateStatus;
/// use serde_json::json;
///
/// let executions = client.transitions().executions("las:transition:abc");
/// let execution = executions.execute().await?;
/// executions.heartbeat(&execution.execution_id).await?;
/// executions
///     .update(&execution.execution_id, TransitionExecutionUpdateStatus::Succeeded)
///     .output(json!({"total_amount": "120.50"}))
///     .await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct TransitionExecutions {
    client: Client,
    transition_id: String,
}

impl TransitionExecutions {
    pub(crate) fn new(client: Client, transition_id: String) -> Self {
        TransitionExecutions {
            client,
            transition_id,
        }
    }

    /// The transition these executions belong to.
    ///
    /// ```no_run
    /// # fn run(client: las_client::Client) {
    /// let executions = client.transitions().executions("las:transition:abc");
    /// assert_eq!(executions.transition_id(), "las:transition:abc");
    /// # }
    /// ```
    pub fn transition_id(&self) -> &str {
        &self.transition_id
    }

    /// Start an execution of a manual transition
    /// (`POST /transitions/{transitionId}/executions`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client.transitions().executions("las:transition:abc").execute().await?;
    /// println!("{}", execution.execution_id);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn execute(&self) -> Result<TransitionExecution> {
        let transition_id = ids::check("transition_id", &self.transition_id)?;
        let body = &types::PostTransitionExecution(Map::new());
        self.client
            .call(Op::post("execute_transition"), |api| async move {
                api.execute_transition(transition_id, body).await
            })
            .await
    }

    /// Get an execution
    /// (`GET /transitions/{transitionId}/executions/{executionId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client
    ///     .transitions()
    ///     .executions("las:transition:abc")
    ///     .get("las:transition-execution:abc")
    ///     .await?;
    /// println!("{}", execution.status);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, execution_id: &str) -> Result<TransitionExecution> {
        let transition_id = ids::check("transition_id", &self.transition_id)?;
        let id = ids::check("execution_id", execution_id)?;
        self.client
            .call(Op::get("get_transition_execution"), |api| async move {
                api.get_transition_execution(transition_id, id).await
            })
            .await
    }

    /// List executions (`GET /transitions/{transitionId}/executions`),
    /// optionally by status or id, sorted.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// use las_client::types::{Order, SortBy, TransitionExecutionStatus};
    /// let running: Vec<_> = client
    ///     .transitions()
    ///     .executions("las:transition:abc")
    ///     .list()
    ///     .status(TransitionExecutionStatus::Running)
    ///     .sort_by(SortBy::StartTime)
    ///     .order(Order::Ascending)
    ///     .items()
    ///     .try_collect()
    ///     .await?;
    /// # let _ = running;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListTransitionExecutions {
        ListTransitionExecutions {
            client: self.client.clone(),
            transition_id: self.transition_id.clone(),
            filter: Filter::default(),
            max_results: None,
            next_token: None,
            limit: None,
        }
    }

    /// Finish an execution with a status
    /// (`PATCH /transitions/{transitionId}/executions/{executionId}`):
    /// `succeeded` needs an [`output`](UpdateTransitionExecution::output),
    /// `failed` an [`error`](UpdateTransitionExecution::error) message.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::TransitionExecutionUpdateStatus;
    /// client
    ///     .transitions()
    ///     .executions("las:transition:abc")
    ///     .update("las:transition-execution:abc", TransitionExecutionUpdateStatus::Failed)
    ///     .error("The document could not be read")
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        execution_id: impl Into<String>,
        status: TransitionExecutionUpdateStatus,
    ) -> UpdateTransitionExecution {
        UpdateTransitionExecution {
            client: self.client.clone(),
            transition_id: self.transition_id.clone(),
            execution_id: execution_id.into(),
            output: None,
            body: types::PatchTransistionExecutionId {
                error: None,
                output: Map::new(),
                start_time: None,
                status,
            },
        }
    }

    /// Tell the API a manual execution is still being worked on
    /// (`POST /transitions/{transitionId}/executions/{executionId}/heartbeats`).
    /// Send one at least every 60 seconds or the execution times out.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client
    ///     .transitions()
    ///     .executions("las:transition:abc")
    ///     .heartbeat("las:transition-execution:abc")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn heartbeat(&self, execution_id: &str) -> Result<()> {
        let transition_id = ids::check("transition_id", &self.transition_id)?;
        let id = ids::check("execution_id", execution_id)?;
        let body = &types::PostHeartbeats(Map::new());
        self.client
            .call(Op::post("send_heartbeat"), |api| async move {
                api.send_heartbeat(transition_id, id, body).await
            })
            .await
    }
}

/// `PATCH /transitions/{transitionId}/executions/{executionId}`. Created by
/// [`TransitionExecutions::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTransitionExecution {
    client: Client,
    transition_id: String,
    execution_id: String,
    /// The output as given, checked when sent.
    output: Option<Result<Map<String, Value>>>,
    body: types::PatchTransistionExecutionId,
}

impl UpdateTransitionExecution {
    /// Output of the execution (required for `succeeded`): a JSON object
    /// matching the transition's output schema.
    pub fn output(mut self, output: impl IntoJsonObject) -> Self {
        self.output = Some(json_object("output", output));
        self
    }
    /// Why the execution failed (required for `failed`).
    pub fn error(mut self, message: impl Into<String>) -> Self {
        self.body.error = Some(types::PatchTransistionExecutionIdError {
            message: message.into(),
        });
        self
    }
    /// Replace the recorded start time of the execution (a timestamp such as
    /// `2024-03-07T10:17:00.000000+0000`).
    pub fn start_time(mut self, start_time: impl Into<String>) -> Self {
        self.body.start_time = Some(start_time.into());
        self
    }

    /// Put the output into the body and check the body against the status.
    fn finish_body(&mut self) -> Result<()> {
        if let Some(output) = self.output.take() {
            self.body.output = output?;
        }
        check_update(&self.body)
    }

    /// Check that the status has what it needs, then send.
    pub async fn send(mut self) -> Result<TransitionExecution> {
        self.finish_body()?;
        let transition_id = ids::check("transition_id", &self.transition_id)?;
        let id = ids::check("execution_id", &self.execution_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_transition_execution"), |api| async move {
                api.update_transition_execution(transition_id, id, body)
                    .await
            })
            .await
    }
}

request_future!(UpdateTransitionExecution => TransitionExecution);

/// `succeeded` needs an output and `failed` an error, as the API requires.
/// An empty output cannot be sent (the field is left out when empty), so it
/// counts as missing.
fn check_update(body: &types::PatchTransistionExecutionId) -> Result<()> {
    match body.status {
        TransitionExecutionUpdateStatus::Succeeded if body.output.is_empty() => Err(
            Error::invalid_input("status succeeded needs an output with at least one field"),
        ),
        TransitionExecutionUpdateStatus::Failed if body.error.is_none() => {
            Err(Error::invalid_input("status failed needs an error message"))
        }
        _ => Ok(()),
    }
}

/// The filters of `GET /transitions/{transitionId}/executions`.
#[derive(Clone, Debug, Default)]
struct Filter {
    status: Vec<TransitionExecutionStatus>,
    execution_ids: Vec<String>,
    sort_by: Option<SortBy>,
    order: Option<Order>,
}

/// `GET /transitions/{transitionId}/executions`. Created by
/// [`TransitionExecutions::list`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTransitionExecutions {
    client: Client,
    transition_id: String,
    filter: Filter,
    max_results: Option<u64>,
    next_token: Option<String>,
    limit: Option<u64>,
}

impl ListTransitionExecutions {
    /// Only executions with this status (repeat for several).
    pub fn status(mut self, status: TransitionExecutionStatus) -> Self {
        self.filter.status.push(status);
        self
    }
    /// Only the execution with this id (repeat for several).
    pub fn execution_id(mut self, execution_id: impl Into<String>) -> Self {
        self.filter.execution_ids.push(execution_id.into());
        self
    }
    /// Sort by start or end time.
    pub fn sort_by(mut self, sort_by: SortBy) -> Self {
        self.filter.sort_by = Some(sort_by);
        self
    }
    /// Ascending or descending.
    pub fn order(mut self, order: Order) -> Self {
        self.filter.order = Some(order);
        self
    }
}

crate::resources::list_request!(ListTransitionExecutions: TransitionExecutionPage => TransitionExecution, "transition execution");

impl FetchPage for ListTransitionExecutions {
    type Page = TransitionExecutionPage;
    const OPERATION: &'static str = "list_transition_executions";

    fn fetch(
        &self,
        next_token: Option<String>,
        page_size: Option<u64>,
    ) -> PageFuture<TransitionExecutionPage> {
        let this = self.clone();
        Box::pin(async move {
            let transition_id = ids::check("transition_id", &this.transition_id)?;
            let size = paginate::check_page_size(page_size)?;
            let (f, token) = (&this.filter, next_token.as_deref());
            let execution_ids = (!f.execution_ids.is_empty()).then_some(&f.execution_ids);
            let status = (!f.status.is_empty()).then_some(&f.status);
            this.client
                .call(Op::get(Self::OPERATION), |api| async move {
                    api.list_transition_executions(
                        transition_id,
                        execution_ids,
                        size,
                        token,
                        f.order.as_ref(),
                        f.sort_by.as_ref(),
                        status,
                    )
                    .await
                })
                .await
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn client() -> Client {
        let credentials =
            crate::credentials::Credentials::api_key("k", "https://api.lucidtech.ai/v1").unwrap();
        Client::builder().credentials(credentials).build().unwrap()
    }

    fn update(status: TransitionExecutionUpdateStatus) -> UpdateTransitionExecution {
        client()
            .transitions()
            .executions("las:transition:abc")
            .update("las:transition-execution:abc", status)
    }

    /// The body `send` would check and send, or its error.
    fn prepared(mut request: UpdateTransitionExecution) -> Result<Value> {
        request.finish_body()?;
        Ok(serde_json::to_value(&request.body).unwrap())
    }

    #[test]
    fn succeeded_needs_an_output() {
        let err = prepared(update(TransitionExecutionUpdateStatus::Succeeded)).unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        let err = prepared(update(TransitionExecutionUpdateStatus::Succeeded).output(json!({})))
            .unwrap_err();
        assert!(err.to_string().contains("output"), "{err}");
        let err = prepared(update(TransitionExecutionUpdateStatus::Succeeded).output(json!([1])))
            .unwrap_err();
        assert!(err.to_string().contains("must be a JSON object"), "{err}");
        let body = prepared(
            update(TransitionExecutionUpdateStatus::Succeeded)
                .output(json!({"total": "1.00"}))
                .start_time("2024-03-07T10:17:00.000000+0000"),
        )
        .unwrap();
        assert_eq!(
            body,
            json!({"status": "succeeded", "output": {"total": "1.00"},
                   "startTime": "2024-03-07T10:17:00.000000+0000"})
        );
    }

    #[test]
    fn failed_needs_an_error_message() {
        let err = prepared(update(TransitionExecutionUpdateStatus::Failed)).unwrap_err();
        assert!(err.to_string().contains("error message"), "{err}");
        let body =
            prepared(update(TransitionExecutionUpdateStatus::Failed).error("unreadable")).unwrap();
        assert_eq!(
            body,
            json!({"status": "failed", "error": {"message": "unreadable"}})
        );
    }

    #[test]
    fn other_statuses_need_nothing() {
        for status in [
            TransitionExecutionUpdateStatus::Rejected,
            TransitionExecutionUpdateStatus::Retry,
        ] {
            let expected = json!({ "status": status.as_str() });
            assert_eq!(prepared(update(status)).unwrap(), expected);
        }
    }
}
