//! The importer's configuration (`openapi.import.yaml`): every name and every
//! judgement call the rules need, each entry with its reason. The rules
//! themselves are code (`rules.rs`).

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_yaml_ng::Value;

pub const CONFIG: &str = "openapi.import.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The deviations document: written as the header comment of openapi.yaml.
    pub header: String,
    /// `openapi` version string of the output.
    pub openapi: String,
    /// The output's `info` object.
    pub info: Value,
    /// HTTP methods left out (CORS preflight).
    pub drop_methods: Vec<DropMethod>,
    /// The name table: `METHOD /path` → operationId, tag, summary.
    pub operations: BTreeMap<String, OperationName>,
    pub security: Security,
    /// Error statuses documented once in `components/responses`, referenced by every operation.
    pub error_responses: ErrorResponses,
    /// Responses that have no body although the export gives them a schema.
    #[serde(default)]
    pub no_content: Vec<NoContent>,
    #[serde(default)]
    pub query_parameters: Vec<QueryParameter>,
    /// Schema keywords moved to an `x-` extension (kept for validators and the
    /// emulator, invisible to the generator) or dropped.
    pub keywords: Keywords,
    #[serde(default)]
    pub formats: Vec<FormatEntry>,
    #[serde(default)]
    pub remove_properties: Vec<PointerEntry>,
    #[serde(default)]
    pub add_properties: Vec<AddProperty>,
    /// Properties the service answers with `null` although the export
    /// does not say so: made `nullable`.
    #[serde(default)]
    pub nullable_properties: Vec<NullableProperty>,
    #[serde(default)]
    pub fold_any_of: Vec<FoldAnyOf>,
    #[serde(default)]
    pub shared_schemas: Vec<SharedSchema>,
    /// `anyOf`s whose alternatives exclude each other and are not all
    /// objects: written as `oneOf`.
    #[serde(default)]
    pub one_of: Vec<PointerEntry>,
    /// Request bodies an operation needs but the export leaves out.
    #[serde(default)]
    pub request_bodies: Vec<RequestBody>,
    /// The surface of an earlier export that this one dropped, kept deprecated.
    #[serde(default)]
    pub retired: Option<Retired>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestBody {
    /// `METHOD /path`.
    pub operation: String,
    /// Name of the component schema added for the body.
    pub schema: String,
    pub definition: Value,
    pub reason: String,
}

