//! openapi.yaml against the reference: the markdown rendering (widdershins
//! style) of the service's 2021-11 OpenAPI export. openapi.yaml is the live
//! API (the 2024-11-29 export) plus what that export dropped, kept deprecated;
//! so every operation, parameter and field of the reference must still be in
//! openapi.yaml with a compatible type.
//!
//! Compared: every operation (method and path), its path, query and header
//! parameters, its request body and its responses; every schema, field by
//! field (type, nullability, required-ness, enum values), recursively through
//! nested objects, array items, `additionalProperties` and `anyOf`
//! alternatives, with openapi.yaml's `$ref`s resolved.
//!
//! Compatible (the API grew; not a disagreement): operations, parameters,
//! responses and fields openapi.yaml has and the reference does not (counted
//! and printed); more enum values, or an open string instead of an enum; a
//! field, parameter or body that was required and is optional now; a value
//! that may be null now.
//!
//! Every other disagreement is listed once, in `DEVIATIONS`: a judgement call
//! of the import, or an upstream change with the date of the export that made
//! it. Anything else fails the test, and so does an entry that no longer
//! matches anything.
//!
//! The reference is read from `$LAS_REFERENCE_MD`, else from
//! `<workspace>/../shared/seeds/002_7bbdb2548b73cb43.txt`; when it is absent
//! the test says so and passes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Why the id fields are plain strings in openapi.yaml.
const ANYOF_IDS: &str = "reference: anyOf of two plain strings; one string in openapi.yaml, \
    since progenitor's type for that anyOf cannot decode a JSON string";
/// Why PatchTransistionExecutionId is a single object.
const ONE_PATCH_OBJECT: &str = "reference: properties plus a root anyOf of two objects that \
    each carry `status`; openapi.yaml has one object with a required `status` enum";

/// Every known disagreement of openapi.yaml with the reference: (path
/// pattern, aspect, reason). `*` in a pattern matches any text. A reason
/// starting with `TODO` marks a spec bug waiting for a fix.
///
/// Schema paths: `Schema.field`, `[]` for array items, `{}` for
/// `additionalProperties` values, `.anyOf[i]` for alternatives. Operation
/// paths: `METHOD /path`, then ` query:name`, ` path:name`, ` header:name`,
/// ` body` or ` response:code`.
/// Aspects: type, anyOf, nullable (null was allowed, is not now), required
/// (optional before, required now), enum (values lost), schema, missing (in
/// the reference, not in openapi.yaml).
const DEVIATIONS: &[(&str, &str, &str)] = &[
    ("Log.transitionId", "type", ANYOF_IDS),
    ("Logs.transitionId", "type", ANYOF_IDS),
    ("Logs.logs[].transitionId", "type", ANYOF_IDS),
    ("Transition.transitionId", "type", ANYOF_IDS),
    ("Transitions.transitions[].transitionId", "type", ANYOF_IDS),
    ("TransitionExecution.transitionId", "type", ANYOF_IDS),
    ("TransitionExecutions.transitionId", "type", ANYOF_IDS),
    (
        "TransitionExecutions.executions[].transitionId",
        "type",
        ANYOF_IDS,
    ),
    (
        "PatchWorkflowExecutionId.nextTransitionId",
        "type",
        ANYOF_IDS,
    ),
    ("WorkflowExecution.completedBy[]", "type", ANYOF_IDS),
    (
        "WorkflowExecutions.executions[].completedBy[]",
        "type",
        ANYOF_IDS,
    ),
    ("PatchTransistionExecutionId", "anyOf", ONE_PATCH_OBJECT),
    (
        "PatchTransistionExecutionId.status",
        "required",
        ONE_PATCH_OBJECT,
    ),
    (
        "* query:maxResults",
        "type",
        "integer with minimum 1 instead of the reference's string",
    ),
    (
        "* query:consentId",
        "type",
        "list filter: array, style form, explode true",
    ),
    (
        "* query:datasetId",
        "type",
        "list filter: array, style form, explode true",
    ),
    (
        "* query:executionId",
        "type",
        "list filter: array, style form, explode true",
    ),
    (
        "* query:transitionType",
        "type",
        "list filter: array of TransitionType, style form, explode true",
    ),
    (
        "* query:status",
        "type",
        "list filter: array of the status enum, style form, explode true",
    ),
    ("*groundTruth[].value", "anyOf", UPSTREAM_GROUND_TRUTH),
    ("*.fieldConfig{}", "type", UPSTREAM_FIELD_CONFIG),
    ("*.predictions", "type", UPSTREAM_PREDICTIONS),
    (
        "PostTransitions.parameters",
        "anyOf",
        "upstream 2024-11-29: a third kind of parameters, for lambda transitions",
    ),
    (
        "POST /transitions/{transitionId}/executions/{executionId}/heartbeats response:204",
        "schema",
        "a 204 has no body: the reference's Empty schema would make every successful \
         heartbeat a decode error in the generated client",
    ),
];

