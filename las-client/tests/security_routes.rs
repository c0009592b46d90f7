//! Every path parameter of every operation, and every `raw_request` path,
//! either reaches the server as exactly one encoded segment of the intended
//! route or is refused before anything is sent (`Error::InvalidInput`).
//!
//! The operations and their path templates come from `openapi.yaml`; the
//! table below maps each operation id to a call through the las-client
//! handlers. An operation with path parameters that the table lacks fails the
//! test by name.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;

use las_client::credentials::Credentials;
use las_client::types::{
    PostTransformationsOperationsItem, PostTransformationsOperationsItemType,
    TransitionExecutionUpdateStatus,
};
use las_client::{Client, Error, RetryPolicy};
use percent_encoding::percent_decode_str;
use serde_json::json;
use support::{json as json_response, Server};

/// Ids an attacker (or a careless caller) might pass.
const HOSTILE: &[&str] = &[
    "",
    ".",
    "..",
    "/",
    "\\",
    "..\\..\\users",
    "\\..\\..\\users",
    "\\..\\secrets",
    "../../users",
    "a/../b",
    "a\\b",
    "%2e%2e",
    "%2E%2e",
    ".%2e",
    "%2e",
    "%2F",
    "%5C",
    "a%2Fb",
    "%",
    "?",
    "a?b=c",
    "#",
    "a#b",
    " ",
    "a b",
    " leading",
    "trailing ",
    "\t",
    "a\tb",
    "a\nb",
    "a\rb",
    "\u{0}",
    "a\u{7f}b",
    "a\u{85}b",
    "é",
    "日本語",
    "😀",
    "\u{202e}",
    "\u{feff}x",
    "．．",
    "las:document:ok;x=1",
    "las:document:1",
];

/// A benign value for the other parameter of two-parameter routes.
const BENIGN: &str = "las:benign:1";

type Outcome = Pin<Box<dyn Future<Output = las_client::Result<()>> + Send>>;
type Call = fn(Client, Vec<String>) -> Outcome;

fn ok<T>(r: las_client::Result<T>) -> las_client::Result<()> {
    r.map(drop)
}

