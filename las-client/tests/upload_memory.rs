//! A streamed upload holds neither the file nor its base64 text, and a
//! streamed download holds neither the response nor the file: a 64 MiB file
//! goes out and comes back while the process's live heap grows by less than
//! 16 MiB. The process's allocations are counted by its global allocator,
//! so this binary holds this one test only.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hash::Hasher;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use futures::StreamExt;
use las_client::credentials::Credentials;
use las_client::Client;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let live = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const FILE_SIZE: usize = 64 * 1024 * 1024;
const LIMIT: usize = 16 * 1024 * 1024;

/// What the server saw of one request: `Content-Length`, bytes received
/// and a hash of them.
#[derive(Clone, Debug, Default, PartialEq)]
struct Seen {
    content_length: Option<u64>,
    received: u64,
    hash: u64,
}

async fn create_document(
    State(seen): State<Arc<Mutex<Vec<Seen>>>>,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Json<serde_json::Value> {
    let content_length = headers
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let mut stream = body.into_data_stream();
    let (mut received, mut hasher) = (0u64, std::hash::DefaultHasher::new());
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        received += chunk.len() as u64;
        hasher.write(&chunk);
    }
    seen.lock().unwrap().push(Seen {
        content_length,
        received,
        hash: hasher.finish(),
    });
    Json(serde_json::json!({
        "documentId": "las:document:big", "contentType": "application/pdf", "retentionInDays": 7,
        "name": null, "description": null, "metadata": null,
        "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
    }))
}

/// A document whose content is the file at `path`, encoded as it is sent.
async fn get_document(State(path): State<Arc<std::path::PathBuf>>) -> axum::response::Response {
    let head = r#"{"documentId":"las:document:big","contentType":"application/pdf","retentionInDays":7,"name":null,"description":null,"metadata":null,"createdBy":null,"createdTime":null,"updatedBy":null,"updatedTime":null,"content":""#;
    let file = tokio::fs::File::open(&*path).await.unwrap();
    let chunks = futures::stream::unfold(file, |mut file| async move {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 3 * 16 * 1024];
        let mut filled = 0;
        while filled < buf.len() {
            match file.read(&mut buf[filled..]).await.unwrap() {
                0 => break,
                n => filled += n,
            }
        }
        (filled > 0).then(|| {
            let text = STANDARD.encode(&buf[..filled]);
            (Ok::<_, std::io::Error>(bytes::Bytes::from(text)), file)
        })
    });
    let body = futures::stream::once(async move { Ok(bytes::Bytes::from_static(head.as_bytes())) })
        .chain(chunks)
        .chain(futures::stream::once(async {
            Ok(bytes::Bytes::from_static(b"\"}"))
        }));
    axum::response::Response::builder()
        .header("content-type", "application/json")
        .body(axum::body::Body::from_stream(body))
        .unwrap()
}

/// A hash of a file, read in pieces.
fn file_hash(path: &std::path::Path) -> (u64, u64) {
    let mut file = std::fs::File::open(path).unwrap();
    let mut buf = vec![0u8; 1024 * 1024];
    let (mut len, mut hasher) = (0u64, std::hash::DefaultHasher::new());
    loop {
        let n = file.read(&mut buf).unwrap();
        if n == 0 {
            return (len, hasher.finish());
        }
        len += n as u64;
        hasher.write(&buf[..n]);
    }
}

/// A PDF header, then a pattern, written 1 MiB at a time.
fn write_file(path: &std::path::Path, size: usize) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    file.write_all(b"%PDF-1.4\n").unwrap();
    let block: Vec<u8> = (0..1024 * 1024).map(|i| (i % 251) as u8).collect();
    let mut left = size - 9;
    while left > 0 {
        let n = left.min(block.len());
        file.write_all(&block[..n]).unwrap();
        left -= n;
    }
    file.flush().unwrap();
}

/// The hash of the JSON body the generated type would serialize for the
/// file, computed from the file in 3 MiB pieces.
fn expected(path: &std::path::Path) -> Seen {
    let prefix = br#"{"content":""#;
    let suffix = br#"","contentType":"application/pdf"}"#;
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(prefix);
    let mut file = std::fs::File::open(path).unwrap();
    let mut buf = vec![0u8; 3 * 1024 * 1024];
    let mut encoded_len = 0u64;
    loop {
        let mut filled = 0;
        while filled < buf.len() {
            match file.read(&mut buf[filled..]).unwrap() {
                0 => break,
                n => filled += n,
            }
        }
        if filled == 0 {
            break;
        }
        let text = STANDARD.encode(&buf[..filled]);
        encoded_len += text.len() as u64;
        hasher.write(text.as_bytes());
    }
    hasher.write(suffix);
    let len = prefix.len() as u64 + encoded_len + suffix.len() as u64;
    Seen {
        content_length: Some(len),
        received: len,
        hash: hasher.finish(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_64_mib_upload_and_download_grow_the_heap_by_less_than_16_mib() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.pdf");
    write_file(&big, FILE_SIZE);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let app = Router::new()
        .route("/v1/documents", post(create_document))
        .with_state(seen.clone())
        .merge(
            Router::new()
                .route("/v1/documents/{id}", get(get_document))
                .with_state(Arc::new(big.clone())),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let small = dir.path().join("small.pdf");
    write_file(&small, 1024);
    let client = Client::builder()
        .credentials(Credentials::api_key("key", format!("http://{addr}/v1")).unwrap())
        // The document is larger than the API serves; the response bound
        // (default 32 MiB) is raised for it, and the stream stays small.
        .max_response_size(128 * 1024 * 1024)
        .build()
        .unwrap();
    // A small upload first: the connection and every lazily built part of
    // the client exist before the measurement.
    client
        .documents()
        .create(&small)
        .inline(true)
        .send()
        .await
        .unwrap();

    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    client
        .documents()
        .create(&big)
        .inline(true)
        .send()
        .await
        .unwrap();
    let growth = PEAK.load(Ordering::Relaxed).saturating_sub(baseline);
    eprintln!(
        "peak live heap growth while uploading {} MiB: {:.2} MiB",
        FILE_SIZE >> 20,
        growth as f64 / (1024.0 * 1024.0)
    );
    assert!(
        growth < LIMIT,
        "the upload grew the heap by {growth} bytes, over {LIMIT}"
    );
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[1],
        expected(&big),
        "the server got the whole body, as generated"
    );

    let copy = dir.path().join("copy.pdf");
    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    client
        .documents()
        .download_to("las:document:big", &copy)
        .await
        .unwrap();
    let growth = PEAK.load(Ordering::Relaxed).saturating_sub(baseline);
    eprintln!(
        "peak live heap growth while downloading {} MiB: {:.2} MiB",
        FILE_SIZE >> 20,
        growth as f64 / (1024.0 * 1024.0)
    );
    assert!(
        growth < LIMIT,
        "the download grew the heap by {growth} bytes, over {LIMIT}"
    );
    assert_eq!(
        file_hash(&copy),
        file_hash(&big),
        "the download is the file"
    );
}
