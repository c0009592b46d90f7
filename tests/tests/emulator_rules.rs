//! Behaviour rules of the API that neither openapi.yaml nor the vendor's
//! schemas express, from the REST reference and the docstrings of the
//! official Python SDK 5.0.0 ("will fail if", "required when", ranges,
//! defaults). One test per rule; the table in `tests/README.md` lists them
//! with their sources.

use std::time::Duration;

use las_emulator::{Clock, Emulator};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::{s, Api};

fn message(v: &Value) -> String {
    v["message"].as_str().unwrap_or_default().to_string()
}

async fn start(clock: Clock) -> (Emulator, Api) {
    let emu = Emulator::builder()
        .clock(clock)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);
    (emu, api)
}

async fn manual_transition(api: &Api) -> String {
    s(
        &api.post("/transitions", json!({"transitionType": "manual"}))
            .await,
        "transitionId",
    )
}

/// A running execution of a new manual transition: `(transitionId, executionId)`.
async fn running_execution(api: &Api) -> (String, String) {
    let tid = manual_transition(api).await;
    let e = api
        .post(&format!("/transitions/{tid}/executions"), json!({}))
        .await;
    (tid, s(&e, "executionId"))
}

fn one_step_workflow(tid: &str) -> Value {
    json!({"specification": {"language": "ASL", "version": "1.0.0", "definition": {
        "StartAt": "step", "States": {"step": {"Type": "Task", "Resource": tid, "End": true}}}}})
}

/// Reference: every transition example has `timeoutInSeconds: 60`, and the
/// live export bounds it to 60–10800; a transition created without one gets 60.
#[tokio::test]
async fn transition_timeout_defaults_to_60_seconds() {
    let (_emu, api) = start(Clock::Instant).await;
    let t = api
        .post("/transitions", json!({"transitionType": "manual"}))
        .await;
    assert_eq!(t["timeoutInSeconds"], 60);
    let t = api
        .post(
            "/transitions",
            json!({"transitionType": "docker", "parameters": {"imageUrl": "i"}, "timeoutInSeconds": 1800}),
        )
        .await;
    assert_eq!(t["timeoutInSeconds"], 1800);
}

