//! Coverage as sets, computed from openapi.yaml: for every operation, a
//! generated `las-api` method, an async handler method (the manifest), a
//! blocking method (in the generated blocking file),
//! a route of the in-memory server, a decode case and a contract case.
//! Prints one line per column and names every operation a column lacks.

use std::collections::BTreeSet;

use las_client::manifest::OPERATIONS;
use las_emulator::Emulator;

/// (operationId, HTTP method, path template) of every operation.
fn spec_operations() -> Vec<(String, String, String)> {
    let spec: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&workspace_file("openapi.yaml")).expect("openapi.yaml parses");
    let mut out = Vec::new();
    let paths = spec["paths"].as_mapping().expect("openapi.yaml has paths");
    for (path, item) in paths {
        let path = path.as_str().expect("paths are strings");
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            if let Some(id) = item[method]["operationId"].as_str() {
                out.push((id.to_string(), method.to_uppercase(), path.to_string()));
            }
        }
    }
    out
}

fn workspace_file(path: &str) -> String {
    let full = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// `getDataBundle` → `get_data_bundle` (progenitor's method names).
fn snake(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whitespace removed, so that formatting never hides a case.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Whether the in-memory server routes `method path` (ids filled in): any
/// answer but the router's own 404 `Not Found` or 405.
async fn routed(http: &reqwest::Client, emu: &Emulator, method: &str, path: &str) -> bool {
    let concrete: String = path
        .split('/')
        .map(|seg| {
            if seg.starts_with('{') {
                "las:thing:coverage"
            } else {
                seg
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    let url = format!("{}{concrete}", emu.api_endpoint());
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
    let response = http
        .request(method, url)
        .header("x-api-key", emu.api_key())
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .expect("the in-memory server answers");
    let status = response.status().as_u16();
    let body: serde_json::Value = response.json().await.unwrap_or_default();
    let no_route = status == 405 || (status == 404 && body["message"] == "Not Found");
    !no_route
}

#[tokio::test]
async fn every_operation_is_covered_in_every_column() {
    let spec = spec_operations();
    assert!(!spec.is_empty(), "openapi.yaml has operations");
    let api = squash(&workspace_file("las-api/src/generated.rs"));
    let blocking = squash(&workspace_file("las-client/src/generated/blocking.rs"));
    let decode = squash(&workspace_file("las-api/tests/decode_every_operation.rs"));
    let contract = squash(&workspace_file("las-client/tests/contract_prism.rs"));
    let emu = Emulator::start().await.expect("start the in-memory server");
    let http = reqwest::Client::new();

    let columns = [
        "las-api", "async", "blocking", "emulator", "decode", "contract",
    ];
    let mut missing: Vec<Vec<String>> = vec![Vec::new(); columns.len()];
    for (id, method, path) in &spec {
        let snake = snake(id);
        let entry = OPERATIONS.iter().find(|op| op.operation_id == id);
        let route = format!("{method} {path}");
        let has = [
            api.contains(&format!("pubasyncfn{snake}<")),
            entry.is_some_and(|op| op.route == route),
            entry.is_some_and(|op| {
                let method = op.method.rsplit('.').next().unwrap_or(op.method);
                blocking.contains(&format!("Blockingformof[`{}::{method}`]", op.handler))
            }),
            routed(&http, &emu, method, path).await,
            decode.contains(&format!(".{snake}(")),
            contract.contains(&format!("case!(\"{id}\"")),
        ];
        for (column, ok) in has.iter().enumerate() {
            if !ok {
                missing[column].push(id.clone());
            }
        }
    }
    let spec_ids: BTreeSet<&str> = spec.iter().map(|(id, _, _)| id.as_str()).collect();
    let unknown: Vec<&str> = OPERATIONS
        .iter()
        .map(|op| op.operation_id)
        .filter(|id| !spec_ids.contains(id))
        .collect();

    let total = spec.len();
    for (column, lacking) in columns.iter().zip(&missing) {
        let line = format!("{column:<9} {}/{total}", total - lacking.len());
        if lacking.is_empty() {
            println!("{line}");
        } else {
            println!("{line}  missing: {}", lacking.join(", "));
        }
    }
    assert!(
        missing.iter().all(Vec::is_empty),
        "a column is not full (see the lines above)"
    );
    assert!(
        unknown.is_empty(),
        "the manifest names operations openapi.yaml does not have: {unknown:?}"
    );
}