/// The vendor export the reference was rendered from: the reference parser
/// must read exactly its operations and schemas, so a parser that silently
/// skips a section fails by name.
const REFERENCE_EXPORT: &str = "../../shared/upstream/lucidtech-oas-2021-11-04.json";

/// `METHOD /path` of every non-OPTIONS operation, and the schema names, of
/// the export; `None` when the export is not beside the clone.
fn export_sets() -> Option<(BTreeSet<String>, BTreeSet<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(REFERENCE_EXPORT);
    let text = std::fs::read_to_string(path).ok()?;
    let export: serde_json::Value = serde_json::from_str(&text).expect("parse the vendor export");
    let mut operations = BTreeSet::new();
    for (path, item) in export["paths"].as_object().into_iter().flatten() {
        for method in item.as_object().into_iter().flatten().map(|(m, _)| m) {
            if method != "options" && method != "parameters" {
                operations.insert(format!("{} {path}", method.to_uppercase()));
            }
        }
    }
    let schemas = export["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, _)| name.clone())
        .collect();
    Some((operations, schemas))
}

/// Upstream changes: the vendor's 2024-11-29 export changed these shapes,
/// and openapi.yaml (the live API) follows it.
const UPSTREAM_GROUND_TRUTH: &str = "upstream 2024-11-29: a ground-truth value may also be a \
    number or a list of lines (groundTruthList)";
const UPSTREAM_FIELD_CONFIG: &str = "upstream 2024-11-29: a field config entry is a oneOf of \
    a field (FieldConfigField) and line items (FieldConfigLines)";
const UPSTREAM_PREDICTIONS: &str = "upstream 2024-11-29: predictions are fields or line items \
    (PredictedField, PredictedLines), nullable, or an object";

// ---------------------------------------------------------------------------
// The common model both sides are read into.

/// One schema node. `ty` is `object`, `array`, `string`, `integer`,
/// `number`, `boolean` or `any` (no type of its own: an `anyOf`).
#[derive(Clone, Debug, Default)]
struct Node {
    ty: String,
    nullable: bool,
    enum_values: BTreeSet<String>,
    properties: Vec<Prop>,
    items: Option<Box<Node>>,
    additional: Option<Box<Node>>,
    any_of: Vec<Node>,
}

#[derive(Clone, Debug)]
struct Prop {
    name: String,
    required: bool,
    node: Node,
}

impl Node {
    fn of_type(ty: &str) -> Node {
        Node {
            ty: ty.to_string(),
            ..Node::default()
        }
    }

    /// A short type description for messages, e.g. `[string]`, `anyOf[string, boolean]`.
    fn describe(&self) -> String {
        let mut out = match (&self.items, self.ty.as_str()) {
            (Some(items), _) => format!("[{}]", items.describe()),
            (None, "any") if !self.any_of.is_empty() => String::new(),
            (None, ty) => ty.to_string(),
        };
        if !self.any_of.is_empty() {
            let alternatives: Vec<String> = self.any_of.iter().map(Node::describe).collect();
            if !out.is_empty() {
                out.push_str(" & ");
            }
            let _ = write!(out, "anyOf[{}]", alternatives.join(", "));
        }
        if self.nullable {
            out.push_str("¦null");
        }
        out
    }

    /// An `anyOf` with a single alternative says no more than that
    /// alternative, so both sides are compared without it.
    fn collapse(mut self) -> Node {
        for prop in &mut self.properties {
            prop.node = std::mem::take(&mut prop.node).collapse();
        }
        self.items = self.items.map(|items| Box::new(items.collapse()));
        self.additional = self
            .additional
            .map(|additional| Box::new(additional.collapse()));
        self.any_of = self.any_of.into_iter().map(Node::collapse).collect();
        if self.ty == "any" && self.any_of.len() == 1 {
            return self.any_of.remove(0);
        }
        self
    }
}

// ---------------------------------------------------------------------------
// The reference markdown.

struct RefOperation {
    /// `METHOD /path`.
    key: String,
    params: Vec<RefParam>,
    /// `(status, schema name)`.
    responses: Vec<(String, Option<String>)>,
}

struct RefParam {
    name: String,
    location: String,
    /// A type (`string`, `[string]`) or, for the body, a schema link.
    ty: String,
    required: bool,
}

struct Reference {
    operations: Vec<RefOperation>,
    schemas: BTreeMap<String, Node>,
}

/// The cells of a markdown table row.
fn cells(line: &str) -> Vec<&str> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(str::trim).collect()
}

