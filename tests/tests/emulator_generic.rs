//! An operation without hand-written behaviour is served from the spec
//! alone: a copy of openapi.yaml with the vendor's `roles` operations (and a
//! create, update and delete beside them) is served with no line of
//! emulator code for them, every answer valid against the copy's schemas.

use las_emulator::{Emulator, OPENAPI_YAML};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::{s, Api};

/// openapi.yaml plus `/roles` and `/roles/{roleId}`.
fn spec_with_roles() -> String {
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
    let role_id =
        json!([{"name": "roleId", "in": "path", "required": true, "schema": {"type": "string"}}]);
    doc["paths"]["/roles"] = json!({
        "get": {"operationId": "listRoles", "parameters": [
            {"name": "maxResults", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {"name": "nextToken", "in": "query", "schema": {"type": "string"}}],
            "responses": ok("Roles"), "security": security},
        "post": {"operationId": "createRole", "requestBody": body("PostRoles"),
            "responses": ok("Role"), "security": security},
    });
    doc["paths"]["/roles/{roleId}"] = json!({
        "parameters": role_id,
        "get": {"operationId": "getRole", "responses": ok("Role"), "security": security},
        "patch": {"operationId": "updateRole", "requestBody": body("PatchRoleId"),
            "responses": ok("Role"), "security": security},
        "delete": {"operationId": "deleteRole", "responses": ok("Role"), "security": security},
    });
    let schemas = &mut doc["components"]["schemas"];
    schemas["Role"] = json!({"type": "object",
        "required": ["roleId", "name", "description", "permissions", "createdTime", "createdBy", "updatedTime", "updatedBy"],
        "properties": {
            "roleId": {"type": "string"},
            "name": {"type": "string", "nullable": true},
            "description": {"type": "string", "nullable": true},
            "permissions": {"type": "array", "items": {"type": "string"}},
            "createdTime": {"type": "string", "nullable": true},
            "createdBy": {"type": "string", "nullable": true},
            "updatedTime": {"type": "string", "nullable": true},
            "updatedBy": {"type": "string", "nullable": true}}});
    schemas["Roles"] = json!({"type": "object", "required": ["roles", "nextToken"],
        "properties": {"roles": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}},
                       "nextToken": {"type": "string", "nullable": true}}});
    schemas["PostRoles"] = json!({"type": "object", "additionalProperties": false,
        "properties": {"name": {"type": "string", "nullable": true},
                       "permissions": {"type": "array", "items": {"type": "string"}}}});
    schemas["PatchRoleId"] = json!({"type": "object", "additionalProperties": false,
        "properties": {"name": {"type": "string", "nullable": true},
                       "description": {"type": "string", "nullable": true}}});
    serde_yaml_ng::to_string(&doc).expect("yaml")
}

#[tokio::test]
async fn roles_are_served_from_the_spec_alone() {
    let emu = Emulator::builder()
        .spec(spec_with_roles())
        .self_check(true)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);

    let role = api
        .post(
            "/roles",
            json!({"name": "reviewer", "permissions": ["read"]}),
        )
        .await;
    let id = s(&role, "roleId");
    assert!(las_emulator::is_las_id(&id, "role"), "{id}");
    assert_eq!(role["name"], "reviewer");
    assert_eq!(role["permissions"], json!(["read"]));
    assert!(role["description"].is_null(), "{role}");
    assert!(
        role["createdTime"].is_string() && role["updatedTime"].is_null(),
        "{role}"
    );
    assert_eq!(api.get(&format!("/roles/{id}")).await, role);

    let (status, body) = api
        .call(Method::POST, "/roles", Some(json!({"nmae": "x"})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");

    let updated = api
        .patch(&format!("/roles/{id}"), json!({"description": "reviews"}))
        .await;
    assert_eq!(updated["description"], "reviews");
    assert_eq!(updated["name"], "reviewer");
    assert!(updated["updatedTime"].is_string());

    // Paging with nextToken over five roles, two at a time.
    for n in 0..4 {
        api.post("/roles", json!({"name": format!("r{n}")})).await;
    }
    let mut seen = Vec::new();
    let mut path = "/roles?maxResults=2".to_string();
    loop {
        let page = api.get(&path).await;
        let roles = page["roles"].as_array().expect("roles").clone();
        assert!(roles.len() <= 2);
        seen.extend(roles.iter().map(|r| s(r, "roleId")));
        match page["nextToken"].as_str() {
            Some(token) => path = format!("/roles?maxResults=2&nextToken={token}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    assert_eq!(seen[0], id);

    let deleted = api.delete(&format!("/roles/{id}")).await;
    assert_eq!(s(&deleted, "roleId"), id);
    let (status, _) = api.call(Method::GET, &format!("/roles/{id}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        api.get("/roles").await["roles"].as_array().map(Vec::len),
        Some(4)
    );

    // Hand-written operations keep their behaviour beside the generic ones.
    let ds = api.post("/datasets", json!({"name": "d"})).await;
    assert_eq!(ds["numberOfDocuments"], 0);
    assert_eq!(emu.stats().requests_for("listRoles"), 4);
    assert!(emu.responses_checked() >= 14, "{}", emu.responses_checked());
    assert!(emu.self_check_violations().is_empty());
}