/// operationId -> a call through the handlers, taking the path parameters in
/// the order they appear in the path template.
fn table() -> BTreeMap<&'static str, Call> {
    let mut t: BTreeMap<&'static str, Call> = BTreeMap::new();
    macro_rules! op {
        ($id:literal, |$c:ident, $p:ident| $body:expr) => {
            t.insert($id, |$c, $p| Box::pin(async move { ok($body) }));
        };
    }
    op!("deleteAppClient", |c, p| c
        .app_clients()
        .delete(&p[0])
        .await);
    op!("updateAppClient", |c, p| c
        .app_clients()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("getAppClient", |c, p| c.app_clients().get(&p[0]).await);
    op!("deleteAsset", |c, p| c.assets().delete(&p[0]).await);
    op!("getAsset", |c, p| c.assets().get(&p[0]).await);
    op!("updateAsset", |c, p| c
        .assets()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("deleteDataset", |c, p| c
        .datasets()
        .delete(&p[0])
        .send()
        .await);
    op!("getDataset", |c, p| c.datasets().get(&p[0]).await);
    op!("updateDataset", |c, p| c
        .datasets()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("listTransformations", |c, p| c
        .datasets()
        .transformations(&p[0])
        .list()
        .send()
        .await);
    op!("createTransformation", |c, p| c
        .datasets()
        .transformations(&p[0])
        .create([PostTransformationsOperationsItem::new(
            PostTransformationsOperationsItemType::RemoveDuplicates
        )])
        .send()
        .await);
    op!("deleteTransformation", |c, p| c
        .datasets()
        .transformations(&p[0])
        .delete(&p[1])
        .await);
    op!("getDeploymentEnvironment", |c, p| c
        .deployment_environments()
        .get(&p[0])
        .await);
    op!("deleteDocument", |c, p| c.documents().delete(&p[0]).await);
    op!("getDocument", |c, p| c.documents().get(&p[0]).await);
    op!("updateDocument", |c, p| c
        .documents()
        .update(&p[0])
        .dataset_id("las:dataset:1")
        .send()
        .await);
    op!("getLog", |c, p| c.logs().get(&p[0]).await);
    op!("deleteModel", |c, p| c.models().delete(&p[0]).await);
    op!("getModel", |c, p| c.models().get(&p[0]).await);
    op!("updateModel", |c, p| c
        .models()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("listDataBundles", |c, p| c
        .models()
        .data_bundles(&p[0])
        .list()
        .send()
        .await);
    op!("createDataBundle", |c, p| c
        .models()
        .data_bundles(&p[0])
        .create(["las:dataset:1"])
        .send()
        .await);
    op!("getDataBundle", |c, p| c
        .models()
        .data_bundles(&p[0])
        .get(&p[1])
        .await);
    op!("listTrainings", |c, p| c
        .models()
        .trainings(&p[0])
        .list()
        .send()
        .await);
    op!("createTraining", |c, p| c
        .models()
        .trainings(&p[0])
        .create(["las:model-data-bundle:1"])
        .send()
        .await);
    op!("getTraining", |c, p| c
        .models()
        .trainings(&p[0])
        .get(&p[1])
        .await);
    op!("updateTraining", |c, p| c
        .models()
        .trainings(&p[0])
        .update(&p[1])
        .name("n")
        .send()
        .await);
    op!("getPaymentMethod", |c, p| c
        .payment_methods()
        .get(&p[0])
        .await);
    op!("deletePaymentMethod", |c, p| c
        .payment_methods()
        .delete(&p[0])
        .await);
    op!("updatePaymentMethod", |c, p| c
        .payment_methods()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("getPlan", |c, p| c.plans().get(&p[0]).await);
    op!("getPrediction", |c, p| c.predictions().get(&p[0]).await);
    op!("getProfile", |c, p| c.profiles().get(&p[0]).await);
    op!("updateProfile", |c, p| c
        .profiles()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("getRole", |c, p| c.roles().get(&p[0]).await);
    op!("deleteDataBundle", |c, p| c
        .models()
        .data_bundles(&p[0])
        .delete(&p[1])
        .await);
    op!("updateDataBundle", |c, p| c
        .models()
        .data_bundles(&p[0])
        .update(&p[1])
        .name("n")
        .send()
        .await);
    op!("getOrganization", |c, p| c.organizations().get(&p[0]).await);
    op!("updateOrganization", |c, p| c
        .organizations()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("deleteSecret", |c, p| c.secrets().delete(&p[0]).await);
    op!("updateSecret", |c, p| c
        .secrets()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("deleteTransition", |c, p| c
        .transitions()
        .delete(&p[0])
        .await);
    op!("getTransition", |c, p| c.transitions().get(&p[0]).await);
    op!("updateTransition", |c, p| c
        .transitions()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("listTransitionExecutions", |c, p| c
        .transitions()
        .executions(&p[0])
        .list()
        .send()
        .await);
    op!("executeTransition", |c, p| c
        .transitions()
        .executions(&p[0])
        .execute()
        .await);
    op!("getTransitionExecution", |c, p| c
        .transitions()
        .executions(&p[0])
        .get(&p[1])
        .await);
    op!("updateTransitionExecution", |c, p| c
        .transitions()
        .executions(&p[0])
        .update(&p[1], TransitionExecutionUpdateStatus::Succeeded)
        .output(json!({"ok": true}))
        .send()
        .await);
    op!("sendHeartbeat", |c, p| c
        .transitions()
        .executions(&p[0])
        .heartbeat(&p[1])
        .await);
    op!("deleteUser", |c, p| c.users().delete(&p[0]).await);
    op!("getUser", |c, p| c.users().get(&p[0]).await);
    op!("updateUser", |c, p| c
        .users()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("deleteWorkflow", |c, p| c.workflows().delete(&p[0]).await);
    op!("getWorkflow", |c, p| c.workflows().get(&p[0]).await);
    op!("updateWorkflow", |c, p| c
        .workflows()
        .update(&p[0])
        .name("n")
        .send()
        .await);
    op!("listWorkflowExecutions", |c, p| c
        .workflows()
        .executions(&p[0])
        .list()
        .send()
        .await);
    op!("executeWorkflow", |c, p| c
        .workflows()
        .executions(&p[0])
        .execute(json!({}))
        .await);
    op!("deleteWorkflowExecution", |c, p| c
        .workflows()
        .executions(&p[0])
        .delete(&p[1])
        .await);
    op!("getWorkflowExecution", |c, p| c
        .workflows()
        .executions(&p[0])
        .get(&p[1])
        .await);
    op!("updateWorkflowExecution", |c, p| c
        .workflows()
        .executions(&p[0])
        .update(&p[1], "las:transition:1")
        .await);
    t
}

struct SpecOp {
    method: String,
    /// e.g. `/documents/{documentId}`.
    template: String,
}

/// Operations of openapi.yaml that have path parameters.
fn spec_ops_with_path_params() -> BTreeMap<String, SpecOp> {
    let doc: serde_json::Value =
        serde_yaml_ng::from_str(include_str!("../../openapi.yaml")).expect("openapi.yaml");
    let mut out = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        if !path.contains('{') {
            continue;
        }
        for (method, op) in item.as_object().expect("path item") {
            if !matches!(method.as_str(), "get" | "post" | "put" | "patch" | "delete") {
                continue;
            }
            let id = op["operationId"].as_str().expect("operationId").to_owned();
            out.insert(
                id,
                SpecOp {
                    method: method.to_ascii_uppercase(),
                    template: path.clone(),
                },
            );
        }
    }
    out
}

/// Splits a template into literal segments and parameter slots.
fn template_segments(template: &str) -> Vec<Option<&str>> {
    template
        .trim_start_matches('/')
        .split('/')
        .map(|s| (!s.starts_with('{')).then_some(s))
        .collect()
}

fn client(server: &Server) -> Client {
    Client::builder()
        .credentials(
            Credentials::api_key("route-test-key", format!("{}/v1", server.url()))
                .expect("credentials"),
        )
        .retry_policy(RetryPolicy::disabled())
        .timeout(std::time::Duration::from_secs(5))
        .build()
        .expect("client")
}

/// Checks a received request target against the template: same literal
/// segments, and each parameter slot exactly one segment that decodes to the
/// value passed. Returns a description of the violation, if any.
fn check_target(target: &str, template: &str, params: &[String]) -> Result<(), String> {
    let path = target.split('?').next().unwrap_or("");
    let Some(rest) = path.strip_prefix("/v1/") else {
        return Err(format!("left the base path: {target}"));
    };
    if target.contains('?') || target.contains('#') {
        return Err(format!("a query or fragment appeared: {target}"));
    }
    let got: Vec<&str> = rest.split('/').collect();
    let want = template_segments(template);
    if got.len() != want.len() {
        return Err(format!(
            "{} segments instead of {}: {target}",
            got.len(),
            want.len()
        ));
    }
    let mut slot = 0;
    for (g, w) in got.iter().zip(&want) {
        match w {
            Some(literal) if g != literal => {
                return Err(format!("segment {g:?} instead of {literal:?}: {target}"))
            }
            Some(_) => {}
            None => {
                let decoded = percent_decode_str(g).decode_utf8_lossy();
                if decoded != params[slot] {
                    return Err(format!(
                        "parameter {:?} arrived as {g:?} (decodes to {decoded:?}): {target}",
                        params[slot]
                    ));
                }
                if *g == "." || *g == ".." || g.is_empty() {
                    return Err(format!("a dot or empty segment: {target}"));
                }
                slot += 1;
            }
        }
    }
    Ok(())
}

#[tokio::test]
async fn every_path_parameter_of_every_operation_is_one_segment_or_refused() {
    let spec = spec_ops_with_path_params();
    let table = table();
    let missing: Vec<&String> = spec
        .keys()
        .filter(|id| !table.contains_key(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "operations with path parameters missing from the table: {missing:?}"
    );
    let unknown: Vec<&&str> = table.keys().filter(|id| !spec.contains_key(**id)).collect();
    assert!(
        unknown.is_empty(),
        "table entries not in openapi.yaml: {unknown:?}"
    );

    let server = Server::always(json_response(404, &json!({"message": "Not Found"}))).await;
    let client = client(&server);
    let mut failures = Vec::new();
    let mut refused = BTreeSet::new();
    let mut sent = 0usize;
    for (id, op) in &spec {
        let slots = template_segments(&op.template)
            .iter()
            .filter(|s| s.is_none())
            .count();
        for position in 0..slots {
            for hostile in HOSTILE {
                let params: Vec<String> = (0..slots)
                    .map(|i| {
                        if i == position {
                            hostile.to_string()
                        } else {
                            BENIGN.to_string()
                        }
                    })
                    .collect();
                let before = server.requests().len();
                let result = (table[id.as_str()])(client.clone(), params.clone()).await;
                let received = server.requests();
                let new = &received[before..];
                let case = format!("{id} param {position} = {hostile:?}");
                match (result, new) {
                    (Err(Error::InvalidInput { .. }), []) => {
                        refused.insert(*hostile);
                    }
                    (Err(Error::InvalidInput { what }), _) => {
                        failures.push(format!("{case}: refused ({what}) but something was sent"))
                    }
                    (Err(Error::NotFound { .. }), [one]) => {
                        sent += 1;
                        if one.method() != op.method {
                            failures.push(format!(
                                "{case}: method {} instead of {}",
                                one.method(),
                                op.method
                            ));
                        }
                        if let Err(e) = check_target(one.target(), &op.template, &params) {
                            failures.push(format!("{case}: {e}"));
                        }
                    }
                    (other, reqs) => failures.push(format!(
                        "{case}: unexpected outcome {other:?} with {} requests: {:?}",
                        reqs.len(),
                        reqs.iter()
                            .map(|r| r.request_line.clone())
                            .collect::<Vec<_>>()
                    )),
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The list must exercise both outcomes.
    assert!(sent > 0 && !refused.is_empty());
    for must_refuse in ["", ".", "..", "\\", "..\\..\\users", "\\..\\..\\users"] {
        assert!(
            refused.contains(must_refuse),
            "{must_refuse:?} was not refused"
        );
    }
}

#[tokio::test]
async fn raw_request_paths_stay_on_the_route_or_are_refused() {
    let server = Server::always(json_response(404, &json!({"message": "Not Found"}))).await;
    let client = client(&server);
    let hostile_paths = [
        "/documents/..\\..\\users",
        "/documents/\\..\\..\\users",
        "/documents/%2e%2e/%2e%2e/users",
        "/documents/%2E%2e/users",
        "/documents/.%2e/users",
        "/documents/%2e/x",
        "/documents/../users",
        "/documents/./x",
        "/documents/a\\b",
        "/documents/a\tb",
        "/documents/a\nb",
        "/documents/a b",
        "/documents/x#frag",
        "//evil.example/x",
        "/documents//x",
        "/documents/\u{0}",
        "/@evil.example",
    ];
    let mut failures = Vec::new();
    for path in hostile_paths {
        let before = server.requests().len();
        let result = client
            .raw_request(reqwest::Method::DELETE, path, None)
            .await;
        let new = server.requests()[before..].to_vec();
        match (result, new.as_slice()) {
            (Err(Error::InvalidInput { .. }), []) => {}
            (Err(Error::NotFound { .. }), [one]) => {
                // Sent: it must be exactly the path given, under the base path.
                let expected = format!("/v1{path}");
                if one.target() != expected {
                    failures.push(format!("{path:?} arrived as {}", one.request_line));
                }
            }
            (other, reqs) => failures.push(format!("{path:?}: {other:?}, {} requests", reqs.len())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Ordinary paths still work, query included.
    let _ = client
        .raw_request(reqwest::Method::GET, "/documents?maxResults=1", None)
        .await;
    let last = server.requests().pop().expect("sent");
    assert_eq!(last.target(), "/v1/documents?maxResults=1");
    let _ = client
        .raw_request(reqwest::Method::GET, "/documents/las:document:a%20b", None)
        .await;
    let last = server.requests().pop().expect("sent");
    assert_eq!(last.target(), "/v1/documents/las:document:a%20b");
}