/// `[Name](#schemaname)` → `Name`; anything else (`None`) → `None`.
fn link_name(cell: &str) -> Option<String> {
    let rest = cell.strip_prefix('[')?;
    Some(rest[..rest.find(']')?].to_string())
}

/// A type cell: `string`, `string¦null`, `[object]`, `[anyOf]`, `any`, ...
fn parse_type(text: &str) -> Result<Node, String> {
    let (base, nullable) = match text.strip_suffix("¦null") {
        Some(base) => (base, true),
        None => (text, false),
    };
    let mut node = if let Some(inner) = base.strip_prefix('[').and_then(|b| b.strip_suffix(']')) {
        let mut array = Node::of_type("array");
        array.items = Some(Box::new(parse_type(inner)?));
        array
    } else {
        match base {
            "object" | "string" | "integer" | "number" | "boolean" => Node::of_type(base),
            "any" | "anyOf" => Node::of_type("any"),
            other => return Err(format!("unknown type `{other}`")),
        }
    };
    node.nullable = nullable;
    Ok(node)
}

/// One step from a node to a child, to address nodes of a tree being built.
#[derive(Clone, Copy)]
enum Step {
    Prop(usize),
    Items,
    Additional,
    Alternative(usize),
}

fn node_at<'a>(mut node: &'a mut Node, path: &[Step]) -> &'a mut Node {
    for step in path {
        node = match *step {
            Step::Prop(i) => &mut node.properties[i].node,
            Step::Items => node
                .items
                .as_deref_mut()
                .expect("path leads to array items"),
            Step::Additional => node
                .additional
                .as_deref_mut()
                .expect("path leads to additionalProperties"),
            Step::Alternative(i) => &mut node.any_of[i],
        };
    }
    node
}

/// Builds a schema from its property rows (`[name, type, required, ..]`)
/// and its enumerated values (`property → values`).
///
/// A row's `»` count is its depth. Rows at depth `d` belong to the node
/// opened by the last row at depth `d - 1` (the schema itself at depth 0),
/// or to that node's items when it is an array. `*anonymous*` rows are
/// `anyOf` alternatives of that node (this also covers the schema-level
/// `anyOf`, whose alternatives sit at depth 0); `**additionalProperties**`
/// rows are its map values. The `anyOf` / `or` / `continued` lines between
/// the tables carry nothing the depths do not already say.
fn parse_schema(
    rows: &[Vec<&str>],
    enums: &BTreeMap<String, BTreeSet<String>>,
) -> Result<Node, String> {
    let mut root = Node::of_type("object");
    // owners[d]: the node that rows at depth d belong to.
    let mut owners: Vec<Vec<Step>> = vec![Vec::new()];
    for row in rows {
        let [name_cell, type_cell, required_cell, ..] = row.as_slice() else {
            return Err(format!("short property row {row:?}"));
        };
        let depth = name_cell.chars().take_while(|&c| c == '»').count();
        let name = name_cell.trim_start_matches('»').trim();
        let node = parse_type(type_cell).map_err(|e| format!("{name}: {e}"))?;
        let mut path = owners
            .get(depth)
            .ok_or_else(|| format!("row `{name}` at depth {depth} has no parent row"))?
            .clone();
        let owner = node_at(&mut root, &path);
        match name {
            "*anonymous*" => {
                owner.any_of.push(node);
                path.push(Step::Alternative(owner.any_of.len() - 1));
            }
            "**additionalProperties**" => {
                owner.additional = Some(Box::new(node));
                path.push(Step::Additional);
            }
            _ => {
                owner.properties.push(Prop {
                    name: name.to_string(),
                    required: *required_cell == "true",
                    node,
                });
                path.push(Step::Prop(owner.properties.len() - 1));
            }
        }
        if node_at(&mut root, &path).ty == "array" {
            path.push(Step::Items);
        }
        owners.truncate(depth + 1);
        owners.push(path);
    }
    // The enum table names properties, not paths: its values belong to
    // every scalar (or array-of-scalar) property of that name.
    let mut used = BTreeSet::new();
    apply_enums(&mut root, enums, &mut used);
    if let Some(unused) = enums.keys().find(|name| !used.contains(*name)) {
        return Err(format!(
            "enumerated values for `{unused}` match no property"
        ));
    }
    Ok(root.collapse())
}

