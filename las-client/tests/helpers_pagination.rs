//! Pagination helpers against the emulator (and small stubs where the
//! emulator cannot misbehave on purpose): `pages()`, `items()`, `limit`,
//! a repeating `nextToken`, errors in mid-stream, laziness over many pages,
//! `delete_many().delete_all()` and `datasets().delete().delete_documents()`.
//!
//! Memory: a page stream holds at most the page it is fetching; an item
//! stream holds at most the rest of the current page. Nothing is read ahead,
//! which `a_long_stream_fetches_one_page_at_a_time` checks on 200 pages.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use las_client::credentials::Credentials;
use las_client::paginate::Prefetch;
use las_client::{Client, Error, RetryPolicy};
use las_emulator::{Clock, Emulator, Fault};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";

fn retries() -> RetryPolicy {
    RetryPolicy::standard()
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(5))
}

fn client_for(endpoint: String, key: &str) -> Client {
    Client::builder()
        .credentials(Credentials::api_key(key, endpoint).unwrap())
        .retry_policy(retries())
        .build()
        .unwrap()
}

async fn emulator(page_size: Option<usize>) -> (Emulator, Client) {
    let mut builder = Emulator::builder().seed(11).clock(Clock::Instant);
    if let Some(size) = page_size {
        builder = builder.default_page_size(size);
    }
    let emu = builder.start().await.unwrap();
    let client = client_for(emu.api_endpoint(), emu.api_key());
    (emu, client)
}

/// `n` documents (in `dataset_id` when given), in creation order.
async fn documents(client: &Client, n: usize, dataset_id: Option<&str>) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 0..n {
        let mut content = PDF.to_vec();
        content.extend_from_slice(format!("% {i}\n").as_bytes());
        let mut create = client.documents().create(las_client::Content::raw(content));
        if let Some(d) = dataset_id {
            create = create.dataset_id(d);
        }
        ids.push(create.send().await.unwrap().document_id);
    }
    ids
}

#[tokio::test]
async fn items_cross_four_pages_in_order_without_loss_or_duplicates() {
    let (emu, client) = emulator(None).await;
    let created = documents(&client, 7, None).await;
    emu.stats().reset();

    let listed: Vec<String> = client
        .documents()
        .list()
        .max_results(2)
        .items()
        .map_ok(|d| d.document_id)
        .try_collect()
        .await
        .unwrap();

    assert_eq!(listed, created, "every document once, in creation order");
    assert_eq!(
        emu.stats().requests_for("listDocuments"),
        4,
        "7 items at 2 a page are 4 pages"
    );
}

#[tokio::test]
async fn pages_yields_one_entry_per_page() {
    let (emu, client) = emulator(None).await;
    documents(&client, 7, None).await;
    emu.stats().reset();

    let pages: Vec<_> = client
        .documents()
        .list()
        .max_results(2)
        .pages()
        .try_collect()
        .await
        .unwrap();

    let sizes: Vec<usize> = pages.iter().map(|p| p.documents.len()).collect();
    assert_eq!(sizes, [2, 2, 2, 1]);
    assert!(pages[..3].iter().all(|p| p.next_token.is_some()));
    assert_eq!(pages[3].next_token, None);
    assert_eq!(emu.stats().requests_for("listDocuments"), 4);
}

#[tokio::test]
async fn a_limit_stops_after_that_many_items_and_fetches_only_the_pages_needed() {
    let (emu, client) = emulator(None).await;
    let created = documents(&client, 7, None).await;

    emu.stats().reset();
    let first5: Vec<String> = client
        .documents()
        .list()
        .max_results(2)
        .limit(5)
        .items()
        .map_ok(|d| d.document_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(first5, created[..5]);
    // Pages of 2, 2 and (asking for the one item still wanted) 1.
    assert_eq!(emu.stats().requests_for("listDocuments"), 3);

    // Without a page size the limit is the page size: one request.
    emu.stats().reset();
    let first3: Vec<_> = client
        .documents()
        .list()
        .limit(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(first3.len(), 3);
    assert_eq!(emu.stats().requests_for("listDocuments"), 1);

    // A limit on pages() stops the page stream too.
    emu.stats().reset();
    let pages: Vec<_> = client
        .documents()
        .list()
        .max_results(2)
        .limit(3)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.iter().map(|p| p.documents.len()).sum::<usize>(), 3);
    assert_eq!(emu.stats().requests_for("listDocuments"), 2);

    // A limit beyond the end ends with the last page.
    emu.stats().reset();
    let all: Vec<_> = client
        .documents()
        .list()
        .max_results(3)
        .limit(100)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 7);
    assert_eq!(emu.stats().requests_for("listDocuments"), 3);
}

