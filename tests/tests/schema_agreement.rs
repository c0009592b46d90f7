//! Every component schema of openapi.yaml against the JSON Schema that
//! schemars derives for the `las_api::types` type of the same name:
//! properties, required-ness, nullability and enum values, recursively
//! through nested objects, array items, map values and `anyOf`
//! alternatives, with `$ref`s resolved on both sides.
//!
//! Differences of representation that say nothing about the wire are
//! normalised rather than listed:
//! - `$ref` with a `nullable` sibling, or `allOf: [$ref]` (schemars'
//!   `Option<Named>`) is the named schema, nullable;
//! - `additionalProperties: true` (a `serde_json::Map`) is a free-form
//!   object, as is an object without `additionalProperties`;
//! - `format`, titles and descriptions are not compared;
//! - an optional field is an `Option`, which schemars marks nullable, so
//!   nullability is compared only where the spec says `nullable: true` or the
//!   value must be present (a required field, array items, map values,
//!   `anyOf` alternatives, a whole schema);
//! - required-ness is measured, not read: schemars 0.8 takes every `Option`
//!   field as optional, even one serde demands (typify's
//!   `deserialize_with = Option::deserialize` for required nullable fields),
//!   so a sample built from the type's schema is deserialized with each
//!   property removed in turn;
//! - schemars drops the value schema of a `#[serde(flatten)]` map: where the
//!   spec has `additionalProperties` and schemars shows none, a sample with an
//!   extra entry must survive a round trip, and one whose value has the wrong
//!   JSON type must be rejected.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use las_api::types;
use schemars::gen::{SchemaGenerator, SchemaSettings};
use schemars::schema::Schema;
use serde_json::{json, Map, Value};

/// A generated type: how to add its schema to a generator (the returned
/// schema is a `$ref` when the type is referenceable), and how to pass a
/// JSON value through it (deserialize, then serialize).
struct RustType {
    name: &'static str,
    add_schema: fn(&mut SchemaGenerator) -> Schema,
    round_trip: fn(&Value) -> Result<Value, String>,
}

macro_rules! rust_types {
    ($($ty:ident,)*) => {
        vec![$(RustType {
            name: stringify!($ty),
            add_schema: |generator| generator.subschema_for::<types::$ty>(),
            round_trip: |value| {
                let typed: types::$ty =
                    serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
                serde_json::to_value(typed).map_err(|e| e.to_string())
            },
        },)*]
    };
}

/// One type per component schema of openapi.yaml, under the same name.
fn component_types() -> Vec<RustType> {
    rust_types![
        AppClient,
        AppClients,
        Asset,
        Assets,
        CompletedConfig,
        ContentType,
        CreatedTimeSortBy,
        DataBundle,
        DataBundleStatus,
        DataBundles,
        Dataset,
        Datasets,
        DeploymentEnvironment,
        DeploymentEnvironmentStatus,
        DeploymentEnvironments,
        DockerTransitionParameters,
        Document,
        Documents,
        Empty,
        Error,
        ErrorConfig,
        FieldConfigEntry,
        FieldConfigField,
        FieldConfigLines,
        FieldType,
        GroundTruthItem,
        GroundTruthList,
        GroundTruthListItem,
        GroundTruthValue,
        ImageQuality,
        InstanceType,
        LambdaTransitionParameters,
        Log,
        Logs,
        ManualTransitionParameters,
        Model,
        ModelStatus,
        Models,
        Order,
        Organization,
        Organizations,
        PatchAppClientId,
        PatchAssetId,
        PatchDataBundleId,
        PatchDatasetId,
        PatchDocumentId,
        PatchModelId,
        PatchOrganizationId,
        PatchPaymentMethodId,
        PatchProfileId,
        PatchSecretId,
        PatchTrainingId,
        PatchTransistionExecutionId,
        PatchTransitionId,
        PatchUserId,
        PatchWorkflowExecutionId,
        PatchWorkflowId,
        PaymentMethod,
        PaymentMethods,
        Plan,
        Plans,
        PostAppClients,
        PostAssets,
        PostDataBundles,
        PostDatasets,
        PostDocuments,
        PostHeartbeats,
        PostModels,
        PostOrganizations,
        PostPaymentMethods,
        PostPredictions,
        PostSecrets,
        PostSignUp,
        PostTrainings,
        PostTransformations,
        PostTransitionExecution,
        PostTransitions,
        PostUsers,
        PostWorkflowExecutions,
        PostWorkflows,
        PostprocessConfig,
        PredictedField,
        PredictedLines,
        Prediction,
        PredictionSource,
        Predictions,
        PreprocessConfig,
        Profile,
        Role,
        Roles,
        Secret,
        Secrets,
        SignUp,
        SortBy,
        StorageLocation,
        Training,
        TrainingStatus,
        Trainings,
        Transformation,
        TransformationStatus,
        Transformations,
        Transition,
        TransitionAssets,
        TransitionExecution,
        TransitionExecutionStatus,
        TransitionExecutionUpdateStatus,
        TransitionExecutions,
        TransitionType,
        Transitions,
        User,
        Users,
        Workflow,
        WorkflowExecution,
        WorkflowExecutionStatus,
        WorkflowExecutions,
        WorkflowStatus,
        Workflows,
    ]
}

