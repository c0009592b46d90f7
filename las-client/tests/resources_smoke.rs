//! Every handler method of las-client reaches its operation: each
//! operation is called once through the handlers against a loopback stub
//! that answers with a realistic response (las-api's fixtures), and the
//! stub's view of the request (`METHOD /v1/path`) must be the operation's.
//! A handler wired to the wrong operation, method or path fails here.
//!
//! Filters whose values share a type (the ids of `GET /logs`, the sort and
//! order of executions) are checked in the query too, and a few bodies are
//! checked where a handler fills in fields on its own.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use las_client::credentials::Credentials;
use las_client::models::field;
use las_client::types::{
    DataBundleStatus, DockerTransitionParameters, FieldType, ImageQuality, ModelStatus, Order,
    PatchTrainingIdStatus, PostTransformationsOperationsItem,
    PostTransformationsOperationsItemType, SortBy, TransitionExecutionStatus,
    TransitionExecutionUpdateStatus, TransitionType, WorkflowExecutionStatus,
};
use las_client::{Client, RetryPolicy};
use percent_encoding::percent_decode_str;
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// One request as the stub saw it: `METHOD /decoded/target` and the body.
#[derive(Clone, Debug)]
struct Seen {
    line: String,
    body: String,
}

/// The canned response of the stub and the requests it saw.
#[derive(Default)]
struct Stub {
    status: u16,
    body: String,
    requests: Vec<Seen>,
}

/// Answers every request with the canned response and records it.
struct Canned(Arc<Mutex<Stub>>);

