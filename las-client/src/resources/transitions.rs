//! Transitions: `client.transitions()`, and their executions through
//! [`Transitions::executions`].
//!
//! Also home of [`IntoJsonObject`], the argument type of every call that
//! takes a free-form JSON object (schemas, execution output, workflow
//! input and definition, secret data).

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use crate::call::Op;
use crate::paginate::{self, FetchPage, PageFuture};
use crate::resources::request_future;
use crate::resources::transition_executions::TransitionExecutions;
use crate::types::{self, Transition, TransitionType, Transitions as TransitionPage};
use crate::{ids, Client, Error, Result};

/// Values accepted where the API takes a JSON object: a
/// [`serde_json::Value`] that is an object (for example from `json!({..})`),
/// a [`serde_json::Map`], or `(key, value)` pairs (`BTreeMap`, `HashMap`,
/// `Vec`, arrays) whose values convert into `serde_json::Value`.
///
/// A `Value` that is not an object is refused with
/// [`Error::InvalidInput`] when the request is sent.
///
/// ```
/// use las_client::resources::transitions::IntoJsonObject;
/// use serde_json::json;
///
/// let from_json = json!({"documentId": "las:document:abc"}).into_json_object().unwrap();
/// let from_pairs = [("documentId", "las:document:abc")].into_json_object().unwrap();
/// assert_eq!(from_json, from_pairs);
/// assert!(json!(["not", "an", "object"]).into_json_object().is_err());
/// ```
pub trait IntoJsonObject {
    /// The object; a value that is not an object comes back as the error.
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value>;
}

impl IntoJsonObject for Value {
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value> {
        match self {
            Value::Object(map) => Ok(map),
            other => Err(other),
        }
    }
}
impl IntoJsonObject for &Value {
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value> {
        self.clone().into_json_object()
    }
}
impl IntoJsonObject for Map<String, Value> {
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value> {
        Ok(self)
    }
}
impl<K: Into<String>, V: Into<Value>> IntoJsonObject for Vec<(K, V)> {
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value> {
        Ok(pairs(self))
    }
}
impl<K: Into<String>, V: Into<Value>, const N: usize> IntoJsonObject for [(K, V); N] {
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value> {
        Ok(pairs(self))
    }
}
impl<K: Into<String>, V: Into<Value>> IntoJsonObject for BTreeMap<K, V> {
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value> {
        Ok(pairs(self))
    }
}
impl<K: Into<String>, V: Into<Value>, S> IntoJsonObject for HashMap<K, V, S> {
    fn into_json_object(self) -> std::result::Result<Map<String, Value>, Value> {
        Ok(pairs(self))
    }
}

fn pairs<K: Into<String>, V: Into<Value>>(
    items: impl IntoIterator<Item = (K, V)>,
) -> Map<String, Value> {
    items
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect()
}

/// `value` as a JSON object, or an [`Error::InvalidInput`] naming `what`
/// and the kind of value given (never the value itself, which may be
/// secret).
pub(crate) fn json_object(what: &str, value: impl IntoJsonObject) -> Result<Map<String, Value>> {
    value.into_json_object().map_err(|other| {
        let kind = match other {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        };
        Error::invalid_input(format!("{what} must be a JSON object, not {kind}"))
    })
}

/// Transitions (the steps of a workflow: docker or manual): create, read,
/// list, update, delete, and their executions.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// use las_client::types::{ManualTransitionParameters, TransitionType};
/// use serde_json::json;
///
/// let transition = client
///     .transitions()
///     .create(TransitionType::Manual)
///     .in_schema(json!({"type": "object"}))
///     .parameters(ManualTransitionParameters { assets: None })
///     .await?;
/// let executions = client.transitions().executions(&transition.transition_id).list().send().await?;
/// # let _ = executions;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Transitions {
    client: Client,
}

impl Client {
    /// Transitions: create, read, list, update, delete, and their executions.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.transitions().list().send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn transitions(&self) -> Transitions {
        Transitions {
            client: self.clone(),
        }
    }
}

impl Transitions {
    /// Create a transition (`POST /transitions`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::{DockerTransitionParameters, TransitionType};
    /// use serde_json::json;
    ///
    /// let docker = DockerTransitionParameters {
    ///     image_url: "registry.example.com/extract:1".into(),
    ///     cpu: None,
    ///     memory: None,
    ///     environment: Default::default(),
    ///     environment_secrets: vec!["las:secret:abc".into()],
    ///     secret_id: None,
    /// };
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
            body: types::PostTransitions {
                description: None,
                input_json_schema: Map::new(),
                name: None,
                output_json_schema: Map::new(),
                parameters: None,
                timeout_in_seconds: None,
                transition_type,
            },
        }
    }

    /// Get a transition (`GET /transitions/{transitionId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let transition = client.transitions().get("las:transition:abc").await?;
    /// println!("{}", transition.transition_type);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, transition_id: &str) -> Result<Transition> {
        let id = ids::check("transition_id", transition_id)?;
        self.client
            .call(Op::get("get_transition"), |api| async move {
                api.get_transition(id).await
            })
            .await
    }

    /// List transitions (`GET /transitions`), optionally by type.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// use las_client::types::TransitionType;
    /// let manual: Vec<_> = client
    ///     .transitions()
    ///     .list()
    ///     .transition_type(TransitionType::Manual)
    ///     .items()
    ///     .try_collect()
    ///     .await?;
    /// # let _ = manual;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListTransitions {
        ListTransitions {
            client: self.client.clone(),
            transition_types: Vec::new(),
            max_results: None,
            next_token: None,
            limit: None,
        }
    }

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
            body: types::PatchTransitionId {
                assets: None,
                description: None,
                environment: BTreeMap::new(),
                environment_secrets: Vec::new(),
                input_json_schema: Map::new(),
                name: None,
                output_json_schema: Map::new(),
            },
        }
    }

    /// Delete a transition (`DELETE /transitions/{transitionId}`); returns
    /// it. The API refuses while a workflow uses the transition.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.transitions().delete("las:transition:abc").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, transition_id: &str) -> Result<Transition> {
        let id = ids::check("transition_id", transition_id)?;
        self.client
            .call(Op::delete("delete_transition"), |api| async move {
                api.delete_transition(id).await
            })
            .await
    }

    /// The executions of one transition:
    /// `/transitions/{transitionId}/executions`.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client.transitions().executions("las:transition:abc").execute().await?;
    /// # let _ = execution;
    /// # Ok(())
    /// # }
    /// ```
    pub fn executions(&self, transition_id: impl Into<String>) -> TransitionExecutions {
        TransitionExecutions::new(self.client.clone(), transition_id.into())
    }
}

