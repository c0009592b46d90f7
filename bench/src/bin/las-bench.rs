//! One benchmark scenario of one Rust contender, printed as one JSON line:
//! `las` (las-client) or `raw` (reqwest by hand: the same HTTP, the same
//! response types, nothing else). Driven by `scripts/bench`.
//!
//! ```text
//! LAS_BENCH_URL=http://127.0.0.1:PORT las-bench <las|raw> <scenario> [args]
//!
//! scenarios:
//!   get-seq N              N sequential GET /documents/{id}
//!   get-conc N C           N GET /documents/{id}, C at a time
//!   upload N BYTES C       N documents of BYTES each, C at a time (las: the bulk helper)
//!   token N                N concurrent first calls on a cold client (las only)
//!   paginate PAGE AHEAD    every document in pages of PAGE; AHEAD=1 prefetches (las only)
//!   upload-file PATH       one document from a file
//!   download-file SIZE PATH  one document of SIZE bytes written to PATH
//!   baseline               nothing after the warm-up call
//! ```
//!
//! Every scenario but `token` first makes one small call (so connections
//! and lazily built parts exist), then resets the process's peak RSS
//! (`/proc/self/clear_refs`), runs, and reports the RSS before and the peak
//! during the run (`VmRSS`, `VmHWM` of `/proc/self/status`).

use std::time::Instant;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use futures::stream::{self, FuturesUnordered, StreamExt, TryStreamExt};
use las_client::credentials::Credentials;
use las_client::paginate::Prefetch;
use las_client::types::{ContentType, Document, Documents};
use las_client::{Client, Content};
use serde_json::{json, Value};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

const API_KEY: &str = "bench-key";
const DOCUMENT: &str = "las:document:bench";

fn arg<T: std::str::FromStr>(args: &[String], i: usize, what: &str) -> T {
    args.get(i).and_then(|a| a.parse().ok()).unwrap_or_else(|| {
        eprintln!("missing or invalid argument: {what}");
        std::process::exit(2)
    })
}

/// `VmRSS` and `VmHWM` of this process, in KiB.
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// CPU time of this process's live threads so far, in seconds
/// (`/proc/self/task/*/schedstat`, nanosecond resolution): steadier than
/// wall time on a busy machine.
fn cpu_seconds() -> f64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0.0;
    };
    let nanos: u64 = tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| {
            s.split_whitespace()
                .next()
                .and_then(|n| n.parse::<u64>().ok())
        })
        .sum();
    nanos as f64 / 1e9
}

/// Reset the peak RSS to the current RSS.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Bytes that sniff as a PDF: a header, then filler.
fn pdf_bytes(size: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.resize(size.max(16), b'x');
    bytes
}

struct Raw {
    http: reqwest::Client,
    api: String,
}

impl Raw {
    fn new(base: &str) -> Self {
        let mut builder = reqwest::Client::builder().user_agent("raw-reqwest");
        if std::env::var_os("LAS_BENCH_RAW_TIMEOUT").is_some() {
            builder = builder
                .timeout(std::time::Duration::from_secs(120))
                .connect_timeout(std::time::Duration::from_secs(10));
        }
        Raw {
            http: builder.build().expect("a reqwest client"),
            api: format!("{base}/v1"),
        }
    }

    async fn get_json<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<T> {
        let bytes = self
            .http
            .get(format!("{}{path}", self.api))
            .header("x-api-key", API_KEY)
            .header("accept", "application/json")
            .header("api-version", "v1")
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        Ok(serde_json::from_slice(&bytes)?)
    }

    async fn get_document(&self, id: &str) -> Result<Document> {
        self.get_json(&format!("/documents/{id}")).await
    }

    async fn create_document(&self, raw: &[u8]) -> Result<Document> {
        let body = serde_json::to_vec(
            &json!({"content": STANDARD.encode(raw), "contentType": "application/pdf"}),
        )?;
        let bytes = self
            .http
            .post(format!("{}/documents", self.api))
            .header("x-api-key", API_KEY)
            .header("accept", "application/json")
            .header("api-version", "v1")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        Ok(serde_json::from_slice(&bytes)?)
    }
}