fn stub_document(id: &str) -> Value {
    json!({
        "documentId": id, "contentType": "application/pdf", "consentId": null, "datasetId": null,
        "name": null, "description": null, "metadata": null,
        "retentionInDays": 1825, "groundTruth": [], "createdBy": null, "createdTime": null,
        "updatedBy": null, "updatedTime": null
    })
}

/// Answers every list request with one document and the same `nextToken`.
struct SameToken(AtomicUsize);

impl Respond for SameToken {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, Ordering::SeqCst);
        ResponseTemplate::new(200).set_body_json(json!({
            "documents": [stub_document(&format!("las:document:{n}"))],
            "nextToken": "always-the-same",
        }))
    }
}

#[tokio::test]
async fn a_repeated_next_token_is_one_error_not_an_endless_loop() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/documents"))
        .respond_with(SameToken(AtomicUsize::new(0)))
        .mount(&server)
        .await;
    let client = client_for(format!("{}/v1", server.uri()), "key");

    let mut items = client.documents().list().items();
    let first = tokio::time::timeout(Duration::from_secs(5), items.next())
        .await
        .unwrap();
    assert_eq!(first.unwrap().unwrap().document_id, "las:document:0");
    match items.next().await {
        Some(Err(Error::InvalidResponse { operation, what })) => {
            assert_eq!(operation, "list_documents");
            assert!(what.contains("always-the-same"), "{what}");
        }
        other => panic!("expected InvalidResponse, got {other:?}"),
    }
    assert!(
        items.next().await.is_none(),
        "the stream ends after the error"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);

    // The same through pages().
    let results: Vec<_> = client.documents().list().pages().collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert!(matches!(results[1], Err(Error::InvalidResponse { .. })));
}

#[tokio::test]
async fn an_error_in_mid_stream_is_yielded_once_and_ends_the_stream() {
    let (emu, client) = emulator(None).await;
    let created = documents(&client, 7, None).await;
    emu.stats().reset();

    let mut items = client.documents().list().max_results(2).items();
    // The first item fetches the first page only; then the second page's
    // request is made to fail with a 400 (not retried).
    assert_eq!(items.next().await.unwrap().unwrap().document_id, created[0]);
    assert_eq!(emu.stats().requests_for("listDocuments"), 1);
    emu.faults()
        .route("listDocuments")
        .fail_next(1, Fault::Status(400));

    assert_eq!(items.next().await.unwrap().unwrap().document_id, created[1]);
    assert!(matches!(
        items.next().await,
        Some(Err(Error::BadRequest { .. }))
    ));
    assert!(items.next().await.is_none());
    assert!(items.next().await.is_none(), "and stays ended");
    assert_eq!(
        emu.stats().requests_for("listDocuments"),
        2,
        "no retry of a 400, no request after it"
    );
}

#[tokio::test]
async fn a_transient_error_in_mid_stream_is_retried_and_loses_nothing() {
    let (emu, client) = emulator(None).await;
    let created = documents(&client, 7, None).await;
    emu.stats().reset();

    let mut pages = client.documents().list().max_results(2).pages();
    let mut listed: Vec<String> = Vec::new();
    let first = pages.next().await.unwrap().unwrap();
    listed.extend(first.documents.into_iter().map(|d| d.document_id));
    emu.faults()
        .route("listDocuments")
        .fail_next(2, Fault::ServerError);
    while let Some(page) = pages.next().await {
        listed.extend(page.unwrap().documents.into_iter().map(|d| d.document_id));
    }
    assert_eq!(listed, created);
    assert_eq!(emu.stats().requests_for("listDocuments"), 4 + 2);
}

/// Serves `pages` × `per_page` documents, generated when asked for, at
/// most `per_page` (or `maxResults`) a request; counts the requests.
struct Generated {
    pages: usize,
    per_page: usize,
    served: Arc<AtomicUsize>,
}

impl Respond for Generated {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let query = |key: &str| -> Option<usize> {
            request
                .url
                .query_pairs()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim_start_matches("at-").parse().unwrap())
        };
        let start = query("nextToken").unwrap_or(0);
        let size = query("maxResults")
            .unwrap_or(self.per_page)
            .min(self.per_page);
        let end = (start + size).min(self.pages * self.per_page);
        self.served.fetch_add(1, Ordering::SeqCst);
        let documents: Vec<Value> = (start..end)
            .map(|i| stub_document(&format!("las:document:{i}")))
            .collect();
        let next = (end < self.pages * self.per_page).then(|| format!("at-{end}"));
        ResponseTemplate::new(200).set_body_json(json!({"documents": documents, "nextToken": next}))
    }
}

