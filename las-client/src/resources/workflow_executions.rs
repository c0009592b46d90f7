//! Executions of a workflow: `client.workflows().executions(workflow_id)`.

use crate::call::Op;
use crate::paginate::{self, FetchPage, PageFuture};
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::types::{
    self, Order, SortBy, WorkflowExecution, WorkflowExecutionStatus,
    WorkflowExecutions as WorkflowExecutionPage,
};
use crate::{ids, Client, Result};

/// The executions of one workflow: start, read, list, redirect, delete.
/// Created by [`Workflows::executions`](crate::workflows::Workflows::executions).
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// use serde_json::json;
///
/// let executions = client.workflows().executions("las:workflow:abc");
/// let execution = executions.execute(json!({"documentId": "las:document:abc"})).await?;
/// let execution = executions.get(&execution.execution_id).await?;
/// println!("{}", execution.status);
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct WorkflowExecutions {
    client: Client,
    workflow_id: String,
}

impl WorkflowExecutions {
    pub(crate) fn new(client: Client, workflow_id: String) -> Self {
        WorkflowExecutions {
            client,
            workflow_id,
        }
    }

    /// The workflow these executions belong to.
    ///
    /// ```no_run
    /// # fn run(client: las_client::Client) {
    /// let executions = client.workflows().executions("las:workflow:abc");
    /// assert_eq!(executions.workflow_id(), "las:workflow:abc");
    /// # }
    /// ```
    pub fn workflow_id(&self) -> &str {
        &self.workflow_id
    }

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
        let body = &types::PostWorkflowExecutions {
            input: json_object("workflow input", content)?,
        };
        self.client
            .call(Op::post("execute_workflow"), |api| async move {
                api.execute_workflow(workflow_id, body).await
            })
            .await
    }

    /// Get an execution (`GET /workflows/{workflowId}/executions/{executionId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client
    ///     .workflows()
    ///     .executions("las:workflow:abc")
    ///     .get("las:workflow-execution:abc")
    ///     .await?;
    /// # let _ = execution;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, execution_id: &str) -> Result<WorkflowExecution> {
        let workflow_id = ids::check("workflow_id", &self.workflow_id)?;
        let id = ids::check("execution_id", execution_id)?;
        self.client
            .call(Op::get("get_workflow_execution"), |api| async move {
                api.get_workflow_execution(workflow_id, id).await
            })
            .await
    }

    /// List executions (`GET /workflows/{workflowId}/executions`),
    /// optionally by status, sorted.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// use las_client::types::{Order, SortBy, WorkflowExecutionStatus};
    /// let failed: Vec<_> = client
    ///     .workflows()
    ///     .executions("las:workflow:abc")
    ///     .list()
    ///     .status(WorkflowExecutionStatus::Failed)
    ///     .status(WorkflowExecutionStatus::Error)
    ///     .sort_by(SortBy::EndTime)
    ///     .order(Order::Descending)
    ///     .items()
    ///     .try_collect()
    ///     .await?;
    /// # let _ = failed;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListWorkflowExecutions {
        ListWorkflowExecutions {
            client: self.client.clone(),
            workflow_id: self.workflow_id.clone(),
            filter: Filter::default(),
            max_results: None,
            next_token: None,
            limit: None,
        }
    }

    /// Retry or end an execution by sending it to another transition
    /// (`PATCH /workflows/{workflowId}/executions/{executionId}`); to end it
    /// as failed, use `las:transition:commons-failed`.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client
    ///     .workflows()
    ///     .executions("las:workflow:abc")
    ///     .update("las:workflow-execution:abc", "las:transition:commons-failed")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn update(
        &self,
        execution_id: &str,
        next_transition_id: impl Into<String>,
    ) -> Result<WorkflowExecution> {
        let workflow_id = ids::check("workflow_id", &self.workflow_id)?;
        let id = ids::check("execution_id", execution_id)?;
        let body = &types::PatchWorkflowExecutionId {
            next_transition_id: next_transition_id.into(),
        };
        self.client
            .call(Op::patch("update_workflow_execution"), |api| async move {
                api.update_workflow_execution(workflow_id, id, body).await
            })
            .await
    }

    /// Delete an execution
    /// (`DELETE /workflows/{workflowId}/executions/{executionId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client
    ///     .workflows()
    ///     .executions("las:workflow:abc")
    ///     .delete("las:workflow-execution:abc")
    ///     .await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, execution_id: &str) -> Result<WorkflowExecution> {
        let workflow_id = ids::check("workflow_id", &self.workflow_id)?;
        let id = ids::check("execution_id", execution_id)?;
        self.client
            .call(Op::delete("delete_workflow_execution"), |api| async move {
                api.delete_workflow_execution(workflow_id, id).await
            })
            .await
    }
}

/// The filters of `GET /workflows/{workflowId}/executions`.
#[derive(Clone, Debug, Default)]
struct Filter {
    status: Vec<WorkflowExecutionStatus>,
    sort_by: Option<SortBy>,
    order: Option<Order>,
}

/// `GET /workflows/{workflowId}/executions`. Created by
/// [`WorkflowExecutions::list`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflowExecutions {
    client: Client,
    workflow_id: String,
    filter: Filter,
    max_results: Option<u64>,
    next_token: Option<String>,
    limit: Option<u64>,
}

impl ListWorkflowExecutions {
    /// Only executions with this status (repeat for several).
    pub fn status(mut self, status: WorkflowExecutionStatus) -> Self {
        self.filter.status.push(status);
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

crate::resources::list_request!(ListWorkflowExecutions: WorkflowExecutionPage => WorkflowExecution, "workflow execution");

impl FetchPage for ListWorkflowExecutions {
    type Page = WorkflowExecutionPage;
    const OPERATION: &'static str = "list_workflow_executions";

    fn fetch(
        &self,
        next_token: Option<String>,
        page_size: Option<u64>,
    ) -> PageFuture<WorkflowExecutionPage> {
        let this = self.clone();
        Box::pin(async move {
            let workflow_id = ids::check("workflow_id", &this.workflow_id)?;
            let size = paginate::check_page_size(page_size)?;
            let (f, token) = (&this.filter, next_token.as_deref());
            let status = (!f.status.is_empty()).then_some(&f.status);
            this.client
                .call(Op::get(Self::OPERATION), |api| async move {
                    api.list_workflow_executions(
                        workflow_id,
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
