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

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let emu = Emulator::start().await.expect("start");
    let addr = emu.addr();
    assert!(tokio::net::TcpStream::connect(addr).await.is_ok());
    drop(emu);
    let deadline = std::time::Instant::now() + Duration::from_secs(3);
    while tokio::net::TcpStream::connect(addr).await.is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "still accepting after drop"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[test]
fn start_blocking_serves_without_a_runtime() {
    let emu = Emulator::start_blocking().expect("start");
    let addr = emu.addr();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let status = rt.block_on(async {
        reqwest::Client::new()
            .get(format!("{}/datasets", emu.api_endpoint()))
            .header("x-api-key", emu.api_key())
            .send()
            .await
            .expect("call")
            .status()
    });
    assert_eq!(status, StatusCode::OK);
    drop(emu);
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "stopped when dropped"
    );
}

#[tokio::test]
async fn same_seed_same_ids() {
    async fn ids(seed: u64) -> Vec<String> {
        let emu = Emulator::builder().seed(seed).start().await.expect("start");
        let api = Api::new(&emu);
        let mut out = vec![emu.organization_id().to_string()];
        let ds = api.post("/datasets", json!({})).await;
        out.push(ds["datasetId"].as_str().expect("id").to_string());
        let doc = api
            .post(
                "/documents",
                json!({"content": "aGk=", "contentType": "image/png"}),
            )
            .await;
        out.push(doc["documentId"].as_str().expect("id").to_string());
        out.push(doc["consentId"].as_str().expect("id").to_string());
        out
    }
    let a = ids(9).await;
    assert_eq!(a, ids(9).await);
    let b = ids(10).await;
    assert!(a.iter().zip(&b).all(|(x, y)| x != y), "{a:?} {b:?}");
    assert!(is_las_id(&a[0], "organization"));
}

#[tokio::test]
async fn token_endpoint_errors_and_form_credentials() {
    let emu = Emulator::start().await.expect("start");
    let http = reqwest::Client::new();
    let form = |body: &'static str| {
        http.post(emu.auth_endpoint())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
    };
    let r = form("grant_type=client_credentials")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        r.json::<Value>().await.expect("json"),
        json!({"error": "invalid_client"})
    );
    let r = form("grant_type=password")
        .basic_auth(emu.client_id(), Some(emu.client_secret()))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = form("")
        .basic_auth(emu.client_id(), Some(emu.client_secret()))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = form("grant_type=client_credentials&client_id=las-emulator-client-id&client_secret=las-emulator-client-secret")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["expires_in"], 3600);
    assert_eq!(emu.stats().token_requests(), 4);
    // expire_tokens turns valid tokens into 401s; issue_token mints new ones.
    let old = body["access_token"].as_str().expect("token").to_string();
    emu.expire_tokens();
    let call = |t: String| {
        http.get(format!("{}/models", emu.api_endpoint()))
            .bearer_auth(t)
            .send()
    };
    assert_eq!(
        call(old).await.expect("call").status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(emu.issue_token()).await.expect("call").status(),
        StatusCode::OK
    );
    assert_eq!(emu.stats().token_requests(), 4);
}

#[tokio::test]
async fn paging_with_the_generated_client_and_filters() {
    let emu = Emulator::builder()
        .default_page_size(4)
        .start()
        .await
        .expect("start");
    let api = Api::new(&emu);
    for i in 0..10 {
        let consent = if i % 2 == 0 {
            "las:consent:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"
        } else {
            "las:consent:dddddddddddddddddddddddddddddddd"
        };
        api.post(
            "/documents",
            json!({"content": "aGk=", "contentType": "image/png", "consentId": consent}),
        )
        .await;
    }
    let client = emu.api_client();
    let mut token: Option<String> = None;
    let mut pages = Vec::new();
    loop {
        let page = client
            .list_documents(None, None, None, None, token.as_deref(), None, None)
            .await
            .expect("page")
            .into_inner();
        pages.push(page.documents.len());
        match page.next_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    assert_eq!(pages, vec![4, 4, 2], "default page size 4");
    let both = vec![
        "las:consent:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee".to_string(),
        "las:consent:dddddddddddddddddddddddddddddddd".to_string(),
    ];
    let even = vec!["las:consent:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee".to_string()];
    let n = |p: las_api::types::Documents| p.documents.len();
    let all = client
        .list_documents(
            Some(&both),
            None,
            None,
            std::num::NonZeroU64::new(100),
            None,
            None,
            None,
        )
        .await
        .expect("list");
    assert_eq!(n(all.into_inner()), 10);
    let some = client
        .list_documents(
            Some(&even),
            None,
            None,
            std::num::NonZeroU64::new(100),
            None,
            None,
            None,
        )
        .await
        .expect("list");
    let some = some.into_inner();
    assert_eq!(some.consent_id, even);
    assert_eq!(n(some), 5);
}

#[tokio::test]
async fn a_thousand_concurrent_calls() {
    let emu = Emulator::start().await.expect("start");
    let http = reqwest::Client::new();
    let token = emu.issue_token();
    let url = format!("{}/datasets", emu.api_endpoint());
    let calls = (0..1000).map(|_| {
        let (http, url, token) = (http.clone(), url.clone(), token.clone());
        tokio::spawn(async move {
            http.get(url)
                .bearer_auth(token)
                .send()
                .await
                .map(|r| r.status())
        })
    });
    let mut ok = 0;
    for c in calls.collect::<Vec<_>>() {
        if c.await.expect("task").expect("call") == StatusCode::OK {
            ok += 1;
        }
    }
    assert_eq!(ok, 1000);
    assert_eq!(emu.stats().requests_for("listDatasets"), 1000);
}

/// The example of the README.
#[tokio::test]
async fn uploads_survive_a_server_error() {
    use las_emulator::Fault;
    let emu = Emulator::builder()
        .clock(Clock::Instant)
        .start()
        .await
        .unwrap();
    emu.faults()
        .route("createDocument")
        .fail_next(1, Fault::ServerError);

    let http = reqwest::Client::new();
    let token: Value = http
        .post(format!(
            "{}?grant_type=client_credentials",
            emu.auth_endpoint()
        ))
        .basic_auth(emu.client_id(), Some(emu.client_secret()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let bearer = token["access_token"].as_str().unwrap();
    let upload = || {
        http.post(format!("{}/documents", emu.api_endpoint()))
            .bearer_auth(bearer)
            .json(&json!({"content": "aGVsbG8=", "contentType": "image/png"}))
            .send()
    };
    assert!(upload().await.unwrap().status().is_server_error());
    let doc: Value = upload().await.unwrap().json().await.unwrap();
    assert!(is_las_id(doc["documentId"].as_str().unwrap(), "document"));

    assert_eq!(emu.stats().token_requests(), 1);
    assert_eq!(emu.stats().requests_for("createDocument"), 2);
}
