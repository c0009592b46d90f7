//! Every operation of openapi.yaml decodes a realistic response through the
//! generated client.
//!
//! A loopback stub (wiremock) answers each call with a hand-written body
//! (`tests/fixtures/<Schema>.json`, shaped like the vendor's examples, with
//! nulls where the spec allows them). The fixture is the one named by the
//! operation's success response in openapi.yaml, and the status is that
//! response's, so the request is built and the response decoded by the
//! generated code exactly as against the real API.
//!
//! The table [`cases`] has one call per operation; the set of operations is
//! read from openapi.yaml and the test names every operation without a case.
//! Three passes run over the table:
//! - the fixture as written;
//! - the fixture with every nullable property it has set to `null` (read from
//!   the response schema, recursively): a server may answer `null` wherever
//!   the spec allows it;
//! - the fixture with an unknown property added to every object the schema
//!   describes with `properties`: the API grows, old clients keep decoding.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use las_api::types;
use las_api::{Client, RequestContext};
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// The canned response of the stub and the requests it saw
/// (`METHOD /path?query`, as sent).
#[derive(Default)]
struct Stub {
    status: u16,
    body: String,
    requests: Vec<String>,
}

/// Answers every request with the canned response and records it.
struct Canned(Arc<Mutex<Stub>>);

impl Respond for Canned {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let mut stub = self.0.lock().expect("stub lock");
        let query = request
            .url
            .query()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        stub.requests
            .push(format!("{} {}{query}", request.method, request.url.path()));
        ResponseTemplate::new(stub.status).set_body_raw(stub.body.clone(), "application/json")
    }
}

/// A loopback stub (kept running by the returned server) and its state.
async fn start_stub() -> (Client, Arc<Mutex<Stub>>, MockServer) {
    let server = MockServer::start().await;
    let stub = Arc::new(Mutex::new(Stub::default()));
    Mock::given(any())
        .respond_with(Canned(stub.clone()))
        .mount(&server)
        .await;
    let base = format!("{}/v1", server.uri());
    let client = Client::new_with_client(&base, reqwest::Client::new(), RequestContext::new());
    (client, stub, server)
}

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn body<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("request body fixture matches the generated type")
}

/// Make the stub answer the next call with `status` and `value` (no body
/// for `None`).
fn answer(stub: &Arc<Mutex<Stub>>, status: u16, value: Option<&Value>) {
    let mut s = stub.lock().expect("stub lock");
    s.status = status;
    s.body = value.map(Value::to_string).unwrap_or_default();
}

// ---------------------------------------------------------------------------
// openapi.yaml
// ---------------------------------------------------------------------------

fn spec() -> &'static Value {
    static SPEC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        serde_yaml_ng::from_str(include_str!("../../openapi.yaml")).expect("openapi.yaml parses")
    })
}

/// What openapi.yaml says an operation answers on success.
#[derive(Clone, Debug)]
struct Success {
    status: u16,
    /// The schema of the body (`None`: no body).
    schema: Option<String>,
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

/// Every operation of openapi.yaml, by its generated method name, with its
/// success response.
fn spec_operations() -> BTreeMap<String, Success> {
    let mut out = BTreeMap::new();
    let paths = spec()["paths"].as_object().expect("openapi.yaml has paths");
    for item in paths.values() {
        for (method, op) in item.as_object().expect("a path item") {
            if !matches!(
                method.as_str(),
                "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace"
            ) {
                continue;
            }
            let id = op["operationId"].as_str().expect("an operationId");
            let responses = op["responses"].as_object().expect("responses");
            let (code, response) = responses
                .iter()
                .find(|(code, _)| code.starts_with('2'))
                .unwrap_or_else(|| panic!("{id} has no success response"));
            let schema = response["content"]["application/json"]["schema"]["$ref"]
                .as_str()
                .map(|r| r.trim_start_matches("#/components/schemas/").to_string());
            out.insert(
                snake(id),
                Success {
                    status: code.parse().expect("a numeric status"),
                    schema,
                },
            );
        }
    }
    out
}

/// The schema a `$ref` names, or the schema itself.
fn resolve(schema: &Value) -> &Value {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            let found = &spec()["components"]["schemas"][name];
            assert!(!found.is_null(), "no schema {name}");
            resolve(found)
        }
        None => schema,
    }
}

/// How a response fixture is changed along its schema.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mutation {
    /// `null` for every nullable property present.
    Nulls,
    /// An unknown property added to every object with `properties`.
    UnknownFields,
    /// An unknown value for every string of an `enum`.
    UnknownEnumValues,
}

/// The value a later version of the API might send for any enum.
const FUTURE_VALUE: &str = "value-from-a-future-version";

