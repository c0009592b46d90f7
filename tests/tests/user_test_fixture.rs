//! A user's own test written with the emulator as a fixture: the example of
//! `las-client/README.md` ("Testing your code offline") and of the crate
//! README, kept compiling and passing here. The code under test is a small
//! function built on las-client; the test seeds resources, injects a fault,
//! reads what the server received, and stops the server.

use las_client::credentials::Credentials;
use las_client::{Client, RetryPolicy};
use las_emulator::{Clock, Emulator, Fault};
use serde_json::json;

/// The code under test: uploads `files` into a dataset and returns the new
/// document ids.
async fn import_invoices(
    client: &Client,
    dataset_id: &str,
    files: &[&[u8]],
) -> las_client::Result<Vec<String>> {
    let mut ids = Vec::new();
    for file in files {
        let document = client
            .documents()
            .create(file.to_vec())
            .dataset_id(dataset_id)
            .send()
            .await?;
        ids.push(document.document_id);
    }
    Ok(ids)
}

#[tokio::test]
async fn import_survives_a_server_error() -> Result<(), Box<dyn std::error::Error>> {
    // Start: an in-process LAS on 127.0.0.1, statuses change at once.
    let emu = Emulator::builder().clock(Clock::Instant).start().await?;
    // Seed: a dataset for the code under test (not counted in the stats).
    let dataset = emu
        .setup("POST", "/datasets", json!({"name": "invoices"}))
        .await?;
    let dataset_id = dataset["datasetId"]
        .as_str()
        .unwrap_or_default()
        .to_string();

    let client = Client::builder()
        .credentials(Credentials::client_credentials(
            emu.client_id(),
            emu.client_secret(),
            emu.auth_endpoint(),
            emu.api_endpoint(),
        )?)
        .retry_policy(RetryPolicy::standard())
        .build()?;

    // Faults on: the first upload gets a 503, which the client retries.
    emu.faults()
        .route("createDocument")
        .fail_next(1, Fault::Status(503));
    let pdf: &[u8] = b"%PDF-1.4\n%%EOF\n";
    let ids = import_invoices(&client, &dataset_id, &[pdf, pdf]).await?;
    assert_eq!(ids.len(), 2);
    // Faults off again.
    emu.faults().clear();

    // What the server received: three uploads (one retried), each into the dataset.
    assert_eq!(emu.stats().requests_for("createDocument"), 3);
    assert_eq!(emu.stats().token_requests(), 1);
    let uploads = emu.stats().received_for("createDocument");
    assert!(uploads
        .iter()
        .all(|r| r.body["datasetId"] == dataset_id.as_str()));
    assert_eq!(uploads[0].body["contentType"], "application/pdf");

    // Stop (dropping `emu` does the same).
    emu.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn setup_refusals_say_why() {
    let emu = Emulator::start().await.expect("start");
    let e = emu
        .setup("POST", "/datasets", json!({"bogusField": 1}))
        .await
        .expect_err("unknown field");
    assert_eq!(e.status, 400);
    assert!(e.message.contains("bogusField"), "{e}");
    let e = emu
        .setup(
            "GET",
            "/datasets/las:dataset:00000000000000000000000000000000",
            serde_json::Value::Null,
        )
        .await
        .expect_err("missing");
    assert_eq!(e.status, 404);
    assert_eq!(emu.stats().api_requests(), 0);
    assert!(emu.stats().received().is_empty());
}
