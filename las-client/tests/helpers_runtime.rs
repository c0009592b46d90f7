//! The docker-transition runtime against the emulator: it fetches the
//! input, sends heartbeats while the handler runs, and records how the
//! handler ended (output, error, panic, rejection, retry).

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::runtime::{Outcome, TransitionRuntime};
use las_client::types::{
    ManualTransitionParameters, TransitionExecution, TransitionExecutionStatus, TransitionType,
    WorkflowExecutionStatus,
};
use las_client::{Client, Error, RetryPolicy};
use las_emulator::{Clock, Emulator};
use serde_json::{json, Map, Value};

async fn emulator() -> (Emulator, Client) {
    let emu = Emulator::builder()
        .seed(13)
        .clock(Clock::Instant)
        .start()
        .await
        .unwrap();
    let client = Client::builder()
        .credentials(Credentials::api_key(emu.api_key(), emu.api_endpoint()).unwrap())
        .retry_policy(
            RetryPolicy::standard()
                .with_jitter(false)
                .with_initial_delay(Duration::from_millis(5)),
        )
        .build()
        .unwrap();
    (emu, client)
}

async fn manual_transition(client: &Client) -> String {
    client
        .transitions()
        .create(TransitionType::Manual)
        .parameters(ManualTransitionParameters::new())
        .send()
        .await
        .unwrap()
        .transition_id
}

/// A workflow whose one step is `transition_id`, started with `input`; the
/// step's execution claimed as a worker would. Returns the workflow id, the
/// workflow execution id and the claimed transition execution.
async fn workflow_step(
    client: &Client,
    transition_id: &str,
    input: Value,
) -> (String, String, TransitionExecution) {
    let workflow = client
        .workflows()
        .create(json!({
            "StartAt": "Step",
            "States": {"Step": {"Type": "Task", "Resource": transition_id, "End": true}}
        }))
        .send()
        .await
        .unwrap();
    let execution = client
        .workflows()
        .executions(&workflow.workflow_id)
        .execute(input)
        .await
        .unwrap();
    let step = client
        .transitions()
        .executions(transition_id)
        .execute()
        .await
        .unwrap();
    (workflow.workflow_id, execution.execution_id, step)
}

fn runtime(client: &Client, transition_id: &str, execution_id: &str) -> TransitionRuntime {
    TransitionRuntime::new(client.clone(), transition_id, execution_id)
        .unwrap()
        .heartbeat_interval(Duration::from_millis(200))
        .unwrap()
}

/// The message the execution ended with, from its log.
async fn end_message(client: &Client, execution: &TransitionExecution) -> String {
    let log = client
        .logs()
        .get(execution.log_id.as_deref().unwrap())
        .await
        .unwrap();
    log.events
        .iter()
        .filter_map(|e| e.get("message").and_then(Value::as_str))
        .find(|m| m.starts_with("Transition execution ended"))
        .unwrap()
        .to_string()
}

/// The error message inside "Transition execution ended: <message> (status: failed)".
fn error_of(end: &str) -> &str {
    end.strip_prefix("Transition execution ended: ")
        .and_then(|m| m.strip_suffix(" (status: failed)"))
        .unwrap_or_else(|| panic!("not a failure: {end}"))
}

#[tokio::test]
async fn success_records_the_output_with_heartbeats_while_the_handler_runs() {
    let (emu, client) = emulator().await;
    let transition_id = manual_transition(&client).await;
    let (workflow_id, workflow_execution_id, step) = workflow_step(
        &client,
        &transition_id,
        json!({"documentId": "las:document:abc", "pages": 2}),
    )
    .await;
    emu.stats().reset();

    #[derive(serde::Deserialize)]
    struct Input {
        #[serde(rename = "documentId")]
        document_id: String,
        pages: u32,
    }
    let done = runtime(&client, &transition_id, &step.execution_id)
        .run(|ctx| async move {
            assert_eq!(ctx.input()["documentId"], "las:document:abc");
            let input: Input = ctx.input_as()?;
            assert_eq!(ctx.execution().status, TransitionExecutionStatus::Running);
            tokio::time::sleep(Duration::from_millis(1000)).await;
            Outcome::succeeded(json!({"documentId": input.document_id, "pagesRead": input.pages}))
        })
        .await
        .unwrap();

    assert_eq!(done.status, TransitionExecutionStatus::Succeeded);
    assert_eq!(done.execution_id, step.execution_id);
    let stats = emu.stats();
    assert_eq!(stats.requests_for("getTransitionExecution"), 1);
    assert_eq!(stats.requests_for("updateTransitionExecution"), 1);
    // One at the start, then every 200 ms for 1 s: about 5 (tolerance ±1).
    let heartbeats = stats.requests_for("sendHeartbeat");
    assert!((4..=7).contains(&heartbeats), "{heartbeats} heartbeats");

    // The output went on as the workflow's result.
    let workflow_execution = client
        .workflows()
        .executions(&workflow_id)
        .get(&workflow_execution_id)
        .await
        .unwrap();
    assert_eq!(
        workflow_execution.status,
        WorkflowExecutionStatus::Succeeded
    );
    let want: Map<String, Value> = json!({"documentId": "las:document:abc", "pagesRead": 2})
        .as_object()
        .unwrap()
        .clone();
    assert_eq!(workflow_execution.output, Some(want));
}

