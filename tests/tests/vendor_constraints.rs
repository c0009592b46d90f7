//! `tests/constraints.json` — the request-body constraints and response id
//! patterns the emulator enforces — is exactly what a fresh extraction from
//! the vendor's OpenAPI export gives.
//!
//! The export is read from `$LAS_VENDOR_OAS`, else from
//! `<workspace>/../shared/upstream/lucidtech-oas-2021-11-04.json`; when it is
//! absent the test says so and passes (the crate ships the extracted table).
//!
//! Regenerate the table after a change of the export or of openapi.yaml:
//!
//! ```sh
//! LAS_UPDATE_CONSTRAINTS=1 cargo test -p las-emulator --test vendor_constraints
//! ```
//!
//! What is extracted, per operation of openapi.yaml (matched to the export by
//! method and path):
//! - `requestBody`: the export's `application/json` request-body schema,
//!   `$ref`s inlined, as published (OpenAPI 3.0: `nullable`, `pattern`,
//!   bounds, `additionalProperties: false`, `minProperties`, …);
//! - `responseIds`: the export's 200 response schema reduced to its
//!   `pattern` keywords (with the `properties`, `items`,
//!   `additionalProperties` and `anyOf`/`oneOf` that lead to them): the id
//!   and timestamp formats every answer must follow.

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

const EXPORT: &str = "lucidtech-oas-2021-11-04.json";

fn export_path() -> PathBuf {
    match std::env::var_os("LAS_VENDOR_OAS") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/upstream")
            .join(EXPORT),
    }
}

fn table_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("constraints.json")
}

/// Inlines every `#/...` `$ref` of `schema` (the export has no cycles).
fn inline(doc: &Value, schema: &Value, depth: usize) -> Value {
    assert!(depth < 64, "reference cycle in the export");
    match schema {
        Value::Object(m) => {
            if let Some(r) = m.get("$ref").and_then(Value::as_str) {
                let target = doc
                    .pointer(r.trim_start_matches('#'))
                    .unwrap_or_else(|| panic!("unresolved {r}"));
                return inline(doc, target, depth + 1);
            }
            Value::Object(
                m.iter()
                    .map(|(k, v)| (k.clone(), inline(doc, v, depth + 1)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(|v| inline(doc, v, depth + 1)).collect()),
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

fn extract(export: &Value, openapi: &Value) -> Value {
    let mut operations = Map::new();
    let paths = openapi["paths"].as_object().expect("openapi.yaml paths");
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("path item") {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let vendor = export
                .pointer(&format!(
                    "/paths/{}/{method}",
                    path.replace('~', "~0").replace('/', "~1")
                ))
                .unwrap_or_else(|| panic!("{id}: {method} {path} is not in the export"));
            let mut entry = Map::new();
            if let Some(body) = vendor.pointer("/requestBody/content/application~1json/schema") {
                entry.insert("requestBody".into(), inline(export, body, 0));
            }
            if let Some(ok) = vendor.pointer("/responses/200/content/application~1json/schema") {
                if let Some(p) = patterns_only(&inline(export, ok, 0)) {
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
        "regenerate": "LAS_UPDATE_CONSTRAINTS=1 cargo test -p las-emulator --test vendor_constraints",
        "operations": operations,
    })
}

#[test]
fn constraints_json_is_a_fresh_extraction_of_the_vendor_export() {
    let path = export_path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!(
            "vendor_constraints: {} not found (set LAS_VENDOR_OAS to its path); \
             the checked-in table is not compared",
            path.display()
        );
        return;
    };
    let export: Value = serde_json::from_str(&text).expect("export is JSON");
    let openapi: Value =
        serde_yaml_ng::from_str(las_emulator::OPENAPI_YAML).expect("openapi.yaml parses");
    let fresh = extract(&export, &openapi);
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
}