fn apply_enums(
    node: &mut Node,
    enums: &BTreeMap<String, BTreeSet<String>>,
    used: &mut BTreeSet<String>,
) {
    for prop in &mut node.properties {
        if let Some(values) = enums.get(&prop.name) {
            let target = match prop.node.items.as_deref_mut() {
                Some(items) => items,
                None => &mut prop.node,
            };
            if matches!(target.ty.as_str(), "string" | "integer" | "number") {
                target.enum_values = values.clone();
                used.insert(prop.name.clone());
            }
        }
        apply_enums(&mut prop.node, enums, used);
    }
    for child in node.items.iter_mut().chain(node.additional.iter_mut()) {
        apply_enums(child, enums, used);
    }
    for alternative in &mut node.any_of {
        apply_enums(alternative, enums, used);
    }
}

/// Which table the current markdown rows belong to.
#[derive(Clone, Copy)]
enum Table {
    None,
    Parameters,
    Responses,
    Properties,
    Enums,
}

fn parse_reference(text: &str) -> Result<Reference, String> {
    let (operations_text, schemas_text) = text
        .split_once("\n# Schemas")
        .ok_or("no `# Schemas` section")?;

    // Operations: `## method__path` sections.
    let mut operations = Vec::new();
    for section in operations_text.split("\n## ").skip(1) {
        let title = section.lines().next().unwrap_or_default();
        if title.starts_with("options__") {
            continue; // CORS preflight, left out of openapi.yaml on purpose
        }
        let key = section
            .lines()
            .find_map(|line| line.strip_prefix('`')?.strip_suffix('`'))
            .ok_or_else(|| format!("operation {title}: no `METHOD /path` line"))?
            .to_string();
        let mut op = RefOperation {
            key,
            params: Vec::new(),
            responses: Vec::new(),
        };
        let mut table = Table::None;
        for line in section.lines() {
            if !line.starts_with('|') {
                table = Table::None;
                continue;
            }
            let row = cells(line);
            match (row.as_slice(), table) {
                (["Name", "In", ..], _) => table = Table::Parameters,
                (["Status", "Meaning", ..], _) => table = Table::Responses,
                ([first, ..], _) if first.starts_with("---") => {}
                ([name, location, ty, required, ..], Table::Parameters) => {
                    op.params.push(RefParam {
                        name: name.to_string(),
                        location: location.to_string(),
                        ty: ty.to_string(),
                        required: *required == "true",
                    })
                }
                ([status, _, _, schema, ..], Table::Responses) => {
                    op.responses.push((status.to_string(), link_name(schema)))
                }
                _ => {}
            }
        }
        operations.push(op);
    }

    // Schemas: `<h2 id="tocS_Name">` sections.
    let mut schemas = BTreeMap::new();
    for section in schemas_text.split("<h2 id=\"tocS_").skip(1) {
        let name = section
            .split('"')
            .next()
            .ok_or("schema heading without a name")?
            .to_string();
        let mut rows = Vec::new();
        let mut enums: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut table = Table::Properties;
        for line in section.lines() {
            if line.starts_with("#### Enumerated Values") {
                table = Table::Enums;
            }
            if !line.starts_with('|') {
                continue;
            }
            let row = cells(line);
            match (row.as_slice(), table) {
                (["Name", "Type", ..] | ["Property", "Value"], _) => {}
                ([first, ..], _) if first.starts_with("---") => {}
                ([property, value], Table::Enums) => {
                    enums
                        .entry(property.to_string())
                        .or_default()
                        .insert(value.to_string());
                }
                (_, Table::Properties) => rows.push(row),
                _ => return Err(format!("schema {name}: unexpected row `{line}`")),
            }
        }
        let schema = parse_schema(&rows, &enums).map_err(|e| format!("schema {name}: {e}"))?;
        schemas.insert(name, schema);
    }
    Ok(Reference {
        operations,
        schemas,
    })
}

// ---------------------------------------------------------------------------
// openapi.yaml.

const SCHEMA_REF: &str = "#/components/schemas/";
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Follows `$ref`s to components of `kind` (`schemas`, `responses`, ...).
fn resolve<'a>(doc: &'a Value, mut value: &'a Value, kind: &str) -> &'a Value {
    while let Some(target) = value.get("$ref").and_then(Value::as_str) {
        let name = target
            .strip_prefix(&format!("#/components/{kind}/"))
            .unwrap_or_else(|| panic!("unsupported $ref `{target}`"));
        value = doc["components"][kind]
            .get(name)
            .unwrap_or_else(|| panic!("dangling $ref `{target}`"));
    }
    value
}