#[tokio::test]
async fn a_handler_error_marks_the_execution_failed_with_its_message() {
    let (_emu, client) = emulator().await;
    let transition_id = manual_transition(&client).await;
    let (workflow_id, workflow_execution_id, step) =
        workflow_step(&client, &transition_id, json!({"documentId": "x"})).await;

    let done = runtime(&client, &transition_id, &step.execution_id)
        .run(|_ctx| async move { Err::<Outcome, _>("the scan is unreadable") })
        .await
        .unwrap();

    assert_eq!(done.status, TransitionExecutionStatus::Failed);
    assert_eq!(
        error_of(&end_message(&client, &done).await),
        "the scan is unreadable"
    );
    let workflow_execution = client
        .workflows()
        .executions(&workflow_id)
        .get(&workflow_execution_id)
        .await
        .unwrap();
    assert_eq!(workflow_execution.status, WorkflowExecutionStatus::Failed);

    // Errors of the SDK itself, through `?`.
    let transition_id = manual_transition(&client).await;
    let step = client
        .transitions()
        .executions(&transition_id)
        .execute()
        .await
        .unwrap();
    let done = runtime(&client, &transition_id, &step.execution_id)
        .run(|ctx| async move {
            ctx.client().documents().get("las:document:missing").await?;
            Ok::<_, Error>(Outcome::Retry)
        })
        .await
        .unwrap();
    assert_eq!(done.status, TransitionExecutionStatus::Failed);
    assert!(error_of(&end_message(&client, &done).await).starts_with("not found"));
}

#[tokio::test]
async fn a_panicking_handler_marks_the_execution_failed() {
    let (_emu, client) = emulator().await;
    let transition_id = manual_transition(&client).await;

    let execution = client
        .transitions()
        .executions(&transition_id)
        .execute()
        .await
        .unwrap();
    let done = runtime(&client, &transition_id, &execution.execution_id)
        .run(|_ctx| async move {
            let pages: Vec<u32> = Vec::new();
            if pages.is_empty() {
                panic!("no page {}", 3);
            }
            Ok::<_, Error>(Outcome::Retry)
        })
        .await
        .unwrap();
    assert_eq!(done.status, TransitionExecutionStatus::Failed);
    assert_eq!(
        error_of(&end_message(&client, &done).await),
        "the handler panicked: no page 3"
    );

    // A panic with a static message.
    let execution = client
        .transitions()
        .executions(&transition_id)
        .execute()
        .await
        .unwrap();
    let done = runtime(&client, &transition_id, &execution.execution_id)
        .run(|_ctx| async move {
            if execution.execution_id.is_empty() {
                return Ok::<_, Error>(Outcome::Retry);
            }
            panic!("static message")
        })
        .await
        .unwrap();
    assert_eq!(done.status, TransitionExecutionStatus::Failed);
    assert_eq!(
        error_of(&end_message(&client, &done).await),
        "the handler panicked: static message"
    );
}

#[tokio::test]
async fn a_handler_that_panics_before_returning_its_future_marks_the_execution_failed() {
    let (_emu, client) = emulator().await;
    let transition_id = manual_transition(&client).await;
    let execution = client
        .transitions()
        .executions(&transition_id)
        .execute()
        .await
        .unwrap();
    let run = runtime(&client, &transition_id, &execution.execution_id).run(
        |ctx| -> std::future::Ready<Result<Outcome, Error>> {
            if ctx.input().is_empty() {
                panic!("panicked while building the future");
            }
            std::future::ready(Ok(Outcome::Retry))
        },
    );
    let done = tokio::spawn(run)
        .await
        .expect("the panic is caught by the runtime")
        .unwrap();
    assert_eq!(done.status, TransitionExecutionStatus::Failed);
    assert_eq!(
        error_of(&end_message(&client, &done).await),
        "the handler panicked: panicked while building the future"
    );
}