/// Everything of an earlier export (imported with its own config) that the
/// current export no longer has is added back, marked deprecated: operations,
/// parameters, security schemes and alternatives, schemas, properties (optional
/// now) and enum values.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retired {
    /// File name of the earlier export, looked up beside the imported one
    /// (`--retired PATH` names another place).
    pub export: String,
    /// The config the earlier export is imported with (workspace-relative).
    pub config: String,
    /// The date of the export that dropped the surface, written into every
    /// deprecation.
    pub date: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DropMethod {
    pub method: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationName {
    #[serde(rename = "operationId")]
    pub operation_id: String,
    pub tag: String,
    #[serde(default)]
    pub summary: Option<String>,
    /// When absent: "{summary}, calls the {METHOD} {path} endpoint."
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Security {
    #[serde(default)]
    pub rename: Vec<RenameScheme>,
    #[serde(default)]
    pub add_schemes: Vec<AddScheme>,
    #[serde(default)]
    pub none: Vec<OperationEntry>,
    #[serde(default)]
    pub scopes: Vec<Scopes>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenameScheme {
    pub from: String,
    pub to: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddScheme {
    pub name: String,
    pub scheme: Value,
    /// Added as an alternative (`- name: []`) to every secured operation.
    pub on_every_operation: bool,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationEntry {
    pub operation: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scopes {
    pub operation: String,
    pub scopes: Vec<String>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorResponses {
    /// The schema an error response must use to be replaced by the shared one.
    pub schema: String,
    /// status → description, e.g. `'429': Too Many Requests`.
    pub statuses: BTreeMap<String, String>,
    /// Statuses added to every operation that lacks them.
    pub on_every_operation: Vec<String>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoContent {
    pub operation: String,
    pub status: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryParameter {
    pub name: String,
    /// Operations (`METHOD /path`) the entry applies to; all when absent.
    #[serde(default)]
    pub operations: Option<Vec<String>>,
    /// The parameter's schema, or its item schema when `list`.
    pub schema: Value,
    /// An array sent as repeated keys (`style: form`, `explode: true`).
    #[serde(default)]
    pub list: bool,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keywords {
    /// Keywords written as `x-<keyword>`.
    pub to_extension: Vec<String>,
    pub to_extension_reason: String,
    /// Keywords left out.
    pub drop: Vec<String>,
    pub drop_reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatEntry {
    /// JSON pointer into the export (`$ref`s are followed).
    pub at: String,
    pub format: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointerEntry {
    pub at: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NullableProperty {
    /// Pointer of the object schema the property belongs to.
    pub schema: String,
    pub name: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddProperty {
    /// Pointer of the object schema the property is added to.
    pub schema: String,
    pub name: String,
    pub definition: Value,
    #[serde(default)]
    pub required: bool,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FoldAnyOf {
    /// Pointer of an object schema with properties and a root `anyOf` of
    /// objects that each constrain `property` to some enum values.
    pub schema: String,
    pub property: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedSchema {
    pub name: String,
    /// Where the definition is taken from; every other schema equal to it
    /// (keywords aside) becomes a `$ref`.
    pub source: String,
    /// Places that differ from the source but become the shared schema too.
    #[serde(default)]
    pub merge: Vec<String>,
    /// When given, only these places (and the source and `merge`) become the
    /// shared schema, not every equal one: two vocabularies that happen to
    /// have the same values stay two types.
    #[serde(default)]
    pub only: Vec<String>,
    pub reason: String,
}

impl Config {
    /// Parse the config; every entry must give its reason.
    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = serde_yaml_ng::from_str(text).map_err(|e| format!("{CONFIG}: {e}"))?;
        config.check_reasons()?;
        Ok(config)
    }

    fn check_reasons(&self) -> Result<(), String> {
        let mut entries: Vec<(String, &String)> = Vec::new();
        entries.extend(
            self.drop_methods
                .iter()
                .map(|e| (format!("drop_methods {}", e.method), &e.reason)),
        );
        entries.extend(
            self.security
                .rename
                .iter()
                .map(|e| (format!("security.rename {}", e.from), &e.reason)),
        );
        entries.extend(
            self.security
                .add_schemes
                .iter()
                .map(|e| (format!("security.add_schemes {}", e.name), &e.reason)),
        );
        entries.extend(
            self.security
                .none
                .iter()
                .map(|e| (format!("security.none {}", e.operation), &e.reason)),
        );
        entries.extend(
            self.security
                .scopes
                .iter()
                .map(|e| (format!("security.scopes {}", e.operation), &e.reason)),
        );
        entries.push(("error_responses".into(), &self.error_responses.reason));
        entries.extend(
            self.no_content
                .iter()
                .map(|e| (format!("no_content {}", e.operation), &e.reason)),
        );
        entries.extend(
            self.query_parameters
                .iter()
                .map(|e| (format!("query_parameters {}", e.name), &e.reason)),
        );
        entries.push((
            "keywords.to_extension".into(),
            &self.keywords.to_extension_reason,
        ));
        entries.push(("keywords.drop".into(), &self.keywords.drop_reason));
        entries.extend(
            self.formats
                .iter()
                .map(|e| (format!("formats {}", e.at), &e.reason)),
        );
        entries.extend(
            self.remove_properties
                .iter()
                .map(|e| (format!("remove_properties {}", e.at), &e.reason)),
        );
        entries.extend(
            self.add_properties
                .iter()
                .map(|e| (format!("add_properties {}", e.name), &e.reason)),
        );
        entries.extend(
            self.fold_any_of
                .iter()
                .map(|e| (format!("fold_any_of {}", e.schema), &e.reason)),
        );
        entries.extend(
            self.shared_schemas
                .iter()
                .map(|e| (format!("shared_schemas {}", e.name), &e.reason)),
        );
        entries.extend(
            self.one_of
                .iter()
                .map(|e| (format!("one_of {}", e.at), &e.reason)),
        );
        entries.extend(
            self.request_bodies
                .iter()
                .map(|e| (format!("request_bodies {}", e.operation), &e.reason)),
        );
        if let Some(r) = &self.retired {
            entries.push(("retired".into(), &r.reason));
        }
        match entries.iter().find(|(_, reason)| reason.trim().is_empty()) {
            Some((what, _)) => Err(format!("{CONFIG}: {what} gives no reason")),
            None => Ok(()),
        }
    }
}