/// Live export: `timeoutInSeconds` is 60–10800.
#[tokio::test]
async fn transition_timeout_outside_60_to_10800_is_refused() {
    let (_emu, api) = start(Clock::Instant).await;
    for bad in [59, 10801, 86400] {
        let (status, body) = api
            .call(
                Method::POST,
                "/transitions",
                Some(json!({"transitionType": "manual", "timeoutInSeconds": bad})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
        assert!(message(&body).contains("timeoutInSeconds"), "{body}");
    }
}

/// Python SDK `delete_transition`: "Will fail if transition is in use by one
/// or more workflows."
#[tokio::test]
async fn deleting_a_transition_a_workflow_uses_fails() {
    let (_emu, api) = start(Clock::Instant).await;
    let tid = manual_transition(&api).await;
    let wf = api.post("/workflows", one_step_workflow(&tid)).await;
    let (status, body) = api
        .call(Method::DELETE, &format!("/transitions/{tid}"), None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(message(&body).contains(&s(&wf, "workflowId")), "{body}");
    api.get(&format!("/transitions/{tid}")).await;
    api.delete(&format!("/workflows/{}", s(&wf, "workflowId")))
        .await;
    api.delete(&format!("/transitions/{tid}")).await;
}

/// Python SDK `update_transition_execution`: "output … required when status
/// is 'succeeded'".
#[tokio::test]
async fn a_succeeded_execution_needs_output() {
    let (_emu, api) = start(Clock::Instant).await;
    let (tid, eid) = running_execution(&api).await;
    let path = format!("/transitions/{tid}/executions/{eid}");
    let (status, body) = api
        .call(Method::PATCH, &path, Some(json!({"status": "succeeded"})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(message(&body).contains("output"), "{body}");
    assert_eq!(api.get(&path).await["status"], "running");
    let done = api
        .patch(
            &path,
            json!({"status": "succeeded", "output": {"ok": true}}),
        )
        .await;
    assert_eq!(done["status"], "succeeded");
}

/// Python SDK `update_transition_execution`: "error … required when status
/// is 'failed', needs to contain 'message'".
#[tokio::test]
async fn a_failed_execution_needs_an_error_with_a_message() {
    let (_emu, api) = start(Clock::Instant).await;
    let (tid, eid) = running_execution(&api).await;
    let path = format!("/transitions/{tid}/executions/{eid}");
    for body in [
        json!({"status": "failed"}),
        json!({"status": "failed", "error": {}}),
        json!({"status": "failed", "error": {"message": "x", "code": 1}}),
    ] {
        let (status, answer) = api.call(Method::PATCH, &path, Some(body.clone())).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {answer}");
    }
    let done = api
        .patch(
            &path,
            json!({"status": "failed", "error": {"message": "unreadable"}}),
        )
        .await;
    assert_eq!(done["status"], "failed");
    // `rejected` and `retry` need neither.
    let (tid, eid) = running_execution(&api).await;
    let path = format!("/transitions/{tid}/executions/{eid}");
    assert_eq!(
        api.patch(&path, json!({"status": "rejected"})).await["status"],
        "rejected"
    );
}

/// Python SDK `update_transition_execution`: `start_time` "will replace the
/// original start time"; the export accepts several forms, the answers use
/// one (`YYYY-MM-DDThh:mm:ss.mmmZ`, as every other timestamp).
#[tokio::test]
async fn start_time_replaces_the_original_in_the_one_format() {
    let (_emu, api) = start(Clock::Instant).await;
    for (sent, stored) in [
        ("2021-03-04 05:06:07Z", "2021-03-04T05:06:07.000Z"),
        ("20210304T050607.5Z", "2021-03-04T05:06:07.500Z"),
        ("2021-03-04T07:06:07+02:00", "2021-03-04T05:06:07.000Z"),
    ] {
        let (tid, eid) = running_execution(&api).await;
        let path = format!("/transitions/{tid}/executions/{eid}");
        let e = api
            .patch(
                &path,
                json!({"status": "succeeded", "output": {}, "startTime": sent}),
            )
            .await;
        assert_eq!(e["startTime"], stored, "{sent}");
        assert_eq!(api.get(&path).await["startTime"], stored);
    }
    let (tid, eid) = running_execution(&api).await;
    let (status, _) = api
        .call(
            Method::PATCH,
            &format!("/transitions/{tid}/executions/{eid}"),
            Some(json!({"status": "succeeded", "output": {}, "startTime": "yesterday"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// Every timestamp the emulator writes has the same form.
#[tokio::test]
async fn every_timestamp_has_one_format() {
    let (_emu, api) = start(Clock::Instant).await;
    let (tid, eid) = running_execution(&api).await;
    api.patch(
        &format!("/transitions/{tid}/executions/{eid}"),
        json!({"status": "succeeded", "output": {}, "startTime": "2021-03-04 05:06:07+01:00"}),
    )
    .await;
    api.post("/datasets", json!({})).await;
    let mut seen = 0;
    for path in [
        format!("/transitions/{tid}/executions"),
        "/transitions".to_string(),
        "/datasets".to_string(),
        "/logs".to_string(),
    ] {
        let page = api.get(&path).await;
        let mut stack = vec![page];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(m) => {
                    for (k, v) in m {
                        if k.ends_with("Time") {
                            if let Some(t) = v.as_str() {
                                seen += 1;
                                let ok = t.len() == 24
                                    && t.as_bytes()[10] == b'T'
                                    && t.ends_with('Z')
                                    && t.as_bytes()[19] == b'.';
                                assert!(ok, "{path}: {k} = {t}");
                            }
                        } else {
                            stack.push(v);
                        }
                    }
                }
                Value::Array(a) => stack.extend(a),
                _ => {}
            }
        }
    }
    assert!(seen >= 5, "only {seen} timestamps seen");
}

/// Python SDK `send_heartbeat`: "Must be done at minimum once every 60
/// seconds or the transition execution will time out."
#[tokio::test]
async fn an_execution_without_heartbeat_for_60_seconds_fails() {
    let (emu, api) = start(Clock::Manual).await;
    let (tid, eid) = running_execution(&api).await;
    let path = format!("/transitions/{tid}/executions/{eid}");
    emu.advance(Duration::from_secs(59));
    let (status, _) = api
        .call(Method::POST, &format!("{path}/heartbeats"), Some(json!({})))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    emu.advance(Duration::from_secs(59));
    assert_eq!(api.get(&path).await["status"], "running");
    emu.advance(Duration::from_secs(1));
    assert_eq!(api.get(&path).await["status"], "failed");
}

/// Python SDK `create_app_client`: `generate_secret` "default: True".
#[tokio::test]
async fn app_clients_get_a_secret_by_default() {
    let (_emu, api) = start(Clock::Instant).await;
    let c = api.post("/appClients", json!({})).await;
    assert_eq!(c["hasSecret"], true);
    assert!(c["clientSecret"].is_string(), "{c}");
    let c = api
        .post("/appClients", json!({"generateSecret": false}))
        .await;
    assert_eq!(c["hasSecret"], false);
    assert!(c["clientSecret"].is_null(), "{c}");
}

/// Python SDK `delete_dataset(delete_documents=False)`: the documents must
/// go first, so deleting a dataset that has documents fails.
#[tokio::test]
async fn deleting_a_dataset_with_documents_fails() {
    let (_emu, api) = start(Clock::Instant).await;
    let ds = s(&api.post("/datasets", json!({})).await, "datasetId");
    api.post(
        "/documents",
        json!({"content": "aGk=", "contentType": "image/png", "datasetId": ds}),
    )
    .await;
    let (status, _) = api
        .call(Method::DELETE, &format!("/datasets/{ds}"), None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    api.ok(Method::DELETE, &format!("/documents?datasetId={ds}"), None)
        .await;
    api.delete(&format!("/datasets/{ds}")).await;
}

/// Python SDK `update_workflow_execution`: "to end the workflow-execution,
/// use: las:transition:commons-failed".
#[tokio::test]
async fn commons_failed_ends_a_workflow_execution() {
    let (_emu, api) = start(Clock::Instant).await;
    let tid = manual_transition(&api).await;
    let wf = s(
        &api.post("/workflows", one_step_workflow(&tid)).await,
        "workflowId",
    );
    let ex = api
        .post(&format!("/workflows/{wf}/executions"), json!({"input": {}}))
        .await;
    let path = format!("/workflows/{wf}/executions/{}", s(&ex, "executionId"));
    let ended = api
        .patch(
            &path,
            json!({"nextTransitionId": "las:transition:commons-failed"}),
        )
        .await;
    assert_eq!(ended["status"], "failed");
}

/// Export: `PATCH` bodies have `minProperties: 1`.
#[tokio::test]
async fn an_empty_patch_is_refused() {
    let (_emu, api) = start(Clock::Instant).await;
    let ds = s(&api.post("/datasets", json!({})).await, "datasetId");
    let tid = manual_transition(&api).await;
    for path in [format!("/datasets/{ds}"), format!("/transitions/{tid}")] {
        let (status, body) = api.call(Method::PATCH, &path, Some(json!({}))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
    }
}

/// The vendor's 2024-11-29 export marks `completedConfig` and `errorConfig`
/// of a workflow nullable: a workflow created without them answers `null`,
/// and one created with them answers what was given.
#[tokio::test]
async fn a_workflow_without_completed_config_answers_null() {
    let (_emu, api) = start(Clock::Instant).await;
    let tid = manual_transition(&api).await;
    let bare = api.post("/workflows", one_step_workflow(&tid)).await;
    assert_eq!(bare["completedConfig"], Value::Null, "{bare}");
    assert_eq!(bare["errorConfig"], Value::Null, "{bare}");
    let fetched = api
        .get(&format!("/workflows/{}", s(&bare, "workflowId")))
        .await;
    assert_eq!(fetched["completedConfig"], Value::Null, "{fetched}");

    let mut configured = one_step_workflow(&tid);
    configured["completedConfig"] = json!({"imageUrl": "registry.example.com/done:1"});
    configured["errorConfig"] = json!({"manualRetry": true});
    let configured = api.post("/workflows", configured).await;
    assert_eq!(
        configured["completedConfig"]["imageUrl"], "registry.example.com/done:1",
        "{configured}"
    );
    assert_eq!(
        configured["errorConfig"]["manualRetry"], true,
        "{configured}"
    );
}
