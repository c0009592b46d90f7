//! Bulk upload (`documents().create_many(..)`): the concurrency bound as the
//! server sees it, one result per input in input order under failures,
//! progress, and rate limits that slow the batch instead of failing items.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use las_client::bulk::{Progress, UploadItem};
use las_client::credentials::Credentials;
use las_client::{Client, Content, Error, RetryPolicy};
use las_emulator::{Clock, Emulator, Fault};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";

fn retries() -> RetryPolicy {
    RetryPolicy::standard()
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(5))
}

fn client_for(endpoint: String, key: &str, retry: RetryPolicy) -> Client {
    Client::builder()
        .credentials(Credentials::api_key(key, endpoint).unwrap())
        .retry_policy(retry)
        .build()
        .unwrap()
}

async fn emulator() -> (Emulator, Client) {
    let emu = Emulator::builder()
        .seed(5)
        .clock(Clock::Instant)
        .start()
        .await
        .unwrap();
    let client = client_for(emu.api_endpoint(), emu.api_key(), retries());
    (emu, client)
}

fn pdf(i: usize) -> Vec<u8> {
    let mut bytes = PDF.to_vec();
    bytes.extend_from_slice(format!("% {i}\n").as_bytes());
    bytes
}

/// Requests in flight on the stub server: now, the most at once, in all.
#[derive(Default)]
struct InFlight {
    now: AtomicUsize,
    max: AtomicUsize,
    total: AtomicUsize,
}

/// A tiny HTTP/1.1 server that answers every `POST /v1/documents` after
/// `delay` with a new document, or with a 500 when the body contains
/// `fail_marker`, and counts the requests in flight (from the end of the
/// request body to the response).
async fn stub_server(delay: Duration, fail_marker: &'static str) -> (String, Arc<InFlight>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endpoint = format!("http://{}/v1", listener.local_addr().unwrap());
    let stats = Arc::new(InFlight::default());
    let counters = stats.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let stats = counters.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut read = BufReader::new(read);
                loop {
                    let mut content_length = 0usize;
                    let mut line = String::new();
                    loop {
                        line.clear();
                        match read.read_line(&mut line).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if let Some((name, value)) = line.split_once(':') {
                            if name.eq_ignore_ascii_case("content-length") {
                                content_length = value.trim().parse().unwrap();
                            }
                        }
                    }
                    let mut body = vec![0; content_length];
                    if read.read_exact(&mut body).await.is_err() {
                        return;
                    }
                    let n = stats.total.fetch_add(1, Ordering::SeqCst);
                    let now = stats.now.fetch_add(1, Ordering::SeqCst) + 1;
                    stats.max.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(delay).await;
                    stats.now.fetch_sub(1, Ordering::SeqCst);
                    let failed = String::from_utf8_lossy(&body).contains(fail_marker);
                    let (status, json) = if failed {
                        (
                            "500 Internal Server Error",
                            r#"{"message":"boom"}"#.to_string(),
                        )
                    } else {
                        (
                            "200 OK",
                            serde_json::json!({
                                "documentId": format!("las:document:{n}"), "contentType": "application/pdf",
                                "name": null, "description": null, "metadata": null,
                                "consentId": null, "datasetId": null, "retentionInDays": 1825, "groundTruth": [],
                                "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
                            })
                            .to_string(),
                        )
                    };
                    let response = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{json}",
                        json.len()
                    );
                    if write.write_all(response.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (endpoint, stats)
}

#[tokio::test]
async fn the_concurrency_bound_is_what_the_server_sees() {
    for (concurrency, want) in [
        (Some(1), 1),
        (Some(3), 3),
        (None, las_client::bulk::DEFAULT_CONCURRENCY),
    ] {
        let (endpoint, stats) = stub_server(Duration::from_millis(40), "never-in-a-body").await;
        let client = client_for(endpoint, "key", retries());
        // The stub answers without a fileUrl: the 2021 way, content inline.
        let mut upload = client
            .documents()
            .create_many((0..12).map(pdf))
            .inline(true);
        if let Some(c) = concurrency {
            upload = upload.concurrency(c);
        }
        let results = upload.send().await;
        assert_eq!(results.len(), 12);
        assert!(results.iter().all(|r| r.result.is_ok()));
        assert_eq!(stats.total.load(Ordering::SeqCst), 12);
        assert_eq!(
            stats.max.load(Ordering::SeqCst),
            want,
            "concurrency {concurrency:?}"
        );
    }
}

#[tokio::test]
async fn server_failures_hit_exactly_their_inputs() {
    let (endpoint, stats) = stub_server(Duration::from_millis(5), "fail-me").await;
    let client = client_for(endpoint, "key", retries());
    let failing: HashSet<usize> = [1, 6, 7].into();
    let items = (0..10).map(|i| {
        let item = UploadItem::new(pdf(i)).label_as(format!("doc-{i}"));
        if failing.contains(&i) {
            item.ground_truth([("fail-me", "yes")])
        } else {
            item
        }
    });
    let results = client
        .documents()
        .create_many(items)
        .inline(true)
        .concurrency(3)
        .send()
        .await;
    assert_eq!(results.len(), 10);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(
            (r.index, r.label.as_str()),
            (i, format!("doc-{i}").as_str())
        );
        if failing.contains(&i) {
            assert!(
                matches!(r.result, Err(Error::Server { status: 500, .. })),
                "{i}: {:?}",
                r.result
            );
        } else {
            assert!(r.result.is_ok(), "{i}: {:?}", r.result);
        }
    }
    // A POST is not replayed after a 500: one request per input.
    assert_eq!(stats.total.load(Ordering::SeqCst), 10);
}

