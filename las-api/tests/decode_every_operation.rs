//! Every generated operation decodes a realistic response.
//!
//! A loopback stub (wiremock) answers each call with a hand-written body shaped like the
//! reference's examples (`tests/fixtures/<Schema>.json`, with nulls where the
//! reference allows them), so the request is built and the response decoded
//! by the generated code exactly as against the real API. The same stub then
//! proves forward compatibility: unknown fields and enum values decode.

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
async fn start_stub() -> (String, Arc<Mutex<Stub>>, MockServer) {
    let server = MockServer::start().await;
    let stub = Arc::new(Mutex::new(Stub::default()));
    Mock::given(any())
        .respond_with(Canned(stub.clone()))
        .mount(&server)
        .await;
    (format!("{}/v1", server.uri()), stub, server)
}

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn body<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("request body fixture matches the generated type")
}

/// Make the stub answer the next call with `status` and the fixture `name`.
fn answer(stub: &Arc<Mutex<Stub>>, status: u16, value: &Value) {
    let mut s = stub.lock().expect("stub lock");
    s.status = status;
    s.body = value.to_string();
}

/// Calls one operation after loading its response fixture; fails with the
/// operation's name when the call does not decode.
macro_rules! check {
    ($stub:expr, $count:ident, $schema:literal, $name:literal, $call:expr) => {{
        answer(&$stub, 200, &fixture($schema));
        match $call.await {
            Ok(_) => $count.push($name),
            Err(e) => panic!("{} did not decode its {} response: {e:?}", $name, $schema),
        }
    }};
}

