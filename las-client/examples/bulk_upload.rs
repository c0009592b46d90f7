//! Upload many documents at once: bounded concurrency, one result per
//! input, and progress for a progress bar.
//!
//! ```text
//! cargo run --example bulk_upload [FOLDER]
//! ```
//! Without a folder, it uploads the sample documents ten times over.

mod common;

use las_client::bulk::UploadItem;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _guard) = common::connect().await?;
    let paths: Vec<std::path::PathBuf> = match std::env::args().nth(1) {
        Some(folder) => std::fs::read_dir(folder)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect(),
        None => common::samples().into_iter().cycle().take(30).collect(),
    };
    let dataset = client
        .datasets()
        .create()
        .name("bulk upload example")
        .send()
        .await?;

    let items = paths
        .iter()
        .map(|p| UploadItem::new(p.as_path()).ground_truth([("source", "bulk example")]));
    let results = client
        .documents()
        .create_many(items)
        .dataset_id(&dataset.dataset_id)
        .concurrency(8)
        .on_progress(|p| {
            eprint!(
                "\r{:>3}/{} uploaded, {} failed",
                p.succeeded, p.total, p.failed
            )
        })
        .send()
        .await;
    eprintln!();

    // One result per input, in input order: nothing is dropped silently.
    for r in &results {
        match &r.result {
            Ok(document) => println!("{:>3} {} -> {}", r.index, r.label, document.document_id),
            Err(error) => println!("{:>3} {} failed: {error}", r.index, r.label),
        }
    }

    client
        .datasets()
        .delete(&dataset.dataset_id)
        .delete_documents(true)
        .send()
        .await?;
    Ok(())
}