/// The fixed-cost server's counters (`Null` from a server without them).
async fn server_stats(base: &str) -> Result<Value> {
    match reqwest::get(format!("{base}/stats")).await {
        Ok(response) if response.status().is_success() => Ok(response.json().await?),
        _ => Ok(Value::Null),
    }
}

fn number(v: &Value, key: &str) -> f64 {
    v.get(key).and_then(Value::as_f64).unwrap_or(0.0)
}

#[tokio::main]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let base = std::env::var("LAS_BENCH_URL")?;
    let contender: String = arg(&args, 0, "contender (las or raw)");
    let scenario: String = arg(&args, 1, "scenario");
    let las = || Client::new(Credentials::api_key(API_KEY, format!("{base}/v1"))?);
    let raw = Raw::new(&base);
    let mut extra = serde_json::Map::new();

    if scenario == "token" {
        if contender != "las" {
            return Err("token: las only".into());
        }
        let n: usize = arg(&args, 2, "N");
        let credentials = Credentials::client_credentials(
            "bench-client",
            "bench-secret",
            format!("{base}/token"),
            format!("{base}/v1"),
        )?;
        let client = Client::new(credentials)?;
        let before = server_stats(&base).await?;
        let cpu_before = cpu_seconds();
        let started = Instant::now();
        let documents = client.documents();
        let mut calls: FuturesUnordered<_> =
            (0..n).map(|_| documents.get(DOCUMENT).send()).collect();
        let mut first = None;
        while let Some(result) = calls.next().await {
            result?;
            first.get_or_insert_with(|| started.elapsed().as_secs_f64());
        }
        let seconds = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu_before;
        let after = server_stats(&base).await?;
        let tokens = number(&after, "token_requests") - number(&before, "token_requests");
        let (rss, hwm) = memory();
        println!(
            "{}",
            json!({"contender": contender, "scenario": scenario, "ops": n, "seconds": seconds, "cpu_seconds": cpu,
                   "first_response_seconds": first.unwrap_or(0.0), "token_requests": tokens,
                   "rss_before_kib": 0, "peak_kib": hwm.max(rss)})
        );
        return Ok(());
    }

    let client = las()?;
    match contender.as_str() {
        "las" => {
            client.datasets().list().max_results(1).send().await?;
        }
        "raw" => {
            raw.get_json::<Value>("/datasets?maxResults=1").await?;
        }
        other => return Err(format!("unknown contender {other}").into()),
    }
    // Inputs are made before the measurement.
    let upload_items = match scenario.as_str() {
        "upload" => {
            let (n, size): (usize, usize) = (arg(&args, 2, "N"), arg(&args, 3, "BYTES"));
            (0..n).map(|_| pdf_bytes(size)).collect()
        }
        _ => Vec::new(),
    };
    let stats_before = server_stats(&base).await?;
    reset_peak();
    let (rss_before, _) = memory();
    let cpu_before = cpu_seconds();
    let started = Instant::now();
    let ops: usize = match (contender.as_str(), scenario.as_str()) {
        ("las", "get-seq") => {
            let n = arg(&args, 2, "N");
            for _ in 0..n {
                client.documents().get(DOCUMENT).await?;
            }
            n
        }
        ("raw", "get-seq") => {
            let n = arg(&args, 2, "N");
            for _ in 0..n {
                raw.get_document(DOCUMENT).await?;
            }
            n
        }
        (_, "get-conc") => {
            let (n, c): (usize, usize) = (arg(&args, 2, "N"), arg(&args, 3, "C"));
            let (client, raw) = (&client, &raw);
            let las = contender == "las";
            stream::iter(0..n)
                .map(|_| async move {
                    if las {
                        client
                            .documents()
                            .get(DOCUMENT)
                            .await
                            .map(drop)
                            .map_err(Into::into)
                    } else {
                        raw.get_document(DOCUMENT).await.map(drop)
                    }
                })
                .buffer_unordered(c)
                .try_for_each(|()| async { Ok(()) })
                .await?;
            n
        }
        ("las", "upload") => {
            let (n, c): (usize, usize) = (upload_items.len(), arg(&args, 4, "C"));
            let results = client
                .documents()
                .create_many(upload_items)
                // Inline, as the Python SDK 5.0 and the raw client send it.
                .inline(true)
                .concurrency(c)
                .send()
                .await;
            let failed = results.iter().filter(|r| r.result.is_err()).count();
            if failed > 0 {
                return Err(format!("{failed} uploads failed").into());
            }
            n
        }
        ("raw", "upload") => {
            let (n, c): (usize, usize) = (upload_items.len(), arg(&args, 4, "C"));
            let raw = &raw;
            stream::iter(upload_items)
                .map(|item| async move { raw.create_document(&item).await.map(drop) })
                .buffer_unordered(c)
                .try_for_each(|()| async { Ok(()) })
                .await?;
            n
        }
        (_, "paginate") => {
            let (page, ahead): (u64, u8) = (arg(&args, 2, "PAGE"), arg(&args, 3, "AHEAD"));
            let mut count = 0;
            if contender == "las" {
                let mut pages = client
                    .documents()
                    .list()
                    .max_results(page)
                    .pages()
                    .prefetch(ahead == 1);
                while let Some(p) = pages.try_next().await? {
                    count += p.documents.len();
                }
            } else {
                let mut token: Option<String> = None;
                loop {
                    let path = match &token {
                        Some(t) => format!("/documents?maxResults={page}&nextToken={t}"),
                        None => format!("/documents?maxResults={page}"),
                    };
                    let p: Documents = raw.get_json(&path).await?;
                    count += p.documents.len();
                    match p.next_token {
                        Some(t) => token = Some(t),
                        None => break,
                    }
                }
            }
            count
        }
        ("las", "upload-file") => {
            let path: String = arg(&args, 2, "PATH");
            client
                .documents()
                .create(Content::path(path))
                .content_type(ContentType::ApplicationPdf)
                // Base64 in the POST, as the Python SDK 5.0 and the raw
                // client send it: the same bytes on the wire.
                .inline(true)
                .send()
                .await?;
            1
        }
        ("raw", "upload-file") => {
            let path: String = arg(&args, 2, "PATH");
            let bytes = tokio::fs::read(path).await?;
            raw.create_document(&bytes).await?;
            1
        }
        ("las", "download-file") => {
            let (size, path): (u64, String) = (arg(&args, 2, "SIZE"), arg(&args, 3, "PATH"));
            client
                .documents()
                .download_to(format!("las:document:size-{size}"), path)
                .await?;
            1
        }
        ("raw", "download-file") => {
            let (size, path): (u64, String) = (arg(&args, 2, "SIZE"), arg(&args, 3, "PATH"));
            let doc = raw
                .get_document(&format!("las:document:size-{size}"))
                .await?;
            let bytes = STANDARD.decode(doc.content.unwrap_or_default())?;
            tokio::fs::write(path, bytes).await?;
            1
        }
        (_, "baseline") => 1,
        (c, s) => return Err(format!("unknown scenario {s} for {c}").into()),
    };
    let seconds = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu_before;
    let (rss, hwm) = memory();
    let stats_after = server_stats(&base).await?;
    if scenario == "paginate" {
        extra.insert(
            "server_seconds".into(),
            json!(number(&stats_after, "list_seconds") - number(&stats_before, "list_seconds")),
        );
    }
    let mut line = json!({"contender": contender, "scenario": scenario, "ops": ops,
        "seconds": seconds, "cpu_seconds": cpu, "rss_before_kib": rss_before, "peak_kib": hwm.max(rss)});
    if let Value::Object(map) = &mut line {
        map.extend(extra);
    }
    println!("{line}");
    Ok(())
}
