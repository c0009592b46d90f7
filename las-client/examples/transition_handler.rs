//! The runtime of a docker transition. In a container started by LAS,
//! `TransitionRuntime::from_env(client)` reads `TRANSITION_ID` and
//! `EXECUTION_ID`; here an execution is started by hand so the example runs
//! anywhere.
//!
//! ```text
//! cargo run --example transition_handler
//! ```

mod common;

use las_client::runtime::{Outcome, TransitionRuntime};
use las_client::types::TransitionType;
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _guard) = common::connect().await?;
    let transition = client
        .transitions()
        .create(TransitionType::Manual)
        .name("runtime example")
        .send()
        .await?;
    let execution = client
        .transitions()
        .executions(&transition.transition_id)
        .execute()
        .await?;
    println!("started execution {}", execution.execution_id);

    // What a docker transition's main does (with from_env in a real container).
    let finished = TransitionRuntime::new(
        client.clone(),
        &transition.transition_id,
        &execution.execution_id,
    )?
    .run(|execution| async move {
        // The input the workflow passed; heartbeats are sent meanwhile.
        let keys: Vec<&String> = execution.input().keys().collect();
        println!("handling input with keys {keys:?}");
        // An Err here, or a panic, marks the execution failed with the message.
        Outcome::succeeded(json!({"checked": true, "inputKeys": keys.len()}))
    })
    .await?;
    println!("execution {} is {}", finished.execution_id, finished.status);

    client
        .transitions()
        .delete(&transition.transition_id)
        .await?;
    Ok(())
}
