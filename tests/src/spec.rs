//! openapi.yaml, embedded and read once per process: the operation table the
//! router is built from, and each operation's parameter and request-body
//! schemas converted from OpenAPI 3.0 to JSON Schema (draft 2020-12) and
//! compiled with `jsonschema`.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use axum::http::Method;
use jsonschema::Validator;
use serde_json::{json, Map, Value};

/// The contract, as shipped in the repository root.
pub const OPENAPI_YAML: &str = include_str!("../openapi.yaml");

/// The constraints of the vendor's OpenAPI export that openapi.yaml does not
/// carry (patterns, bounds, `additionalProperties: false` on request bodies,
/// `minProperties`), and the id patterns of its responses, per operationId.
/// Extracted by a test of the crate (`tests/vendor_constraints.rs`).
pub const VENDOR_CONSTRAINTS_JSON: &str = include_str!("../constraints.json");

/// Where a parameter lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamIn {
    Path,
    Query,
}

/// The JSON type a query string value is converted to before validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamKind {
    String,
    Integer,
    Number,
    Boolean,
    /// `style: form, explode: true`: repeated keys make the list.
    Array,
}

pub(crate) struct Param {
    pub name: String,
    pub location: ParamIn,
    pub required: bool,
    pub kind: ParamKind,
    pub validator: Validator,
}

pub(crate) struct Operation {
    pub id: String,
    pub method: Method,
    /// Path template relative to the API base, e.g. `/documents/{documentId}`.
    pub path: String,
    pub params: Vec<Param>,
    /// The compiled `application/json` request body schema, if any.
    pub body: Option<Validator>,
    /// The vendor's request body schema (without the bound of `content`), if any.
    pub vendor_body: Option<Validator>,
    /// The vendor's `maxLength` of a `content` field of the body.
    pub content_max: Option<usize>,
    /// Per response status: the strict schema of its JSON body (`None`: no body).
    pub responses: BTreeMap<u16, Option<Arc<Validator>>>,
    /// The vendor's id and timestamp patterns of the 200 response.
    pub response_ids: Option<Validator>,
    /// `false` for operations with `security: []` (sign-up).
    pub needs_auth: bool,
}

pub(crate) struct Spec {
    /// The document as parsed, for what is read at request time.
    pub doc: Value,
    pub operations: Vec<Operation>,
    /// The strict `Error` schema, for statuses an operation does not declare.
    pub error: Option<Arc<Validator>>,
}