/// Types generated for schemas written inline inside the components; their
/// round trips measure the required-ness of nested fields.
fn inline_types() -> Vec<RustType> {
    rust_types![
        CompletedConfigInner,
        DataBundleDatasetsItem,
        DockerTransitionParametersCpu,
        DockerTransitionParametersMemory,
        ErrorConfigInner,
        FieldConfigLinesType,
        GroundTruthListItemValue,
        PatchTrainingIdStatus,
        PatchTransistionExecutionIdError,
        PatchTransitionIdParameters,
        PatchTransitionIdParametersSubtype0Cpu,
        PatchTransitionIdParametersSubtype0Memory,
        PatchWorkflowExecutionIdStatus,
        PatchWorkflowIdCompletedConfig,
        PatchWorkflowIdEmailConfig,
        PatchWorkflowIdErrorConfig,
        PlanCurrency,
        PostPredictionsRotation,
        PostTrainingsWarmStartConfig,
        PostTransformationsOperationsItem,
        PostTransformationsOperationsItemType,
        PostTransitionsParameters,
        PostWorkflowsCompletedConfig,
        PostWorkflowsEmailConfig,
        PostWorkflowsErrorConfig,
        PostWorkflowsSpecification,
        PostWorkflowsSpecificationLanguage,
        PostWorkflowsSpecificationVersion,
        PostprocessConfigOutputFormat,
        PostprocessConfigParameters,
        PredictionPredictions,
        PredictedItem,
        PredictionPreprocessConfig,
        PredictionPreprocessConfigRotation,
        PredictionStatus,
        PredictionsPredictionsItem,
        PredictionsPredictionsItemPostprocessConfig,
        PredictionsPredictionsItemPostprocessConfigOutputFormat,
        PredictionsPredictionsItemPostprocessConfigParameters,
        PredictionsPredictionsItemPredictions,
        PredictionsPredictionsItemPreprocessConfig,
        PredictionsPredictionsItemPreprocessConfigRotation,
        PredictionsPredictionsItemStatus,
        PreprocessConfigRotation,
        RolePermissionsItem,
        RolePermissionsItemAction,
        RolePermissionsItemEffect,
        TrainingWarmStartConfig,
        TransformationOperationsItem,
        TransformationOperationsItemType,
        UserStatus,
        WorkflowEmailConfig,
    ]
}

/// Both spec and schemars (with OpenAPI 3.0 settings) refer to this prefix.
const SCHEMA_REF: &str = "#/components/schemas/";

