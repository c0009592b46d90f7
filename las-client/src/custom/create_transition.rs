//! `createTransition`: schemas from any JSON object; parameters of either transition type.

use crate::call::Op;
use crate::resources::transitions::{json_object, note, IntoJsonObject};
use crate::transitions::Transitions;
use crate::types::{self, Transition, TransitionType};
use crate::{Client, Error, Result};
use serde_json::Map;

impl Transitions {
    /// Create a transition (`POST /transitions`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::{DockerTransitionParameters, TransitionType};
    /// use serde_json::json;
    ///
    /// let mut docker = DockerTransitionParameters::new("registry.example.com/extract:1".into());
    /// docker.environment_secrets = vec!["las:secret:abc".into()];
    /// let transition = client
    ///     .transitions()
    ///     .create(TransitionType::Docker)
    ///     .name("Extract")
    ///     .in_schema(json!({"$schema": "https://json-schema.org/draft-04/schema#", "type": "object"}))
    ///     .out_schema(json!({"type": "object"}))
    ///     .parameters(docker)
    ///     .send()
    ///     .await?;
    /// # let _ = transition;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, transition_type: TransitionType) -> CreateTransition {
        CreateTransition {
            client: self.client.clone(),
            problem: None,
            body: {
                let mut post_transitions = types::PostTransitions::new(transition_type);
                post_transitions.input_json_schema = Map::new();
                post_transitions.output_json_schema = Map::new();
                post_transitions
            },
        }
    }
}

/// `POST /transitions`. Created by [`Transitions::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateTransition {
    client: Client,
    problem: Option<Error>,
    pub(crate) body: types::PostTransitions,
}

impl CreateTransition {
    /// Name of the transition.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// Description of the transition.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
    /// JSON schema of the transition's input.
    pub fn in_schema(mut self, schema: impl IntoJsonObject) -> Self {
        self.body.input_json_schema = note(&mut self.problem, json_object("in_schema", schema));
        self
    }
    /// JSON schema of the transition's output.
    pub fn out_schema(mut self, schema: impl IntoJsonObject) -> Self {
        self.body.output_json_schema = note(&mut self.problem, json_object("out_schema", schema));
        self
    }
    /// Parameters for the transition type:
    /// [`DockerTransitionParameters`](types::DockerTransitionParameters) or
    /// [`ManualTransitionParameters`](types::ManualTransitionParameters).
    pub fn parameters(mut self, parameters: impl Into<types::PostTransitionsParameters>) -> Self {
        self.body.parameters = Some(parameters.into());
        self
    }
    /// Seconds an execution may run before it times out.
    pub fn timeout_in_seconds(mut self, seconds: i64) -> Self {
        self.body.timeout_in_seconds = Some(seconds);
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Transition> {
        if let Some(problem) = self.problem {
            return Err(problem);
        }
        let body = &self.body;
        self.client
            .call(Op::post("create_transition"), |api| async move {
                api.create_transition(body).await
            })
            .await
    }
}

crate::resources::request_future!(CreateTransition => Transition);
