//! Handwritten: the Rust types of the spec's secrets, marked `format:
//! password` in openapi.yaml (an app client's secret and API key, a sign-up
//! password, a secret's data). `cargo xtask generate` maps those schemas to
//! these types. They serialize as the plain value, but `Debug` never shows
//! it, so printing a response or request never prints a secret.

use serde_json::{Map, Value};

/// A secret string.
///
/// ```
/// use las_api::SecretString;
///
/// let s: SecretString = serde_json::from_str("\"hunter2\"").unwrap();
/// assert_eq!(s.expose(), "hunter2");
/// assert_eq!(format!("{s:?}"), "SecretString(<redacted>)");
/// assert_eq!(serde_json::to_string(&s).unwrap(), "\"hunter2\"");
/// ```
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SecretString(String);

impl SecretString {
    /// The secret value.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The secret value, owned.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        SecretString(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        SecretString(value.to_string())
    }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

impl schemars::JsonSchema for SecretString {
    fn schema_name() -> String {
        "SecretString".to_string()
    }

    // Inline, as in openapi.yaml.
    fn is_referenceable() -> bool {
        false
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("password".to_string()),
            ..Default::default()
        }
        .into()
    }
}

/// Secret data: a JSON object whose values `Debug` never shows (only its
/// keys).
///
/// ```
/// use las_api::SecretMap;
///
/// let data: SecretMap = serde_json::from_str(r#"{"password": "hunter2"}"#).unwrap();
/// assert_eq!(data.expose()["password"], "hunter2");
/// assert!(!format!("{data:?}").contains("hunter2"));
/// ```
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SecretMap(Map<String, Value>);

impl SecretMap {
    /// The secret data.
    pub fn expose(&self) -> &Map<String, Value> {
        &self.0
    }

    /// The secret data, owned.
    pub fn into_inner(self) -> Map<String, Value> {
        self.0
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Map<String, Value>> for SecretMap {
    fn from(value: Map<String, Value>) -> Self {
        SecretMap(value)
    }
}

impl std::fmt::Debug for SecretMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let keys: Vec<&String> = self.0.keys().collect();
        write!(f, "SecretMap(keys: {keys:?}, values: <redacted>)")
    }
}

impl schemars::JsonSchema for SecretMap {
    fn schema_name() -> String {
        "SecretMap".to_string()
    }

    // Inline, as in openapi.yaml.
    fn is_referenceable() -> bool {
        false
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::Object.into()),
            format: Some("password".to_string()),
            ..Default::default()
        }
        .into()
    }
}
