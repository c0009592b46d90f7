//! Streamed inline uploads on the wire (`inline(true)`: base64 in the
//! `POST`, the 2021 API's way): the body is exactly the generated type's
//! JSON, `Content-Length` is exact for files, a file is sent whole again
//! after a 503, and a reader is never sent twice.

use std::time::Duration;

use las_api::Base64Content;
use las_client::credentials::Credentials;
use las_client::types::{ContentType, PostAssets, PostDocuments};
use las_client::{Client, Content, Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn document() -> serde_json::Value {
    json!({
        "documentId": "las:document:abc", "contentType": "application/pdf",
        "name": null, "description": null, "metadata": null,
        "retentionInDays": 7, "consentId": "las:consent:x",
        "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
    })
}

fn asset() -> serde_json::Value {
    json!({
        "assetId": "las:asset:abc", "name": "ui", "description": null, "contentMD5": null,
        "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
    })
}

async fn client(server: &MockServer) -> Client {
    Client::builder()
        .credentials(Credentials::api_key("key", format!("{}/v1", server.uri())).unwrap())
        .retry_policy(
            RetryPolicy::standard()
                .with_jitter(false)
                .with_initial_delay(Duration::from_millis(5))
                .with_max_delay(Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

/// A PDF header, then every byte value, `len` bytes in all.
fn pdf(len: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.extend((0..=255u8).cycle().take(len.saturating_sub(bytes.len())));
    bytes
}

/// What the generated operation would send for this document.
fn expected_document_body(raw: &[u8]) -> Vec<u8> {
    serde_json::to_vec(&{
        let mut post_documents = PostDocuments::new();
        post_documents.content = Some(Base64Content::from(raw.to_vec()));
        post_documents.content_type = Some(ContentType::ApplicationPdf);
        post_documents.consent_id = Some("las:consent:x".into());
        post_documents.ground_truth = vec![las_client::types::GroundTruthItem::new(
            "total".into(),
            Some("1.00".to_string()).into(),
        )];
        post_documents.retention_in_days = Some(7);
        post_documents
    })
    .unwrap()
}

async fn posts(server: &MockServer, p: &str) -> Vec<Request> {
    server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == "POST" && r.url.path() == p)
        .collect()
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn a_file_is_streamed_with_its_exact_length_and_sent_whole_again_after_a_503() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/documents"))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "busy"})))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/documents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(document()))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let dir = tempfile::tempdir().unwrap();
    // Several body chunks, and a length that needs base64 padding.
    let raw = pdf(200_003);
    let file = dir.path().join("scan.pdf");
    std::fs::write(&file, &raw).unwrap();

    let doc = client
        .documents()
        .create(&file)
        .inline(true)
        .consent_id("las:consent:x")
        .ground_truth([("total", "1.00")])
        .retention_in_days(7)
        .send()
        .await
        .unwrap();
    assert_eq!(doc.document_id, "las:document:abc");

    let expected = expected_document_body(&raw);
    let sent = posts(&server, "/v1/documents").await;
    assert_eq!(sent.len(), 2, "one 503, one replay");
    for request in &sent {
        assert_eq!(
            request.body, expected,
            "the body is the generated JSON, whole"
        );
        let length = expected.len().to_string();
        assert_eq!(header(request, "content-length"), Some(length.as_str()));
        assert_eq!(header(request, "transfer-encoding"), None);
        assert_eq!(header(request, "content-type"), Some("application/json"));
        assert_eq!(header(request, "x-api-key"), Some("key"));
        assert!(header(request, "api-version").is_some());
    }
}

#[tokio::test]
async fn a_reader_streams_without_a_length_and_is_never_sent_twice() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/documents"))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "busy"})))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let raw = pdf(100_000);

    let err = client
        .documents()
        .create(Content::reader(std::io::Cursor::new(raw.clone())))
        .inline(true)
        .consent_id("las:consent:x")
        .ground_truth([("total", "1.00")])
        .retention_in_days(7)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Server { status: 503, .. }),
        "the attempt's own error: {err:?}"
    );
    let sent = posts(&server, "/v1/documents").await;
    assert_eq!(
        sent.len(),
        1,
        "a reader is not replayed once its bytes were sent"
    );
    assert_eq!(sent[0].body, expected_document_body(&raw));
    assert_eq!(header(&sent[0], "content-length"), None);
}

#[tokio::test]
async fn a_reader_that_succeeds_needs_one_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/documents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(document()))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let raw = pdf(10);
    client
        .documents()
        .create(Content::reader(std::io::Cursor::new(raw.clone())))
        .inline(true)
        .consent_id("las:consent:x")
        .ground_truth([("total", "1.00")])
        .retention_in_days(7)
        .send()
        .await
        .unwrap();
    let sent = posts(&server, "/v1/documents").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].body, expected_document_body(&raw));
}

#[tokio::test]
async fn asset_files_stream_as_the_generated_json() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/assets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(asset()))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let dir = tempfile::tempdir().unwrap();
    let script = b"export default function ui() { return 1; }\n".repeat(3000);
    let file = dir.path().join("ui.js");
    std::fs::write(&file, &script).unwrap();
    let created = client
        .assets()
        .create(&file)
        .name("ui")
        .send()
        .await
        .unwrap();
    assert_eq!(created.asset_id, "las:asset:abc");
    let expected = serde_json::to_vec(&{
        let mut post_assets = PostAssets::new(Base64Content::from(script.clone()));
        post_assets.name = Some("ui".into());
        post_assets
    })
    .unwrap();
    let sent = posts(&server, "/v1/assets").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].body, expected);
    let length = expected.len().to_string();
    assert_eq!(header(&sent[0], "content-length"), Some(length.as_str()));
}

#[tokio::test]
async fn a_sniffed_type_comes_from_the_head_of_the_file() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/documents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(document()))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let dir = tempfile::tempdir().unwrap();
    let gif = dir.path().join("a.gif");
    std::fs::write(&gif, b"GIF89a\x01\0\x01\0\0\0\0;").unwrap();
    let err = client.documents().create(&gif).send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert!(
        posts(&server, "/v1/documents").await.is_empty(),
        "refused before sending"
    );
}

#[tokio::test]
async fn download_to_decodes_into_the_file_and_keeps_the_old_one_on_failure() {
    use base64::Engine;
    let server = MockServer::start().await;
    let raw = pdf(300_001);
    let mut doc = document();
    doc["content"] = base64::engine::general_purpose::STANDARD
        .encode(&raw)
        .into();
    Mock::given(method("GET"))
        .and(path("/v1/documents/las:document:abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(doc))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/documents/las:document:truncated"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"documentId":"las:document:truncated","content":"JVBER"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/documents/las:document:gone"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"message": "Not found"})))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.pdf");

    client
        .documents()
        .download_to("las:document:abc", &out)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), raw);

    let err = client
        .documents()
        .download_to("las:document:truncated", &out)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidResponse { .. }), "{err:?}");
    let err = client
        .documents()
        .download_to("las:document:gone", &out)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    assert_eq!(
        std::fs::read(&out).unwrap(),
        raw,
        "a failed download leaves the file as it was"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no partial file is left behind");

    let err = client.documents().download_to("a/b", &out).await;
    // A path parameter is one segment: the slash is encoded, never a route.
    assert!(err.is_err());
    let gets: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == "GET")
        .map(|r| r.url.path().to_string())
        .collect();
    assert_eq!(gets.last().map(String::as_str), Some("/v1/documents/a%2Fb"));
}