/// Where the Rust type says the same as the spec in another form: the
/// disagreement as reported, and why it decodes and encodes alike. A listed
/// one that no longer occurs fails too.
const SAME_IN_ANOTHER_FORM: &[(&str, &str)] = &[
    (
        "ContentType: spec nullable: true vs Rust nullable: false",
        "a nullable enum component is the (open) enum; every field of that type is an Option, \
         so null decodes to None",
    ),
    (
        "GroundTruthValue.anyOf[3]: spec nullable: true vs Rust nullable: false",
        "`nullable` beside a `$ref` has no effect in OpenAPI 3.0; null is the first member's \
         (Text(None))",
    ),
    (
        "PatchTransitionId.parameters: spec type any vs Rust type object",
        "an anyOf of objects is one struct whose members are flattened and optional: every \
         member's fields decode",
    ),
    (
        "Training.warmStartConfig: spec type any vs Rust type object",
        "an anyOf of objects is one struct whose members are flattened and optional",
    ),
    (
        "PostprocessConfig: spec anyOf of 2 vs Rust anyOf of 0",
        "a union told apart by its `strategy` is a serde-tagged enum, which schemars writes \
         as oneOf",
    ),
    (
        "Predictions.predictions[].postprocessConfig: spec anyOf of 2 vs Rust anyOf of 0",
        "the same tagged enum as PostprocessConfig",
    ),
    (
        "Workflow.completedConfig: spec required: true vs Rust required: false",
        "a nullable newtype (CompletedConfig(Option<..>)) with a default: present or null, \
         it decodes; absent, it is null",
    ),
    (
        "Workflow.errorConfig: spec required: true vs Rust required: false",
        "a nullable newtype (ErrorConfig(Option<..>)) with a default",
    ),
];

/// A schema with its `$ref`s and single-element `allOf`s followed: the
/// target, the last name referred to and whether any step was nullable.
struct Resolved<'a> {
    schema: &'a Value,
    name: Option<&'a str>,
    nullable: bool,
}

fn resolve<'a>(definitions: &'a Map<String, Value>, mut schema: &'a Value) -> Resolved<'a> {
    let mut name = None;
    let mut nullable = false;
    loop {
        nullable |= schema["nullable"] == Value::Bool(true);
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            let target = target
                .strip_prefix(SCHEMA_REF)
                .unwrap_or_else(|| panic!("unsupported $ref `{target}`"));
            schema = definitions
                .get(target)
                .unwrap_or_else(|| panic!("dangling $ref `{target}`"));
            name = Some(target);
        } else if let Some([only]) = schema
            .get("allOf")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            schema = only;
        } else {
            return Resolved {
                schema,
                name,
                nullable,
            };
        }
    }
}

/// The JSON type of a schema (`any` without one) and whether it admits null.
fn json_type(schema: &Value) -> (String, bool) {
    match &schema["type"] {
        Value::String(ty) => (ty.clone(), false),
        Value::Array(types) => {
            let named: Vec<&str> = types
                .iter()
                .filter_map(Value::as_str)
                .filter(|t| *t != "null")
                .collect();
            let nullable = named.len() < types.len();
            match named.as_slice() {
                [only] => (only.to_string(), nullable),
                _ => (format!("{named:?}"), nullable),
            }
        }
        _ => ("any".to_string(), false),
    }
}

/// The enum values of a schema as text (`none` without an enum).
fn enum_values(schema: &Value) -> String {
    let Some(values) = schema.get("enum").and_then(Value::as_array) else {
        return "none".to_string();
    };
    let values: BTreeSet<String> = values
        .iter()
        .map(|value| match value {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        })
        .collect();
    format!("{values:?}")
}

/// The value schema of a map; `true` (anything) counts as none.
fn additional(schema: &Value) -> Option<&Value> {
    schema.get("additionalProperties").filter(|a| a.is_object())
}

/// The declared properties of an object schema (none for other schemas).
fn properties(schema: &Value) -> Map<String, Value> {
    schema["properties"]
        .as_object()
        .cloned()
        .unwrap_or_default()
}

/// A value valid against `schema`: the first enum value or `anyOf`
/// alternative, every property, one array item and one map entry.
fn sample(definitions: &Map<String, Value>, schema: &Value) -> Value {
    let schema = resolve(definitions, schema).schema;
    if let Some(first) = schema.get("enum").and_then(|e| e.get(0)) {
        return first.clone();
    }
    if let Some(first) = schema.get("anyOf").and_then(|a| a.get(0)) {
        return sample(definitions, first);
    }
    match json_type(schema).0.as_str() {
        // `format: byte` is base64 text.
        "string" if schema["format"] == "byte" => json!("eA=="),
        "string" => json!("x"),
        "integer" => json!(1),
        "number" => json!(1.5),
        "boolean" => json!(true),
        "array" => match schema.get("items") {
            Some(items) => json!([sample(definitions, items)]),
            None => json!([]),
        },
        "object" => {
            let mut object: Map<String, Value> = properties(schema)
                .iter()
                .map(|(name, property)| (name.clone(), sample(definitions, property)))
                .collect();
            if let Some(values) = additional(schema) {
                object.insert("sampleKey".into(), sample(definitions, values));
            }
            Value::Object(object)
        }
        _ => Value::Null,
    }
}