/// The component a schema refers to, if it is a `$ref`.
fn ref_name(schema: &Value) -> Option<String> {
    let target = schema.get("$ref")?.as_str()?;
    Some(target.strip_prefix(SCHEMA_REF)?.to_string())
}

/// An openapi.yaml schema as a `Node`, every `$ref` resolved.
fn from_openapi(doc: &Value, schema: &Value) -> Node {
    from_openapi_within(doc, schema, &mut Vec::new())
}

/// `within`: the component schemas being read, outermost first. A schema
/// that contains itself (a ground-truth list of lists) is `any` where it
/// recurs.
fn from_openapi_within(doc: &Value, schema: &Value, within: &mut Vec<String>) -> Node {
    let name = ref_name(schema);
    if let Some(name) = &name {
        if within.contains(name) {
            return Node::of_type("any");
        }
        within.push(name.clone());
    }
    let node = read_schema(doc, resolve(doc, schema, "schemas"), within);
    if name.is_some() {
        within.pop();
    }
    node
}

fn read_schema(doc: &Value, schema: &Value, within: &mut Vec<String>) -> Node {
    // `allOf` of one schema: a `$ref` wrapped to carry `deprecated` and a
    // description beside it (the retired surface).
    if let Some([only]) = schema["allOf"].as_array().map(Vec::as_slice) {
        let mut node = from_openapi_within(doc, only, within);
        node.nullable |= schema["nullable"] == Value::Bool(true);
        return node;
    }
    let mut from_openapi = |s: &Value| from_openapi_within(doc, s, within);
    let any_of: Vec<Node> = schema["anyOf"]
        .as_array()
        .map(|alternatives| alternatives.iter().map(&mut from_openapi).collect())
        .unwrap_or_default();
    let required: BTreeSet<&str> = schema["required"]
        .as_array()
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let properties = schema["properties"]
        .as_object()
        .map(|properties| {
            properties
                .iter()
                .map(|(name, property)| Prop {
                    name: name.clone(),
                    required: required.contains(name.as_str()),
                    node: from_openapi(property),
                })
                .collect()
        })
        .unwrap_or_default();
    let additional = schema
        .get("additionalProperties")
        .filter(|a| a.is_object())
        .map(|a| Box::new(from_openapi(a)));
    Node {
        ty: schema["type"].as_str().unwrap_or("any").to_string(),
        nullable: schema["nullable"] == Value::Bool(true),
        enum_values: schema["enum"]
            .as_array()
            .map(|values| values.iter().map(enum_text).collect())
            .unwrap_or_default(),
        properties,
        items: schema
            .get("items")
            .map(|items| Box::new(from_openapi(items))),
        additional,
        any_of,
    }
    .collapse()
}

/// An enum value as the reference prints it.
fn enum_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// `METHOD /path` → operation object.
fn openapi_operations(doc: &Value) -> BTreeMap<String, &Value> {
    let mut operations = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("openapi.yaml has paths") {
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                operations.insert(format!("{} {path}", method.to_uppercase()), operation);
            }
        }
    }
    operations
}

// ---------------------------------------------------------------------------
// Comparison.

struct Diff {
    aspect: &'static str,
    detail: String,
}

/// Compared items (fields, parameters, responses) by path, each with the
/// group (schema or operation) it belongs to and its disagreements.
#[derive(Default)]
struct Report {
    entries: BTreeMap<String, (String, Vec<Diff>)>,
    /// What openapi.yaml has and the reference does not: the API grew.
    grown: BTreeSet<String>,
}

/// Records into a report on behalf of one group.
struct Scope<'a> {
    report: &'a mut Report,
    group: String,
}

impl Scope<'_> {
    fn visit(&mut self, path: &str) -> &mut Vec<Diff> {
        &mut self
            .report
            .entries
            .entry(path.to_string())
            .or_insert_with(|| (self.group.clone(), Vec::new()))
            .1
    }

    /// Something openapi.yaml has and the reference does not.
    fn grew(&mut self, path: &str) {
        self.report.grown.insert(path.to_string());
    }

    fn differ(&mut self, path: &str, aspect: &'static str, detail: String) {
        self.visit(path).push(Diff { aspect, detail });
    }
}