/// Walks `value` along `schema`, changing it as `mutation` says.
/// Alternatives (`oneOf`, `anyOf`) are left as they are, since which one a
/// value takes is the decoder's business.
fn mutate(value: &mut Value, schema: &Value, mutation: Mutation) {
    let schema = resolve(schema);
    if mutation == Mutation::UnknownEnumValues && value.is_string() && schema.get("enum").is_some()
    {
        *value = json!(FUTURE_VALUE);
        return;
    }
    match value {
        Value::Object(map) => {
            if let Some(properties) = schema["properties"].as_object() {
                for (name, property) in properties {
                    let Some(field) = map.get_mut(name) else {
                        continue;
                    };
                    let nullable = property["nullable"].as_bool().unwrap_or(false)
                        || resolve(property)["nullable"].as_bool().unwrap_or(false);
                    if mutation == Mutation::Nulls && nullable {
                        *field = Value::Null;
                    } else {
                        mutate(field, property, mutation);
                    }
                }
                // An object that also takes other keys (`additionalProperties`
                // with a schema) is a map with known keys: its values are
                // data, so nothing is added to it.
                if mutation == Mutation::UnknownFields
                    && !schema["additionalProperties"].is_object()
                {
                    map.insert(
                        "fieldFromAFutureVersion".to_string(),
                        json!({"nested": [1, "two", null]}),
                    );
                }
            } else if let Some(values) = schema.get("additionalProperties") {
                if values.is_object() {
                    for field in map.values_mut() {
                        mutate(field, values, mutation);
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for value in items {
                    mutate(value, item, mutation);
                }
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// The table: one call per operation, every optional argument given
// ---------------------------------------------------------------------------

type Call = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;

/// An operation's generated method name and a call of it.
struct Case {
    method: &'static str,
    call: fn(Client) -> Call,
}

const ID: &str = "las:document:3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7";

macro_rules! case {
    ($method:literal, |$c:ident| $call:expr) => {
        Case {
            method: $method,
            call: |$c: Client| -> Call {
                Box::pin(async move { $call.await.map(drop).map_err(|e| format!("{e:?}")) })
            },
        }
    };
}

fn ids() -> Vec<String> {
    vec![ID.to_string()]
}

fn time(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().expect("a date-time")
}

fn nz(n: u64) -> Option<std::num::NonZeroU64> {
    std::num::NonZeroU64::new(n)
}

fn cases() -> Vec<Case> {
    vec![
        case!("list_app_clients", |c| c
            .list_app_clients(nz(10), Some("t"))),
        case!("create_app_client", |c| c.create_app_client(&body(json!({
            "name": "x", "description": null, "generateSecret": true,
            "callbackUrls": ["https://example.com/cb"]
        })))),
        case!("get_app_client", |c| c.get_app_client(ID)),
        case!("delete_app_client", |c| c.delete_app_client(ID)),
        case!("update_app_client", |c| c
            .update_app_client(ID, &body(json!({"name": null})))),
        case!("list_assets", |c| c.list_assets(nz(10), None)),
        case!("create_asset", |c| c
            .create_asset(&body(json!({"content": "aGk="})))),
        case!("get_asset", |c| c.get_asset(ID)),
        case!("delete_asset", |c| c.delete_asset(ID)),
        case!("update_asset", |c| c
            .update_asset(ID, &body(json!({"name": "a"})))),
        case!("list_datasets", |c| c.list_datasets(None, None)),
        case!("create_dataset", |c| c.create_dataset(&body(json!({
            "name": "d", "metadata": {"project": "ap"}
        })))),
        case!("get_dataset", |c| c.get_dataset(ID)),
        case!("delete_dataset", |c| c.delete_dataset(ID)),
        case!("update_dataset", |c| c
            .update_dataset(ID, &body(json!({"description": "x"})))),
        case!("list_transformations", |c| c.list_transformations(
            ID,
            nz(5),
            Some("t"),
            Some(&types::TransformationStatus::Succeeded)
        )),
        case!("create_transformation", |c| c.create_transformation(
            ID,
            &body(json!({"operations": [{"type": "remove-duplicates", "options": {}}]}))
        )),
        case!("delete_transformation", |c| c.delete_transformation(ID, ID)),
        case!("list_deployment_environments", |c| c
            .list_deployment_environments(
                nz(5),
                None,
                Some("las:organization:cradl")
            )),
        case!("get_deployment_environment", |c| c
            .get_deployment_environment(
                "las:deployment-environment:shared-eu"
            )),
        case!("list_documents", |c| async move {
            let ids = ids();
            c.list_documents(
                Some(&ids),
                Some(&ids),
                Some(ID),
                nz(10),
                Some("t"),
                Some(&types::Order::Ascending),
                Some(&types::CreatedTimeSortBy::CreatedTime),
            )
            .await
        }),
        case!("create_document", |c| c.create_document(&body(json!({
            "content": "JVBERi0=", "contentType": "application/pdf",
            "name": "invoice.pdf", "description": null, "metadata": {"source": "email"},
            "groundTruth": [
                {"label": "a", "value": true},
                {"label": "b", "value": null},
                {"label": "c", "value": 12.5},
                {"label": "lines", "value": [[{"label": "amount", "value": "1.00"}]]}
            ]
        })))),
        case!("delete_documents", |c| async move {
            let ids = ids();
            c.delete_documents(Some(&ids), Some(&ids), nz(100), None)
                .await
        }),
        case!("get_document", |c| c.get_document(ID)),
        case!("delete_document", |c| c.delete_document(ID)),
        case!("update_document", |c| c.update_document(
            ID,
            &body(json!({"retentionInDays": 7, "metadata": {"k": "v"}}))
        )),
        case!("list_logs", |c| c.list_logs(
            nz(10),
            None,
            Some(&types::Order::Descending),
            Some(ID),
            Some(ID),
            Some(ID),
            Some(ID)
        )),
        case!("get_log", |c| c.get_log(ID)),
        case!("list_models", |c| c.list_models(
            nz(10),
            None,
            Some("las:organization:cradl")
        )),
        case!("create_model", |c| c.create_model(&body(json!({
            "fieldConfig": {
                "total": {"type": "amount", "maxLength": 10},
                "line_items": {"type": "lines", "fields": {"amount": {"type": "amount"}}}
            },
            "postprocessConfig": {"strategy": "BEST_FIRST"}
        })))),
        case!("get_model", |c| c.get_model(ID, nz(7))),
        case!("delete_model", |c| c.delete_model(ID)),
        case!("update_model", |c| c
            .update_model(ID, &body(json!({"name": "m"})))),
        case!("list_data_bundles", |c| async move {
            let statuses = vec![types::DataBundleStatus::Ready];
            c.list_data_bundles(ID, nz(10), None, Some(&statuses)).await
        }),
        case!("create_data_bundle", |c| c
            .create_data_bundle(ID, &body(json!({"datasetIds": [ID]})))),
        case!("get_data_bundle", |c| c.get_data_bundle(ID, ID)),
        case!("delete_data_bundle", |c| c.delete_data_bundle(ID, ID)),
        case!("update_data_bundle", |c| c.update_data_bundle(
            ID,
            ID,
            &body(json!({"name": "b"}))
        )),
        case!("list_trainings", |c| c.list_trainings(
            ID,
            nz(10),
            None,
            Some(&types::TrainingStatus::Running)
        )),
        case!("create_training", |c| c.create_training(
            ID,
            &body(json!({
                "dataBundleIds": ["las:model-data-bundle:3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7"],
                "instanceType": "small-gpu", "metadata": {"ticket": "AP-12"},
                "warmStartConfig": {"trainingId": "las:model-training:first"}
            }))
        )),
        case!("get_training", |c| c.get_training(ID, ID)),
        case!("update_training", |c| c.update_training(
            ID,
            ID,
            &body(json!({"status": "cancelled"}))
        )),
        case!("list_organizations", |c| c.list_organizations(nz(10), None)),
        case!("create_organization", |c| c
            .create_organization(&body(json!({"name": "Acme labs"})))),
        case!("get_organization", |c| c.get_organization("me")),
        case!("update_organization", |c| c
            .update_organization("me", &body(json!({"name": "o"})))),
        case!("list_payment_methods", |c| c
            .list_payment_methods(nz(10), None)),
        case!("create_payment_method", |c| c.create_payment_method(&body(
            json!({"name": "card", "description": null})
        ))),
        case!("get_payment_method", |c| c.get_payment_method(ID)),
        case!("delete_payment_method", |c| c.delete_payment_method(ID)),
        case!("update_payment_method", |c| c.update_payment_method(
            ID,
            &body(json!({"stripeSetupIntentSecret": "seti_1_secret_2"}))
        )),
        case!("list_plans", |c| c.list_plans(
            nz(10),
            None,
            Some("las:organization:cradl")
        )),
        case!("get_plan", |c| c.get_plan("las:plan:professional:@latest")),
        case!("list_predictions", |c| c.list_predictions(
            nz(10),
            Some(ID),
            None,
            Some(&types::Order::Descending),
            Some(&types::CreatedTimeSortBy::CreatedTime)
        )),
        case!("create_prediction", |c| c.create_prediction(&body(json!({
            "documentId": ID, "modelId": ID, "async": true,
            "postprocessConfig": {"strategy": "BEST_N_PAGES", "parameters": {"n": 2}}
        })))),
        case!("get_prediction", |c| c.get_prediction(ID)),
        case!("get_profile", |c| c.get_profile("me")),
        case!("update_profile", |c| c.update_profile(
            "me",
            &body(json!({"givenName": "Ada", "metadata": null}))
        )),
        case!("list_roles", |c| c.list_roles(nz(10), None)),
        case!("get_role", |c| c.get_role("las:role:document-reader")),
        case!("list_secrets", |c| c.list_secrets(None, None)),
        case!("create_secret", |c| c
            .create_secret(&body(json!({"data": {"k": "v"}})))),
        case!("delete_secret", |c| c.delete_secret(ID)),
        case!("update_secret", |c| c
            .update_secret(ID, &body(json!({"data": {"k": "v2"}})))),
        case!("list_transitions", |c| async move {
            let types_filter = vec![types::TransitionType::Docker];
            c.list_transitions(None, None, Some(&types_filter)).await
        }),
        case!("create_transition", |c| c.create_transition(&body(json!({
            "transitionType": "docker",
            "parameters": {"imageUrl": "registry/x:1", "memory": 1024, "cpu": 256}
        })))),
        case!("get_transition", |c| c.get_transition(ID)),
        case!("delete_transition", |c| c.delete_transition(ID)),
        case!("update_transition", |c| c.update_transition(
            ID,
            &body(json!({"assets": {"jsRemoteComponent": ID}}))
        )),
        case!("list_transition_executions", |c| async move {
            let ids = ids();
            let status = vec![types::TransitionExecutionStatus::Running];
            c.list_transition_executions(
                ID,
                Some(&ids),
                None,
                None,
                Some(&types::Order::Ascending),
                Some(&types::SortBy::StartTime),
                Some(&status),
            )
            .await
        }),
        case!("execute_transition", |c| c
            .execute_transition(ID, &body(json!({})))),
        case!("get_transition_execution", |c| c
            .get_transition_execution(ID, ID)),
        case!("update_transition_execution", |c| c
            .update_transition_execution(
                ID,
                ID,
                &body(json!({"status": "failed", "error": {"message": "could not read"}}))
            )),
        case!("send_heartbeat", |c| c.send_heartbeat(
            ID,
            ID,
            &body(json!({}))
        )),
        case!("list_users", |c| c.list_users(None, None)),
        case!("create_user", |c| c.create_user(&body(json!({
            "email": "a@b.c", "appClientId": ID
        })))),
        case!("get_user", |c| c.get_user(ID)),
        case!("delete_user", |c| c.delete_user(ID)),
        case!("update_user", |c| c
            .update_user(ID, &body(json!({"avatar": null})))),
        case!("list_workflows", |c| c.list_workflows(None, None)),
        case!("create_workflow", |c| c.create_workflow(&body(json!({
            "specification": {"language": "ASL", "version": "1.0.0", "definition": {}},
            "errorConfig": {"email": "a@b.c"}
        })))),
        case!("get_workflow", |c| c.get_workflow(ID)),
        case!("delete_workflow", |c| c.delete_workflow(ID)),
        case!("update_workflow", |c| c
            .update_workflow(ID, &body(json!({"name": "w"})))),
        case!("list_workflow_executions", |c| async move {
            let status = vec![
                types::WorkflowExecutionStatus::Succeeded,
                types::WorkflowExecutionStatus::Error,
            ];
            c.list_workflow_executions(
                ID,
                Some(&time("2024-11-01T00:00:00Z")),
                nz(10),
                None,
                Some(&types::Order::Descending),
                Some(&types::SortBy::EndTime),
                Some(&status),
                Some(&time("2024-11-29T12:30:00+01:00")),
            )
            .await
        }),
        case!("execute_workflow", |c| c
            .execute_workflow(ID, &body(json!({"input": {}})))),
        case!("get_workflow_execution", |c| c
            .get_workflow_execution(ID, ID)),
        case!("delete_workflow_execution", |c| c
            .delete_workflow_execution(ID, ID)),
        case!("update_workflow_execution", |c| c
            .update_workflow_execution(
                ID,
                ID,
                &body(json!({"nextTransitionId": "las:transition:commons-failed"}))
            )),
        case!("sign_up", |c| c.sign_up(&body(json!({
            "email": "a@b.c", "password": "pw", "reCaptchaResponse": "r"
        })))),
    ]
}

/// Runs every case against the stub answering the operation's success
/// response of openapi.yaml, with its fixture changed by `edit`; returns
/// the failures, named by operation.
async fn run_all(edit: fn(&mut Value, &str)) -> (Vec<String>, Vec<String>) {
    let (client, stub, _server) = start_stub().await;
    let operations = spec_operations();
    let mut failures = Vec::new();
    for case in cases() {
        let Some(success) = operations.get(case.method) else {
            failures.push(format!("{}: not an operation of openapi.yaml", case.method));
            continue;
        };
        let value = success.schema.as_deref().map(|schema| {
            let mut value = fixture(schema);
            edit(&mut value, schema);
            value
        });
        answer(&stub, success.status, value.as_ref());
        if let Err(e) = (case.call)(client.clone()).await {
            failures.push(format!(
                "{} did not decode its {} {} response: {e}",
                case.method,
                success.status,
                success.schema.as_deref().unwrap_or("empty")
            ));
        }
    }
    let requests = stub.lock().expect("stub lock").requests.clone();
    (failures, requests)
}

#[test]
fn every_operation_of_the_spec_has_a_case() {
    let spec: BTreeSet<String> = spec_operations().into_keys().collect();
    let table: Vec<&str> = cases().iter().map(|c| c.method).collect();
    let ours: BTreeSet<String> = table.iter().map(|m| m.to_string()).collect();
    assert_eq!(ours.len(), table.len(), "an operation appears twice");
    let missing: Vec<&String> = spec.difference(&ours).collect();
    let extra: Vec<&String> = ours.difference(&spec).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "operations of openapi.yaml without a decode case: {missing:?}; \
         cases of no operation: {extra:?}"
    );
    // Each success schema has a fixture.
    for (method, success) in spec_operations() {
        if let Some(schema) = success.schema {
            let path = format!(
                "{}/tests/fixtures/{schema}.json",
                env!("CARGO_MANIFEST_DIR")
            );
            assert!(
                std::path::Path::new(&path).exists(),
                "{method}: no fixture {schema}.json"
            );
        }
    }
}

/// Every fixture is valid for its schema in openapi.yaml, read strictly: the
/// vendor's constraints (`x-pattern`, `x-maxLength`, … and
/// `x-additionalProperties: false`) count, so a misspelled or made-up field,
/// an id of the wrong shape or a missing required field fails here, naming
/// the fixture, instead of passing the decode tests unnoticed.
#[test]
fn every_fixture_is_valid_for_its_schema() {
    let schemas = spec()["components"]["schemas"]
        .as_object()
        .expect("openapi.yaml has schemas");
    let defs: serde_json::Map<String, Value> = schemas
        .iter()
        .map(|(name, schema)| (name.clone(), strict_json_schema(schema)))
        .collect();
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read the fixtures") {
        let path = entry.expect("a fixture").path();
        let Some(name) = path.file_stem().and_then(|n| n.to_str()) else {
            continue;
        };
        if !schemas.contains_key(name) {
            failures.push(format!("{name}.json: no schema {name} in openapi.yaml"));
            continue;
        }
        let root = json!({"$ref": format!("#/$defs/{name}"), "$defs": defs});
        let validator = jsonschema::draft202012::options()
            .build(&root)
            .unwrap_or_else(|e| panic!("schema {name} compiles: {e}"));
        for error in validator.iter_errors(&fixture(name)) {
            failures.push(format!("{name}.json at {}: {error}", error.instance_path()));
        }
        checked += 1;
    }
    assert!(checked > 0, "no fixtures in {dir}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// OpenAPI 3.0 schema → JSON Schema 2020-12, strictly: `nullable` adds
/// `null`, `#/components/schemas/X` becomes `#/$defs/X`, the vendor's
/// `x-` constraints become the keywords they name, and `oneOf` is read as
/// `anyOf` (the live export's alternatives overlap: a `null` ground truth
/// value matches several).
fn strict_json_schema(schema: &Value) -> Value {
    let Some(object) = schema.as_object() else {
        return schema.clone();
    };
    let mut out = serde_json::Map::new();
    for (key, value) in object {
        match key.as_str() {
            "$ref" => {
                let target = value.as_str().unwrap_or_default();
                let target = target.replace("#/components/schemas/", "#/$defs/");
                out.insert(key.clone(), Value::String(target));
            }
            "properties" => {
                let properties = value
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(name, s)| (name.clone(), strict_json_schema(s)))
                            .collect()
                    })
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Object(properties));
            }
            "items" | "additionalProperties" | "not" => {
                out.insert(key.clone(), strict_json_schema(value));
            }
            "anyOf" | "oneOf" | "allOf" => {
                let members = value
                    .as_array()
                    .map(|a| a.iter().map(strict_json_schema).collect())
                    .unwrap_or_default();
                let key = if key == "oneOf" {
                    "anyOf"
                } else {
                    key.as_str()
                };
                out.insert(key.to_string(), Value::Array(members));
            }
            "x-pattern"
            | "x-maxLength"
            | "x-minLength"
            | "x-minimum"
            | "x-maximum"
            | "x-minItems"
            | "x-maxItems"
            | "x-uniqueItems"
            | "x-minProperties"
            | "x-propertyNames"
            | "x-additionalProperties" => {
                out.insert(key.trim_start_matches("x-").to_string(), value.clone());
            }
            "nullable" | "format" | "deprecated" | "description" | "example" => {}
            _ if key.starts_with("x-") => {}
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if object.get("nullable").and_then(Value::as_bool) == Some(true) {
        if let Some(Value::String(t)) = out.get("type").cloned() {
            out.insert("type".into(), json!([t, "null"]));
        }
        if let Some(Value::Array(values)) = out.get_mut("enum") {
            values.push(Value::Null);
        }
        if ["$ref", "anyOf", "allOf"]
            .iter()
            .any(|k| out.contains_key(*k))
        {
            let inner = Value::Object(std::mem::take(&mut out));
            out.insert("anyOf".into(), json!([inner, {"type": "null"}]));
        }
    }
    Value::Object(out)
}

#[tokio::test]
async fn every_operation_decodes_a_realistic_response() {
    let (failures, requests) = run_all(|_, _| {}).await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Optional query parameters travel under the spec's names; list
    // filters as repeated keys, enums as their wire values.
    let sent = |prefix: &str| -> String {
        requests
            .iter()
            .find(|r| r.starts_with(prefix))
            .unwrap_or_else(|| panic!("no request {prefix}…: {requests:?}"))
            .clone()
    };
    let docs = sent("GET /v1/documents?");
    for expected in [
        "consentId=las%3Adocument%3A3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7",
        "documentId=las%3Adocument%3A3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7",
        "order=ascending",
        "sortBy=createdTime",
        "maxResults=10",
        "nextToken=t",
    ] {
        assert!(docs.contains(expected), "{expected} not in {docs}");
    }
    let predictions = sent("GET /v1/predictions?");
    for expected in ["modelId=las%3A", "order=descending", "sortBy=createdTime"] {
        assert!(
            predictions.contains(expected),
            "{expected} not in {predictions}"
        );
    }
    let model = sent("GET /v1/models/las:document:3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7?");
    assert!(model.contains("statisticsLastNDays=7"), "{model}");
    let models = sent("GET /v1/models?");
    assert!(
        models.contains("owner=las%3Aorganization%3Acradl"),
        "{models}"
    );
    let executions = sent(&format!("GET /v1/workflows/{ID}/executions?"));
    for expected in [
        "status=succeeded&status=error",
        "fromStartTime=2024-11-01T00%3A00%3A00Z",
        "toStartTime=2024-11-29T11%3A30%3A00Z",
        "sortBy=endTime",
    ] {
        assert!(
            executions.contains(expected),
            "{expected} not in {executions}"
        );
    }
    let trainings = sent("GET /v1/models/las:document:3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7/trainings?");
    assert!(trainings.contains("status=running"), "{trainings}");
    let transformations =
        sent("GET /v1/datasets/las:document:3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7/transformations?");
    assert!(
        transformations.contains("status=succeeded"),
        "{transformations}"
    );
}

#[tokio::test]
async fn every_nullable_field_may_be_null() {
    let (failures, _) = run_all(|value, schema| {
        mutate(
            value,
            &json!({"$ref": format!("#/components/schemas/{schema}")}),
            Mutation::Nulls,
        )
    })
    .await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn unknown_fields_decode_in_every_response() {
    let (failures, _) = run_all(|value, schema| {
        mutate(
            value,
            &json!({"$ref": format!("#/components/schemas/{schema}")}),
            Mutation::UnknownFields,
        )
    })
    .await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Enums of responses that this version decodes only with the values the
/// spec lists (a value added by the API fails the whole response), by
/// schema and place, with why. Everything else takes unknown values.
const CLOSED_ENUMS: &[(&str, &str)] = &[
    ("Plan.currency", INLINE_ENUM),
    ("Prediction.status", INLINE_ENUM),
    ("Predictions.predictions[].status", INLINE_ENUM),
    ("Role.permissions[].effect", INLINE_ENUM),
    ("Transformation.operations[].type", INLINE_ENUM),
];

/// Why an enum is closed.
const INLINE_ENUM: &str = "an enum written inline in openapi.yaml (not a component) is \
    generated as a plain Rust enum, without `Unknown`";

/// Where each enum's value sits in `value`: its JSON pointer, and a name by
/// the nearest named schema (`Plan.currency`, `Role.permissions[].action`).
fn enum_locations(
    value: &Value,
    schema: &Value,
    pointer: &str,
    name: &str,
    out: &mut Vec<(String, String)>,
) {
    let (name, schema) = match schema["$ref"].as_str() {
        Some(r) => (
            r.trim_start_matches("#/components/schemas/").to_string(),
            resolve(schema),
        ),
        None => (name.to_string(), schema),
    };
    match value {
        Value::String(_) if schema.get("enum").is_some() => {
            out.push((pointer.to_string(), name));
        }
        Value::Object(map) => {
            if let Some(properties) = schema["properties"].as_object() {
                for (key, property) in properties {
                    if let Some(field) = map.get(key) {
                        let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                        enum_locations(field, property, &at, &format!("{name}.{key}"), out);
                    }
                }
            } else if let Some(values) = schema.get("additionalProperties") {
                if values.is_object() {
                    for (key, field) in map {
                        let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                        enum_locations(field, values, &at, &format!("{name}.*"), out);
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for (index, value) in items.iter().enumerate() {
                    enum_locations(
                        value,
                        item,
                        &format!("{pointer}/{index}"),
                        &format!("{name}[]"),
                        out,
                    );
                }
            }
        }
        _ => {}
    }
}

/// Every enum of every response takes a value this version does not know
/// (`Unknown(..)`), so the API can grow a status, a type or a content type
/// without breaking clients built today. Each enum is changed alone, in the
/// fixture of an operation answering its schema; the enums that fail must
/// be exactly [`CLOSED_ENUMS`].
#[tokio::test]
async fn unknown_enum_values_decode_in_every_response() {
    let (client, stub, _server) = start_stub().await;
    let operations = spec_operations();
    let cases = cases();
    let mut by_schema: BTreeMap<String, (usize, u16)> = BTreeMap::new();
    for (index, case) in cases.iter().enumerate() {
        if let Some(Success {
            status,
            schema: Some(schema),
        }) = operations.get(case.method)
        {
            by_schema.entry(schema.clone()).or_insert((index, *status));
        }
    }
    let mut checked = BTreeSet::new();
    let mut closed = BTreeSet::new();
    for (schema, (index, status)) in &by_schema {
        let original = fixture(schema);
        let mut locations = Vec::new();
        let root = json!({"$ref": format!("#/components/schemas/{schema}")});
        enum_locations(&original, &root, "", schema, &mut locations);
        for (pointer, name) in locations {
            let mut value = original.clone();
            *value.pointer_mut(&pointer).expect("the location exists") = json!(FUTURE_VALUE);
            answer(&stub, *status, Some(&value));
            if (cases[*index].call)(client.clone()).await.is_err() {
                closed.insert(name.clone());
            }
            checked.insert(name);
        }
    }
    assert!(checked.contains("ModelStatus"), "enums found: {checked:?}");
    let known: BTreeSet<String> = CLOSED_ENUMS.iter().map(|(n, _)| n.to_string()).collect();
    let newly_closed: Vec<&String> = closed.difference(&known).collect();
    let no_longer: Vec<&String> = known.difference(&closed).collect();
    assert!(
        newly_closed.is_empty() && no_longer.is_empty(),
        "enums of responses that fail on a value this version does not know: {newly_closed:?}; \
         listed in CLOSED_ENUMS but open (or gone) now: {no_longer:?}"
    );
}

/// The mutations do change the fixtures (else the tests above could not fail).
#[test]
fn the_mutations_change_the_fixtures() {
    let schema = json!({"$ref": "#/components/schemas/Document"});
    let mut nulls = fixture("Document");
    mutate(&mut nulls, &schema, Mutation::Nulls);
    assert_eq!(nulls["name"], Value::Null);
    assert_eq!(nulls["fileUrl"], Value::Null);
    assert_eq!(nulls["documentId"], fixture("Document")["documentId"]);
    let mut unknown = fixture("Model");
    mutate(
        &mut unknown,
        &json!({"$ref": "#/components/schemas/Model"}),
        Mutation::UnknownFields,
    );
    assert!(unknown.get("fieldFromAFutureVersion").is_some());
    assert!(unknown["preprocessConfig"]
        .get("fieldFromAFutureVersion")
        .is_some());
    // A map's keys are data, not fields: nothing is added to it.
    assert!(unknown["fieldConfig"]
        .get("fieldFromAFutureVersion")
        .is_none());
    let mut enums = fixture("Model");
    mutate(
        &mut enums,
        &json!({"$ref": "#/components/schemas/Model"}),
        Mutation::UnknownEnumValues,
    );
    assert_eq!(enums["status"], FUTURE_VALUE);
    assert_eq!(enums["preprocessConfig"]["imageQuality"], FUTURE_VALUE);
}

#[tokio::test]
async fn the_live_shapes_decode_to_their_variants() {
    let (c, stub, _server) = start_stub().await;

    answer(&stub, 200, Some(&fixture("Document")));
    let document = c.get_document(ID).await.expect("decodes").into_inner();
    let values: Vec<&types::GroundTruthValue> = document
        .ground_truth
        .iter()
        .map(|item| &item.value)
        .collect();
    assert!(matches!(values[0], types::GroundTruthValue::Text(Some(_))));
    assert!(matches!(
        values[1],
        types::GroundTruthValue::Bool(Some(true))
    ));
    assert!(matches!(values[3], types::GroundTruthValue::Number(Some(n)) if *n == 25.0));
    assert!(matches!(
        values[4],
        types::GroundTruthValue::GroundTruthList(_)
    ));
    assert!(document.metadata.is_none());

    answer(&stub, 200, Some(&fixture("Model")));
    let model = c.get_model(ID, None).await.expect("decodes").into_inner();
    let config = model.field_config.expect("a field config");
    assert!(matches!(
        config["total_amount"],
        types::FieldConfigEntry::Field(_)
    ));

    answer(&stub, 200, Some(&fixture("Prediction")));
    let prediction = c.get_prediction(ID).await.expect("decodes").into_inner();
    let types::PredictionPredictions::Predicted(Some(items)) = prediction.predictions else {
        panic!("a list of predictions: {:?}", prediction.predictions);
    };
    assert!(matches!(items[0], types::PredictedItem::Field(_)));
    assert!(matches!(items[2], types::PredictedItem::Lines(_)));

    answer(&stub, 200, Some(&fixture("TransitionExecutions")));
    let executions = c
        .list_transition_executions(ID, None, None, None, None, None, None)
        .await
        .expect("decodes")
        .into_inner();
    assert!(executions.executions.iter().any(|e| e.input.is_none()));
}

#[tokio::test]
async fn unknown_enum_values_decode() {
    let (c, stub, _server) = start_stub().await;

    let mut doc = fixture("Document");
    doc["contentType"] = json!("image/heic");
    answer(&stub, 200, Some(&doc));
    let decoded = c.get_document(ID).await.expect("decodes").into_inner();
    let content_type = decoded.content_type.expect("a content type");
    assert_eq!(
        content_type,
        types::ContentType::Unknown("image/heic".into())
    );
    assert!(!content_type.is_known());
    // An unknown value goes back to the server unchanged.
    assert_eq!(
        serde_json::to_value(&content_type).expect("serializes"),
        json!("image/heic")
    );

    let mut model = fixture("Model");
    model["status"] = json!("deprecated");
    model["fieldConfig"]["total_amount"]["type"] = json!("currency");
    model["preprocessConfig"]["imageQuality"] = json!("ULTRA");
    answer(&stub, 200, Some(&model));
    let decoded = c.get_model(ID, None).await.expect("decodes").into_inner();
    assert_eq!(decoded.status.as_str(), "deprecated");
    let config = decoded.field_config.expect("a field config");
    let types::FieldConfigEntry::Field(total) = &config["total_amount"] else {
        panic!("a field: {:?}", config["total_amount"]);
    };
    assert_eq!(total.type_.as_str(), "currency");

    let mut execs = fixture("WorkflowExecutions");
    execs["executions"][0]["status"] = json!("paused");
    execs["status"] = json!(["paused"]);
    execs["order"] = json!("random");
    answer(&stub, 200, Some(&execs));
    let decoded = c
        .list_workflow_executions(ID, None, None, None, None, None, None, None)
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(
        decoded.executions[0].status,
        types::WorkflowExecutionStatus::Unknown("paused".into())
    );

    let mut training = fixture("Training");
    training["status"] = json!("queued");
    training["instanceType"] = json!("huge-gpu");
    answer(&stub, 200, Some(&training));
    let decoded = c.get_training(ID, ID).await.expect("decodes").into_inner();
    assert_eq!(decoded.status.as_str(), "queued");
}

/// A line-items entry of a field config decodes as `Lines`, its fields kept.
///
/// Ignored while openapi.yaml lists `FieldConfigField` first in the oneOf of
/// `FieldConfigEntry`: the untagged decoder tries it first, and since it
/// takes any `type` (an open enum) and ignores unknown keys, a `lines` entry
/// decodes as a field of type `Unknown("lines")` and its `fields` are lost.
/// Listing `FieldConfigLines` first (it requires `fields` and `type: lines`)
/// fixes it.
#[tokio::test]
#[ignore = "FieldConfigEntry tries FieldConfigField first (oneOf order in openapi.yaml)"]
async fn a_lines_field_config_decodes_as_lines() {
    let (c, stub, _server) = start_stub().await;
    answer(&stub, 200, Some(&fixture("Model")));
    let model = c.get_model(ID, None).await.expect("decodes").into_inner();
    let config = model.field_config.expect("a field config");
    let types::FieldConfigEntry::Lines(lines) = &config["line_items"] else {
        panic!("a lines entry: {:?}", config["line_items"]);
    };
    assert!(lines.fields.contains_key("amount"));
}

/// A workflow created without a completion step or error handling answers
/// `null` for them (nullable in the vendor's 2024-11-29 export).
#[tokio::test]
async fn a_workflow_without_completed_or_error_config_decodes() {
    let (c, stub, _server) = start_stub().await;

    let mut workflow = fixture("Workflow");
    workflow["completedConfig"] = Value::Null;
    workflow["errorConfig"] = Value::Null;
    answer(&stub, 200, Some(&workflow));
    let decoded = c.get_workflow(ID).await.expect("decodes").into_inner();
    assert!(decoded.completed_config.is_none());
    assert!(decoded.error_config.is_none());

    answer(&stub, 200, Some(&fixture("Workflow")));
    let decoded = c.get_workflow(ID).await.expect("decodes").into_inner();
    assert_eq!(
        decoded.completed_config.0.map(|config| config.image_url),
        Some("registry.example.com/on-complete:1".to_string())
    );
}

#[test]
fn a_known_value_still_decodes_to_its_variant() {
    let value: types::TransitionExecutionStatus =
        serde_json::from_value(json!("rejected")).expect("decodes");
    assert_eq!(value, types::TransitionExecutionStatus::Rejected);
    assert_eq!(value.to_string(), "rejected");
    let value: types::TrainingStatus =
        serde_json::from_value(json!("waiting-for-approval")).expect("decodes");
    assert_eq!(value.as_str(), "waiting-for-approval");
    assert!(value.is_known());
}
