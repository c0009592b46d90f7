//! Documents through the live API's file server, on the wire: a document is
//! created from its details, its raw bytes are `PUT` to the `fileUrl` the
//! API answers with (streamed, exact length for files, sent whole again
//! after a 503, a reader never twice), and read back with `GET`, converted
//! by query parameters. Credentials go only to the API's origin or a trusted
//! one; an API without a file server gets the content inline.

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, Content, Error, RetryPolicy};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const KEY: &str = "file-server-test-key";

fn document(file_url: Option<String>) -> Value {
    let mut doc = json!({
        "documentId": "las:document:abc", "contentType": "application/pdf",
        "retentionInDays": 7, "name": null, "description": null, "metadata": null,
        "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
    });
    if let Some(url) = file_url {
        doc["fileUrl"] = json!(url);
    }
    doc
}

fn client_for(server: &MockServer, trusted: Option<&str>) -> Client {
    let mut builder = Client::builder()
        .credentials(Credentials::api_key(KEY, format!("{}/v1", server.uri())).unwrap())
        .retry_policy(
            RetryPolicy::standard()
                .with_jitter(false)
                .with_initial_delay(Duration::from_millis(5))
                .with_max_delay(Duration::from_millis(20)),
        );
    if let Some(origin) = trusted {
        builder = builder.trust_file_origin(origin);
    }
    builder.build().unwrap()
}

/// A PDF header, then every byte value, `len` bytes in all.
fn pdf(len: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.extend((0..=255u8).cycle().take(len.saturating_sub(bytes.len())));
    bytes
}

async fn requests(server: &MockServer, verb: &str, p: &str) -> Vec<Request> {
    server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == verb && r.url.path() == p)
        .collect()
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// `POST /v1/documents` answers with a document whose fileUrl is `url`.
async fn mount_create(server: &MockServer, url: Option<String>) {
    Mock::given(method("POST"))
        .and(path("/v1/documents"))
        .respond_with(ResponseTemplate::new(200).set_body_json(document(url)))
        .mount(server)
        .await;
}

async fn mount_put(server: &MockServer, p: &str) {
    Mock::given(method("PUT"))
        .and(path(p.to_string()))
        .respond_with(ResponseTemplate::new(200))
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_file_goes_raw_to_the_file_url_with_its_length_type_and_credentials() {
    let server = MockServer::start().await;
    mount_create(&server, Some(format!("{}/files/abc", server.uri()))).await;
    mount_put(&server, "/files/abc").await;
    let client = client_for(&server, None);
    let dir = tempfile::tempdir().unwrap();
    let raw = pdf(200_003);
    let file = dir.path().join("scan.pdf");
    std::fs::write(&file, &raw).unwrap();

    let doc = client
        .documents()
        .create(&file)
        .dataset_id("las:dataset:00000000000000000000000000000000")
        .name("scan")
        .metadata([("source", json!("scanner"))])
        .send()
        .await
        .unwrap();
    assert_eq!(doc.document_id, "las:document:abc");

    let posts = requests(&server, "POST", "/v1/documents").await;
    assert_eq!(posts.len(), 1);
    let details: Value = serde_json::from_slice(&posts[0].body).unwrap();
    assert!(details.get("content").is_none(), "{details}");
    assert_eq!(details["contentType"], "application/pdf");
    assert_eq!(details["name"], "scan");
    assert_eq!(details["metadata"]["source"], "scanner");

    let puts = requests(&server, "PUT", "/files/abc").await;
    assert_eq!(puts.len(), 1);
    assert_eq!(puts[0].body, raw, "the raw bytes, not base64");
    assert_eq!(
        header(&puts[0], "content-length"),
        Some(raw.len().to_string().as_str())
    );
    assert_eq!(header(&puts[0], "content-type"), Some("application/pdf"));
    assert_eq!(
        header(&puts[0], "x-api-key"),
        Some(KEY),
        "the API's own origin"
    );
}

#[tokio::test]
async fn a_file_is_put_whole_again_after_a_503_and_a_reader_is_never_put_twice() {
    let server = MockServer::start().await;
    mount_create(&server, Some(format!("{}/files/abc", server.uri()))).await;
    Mock::given(method("PUT"))
        .and(path("/files/abc"))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "busy"})))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    mount_put(&server, "/files/abc").await;
    let client = client_for(&server, None);
    let dir = tempfile::tempdir().unwrap();
    let raw = pdf(100_000);
    let file = dir.path().join("scan.pdf");
    std::fs::write(&file, &raw).unwrap();

    client.documents().create(&file).send().await.unwrap();
    let puts = requests(&server, "PUT", "/files/abc").await;
    assert_eq!(puts.len(), 2, "one 503, one replay");
    assert!(puts.iter().all(|p| p.body == raw));

    // A reader past its first bytes cannot be read again: the 503 is the
    // answer, and it is not sent twice.
    server.reset().await;
    mount_create(&server, Some(format!("{}/files/abc", server.uri()))).await;
    Mock::given(method("PUT"))
        .and(path("/files/abc"))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "busy"})))
        .mount(&server)
        .await;
    let big = pdf(300_000);
    let err = client
        .documents()
        .create(Content::reader(std::io::Cursor::new(big.clone())))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Server { status: 503, .. }), "{err:?}");
    let puts = requests(&server, "PUT", "/files/abc").await;
    assert_eq!(puts.len(), 1, "a reader is sent once");
    assert_eq!(puts[0].body, big);
    assert_eq!(header(&puts[0], "content-length"), None, "chunked");
}

