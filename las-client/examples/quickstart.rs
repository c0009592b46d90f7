//! A tour of the LAS API with las-client: authenticate, see the roles users
//! can have, create a dataset, upload documents, create a model and a data
//! bundle to train it on, run predictions, page through the documents,
//! clean up.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! With LAS credentials in the environment (`LAS_CLIENT_ID`,
//! `LAS_CLIENT_SECRET`, `LAS_AUTH_ENDPOINT`, `LAS_API_ENDPOINT`, or
//! `LAS_API_KEY` + `LAS_API_ENDPOINT`) or in `~/.lucidtech/credentials.cfg`,
//! it talks to that API. Without them it starts the in-memory LAS server
//! (`las-emulator`) in this process and says so on its first line.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use las_client::credentials::Credentials;
use las_client::models::field;
use las_client::predictions::PredictedItems;
use las_client::types::FieldType;
use las_client::{Client, Error};

const SAMPLES: [(&str, &str); 3] = [
    ("invoice.pdf", "120.50"),
    ("letter.jpg", "89.00"),
    ("receipt.png", "42.10"),
];

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    run(&mut std::io::stdout()).await
}

/// The tour, writing its summary to `out` (the integration test reads it).
pub async fn run(out: &mut impl Write) -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();

    // 1. Credentials: the environment or ~/.lucidtech, else a local server.
    let (credentials, _emulator) = match Credentials::discover() {
        Ok(credentials) => {
            writeln!(
                out,
                "Using LAS at {} (credentials found).",
                credentials.api_endpoint()
            )?;
            (credentials, None)
        }
        Err(Error::MissingCredentials { .. }) => {
            let emulator = las_emulator::Emulator::builder()
                .clock(las_emulator::Clock::Instant)
                .start()
                .await?;
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
        Err(other) => return Err(other.into()),
    };
    let client = Client::new(credentials)?;

    // The roles an organization can give its users (the first call also
    // fetches a token).
    let roles: Vec<_> = client.roles().list().items().try_collect().await?;
    let names: Vec<&str> = roles
        .iter()
        .map(|r| r.name.as_deref().unwrap_or(r.role_id.as_str()))
        .collect();
    writeln!(out, "Roles users can have: {}", names.join(", "))?;

    // 2. A dataset for the samples.
    let dataset = client
        .datasets()
        .create()
        .name("las-rs quickstart")
        .send()
        .await?;
    writeln!(out, "Created dataset {}", dataset.dataset_id)?;

    // 3. Upload the sample documents with their ground truth, 3 at a time.
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let items = SAMPLES.iter().map(|(file, total)| {
        las_client::bulk::UploadItem::new(samples.join(file))
            .ground_truth([("total_amount", *total)])
    });
    let uploads = client
        .documents()
        .create_many(items)
        .dataset_id(&dataset.dataset_id)
        .concurrency(3)
        .send()
        .await;
    let mut document_ids = Vec::new();
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
        document_ids.push(document.document_id);
    }

    // 4. A model that reads a total and a due date.
    let model = client
        .models()
        .create([
            ("total_amount", field(FieldType::Amount, 10)),
            ("due_date", field(FieldType::Date, 10)),
        ])
        .name("las-rs quickstart model")
        .send()
        .await?;
    writeln!(out, "Created model {} ({})", model.model_id, model.status)?;

    // A model trains on data bundles: bundle the dataset and wait until the
    // bundle is ready (`succeeded`).
    let bundles = client.models().data_bundles(&model.model_id);
    let bundle = bundles
        .create([dataset.dataset_id.as_str()])
        .name("quickstart")
        .send()
        .await?;
    let bundle = client
        .wait_until_data_bundle_ready(&model.model_id, &bundle.data_bundle_id)
        .timeout(Duration::from_secs(600))
        .await
        .map_err(|e| e.into_error())?;
    writeln!(
        out,
        "Data bundle {} ready ({})",
        bundle.data_bundle_id, bundle.status
    )?;

    // 5. Predictions.
    for document_id in &document_ids {
        let prediction = client
            .predictions()
            .create(document_id, &model.model_id)
            .send()
            .await?;
        let fields: Vec<String> = prediction
            .predictions
            .fields()
            .map(|p| {
                let value = p.value.as_deref().unwrap_or("-");
                format!("{}={value} ({:.0}%)", p.label, p.confidence * 100.0)
            })
            .collect();
        writeln!(out, "Predicted {document_id}: {}", fields.join(", "))?;
    }

    // 6. Page through the dataset's documents, two per page.
    let mut pages = client
        .documents()
        .list()
        .dataset_id(&dataset.dataset_id)
        .max_results(2)
        .pages();
    let mut page_number = 0;
    while let Some(page) = pages.try_next().await? {
        page_number += 1;
        let ids: Vec<&str> = page
            .documents
            .iter()
            .map(|d| d.document_id.as_str())
            .collect();
        writeln!(out, "Page {page_number}: {}", ids.join(", "))?;
    }

    // 7. Clean up: the data bundle and the model, then the dataset with its
    // documents.
    bundles.delete(&bundle.data_bundle_id).await?;
    client.models().delete(&model.model_id).await?;
    let deleted = client
        .datasets()
        .delete(&dataset.dataset_id)
        .delete_documents(true)
        .send()
        .await?;
    writeln!(
        out,
        "Deleted the model and dataset {} with its documents. Done in {:.1} s.",
        deleted.dataset_id,
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}
