//! `tests/constraints.json` — the request-body constraints and response id
//! patterns the emulator enforces — is exactly what a fresh extraction from
//! the vendor's OpenAPI exports gives: the live one (2024-11-29) for every
//! operation it has, the 2021-11-04 one for the retired surface.
//!
//! The exports are read from `$LAS_VENDOR_OAS` (the live one) and
//! `$LAS_VENDOR_OAS_2021`, else from `<workspace>/../shared/upstream/`; when
//! one is absent the test says so and passes (the crate ships the extracted
//! table).
//!
//! Regenerate the table after a change of the export or of openapi.yaml:
//!
//! ```sh
//! LAS_UPDATE_CONSTRAINTS=1 cargo test -p las-emulator --test vendor_constraints
//! ```
//!
//! What is extracted, per operation of openapi.yaml (matched to the live
//! export by method and path; an operation only the 2021 export has is taken
//! from it whole, and `source` names it):
//! - `requestBody`: the export's `application/json` request-body schema,
//!   `$ref`s inlined, as published (OpenAPI 3.0: `nullable`, `pattern`,
//!   bounds, `additionalProperties: false`, `minProperties`, …). A top-level
//!   body field that openapi.yaml keeps from the retired surface
//!   (`deprecated`, absent from the live export) gets its 2021 schema, so
//!   code written against the earlier API keeps working; the live export's
//!   `required` list stands;
//! - `responseIds`: the export's 200 response schema reduced to its
//!   `pattern` keywords (with the `properties`, `items`,
//!   `additionalProperties` and `anyOf`/`oneOf` that lead to them): the id
//!   and timestamp formats every answer must follow.

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

const EXPORT: &str = "lucidtech-oas-2024-11-29.json";
const EXPORT_2021: &str = "lucidtech-oas-2021-11-04.json";

fn export_path(var: &str, file: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/upstream")
            .join(file),
    }
}

fn table_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("constraints.json")
}

/// Inlines every `#/...` `$ref` of `schema`. A reference back into one being
/// inlined (the live export's `groundTruthList` holds itself) becomes `{}`:
/// the constraint stops there, and openapi.yaml's schema still checks the
/// deeper levels.
fn inline(doc: &Value, schema: &Value, depth: usize) -> Value {
    inline_within(doc, schema, depth, &mut Vec::new())
}