#[tokio::test]
async fn every_input_ends_in_one_result_in_input_order_under_failures() {
    let (emu, client) = emulator().await;
    let dataset = client
        .datasets()
        .create()
        .name("bulk")
        .send()
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let empty: HashSet<usize> = [2, 5, 9, 13, 17].into();

    // A mix of inputs: files (labelled by path), bytes ("#<index>") and
    // labels of one's own; five of them empty.
    let mut items = Vec::new();
    let mut labels = Vec::new();
    for i in 0..20 {
        let bytes = if empty.contains(&i) {
            Vec::new()
        } else {
            pdf(i)
        };
        let item = match i % 3 {
            0 => {
                let path = dir.path().join(format!("{i}.pdf"));
                std::fs::write(&path, &bytes).unwrap();
                labels.push(path.display().to_string());
                UploadItem::from(path)
            }
            1 => {
                labels.push(format!("#{i}"));
                UploadItem::from(bytes)
            }
            _ => {
                labels.push(format!("item {i}"));
                UploadItem::new(Content::raw(bytes)).label_as(format!("item {i}"))
            }
        };
        items.push(item);
    }
    // Three uploads fail with a 500, which is never replayed for a POST.
    emu.faults()
        .route("createDocument")
        .fail_next(3, Fault::Status(500));
    let progress: Arc<Mutex<Vec<Progress>>> = Arc::default();
    let seen = progress.clone();

    let results = client
        .documents()
        .create_many(items)
        .dataset_id(&dataset.dataset_id)
        .concurrency(3)
        .on_progress(move |p| seen.lock().unwrap().push(p))
        .send()
        .await;

    assert_eq!(results.len(), 20);
    let mut server_failures = 0;
    let mut created = HashSet::new();
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r.index, i);
        assert_eq!(r.label, labels[i]);
        match &r.result {
            Err(Error::InvalidInput { .. }) => assert!(empty.contains(&i), "{i}"),
            Err(Error::Server { status: 500, .. }) => {
                assert!(!empty.contains(&i), "{i}");
                server_failures += 1;
            }
            Ok(doc) => {
                assert!(!empty.contains(&i), "{i}");
                assert_eq!(doc.dataset_id.as_deref(), Some(dataset.dataset_id.as_str()));
                assert!(created.insert(doc.document_id.clone()));
            }
            Err(other) => panic!("{i}: unexpected {other}"),
        }
    }
    assert_eq!(server_failures, 3);
    assert_eq!(created.len(), 12);
    // Empty inputs were never sent; the others once each.
    assert_eq!(emu.stats().requests_for("createDocument"), 15);
    let stored: HashSet<String> = client
        .documents()
        .list()
        .dataset_id(&dataset.dataset_id)
        .items()
        .map_ok(|d| d.document_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        stored, created,
        "the Ok results are exactly the stored documents"
    );

    let progress = progress.lock().unwrap();
    assert_eq!(progress.len(), 20, "one call per item");
    for (n, p) in progress.iter().enumerate() {
        assert_eq!(p.total, 20);
        assert_eq!(p.finished, n + 1);
        assert_eq!(p.succeeded + p.failed, p.finished);
    }
    let last = progress.last().unwrap();
    assert_eq!((last.finished, last.succeeded, last.failed), (20, 12, 8));
}