/// The state of the comparison across all component schemas.
struct Comparison<'a> {
    spec: &'a Map<String, Value>,
    rust: &'a Map<String, Value>,
    types: BTreeMap<&'static str, &'a RustType>,
    /// Measured required properties per Rust type.
    required: BTreeMap<String, BTreeSet<String>>,
    fields: usize,
    agreeing: usize,
    problems: Vec<String>,
}

impl Comparison<'_> {
    fn problem(&mut self, path: &str, what: String) {
        self.problems.push(format!("{path}: {what}"));
    }

    /// The Rust type behind a schemars definition, by name.
    fn rust_type(&self, name: &str) -> &RustType {
        self.types
            .get(name)
            .unwrap_or_else(|| panic!("schemars reached `{name}`, which neither type list names"))
    }

    /// The properties serde demands of the named type: a sample of the type
    /// is deserialized with each property removed in turn.
    fn required_of(&mut self, name: &str, schema: &Value) -> BTreeSet<String> {
        if let Some(known) = self.required.get(name) {
            return known.clone();
        }
        let round_trip = self.rust_type(name).round_trip;
        let full = sample(self.rust, schema);
        let mut required = BTreeSet::new();
        if let Err(e) = round_trip(&full) {
            self.problem(
                name,
                format!("a sample built from its schemars schema does not deserialize: {e}"),
            );
        } else if let Value::Object(object) = &full {
            for property in object.keys() {
                let mut without = object.clone();
                without.remove(property);
                if round_trip(&Value::Object(without)).is_err() {
                    required.insert(property.clone());
                }
            }
        }
        self.required.insert(name.to_string(), required.clone());
        required
    }

    /// Whether the named type keeps extra properties of the spec's value
    /// schema (a flattened map), and rejects values of another JSON type.
    fn keeps_typed_extras(&self, name: &str, rust: &Value, values: &Value) -> bool {
        let round_trip = self.rust_type(name).round_trip;
        let Value::Object(mut object) = sample(self.rust, rust) else {
            return false;
        };
        let extra = sample(self.spec, values);
        let wrong = if json_type(resolve(self.spec, values).schema).0 == "string" {
            json!(1)
        } else {
            json!("x")
        };
        object.insert("extraKey".into(), extra.clone());
        let kept = round_trip(&Value::Object(object.clone()))
            .is_ok_and(|out| out.get("extraKey") == Some(&extra));
        object.insert("extraKey".into(), wrong);
        kept && round_trip(&Value::Object(object)).is_err()
    }

    /// Compares the spec's `spec` with schemars' `rust` at `path`.
    /// `required` is (in the spec, in Rust); a value that is not a property
    /// is required on both sides. A schema named alike on both sides is
    /// compared on its own, so it is looked into only when `look_inside`.
    fn compare(
        &mut self,
        path: &str,
        spec: &Value,
        rust: &Value,
        required: (bool, bool),
        look_inside: bool,
    ) {
        self.fields += 1;
        let problems_before = self.problems.len();
        let s = resolve(self.spec, spec);
        let r = resolve(self.rust, rust);
        let (spec_type, spec_null) = json_type(s.schema);
        let (rust_type, rust_null) = json_type(r.schema);
        let spec_nullable = s.nullable || spec_null;
        let rust_nullable = r.nullable || rust_null;

        if required.0 != required.1 {
            self.problem(
                path,
                format!(
                    "spec required: {} vs Rust required: {}",
                    required.0, required.1
                ),
            );
        }
        if (spec_nullable || required.0) && spec_nullable != rust_nullable {
            self.problem(
                path,
                format!("spec nullable: {spec_nullable} vs Rust nullable: {rust_nullable}"),
            );
        }
        if look_inside || s.name.is_none() || s.name != r.name {
            self.compare_shapes(path, &s, &r, (&spec_type, &rust_type));
        }
        if self.problems.len() == problems_before {
            self.agreeing += 1;
        }
    }

    /// Type, enum values, alternatives, properties, items and map values.
    fn compare_shapes(&mut self, path: &str, s: &Resolved, r: &Resolved, types: (&str, &str)) {
        let (spec, rust) = (s.schema, r.schema);
        if types.0 != types.1 {
            self.problem(
                path,
                format!("spec type {} vs Rust type {}", types.0, types.1),
            );
            return;
        }
        let (spec_enum, rust_enum) = (enum_values(spec), enum_values(rust));
        if spec_enum != rust_enum {
            self.problem(
                path,
                format!("spec enum {spec_enum} vs Rust enum {rust_enum}"),
            );
        }

        let no_alternatives = Vec::new();
        // A spec `oneOf` is an untagged enum, which schemars writes as `anyOf`.
        let spec_any_of = spec["anyOf"]
            .as_array()
            .or_else(|| spec["oneOf"].as_array())
            .unwrap_or(&no_alternatives);
        let rust_any_of = rust["anyOf"].as_array().unwrap_or(&no_alternatives);
        if spec_any_of.len() == rust_any_of.len() {
            // A `$ref` member pairs with the Rust member naming the same
            // type wherever it stands (the generator tries the most
            // specific object first); other members pair by position.
            let same_ref = |a: &Value, b: &Value| a.get("$ref").is_some() && a["$ref"] == b["$ref"];
            for (i, a) in spec_any_of.iter().enumerate() {
                let b = rust_any_of
                    .iter()
                    .find(|b| same_ref(a, b))
                    .unwrap_or(&rust_any_of[i]);
                self.compare(&format!("{path}.anyOf[{i}]"), a, b, (true, true), false);
            }
        } else {
            let detail = format!(
                "spec anyOf of {} vs Rust anyOf of {}",
                spec_any_of.len(),
                rust_any_of.len()
            );
            self.problem(path, detail);
        }

        let spec_properties = properties(spec);
        let rust_properties = properties(rust);
        if !spec_properties.is_empty() || !rust_properties.is_empty() {
            let spec_required: BTreeSet<String> = spec["required"]
                .as_array()
                .map(|names| {
                    names
                        .iter()
                        .filter_map(Value::as_str)
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            let rust_required = match r.name {
                _ if rust_properties.is_empty() => BTreeSet::new(),
                Some(name) => self.required_of(name, rust),
                None => panic!("{path}: schemars wrote an unnamed object with properties"),
            };
            for (name, spec_property) in &spec_properties {
                let child = format!("{path}.{name}");
                match rust_properties.get(name) {
                    Some(rust_property) => {
                        let required = (spec_required.contains(name), rust_required.contains(name));
                        self.compare(&child, spec_property, rust_property, required, false);
                    }
                    None => {
                        self.fields += 1;
                        self.problem(&child, "in the spec, not in the Rust type".into());
                    }
                }
            }
            for name in rust_properties
                .keys()
                .filter(|name| !spec_properties.contains_key(*name))
            {
                self.fields += 1;
                self.problem(
                    &format!("{path}.{name}"),
                    "in the Rust type, not in the spec".into(),
                );
            }
        }

        match (spec.get("items"), rust.get("items")) {
            (Some(a), Some(b)) => self.compare(&format!("{path}[]"), a, b, (true, true), false),
            (None, None) => {}
            (Some(_), None) => self.problem(path, "array items only in the spec".into()),
            (None, Some(_)) => self.problem(path, "array items only in the Rust type".into()),
        }

        let child = format!("{path}{{}}");
        match (additional(spec), additional(rust), r.name) {
            (Some(a), Some(b), _) => self.compare(&child, a, b, (true, true), false),
            (None, None, _) => {}
            (Some(values), None, Some(name)) if self.keeps_typed_extras(name, rust, values) => {
                self.fields += 1;
                self.agreeing += 1;
            }
            (a, _, _) => {
                self.fields += 1;
                let detail = match a {
                    Some(_) => "spec map values the Rust type does not keep (or does not type)",
                    None => "Rust map values the spec does not declare",
                };
                self.problem(&child, detail.into());
            }
        }
    }
}

fn to_json(schema: Schema) -> Value {
    serde_json::to_value(schema).expect("serialize a schemars schema")
}

/// The name progenitor gives a component schema: its first letter upper case
/// (the export names one schema `groundTruthList`).
fn rust_name(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The component schemas under their Rust names, `$ref`s renamed alike.
fn with_rust_names(schemas: &Map<String, Value>) -> Map<String, Value> {
    fn rename_refs(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get_mut("$ref") {
                    if let Some(name) = target.strip_prefix(SCHEMA_REF) {
                        *target = format!("{SCHEMA_REF}{}", rust_name(name));
                    }
                }
                map.values_mut().for_each(rename_refs);
            }
            Value::Array(items) => items.iter_mut().for_each(rename_refs),
            _ => {}
        }
    }
    schemas
        .iter()
        .map(|(name, schema)| {
            let mut schema = schema.clone();
            rename_refs(&mut schema);
            (rust_name(name), schema)
        })
        .collect()
}