/// Keep the first problem found while building a request; it is returned
/// when the request is sent.
fn note(problem: &mut Option<Error>, result: Result<Map<String, Value>>) -> Map<String, Value> {
    match result {
        Ok(map) => map,
        Err(e) => {
            problem.get_or_insert(e);
            Map::new()
        }
    }
}

/// `POST /transitions`. Created by [`Transitions::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateTransition {
    client: Client,
    problem: Option<Error>,
    body: types::PostTransitions,
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

request_future!(CreateTransition => Transition);

/// `PATCH /transitions/{transitionId}`. Created by [`Transitions::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTransition {
    client: Client,
    transition_id: String,
    problem: Option<Error>,
    body: types::PatchTransitionId,
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
        self.body.assets = Some(types::TransitionAssets {
            js_remote_component,
            extra,
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

request_future!(UpdateTransition => Transition);

/// `GET /transitions`. Created by [`Transitions::list`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTransitions {
    client: Client,
    transition_types: Vec<TransitionType>,
    max_results: Option<u64>,
    next_token: Option<String>,
    limit: Option<u64>,
}

impl ListTransitions {
    /// Only transitions of this type (repeat for several).
    pub fn transition_type(mut self, transition_type: TransitionType) -> Self {
        self.transition_types.push(transition_type);
        self
    }
}

crate::resources::list_request!(ListTransitions: TransitionPage => Transition, "transition");

impl FetchPage for ListTransitions {
    type Page = TransitionPage;
    const OPERATION: &'static str = "list_transitions";

    fn fetch(
        &self,
        next_token: Option<String>,
        page_size: Option<u64>,
    ) -> PageFuture<TransitionPage> {
        let this = self.clone();
        Box::pin(async move {
            let size = paginate::check_page_size(page_size)?;
            let token = next_token.as_deref();
            let types = (!this.transition_types.is_empty()).then_some(&this.transition_types);
            this.client
                .call(Op::get(Self::OPERATION), |api| async move {
                    api.list_transitions(size, token, types).await
                })
                .await
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn objects_and_pairs_are_json_objects() {
        let expected = json!({"a": 1, "b": "two"});
        let expected = expected.as_object().unwrap();
        let value = json!({"a": 1, "b": "two"});
        assert_eq!(&json_object("x", &value).unwrap(), expected);
        assert_eq!(&json_object("x", value).unwrap(), expected);
        assert_eq!(&json_object("x", expected.clone()).unwrap(), expected);
        let pairs: [(&str, Value); 2] = [("a", 1.into()), ("b", "two".into())];
        assert_eq!(&json_object("x", pairs.clone()).unwrap(), expected);
        assert_eq!(&json_object("x", pairs.to_vec()).unwrap(), expected);
        let map: BTreeMap<String, Value> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        assert_eq!(&json_object("x", map).unwrap(), expected);
        let map: HashMap<&str, Value> = pairs.into_iter().collect();
        assert_eq!(&json_object("x", map).unwrap(), expected);
    }

    #[test]
    fn other_values_are_refused_without_echoing_them() {
        for (value, kind) in [
            (json!(null), "null"),
            (json!(true), "a boolean"),
            (json!(3), "a number"),
            (json!("hunter2"), "a string"),
            (json!(["hunter2"]), "an array"),
        ] {
            let err = json_object("secret data", value).unwrap_err();
            assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
            let text = err.to_string();
            assert!(
                text.contains("secret data must be a JSON object") && text.contains(kind),
                "{text}"
            );
            assert!(!text.contains("hunter2"), "{text}");
        }
    }

    #[test]
    fn assets_put_the_remote_component_in_its_field() {
        let client = crate::Client::builder()
            .credentials(
                crate::credentials::Credentials::api_key("k", "https://api.lucidtech.ai/v1")
                    .unwrap(),
            )
            .build()
            .unwrap();
        let update = client.transitions().update("las:transition:abc").assets([
            ("jsRemoteComponent", "las:asset:ui"),
            ("logo", "las:asset:logo"),
        ]);
        let json = serde_json::to_value(&update.body).unwrap();
        assert_eq!(
            json,
            json!({"assets": {"jsRemoteComponent": "las:asset:ui", "logo": "las:asset:logo"}})
        );
    }
}