/// Compares a reference node with an openapi.yaml node at `path`.
fn compare_nodes(s: &mut Scope, path: &str, reference: &Node, openapi: &Node) {
    s.visit(path);
    if reference.ty != openapi.ty {
        let detail = format!(
            "reference {} vs openapi.yaml {}",
            reference.describe(),
            openapi.describe()
        );
        s.differ(path, "type", detail);
        return;
    }
    if reference.any_of.len() == openapi.any_of.len() {
        for (i, (r, o)) in reference.any_of.iter().zip(&openapi.any_of).enumerate() {
            compare_nodes(s, &format!("{path}.anyOf[{i}]"), r, o);
        }
    } else {
        let detail = format!(
            "reference {} vs openapi.yaml {}",
            reference.describe(),
            openapi.describe()
        );
        s.differ(path, "anyOf", detail);
    }
    if reference.nullable && !openapi.nullable {
        let detail = format!(
            "reference nullable: {} vs openapi.yaml nullable: {}",
            reference.nullable, openapi.nullable
        );
        s.differ(path, "nullable", detail);
    }
    // More values, or an open string, accept everything the reference did.
    let lost: Vec<&String> = reference
        .enum_values
        .iter()
        .filter(|v| !openapi.enum_values.contains(*v))
        .collect();
    if !openapi.enum_values.is_empty() && !lost.is_empty() {
        let detail = format!(
            "reference enum {:?} vs openapi.yaml enum {:?} (lost {lost:?})",
            reference.enum_values, openapi.enum_values
        );
        s.differ(path, "enum", detail);
    }
    for r in &reference.properties {
        let child = format!("{path}.{}", r.name);
        match openapi.properties.iter().find(|o| o.name == r.name) {
            None => s.differ(&child, "missing", "not in openapi.yaml".into()),
            Some(o) => {
                if !r.required && o.required {
                    let detail = format!(
                        "reference required: {} vs openapi.yaml required: {}",
                        r.required, o.required
                    );
                    s.differ(&child, "required", detail);
                }
                compare_nodes(s, &child, &r.node, &o.node);
            }
        }
    }
    for o in &openapi.properties {
        if !reference.properties.iter().any(|r| r.name == o.name) {
            s.grew(&format!("{path}.{}", o.name));
        }
    }
    compare_children(s, &format!("{path}[]"), &reference.items, &openapi.items);
    compare_children(
        s,
        &format!("{path}{{}}"),
        &reference.additional,
        &openapi.additional,
    );
}

/// Array items or `additionalProperties`, which either side may lack.
fn compare_children(
    s: &mut Scope,
    path: &str,
    reference: &Option<Box<Node>>,
    openapi: &Option<Box<Node>>,
) {
    match (reference, openapi) {
        (Some(r), Some(o)) => compare_nodes(s, path, r, o),
        (Some(_), None) => s.differ(path, "missing", "not in openapi.yaml".into()),
        (None, Some(_)) => s.grew(path),
        (None, None) => {}
    }
}

fn compare_schemas(reference: &Reference, doc: &Value, report: &mut Report) {
    let components = &doc["components"]["schemas"];
    for (name, schema) in &reference.schemas {
        let mut s = Scope {
            report,
            group: name.clone(),
        };
        match components.get(name) {
            None => s.differ(name, "missing", "no component schema of this name".into()),
            Some(component) => compare_nodes(&mut s, name, schema, &from_openapi(doc, component)),
        }
    }
}

fn compare_operations(reference: &Reference, doc: &Value, report: &mut Report) {
    let openapi = openapi_operations(doc);
    for op in &reference.operations {
        let mut s = Scope {
            report: &mut *report,
            group: op.key.clone(),
        };
        s.visit(&op.key);
        match openapi.get(&op.key) {
            None => s.differ(
                &op.key,
                "missing",
                "no such operation in openapi.yaml".into(),
            ),
            Some(operation) => compare_operation(&mut s, doc, op, operation),
        }
    }
    for key in openapi.keys() {
        if !reference.operations.iter().any(|op| &op.key == key) {
            let mut s = Scope {
                report: &mut *report,
                group: key.clone(),
            };
            s.grew(key);
        }
    }
}