#[test]
fn generated_types_agree_with_openapi_yaml() {
    let yaml_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi.yaml");
    let yaml = std::fs::read_to_string(&yaml_path).expect("read openapi.yaml");
    let doc: Value = serde_yaml_ng::from_str(&yaml).expect("parse openapi.yaml");
    let spec = &with_rust_names(
        doc["components"]["schemas"]
            .as_object()
            .expect("openapi.yaml has components.schemas"),
    );

    let components = component_types();
    let inline = inline_types();
    let listed: BTreeSet<&str> = components.iter().map(|t| t.name).collect();
    let missing: Vec<&String> = spec
        .keys()
        .filter(|name| !listed.contains(name.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "component schemas missing from component_types(): {missing:?}"
    );
    let stale: Vec<&&str> = listed
        .iter()
        .filter(|name| !spec.contains_key(**name))
        .collect();
    assert!(
        stale.is_empty(),
        "component_types() names schemas openapi.yaml lacks: {stale:?}"
    );

    // The components' schemas, and every definition they reach.
    let mut generator = SchemaSettings::openapi3().into_generator();
    let mut roots = BTreeMap::new();
    for rust_type in &components {
        roots.insert(
            rust_type.name,
            to_json((rust_type.add_schema)(&mut generator)),
        );
    }
    let mut rust: Map<String, Value> = generator
        .definitions()
        .iter()
        .map(|(name, schema)| (name.clone(), to_json(schema.clone())))
        .collect();
    let inline_names: BTreeSet<&str> = inline.iter().map(|t| t.name).collect();
    let unlisted: Vec<&String> = rust
        .keys()
        .filter(|name| !listed.contains(name.as_str()) && !inline_names.contains(name.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "generated types missing from inline_types(): {unlisted:?}"
    );
    let unreached: Vec<&&str> = inline_names
        .iter()
        .filter(|name| !rust.contains_key(**name))
        .collect();
    assert!(
        unreached.is_empty(),
        "inline_types() names types no component uses: {unreached:?}"
    );
    // A type schemars does not name (no `$ref`) is looked up by its own name,
    // and so is a newtype that refers to another type (a nullable component
    // schema: `CompletedConfig(Option<CompletedConfigInner>)`).
    for (name, root) in &roots {
        if root.get("$ref").is_none() || !rust.contains_key(*name) {
            rust.insert(name.to_string(), root.clone());
        }
    }

    let mut comparison = Comparison {
        spec,
        rust: &rust,
        types: components
            .iter()
            .chain(&inline)
            .map(|t| (t.name, t))
            .collect(),
        required: BTreeMap::new(),
        fields: 0,
        agreeing: 0,
        problems: Vec::new(),
    };
    for name in spec.keys() {
        let reference = json!({ "$ref": format!("{SCHEMA_REF}{name}") });
        comparison.compare(name, &reference, &reference, (true, true), true);
    }

    println!(
        "{}/{} fields agree across {} schemas",
        comparison.agreeing,
        comparison.fields,
        spec.len()
    );
    let stale: Vec<&str> = SAME_IN_ANOTHER_FORM
        .iter()
        .filter(|(what, _)| !comparison.problems.iter().any(|p| p == what))
        .map(|(what, _)| *what)
        .collect();
    comparison
        .problems
        .retain(|p| !SAME_IN_ANOTHER_FORM.iter().any(|(what, _)| p == what));
    assert!(
        stale.is_empty(),
        "listed as the same in another form, but no longer reported: {stale:?}"
    );
    assert!(
        comparison.problems.is_empty(),
        "las_api::types disagree with openapi.yaml:\n  {}",
        comparison.problems.join("\n  ")
    );
}
