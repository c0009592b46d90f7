//! `updateTransition`: schemas from any JSON object; assets and environment from pairs.

use crate::call::Op;
use crate::resources::transitions::{json_object, note, IntoJsonObject};
use crate::transitions::Transitions;
use crate::types::{self, Transition};
use crate::{ids, Client, Error, Result};
use serde_json::Map;
use std::collections::BTreeMap;

impl Transitions {
    /// Update a transition (`PATCH /transitions/{transitionId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client
    ///     .transitions()
    ///     .update("las:transition:abc")
    ///     .environment([("MODE", "prod")])
    ///     .environment_secrets(["las:secret:abc"])
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, transition_id: impl Into<String>) -> UpdateTransition {
        UpdateTransition {
            client: self.client.clone(),
            transition_id: transition_id.into(),
            problem: None,
            body: {
                let mut patch_transition_id = types::PatchTransitionId::new();
                patch_transition_id.environment = BTreeMap::new();
                patch_transition_id.environment_secrets = Vec::new();
                patch_transition_id.input_json_schema = Map::new();
                patch_transition_id.output_json_schema = Map::new();
                patch_transition_id
            },
        }
    }
}

/// `PATCH /transitions/{transitionId}`. Created by [`Transitions::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTransition {
    client: Client,
    transition_id: String,
    problem: Option<Error>,
    pub(crate) body: types::PatchTransitionId,
}

impl UpdateTransition {
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
    /// New parameters of the transition's type (docker, manual or lambda).
    pub fn parameters(mut self, parameters: types::PatchTransitionIdParameters) -> Self {
        self.body.parameters = Some(parameters);
        self
    }
    /// New JSON schema of the input.
    pub fn in_schema(mut self, schema: impl IntoJsonObject) -> Self {
        self.body.input_json_schema = note(&mut self.problem, json_object("in_schema", schema));
        self
    }
    /// New JSON schema of the output.
    pub fn out_schema(mut self, schema: impl IntoJsonObject) -> Self {
        self.body.output_json_schema = note(&mut self.problem, json_object("out_schema", schema));
        self
    }
    /// Assets of a manual transition: `(name, asset id)` pairs; the
    /// `jsRemoteComponent` entry names the UI component.
    pub fn assets<K, V>(mut self, assets: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        let mut extra: BTreeMap<String, String> = assets
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        let js_remote_component = extra.remove("jsRemoteComponent");
        self.body.assets = Some({
            let mut transition_assets = types::TransitionAssets::new(extra);
            transition_assets.js_remote_component = js_remote_component;
            transition_assets
        });
        self
    }
    /// Environment variables of a docker transition.
    pub fn environment<K, V>(mut self, environment: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        self.body.environment = environment
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        self
    }
    /// Secrets whose data become environment variables of a docker
    /// transition.
    pub fn environment_secrets<S: Into<String>>(
        mut self,
        secret_ids: impl IntoIterator<Item = S>,
    ) -> Self {
        self.body.environment_secrets = secret_ids.into_iter().map(Into::into).collect();
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Transition> {
        let id = ids::check("transition_id", &self.transition_id)?;
        if let Some(problem) = self.problem {
            return Err(problem);
        }
        let body = &self.body;
        self.client
            .call(Op::patch("update_transition"), |api| async move {
                api.update_transition(id, body).await
            })
            .await
    }
}

crate::resources::request_future!(UpdateTransition => Transition);