fn compare_operation(s: &mut Scope, doc: &Value, op: &RefOperation, operation: &Value) {
    let path = op.key.split_once(' ').map_or("", |(_, path)| path);
    // Parameters may sit on the path item as well as on the operation.
    let openapi_params: Vec<&Value> = [&doc["paths"][path]["parameters"], &operation["parameters"]]
        .into_iter()
        .filter_map(Value::as_array)
        .flatten()
        .map(|param| resolve(doc, param, "parameters"))
        .collect();
    let body = operation
        .get("requestBody")
        .map(|b| resolve(doc, b, "requestBodies"));
    // The first media type of the body stands for the Content-Type header.
    let media = body
        .and_then(|b| b["content"].as_object())
        .and_then(|c| c.iter().next());

    for param in &op.params {
        match param.location.as_str() {
            "body" => {
                let key = format!("{} body", op.key);
                s.visit(&key);
                let Some(body) = body else {
                    s.differ(&key, "missing", "no requestBody".into());
                    continue;
                };
                let expected = link_name(&param.ty);
                let found = media.and_then(|(_, m)| ref_name(&m["schema"]));
                if expected != found {
                    s.differ(
                        &key,
                        "schema",
                        format!("reference {expected:?} vs openapi.yaml {found:?}"),
                    );
                }
                let required = body["required"] == Value::Bool(true);
                if !param.required && required {
                    let detail = format!(
                        "reference required: {} vs openapi.yaml required: {required}",
                        param.required
                    );
                    s.differ(&key, "required", detail);
                }
            }
            "header" if param.name.eq_ignore_ascii_case("content-type") => {
                let key = format!("{} header:{}", op.key, param.name);
                s.visit(&key);
                if media.is_none() {
                    s.differ(&key, "missing", "no request body media type".into());
                }
            }
            location => {
                let key = format!("{} {location}:{}", op.key, param.name);
                s.visit(&key);
                let Some(found) = openapi_params
                    .iter()
                    .find(|p| p["name"] == param.name.as_str() && p["in"] == location)
                else {
                    s.differ(&key, "missing", "no such parameter in openapi.yaml".into());
                    continue;
                };
                let required = found["required"] == Value::Bool(true);
                if !param.required && required {
                    let detail = format!(
                        "reference required: {} vs openapi.yaml required: {required}",
                        param.required
                    );
                    s.differ(&key, "required", detail);
                }
                match parse_type(&param.ty) {
                    Ok(expected) => {
                        compare_nodes(s, &key, &expected, &from_openapi(doc, &found["schema"]))
                    }
                    Err(e) => s.differ(&key, "type", format!("reference type unreadable: {e}")),
                }
            }
        }
    }
    for param in &openapi_params {
        let (name, location) = (
            param["name"].as_str().unwrap_or(""),
            param["in"].as_str().unwrap_or(""),
        );
        if !op
            .params
            .iter()
            .any(|p| p.name == name && p.location == location)
        {
            s.grew(&format!("{} {location}:{name}", op.key));
        }
    }
    if body.is_some() && !op.params.iter().any(|p| p.location == "body") {
        s.grew(&format!("{} body", op.key));
    }

    let responses = operation["responses"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    for (status, schema) in &op.responses {
        let key = format!("{} response:{status}", op.key);
        s.visit(&key);
        let Some(response) = responses.get(status) else {
            s.differ(&key, "missing", "no such response in openapi.yaml".into());
            continue;
        };
        let response = resolve(doc, response, "responses");
        let found = response["content"]["application/json"]
            .get("schema")
            .and_then(ref_name);
        if *schema != found {
            s.differ(
                &key,
                "schema",
                format!("reference {schema:?} vs openapi.yaml {found:?}"),
            );
        }
    }
    for status in responses.keys() {
        if !op.responses.iter().any(|(s, _)| s == status) {
            s.grew(&format!("{} response:{status}", op.key));
        }
    }
}

// ---------------------------------------------------------------------------
// Deviations and the verdict.

/// `*` matches any run of characters; everything else is literal.
fn glob(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, tail)) => {
            let Some(rest) = text.strip_prefix(head) else {
                return false;
            };
            (0..=rest.len())
                .filter(|&i| rest.is_char_boundary(i))
                .any(|i| glob(tail, &rest[i..]))
        }
    }
}

/// How many disagreements each `DEVIATIONS` entry accounts for, with the
/// detail of the last one.
struct Matches(Vec<(usize, String)>);

impl Matches {
    /// Whether an entry accounts for this disagreement; counts it if so.
    fn claim(&mut self, path: &str, aspect: &str, detail: &str) -> bool {
        let Some(index) = DEVIATIONS
            .iter()
            .position(|(pattern, a, _)| *a == aspect && glob(pattern, path))
        else {
            return false;
        };
        self.0[index].0 += 1;
        self.0[index].1 = detail.to_string();
        true
    }
}

/// Agreement counts of one report.
struct Tally {
    /// Items, then groups: (agreeing, differing only by listed deviations, total).
    items: (usize, usize, usize),
    groups: (usize, usize, usize),
    unlisted: Vec<String>,
}

