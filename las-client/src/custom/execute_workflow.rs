//! `executeWorkflow`: the input from any JSON object.

use crate::call::Op;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::types::{self, WorkflowExecution};
use crate::workflow_executions::WorkflowExecutions;
use crate::{ids, Result};

impl WorkflowExecutions {
    /// Start an execution with `content` as the input of its first step
    /// (`POST /workflows/{workflowId}/executions`): a JSON object (see
    /// [`IntoJsonObject`]).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client
    ///     .workflows()
    ///     .executions("las:workflow:abc")
    ///     .execute([("documentId", "las:document:abc")])
    ///     .await?;
    /// # let _ = execution;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn execute(&self, content: impl IntoJsonObject) -> Result<WorkflowExecution> {
        let workflow_id = ids::check("workflow_id", &self.workflow_id)?;
        let body = &types::PostWorkflowExecutions::new(json_object("workflow input", content)?);
        self.client
            .call(Op::post("execute_workflow"), |api| async move {
                api.execute_workflow(workflow_id, body).await
            })
            .await
    }
}