fn inline_within(doc: &Value, schema: &Value, depth: usize, open: &mut Vec<String>) -> Value {
    assert!(depth < 64, "schema too deep in the export");
    match schema {
        Value::Object(m) => {
            if let Some(r) = m.get("$ref").and_then(Value::as_str) {
                if open.iter().any(|o| o == r) {
                    return json!({});
                }
                let target = doc
                    .pointer(r.trim_start_matches('#'))
                    .unwrap_or_else(|| panic!("unresolved {r}"));
                open.push(r.to_string());
                let out = inline_within(doc, target, depth + 1, open);
                open.pop();
                return out;
            }
            Value::Object(
                m.iter()
                    .map(|(k, v)| (k.clone(), inline_within(doc, v, depth + 1, open)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|v| inline_within(doc, v, depth + 1, open))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The schema reduced to its `pattern`s and the structure leading to them;
/// `None` when nothing is left.
fn patterns_only(schema: &Value) -> Option<Value> {
    let m = schema.as_object()?;
    let mut out = Map::new();
    if let Some(p) = m.get("pattern") {
        out.insert("pattern".into(), p.clone());
    }
    if let Some(props) = m.get("properties").and_then(Value::as_object) {
        let kept: Map<String, Value> = props
            .iter()
            .filter_map(|(k, v)| patterns_only(v).map(|p| (k.clone(), p)))
            .collect();
        if !kept.is_empty() {
            out.insert("properties".into(), Value::Object(kept));
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(p) = m.get(key).and_then(patterns_only) {
            out.insert(key.into(), p);
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(list) = m.get(key).and_then(Value::as_array) {
            let reduced: Vec<Option<Value>> = list.iter().map(patterns_only).collect();
            if reduced.iter().any(Option::is_some) {
                // A member without patterns accepts anything: keep it as {}.
                let members = reduced
                    .into_iter()
                    .map(|r| r.unwrap_or_else(|| json!({})))
                    .collect();
                out.insert("anyOf".into(), Value::Array(members));
            }
        }
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

/// The request-body properties openapi.yaml keeps from the retired surface
/// (marked `deprecated`), by name.
fn retired_body_fields(openapi: &Value, op: &Value) -> Vec<String> {
    let Some(body) = op.pointer("/requestBody/content/application~1json/schema") else {
        return Vec::new();
    };
    let body = inline(openapi, body, 0);
    body["properties"]
        .as_object()
        .map(|props| {
            props
                .iter()
                .filter(|(_, p)| p["deprecated"] == true)
                .map(|(k, _)| k.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn extract(export: &Value, export_2021: &Value, openapi: &Value) -> Value {
    let mut operations = Map::new();
    let paths = openapi["paths"].as_object().expect("openapi.yaml paths");
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("path item") {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let pointer = format!(
                "/paths/{}/{method}",
                path.replace('~', "~0").replace('/', "~1")
            );
            let mut entry = Map::new();
            let (vendor, doc) = match export.pointer(&pointer) {
                Some(v) => (v, export),
                None => {
                    let v = export_2021
                        .pointer(&pointer)
                        .unwrap_or_else(|| panic!("{id}: {method} {path} is in neither export"));
                    entry.insert("source".into(), json!(EXPORT_2021));
                    (v, export_2021)
                }
            };
            let retired_pointer = format!("{pointer}/requestBody/content/application~1json/schema");
            if let Some(body) = vendor.pointer("/requestBody/content/application~1json/schema") {
                let mut body = inline(doc, body, 0);
                let old = export_2021
                    .pointer(&retired_pointer)
                    .map(|b| inline(export_2021, b, 0));
                for field in retired_body_fields(openapi, op) {
                    let kept = old
                        .as_ref()
                        .and_then(|o| o.pointer(&format!("/properties/{field}")));
                    if let (Some(kept), Some(props)) = (
                        kept,
                        body.get_mut("properties").and_then(Value::as_object_mut),
                    ) {
                        props.entry(field).or_insert_with(|| kept.clone());
                    }
                }
                entry.insert("requestBody".into(), body);
            }
            if let Some(ok) = vendor.pointer("/responses/200/content/application~1json/schema") {
                if let Some(p) = patterns_only(&inline(doc, ok, 0)) {
                    entry.insert("responseIds".into(), p);
                }
            }
            if !entry.is_empty() {
                operations.insert(id.to_string(), Value::Object(entry));
            }
        }
    }
    json!({
        "source": EXPORT,
        "sourceVersion": export["info"]["version"],
        "retiredSource": EXPORT_2021,
        "retiredSourceVersion": export_2021["info"]["version"],
        "regenerate": "LAS_UPDATE_CONSTRAINTS=1 cargo test -p las-emulator --test vendor_constraints",
        "operations": operations,
    })
}

#[test]
fn constraints_json_is_a_fresh_extraction_of_the_vendor_export() {
    let path = export_path("LAS_VENDOR_OAS", EXPORT);
    let path_2021 = export_path("LAS_VENDOR_OAS_2021", EXPORT_2021);
    let (Ok(text), Ok(text_2021)) = (
        std::fs::read_to_string(&path),
        std::fs::read_to_string(&path_2021),
    ) else {
        println!(
            "vendor_constraints: {} or {} not found (set LAS_VENDOR_OAS and \
             LAS_VENDOR_OAS_2021 to their paths); the checked-in table is not compared",
            path.display(),
            path_2021.display()
        );
        return;
    };
    let export: Value = serde_json::from_str(&text).expect("export is JSON");
    let export_2021: Value = serde_json::from_str(&text_2021).expect("2021 export is JSON");
    let openapi: Value =
        serde_yaml_ng::from_str(las_emulator::OPENAPI_YAML).expect("openapi.yaml parses");
    let fresh = extract(&export, &export_2021, &openapi);
    if std::env::var("LAS_UPDATE_CONSTRAINTS").is_ok_and(|v| v == "1") {
        let mut text = serde_json::to_string_pretty(&fresh).expect("serialise");
        text.push('\n');
        std::fs::write(table_path(), text).expect("write constraints.json");
        return;
    }
    let checked_in: Value = serde_json::from_str(
        &std::fs::read_to_string(table_path()).expect("tests/constraints.json exists"),
    )
    .expect("constraints.json is JSON");
    assert!(
        checked_in == fresh,
        "tests/constraints.json differs from a fresh extraction of {}; regenerate it with \
         LAS_UPDATE_CONSTRAINTS=1 cargo test -p las-emulator --test vendor_constraints",
        path.display()
    );
}

#[test]
fn the_table_the_crate_embeds_is_this_file() {
    let file: Value =
        serde_json::from_str(&std::fs::read_to_string(table_path()).expect("read")).expect("json");
    let embedded: Value =
        serde_json::from_str(las_emulator::VENDOR_CONSTRAINTS_JSON).expect("embedded json");
    assert_eq!(file, embedded);
    let ops = file["operations"].as_object().expect("operations");
    for id in [
        "createDataset",
        "createModel",
        "createTransition",
        "createUser",
    ] {
        assert!(ops[id]["requestBody"].is_object(), "{id} has a body schema");
    }
    assert_eq!(
        file.pointer("/operations/createDataBundle/responseIds/properties/dataBundleId/pattern"),
        Some(&json!("^las:model-data-bundle:[a-f0-9]{32}$"))
    );
    // The live export: a document's details alone; trainings and
    // transformations have their bodies.
    let create_document = &ops["createDocument"]["requestBody"];
    assert!(create_document["required"]
        .as_array()
        .is_none_or(|r| !r.contains(&json!("content"))));
    for id in [
        "createTraining",
        "createTransformation",
        "createOrganization",
    ] {
        assert!(ops[id]["requestBody"].is_object(), "{id} has a body schema");
    }
    // The retired surface: fields openapi.yaml keeps get their 2021 bounds;
    // operations only the 2021 export has name it as their source.
    assert_eq!(
        file.pointer("/operations/createModel/requestBody/properties/width/minimum"),
        Some(&json!(97))
    );
    assert_eq!(ops["signUp"]["source"], json!(EXPORT_2021));
}