#[tokio::test]
async fn a_long_stream_fetches_one_page_at_a_time() {
    const PAGES: usize = 200;
    const PER_PAGE: usize = 10;
    let served = Arc::new(AtomicUsize::new(0));
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/documents"))
        .respond_with(Generated {
            pages: PAGES,
            per_page: PER_PAGE,
            served: served.clone(),
        })
        .mount(&server)
        .await;
    let client = client_for(format!("{}/v1", server.uri()), "key");

    let mut items = client.documents().list().items();
    let mut count = 0usize;
    while let Some(doc) = items.next().await {
        let doc = doc.unwrap();
        assert_eq!(doc.document_id, format!("las:document:{count}"), "in order");
        // Item `count` is on page count / PER_PAGE: exactly the pages up to
        // it have been fetched, never the next one.
        assert_eq!(
            served.load(Ordering::SeqCst),
            count / PER_PAGE + 1,
            "item {count}"
        );
        count += 1;
    }
    assert_eq!(count, PAGES * PER_PAGE);
    assert_eq!(served.load(Ordering::SeqCst), PAGES);
}

#[tokio::test]
async fn delete_all_deletes_across_pages_until_nothing_is_left() {
    let (emu, client) = emulator(Some(2)).await;
    let dataset = client
        .datasets()
        .create()
        .name("to empty")
        .send()
        .await
        .unwrap();
    let created = documents(&client, 7, Some(&dataset.dataset_id)).await;
    let outside = documents(&client, 1, None).await;
    emu.stats().reset();

    let deleted = client
        .documents()
        .delete_many()
        .dataset_id(&dataset.dataset_id)
        .delete_all()
        .send()
        .await
        .unwrap();

    let mut ids: Vec<String> = deleted
        .documents
        .into_iter()
        .map(|d| d.document_id)
        .collect();
    ids.sort();
    let mut want = created.clone();
    want.sort();
    assert_eq!(ids, want);
    assert_eq!(deleted.next_token, None);
    assert_eq!(
        emu.stats().requests_for("deleteDocuments"),
        4,
        "pages of 2: 2+2+2+1"
    );

    let left: Vec<_> = client
        .documents()
        .list()
        .dataset_id(&dataset.dataset_id)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(left.is_empty());
    let all: Vec<String> = client
        .documents()
        .list()
        .items()
        .map_ok(|d| d.document_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all, outside, "documents of other datasets are kept");
    assert_eq!(
        client
            .datasets()
            .get(&dataset.dataset_id)
            .await
            .unwrap()
            .number_of_documents,
        0
    );
}

#[tokio::test]
async fn delete_all_with_max_results_is_refused_before_sending() {
    let (emu, client) = emulator(None).await;
    let dataset = client.datasets().create().send().await.unwrap();
    documents(&client, 2, Some(&dataset.dataset_id)).await;
    emu.stats().reset();

    let err = client
        .documents()
        .delete_many()
        .dataset_id(&dataset.dataset_id)
        .max_results(1)
        .delete_all()
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert!(err.to_string().contains("max_results"), "{err}");
    let err = client
        .documents()
        .delete_many()
        .max_results(0)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert_eq!(emu.stats().api_requests(), 0);
    assert_eq!(
        client
            .datasets()
            .get(&dataset.dataset_id)
            .await
            .unwrap()
            .number_of_documents,
        2
    );
}

#[tokio::test]
async fn deleting_a_dataset_with_its_documents_deletes_the_documents_first() {
    let (emu, client) = emulator(Some(2)).await;
    let dataset = client
        .datasets()
        .create()
        .name("gone")
        .send()
        .await
        .unwrap();
    let id = dataset.dataset_id;
    documents(&client, 5, Some(&id)).await;

    // Without the option the API refuses: the dataset still has documents.
    let err = client.datasets().delete(&id).send().await.unwrap_err();
    assert!(matches!(err, Error::BadRequest { .. }), "{err}");

    emu.stats().reset();
    let deleted = client
        .datasets()
        .delete(&id)
        .delete_documents(true)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.dataset_id, id);
    assert_eq!(
        emu.stats().requests_for("deleteDocuments"),
        3,
        "pages of 2: 2+2+1"
    );
    assert_eq!(emu.stats().requests_for("deleteDataset"), 1);
    assert!(matches!(
        client.datasets().get(&id).await,
        Err(Error::NotFound { .. })
    ));
    let left: Vec<_> = client
        .documents()
        .list()
        .dataset_id(&id)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(left.is_empty());
}