impl Spec {
    /// The process-wide spec (parsed and compiled on first use).
    pub fn get() -> Result<&'static Spec, String> {
        static SPEC: OnceLock<Result<Spec, String>> = OnceLock::new();
        SPEC.get_or_init(|| Spec::parse(OPENAPI_YAML, Some(VENDOR_CONSTRAINTS_JSON)))
            .as_ref()
            .map_err(Clone::clone)
    }

    #[cfg(test)]
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// Parses an OpenAPI 3.0 document (YAML or JSON) and, optionally, a
    /// vendor constraint table in the form of [`VENDOR_CONSTRAINTS_JSON`].
    pub fn parse(yaml: &str, vendor: Option<&str>) -> Result<Spec, String> {
        let doc: Value = serde_yaml_ng::from_str(yaml).map_err(|e| format!("openapi.yaml: {e}"))?;
        let vendor: Value = match vendor {
            Some(text) => serde_json::from_str(text).map_err(|e| format!("constraints: {e}"))?,
            None => json!({}),
        };
        let defs = convert_components(&doc);
        let strict_defs = strict(&defs);
        let mut strict_cache = HashMap::new();
        let error = match doc.pointer("/components/schemas/Error") {
            Some(_) => Some(compile_strict(
                &json!({"$ref": "#/components/schemas/Error"}),
                &strict_defs,
                &mut strict_cache,
            )?),
            None => None,
        };
        let global_security = doc.get("security").cloned();
        let paths = doc
            .get("paths")
            .and_then(Value::as_object)
            .ok_or("openapi.yaml has no paths")?;
        let mut operations = Vec::new();
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            let shared_params = item.get("parameters").and_then(Value::as_array);
            for (method, op) in item {
                let method = match method.as_str() {
                    "get" => Method::GET,
                    "post" => Method::POST,
                    "put" => Method::PUT,
                    "patch" => Method::PATCH,
                    "delete" => Method::DELETE,
                    _ => continue,
                };
                let id = op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("{method} {path}: no operationId"))?
                    .to_string();
                let mut params = Vec::new();
                let own = op.get("parameters").and_then(Value::as_array);
                for p in shared_params
                    .into_iter()
                    .flatten()
                    .chain(own.into_iter().flatten())
                {
                    params.push(param(&doc, &defs, p).map_err(|e| format!("{id}: {e}"))?);
                }
                let body = match op.get("requestBody") {
                    Some(rb) => {
                        let schema = rb
                            .pointer("/content/application~1json/schema")
                            .ok_or_else(|| format!("{id}: requestBody without application/json"))?;
                        Some(compile(schema, &defs).map_err(|e| format!("{id} body: {e}"))?)
                    }
                    None => None,
                };
                let constraints = vendor.pointer(&format!("/operations/{id}"));
                let mut content_max = None;
                let vendor_body = match constraints.and_then(|c| c.get("requestBody")) {
                    Some(schema) => {
                        let mut schema = schema.clone();
                        if let Some(content) = schema.pointer_mut("/properties/content") {
                            if let Some(m) = content.as_object_mut() {
                                content_max = m
                                    .remove("maxLength")
                                    .and_then(|v| v.as_u64())
                                    .map(|n| usize::try_from(n).unwrap_or(usize::MAX));
                            }
                        }
                        Some(
                            compile(&schema, &json!({}))
                                .map_err(|e| format!("{id} vendor body: {e}"))?,
                        )
                    }
                    None => None,
                };
                let response_ids = match constraints.and_then(|c| c.get("responseIds")) {
                    Some(schema) => Some(
                        compile(schema, &json!({})).map_err(|e| format!("{id} vendor ids: {e}"))?,
                    ),
                    None => None,
                };
                let mut responses = BTreeMap::new();
                for (code, response) in op
                    .get("responses")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let Ok(code) = code.parse::<u16>() else {
                        continue;
                    };
                    let response = resolve_any(&doc, response);
                    let schema = match response.pointer("/content/application~1json/schema") {
                        Some(schema) => Some(
                            compile_strict(schema, &strict_defs, &mut strict_cache)
                                .map_err(|e| format!("{id} response {code}: {e}"))?,
                        ),
                        None => None,
                    };
                    responses.insert(code, schema);
                }
                let security = op.get("security").or(global_security.as_ref());
                let needs_auth = match security.and_then(Value::as_array) {
                    Some(list) => !list.is_empty(),
                    None => true,
                };
                operations.push(Operation {
                    id,
                    method,
                    path: path.clone(),
                    params,
                    body,
                    vendor_body,
                    content_max,
                    responses,
                    response_ids,
                    needs_auth,
                });
            }
        }
        Ok(Spec {
            doc,
            operations,
            error,
        })
    }
}

fn param(doc: &Value, defs: &Value, p: &Value) -> Result<Param, String> {
    let p = match p.get("$ref").and_then(Value::as_str) {
        Some(r) => doc
            .pointer(r.trim_start_matches('#'))
            .ok_or_else(|| format!("unresolved {r}"))?,
        None => p,
    };
    let name = p
        .get("name")
        .and_then(Value::as_str)
        .ok_or("parameter without name")?;
    let location = match p.get("in").and_then(Value::as_str) {
        Some("path") => ParamIn::Path,
        Some("query") => ParamIn::Query,
        other => return Err(format!("parameter {name}: unsupported location {other:?}")),
    };
    let schema = p.get("schema").cloned().unwrap_or_else(|| json!({}));
    let resolved = resolve(doc, &schema);
    let kind = match resolved.get("type").and_then(Value::as_str) {
        Some("array") => ParamKind::Array,
        Some("integer") => ParamKind::Integer,
        Some("number") => ParamKind::Number,
        Some("boolean") => ParamKind::Boolean,
        _ => ParamKind::String,
    };
    Ok(Param {
        name: name.to_string(),
        location,
        required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
        kind,
        validator: compile(&schema, defs).map_err(|e| format!("parameter {name}: {e}"))?,
    })
}

