//! Waiters: create a data bundle and wait until it is ready, train the
//! model on it and wait until the training has finished, then until the
//! model is active. Timeouts and failed states are typed results.
//!
//! ```text
//! cargo run --example waiters
//! ```

mod common;

use std::time::Duration;

use las_client::models::field;
use las_client::types::FieldType;
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

    // Train the model on the bundle: a training runs through its statuses
    // (pending, preparing, running, …) until it has succeeded, failed or
    // was cancelled. Real trainings take hours.
    let training = client
        .models()
        .trainings(&model.model_id)
        .create([bundle.data_bundle_id.as_str()])
        .name("first training")
        .send()
        .await?;
    let trained = client
        .wait_until_training_finished(&model.model_id, &training.training_id)
        .timeout(Duration::from_secs(12 * 3600))
        .interval(Duration::from_millis(200))
        .max_interval(Duration::from_secs(60))
        .await
        .map_err(|e| e.into_error())?;
    println!("training {} {}", trained.training_id, trained.status);

    // The model serves predictions with that training.
    client
        .models()
        .update(&model.model_id)
        .training_id(&trained.training_id)
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