async fn generated_stub(pages: usize, per_page: usize) -> (MockServer, Arc<AtomicUsize>, Client) {
    let served = Arc::new(AtomicUsize::new(0));
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/documents"))
        .respond_with(Generated {
            pages,
            per_page,
            served: served.clone(),
        })
        .mount(&server)
        .await;
    let client = client_for(format!("{}/v1", server.uri()), "key");
    (server, served, client)
}

#[tokio::test]
async fn prefetch_reads_exactly_one_page_ahead_and_keeps_order() {
    let (_server, served, client) = generated_stub(20, 3).await;

    let mut pages = client.documents().list().pages().prefetch(true);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        served.load(Ordering::SeqCst),
        0,
        "nothing is fetched before the first poll"
    );

    let mut received = 0;
    let mut ids = Vec::new();
    while let Some(page) = pages.next().await {
        received += 1;
        ids.extend(page.unwrap().documents.into_iter().map(|d| d.document_id));
        assert!(
            served.load(Ordering::SeqCst) <= received + 1,
            "page {received}"
        );
        if received < 20 {
            // While the caller holds this page, the next one arrives.
            let deadline = Instant::now() + Duration::from_secs(5);
            while served.load(Ordering::SeqCst) < received + 1 && Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
            assert_eq!(
                served.load(Ordering::SeqCst),
                received + 1,
                "page {received}"
            );
        }
    }
    assert_eq!(received, 20);
    let want: Vec<String> = (0..60).map(|i| format!("las:document:{i}")).collect();
    assert_eq!(ids, want);
    assert!(pages.next().await.is_none());
}

#[tokio::test]
async fn prefetch_keeps_limits_and_errors() {
    let (_server, served, client) = generated_stub(20, 3).await;
    let pages: Vec<_> = client
        .documents()
        .list()
        .limit(7)
        .pages()
        .prefetch(true)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.iter().map(|p| p.documents.len()).sum::<usize>(), 7);
    assert_eq!(
        served.load(Ordering::SeqCst),
        3,
        "3 + 3 + 1: nothing fetched past the limit"
    );

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/documents"))
        .respond_with(SameToken(AtomicUsize::new(0)))
        .mount(&server)
        .await;
    let client = client_for(format!("{}/v1", server.uri()), "key");
    let mut pages = client.documents().list().pages().prefetch(true);
    assert!(pages.next().await.unwrap().is_ok());
    assert!(matches!(
        pages.next().await,
        Some(Err(Error::InvalidResponse { .. }))
    ));
    assert!(pages.next().await.is_none());
    assert!(pages.next().await.is_none());
    assert_eq!(server.received_requests().await.unwrap().len(), 2);

    // Off: the stream as it is, nothing ahead.
    let (_server, served, client) = generated_stub(5, 1).await;
    let mut pages = client.documents().list().pages().prefetch(false);
    pages.next().await.unwrap().unwrap();
    tokio::time::sleep(Duration::from_millis(30)).await;
    assert_eq!(served.load(Ordering::SeqCst), 1);
}

/// Prefetch measurement (run with `--ignored --nocapture`): 10 pages of 2
/// documents, 20 ms of emulator latency per list request, a consumer that
/// spends 20 ms per page (and one that spends nothing); `pages()` as it is
/// against `pages().prefetch(true)`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement, not a check; prints timings"]
async fn measure_prefetch() {
    let (emu, client) = emulator(None).await;
    documents(&client, 20, None).await;
    emu.faults()
        .route("listDocuments")
        .latency(Duration::from_millis(20));

    for work in [Duration::from_millis(20), Duration::ZERO] {
        for _ in 0..3 {
            let mut timings = Vec::new();
            for prefetch in [false, true] {
                let started = Instant::now();
                let mut pages = client
                    .documents()
                    .list()
                    .max_results(2)
                    .pages()
                    .prefetch(prefetch);
                let mut n = 0;
                while let Some(page) = pages.next().await {
                    n += page.unwrap().documents.len();
                    tokio::time::sleep(work).await;
                }
                assert_eq!(n, 20);
                timings.push(started.elapsed());
            }
            println!(
                "consumer {work:?}/page: sequential {:?}, prefetch {:?}",
                timings[0], timings[1]
            );
        }
    }
}
