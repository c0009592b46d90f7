//! The blocking client from a plain `main`: no async, no tokio in sight.
//! Creates a dataset, uploads the sample documents, lists them with an
//! iterator, and cleans up.
//!
//! ```text
//! cargo run --example blocking --features blocking
//! ```
//!
//! With LAS credentials in the environment (`LAS_CLIENT_ID`,
//! `LAS_CLIENT_SECRET`, `LAS_AUTH_ENDPOINT`, `LAS_API_ENDPOINT`, or
//! `LAS_API_KEY` + `LAS_API_ENDPOINT`) or in `~/.lucidtech/credentials.cfg`,
//! it talks to that API. Without them it starts the in-memory LAS server
//! (`las-emulator`) on a thread of its own and says so on its first line.

use std::io::Write;
use std::path::Path;

use las_client::blocking::Client;
use las_client::bulk::UploadItem;
use las_client::credentials::Credentials;
use las_client::Error;

const SAMPLES: [(&str, &str); 3] = [
    ("invoice.pdf", "120.50"),
    ("letter.jpg", "89.00"),
    ("receipt.png", "42.10"),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let credentials = match Credentials::discover() {
        Ok(credentials) => Some(credentials),
        Err(Error::MissingCredentials { .. }) => None,
        Err(other) => return Err(other.into()),
    };
    run(credentials, &mut std::io::stdout())
}

/// The example with these credentials, or against the in-memory server
/// when there are none, writing what it does to `out`.
pub fn run(
    credentials: Option<Credentials>,
    out: &mut impl Write,
) -> Result<(), Box<dyn std::error::Error>> {
    let (credentials, _emulator) = match credentials {
        Some(credentials) => {
            writeln!(
                out,
                "Using LAS at {} (credentials found).",
                credentials.api_endpoint()
            )?;
            (credentials, None)
        }
        None => {
            let emulator = las_emulator::Emulator::builder()
                .clock(las_emulator::Clock::Instant)
                .start_blocking()?;
            writeln!(
                out,
                "No LAS_* credentials found: running against the in-memory LAS server at {}.",
                emulator.api_endpoint()
            )?;
            let credentials = Credentials::client_credentials(
                emulator.client_id(),
                emulator.client_secret(),
                emulator.auth_endpoint(),
                emulator.api_endpoint(),
            )?;
            (credentials, Some(emulator))
        }
    };
    let client = Client::new(credentials)?;

    // A dataset for the samples (the first call also fetches a token).
    let dataset = client
        .datasets()
        .create()
        .name("las-rs blocking example")
        .send()?;
    writeln!(out, "Created dataset {}", dataset.dataset_id)?;

    // Upload the samples with their ground truth, two at a time.
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let items = SAMPLES.iter().map(|(file, total)| {
        UploadItem::new(samples.join(file)).ground_truth([("total_amount", *total)])
    });
    let uploads = client
        .documents()
        .create_many(items)
        .dataset_id(&dataset.dataset_id)
        .concurrency(2)
        .send();
    for upload in uploads {
        let document = upload.result?;
        let name = Path::new(&upload.label)
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        writeln!(
            out,
            "Uploaded {name:<12} as {} ({})",
            document.document_id,
            document
                .content_type
                .as_ref()
                .map_or("unknown".to_string(), ToString::to_string)
        )?;
    }

    // List them: `items()` is an iterator that fetches a page (here two
    // documents) whenever the previous one is used up.
    for document in client
        .documents()
        .list()
        .dataset_id(&dataset.dataset_id)
        .max_results(2)
        .items()
    {
        let document = document?;
        writeln!(
            out,
            "Listed {} ({}, {} ground-truth field)",
            document.document_id,
            document
                .content_type
                .as_ref()
                .map_or("unknown".to_string(), ToString::to_string),
            document.ground_truth.len()
        )?;
    }

    // Clean up: the dataset with its documents.
    let deleted = client
        .datasets()
        .delete(&dataset.dataset_id)
        .delete_documents(true)
        .send()?;
    writeln!(
        out,
        "Deleted dataset {} with its documents.",
        deleted.dataset_id
    )?;
    Ok(())
}
