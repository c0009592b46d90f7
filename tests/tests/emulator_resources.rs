//! CRUD of every resource family and the status lifecycles of las-emulator.

use std::time::Duration;

use las_emulator::{is_las_id, Clock, Emulator};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::{s, Api};

async fn manual() -> (Emulator, Api) {
    let emu = Emulator::builder()
        .seed(11)
        .clock(Clock::Manual)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);
    (emu, api)
}

#[tokio::test]
async fn app_clients_crud_and_their_credentials_get_tokens() {
    let (emu, api) = manual().await;
    let c = api
        .post(
            "/appClients",
            json!({"name": "ci", "loginUrls": ["https://x.example"]}),
        )
        .await;
    let id = s(&c, "appClientId");
    assert!(is_las_id(&id, "app-client"));
    assert_eq!(c["hasSecret"], true);
    let secret = s(&c, "clientSecret");
    let listed = api.get("/appClients").await;
    assert_eq!(listed["appClients"].as_array().map(Vec::len), Some(1));
    assert!(listed["appClients"][0].get("clientSecret").is_none());
    let r = reqwest::Client::new()
        .post(emu.auth_endpoint())
        .basic_auth(s(&c, "clientId"), Some(secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .expect("token");
    assert_eq!(r.status(), StatusCode::OK);
    let tok: Value = r.json().await.expect("json");
    let r = reqwest::Client::new()
        .get(format!("{}/datasets", emu.api_endpoint()))
        .bearer_auth(s(&tok, "access_token"))
        .send()
        .await
        .expect("call");
    assert_eq!(r.status(), StatusCode::OK);
    let u = api
        .patch(
            &format!("/appClients/{id}"),
            json!({"name": null, "description": "d"}),
        )
        .await;
    assert!(u["name"].is_null());
    assert_eq!(u["description"], "d");
    let d = api.delete(&format!("/appClients/{id}")).await;
    assert_eq!(s(&d, "appClientId"), id);
    let (status, _) = api
        .call(Method::DELETE, &format!("/appClients/{id}"), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn assets_secrets_users_organization_signup() {
    let (emu, api) = manual().await;
    let a = api
        .post("/assets", json!({"content": "aGVsbG8=", "name": "logo"}))
        .await;
    let aid = s(&a, "assetId");
    assert!(is_las_id(&aid, "asset"));
    assert_eq!(
        api.get(&format!("/assets/{aid}")).await["content"],
        "aGVsbG8="
    );
    assert!(api.get("/assets").await["assets"][0]
        .get("content")
        .is_none());
    let (status, e) = api
        .call(Method::POST, "/assets", Some(json!({"content": "%%%"})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{e}");
    api.patch(&format!("/assets/{aid}"), json!({"content": "d29ybGQ="}))
        .await;
    assert_eq!(
        api.get(&format!("/assets/{aid}")).await["content"],
        "d29ybGQ="
    );
    assert_eq!(
        s(&api.delete(&format!("/assets/{aid}")).await, "assetId"),
        aid
    );

    let sec = api
        .post("/secrets", json!({"data": {"password": "p"}, "name": "db"}))
        .await;
    let sid = s(&sec, "secretId");
    assert!(is_las_id(&sid, "secret"));
    assert!(sec.get("data").is_none());
    assert_eq!(
        api.patch(&format!("/secrets/{sid}"), json!({"description": "x"}))
            .await["description"],
        "x"
    );
    assert_eq!(
        api.get("/secrets").await["secrets"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    api.delete(&format!("/secrets/{sid}")).await;

    let u = api
        .post("/users", json!({"email": "a@b.co", "name": "A"}))
        .await;
    let uid = s(&u, "userId");
    assert!(is_las_id(&uid, "user"));
    assert_eq!(
        api.patch(&format!("/users/{uid}"), json!({"avatar": "img"}))
            .await["avatar"],
        "img"
    );
    assert_eq!(api.get(&format!("/users/{uid}")).await["email"], "a@b.co");
    assert_eq!(
        api.get("/users").await["users"].as_array().map(Vec::len),
        Some(1)
    );

    let org_path = format!("/organizations/{}", emu.organization_id());
    let org = api.get(&org_path).await;
    assert!(is_las_id(&s(&org, "organizationId"), "organization"));
    assert_eq!(org["numberOfUsersCreated"], 1);
    assert_eq!(org["numberOfAssetsCreated"], 0);
    assert_eq!(
        api.patch(&org_path, json!({"name": "Acme"})).await["name"],
        "Acme"
    );
    api.delete(&format!("/users/{uid}")).await;
    assert_eq!(api.get(&org_path).await["numberOfUsersCreated"], 0);
    let (status, _) = api
        .call(Method::GET, "/organizations/las:organization:nope", None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let r = reqwest::Client::new()
        .post(format!("{}/signup", emu.api_endpoint()))
        .json(&json!({"email": "new@x.io", "password": "Pw-12345", "reCaptchaResponse": "ok"}))
        .send()
        .await
        .expect("signup");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.json::<Value>().await.expect("json")["username"],
        "new@x.io"
    );
}

#[tokio::test]
async fn models_train_and_data_bundles_process() {
    let (emu, api) = manual().await;
    let fields = json!({"total": {"type": "amount", "maxLength": 10}, "date": {"type": "date", "maxLength": 10}});
    let m = api
        .post(
            "/models",
            json!({"width": 100, "height": 100, "fieldConfig": fields}),
        )
        .await;
    let mid = s(&m, "modelId");
    assert!(is_las_id(&mid, "model"));
    assert_eq!(m["status"], "inactive");
    let m = api
        .patch(&format!("/models/{mid}"), json!({"status": "training"}))
        .await;
    assert_eq!(m["status"], "training");
    emu.advance(Duration::from_millis(1999));
    assert_eq!(
        api.get(&format!("/models/{mid}")).await["status"],
        "training"
    );
    emu.advance(Duration::from_millis(1));
    assert_eq!(api.get(&format!("/models/{mid}")).await["status"], "active");

    let full = api.post("/datasets", json!({})).await;
    let empty = api.post("/datasets", json!({})).await;
    api.post("/documents", json!({"content": "aGk=", "contentType": "application/pdf", "datasetId": s(&full, "datasetId")})).await;
    let bundles = format!("/models/{mid}/dataBundles");
    let ok_b = api
        .post(
            &bundles,
            json!({"datasetIds": [s(&full, "datasetId")], "name": "b1"}),
        )
        .await;
    let bad_b = api
        .post(&bundles, json!({"datasetIds": [s(&empty, "datasetId")]}))
        .await;
    assert!(is_las_id(&s(&ok_b, "dataBundleId"), "model-data-bundle"));
    assert_eq!(ok_b["status"], "running");
    assert_eq!(ok_b["datasets"][0]["numberOfDocuments"], 1);
    assert_eq!(
        api.get(&format!("/models/{mid}")).await["numberOfDataBundles"],
        2
    );
    emu.advance(Duration::from_secs(1));
    let ready = api.get(&format!("{bundles}?status=succeeded")).await;
    assert_eq!(ready["dataBundles"].as_array().map(Vec::len), Some(1));
    assert_eq!(ready["status"], json!(["succeeded"]));
    let failed = api.get(&format!("{bundles}?status=failed")).await;
    assert_eq!(
        s(&failed["dataBundles"][0], "dataBundleId"),
        s(&bad_b, "dataBundleId")
    );
    let b_path = format!("{bundles}/{}", s(&ok_b, "dataBundleId"));
    assert_eq!(
        api.patch(&b_path, json!({"description": "x"})).await["description"],
        "x"
    );
    assert_eq!(api.delete(&b_path).await["status"], "succeeded");
    assert_eq!(
        api.get("/models").await["models"].as_array().map(Vec::len),
        Some(1)
    );
    assert_eq!(
        s(&api.delete(&format!("/models/{mid}")).await, "modelId"),
        mid
    );
}

#[tokio::test]
async fn predictions_follow_field_config_deterministically() {
    let mut runs = Vec::new();
    for _ in 0..2 {
        let (_emu, api) = manual().await;
        let fields = json!({
            "total": {"type": "amount", "maxLength": 10},
            "due": {"type": "date", "maxLength": 10},
            "kid": {"type": "digits", "maxLength": 4},
        });
        let m = api
            .post(
                "/models",
                json!({"width": 100, "height": 100, "fieldConfig": fields}),
            )
            .await;
        let d = api
            .post(
                "/documents",
                json!({"content": "aGk=", "contentType": "image/jpeg"}),
            )
            .await;
        let p = api
            .post(
                "/predictions",
                json!({"documentId": s(&d, "documentId"), "modelId": s(&m, "modelId")}),
            )
            .await;
        assert!(is_las_id(&s(&p, "predictionId"), "prediction"));
        let items = p["predictions"].as_array().expect("predictions").clone();
        assert_eq!(items.len(), 3);
        for item in &items {
            let c = item["confidence"].as_f64().expect("confidence");
            assert!((0.0..=1.0).contains(&c));
            let v = s(item, "value");
            match item["label"].as_str() {
                Some("due") => assert_eq!(v.matches('-').count(), 2, "{v}"),
                Some("kid") => {
                    assert!(v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()), "{v}")
                }
                Some("total") => assert!(v.contains('.'), "{v}"),
                other => panic!("label {other:?}"),
            }
        }
        assert_eq!(
            api.get("/predictions").await["predictions"]
                .as_array()
                .map(Vec::len),
            Some(1)
        );
        let (status, _) = api
            .call(
                Method::POST,
                "/predictions",
                Some(json!({"documentId": "las:document:x", "modelId": s(&m, "modelId")})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        runs.push(items);
    }
    assert_eq!(runs[0], runs[1], "same seed, same predictions");
}

#[tokio::test]
async fn transition_executions_heartbeats_and_timeouts() {
    let (emu, api) = manual().await;
    let manual_t = api
        .post(
            "/transitions",
            json!({"transitionType": "manual", "name": "review"}),
        )
        .await;
    let docker_t = api
        .post(
            "/transitions",
            json!({"transitionType": "docker", "parameters": {"imageUrl": "img:1"}}),
        )
        .await;
    let (status, _) = api
        .call(
            Method::POST,
            "/transitions",
            Some(json!({"transitionType": "docker"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let tid = s(&manual_t, "transitionId");
    assert!(is_las_id(&tid, "transition"));
    let only_docker = api.get("/transitions?transitionType=docker").await;
    assert_eq!(only_docker["transitions"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        s(&only_docker["transitions"][0], "transitionId"),
        s(&docker_t, "transitionId")
    );
    assert_eq!(
        api.patch(&format!("/transitions/{tid}"), json!({"name": "r2"}))
            .await["name"],
        "r2"
    );

    let ex = format!("/transitions/{tid}/executions");
    let e1 = api.post(&ex, json!({})).await;
    let e1id = s(&e1, "executionId");
    assert!(is_las_id(&e1id, "transition-execution"));
    assert_eq!(e1["status"], "running");
    emu.advance(Duration::from_secs(1));
    let e2 = api.post(&ex, json!({"n": 2})).await;
    let e2id = s(&e2, "executionId");
    let (status, body) = api
        .call(
            Method::POST,
            &format!("{ex}/{e1id}/heartbeats"),
            Some(json!({})),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(body.is_null());
    emu.advance(Duration::from_secs(59));
    let done = api
        .patch(
            &format!("{ex}/{e1id}"),
            json!({"status": "succeeded", "output": {"ok": true}}),
        )
        .await;
    assert_eq!(done["status"], "succeeded");
    assert!(done["endTime"].is_string());
    // Same status again is accepted; another one is not.
    api.patch(
        &format!("{ex}/{e1id}"),
        json!({"status": "succeeded", "output": {"ok": true}}),
    )
    .await;
    let (status, _) = api
        .call(
            Method::PATCH,
            &format!("{ex}/{e1id}"),
            Some(json!({"status": "failed"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // e2 has had no heartbeat for 59 s; one more second and it times out.
    assert_eq!(api.get(&format!("{ex}/{e2id}")).await["status"], "running");
    emu.advance(Duration::from_secs(1));
    assert_eq!(api.get(&format!("{ex}/{e2id}")).await["status"], "failed");
    let (status, _) = api
        .call(
            Method::POST,
            &format!("{ex}/{e2id}/heartbeats"),
            Some(json!({})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let failed = api.get(&format!("{ex}?status=failed")).await;
    assert_eq!(failed["status"], json!(["failed"]));
    assert_eq!(failed["transitionId"], tid);
    assert_eq!(failed["executions"].as_array().map(Vec::len), Some(1));
    let by_id = api.get(&format!("{ex}?executionId={e1id}")).await;
    assert_eq!(s(&by_id["executions"][0], "executionId"), e1id);
    let desc = api
        .get(&format!("{ex}?sortBy=startTime&order=descending"))
        .await;
    assert_eq!(s(&desc["executions"][0], "executionId"), e2id);
    let logs = api
        .get(&format!("/logs?transitionExecutionId={e1id}"))
        .await;
    assert_eq!(logs["logs"].as_array().map(Vec::len), Some(1));
    let log_id = s(&logs["logs"][0], "logId");
    assert!(is_las_id(&log_id, "log"));
    assert!(api.get(&format!("/logs/{log_id}")).await["events"]
        .as_array()
        .is_some_and(|e| e.len() >= 2));
    assert_eq!(
        s(
            &api.delete(&format!("/transitions/{tid}")).await,
            "transitionId"
        ),
        tid
    );
}

async fn manual_workflow(api: &Api) -> (String, String) {
    let t = api
        .post("/transitions", json!({"transitionType": "manual"}))
        .await;
    let tid = s(&t, "transitionId");
    let spec = json!({"definition": {"StartAt": "review", "States": {
        "review": {"Type": "Task", "Resource": tid, "End": true}}}});
    let w = api
        .post("/workflows", json!({"name": "w", "specification": spec}))
        .await;
    (s(&w, "workflowId"), tid)
}

#[tokio::test]
async fn workflow_with_manual_step_completes_when_patched() {
    let (_emu, api) = manual().await;
    let (wid, tid) = manual_workflow(&api).await;
    assert!(is_las_id(&wid, "workflow"));
    let run = api
        .post(
            &format!("/workflows/{wid}/executions"),
            json!({"input": {"a": 1}}),
        )
        .await;
    let xid = s(&run, "executionId");
    assert!(is_las_id(&xid, "workflow-execution"));
    assert_eq!(run["status"], "running");
    assert_eq!(
        api.get(&format!("/workflows/{wid}")).await["numberOfRunningExecutions"],
        1
    );
    // A worker picks up the waiting step.
    let step = api
        .post(&format!("/transitions/{tid}/executions"), json!({}))
        .await;
    assert_eq!(step["input"], json!({"a": 1}));
    let step_id = s(&step, "executionId");
    assert_eq!(run["transitionExecutions"][&tid], json!([step_id.clone()]));
    api.patch(
        &format!("/transitions/{tid}/executions/{step_id}"),
        json!({"status": "succeeded", "output": {"b": 2}}),
    )
    .await;
    let done = api.get(&format!("/workflows/{wid}/executions/{xid}")).await;
    assert_eq!(done["status"], "succeeded", "{done}");
    assert_eq!(done["output"], json!({"b": 2}));
    assert!(done["endTime"].is_string());
    let log_id = s(&done, "completedTaskLogId");
    let logs = api.get(&format!("/logs?workflowExecutionId={xid}")).await;
    assert_eq!(logs["logs"].as_array().map(Vec::len), Some(2));
    assert_eq!(logs["workflowExecutionId"], xid);
    assert_eq!(
        s(&api.get(&format!("/logs/{log_id}")).await, "workflowId"),
        wid
    );
    let listed = api
        .get(&format!("/workflows/{wid}/executions?status=succeeded"))
        .await;
    assert_eq!(listed["executions"].as_array().map(Vec::len), Some(1));
    assert_eq!(listed["workflowId"], wid);
    assert_eq!(
        s(
            &api.delete(&format!("/workflows/{wid}/executions/{xid}"))
                .await,
            "executionId"
        ),
        xid
    );
    assert_eq!(
        api.patch(&format!("/workflows/{wid}"), json!({"description": "d"}))
            .await["description"],
        "d"
    );
    assert_eq!(
        s(
            &api.delete(&format!("/workflows/{wid}")).await,
            "workflowId"
        ),
        wid
    );
}

#[tokio::test]
async fn workflow_execution_can_be_ended_and_instant_clock_finishes_automatic_runs() {
    let (_emu, api) = manual().await;
    let (wid, _tid) = manual_workflow(&api).await;
    let run = api
        .post(
            &format!("/workflows/{wid}/executions"),
            json!({"input": {}}),
        )
        .await;
    let path = format!("/workflows/{wid}/executions/{}", s(&run, "executionId"));
    let (status, _) = api
        .call(
            Method::PATCH,
            &path,
            Some(json!({"nextTransitionId": "las:transition:nope"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let ended = api
        .patch(
            &path,
            json!({"nextTransitionId": "las:transition:commons-failed"}),
        )
        .await;
    assert_eq!(ended["status"], "failed");

    let emu = Emulator::builder()
        .clock(Clock::Instant)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);
    let docker = api
        .post(
            "/transitions",
            json!({"transitionType": "docker", "parameters": {"imageUrl": "i"}}),
        )
        .await;
    let spec = json!({"definition": {"StartAt": "a", "States": {
        "a": {"Type": "Task", "Resource": s(&docker, "transitionId"), "Next": "b"},
        "b": {"Type": "Task", "Resource": s(&docker, "transitionId"), "End": true}}}});
    let w = api.post("/workflows", json!({"specification": spec})).await;
    let wid = s(&w, "workflowId");
    let run = api
        .post(
            &format!("/workflows/{wid}/executions"),
            json!({"input": {"x": 1}}),
        )
        .await;
    assert_eq!(run["status"], "running");
    let done = api
        .get(&format!(
            "/workflows/{wid}/executions/{}",
            s(&run, "executionId")
        ))
        .await;
    assert_eq!(done["status"], "succeeded", "{done}");
    assert_eq!(done["output"], json!({"x": 1}));
    let steps = api
        .get(&format!(
            "/transitions/{}/executions?status=succeeded",
            s(&docker, "transitionId")
        ))
        .await;
    assert_eq!(steps["executions"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn generated_client_round_trip() {
    let emu = Emulator::builder().seed(3).start().await.expect("start");
    let client = emu.api_client();
    let mut body = las_api::types::PostDocuments::new();
    body.content = Some(b"hello".to_vec().into());
    body.content_type = Some(las_api::types::ContentType::ImagePng);
    let doc = client
        .create_document(&body)
        .await
        .expect("create")
        .into_inner();
    assert!(is_las_id(&doc.document_id, "document"));
    let got = client
        .get_document(&doc.document_id)
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.content.as_deref(), Some("aGVsbG8="));
    let page = client
        .list_documents(None, None, None, None, None, None, None)
        .await
        .expect("list")
        .into_inner();
    assert_eq!(page.documents.len(), 1);
    assert!(page.next_token.is_none());
}

#[tokio::test]
async fn workflow_step_retry_rejection_and_restart() {
    let (_emu, api) = manual().await;
    let (wid, tid) = manual_workflow(&api).await;
    let run = api
        .post(
            &format!("/workflows/{wid}/executions"),
            json!({"input": {"n": 1}}),
        )
        .await;
    let path = format!("/workflows/{wid}/executions/{}", s(&run, "executionId"));
    let ex = format!("/transitions/{tid}/executions");
    let first = api.post(&ex, json!({})).await;
    api.patch(
        &format!("{ex}/{}", s(&first, "executionId")),
        json!({"status": "retry"}),
    )
    .await;
    let second = api.post(&ex, json!({})).await;
    assert_ne!(
        s(&first, "executionId"),
        s(&second, "executionId"),
        "retry starts a new execution"
    );
    assert_eq!(second["input"], json!({"n": 1}));
    assert_eq!(api.get(&path).await["status"], "running");
    api.patch(
        &format!("{ex}/{}", s(&second, "executionId")),
        json!({"status": "rejected", "error": {"message": "bad scan"}}),
    )
    .await;
    assert_eq!(api.get(&path).await["status"], "rejected");
    let restarted = api.patch(&path, json!({"nextTransitionId": tid})).await;
    assert_eq!(restarted["status"], "running");
    assert!(restarted["endTime"].is_null());
    let third = api.post(&ex, json!({})).await;
    api.patch(
        &format!("{ex}/{}", s(&third, "executionId")),
        json!({"status": "succeeded", "output": {}}),
    )
    .await;
    let done = api.get(&path).await;
    assert_eq!(done["status"], "succeeded");
    assert_eq!(
        done["transitionExecutions"][&tid].as_array().map(Vec::len),
        Some(3)
    );
}