fn tally(report: &Report, matches: &mut Matches) -> Tally {
    // Per group: does it have any difference, any unlisted difference?
    let mut groups: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
    let mut items = (0, 0, 0);
    let mut unlisted = Vec::new();
    for (path, (group, diffs)) in &report.entries {
        let mut unlisted_here = false;
        for diff in diffs {
            if !matches.claim(path, diff.aspect, &diff.detail) {
                unlisted_here = true;
                unlisted.push(format!("{path} [{}]: {}", diff.aspect, diff.detail));
            }
        }
        items.2 += 1;
        match (diffs.is_empty(), unlisted_here) {
            (true, _) => items.0 += 1,
            (false, false) => items.1 += 1,
            (false, true) => {}
        }
        let state = groups.entry(group).or_default();
        state.0 |= !diffs.is_empty();
        state.1 |= unlisted_here;
    }
    let mut group_counts = (0, 0, groups.len());
    for (differs, unlisted_here) in groups.values() {
        match (differs, unlisted_here) {
            (false, _) => group_counts.0 += 1,
            (true, false) => group_counts.1 += 1,
            (true, true) => {}
        }
    }
    Tally {
        items,
        groups: group_counts,
        unlisted,
    }
}

fn reference_path() -> PathBuf {
    match std::env::var_os("LAS_REFERENCE_MD") {
        Some(path) => PathBuf::from(path),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/seeds/002_7bbdb2548b73cb43.txt"),
    }
}

#[test]
fn openapi_yaml_matches_the_reference() {
    let reference_path = reference_path();
    let Ok(markdown) = std::fs::read_to_string(&reference_path) else {
        println!(
            "spec_fidelity: reference {} not found (set LAS_REFERENCE_MD to its path); \
             skipping the comparison",
            reference_path.display()
        );
        return;
    };
    let reference = parse_reference(&markdown)
        .unwrap_or_else(|e| panic!("cannot parse {}: {e}", reference_path.display()));
    match export_sets() {
        Some((operations, schemas)) => {
            let read: BTreeSet<String> =
                reference.operations.iter().map(|o| o.key.clone()).collect();
            let missing: Vec<_> = operations.difference(&read).collect();
            let extra: Vec<_> = read.difference(&operations).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "operations read from the reference differ from the export it was rendered from: \
                 not read {missing:?}, not in the export {extra:?}"
            );
            let read: BTreeSet<String> = reference.schemas.keys().cloned().collect();
            let missing: Vec<_> = schemas.difference(&read).collect();
            let extra: Vec<_> = read.difference(&schemas).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "schemas read from the reference differ from the export: \
                 not read {missing:?}, not in the export {extra:?}"
            );
        }
        None => println!(
            "spec_fidelity: {REFERENCE_EXPORT} not found; the reference parser is not checked \
             against the export's operation and schema sets"
        ),
    }

    let yaml_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi.yaml");
    let yaml = std::fs::read_to_string(&yaml_path).expect("read openapi.yaml");
    let doc: Value = serde_yaml_ng::from_str(&yaml).expect("parse openapi.yaml");

    let mut schema_report = Report::default();
    compare_schemas(&reference, &doc, &mut schema_report);
    let mut operation_report = Report::default();
    compare_operations(&reference, &doc, &mut operation_report);

    let mut matches = Matches(vec![(0, String::new()); DEVIATIONS.len()]);
    let fields = tally(&schema_report, &mut matches);
    let operations = tally(&operation_report, &mut matches);

    let (agree, listed, total) = fields.items;
    println!("{agree}/{total} fields agree ({listed} more differ only by listed deviations)");
    let (agree, listed, total) = fields.groups;
    println!("  {agree}/{total} schemas agree ({listed} more differ only by listed deviations)");
    let (agree, listed, _) = operations.groups;
    println!(
        "{agree}/{} operations agree ({listed} more differ only by listed deviations)",
        reference.operations.len()
    );
    println!(
        "openapi.yaml grew by {} fields and {} operations, parameters and responses \
         the reference does not have",
        schema_report.grown.len(),
        operation_report.grown.len()
    );
    println!("listed deviations:");
    for ((pattern, aspect, reason), (count, detail)) in DEVIATIONS.iter().zip(&matches.0) {
        println!("  {pattern} [{aspect}] x{count}: {reason}");
        if *count == 1 {
            println!("      {detail}");
        }
    }

    let mut failures: Vec<String> = fields.unlisted;
    failures.extend(operations.unlisted);
    for ((pattern, aspect, _), (count, _)) in DEVIATIONS.iter().zip(&matches.0) {
        if *count == 0 {
            failures.push(format!(
                "listed deviation `{pattern}` [{aspect}] no longer disagrees: remove it"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "openapi.yaml disagrees with the reference:\n  {}",
        failures.join("\n  ")
    );
}
