//! The live API's operations in las-emulator: the seeded catalog (roles,
//! plans, deployment environments), trainings and transformations on the
//! clock, data bundles' new statuses, profiles, organizations, payment
//! methods, the new reads and query parameters, and the file server behind
//! documents' `fileUrl` with its conversions.

use std::io::Cursor;
use std::time::Duration;

use image::{DynamicImage, ImageFormat, RgbImage};
use las_emulator::{
    is_las_id, Clock, Emulator, Fault, DEPLOYMENT_ENVIRONMENT_IDS, PLAN_IDS, ROLE_IDS,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::{s, Api};

async fn manual() -> (Emulator, Api) {
    let emu = Emulator::builder()
        .seed(21)
        .clock(Clock::Manual)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);
    (emu, api)
}

fn ids(list: &Value, field: &str, id: &str) -> Vec<String> {
    list[field]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v[id].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A model with a succeeded data bundle of one dataset with one document.
async fn model_with_bundle(emu: &Emulator, api: &Api) -> (String, String) {
    let ds = api.post("/datasets", json!({"name": "train"})).await;
    let dsid = s(&ds, "datasetId");
    api.post(
        "/documents",
        json!({"content": "aGVsbG8=", "contentType": "image/png", "datasetId": dsid}),
    )
    .await;
    let m = api
        .post(
            "/models",
            json!({"fieldConfig": {"total": {"type": "amount"}}, "name": "invoices"}),
        )
        .await;
    let mid = s(&m, "modelId");
    let b = api
        .post(
            &format!("/models/{mid}/dataBundles"),
            json!({"datasetIds": [dsid]}),
        )
        .await;
    assert_eq!(b["status"], "running");
    emu.advance(Duration::from_secs(1));
    let bid = s(&b, "dataBundleId");
    let got = api.get(&format!("/models/{mid}/dataBundles/{bid}")).await;
    assert_eq!(got["status"], "succeeded");
    (mid, bid)
}

#[tokio::test]
async fn the_catalog_is_seeded_and_read_only() {
    let (_emu, api) = manual().await;
    for (path, field, id, expected) in [
        ("/roles", "roles", "roleId", ROLE_IDS),
        ("/plans", "plans", "planId", PLAN_IDS),
        (
            "/deploymentEnvironments",
            "deploymentEnvironments",
            "deploymentEnvironmentId",
            DEPLOYMENT_ENVIRONMENT_IDS,
        ),
    ] {
        let list = api.get(path).await;
        assert_eq!(ids(&list, field, id), expected, "{path}");
        let paged = api.get(&format!("{path}?maxResults=1")).await;
        assert_eq!(paged[field].as_array().map(Vec::len), Some(1));
        let next = s(&paged, "nextToken");
        let rest = api.get(&format!("{path}?nextToken={next}")).await;
        assert_eq!(ids(&rest, field, id), expected[1..].to_vec());
        for one in expected {
            let got = api.get(&format!("{path}/{one}")).await;
            assert_eq!(s(&got, id), *one);
            // The API has no operation to change the catalog.
            for method in [Method::PATCH, Method::DELETE] {
                let (status, _) = api
                    .call(method, &format!("{path}/{one}"), Some(json!({"name": "x"})))
                    .await;
                assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{path}/{one}");
            }
        }
        let (status, _) = api.call(Method::POST, path, Some(json!({}))).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "POST {path}");
        let (status, body) = api.call(Method::GET, &format!("{path}/nope"), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}/nope: {body}");
    }
    let org = api.get("/organizations").await;
    assert_eq!(org["organizations"][0]["planId"], PLAN_IDS[0]);
}

