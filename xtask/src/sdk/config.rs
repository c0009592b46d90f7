//! `xtask/sdk.yaml`: the names the SDK layer gives each operation, and which
//! operations are customized by hand.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Resource handlers by module name (`models` → `client.models()`).
    #[serde(default)]
    pub resources: BTreeMap<String, ResourceConfig>,
    /// Per operationId.
    #[serde(default)]
    pub operations: BTreeMap<String, OperationConfig>,
    /// Names of the members of `anyOf`/`oneOf` schemas, in order, by schema
    /// name: the Rust variants of the union (`GroundTruthValue::Text`).
    #[serde(default)]
    pub variants: BTreeMap<String, Vec<String>>,
}

/// One resource handler.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceConfig {
    /// The handler's type name (default: the module name in PascalCase).
    pub handler: Option<String>,
    /// First line of the handler's doc comment.
    pub doc: Option<String>,
    /// A nested resource: reached from this parent resource's handler,
    /// which hands over the first path parameter.
    pub parent: Option<String>,
    /// The parent handler's method that returns this handler.
    pub via: Option<String>,
    /// No handler: the operations are methods of `Client` itself, written
    /// by hand (for example `client.sign_up(..)`).
    #[serde(default)]
    pub on_client: bool,
}

/// One operation.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationConfig {
    /// Resource module (default: derived from the path).
    pub resource: Option<String>,
    /// Handler method (default: the operationId's verb when the rest names
    /// the resource, else the operationId in snake_case).
    pub method: Option<String>,
    /// Request type (default: the operationId in PascalCase).
    pub builder: Option<String>,
    /// Values the handler method takes positionally after the path
    /// parameters, by their Rust name: body fields or query parameters.
    /// Fixed here so that the order upstream lists them in never matters.
    #[serde(default)]
    pub args: Vec<String>,
    /// The handler method and request type are written by hand in
    /// `las-client/src/custom/<operation_id in snake_case>.rs`.
    #[serde(default)]
    pub custom: bool,
    /// The generated `send` first calls `check(&request)` of
    /// `las-client/src/custom/<operation_id in snake_case>.rs`: checks of
    /// values the spec cannot express.
    #[serde(default)]
    pub check: bool,
    /// Body fields the SDK sends unless a setter changes them (Rust name →
    /// a boolean, number or string), where the SDK's default differs from
    /// leaving the field out.
    #[serde(default)]
    pub defaults: BTreeMap<String, serde_yaml_ng::Value>,
    /// For a `custom` operation: body fields its file sets other than by a
    /// method named for them (Rust name → the method or argument that sets
    /// it). Every other body field must have its method, so a field the
    /// spec adds is never left unreachable.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

impl Config {
    pub fn parse(text: &str) -> Result<Config, String> {
        serde_yaml_ng::from_str(text).map_err(|e| format!("parsing xtask/sdk.yaml: {e}"))
    }
}
