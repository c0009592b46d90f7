//! `updateTransitionExecution`: output or error, each implying the status.

use crate::call::Op;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::transition_executions::TransitionExecutions;
use crate::types::{self, TransitionExecution, TransitionExecutionUpdateStatus};
use crate::{ids, Client, Error, Result};
use serde_json::{Map, Value};

impl TransitionExecutions {
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
            body: {
                let mut body = types::PatchTransistionExecutionId::new(status);
                body.output = Map::new();
                body
            },
        }
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
        self.body.error = Some(types::PatchTransistionExecutionIdError::new(message.into()));
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

crate::resources::request_future!(UpdateTransitionExecution => TransitionExecution);

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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::Client;

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
