//! `createWorkflow`: the definition from any JSON object, wrapped in its specification.

use crate::call::Op;
use crate::resources::transitions::{json_object, IntoJsonObject};
use crate::types::{self, Workflow};
use crate::workflows::Workflows;
use crate::{Client, Result};
use serde_json::{Map, Value};

impl Workflows {
    /// Create a workflow (`POST /workflows`) from its definition in the
    /// Amazon States Language (<https://states-language.net/spec.html>).
    /// The specification is sent as language `ASL`, version `1.0.0`, the
    /// only ones the API knows.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::PostWorkflowsErrorConfig;
    /// use serde_json::json;
    ///
    /// let definition: serde_json::Value =
    ///     serde_json::from_str(&std::fs::read_to_string("workflow.json").unwrap()).unwrap();
    /// let mut errors = PostWorkflowsErrorConfig::new();
    /// errors.email = Some("ops@example.com".into());
    /// errors.manual_retry = Some(true);
    /// let workflow = client
    ///     .workflows()
    ///     .create(definition)
    ///     .name("Invoices")
    ///     .error_config(errors)
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
            email_config: None,
            status: None,
            metadata: serde_json::Map::new(),
        }
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
    error_config: Option<types::PostWorkflowsErrorConfig>,
    completed_config: Option<types::PostWorkflowsCompletedConfig>,
    email_config: Option<types::PostWorkflowsEmailConfig>,
    status: Option<types::WorkflowStatus>,
    metadata: Map<String, Value>,
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
    pub fn error_config(mut self, config: types::PostWorkflowsErrorConfig) -> Self {
        self.error_config = Some(config);
        self
    }
    /// A docker job run whenever an execution ends.
    pub fn completed_config(mut self, config: types::PostWorkflowsCompletedConfig) -> Self {
        self.completed_config = Some(config);
        self
    }

    /// Executions started by email: the inbox and who may send to it.
    pub fn email_config(mut self, config: types::PostWorkflowsEmailConfig) -> Self {
        self.email_config = Some(config);
        self
    }
    /// The workflow's status (`development` or `production`).
    pub fn status(mut self, status: types::WorkflowStatus) -> Self {
        self.status = Some(status);
        self
    }
    /// Free-form metadata: `(key, JSON value)` pairs.
    pub fn metadata(
        mut self,
        metadata: impl IntoIterator<Item = (impl Into<String>, serde_json::Value)>,
    ) -> Self {
        self.metadata = metadata.into_iter().map(|(k, v)| (k.into(), v)).collect();
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Workflow> {
        let body = {
            let mut post_workflows = types::PostWorkflows::new({
                let mut post_workflows_specification =
                    types::PostWorkflowsSpecification::new(self.definition?);
                post_workflows_specification.language =
                    Some(types::PostWorkflowsSpecificationLanguage::Asl);
                post_workflows_specification.version =
                    Some(types::PostWorkflowsSpecificationVersion::V100);
                post_workflows_specification
            });
            post_workflows.completed_config = self.completed_config;
            post_workflows.description = self.description;
            post_workflows.error_config = self.error_config;
            post_workflows.email_config = self.email_config;
            post_workflows.status = self.status;
            post_workflows.metadata = self.metadata;
            post_workflows.name = self.name;
            post_workflows
        };
        let body = &body;
        self.client
            .call(Op::post("create_workflow"), |api| async move {
                api.create_workflow(body).await
            })
            .await
    }
}

crate::resources::request_future!(CreateWorkflow => Workflow);
