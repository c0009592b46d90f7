//! A spec change is a regeneration: an operation and a query parameter
//! added to a copy of openapi.yaml reach the async client, the blocking
//! client and the manifest with no hand-written line.

use openapiv3::OpenAPI;
use serde_json::{json, Value};

use super::{render, Config};

fn workspace_file(path: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// openapi.yaml with the `widgets` operations (not in the API) and a `tag` filter
/// on `listPredictions`.
fn grown_spec() -> OpenAPI {
    let mut spec: Value = serde_yaml_ng::from_str(&workspace_file("openapi.yaml")).unwrap();
    let errors = json!({
        "200": {"description": "200 response", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/REPLACE"}}}},
        "403": {"$ref": "#/components/responses/Error403"}
    });
    let responses = |schema: &str| {
        let text = errors.to_string().replace("REPLACE", schema);
        serde_json::from_str::<Value>(&text).unwrap()
    };
    spec["paths"]["/widgets"] = json!({"get": {
        "operationId": "listWidgets",
        "summary": "List widgets",
        "parameters": [
            {"name": "nextToken", "in": "query", "schema": {"type": "string"}},
            {"name": "maxResults", "in": "query", "schema": {"type": "integer", "minimum": 1}}
        ],
        "responses": responses("Widgets")
    }});
    spec["paths"]["/widgets/{widgetId}"] = json!({"get": {
        "operationId": "getWidget",
        "summary": "Get a widget",
        "parameters": [{"name": "widgetId", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": responses("Widget")
    }});
    spec["components"]["schemas"]["Widget"] = json!({
        "type": "object",
        "required": ["widgetId"],
        "properties": {"widgetId": {"type": "string"}, "name": {"type": "string", "nullable": true}}
    });
    spec["components"]["schemas"]["Widgets"] = json!({
        "type": "object",
        "required": ["widgets", "nextToken"],
        "properties": {
            "nextToken": {"type": "string", "nullable": true},
            "widgets": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}
        }
    });
    let params = spec["paths"]["/predictions"]["get"]["parameters"]
        .as_array_mut()
        .unwrap();
    params.push(json!({"name": "tag", "in": "query", "schema": {"type": "string"}}));
    serde_json::from_value(spec).unwrap()
}

fn file<'a>(files: &'a [super::File], name: &str) -> &'a str {
    let path = format!("{}/{name}", super::OUT_DIR);
    files
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("{path} was not generated"))
}

/// Whitespace-insensitive `contains`.
fn has(text: &str, wanted: &str) -> bool {
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    squash(text).contains(&squash(wanted))
}

#[test]
fn an_added_operation_and_query_parameter_reach_every_client() {
    let spec = grown_spec();
    let api_code = crate::generate::render(&spec).expect("las-api generates");
    let config = Config::parse(&workspace_file("xtask/sdk.yaml")).unwrap();
    let (files, warnings) =
        render(&spec, &config, &api_code, None).expect("the SDK layer generates");

    for (path, text) in &files {
        syn::parse_file(text).unwrap_or_else(|e| panic!("{path} does not parse: {e}"));
    }
    // Unknown operations are named from the spec, with a warning each.
    assert!(
        warnings.iter().any(|w| w.starts_with("listWidgets:")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.starts_with("getWidget:")),
        "{warnings:?}"
    );

    let widgets = file(&files, "widgets.rs");
    assert!(
        has(widgets, "pub fn widgets(&self) -> Widgets"),
        "{widgets}"
    );
    assert!(
        has(widgets, "pub fn list(&self) -> ListWidgets"),
        "{widgets}"
    );
    assert!(
        has(widgets, "impl crate::paginate::FetchPage for ListWidgets"),
        "{widgets}"
    );
    assert!(
        has(
            widgets,
            "crate::resources::list_request!(ListWidgets: types::Widgets => types::Widget"
        ),
        "{widgets}"
    );
    assert!(
        has(widgets, "pub fn get(&self, widget_id: &str) -> GetWidget"),
        "{widgets}"
    );
    assert!(
        has(widgets, r#"ids::check("widget_id", &src.widget_id)?"#),
        "{widgets}"
    );
    assert!(
        has(
            widgets,
            "crate::resources::request_future!(GetWidget => types::Widget)"
        ),
        "{widgets}"
    );

    let predictions = file(&files, "predictions.rs");
    assert!(
        has(
            predictions,
            "pub fn tag(mut self, tag: impl Into<String>) -> Self"
        ),
        "{predictions}"
    );
    assert!(
        has(predictions, "let tag = src.tag.as_deref();"),
        "{predictions}"
    );

    let blocking = file(&files, "blocking.rs");
    assert!(
        has(blocking, "pub fn widgets(&self) -> Widgets"),
        "{blocking}"
    );
    assert!(
        has(blocking, "pub fn list(&self) -> ListWidgets"),
        "{blocking}"
    );
    assert!(
        has(blocking, "pub fn items(self) -> Items<types::Widget>"),
        "{blocking}"
    );
    assert!(
        has(
            blocking,
            "pub fn get(&self, widget_id: &str) -> Result<types::Widget>"
        ),
        "{blocking}"
    );
    assert!(
        has(blocking, "self.inner = self.inner.tag(tag);"),
        "the blocking ListPredictions forwards the new filter"
    );

    let manifest = file(&files, "manifest.rs");
    assert!(
        has(
            manifest,
            r#"operation_id: "listWidgets", route: "GET /widgets", method: "widgets().list""#
        ),
        "{manifest}"
    );
    assert!(
        has(
            manifest,
            r#"operation_id: "getWidget", route: "GET /widgets/{widgetId}", method: "widgets().get""#
        ),
        "{manifest}"
    );

    let modules = file(&files, "mod.rs");
    assert!(has(modules, "pub mod widgets;"), "{modules}");
}

#[test]
fn every_operation_has_a_configured_entry_and_every_union_named_variants() {
    // The same inputs as `cargo xtask generate --check`, without rustfmt:
    // every operation of openapi.yaml is in the manifest.
    let mut spec: OpenAPI = serde_yaml_ng::from_str(&workspace_file("openapi.yaml")).unwrap();
    let config = Config::parse(&workspace_file("xtask/sdk.yaml")).unwrap();
    super::name_variants(&mut spec, &config).unwrap();
    let api_code = crate::generate::render(&spec).unwrap();
    // Unions read like the domain: no positional variant names.
    for n in 0..10 {
        assert!(
            !api_code.contains(&format!("Variant{n}(")),
            "an unnamed union member: Variant{n}"
        );
    }
    let (files, warnings) = render(&spec, &config, &api_code, None).unwrap();
    assert!(
        warnings.is_empty(),
        "every operation has an entry in xtask/sdk.yaml: {warnings:?}"
    );
    let manifest = file(&files, "manifest.rs");
    for (_, item) in spec.paths.paths.iter() {
        let item = item.as_item().unwrap();
        for (_, op) in item.iter() {
            let id = op.operation_id.as_deref().unwrap();
            assert!(manifest.contains(&format!("operation_id: {id:?}")), "{id}");
        }
    }
}