#[tokio::test]
async fn stream_yields_each_input_once_as_it_finishes() {
    let (_emu, client) = emulator().await;
    let mut indices: Vec<usize> = client
        .documents()
        .create_many((0..9).map(pdf))
        .concurrency(4)
        .stream()
        .map(|r| {
            assert!(r.result.is_ok());
            r.index
        })
        .collect()
        .await;
    indices.sort();
    assert_eq!(indices, (0..9).collect::<Vec<_>>());

    let calls = Arc::new(AtomicUsize::new(0));
    let counted = calls.clone();
    let results = client
        .documents()
        .create_many(Vec::<Vec<u8>>::new())
        .on_progress(move |_| {
            counted.fetch_add(1, Ordering::SeqCst);
        })
        .send()
        .await;
    assert!(results.is_empty());
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn rate_limits_slow_the_batch_instead_of_failing_items() {
    let (emu, client) = emulator().await;
    // The first wave of four uploads meets "429 Too Many Requests" with
    // Retry-After: 1; the client pauses every call for that second.
    emu.faults()
        .route("createDocument")
        .fail_next(4, Fault::TooManyRequests);
    let started = Instant::now();
    let results = client
        .documents()
        .create_many((0..8).map(pdf))
        .concurrency(4)
        .send()
        .await;
    let elapsed = started.elapsed();

    assert!(results.iter().all(|r| r.result.is_ok()), "{results:?}");
    assert!(
        elapsed >= Duration::from_millis(950),
        "Retry-After honoured: {elapsed:?}"
    );
    assert_eq!(emu.stats().faults_injected(), 4);
    assert_eq!(emu.stats().requests_for("createDocument"), 12);
    let stored: Vec<_> = client
        .documents()
        .list()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(stored.len(), 8, "no duplicates");
}

#[tokio::test]
async fn rate_limits_beyond_the_clients_retries_still_wait_for_retry_after() {
    let emu = Emulator::builder()
        .seed(6)
        .clock(Clock::Instant)
        .start()
        .await
        .unwrap();
    // No retries in the client: each 429 comes straight back to the batch,
    // which puts the item back in line after the server's Retry-After.
    let client = client_for(emu.api_endpoint(), emu.api_key(), RetryPolicy::disabled());
    emu.faults()
        .route("createDocument")
        .fail_next(3, Fault::TooManyRequests);
    let started = Instant::now();
    let results = client
        .documents()
        .create_many((0..3).map(pdf))
        .concurrency(3)
        .send()
        .await;
    let elapsed = started.elapsed();

    assert!(results.iter().all(|r| r.result.is_ok()), "{results:?}");
    assert!(
        elapsed >= Duration::from_millis(950),
        "Retry-After honoured: {elapsed:?}"
    );
    assert_eq!(emu.stats().requests_for("createDocument"), 6);
}

#[tokio::test]
async fn a_retry_after_longer_than_the_policy_allows_fails_the_item() {
    let emu = Emulator::builder()
        .seed(8)
        .clock(Clock::Instant)
        .start()
        .await
        .unwrap();
    let policy = RetryPolicy::disabled().with_max_retry_after(Duration::from_secs(5));
    let client = client_for(emu.api_endpoint(), emu.api_key(), policy);
    emu.faults().set_retry_after(Duration::from_secs(30));
    emu.faults()
        .route("createDocument")
        .fail_next(1, Fault::TooManyRequests);
    let started = Instant::now();
    let results = client
        .documents()
        .create_many((0..2).map(pdf))
        .concurrency(1)
        .send()
        .await;

    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(
        matches!(results[0].result, Err(Error::TooManyRequests { retry_after: Some(d) }) if d == Duration::from_secs(30)),
        "{:?}",
        results[0].result
    );
    assert!(results[1].result.is_ok());
    assert_eq!(emu.stats().requests_for("createDocument"), 2);
}