#[tokio::test]
async fn trainings_run_on_the_clock_and_deploy() {
    let (emu, api) = manual().await;
    let (mid, bid) = model_with_bundle(&emu, &api).await;
    let trainings = format!("/models/{mid}/trainings");

    // What the API refuses.
    let (status, _) = api
        .call(
            Method::POST,
            "/models/las:model:0000/trainings",
            Some(json!({"dataBundleIds": [bid]})),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = api.call(Method::POST, &trainings, Some(json!({}))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (other, other_bundle) = model_with_bundle(&emu, &api).await;
    let (status, body) = api
        .call(
            Method::POST,
            &trainings,
            Some(json!({"dataBundleIds": [other_bundle]})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body["message"]
        .as_str()
        .unwrap_or_default()
        .contains(&other_bundle));

    let t = api
        .post(
            &trainings,
            json!({"dataBundleIds": [bid], "name": "first", "instanceType": "medium-gpu",
                   "metadata": {"run": 1}}),
        )
        .await;
    let tid = s(&t, "trainingId");
    assert!(is_las_id(&tid, "model-training"));
    assert_eq!(t["status"], "pending");
    assert!(t["gpuHours"].is_null());
    assert_eq!(t["metadata"]["run"], 1);
    let model = api.get(&format!("/models/{mid}")).await;
    assert_eq!(model["numberOfRunningTrainings"], 1);

    // Default training duration: 2 s.
    let mut seen = Vec::new();
    for _ in 0..10 {
        emu.advance(Duration::from_millis(200));
        let got = api.get(&format!("{trainings}/{tid}")).await;
        seen.push(s(&got, "status"));
    }
    seen.dedup();
    assert_eq!(
        seen,
        [
            "preparing",
            "running",
            "running-final-evaluation",
            "succeeded"
        ],
        "statuses on the clock"
    );
    let done = api.get(&format!("{trainings}/{tid}")).await;
    assert!(done["gpuHours"].as_f64().unwrap_or_default() > 0.0);

    // Listed under its model only, filtered by status.
    assert_eq!(
        ids(&api.get(&trainings).await, "trainings", "trainingId"),
        std::slice::from_ref(&tid)
    );
    let other_list = api.get(&format!("/models/{other}/trainings")).await;
    assert!(ids(&other_list, "trainings", "trainingId").is_empty());
    let (status, _) = api
        .call(
            Method::GET,
            &format!("/models/{other}/trainings/{tid}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let running = api.get(&format!("{trainings}?status=running")).await;
    assert!(ids(&running, "trainings", "trainingId").is_empty());
    assert_eq!(running["status"], json!(["running"]));

    // A finished training cannot be cancelled; name and metadata can change.
    let (status, _) = api
        .call(
            Method::PATCH,
            &format!("{trainings}/{tid}"),
            Some(json!({"status": "cancelled"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let renamed = api
        .patch(
            &format!("{trainings}/{tid}"),
            json!({"name": "kept", "description": "best", "metadata": {"run": 2},
                   "deploymentEnvironmentId": DEPLOYMENT_ENVIRONMENT_IDS[0]}),
        )
        .await;
    assert_eq!(
        (renamed["name"].clone(), renamed["metadata"]["run"].clone()),
        (json!("kept"), json!(2))
    );

    // Deploying it makes the model active.
    let active = api
        .patch(&format!("/models/{mid}"), json!({"trainingId": tid}))
        .await;
    assert_eq!(active["status"], "active");
    assert_eq!(active["trainingId"], json!(tid));

    // A running training can be cancelled, and stays so.
    let second = api.post(&trainings, json!({"dataBundleIds": [bid]})).await;
    let second_id = s(&second, "trainingId");
    let (status, _) = api
        .call(
            Method::PATCH,
            &format!("/models/{mid}"),
            Some(json!({"trainingId": second_id})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "not succeeded yet");
    emu.advance(Duration::from_millis(600));
    let cancelled = api
        .patch(
            &format!("{trainings}/{second_id}"),
            json!({"status": "cancelled"}),
        )
        .await;
    assert_eq!(cancelled["status"], "cancelled");
    emu.advance(Duration::from_secs(5));
    let still = api.get(&format!("{trainings}/{second_id}")).await;
    assert_eq!(still["status"], "cancelled");
    let org = api
        .get(&format!("/organizations/{}", emu.organization_id()))
        .await;
    assert_eq!(org["monthlyNumberOfTrainingsCreated"], 2);
}

#[tokio::test]
async fn data_bundles_run_then_succeed_or_fail() {
    let (emu, api) = manual().await;
    let (mid, bid) = model_with_bundle(&emu, &api).await;
    let running = api
        .get(&format!("/models/{mid}/dataBundles?status=succeeded"))
        .await;
    assert_eq!(ids(&running, "dataBundles", "dataBundleId"), [bid]);
    let empty = api.post("/datasets", json!({})).await;
    let b = api
        .post(
            &format!("/models/{mid}/dataBundles"),
            json!({"datasetIds": [s(&empty, "datasetId")]}),
        )
        .await;
    emu.advance(Duration::from_secs(1));
    let failed = api
        .get(&format!(
            "/models/{mid}/dataBundles/{}",
            s(&b, "dataBundleId")
        ))
        .await;
    assert_eq!(failed["status"], "failed");
    let (status, _) = api
        .call(
            Method::GET,
            &format!(
                "/models/{mid}/dataBundles/las:model-data-bundle:{}",
                "0".repeat(32)
            ),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn remove_duplicates_removes_the_repeated_documents() {
    let (emu, api) = manual().await;
    let ds = api.post("/datasets", json!({"name": "d"})).await;
    let dsid = s(&ds, "datasetId");
    let mut docs = Vec::new();
    for content in ["aGVsbG8=", "d29ybGQ=", "aGVsbG8="] {
        let d = api
            .post(
                "/documents",
                json!({"content": content, "contentType": "image/png", "datasetId": dsid}),
            )
            .await;
        docs.push(s(&d, "documentId"));
    }
    let path = format!("/datasets/{dsid}/transformations");
    let (status, _) = api
        .call(Method::POST, &path, Some(json!({"operations": []})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let t = api
        .post(
            &path,
            json!({"operations": [{"type": "remove-duplicates"}]}),
        )
        .await;
    let tid = s(&t, "transformationId");
    assert!(is_las_id(&tid, "dataset-transformation"));
    assert_eq!(t["status"], "running");
    assert_eq!(
        api.get(&format!("/datasets/{dsid}")).await["numberOfDocuments"],
        3
    );
    emu.advance(Duration::from_secs(1));
    let list = api.get(&format!("{path}?status=succeeded")).await;
    assert_eq!(
        ids(&list, "transformations", "transformationId"),
        std::slice::from_ref(&tid)
    );
    let left = api.get(&format!("/documents?datasetId={dsid}")).await;
    assert_eq!(ids(&left, "documents", "documentId"), docs[..2].to_vec());
    assert_eq!(
        api.get(&format!("/datasets/{dsid}")).await["numberOfDocuments"],
        2
    );
    let deleted = api.delete(&format!("{path}/{tid}")).await;
    assert_eq!(s(&deleted, "transformationId"), tid);
    let (status, _) = api
        .call(Method::DELETE, &format!("{path}/{tid}"), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api
        .call(
            Method::GET,
            &format!("/datasets/las:dataset:{}/transformations", "0".repeat(32)),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_user_has_a_profile() {
    let (_emu, api) = manual().await;
    let u = api
        .post(
            "/users",
            json!({"email": "ada@example.com", "roleIds": [ROLE_IDS[1]], "metadata": {"team": "a"}}),
        )
        .await;
    let pid = s(&u, "profileId");
    assert!(is_las_id(&pid, "profile"));
    let p = api.get(&format!("/profiles/{pid}")).await;
    assert_eq!(p["email"], "ada@example.com");
    let p = api
        .patch(
            &format!("/profiles/{pid}"),
            json!({"givenName": "Ada", "familyName": "Lovelace", "name": "Ada Lovelace",
                   "locale": "en-GB", "picture": "https://example.com/ada.png",
                   "metadata": {"k": 1}}),
        )
        .await;
    assert_eq!(p["givenName"], "Ada");
    assert_eq!(p["locale"], "en-GB");
    assert_eq!(p["email"], "ada@example.com");
    // The email belongs to the user: not a field of the PATCH.
    let (status, _) = api
        .call(
            Method::PATCH,
            &format!("/profiles/{pid}"),
            Some(json!({"email": "x@example.com"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = api
        .call(
            Method::POST,
            "/users",
            Some(json!({"email": "b@example.com", "roleIds": ["las:role:nope"]})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    api.delete(&format!("/users/{}", s(&u, "userId"))).await;
    let (status, _) = api
        .call(Method::GET, &format!("/profiles/{pid}"), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn organizations_and_payment_methods() {
    let (emu, api) = manual().await;
    let created = api.post("/organizations", json!({"name": "Second"})).await;
    let oid = s(&created, "organizationId");
    let list = api.get("/organizations").await;
    assert_eq!(
        ids(&list, "organizations", "organizationId"),
        [emu.organization_id().to_string(), oid.clone()]
    );
    assert_eq!(
        api.get(&format!("/organizations/{oid}")).await["name"],
        "Second"
    );

    let pm = api
        .post(
            "/paymentMethods",
            json!({"name": "card", "description": "visa"}),
        )
        .await;
    let pmid = s(&pm, "paymentMethodId");
    assert!(is_las_id(&pmid, "payment-method"));
    let secret = s(&pm, "stripeSetupIntentSecret");
    let got = api.get(&format!("/paymentMethods/{pmid}")).await;
    assert!(got.get("stripeSetupIntentSecret").is_none());
    let listed = api.get("/paymentMethods").await;
    assert!(listed["paymentMethods"][0]
        .get("stripeSetupIntentSecret")
        .is_none());
    api.patch(
        &format!("/paymentMethods/{pmid}"),
        json!({"stripeSetupIntentSecret": secret, "name": "main card"}),
    )
    .await;
    let received = emu.stats().received_for("updatePaymentMethod");
    assert_eq!(received[0].body["stripeSetupIntentSecret"], "<redacted>");
    assert!(!format!("{received:?}").contains(&secret));

    let org = api
        .patch(
            &format!("/organizations/{}", emu.organization_id()),
            json!({"paymentMethodId": pmid}),
        )
        .await;
    assert_eq!(org["paymentMethodId"], json!(pmid));
    let (status, _) = api
        .call(
            Method::PATCH,
            &format!("/organizations/{oid}"),
            Some(json!({"paymentMethodId": format!("las:payment-method:{}", "0".repeat(32))})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    api.delete(&format!("/paymentMethods/{pmid}")).await;
    let (status, _) = api
        .call(Method::GET, &format!("/paymentMethods/{pmid}"), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let org = api
        .get(&format!("/organizations/{}", emu.organization_id()))
        .await;
    assert!(org["paymentMethodId"].is_null());
}

#[tokio::test]
async fn new_reads_and_query_parameters() {
    let (emu, api) = manual().await;
    let client = api.post("/appClients", json!({"name": "ci"})).await;
    let cid = s(&client, "appClientId");
    let got = api.get(&format!("/appClients/{cid}")).await;
    assert_eq!(s(&got, "appClientId"), cid);
    assert!(got.get("clientSecret").is_none());

    let (m1, _) = model_with_bundle(&emu, &api).await;
    let (m2, _) = model_with_bundle(&emu, &api).await;
    let mut docs = Vec::new();
    for _ in 0..3 {
        let d = api
            .post(
                "/documents",
                json!({"content": "aGVsbG8=", "contentType": "image/png"}),
            )
            .await;
        docs.push(s(&d, "documentId"));
        emu.advance(Duration::from_secs(1));
    }
    let one = api.get(&format!("/documents?documentId={}", docs[1])).await;
    assert_eq!(ids(&one, "documents", "documentId"), [docs[1].clone()]);
    let newest = api
        .get("/documents?sortBy=createdTime&order=descending&maxResults=2")
        .await;
    let first_page = ids(&newest, "documents", "documentId");
    assert_eq!(first_page, [docs[2].clone(), docs[1].clone()]);

    let p1 = api
        .post(
            "/predictions",
            json!({"documentId": docs[0], "modelId": m1}),
        )
        .await;
    emu.advance(Duration::from_secs(1));
    let p2 = api
        .post(
            "/predictions",
            json!({"documentId": docs[1], "modelId": m2}),
        )
        .await;
    let pid = s(&p1, "predictionId");
    assert_eq!(api.get(&format!("/predictions/{pid}")).await, p1);
    let (status, _) = api
        .call(
            Method::GET,
            &format!("/predictions/las:prediction:{}", "0".repeat(32)),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let by_model = api.get(&format!("/predictions?modelId={m2}")).await;
    assert_eq!(
        ids(&by_model, "predictions", "predictionId"),
        [s(&p2, "predictionId")]
    );
    let desc = api
        .get("/predictions?sortBy=createdTime&order=descending")
        .await;
    assert_eq!(
        ids(&desc, "predictions", "predictionId"),
        [s(&p2, "predictionId"), pid]
    );

    let own = api
        .get(&format!("/models?owner={}", emu.organization_id()))
        .await;
    assert_eq!(ids(&own, "models", "modelId"), [m1.clone(), m2]);
    let none = api.get("/models?owner=las:organization:someone-else").await;
    assert!(ids(&none, "models", "modelId").is_empty());
    let stats = api
        .get(&format!("/models/{m1}?statisticsLastNDays=7"))
        .await;
    assert_eq!(stats["statistics"]["numberOfPredictions"], 1);
    let (status, _) = api
        .call(
            Method::GET,
            &format!("/models/{m1}?statisticsLastNDays=0"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn workflow_executions_filter_by_start_time() {
    let (emu, api) = manual().await;
    let wf = api
        .post(
            "/workflows",
            json!({"name": "w", "specification": {"definition": {
                "StartAt": "done", "States": {"done": {"Type": "Succeed"}}}}}),
        )
        .await;
    let wid = s(&wf, "workflowId");
    let path = format!("/workflows/{wid}/executions");
    let mut started = Vec::new();
    for _ in 0..3 {
        let e = api.post(&path, json!({"input": {}})).await;
        started.push((s(&e, "executionId"), s(&e, "startTime")));
        emu.advance(Duration::from_secs(60));
    }
    let from = &started[1].1;
    let window = api
        .get(&format!("{path}?fromStartTime={from}&toStartTime={from}"))
        .await;
    assert_eq!(
        ids(&window, "executions", "executionId"),
        [started[1].0.clone()]
    );
    let later = api.get(&format!("{path}?fromStartTime={from}")).await;
    assert_eq!(ids(&later, "executions", "executionId").len(), 2);
    let (status, _) = api
        .call(
            Method::GET,
            &format!("{path}?fromStartTime=yesterday"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

// ---- the file server ----

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| image::Rgb([x as u8, y as u8, 128]));
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(img)
        .write_to(&mut out, ImageFormat::Png)
        .expect("png");
    out.into_inner()
}

/// A TIFF of two pages, 8-bit RGB: 40×20 and 10×30.
fn two_page_tiff() -> Vec<u8> {
    use tiff::encoder::{colortype, TiffEncoder};
    let mut out = Cursor::new(Vec::new());
    {
        let mut enc = TiffEncoder::new(&mut out).expect("tiff");
        enc.write_image::<colortype::RGB8>(40, 20, &[200u8; 40 * 20 * 3])
            .expect("page 0");
        enc.write_image::<colortype::RGB8>(10, 30, &[50u8; 10 * 30 * 3])
            .expect("page 1");
    }
    out.into_inner()
}

struct Files {
    http: reqwest::Client,
    token: String,
}

impl Files {
    fn new(emu: &Emulator) -> Self {
        Self {
            http: reqwest::Client::new(),
            token: emu.issue_token(),
        }
    }

    async fn put(&self, url: &str, bytes: Vec<u8>) -> StatusCode {
        self.http
            .put(url)
            .bearer_auth(&self.token)
            .body(bytes)
            .send()
            .await
            .expect("put")
            .status()
    }

    async fn get(&self, url: &str) -> (StatusCode, String, Vec<u8>) {
        let r = self
            .http
            .get(url)
            .bearer_auth(&self.token)
            .send()
            .await
            .expect("get");
        let status = r.status();
        let ct = r
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        (status, ct, r.bytes().await.expect("bytes").to_vec())
    }
}

fn jpeg_size(bytes: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory_with_format(bytes, ImageFormat::Jpeg).expect("a JPEG");
    (img.width(), img.height())
}

#[tokio::test]
async fn documents_upload_to_their_file_url() {
    let (emu, api) = manual().await;
    let files = Files::new(&emu);
    let doc = api.post("/documents", json!({"name": "scan.png"})).await;
    let url = s(&doc, "fileUrl");
    let id = s(&doc, "documentId");
    assert_eq!(
        url,
        format!(
            "http://localhost:{}/files/documents/{id}",
            emu.addr().port()
        )
    );
    let (status, _, _) = files.get(&url).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nothing uploaded yet");
    let bytes = png(8, 4);
    assert_eq!(files.put(&url, bytes.clone()).await, StatusCode::OK);
    let (status, ct, got) = files.get(&url).await;
    assert_eq!((status, ct.as_str()), (StatusCode::OK, "image/png"));
    assert_eq!(got, bytes);
    let read = api.get(&format!("/documents/{id}")).await;
    assert_eq!(read["contentType"], "image/png", "sniffed");
    assert!(read["contentMD5"].as_str().is_some_and(|m| m.len() == 24));
    assert!(
        read.get("content").is_none(),
        "uploaded bytes are not inlined"
    );
    // A 2021 document: inline content, served by its fileUrl too.
    let inline = api
        .post(
            "/documents",
            json!({"content": "aGVsbG8=", "contentType": "image/jpeg"}),
        )
        .await;
    let inline_id = s(&inline, "documentId");
    assert_eq!(
        api.get(&format!("/documents/{inline_id}")).await["content"],
        "aGVsbG8="
    );
    let (status, ct, got) = files.get(&s(&inline, "fileUrl")).await;
    assert_eq!(
        (status, ct.as_str(), got.as_slice()),
        (StatusCode::OK, "image/jpeg", &b"hello"[..])
    );
    assert_eq!(emu.stats().requests_for("uploadDocumentFile"), 1);
    assert_eq!(emu.stats().requests_for("downloadDocumentFile"), 3);
}

#[tokio::test]
async fn the_file_server_needs_credentials() {
    let (emu, api) = manual().await;
    let doc = api.post("/documents", json!({})).await;
    let url = s(&doc, "fileUrl");
    let http = reqwest::Client::new();
    let r = http.put(&url).body("x").send().await.expect("put");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = http
        .get(&url)
        .bearer_auth("not-a-token")
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let token = emu.issue_token();
    emu.expire_tokens();
    let r = http
        .get(&url)
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = http
        .put(&url)
        .header("x-api-key", emu.api_key())
        .body(png(2, 2))
        .send()
        .await
        .expect("put");
    assert_eq!(r.status(), StatusCode::OK, "the API key works too");
    let files = Files::new(&emu);
    let unknown = url.replace(
        &s(&doc, "documentId"),
        &format!("las:document:{}", "0".repeat(32)),
    );
    assert_eq!(files.put(&unknown, png(2, 2)).await, StatusCode::NOT_FOUND);
    let (status, _, _) = files.get(&unknown).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_file_server_converts_images_to_jpeg() {
    let (emu, api) = manual().await;
    let files = Files::new(&emu);
    let doc = api
        .post("/documents", json!({"contentType": "image/png"}))
        .await;
    let url = s(&doc, "fileUrl");
    files.put(&url, png(40, 20)).await;
    for (query, size) in [
        ("width=20", (20, 10)),
        ("height=5", (10, 5)),
        ("width=7&height=9", (7, 9)),
        ("rotation=90", (20, 40)),
        ("rotation=180", (40, 20)),
        ("rotation=270&width=10", (10, 20)),
        ("page=0", (40, 20)),
        ("page=-1", (40, 20)),
        ("quality=low", (40, 20)),
    ] {
        let (status, ct, bytes) = files.get(&format!("{url}?{query}")).await;
        assert_eq!(
            (status, ct.as_str()),
            (StatusCode::OK, "image/jpeg"),
            "{query}"
        );
        assert_eq!(jpeg_size(&bytes), size, "{query}");
    }
    for query in ["rotation=45", "page=1", "width=0", "quality=high"] {
        let (status, _, body) = files.get(&format!("{url}?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        let v: Value = serde_json::from_slice(&body).expect("json");
        assert!(v["message"].is_string(), "{query}: {v}");
    }
    let (status, _, _) = files.get(&format!("{url}?density=300")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let tiff_doc = api.post("/documents", json!({})).await;
    let tiff_url = s(&tiff_doc, "fileUrl");
    files.put(&tiff_url, two_page_tiff()).await;
    assert_eq!(
        api.get(&format!("/documents/{}", s(&tiff_doc, "documentId")))
            .await["contentType"],
        "image/tiff"
    );
    for (query, size) in [
        ("page=0", (40, 20)),
        ("page=1", (10, 30)),
        ("page=-1", (10, 30)),
        ("page=-2", (40, 20)),
    ] {
        let (status, _, bytes) = files.get(&format!("{tiff_url}?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}");
        assert_eq!(jpeg_size(&bytes), size, "{query}");
    }
    let (status, _, _) = files.get(&format!("{tiff_url}?page=2")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn pdf_conversions_are_refused_not_faked() {
    let (emu, api) = manual().await;
    let files = Files::new(&emu);
    let doc = api
        .post("/documents", json!({"contentType": "application/pdf"}))
        .await;
    let url = s(&doc, "fileUrl");
    let pdf = b"%PDF-1.4\n%%EOF\n".to_vec();
    files.put(&url, pdf.clone()).await;
    let (status, ct, got) = files.get(&url).await;
    assert_eq!(
        (status, ct.as_str(), got),
        (StatusCode::OK, "application/pdf", pdf)
    );
    for query in [
        "page=0",
        "width=100",
        "density=150",
        "quality=low",
        "rotation=90",
    ] {
        let (status, _, body) = files.get(&format!("{url}?{query}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let v: Value = serde_json::from_slice(&body).expect("json");
        assert!(
            v["message"]
                .as_str()
                .unwrap_or_default()
                .contains("cannot render PDF"),
            "{query}: {v}"
        );
    }
}

#[tokio::test]
async fn over_https_file_urls_are_https() {
    let emu = Emulator::builder().tls(true).start().await.expect("start");
    let pem = emu.ca_cert_pem().expect("ca").to_string();
    let http = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).expect("pem"))
        .build()
        .expect("client");
    let doc: Value = http
        .post(format!("{}/documents", emu.api_endpoint()))
        .header("x-api-key", emu.api_key())
        .json(&json!({}))
        .send()
        .await
        .expect("post")
        .json()
        .await
        .expect("json");
    let url = s(&doc, "fileUrl");
    assert!(
        url.starts_with(&format!("https://localhost:{}/", emu.addr().port())),
        "{url}"
    );
    let token = emu.issue_token();
    let r = http
        .put(&url)
        .bearer_auth(&token)
        .body(png(3, 3))
        .send()
        .await
        .expect("put");
    assert_eq!(r.status(), StatusCode::OK);
    let r = http
        .get(&url)
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_file_server_is_faulted_like_an_operation() {
    let (emu, api) = manual().await;
    let files = Files::new(&emu);
    let doc = api.post("/documents", json!({})).await;
    let url = s(&doc, "fileUrl");
    emu.faults()
        .route("uploadDocumentFile")
        .fail_next(1, Fault::Status(503));
    assert_eq!(
        files.put(&url, png(2, 2)).await,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(files.put(&url, png(2, 2)).await, StatusCode::OK);
    emu.faults()
        .route("/files")
        .fail_next(1, Fault::Status(500));
    let (status, _, _) = files.get(&url).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let (status, _, _) = files.get(&url).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(emu.stats().faults_injected(), 2);
}

#[tokio::test]
async fn field_configs_of_line_items_round_trip_and_predict() {
    let (_emu, api) = manual().await;
    let config = json!({
        "total": {"type": "amount", "maxLength": 12},
        "line_items": {"type": "lines", "fields": {
            "description": {"type": "string"},
            "amount": {"type": "amount"}
        }}
    });
    let m = api.post("/models", json!({"fieldConfig": config})).await;
    let mid = s(&m, "modelId");
    assert_eq!(m["fieldConfig"], config);
    assert_eq!(
        api.get(&format!("/models/{mid}")).await["fieldConfig"],
        config
    );
    let changed = json!({"items": {"type": "lines", "fields": {"qty": {"type": "numeric"}}}});
    let patched = api
        .patch(&format!("/models/{mid}"), json!({"fieldConfig": changed}))
        .await;
    assert_eq!(patched["fieldConfig"], changed);
    assert_eq!(
        api.get("/models").await["models"][0]["fieldConfig"],
        changed
    );
    let d = api
        .post(
            "/documents",
            json!({"content": "aGVsbG8=", "contentType": "image/png"}),
        )
        .await;
    let p = api
        .post(
            "/predictions",
            json!({"documentId": s(&d, "documentId"), "modelId": mid}),
        )
        .await;
    assert_eq!(p["predictions"][0]["label"], "items");
    assert_eq!(p["predictions"][0]["value"][0][0]["label"], "qty");
    assert_eq!(
        api.delete(&format!("/models/{mid}")).await["fieldConfig"],
        changed
    );
}