/// Follows one `#/components/schemas/X` reference, if `schema` is one.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap_or(schema),
        None => schema,
    }
}

/// Follows any local `$ref` (e.g. `#/components/responses/Error400`).
fn resolve_any<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap_or(value),
        None => value,
    }
}

/// Every object schema with `properties` and no `additionalProperties`
/// gets `additionalProperties: false`: responses may carry no field the
/// spec does not name.
fn strict(schema: &Value) -> Value {
    match schema {
        Value::Object(m) => {
            let mut out: Map<String, Value> =
                m.iter().map(|(k, v)| (k.clone(), strict(v))).collect();
            if m.contains_key("properties") && !m.contains_key("additionalProperties") {
                out.insert("additionalProperties".into(), Value::Bool(false));
            }
            // `properties` maps names to schemas: a property named like a
            // keyword must not be taken for one, so rebuild it explicitly.
            if let Some(Value::Object(props)) = m.get("properties") {
                out.insert(
                    "properties".into(),
                    Value::Object(props.iter().map(|(k, v)| (k.clone(), strict(v))).collect()),
                );
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(strict).collect()),
        other => other.clone(),
    }
}

/// Compiles `schema` (OpenAPI form) against already strict, converted
/// `$defs`, sharing validators between identical schemas.
fn compile_strict(
    schema: &Value,
    strict_defs: &Value,
    cache: &mut HashMap<String, Arc<Validator>>,
) -> Result<Arc<Validator>, String> {
    let key = schema.to_string();
    if let Some(v) = cache.get(&key) {
        return Ok(v.clone());
    }
    let converted = strict(&to_json_schema(schema));
    let mut root = match converted {
        Value::Object(m) => m,
        other => {
            let mut m = Map::new();
            m.insert("allOf".into(), json!([other]));
            m
        }
    };
    root.insert("$defs".into(), strict_defs.clone());
    let v = Arc::new(
        jsonschema::draft202012::options()
            .build(&Value::Object(root))
            .map_err(|e| e.to_string())?,
    );
    cache.insert(key, v.clone());
    Ok(v)
}

/// All component schemas, converted, as a `$defs` object.
fn convert_components(doc: &Value) -> Value {
    let mut defs = Map::new();
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            defs.insert(name.clone(), to_json_schema(schema));
        }
    }
    Value::Object(defs)
}

fn compile(schema: &Value, defs: &Value) -> Result<Validator, String> {
    let mut root = match to_json_schema(schema) {
        Value::Object(m) => m,
        other => {
            let mut m = Map::new();
            m.insert("allOf".into(), json!([other]));
            m
        }
    };
    root.insert("$defs".into(), defs.clone());
    jsonschema::draft202012::options()
        .build(&Value::Object(root))
        .map_err(|e| e.to_string())
}