#[tokio::test]
async fn credentials_go_to_no_other_origin_unless_it_is_trusted() {
    let api = MockServer::start().await;
    let files = MockServer::start().await;
    mount_create(&api, Some(format!("{}/upload/abc", files.uri()))).await;
    mount_put(&files, "/upload/abc").await;

    let err = client_for(&api, None)
        .documents()
        .create(pdf(1000))
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::UntrustedFileUrl { origin, .. } => assert_eq!(origin, &files.uri()),
        other => panic!("{other:?}"),
    }
    assert!(!err.to_string().contains("/upload/abc"), "{err}");
    assert!(files.received_requests().await.unwrap().is_empty());

    // Trusted: the bytes and the credentials go there.
    client_for(&api, Some(&files.uri()))
        .documents()
        .create(pdf(1000))
        .send()
        .await
        .unwrap();
    let puts = requests(&files, "PUT", "/upload/abc").await;
    assert_eq!(puts.len(), 1);
    assert_eq!(header(&puts[0], "x-api-key"), Some(KEY));

    // Cleartext to a host other than loopback, or another scheme: never.
    for url in [
        "http://files.example.com/abc",
        "http://localhost:1/abc",
        "ftp://127.0.0.1/abc",
        "not a url",
    ] {
        api.reset().await;
        mount_create(&api, Some(url.to_string())).await;
        let err = client_for(&api, Some(&files.uri()))
            .documents()
            .create(pdf(1000))
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::UntrustedFileUrl { .. }),
            "{url}: {err:?}"
        );
    }
}

#[tokio::test]
async fn a_trusted_origin_must_be_https_or_loopback() {
    let err = Client::builder()
        .credentials(Credentials::api_key(KEY, "https://api.lucidtech.ai/v1").unwrap())
        .trust_file_origin("http://files.example.com")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert!(Client::builder()
        .credentials(Credentials::api_key(KEY, "https://api.lucidtech.ai/v1").unwrap())
        .trust_file_origin("https://files.example.com/any/path")
        .build()
        .is_ok());
}

#[tokio::test]
async fn an_api_without_a_file_server_gets_the_content_inline_from_then_on() {
    let server = MockServer::start().await;
    mount_create(&server, None).await;
    Mock::given(method("DELETE"))
        .and(path("/v1/documents/las:document:abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(document(None)))
        .mount(&server)
        .await;
    let client = client_for(&server, None);
    let raw = pdf(1000);

    client.documents().create(raw.clone()).send().await.unwrap();
    let posts = requests(&server, "POST", "/v1/documents").await;
    assert_eq!(posts.len(), 2, "details, then again inline");
    let first: Value = serde_json::from_slice(&posts[0].body).unwrap();
    assert!(first.get("content").is_none());
    let second: Value = serde_json::from_slice(&posts[1].body).unwrap();
    use base64::Engine;
    assert_eq!(
        second["content"],
        base64::engine::general_purpose::STANDARD.encode(&raw)
    );
    assert_eq!(
        requests(&server, "DELETE", "/v1/documents/las:document:abc")
            .await
            .len(),
        1,
        "the empty document is deleted"
    );

    // Learnt: the next document goes inline at once.
    client.documents().create(raw.clone()).send().await.unwrap();
    assert_eq!(requests(&server, "POST", "/v1/documents").await.len(), 3);

    // Asking for the file server when there is none is an error.
    let err = client_for(&server, None)
        .documents()
        .create(raw)
        .inline(false)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidResponse { .. }), "{err:?}");
}

#[tokio::test]
async fn content_is_read_through_the_file_url_with_the_conversion_as_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/documents/las:document:abc"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(document(Some(format!("{}/files/abc", server.uri())))),
        )
        .mount(&server)
        .await;
    let raw = pdf(70_000);
    Mock::given(method("GET"))
        .and(path("/files/abc"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(raw.clone()))
        .mount(&server)
        .await;
    let client = client_for(&server, None);

    assert_eq!(
        client
            .documents()
            .download("las:document:abc")
            .await
            .unwrap(),
        raw
    );
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.pdf");
    client
        .documents()
        .download_to("las:document:abc", &copy)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&copy).unwrap(), raw);

    let converted = dir.path().join("page.jpg");
    client
        .documents()
        .download_to("las:document:abc", &converted)
        .page(-1)
        .width(200)
        .rotation(90)
        .quality("low")
        .await
        .unwrap();
    let gets = requests(&server, "GET", "/files/abc").await;
    let last = gets.last().unwrap();
    let query: Vec<(String, String)> = last.url.query_pairs().into_owned().collect();
    assert_eq!(
        query,
        [
            ("page".to_string(), "-1".to_string()),
            ("width".into(), "200".into()),
            ("rotation".into(), "90".into()),
            ("quality".into(), "low".into()),
        ]
    );
    assert_eq!(header(last, "x-api-key"), Some(KEY));

    // Bad options are refused before anything is sent.
    let before = server.received_requests().await.unwrap().len();
    for err in [
        client
            .documents()
            .download("las:document:abc")
            .width(0)
            .await
            .unwrap_err(),
        client
            .documents()
            .download("las:document:abc")
            .quality("low&x=1")
            .await
            .unwrap_err(),
    ] {
        assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    }
    assert_eq!(server.received_requests().await.unwrap().len(), before);
}

#[tokio::test]
async fn a_conversion_needs_a_file_url() {
    let server = MockServer::start().await;
    let mut doc = document(None);
    doc["content"] = json!("JVBERi0xLjQK");
    Mock::given(method("GET"))
        .and(path("/v1/documents/las:document:abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(doc))
        .mount(&server)
        .await;
    let client = client_for(&server, None);
    // Inline content is decoded as before.
    assert_eq!(
        client
            .documents()
            .download("las:document:abc")
            .await
            .unwrap(),
        b"%PDF-1.4\n"
    );
    let err = client
        .documents()
        .download("las:document:abc")
        .page(0)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("fileUrl"), "{err}");
}
