//! Workflows: `client.workflows()`, and their executions through
//! [`Workflows::executions`].

use serde_json::{Map, Value};

use crate::call::Op;
use crate::resources::request_future;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::resources::workflow_executions::WorkflowExecutions;
use crate::types::{self, Workflow, Workflows as WorkflowPage};
use crate::{ids, Client, Result};

/// Workflows (state machines of transitions): create, read, list, update,
/// delete, and their executions.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// use serde_json::json;
///
/// let definition = json!({
///     "StartAt": "review",
///     "States": {
///         "review": {"Type": "Task", "Resource": "las:transition:abc", "End": true}
///     }
/// });
/// let workflow = client.workflows().create(definition).name("Invoices").await?;
/// let execution = client
///     .workflows()
///     .executions(&workflow.workflow_id)
///     .execute(json!({"documentId": "las:document:abc"}))
///     .await?;
/// # let _ = execution;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Workflows {
    client: Client,
}

impl Client {
    /// Workflows: create, read, list, update, delete, and their executions.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.workflows().list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn workflows(&self) -> Workflows {
        Workflows {
            client: self.clone(),
        }
    }
}

impl Workflows {
    /// Create a workflow (`POST /workflows`) from its definition in the
    /// Amazon States Language (<https://states-language.net/spec.html>).
    /// The specification is sent as language `ASL`, version `1.0.0`, the
    /// only ones the API knows.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::ErrorConfig;
    /// use serde_json::json;
    ///
    /// let definition: serde_json::Value =
    ///     serde_json::from_str(&std::fs::read_to_string("workflow.json").unwrap()).unwrap();
    /// let workflow = client
    ///     .workflows()
    ///     .create(definition)
    ///     .name("Invoices")
    ///     .error_config(ErrorConfig { email: Some("ops@example.com".into()), manual_retry: Some(true) })
    ///     .send()
    ///     .await?;
    /// # let _ = workflow;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, definition: impl IntoJsonObject) -> CreateWorkflow {
        CreateWorkflow {
            client: self.client.clone(),
            definition: json_object("workflow definition", definition),
            name: None,
            description: None,
            error_config: None,
            completed_config: None,
        }
    }

    /// Get a workflow (`GET /workflows/{workflowId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let workflow = client.workflows().get("las:workflow:abc").await?;
    /// println!("{:?}", workflow.name);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, workflow_id: &str) -> Result<Workflow> {
        let id = ids::check("workflow_id", workflow_id)?;
        self.client
            .call(Op::get("get_workflow"), |api| async move {
                api.get_workflow(id).await
            })
            .await
    }

    /// List workflows (`GET /workflows`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.workflows().list().items().try_collect().await?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListWorkflows {
        ListWorkflows::new(self.client.clone())
    }

    /// Update a workflow's name, description, error or completion handling
    /// (`PATCH /workflows/{workflowId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.workflows().update("las:workflow:abc").description("Invoices, 2024").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, workflow_id: impl Into<String>) -> UpdateWorkflow {
        UpdateWorkflow {
            client: self.client.clone(),
            workflow_id: workflow_id.into(),
            body: types::PatchWorkflowId {
                completed_config: None,
                description: None,
                error_config: None,
                name: None,
            },
        }
    }

    /// Delete a workflow (`DELETE /workflows/{workflowId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.workflows().delete("las:workflow:abc").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, workflow_id: &str) -> Result<Workflow> {
        let id = ids::check("workflow_id", workflow_id)?;
        self.client
            .call(Op::delete("delete_workflow"), |api| async move {
                api.delete_workflow(id).await
            })
            .await
    }

    /// The executions of one workflow: `/workflows/{workflowId}/executions`.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.workflows().executions("las:workflow:abc").list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn executions(&self, workflow_id: impl Into<String>) -> WorkflowExecutions {
        WorkflowExecutions::new(self.client.clone(), workflow_id.into())
    }
}

/// `POST /workflows`. Created by [`Workflows::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWorkflow {
    client: Client,
    definition: Result<Map<String, Value>>,
    name: Option<String>,
    description: Option<String>,
    error_config: Option<types::ErrorConfig>,
    completed_config: Option<types::CompletedConfig>,
}

impl CreateWorkflow {
    /// Name of the workflow.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// Description of the workflow.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
    /// What happens when an execution fails (who is emailed, whether it
    /// can be retried by hand).
    pub fn error_config(mut self, config: types::ErrorConfig) -> Self {
        self.error_config = Some(config);
        self
    }
    /// A docker job run whenever an execution ends.
    pub fn completed_config(mut self, config: types::CompletedConfig) -> Self {
        self.completed_config = Some(config);
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Workflow> {
        let body = types::PostWorkflows {
            completed_config: self.completed_config,
            description: self.description,
            error_config: self.error_config,
            name: self.name,
            specification: types::PostWorkflowsSpecification {
                definition: self.definition?,
                language: Some(types::PostWorkflowsSpecificationLanguage::Asl),
                version: Some(types::PostWorkflowsSpecificationVersion::X100),
            },
        };
        let body = &body;
        self.client
            .call(Op::post("create_workflow"), |api| async move {
                api.create_workflow(body).await
            })
            .await
    }
}

request_future!(CreateWorkflow => Workflow);

/// `PATCH /workflows/{workflowId}`. Created by [`Workflows::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWorkflow {
    client: Client,
    workflow_id: String,
    body: types::PatchWorkflowId,
}

impl UpdateWorkflow {
    /// New name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// New description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
    /// New error handling.
    pub fn error_config(mut self, config: types::ErrorConfig) -> Self {
        self.body.error_config = Some(config);
        self
    }
    /// New job run whenever an execution ends.
    pub fn completed_config(mut self, config: types::CompletedConfig) -> Self {
        self.body.completed_config = Some(config);
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Workflow> {
        let id = ids::check("workflow_id", &self.workflow_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_workflow"), |api| async move {
                api.update_workflow(id, body).await
            })
            .await
    }
}

request_future!(UpdateWorkflow => Workflow);

crate::resources::unfiltered_list! {
    /// `GET /workflows`. Created by [`Workflows::list`].
    ListWorkflows: WorkflowPage => Workflow, "workflow", list_workflows
}
