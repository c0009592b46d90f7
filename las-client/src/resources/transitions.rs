//! Transitions: `client.transitions()`, and their executions through
//!
//! Transitions (the steps of a workflow: docker or manual): create, read,
//! list, update, delete, and their executions.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use las_client::types::{ManualTransitionParameters, TransitionType};
//! use serde_json::json;
//!
//! let transition = client
//!     .transitions()
//!     .create(TransitionType::Manual)
//!     .in_schema(json!({"type": "object"}))
//!     .parameters(ManualTransitionParameters::new())
//!     .await?;
//! let executions = client.transitions().executions(&transition.transition_id).list().send().await?;
//! # let _ = executions;
//! # Ok(())
//! # }
//! ```
//! [`Transitions::executions`].
//!
//! Also home of [`IntoJsonObject`], the argument type of every call that
//! takes a free-form JSON object (schemas, execution output, workflow
//! input and definition, secret data).

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use crate::{Error, Result};

pub use crate::generated::transitions::*;

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

/// Keep the first problem found while building a request; it is returned
/// when the request is sent.
pub(crate) fn note(
    problem: &mut Option<Error>,
    result: Result<Map<String, Value>>,
) -> Map<String, Value> {
    match result {
        Ok(map) => map,
        Err(e) => {
            problem.get_or_insert(e);
            Map::new()
        }
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