impl Respond for Canned {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let target = match request.url.query() {
            Some(query) => format!("{}?{query}", request.url.path()),
            None => request.url.path().to_string(),
        };
        // `%XX` escapes decoded, so ids like `las:model:abc` read as sent.
        let target = percent_decode_str(&target).decode_utf8_lossy().into_owned();
        let mut stub = self.0.lock().expect("stub lock");
        stub.requests.push(Seen {
            line: format!("{} {target}", request.method),
            body: String::from_utf8_lossy(&request.body).into_owned(),
        });
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
    let path = format!(
        "{}/../las-api/tests/fixtures/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The names of every operation of the generated client.
fn generated_operations() -> BTreeSet<String> {
    let path = format!("{}/../las-api/src/generated.rs", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    source
        .split("pub async fn ")
        .skip(1)
        .filter_map(|rest| rest.split(['<', '(']).next())
        .map(str::to_string)
        .collect()
}

/// The stub, plus the operations called so far.
struct Harness {
    stub: Arc<Mutex<Stub>>,
    called: Vec<&'static str>,
}

impl Harness {
    /// Answer the next request with `status` and `body`, forgetting earlier
    /// requests.
    fn answer(&self, status: u16, body: Option<Value>) {
        let mut s = self.stub.lock().expect("stub lock");
        s.status = status;
        s.body = body.map(|b| b.to_string()).unwrap_or_default();
        s.requests.clear();
    }

    /// Check that `result` succeeded with exactly one request, to `expected`
    /// (`METHOD /v1/path`, the query left out), and return that request.
    fn check<T>(
        &mut self,
        operation: &'static str,
        expected: &str,
        result: las_client::Result<T>,
    ) -> Seen {
        if let Err(e) = result {
            panic!("{operation} failed: {e:?}");
        }
        let requests = std::mem::take(&mut self.stub.lock().expect("stub lock").requests);
        assert_eq!(
            requests.len(),
            1,
            "{operation} sent {} requests: {requests:?}",
            requests.len()
        );
        let seen = requests.into_iter().next().unwrap();
        let without_query = seen.line.split('?').next().unwrap_or_default();
        assert_eq!(
            without_query, expected,
            "{operation} went to the wrong place"
        );
        self.called.push(operation);
        seen
    }
}

/// Call a handler method once: answer with `$fixture` (a fixture name, or
/// `None` for an empty 204), await `$call`, and check it reached `$line`.
macro_rules! op {
    ($h:ident, $operation:literal, $line:expr, None, $call:expr) => {{
        $h.answer(204, None);
        let result = $call.await;
        $h.check($operation, &$line, result)
    }};
    ($h:ident, $operation:literal, $line:expr, $fixture:literal, $call:expr) => {{
        $h.answer(200, Some(fixture($fixture)));
        let result = $call.await;
        $h.check($operation, &$line, result)
    }};
}

fn body(seen: &Seen) -> Value {
    serde_json::from_str(&seen.body).unwrap_or_else(|e| panic!("{seen:?}: {e}"))
}

const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";

#[tokio::test]
async fn every_operation_is_reachable_through_its_handler() {
    let (base_url, stub, _server) = start_stub().await;
    let c = Client::builder()
        .credentials(Credentials::api_key("k", &base_url).expect("api key credentials"))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .expect("client");
    let mut h = Harness {
        stub,
        called: Vec::new(),
    };

    let app = "las:app-client:a1";
    let asset = "las:asset:a1";
    let dataset = "las:dataset:d1";
    let doc = "las:document:d1";
    let log = "las:log:l1";
    let model = "las:model:m1";
    let bundle = "las:data-bundle:b1";
    let org = "las:organization:o1";
    let secret = "las:secret:s1";
    let transition = "las:transition:t1";
    let t_exec = "las:transition-execution:te1";
    let user = "las:user:u1";
    let workflow = "las:workflow:w1";
    let w_exec = "las:workflow-execution:we1";

    // App clients.
    let seen = op!(
        h,
        "list_app_clients",
        "GET /v1/appClients",
        "AppClients",
        c.app_clients().list().max_results(5).send()
    );
    assert!(seen.line.contains("maxResults=5"), "{seen:?}");
    let seen = op!(
        h,
        "create_app_client",
        "POST /v1/appClients",
        "AppClient",
        c.app_clients()
            .create()
            .name("n")
            .login_urls(["https://a/login"])
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"name": "n", "generateSecret": true, "loginUrls": ["https://a/login"]})
    );
    op!(
        h,
        "update_app_client",
        format!("PATCH /v1/appClients/{app}"),
        "AppClient",
        c.app_clients().update(app).description("d").send()
    );
    op!(
        h,
        "delete_app_client",
        format!("DELETE /v1/appClients/{app}"),
        "AppClient",
        c.app_clients().delete(app)
    );

    // Assets.
    op!(
        h,
        "list_assets",
        "GET /v1/assets",
        "Assets",
        c.assets().list().send()
    );
    let seen = op!(
        h,
        "create_asset",
        "POST /v1/assets",
        "Asset",
        c.assets()
            .create(b"console.log('hi')".as_slice())
            .name("hi.js")
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"content": "Y29uc29sZS5sb2coJ2hpJyk=", "name": "hi.js"})
    );
    op!(
        h,
        "get_asset",
        format!("GET /v1/assets/{asset}"),
        "Asset",
        c.assets().get(asset)
    );
    op!(
        h,
        "update_asset",
        format!("PATCH /v1/assets/{asset}"),
        "Asset",
        c.assets().update(asset).content(b"x".as_slice()).send()
    );
    op!(
        h,
        "delete_asset",
        format!("DELETE /v1/assets/{asset}"),
        "Asset",
        c.assets().delete(asset)
    );
    // The download helpers go through get_asset and decode the content.
    h.answer(200, Some(fixture("Asset")));
    assert_eq!(
        c.assets().download(asset).await.unwrap(),
        b"console.log('hi')"
    );

    // Datasets.
    op!(
        h,
        "list_datasets",
        "GET /v1/datasets",
        "Datasets",
        c.datasets().list().send()
    );
    op!(
        h,
        "create_dataset",
        "POST /v1/datasets",
        "Dataset",
        c.datasets().create().name("d").send()
    );
    op!(
        h,
        "get_dataset",
        format!("GET /v1/datasets/{dataset}"),
        "Dataset",
        c.datasets().get(dataset)
    );
    op!(
        h,
        "update_dataset",
        format!("PATCH /v1/datasets/{dataset}"),
        "Dataset",
        c.datasets().update(dataset).name("d2").send()
    );
    op!(
        h,
        "delete_dataset",
        format!("DELETE /v1/datasets/{dataset}"),
        "Dataset",
        c.datasets().delete(dataset).send()
    );

    // Documents.
    op!(
        h,
        "list_documents",
        "GET /v1/documents",
        "Documents",
        c.documents().list().dataset_id(dataset).send()
    );
    op!(
        h,
        "create_document",
        "POST /v1/documents",
        "Document",
        c.documents()
            .create(PDF)
            .dataset_id(dataset)
            .inline(true)
            .send()
    );
    op!(
        h,
        "delete_documents",
        "DELETE /v1/documents",
        "Documents",
        c.documents().delete_many().dataset_id(dataset).send()
    );
    op!(
        h,
        "get_document",
        format!("GET /v1/documents/{doc}"),
        "Document",
        c.documents().get(doc)
    );
    op!(
        h,
        "update_document",
        format!("PATCH /v1/documents/{doc}"),
        "Document",
        c.documents()
            .update(doc)
            .ground_truth([("total", "1.00")])
            .send()
    );
    op!(
        h,
        "delete_document",
        format!("DELETE /v1/documents/{doc}"),
        "Document",
        c.documents().delete(doc)
    );

    // Logs.
    let seen = op!(
        h,
        "list_logs",
        "GET /v1/logs",
        "Logs",
        c.logs()
            .list()
            .workflow_id("wf-1")
            .workflow_execution_id("wfe-1")
            .transition_id("tr-1")
            .transition_execution_id("tre-1")
            .order(Order::Descending)
            .send()
    );
    for pair in [
        "workflowId=wf-1",
        "workflowExecutionId=wfe-1",
        "transitionId=tr-1",
        "transitionExecutionId=tre-1",
        "order=descending",
    ] {
        assert!(seen.line.contains(pair), "{pair} not in {seen:?}");
    }
    op!(
        h,
        "get_log",
        format!("GET /v1/logs/{log}"),
        "Log",
        c.logs().get(log)
    );

    // Models.
    op!(
        h,
        "list_models",
        "GET /v1/models",
        "Models",
        c.models().list().send()
    );
    let seen = op!(
        h,
        "create_model",
        "POST /v1/models",
        "Model",
        c.models()
            .create([("total", field(FieldType::Amount, 10))])
            .width(1052)
            .height(1488)
            .name("m")
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"width": 1052, "height": 1488, "name": "m",
               "fieldConfig": {"total": {"type": "amount", "maxLength": 10}}})
    );
    op!(
        h,
        "get_model",
        format!("GET /v1/models/{model}"),
        "Model",
        c.models().get(model)
    );
    let seen = op!(
        h,
        "update_model",
        format!("PATCH /v1/models/{model}"),
        "Model",
        c.models()
            .update(model)
            .status(ModelStatus::Training)
            .send()
    );
    assert_eq!(body(&seen), json!({"status": "training"}));
    op!(
        h,
        "delete_model",
        format!("DELETE /v1/models/{model}"),
        "Model",
        c.models().delete(model)
    );

    // Data bundles.
    let bundles = c.models().data_bundles(model);
    let seen = op!(
        h,
        "list_data_bundles",
        format!("GET /v1/models/{model}/dataBundles"),
        "DataBundles",
        bundles.list().status(DataBundleStatus::Ready).send()
    );
    assert!(seen.line.contains("status=ready"), "{seen:?}");
    let seen = op!(
        h,
        "create_data_bundle",
        format!("POST /v1/models/{model}/dataBundles"),
        "DataBundle",
        bundles.create([dataset]).name("b").send()
    );
    assert_eq!(body(&seen), json!({"datasetIds": [dataset], "name": "b"}));
    op!(
        h,
        "update_data_bundle",
        format!("PATCH /v1/models/{model}/dataBundles/{bundle}"),
        "DataBundle",
        bundles.update(bundle).description("d").send()
    );
    op!(
        h,
        "delete_data_bundle",
        format!("DELETE /v1/models/{model}/dataBundles/{bundle}"),
        "DataBundle",
        bundles.delete(bundle)
    );

    // Organizations.
    op!(
        h,
        "get_organization",
        format!("GET /v1/organizations/{org}"),
        "Organization",
        c.organizations().get(org)
    );
    op!(
        h,
        "update_organization",
        format!("PATCH /v1/organizations/{org}"),
        "Organization",
        c.organizations().update(org).name("o").send()
    );

    // Predictions.
    op!(
        h,
        "list_predictions",
        "GET /v1/predictions",
        "Predictions",
        c.predictions().list().send()
    );
    let seen = op!(
        h,
        "create_prediction",
        "POST /v1/predictions",
        "Prediction",
        c.predictions()
            .create(doc, model)
            .image_quality(ImageQuality::High)
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"documentId": doc, "modelId": model, "imageQuality": "HIGH"})
    );

    // Secrets.
    op!(
        h,
        "list_secrets",
        "GET /v1/secrets",
        "Secrets",
        c.secrets().list().send()
    );
    let seen = op!(
        h,
        "create_secret",
        "POST /v1/secrets",
        "Secret",
        c.secrets()
            .create([("username", "robot"), ("password", "pw")])
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"data": {"username": "robot", "password": "pw"}})
    );
    op!(
        h,
        "update_secret",
        format!("PATCH /v1/secrets/{secret}"),
        "Secret",
        c.secrets()
            .update(secret)
            .data(json!({"password": "pw2"}))
            .send()
    );
    op!(
        h,
        "delete_secret",
        format!("DELETE /v1/secrets/{secret}"),
        "Secret",
        c.secrets().delete(secret)
    );

    // Sign-up.
    op!(
        h,
        "sign_up",
        "POST /v1/signup",
        "SignUp",
        c.sign_up("ola@example.com", "pw", "captcha").send()
    );

    // Transitions.
    let seen = op!(
        h,
        "list_transitions",
        "GET /v1/transitions",
        "Transitions",
        c.transitions()
            .list()
            .transition_type(TransitionType::Docker)
            .send()
    );
    assert!(seen.line.contains("transitionType=docker"), "{seen:?}");
    let docker = DockerTransitionParameters::new("registry/x:1".into());
    let seen = op!(
        h,
        "create_transition",
        "POST /v1/transitions",
        "Transition",
        c.transitions()
            .create(TransitionType::Docker)
            .in_schema(json!({"type": "object"}))
            .parameters(docker)
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"transitionType": "docker", "inputJsonSchema": {"type": "object"},
               "parameters": {"imageUrl": "registry/x:1"}})
    );
    op!(
        h,
        "get_transition",
        format!("GET /v1/transitions/{transition}"),
        "Transition",
        c.transitions().get(transition)
    );
    op!(
        h,
        "update_transition",
        format!("PATCH /v1/transitions/{transition}"),
        "Transition",
        c.transitions()
            .update(transition)
            .assets([("jsRemoteComponent", asset)])
            .send()
    );
    op!(
        h,
        "delete_transition",
        format!("DELETE /v1/transitions/{transition}"),
        "Transition",
        c.transitions().delete(transition)
    );

    // Transition executions.
    let executions = c.transitions().executions(transition);
    let seen = op!(
        h,
        "list_transition_executions",
        format!("GET /v1/transitions/{transition}/executions"),
        "TransitionExecutions",
        executions
            .list()
            .status(TransitionExecutionStatus::Running)
            .execution_id(t_exec)
            .sort_by(SortBy::StartTime)
            .order(Order::Ascending)
            .send()
    );
    for pair in [
        "status=running".to_string(),
        format!("executionId={t_exec}"),
        "sortBy=startTime".to_string(),
        "order=ascending".to_string(),
    ] {
        assert!(seen.line.contains(&pair), "{pair} not in {seen:?}");
    }
    op!(
        h,
        "execute_transition",
        format!("POST /v1/transitions/{transition}/executions"),
        "TransitionExecution",
        executions.execute()
    );
    op!(
        h,
        "get_transition_execution",
        format!("GET /v1/transitions/{transition}/executions/{t_exec}"),
        "TransitionExecution",
        executions.get(t_exec)
    );
    let seen = op!(
        h,
        "update_transition_execution",
        format!("PATCH /v1/transitions/{transition}/executions/{t_exec}"),
        "TransitionExecution",
        executions
            .update(t_exec, TransitionExecutionUpdateStatus::Succeeded)
            .output(json!({"total": "1.00"}))
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"status": "succeeded", "output": {"total": "1.00"}})
    );
    op!(
        h,
        "send_heartbeat",
        format!("POST /v1/transitions/{transition}/executions/{t_exec}/heartbeats"),
        None,
        executions.heartbeat(t_exec)
    );

    // Users.
    op!(
        h,
        "list_users",
        "GET /v1/users",
        "Users",
        c.users().list().send()
    );
    let seen = op!(
        h,
        "create_user",
        "POST /v1/users",
        "User",
        c.users().create("ola@example.com", app).send()
    );
    assert_eq!(
        body(&seen),
        json!({"email": "ola@example.com", "appClientId": app})
    );
    op!(
        h,
        "get_user",
        format!("GET /v1/users/{user}"),
        "User",
        c.users().get(user)
    );
    op!(
        h,
        "update_user",
        format!("PATCH /v1/users/{user}"),
        "User",
        c.users().update(user).name("Ola").send()
    );
    op!(
        h,
        "delete_user",
        format!("DELETE /v1/users/{user}"),
        "User",
        c.users().delete(user)
    );

    // Workflows.
    op!(
        h,
        "list_workflows",
        "GET /v1/workflows",
        "Workflows",
        c.workflows().list().send()
    );
    let seen = op!(
        h,
        "create_workflow",
        "POST /v1/workflows",
        "Workflow",
        c.workflows()
            .create(json!({"StartAt": "a"}))
            .name("w")
            .send()
    );
    assert_eq!(
        body(&seen),
        json!({"name": "w", "specification":
               {"language": "ASL", "version": "1.0.0", "definition": {"StartAt": "a"}}})
    );
    op!(
        h,
        "get_workflow",
        format!("GET /v1/workflows/{workflow}"),
        "Workflow",
        c.workflows().get(workflow)
    );
    op!(
        h,
        "update_workflow",
        format!("PATCH /v1/workflows/{workflow}"),
        "Workflow",
        c.workflows().update(workflow).name("w2").send()
    );
    op!(
        h,
        "delete_workflow",
        format!("DELETE /v1/workflows/{workflow}"),
        "Workflow",
        c.workflows().delete(workflow)
    );

    // Workflow executions.
    let executions = c.workflows().executions(workflow);
    let seen = op!(
        h,
        "list_workflow_executions",
        format!("GET /v1/workflows/{workflow}/executions"),
        "WorkflowExecutions",
        executions
            .list()
            .status(WorkflowExecutionStatus::Succeeded)
            .status(WorkflowExecutionStatus::Error)
            .sort_by(SortBy::EndTime)
            .order(Order::Descending)
            .send()
    );
    for pair in [
        "status=succeeded",
        "status=error",
        "sortBy=endTime",
        "order=descending",
    ] {
        assert!(seen.line.contains(pair), "{pair} not in {seen:?}");
    }
    let seen = op!(
        h,
        "execute_workflow",
        format!("POST /v1/workflows/{workflow}/executions"),
        "WorkflowExecution",
        executions.execute([("documentId", doc)])
    );
    assert_eq!(body(&seen), json!({"input": {"documentId": doc}}));
    op!(
        h,
        "get_workflow_execution",
        format!("GET /v1/workflows/{workflow}/executions/{w_exec}"),
        "WorkflowExecution",
        executions.get(w_exec)
    );
    let seen = op!(
        h,
        "update_workflow_execution",
        format!("PATCH /v1/workflows/{workflow}/executions/{w_exec}"),
        "WorkflowExecution",
        executions.update(w_exec, "las:transition:commons-failed")
    );
    assert_eq!(
        body(&seen),
        json!({"nextTransitionId": "las:transition:commons-failed"})
    );
    op!(
        h,
        "delete_workflow_execution",
        format!("DELETE /v1/workflows/{workflow}/executions/{w_exec}"),
        "WorkflowExecution",
        executions.delete(w_exec)
    );

    // The live API's operations.
    op!(
        h,
        "get_app_client",
        format!("GET /v1/appClients/{app}"),
        "AppClient",
        c.app_clients().get(app)
    );
    op!(
        h,
        "get_data_bundle",
        format!("GET /v1/models/{model}/dataBundles/{bundle}"),
        "DataBundle",
        c.models().data_bundles(model).get(bundle)
    );
    op!(
        h,
        "get_prediction",
        "GET /v1/predictions/las:prediction:p1",
        "Prediction",
        c.predictions().get("las:prediction:p1")
    );
    op!(
        h,
        "list_transformations",
        format!("GET /v1/datasets/{dataset}/transformations"),
        "Transformations",
        c.datasets().transformations(dataset).list().send()
    );
    op!(
        h,
        "create_transformation",
        format!("POST /v1/datasets/{dataset}/transformations"),
        "Transformation",
        c.datasets()
            .transformations(dataset)
            .create([PostTransformationsOperationsItem::new(
                PostTransformationsOperationsItemType::RemoveDuplicates
            )])
            .send()
    );
    op!(
        h,
        "delete_transformation",
        format!("DELETE /v1/datasets/{dataset}/transformations/las:dataset-transformation:x1"),
        "Transformation",
        c.datasets()
            .transformations(dataset)
            .delete("las:dataset-transformation:x1")
    );
    op!(
        h,
        "list_trainings",
        format!("GET /v1/models/{model}/trainings"),
        "Trainings",
        c.models().trainings(model).list().send()
    );
    op!(
        h,
        "create_training",
        format!("POST /v1/models/{model}/trainings"),
        "Training",
        c.models()
            .trainings(model)
            .create([bundle])
            .name("first")
            .send()
    );
    op!(
        h,
        "get_training",
        format!("GET /v1/models/{model}/trainings/las:model-training:t1"),
        "Training",
        c.models().trainings(model).get("las:model-training:t1")
    );
    op!(
        h,
        "update_training",
        format!("PATCH /v1/models/{model}/trainings/las:model-training:t1"),
        "Training",
        c.models()
            .trainings(model)
            .update("las:model-training:t1")
            .status(PatchTrainingIdStatus::Cancelled)
            .send()
    );
    op!(
        h,
        "list_deployment_environments",
        "GET /v1/deploymentEnvironments",
        "DeploymentEnvironments",
        c.deployment_environments().list().send()
    );
    op!(
        h,
        "get_deployment_environment",
        "GET /v1/deploymentEnvironments/las:deployment-environment:e1",
        "DeploymentEnvironment",
        c.deployment_environments()
            .get("las:deployment-environment:e1")
    );
    op!(
        h,
        "list_organizations",
        "GET /v1/organizations",
        "Organizations",
        c.organizations().list().send()
    );
    op!(
        h,
        "create_organization",
        "POST /v1/organizations",
        "Organization",
        c.organizations().create().name("Acme").send()
    );
    op!(
        h,
        "list_payment_methods",
        "GET /v1/paymentMethods",
        "PaymentMethods",
        c.payment_methods().list().send()
    );
    op!(
        h,
        "create_payment_method",
        "POST /v1/paymentMethods",
        "PaymentMethod",
        c.payment_methods().create().name("card").send()
    );
    op!(
        h,
        "get_payment_method",
        "GET /v1/paymentMethods/las:payment-method:p1",
        "PaymentMethod",
        c.payment_methods().get("las:payment-method:p1")
    );
    op!(
        h,
        "update_payment_method",
        "PATCH /v1/paymentMethods/las:payment-method:p1",
        "PaymentMethod",
        c.payment_methods()
            .update("las:payment-method:p1")
            .description("main")
            .send()
    );
    op!(
        h,
        "delete_payment_method",
        "DELETE /v1/paymentMethods/las:payment-method:p1",
        "PaymentMethod",
        c.payment_methods().delete("las:payment-method:p1")
    );
    op!(
        h,
        "list_plans",
        "GET /v1/plans",
        "Plans",
        c.plans().list().send()
    );
    op!(
        h,
        "get_plan",
        "GET /v1/plans/las:plan:free",
        "Plan",
        c.plans().get("las:plan:free")
    );
    op!(
        h,
        "get_profile",
        "GET /v1/profiles/las:profile:p1",
        "Profile",
        c.profiles().get("las:profile:p1")
    );
    op!(
        h,
        "update_profile",
        "PATCH /v1/profiles/las:profile:p1",
        "Profile",
        c.profiles().update("las:profile:p1").locale("nb-NO").send()
    );
    op!(
        h,
        "list_roles",
        "GET /v1/roles",
        "Roles",
        c.roles().list().send()
    );
    op!(
        h,
        "get_role",
        "GET /v1/roles/las:role:admin",
        "Role",
        c.roles().get("las:role:admin")
    );

    // Every operation once, and no other.
    let called: BTreeSet<String> = h.called.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        called.len(),
        h.called.len(),
        "an operation was called twice"
    );
    let generated = generated_operations();
    let missing: Vec<&String> = generated.difference(&called).collect();
    let extra: Vec<&String> = called.difference(&generated).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "not reached through a handler: {missing:?}; not an operation: {extra:?}"
    );
}