#[tokio::test]
async fn a_long_error_message_is_cut_to_4096_characters() {
    let (_emu, client) = emulator().await;
    let transition_id = manual_transition(&client).await;
    let execution = client
        .transitions()
        .executions(&transition_id)
        .execute()
        .await
        .unwrap();
    let long = format!("{}{}", "é".repeat(4000), "x".repeat(6000));
    let done = runtime(&client, &transition_id, &execution.execution_id)
        .run(move |_ctx| async move { Err::<Outcome, _>(long) })
        .await
        .unwrap();
    assert_eq!(done.status, TransitionExecutionStatus::Failed);
    let end = end_message(&client, &done).await;
    let message = error_of(&end);
    assert_eq!(
        message.chars().count(),
        las_client::runtime::MAX_ERROR_MESSAGE
    );
    assert_eq!(message, format!("{}{}", "é".repeat(4000), "x".repeat(96)));
}

#[tokio::test]
async fn rejected_and_retry_outcomes_set_that_status() {
    let (_emu, client) = emulator().await;
    let transition_id = manual_transition(&client).await;
    let cases = [
        (
            Outcome::Rejected { output: None },
            TransitionExecutionStatus::Rejected,
        ),
        (
            Outcome::Rejected {
                output: Some(
                    json!({"reason": "not an invoice"})
                        .as_object()
                        .unwrap()
                        .clone(),
                ),
            },
            TransitionExecutionStatus::Rejected,
        ),
        (Outcome::Retry, TransitionExecutionStatus::Retry),
    ];
    for (outcome, status) in cases {
        let execution = client
            .transitions()
            .executions(&transition_id)
            .execute()
            .await
            .unwrap();
        let done = runtime(&client, &transition_id, &execution.execution_id)
            .run(move |_ctx| async move { Ok::<_, Error>(outcome) })
            .await
            .unwrap();
        assert_eq!(done.status, status);
        let read = client
            .transitions()
            .executions(&transition_id)
            .get(&execution.execution_id)
            .await
            .unwrap();
        assert_eq!(read.status, status);
    }
}

#[tokio::test]
async fn dropping_the_run_stops_its_heartbeats() {
    let (emu, client) = emulator().await;
    let transition_id = manual_transition(&client).await;
    let execution = client
        .transitions()
        .executions(&transition_id)
        .execute()
        .await
        .unwrap();
    let run = TransitionRuntime::new(client.clone(), &transition_id, &execution.execution_id)
        .unwrap()
        .heartbeat_interval(Duration::from_millis(50))
        .unwrap()
        .run(|_ctx| async move {
            tokio::time::sleep(Duration::from_secs(30)).await;
            Ok::<_, Error>(Outcome::Retry)
        });
    assert!(tokio::time::timeout(Duration::from_millis(300), run)
        .await
        .is_err());
    let at_drop = emu.stats().requests_for("sendHeartbeat");
    assert!(at_drop >= 3, "{at_drop} heartbeats while running");
    tokio::time::sleep(Duration::from_millis(400)).await;
    let later = emu.stats().requests_for("sendHeartbeat");
    assert!(
        later <= at_drop + 1,
        "heartbeats went on: {at_drop} then {later}"
    );
}

#[tokio::test]
async fn bad_settings_are_refused_and_api_failures_returned() {
    let (emu, client) = emulator().await;
    for (t, e) in [
        ("", "las:transition-execution:abc"),
        ("las:transition:abc", ".."),
    ] {
        let err = TransitionRuntime::new(client.clone(), t, e).unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    }
    let ok = TransitionRuntime::new(
        client.clone(),
        "las:transition:a",
        "las:transition-execution:b",
    )
    .unwrap();
    for interval in [
        Duration::ZERO,
        Duration::from_secs(60),
        Duration::from_secs(90),
    ] {
        let err = ok.clone().heartbeat_interval(interval).unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    }
    assert_eq!(emu.stats().api_requests(), 0);

    // An execution that does not exist: the handler never runs.
    let transition_id = manual_transition(&client).await;
    let err = runtime(
        &client,
        &transition_id,
        "las:transition-execution:00000000000000000000000000000000",
    )
    .run(|_ctx| async move {
        panic!("must not run");
        #[allow(unreachable_code)]
        Ok::<_, Error>(Outcome::Retry)
    })
    .await
    .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err}");
    assert_eq!(emu.stats().requests_for("sendHeartbeat"), 0);
}

#[test]
fn from_env_names_the_missing_variables() {
    // Only when the variables are not set for this process; the test never
    // changes the environment (tests run in parallel).
    if std::env::var_os("TRANSITION_ID").is_some() || std::env::var_os("EXECUTION_ID").is_some() {
        return;
    }
    let client = Client::builder()
        .credentials(Credentials::api_key("key", "http://127.0.0.1:9/v1").unwrap())
        .build()
        .unwrap();
    let err = TransitionRuntime::from_env(client).unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("TRANSITION_ID and EXECUTION_ID not set"),
        "{err}"
    );
}