#[tokio::test]
async fn every_operation_decodes_a_realistic_response() {
    let (base, stub, _server) = start_stub().await;
    let c = Client::new_with_client(&base, reqwest::Client::new(), RequestContext::new());
    let id = "las:document:3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7";
    let mut ok: Vec<&str> = Vec::new();

    check!(
        stub,
        ok,
        "AppClients",
        "list_app_clients",
        c.list_app_clients(None, None)
    );
    check!(
        stub,
        ok,
        "AppClient",
        "create_app_client",
        c.create_app_client(&body(json!({"name": "x"})))
    );
    check!(
        stub,
        ok,
        "AppClient",
        "delete_app_client",
        c.delete_app_client(id)
    );
    check!(
        stub,
        ok,
        "AppClient",
        "update_app_client",
        c.update_app_client(id, &body(json!({"name": null})))
    );
    check!(stub, ok, "Assets", "list_assets", c.list_assets(None, None));
    check!(
        stub,
        ok,
        "Asset",
        "create_asset",
        c.create_asset(&body(json!({"content": "aGk="})))
    );
    check!(stub, ok, "Asset", "get_asset", c.get_asset(id));
    check!(stub, ok, "Asset", "delete_asset", c.delete_asset(id));
    check!(
        stub,
        ok,
        "Asset",
        "update_asset",
        c.update_asset(id, &body(json!({})))
    );
    check!(
        stub,
        ok,
        "Datasets",
        "list_datasets",
        c.list_datasets(None, None)
    );
    check!(
        stub,
        ok,
        "Dataset",
        "create_dataset",
        c.create_dataset(&body(json!({"name": "d"})))
    );
    check!(stub, ok, "Dataset", "get_dataset", c.get_dataset(id));
    check!(stub, ok, "Dataset", "delete_dataset", c.delete_dataset(id));
    check!(
        stub,
        ok,
        "Dataset",
        "update_dataset",
        c.update_dataset(id, &body(json!({"description": "x"})))
    );
    let ids = vec![id.to_string()];
    check!(
        stub,
        ok,
        "Documents",
        "list_documents",
        c.list_documents(Some(&ids), Some(&ids), None, None)
    );
    let doc = json!({"content": "JVBERi0=", "contentType": "application/pdf",
        "groundTruth": [{"label": "a", "value": true}, {"label": "b", "value": null}]});
    check!(
        stub,
        ok,
        "Document",
        "create_document",
        c.create_document(&body(doc))
    );
    check!(
        stub,
        ok,
        "Documents",
        "delete_documents",
        c.delete_documents(None, Some(&ids), None, None)
    );
    check!(stub, ok, "Document", "get_document", c.get_document(id));
    check!(
        stub,
        ok,
        "Document",
        "delete_document",
        c.delete_document(id)
    );
    check!(
        stub,
        ok,
        "Document",
        "update_document",
        c.update_document(id, &body(json!({"retentionInDays": 7})))
    );
    check!(
        stub,
        ok,
        "Logs",
        "list_logs",
        c.list_logs(
            None,
            None,
            Some(&types::Order::Descending),
            None,
            None,
            None,
            None
        )
    );
    check!(stub, ok, "Log", "get_log", c.get_log(id));
    check!(stub, ok, "Models", "list_models", c.list_models(None, None));
    let model = json!({"width": 1052, "height": 1488, "fieldConfig": {"total": {"type": "amount", "maxLength": 10}}});
    check!(
        stub,
        ok,
        "Model",
        "create_model",
        c.create_model(&body(model))
    );
    check!(stub, ok, "Model", "get_model", c.get_model(id));
    check!(stub, ok, "Model", "delete_model", c.delete_model(id));
    check!(
        stub,
        ok,
        "Model",
        "update_model",
        c.update_model(id, &body(json!({"status": "training"})))
    );
    let statuses = vec![types::DataBundleStatus::Ready];
    check!(
        stub,
        ok,
        "DataBundles",
        "list_data_bundles",
        c.list_data_bundles(id, None, None, Some(&statuses))
    );
    check!(
        stub,
        ok,
        "DataBundle",
        "create_data_bundle",
        c.create_data_bundle(id, &body(json!({"datasetIds": [id]})))
    );
    check!(
        stub,
        ok,
        "DataBundle",
        "delete_data_bundle",
        c.delete_data_bundle(id, id)
    );
    check!(
        stub,
        ok,
        "DataBundle",
        "update_data_bundle",
        c.update_data_bundle(id, id, &body(json!({"name": "b"})))
    );
    check!(
        stub,
        ok,
        "Organization",
        "get_organization",
        c.get_organization("me")
    );
    check!(
        stub,
        ok,
        "Organization",
        "update_organization",
        c.update_organization("me", &body(json!({"name": "o"})))
    );
    check!(
        stub,
        ok,
        "Predictions",
        "list_predictions",
        c.list_predictions(None, None)
    );
    check!(
        stub,
        ok,
        "Prediction",
        "create_prediction",
        c.create_prediction(&body(json!({"documentId": id, "modelId": id})))
    );
    check!(
        stub,
        ok,
        "Secrets",
        "list_secrets",
        c.list_secrets(None, None)
    );
    check!(
        stub,
        ok,
        "Secret",
        "create_secret",
        c.create_secret(&body(json!({"data": {"k": "v"}})))
    );
    check!(stub, ok, "Secret", "delete_secret", c.delete_secret(id));
    check!(
        stub,
        ok,
        "Secret",
        "update_secret",
        c.update_secret(id, &body(json!({"data": {"k": "v2"}})))
    );
    let signup = json!({"email": "a@b.c", "password": "pw", "reCaptchaResponse": "r"});
    check!(stub, ok, "SignUp", "sign_up", c.sign_up(&body(signup)));
    let types_filter = vec![types::TransitionType::Docker];
    check!(
        stub,
        ok,
        "Transitions",
        "list_transitions",
        c.list_transitions(None, None, Some(&types_filter))
    );
    let transition = json!({"transitionType": "docker", "parameters": {"imageUrl": "registry/x:1", "memory": 1024, "cpu": 256}});
    check!(
        stub,
        ok,
        "Transition",
        "create_transition",
        c.create_transition(&body(transition))
    );
    check!(
        stub,
        ok,
        "Transition",
        "get_transition",
        c.get_transition(id)
    );
    check!(
        stub,
        ok,
        "Transition",
        "delete_transition",
        c.delete_transition(id)
    );
    check!(
        stub,
        ok,
        "Transition",
        "update_transition",
        c.update_transition(id, &body(json!({"assets": {"jsRemoteComponent": id}})))
    );
    let exec_status = vec![types::TransitionExecutionStatus::Running];
    check!(
        stub,
        ok,
        "TransitionExecutions",
        "list_transition_executions",
        c.list_transition_executions(
            id,
            Some(&ids),
            None,
            None,
            Some(&types::Order::Ascending),
            Some(&types::SortBy::StartTime),
            Some(&exec_status)
        )
    );
    check!(
        stub,
        ok,
        "TransitionExecution",
        "execute_transition",
        c.execute_transition(id, &body(json!({})))
    );
    check!(
        stub,
        ok,
        "TransitionExecution",
        "get_transition_execution",
        c.get_transition_execution(id, id)
    );
    let update = json!({"status": "failed", "error": {"message": "could not read"}});
    check!(
        stub,
        ok,
        "TransitionExecution",
        "update_transition_execution",
        c.update_transition_execution(id, id, &body(update))
    );
    {
        // 204 without a body.
        let mut s = stub.lock().expect("stub lock");
        s.status = 204;
        s.body.clear();
    }
    c.send_heartbeat(id, id, &body(json!({})))
        .await
        .expect("send_heartbeat decodes its 204");
    ok.push("send_heartbeat");
    check!(stub, ok, "Users", "list_users", c.list_users(None, None));
    check!(
        stub,
        ok,
        "User",
        "create_user",
        c.create_user(&body(json!({"email": "a@b.c", "appClientId": id})))
    );
    check!(stub, ok, "User", "get_user", c.get_user(id));
    check!(stub, ok, "User", "delete_user", c.delete_user(id));
    check!(
        stub,
        ok,
        "User",
        "update_user",
        c.update_user(id, &body(json!({"avatar": null})))
    );
    check!(
        stub,
        ok,
        "Workflows",
        "list_workflows",
        c.list_workflows(None, None)
    );
    let workflow = json!({"specification": {"language": "ASL", "version": "1.0.0", "definition": {}}, "errorConfig": {"email": "a@b.c"}});
    check!(
        stub,
        ok,
        "Workflow",
        "create_workflow",
        c.create_workflow(&body(workflow))
    );
    check!(stub, ok, "Workflow", "get_workflow", c.get_workflow(id));
    check!(
        stub,
        ok,
        "Workflow",
        "delete_workflow",
        c.delete_workflow(id)
    );
    check!(
        stub,
        ok,
        "Workflow",
        "update_workflow",
        c.update_workflow(id, &body(json!({"name": "w"})))
    );
    let wf_status = vec![
        types::WorkflowExecutionStatus::Succeeded,
        types::WorkflowExecutionStatus::Error,
    ];
    check!(
        stub,
        ok,
        "WorkflowExecutions",
        "list_workflow_executions",
        c.list_workflow_executions(
            id,
            None,
            None,
            Some(&types::Order::Descending),
            Some(&types::SortBy::EndTime),
            Some(&wf_status)
        )
    );
    check!(
        stub,
        ok,
        "WorkflowExecution",
        "execute_workflow",
        c.execute_workflow(id, &body(json!({"input": {}})))
    );
    check!(
        stub,
        ok,
        "WorkflowExecution",
        "get_workflow_execution",
        c.get_workflow_execution(id, id)
    );
    check!(
        stub,
        ok,
        "WorkflowExecution",
        "delete_workflow_execution",
        c.delete_workflow_execution(id, id)
    );
    let next = json!({"nextTransitionId": "las:transition:commons-failed"});
    check!(
        stub,
        ok,
        "WorkflowExecution",
        "update_workflow_execution",
        c.update_workflow_execution(id, id, &body(next))
    );

    let exercised: std::collections::BTreeSet<&str> = ok.iter().copied().collect();
    let generated = generated_operations();
    let missing: Vec<&String> = generated
        .iter()
        .filter(|op| !exercised.contains(op.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "operations without a decode case: {missing:?}"
    );

    // List filters travel as repeated keys, enums as their wire values.
    let requests = stub.lock().expect("stub lock").requests.clone();
    let list_wf = requests
        .iter()
        .find(|r| r.contains("/executions?"))
        .expect("an executions list request");
    assert!(
        list_wf.contains("status=running") || list_wf.contains("status=succeeded&status=error"),
        "{list_wf}"
    );
    let docs = requests
        .iter()
        .find(|r| r.starts_with("GET /v1/documents?"))
        .expect("list_documents request");
    assert!(
        docs.contains("consentId=las%3Adocument%3A3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7"),
        "{docs}"
    );
}

#[tokio::test]
async fn unknown_fields_and_enum_values_decode() {
    let (base, stub, _server) = start_stub().await;
    let c = Client::new_with_client(&base, reqwest::Client::new(), RequestContext::new());

    let mut doc = fixture("Document");
    doc["contentType"] = json!("image/webp");
    doc["pageCount"] = json!(3);
    doc["groundTruth"][0]["source"] = json!("human");
    answer(&stub, 200, &doc);
    let decoded = c
        .get_document("las:document:1")
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(
        decoded.content_type,
        types::ContentType::Unknown("image/webp".into())
    );
    assert!(!decoded.content_type.is_known());
    // An unknown value goes back to the server unchanged.
    assert_eq!(
        serde_json::to_value(&decoded.content_type).expect("serializes"),
        json!("image/webp")
    );

    let mut model = fixture("Model");
    model["status"] = json!("deprecated");
    model["fieldConfig"]["total_amount"]["type"] = json!("currency");
    model["preprocessConfig"]["imageQuality"] = json!("ULTRA");
    model["trainingMetrics"] = json!({"accuracy": 0.9});
    answer(&stub, 200, &model);
    let decoded = c
        .get_model("las:model:1")
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(decoded.status.as_str(), "deprecated");
    assert_eq!(
        decoded.field_config["total_amount"].type_.as_str(),
        "currency"
    );

    let mut execs = fixture("WorkflowExecutions");
    execs["executions"][0]["status"] = json!("paused");
    execs["status"] = json!(["paused"]);
    execs["order"] = json!("random");
    answer(&stub, 200, &execs);
    let decoded = c
        .list_workflow_executions("las:workflow:1", None, None, None, None, None)
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(
        decoded.executions[0].status,
        types::WorkflowExecutionStatus::Unknown("paused".into())
    );
}

/// A workflow created without a completion step or error handling answers
/// `null` for them (nullable in the vendor's 2024-11-29 export).
#[tokio::test]
async fn a_workflow_without_completed_or_error_config_decodes() {
    let (base, stub, _server) = start_stub().await;
    let c = Client::new_with_client(&base, reqwest::Client::new(), RequestContext::new());

    let mut workflow = fixture("Workflow");
    workflow["completedConfig"] = Value::Null;
    workflow["errorConfig"] = Value::Null;
    answer(&stub, 200, &workflow);
    let decoded = c
        .get_workflow("las:workflow:1")
        .await
        .expect("decodes")
        .into_inner();
    assert!(decoded.completed_config.is_none());
    assert!(decoded.error_config.is_none());

    answer(&stub, 200, &fixture("Workflow"));
    let decoded = c
        .get_workflow("las:workflow:1")
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(
        decoded.completed_config.map(|config| config.image_url),
        Some("registry.example.com/on-complete:1".to_string())
    );
}

#[tokio::test]
async fn a_known_value_still_decodes_to_its_variant() {
    let value: types::TransitionExecutionStatus =
        serde_json::from_value(json!("rejected")).expect("decodes");
    assert_eq!(value, types::TransitionExecutionStatus::Rejected);
    assert_eq!(value.to_string(), "rejected");
    assert_eq!(
        types::ContentType::KNOWN,
        ["application/pdf", "image/jpeg", "image/png", "image/tiff"]
    );
}

/// The names of every operation of the generated client.
fn generated_operations() -> std::collections::BTreeSet<String> {
    include_str!("../src/generated.rs")
        .split("pub async fn ")
        .skip(1)
        .filter_map(|rest| rest.split(['<', '(']).next())
        .map(str::to_string)
        .collect()
}
