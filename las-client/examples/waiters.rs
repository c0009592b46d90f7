//! Waiters: create a data bundle and wait until it is ready, start training
//! a model and wait until it is active. Timeouts and failed states are
//! typed results.
//!
//! ```text
//! cargo run --example waiters
//! ```

mod common;

use std::time::Duration;

use las_client::models::field;
use las_client::types::{FieldType, ModelStatus};
use las_client::waiters::WaitError;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _guard) = common::connect().await?;
    let dataset = client
        .datasets()
        .create()
        .name("waiters example")
        .send()
        .await?;
    client
        .documents()
        .create_many(common::samples())
        .dataset_id(&dataset.dataset_id)
        .send()
        .await;
    let model = client
        .models()
        .create([("total_amount", field(FieldType::Amount, 10))])
        .name("waiters example")
        .send()
        .await?;

    let bundle = client
        .models()
        .data_bundles(&model.model_id)
        .create([dataset.dataset_id.clone()])
        .name("all samples")
        .send()
        .await?;
    match client
        .wait_until_data_bundle_ready(&model.model_id, &bundle.data_bundle_id)
        .timeout(Duration::from_secs(300))
        .interval(Duration::from_millis(200))
        .await
    {
        Ok(ready) => println!("data bundle {} is {}", ready.data_bundle_id, ready.status),
        Err(WaitError::Failed { state, .. }) => println!("data bundle ended {state}"),
        Err(WaitError::TimedOut { state, waited, .. }) => {
            println!("data bundle still {state} after {waited:?}")
        }
        Err(other) => return Err(other.into_error().into()),
    }

    client
        .models()
        .update(&model.model_id)
        .status(ModelStatus::Training)
        .send()
        .await?;
    let active = client
        .wait_until_model_active(&model.model_id)
        .timeout(Duration::from_secs(600))
        .await
        .map_err(|e| e.into_error())?;
    println!("model {} is {}", active.model_id, active.status);

    client
        .models()
        .data_bundles(&model.model_id)
        .delete(&bundle.data_bundle_id)
        .await?;
    client.models().delete(&model.model_id).await?;
    client
        .datasets()
        .delete(&dataset.dataset_id)
        .delete_documents(true)
        .send()
        .await?;
    Ok(())
}
