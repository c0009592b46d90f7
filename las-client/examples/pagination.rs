//! Pagination: one page, every page, every item, a limit; then deleting
//! everything a filter matches.
//!
//! ```text
//! cargo run --example pagination
//! ```

mod common;

use futures::{StreamExt, TryStreamExt};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _guard) = common::connect().await?;
    let dataset = client
        .datasets()
        .create()
        .name("pagination example")
        .send()
        .await?;

    // 12 documents: the three samples, four times.
    let inputs: Vec<_> = common::samples().into_iter().cycle().take(12).collect();
    let uploaded = client
        .documents()
        .create_many(inputs)
        .dataset_id(&dataset.dataset_id)
        .send()
        .await;
    println!(
        "uploaded {} documents",
        uploaded.iter().filter(|r| r.result.is_ok()).count()
    );

    let list = || {
        client
            .documents()
            .list()
            .dataset_id(&dataset.dataset_id)
            .max_results(5)
    };

    // One page, and the token of the next.
    let first = list().send().await?;
    println!(
        "first page: {} documents, next token {:?}",
        first.documents.len(),
        first.next_token
    );

    // Every page, fetched as the stream is polled.
    let sizes: Vec<usize> = list()
        .pages()
        .map_ok(|page| page.documents.len())
        .try_collect()
        .await?;
    println!("page sizes: {sizes:?}");

    // Every item across pages, with an overall limit.
    let first_seven: Vec<String> = list()
        .limit(7)
        .items()
        .map_ok(|d| d.document_id)
        .try_collect()
        .await?;
    println!(
        "first 7 of {}: {}",
        sizes.iter().sum::<usize>(),
        first_seven.len()
    );

    // Streams stop at the first error (yielded once); here there is none.
    let counted = list()
        .items()
        .filter(|r| std::future::ready(r.is_ok()))
        .count()
        .await;
    println!("counted {counted} documents");

    // Delete every document of the dataset (several pages), then the dataset.
    let deleted = client
        .documents()
        .delete_many()
        .dataset_id(&dataset.dataset_id)
        .delete_all()
        .send()
        .await?;
    println!("deleted {} documents", deleted.documents.len());
    client.datasets().delete(&dataset.dataset_id).send().await?;
    Ok(())
}