/// OpenAPI 3.0 schema object → JSON Schema 2020-12: `nullable: true` adds
/// `"null"` to the type (and to an `enum`), `#/components/schemas/X` becomes
/// `#/$defs/X`, `oneOf` is read as `anyOf`, and OpenAPI-only keywords are
/// dropped.
pub(crate) fn to_json_schema(schema: &Value) -> Value {
    let Some(obj) = schema.as_object() else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (k, v) in obj {
        match k.as_str() {
            "$ref" => {
                let r = v.as_str().unwrap_or_default();
                let r = match r.strip_prefix("#/components/schemas/") {
                    Some(name) => format!("#/$defs/{name}"),
                    None => r.to_string(),
                };
                out.insert(k.clone(), Value::String(r));
            }
            "nullable" | "example" | "xml" | "discriminator" | "externalDocs" | "readOnly"
            | "writeOnly" | "deprecated" | "style" | "explode" => {}
            "properties" | "patternProperties" => {
                let props = v
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(name, s)| (name.clone(), to_json_schema(s)))
                            .collect::<Map<_, _>>()
                    })
                    .unwrap_or_default();
                out.insert(k.clone(), Value::Object(props));
            }
            "items" | "additionalProperties" | "not" => {
                out.insert(k.clone(), to_json_schema(v));
            }
            "anyOf" | "oneOf" | "allOf" => {
                let list = v
                    .as_array()
                    .map(|a| a.iter().map(to_json_schema).collect())
                    .unwrap_or_default();
                // The live export's `oneOf`s overlap (`GroundTruthValue`:
                // several nullable branches, so `null` matches more than
                // one); the API takes a value that matches any of them.
                let key = if k == "oneOf" { "anyOf" } else { k.as_str() };
                out.insert(key.to_string(), Value::Array(list));
            }
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    if obj.get("nullable").and_then(Value::as_bool) == Some(true) {
        if let Some(Value::String(t)) = out.get("type").cloned() {
            out.insert("type".into(), json!([t, "null"]));
        }
        if let Some(Value::Array(values)) = out.get_mut("enum") {
            values.push(Value::Null);
        }
        if ["$ref", "anyOf", "oneOf", "allOf"]
            .iter()
            .any(|key| out.contains_key(*key))
        {
            let inner = Value::Object(std::mem::take(&mut out));
            out.insert("anyOf".into(), json!([inner, {"type": "null"}]));
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_operations_have_unique_ids() {
        let spec = Spec::get().expect("spec");
        let ids: std::collections::BTreeSet<&str> =
            spec.operations.iter().map(|op| op.id.as_str()).collect();
        assert!(!ids.is_empty());
        assert_eq!(
            ids.len(),
            spec.operations.len(),
            "an operationId is used twice"
        );
        assert!(!spec.operation("signUp").expect("signUp").needs_auth);
        assert!(spec.operation("listDocuments").expect("op").needs_auth);
    }

    #[test]
    fn a_nullable_all_of_admits_null() {
        let s = to_json_schema(&json!({
            "allOf": [{"$ref": "#/components/schemas/X"}],
            "nullable": true
        }));
        assert_eq!(
            s,
            json!({"anyOf": [{"allOf": [{"$ref": "#/$defs/X"}]}, {"type": "null"}]})
        );
    }

    #[test]
    fn nullable_becomes_null_type() {
        let s = to_json_schema(&json!({"type": "string", "nullable": true}));
        assert_eq!(s, json!({"type": ["string", "null"]}));
        let r = to_json_schema(&json!({"$ref": "#/components/schemas/Order"}));
        assert_eq!(r, json!({"$ref": "#/$defs/Order"}));
    }

    #[test]
    fn body_schemas_validate() {
        let spec = Spec::get().expect("spec");
        let v = spec
            .operation("createDocument")
            .and_then(|o| o.body.as_ref())
            .expect("body");
        assert!(v.is_valid(&json!({"content": "aGVsbG8=", "contentType": "image/png"})));
        // The live API takes a document's details alone (bytes go to its fileUrl).
        assert!(v.is_valid(&json!({"content": "aGVsbG8="})));
        assert!(v.is_valid(&json!({"name": "invoice.pdf"})));
        assert!(!v.is_valid(&json!({"content": "aGVsbG8=", "contentType": "text/plain"})));
        assert!(!v.is_valid(&json!({"content": 1, "contentType": "image/png"})));
        let gt = json!({"content": "x", "contentType": "image/png",
            "groundTruth": [{"label": "a", "value": null}, {"label": "b", "value": true}]});
        assert!(v.is_valid(&gt));
        let m = spec
            .operation("createModel")
            .and_then(|o| o.body.as_ref())
            .expect("body");
        assert!(m.is_valid(&json!({"width": 1, "height": 1, "fieldConfig": {}, "name": null})));
        assert!(!m.is_valid(&json!({"width": 1, "height": 1,
            "fieldConfig": {"total": {"type": "nope", "maxLength": 3}}})));
    }
}
