//! Auth, ids, documents and datasets, pagination and shutdown of las-emulator.

use std::time::Duration;

use las_emulator::{is_las_id, Clock, Emulator};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[path = "emulator_support.rs"]
mod support;
use support::Api;

async fn token(emu: &Emulator) -> String {
    let r = reqwest::Client::new()
        .post(format!(
            "{}?grant_type=client_credentials",
            emu.auth_endpoint()
        ))
        .basic_auth(emu.client_id(), Some(emu.client_secret()))
        .send()
        .await
        .expect("token request");
    assert_eq!(r.status(), StatusCode::OK);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["token_type"], "Bearer");
    body["access_token"].as_str().expect("token").to_string()
}

#[tokio::test]
async fn token_then_bearer_calls_and_expiry() {
    let emu = Emulator::builder()
        .clock(Clock::Manual)
        .token_lifetime(Duration::from_secs(60))
        .start()
        .await
        .expect("start");
    let t = token(&emu).await;
    assert_eq!(emu.stats().token_requests(), 1);
    let http = reqwest::Client::new();
    let list = |tok: String| {
        http.get(format!("{}/datasets", emu.api_endpoint()))
            .bearer_auth(tok)
            .send()
    };
    assert_eq!(
        list(t.clone()).await.expect("list").status(),
        StatusCode::OK
    );
    emu.advance(Duration::from_secs(61));
    let r = list(t).await.expect("list");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body, json!({"message": "The incoming token has expired"}));
    let r = list("unknown".into()).await.expect("list");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = http
        .get(format!("{}/datasets", emu.api_endpoint()))
        .send()
        .await
        .expect("list");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        r.json::<Value>().await.expect("json"),
        json!({"message": "Forbidden"})
    );
}

#[tokio::test]
async fn documents_in_datasets_and_paging() {
    let emu = Emulator::builder().seed(7).start().await.expect("start");
    let api = Api::new(&emu);
    let (s, ds) = api
        .call(
            reqwest::Method::POST,
            "/datasets",
            Some(json!({"name": "d"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{ds}");
    let ds_id = ds["datasetId"].as_str().expect("id").to_string();
    assert!(is_las_id(&ds_id, "dataset"), "{ds_id}");
    for i in 0..7 {
        let (s, doc) = api
            .call(
                reqwest::Method::POST,
                "/documents",
                Some(json!({"content": "aGVsbG8=", "contentType": "image/png", "datasetId": ds_id, "groundTruth": [{"label": "n", "value": i.to_string()}]})),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{doc}");
        assert!(is_las_id(
            doc["documentId"].as_str().expect("id"),
            "document"
        ));
        assert!(is_las_id(doc["consentId"].as_str().expect("id"), "consent"));
    }
    let mut token: Option<String> = None;
    let mut seen = 0;
    let mut pages = 0;
    loop {
        let q = match &token {
            Some(t) => format!("/documents?maxResults=3&datasetId={ds_id}&nextToken={t}"),
            None => format!("/documents?maxResults=3&datasetId={ds_id}"),
        };
        let (s, page) = api.call(reqwest::Method::GET, &q, None).await;
        assert_eq!(s, StatusCode::OK, "{page}");
        assert_eq!(page["datasetId"], json!([ds_id]));
        let docs = page["documents"].as_array().expect("docs");
        assert!(docs.iter().all(|d| d.get("content").is_none()));
        seen += docs.len();
        pages += 1;
        match page["nextToken"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!((seen, pages), (7, 3));
    let (s, e) = api
        .call(reqwest::Method::DELETE, &format!("/datasets/{ds_id}"), None)
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{e}");
    let (s, del) = api
        .call(
            reqwest::Method::DELETE,
            &format!("/documents?datasetId={ds_id}&maxResults=5"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(del["documents"].as_array().expect("docs").len(), 5);
    let next = del["nextToken"].as_str().expect("more").to_string();
    let (_, del) = api
        .call(
            reqwest::Method::DELETE,
            &format!("/documents?datasetId={ds_id}&nextToken={next}"),
            None,
        )
        .await;
    assert_eq!(del["documents"].as_array().expect("docs").len(), 2);
    assert!(del["nextToken"].is_null());
    let (s, ds) = api
        .call(reqwest::Method::DELETE, &format!("/datasets/{ds_id}"), None)
        .await;
    assert_eq!(s, StatusCode::OK, "{ds}");
    assert_eq!(ds["numberOfDocuments"], 0);
}

#[tokio::test]
async fn drop_shuts_down() {
    let emu = Emulator::start().await.expect("start");
    let addr = emu.addr();
    emu.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}
