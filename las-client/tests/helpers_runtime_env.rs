//! `TransitionRuntime::from_env`, alone in its own test binary because it
//! changes the process environment (`TRANSITION_ID`, `EXECUTION_ID`).

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::runtime::{Outcome, TransitionRuntime};
use las_client::types::{ManualTransitionParameters, TransitionExecutionStatus, TransitionType};
use las_client::{Client, Error};
use las_emulator::{Clock, Emulator};

#[tokio::test]
async fn from_env_reads_transition_id_and_execution_id() {
    let emu = Emulator::builder()
        .clock(Clock::Instant)
        .start()
        .await
        .unwrap();
    let client =
        Client::new(Credentials::api_key(emu.api_key(), emu.api_endpoint()).unwrap()).unwrap();
    let missing = |client: &Client| {
        TransitionRuntime::from_env(client.clone())
            .unwrap_err()
            .to_string()
    };

    std::env::remove_var("TRANSITION_ID");
    std::env::remove_var("EXECUTION_ID");
    assert!(
        missing(&client).contains("TRANSITION_ID and EXECUTION_ID not set"),
        "{}",
        missing(&client)
    );
    std::env::set_var("TRANSITION_ID", "las:transition:abc");
    std::env::set_var("EXECUTION_ID", "");
    assert!(
        missing(&client).starts_with("invalid input: EXECUTION_ID not set"),
        "{}",
        missing(&client)
    );
    std::env::remove_var("TRANSITION_ID");
    std::env::set_var("EXECUTION_ID", "las:transition-execution:abc");
    assert!(
        missing(&client).starts_with("invalid input: TRANSITION_ID not set"),
        "{}",
        missing(&client)
    );
    std::env::set_var("TRANSITION_ID", "..");
    let err = TransitionRuntime::from_env(client.clone()).unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert_eq!(emu.stats().api_requests(), 0);

    let transition = client
        .transitions()
        .create(TransitionType::Manual)
        .parameters(ManualTransitionParameters::new())
        .send()
        .await
        .unwrap();
    let execution = client
        .transitions()
        .executions(&transition.transition_id)
        .execute()
        .await
        .unwrap();
    std::env::set_var("TRANSITION_ID", &transition.transition_id);
    std::env::set_var("EXECUTION_ID", &execution.execution_id);
    let done = TransitionRuntime::from_env(client.clone())
        .unwrap()
        .heartbeat_interval(Duration::from_millis(100))
        .unwrap()
        .run(|ctx| async move {
            Outcome::succeeded(serde_json::json!({"seen": ctx.execution().execution_id}))
        })
        .await
        .unwrap();
    assert_eq!(done.execution_id, execution.execution_id);
    assert_eq!(done.status, TransitionExecutionStatus::Succeeded);
}
