//! One benchmark scenario against a LAS server, printed as one JSON line.
//! Driven by `scripts/bench`, which runs the same scenarios with the official
//! Python SDK against the same server and prints the ratios.
//!
//! ```text
//! LAS_API_ENDPOINT=http://127.0.0.1:PORT/v1 LAS_API_KEY=... \
//!   cargo run --release --example bench -- <scenario> [args]
//!
//! scenarios:
//!   calls N                 N sequential GET /datasets/{id}
//!   upload N BYTES CONC     N documents of BYTES each, CONC at a time (bulk helper)
//!   paginate                every document, through the items stream
//!   upload-file PATH        one document from a file (for peak-RSS measurement)
//!   baseline                build the client and make one small call (RSS baseline)
//! ```

use std::time::Instant;

use futures::TryStreamExt;
use las_client::credentials::Credentials;
use las_client::types::ContentType;
use las_client::{Client, Content};

fn arg(args: &[String], i: usize, what: &str) -> String {
    args.get(i).cloned().unwrap_or_else(|| {
        eprintln!("missing argument: {what}");
        std::process::exit(2)
    })
}

fn number(args: &[String], i: usize, what: &str) -> usize {
    arg(args, i, what).parse().unwrap_or_else(|_| {
        eprintln!("{what} must be a number");
        std::process::exit(2)
    })
}

/// Bytes that sniff as a PDF: a header, then filler.
fn pdf_bytes(size: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.resize(size.max(16), b'x');
    bytes
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let endpoint = std::env::var("LAS_API_ENDPOINT")?;
    let key = std::env::var("LAS_API_KEY")?;
    let client = Client::new(Credentials::api_key(key, endpoint)?)?;
    let scenario = arg(&args, 0, "scenario");
    let started = Instant::now();
    let ops = match scenario.as_str() {
        "calls" => {
            let n = number(&args, 1, "N");
            let dataset = client.datasets().create().name("bench").send().await?;
            let started = Instant::now();
            for _ in 0..n {
                client.datasets().get(&dataset.dataset_id).await?;
            }
            let seconds = started.elapsed().as_secs_f64();
            println!(r#"{{"scenario":"calls","ops":{n},"seconds":{seconds:.4}}}"#);
            return Ok(());
        }
        "upload" => {
            let (n, size, concurrency) = (
                number(&args, 1, "N"),
                number(&args, 2, "BYTES"),
                number(&args, 3, "CONC"),
            );
            let items: Vec<Vec<u8>> = (0..n).map(|_| pdf_bytes(size)).collect();
            let results = client
                .documents()
                .create_many(items)
                .concurrency(concurrency)
                .send()
                .await;
            let failed = results.iter().filter(|r| r.result.is_err()).count();
            if failed > 0 {
                return Err(format!("{failed} uploads failed").into());
            }
            n
        }
        "paginate" => {
            let count = client
                .documents()
                .list()
                .max_results(100)
                .items()
                .try_fold(0usize, |n, _| async move { Ok(n + 1) })
                .await?;
            count
        }
        "upload-file" => {
            let path = arg(&args, 1, "PATH");
            client
                .documents()
                .create(Content::path(path))
                .content_type(ContentType::ApplicationPdf)
                .send()
                .await?;
            1
        }
        "baseline" => {
            client.datasets().list().max_results(1).send().await?;
            1
        }
        other => return Err(format!("unknown scenario {other}").into()),
    };
    let seconds = started.elapsed().as_secs_f64();
    println!(r#"{{"scenario":"{scenario}","ops":{ops},"seconds":{seconds:.4}}}"#);
    Ok(())
}
