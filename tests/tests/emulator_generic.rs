//! An operation without hand-written behaviour is served from the spec
//! alone: a copy of openapi.yaml with a `labels` resource the API does not have (and a
//! create, update and delete beside them) is served with no line of
//! emulator code for them, every answer valid against the copy's schemas.

use las_emulator::{Emulator, OPENAPI_YAML};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::{s, Api};

/// openapi.yaml plus `/labels` and `/labels/{labelId}`.
fn spec_with_labels() -> String {
    let mut doc: Value = serde_yaml_ng::from_str(OPENAPI_YAML).expect("openapi.yaml");
    let security = json!([{"oauth2": []}, {"api_key": []}]);
    let ok = |schema: &str| {
        json!({"200": {"description": "200 response", "content": {"application/json": {
            "schema": {"$ref": format!("#/components/schemas/{schema}")}}}},
            "400": {"$ref": "#/components/responses/Error400"},
            "404": {"$ref": "#/components/responses/Error404"}})
    };
    let body = |schema: &str| {
        json!({"required": true, "content": {"application/json": {
            "schema": {"$ref": format!("#/components/schemas/{schema}")}}}})
    };
    let label_id =
        json!([{"name": "labelId", "in": "path", "required": true, "schema": {"type": "string"}}]);
    doc["paths"]["/labels"] = json!({
        "get": {"operationId": "listLabels", "parameters": [
            {"name": "maxResults", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {"name": "nextToken", "in": "query", "schema": {"type": "string"}}],
            "responses": ok("Labels"), "security": security},
        "post": {"operationId": "createLabel", "requestBody": body("PostLabels"),
            "responses": ok("Label"), "security": security},
    });
    doc["paths"]["/labels/{labelId}"] = json!({
        "parameters": label_id,
        "get": {"operationId": "getLabel", "responses": ok("Label"), "security": security},
        "patch": {"operationId": "updateLabel", "requestBody": body("PatchLabelId"),
            "responses": ok("Label"), "security": security},
        "delete": {"operationId": "deleteLabel", "responses": ok("Label"), "security": security},
    });
    let schemas = &mut doc["components"]["schemas"];
    schemas["Label"] = json!({"type": "object",
        "required": ["labelId", "name", "description", "permissions", "createdTime", "createdBy", "updatedTime", "updatedBy"],
        "properties": {
            "labelId": {"type": "string"},
            "name": {"type": "string", "nullable": true},
            "description": {"type": "string", "nullable": true},
            "permissions": {"type": "array", "items": {"type": "string"}},
            "createdTime": {"type": "string", "nullable": true},
            "createdBy": {"type": "string", "nullable": true},
            "updatedTime": {"type": "string", "nullable": true},
            "updatedBy": {"type": "string", "nullable": true}}});
    schemas["Labels"] = json!({"type": "object", "required": ["labels", "nextToken"],
        "properties": {"labels": {"type": "array", "items": {"$ref": "#/components/schemas/Label"}},
                       "nextToken": {"type": "string", "nullable": true}}});
    schemas["PostLabels"] = json!({"type": "object", "additionalProperties": false,
        "properties": {"name": {"type": "string", "nullable": true},
                       "permissions": {"type": "array", "items": {"type": "string"}}}});
    schemas["PatchLabelId"] = json!({"type": "object", "additionalProperties": false,
        "properties": {"name": {"type": "string", "nullable": true},
                       "description": {"type": "string", "nullable": true}}});
    serde_yaml_ng::to_string(&doc).expect("yaml")
}

#[tokio::test]
async fn labels_are_served_from_the_spec_alone() {
    let emu = Emulator::builder()
        .spec(spec_with_labels())
        .self_check(true)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);

    let label = api
        .post(
            "/labels",
            json!({"name": "reviewer", "permissions": ["read"]}),
        )
        .await;
    let id = s(&label, "labelId");
    assert!(las_emulator::is_las_id(&id, "label"), "{id}");
    assert_eq!(label["name"], "reviewer");
    assert_eq!(label["permissions"], json!(["read"]));
    assert!(label["description"].is_null(), "{label}");
    assert!(
        label["createdTime"].is_string() && label["updatedTime"].is_null(),
        "{label}"
    );
    assert_eq!(api.get(&format!("/labels/{id}")).await, label);

    let (status, body) = api
        .call(Method::POST, "/labels", Some(json!({"nmae": "x"})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");

    let updated = api
        .patch(&format!("/labels/{id}"), json!({"description": "reviews"}))
        .await;
    assert_eq!(updated["description"], "reviews");
    assert_eq!(updated["name"], "reviewer");
    assert!(updated["updatedTime"].is_string());

    // Paging with nextToken over five labels, two at a time.
    for n in 0..4 {
        api.post("/labels", json!({"name": format!("r{n}")})).await;
    }
    let mut seen = Vec::new();
    let mut path = "/labels?maxResults=2".to_string();
    loop {
        let page = api.get(&path).await;
        let labels = page["labels"].as_array().expect("labels").clone();
        assert!(labels.len() <= 2);
        seen.extend(labels.iter().map(|r| s(r, "labelId")));
        match page["nextToken"].as_str() {
            Some(token) => path = format!("/labels?maxResults=2&nextToken={token}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    assert_eq!(seen[0], id);

    let deleted = api.delete(&format!("/labels/{id}")).await;
    assert_eq!(s(&deleted, "labelId"), id);
    let (status, _) = api.call(Method::GET, &format!("/labels/{id}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        api.get("/labels").await["labels"].as_array().map(Vec::len),
        Some(4)
    );

    // Hand-written operations keep their behaviour beside the generic ones.
    let ds = api.post("/datasets", json!({"name": "d"})).await;
    assert_eq!(ds["numberOfDocuments"], 0);
    assert_eq!(emu.stats().requests_for("listLabels"), 4);
    assert!(emu.responses_checked() >= 14, "{}", emu.responses_checked());
    assert!(emu.self_check_violations().is_empty());
}
