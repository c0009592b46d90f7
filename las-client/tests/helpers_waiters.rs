//! Waiters against the emulator on its manual clock: success returns the
//! final resource, a failed terminal state is `WaitError::Failed`, a state
//! that never ends is `WaitError::TimedOut`, and a bad id is refused before
//! anything is sent.

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::models::field;
use las_client::types::{
    DataBundleStatus, FieldType, ManualTransitionParameters, ModelStatus, PatchTrainingIdStatus,
    PostTransformationsOperationsItem, PostTransformationsOperationsItemType, TrainingStatus,
    TransformationStatus, TransitionExecutionStatus, TransitionExecutionUpdateStatus,
    TransitionType, WorkflowExecutionStatus,
};
use las_client::waiters::WaitError;
use las_client::{Client, Error, RetryPolicy};
use las_emulator::{Clock, Emulator};
use serde_json::json;

const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
const POLL: Duration = Duration::from_millis(10);
const LIMIT: Duration = Duration::from_secs(5);

/// The emulator's clock stands still until `advance`: training takes 2 s,
/// a data bundle 1 s, a workflow step 1 s of that clock.
async fn emulator() -> (Emulator, Client) {
    let emu = Emulator::builder()
        .seed(9)
        .clock(Clock::Manual)
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

/// After a few polls, move the emulator clock on by `by`.
async fn advance_later(emu: &Emulator, by: Duration) {
    tokio::time::sleep(Duration::from_millis(60)).await;
    emu.advance(by);
}

async fn model(client: &Client) -> String {
    client
        .models()
        .create([("total", field(FieldType::Amount, 10))])
        .send()
        .await
        .unwrap()
        .model_id
}

#[tokio::test]
async fn a_training_model_becomes_active() {
    let (emu, client) = emulator().await;
    let model_id = model(&client).await;
    client
        .models()
        .update(&model_id)
        .status(ModelStatus::Training)
        .send()
        .await
        .unwrap();

    let (result, ()) = tokio::join!(
        client
            .wait_until_model_active(&model_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        advance_later(&emu, Duration::from_secs(3)),
    );
    let model = result.unwrap();
    assert_eq!(model.model_id, model_id);
    assert_eq!(model.status, ModelStatus::Active);
    assert!(
        emu.stats().requests_for("getModel") >= 2,
        "it polled while training"
    );
}

#[tokio::test]
async fn an_inactive_model_is_a_failed_wait() {
    let (_emu, client) = emulator().await;
    let model_id = model(&client).await;
    match client
        .wait_until_model_active(&model_id)
        .interval(POLL)
        .timeout(LIMIT)
        .await
    {
        Err(WaitError::Failed { state, resource }) => {
            assert_eq!(state, "inactive");
            assert_eq!(resource.model_id, model_id);
        }
        other => panic!("expected Failed, got {other:?}"),
    }
}

#[tokio::test]
async fn a_data_bundle_becomes_ready_or_fails_over_an_empty_dataset() {
    let (emu, client) = emulator().await;
    let model_id = model(&client).await;
    let full = client.datasets().create().send().await.unwrap().dataset_id;
    client
        .documents()
        .create(PDF)
        .dataset_id(&full)
        .send()
        .await
        .unwrap();
    let empty = client.datasets().create().send().await.unwrap().dataset_id;
    let bundles = client.models().data_bundles(&model_id);
    let good = bundles.create([&full]).send().await.unwrap();
    let bad = bundles.create([&empty]).send().await.unwrap();
    assert_eq!(good.status, DataBundleStatus::Running);

    let (ready, failed, ()) = tokio::join!(
        client
            .wait_until_data_bundle_ready(&model_id, &good.data_bundle_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        client
            .wait_until_data_bundle_ready(&model_id, &bad.data_bundle_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        advance_later(&emu, Duration::from_secs(2)),
    );
    let ready = ready.unwrap();
    assert_eq!(ready.data_bundle_id, good.data_bundle_id);
    assert_eq!(ready.status, DataBundleStatus::Succeeded);
    match failed {
        Err(WaitError::Failed { state, resource }) => {
            assert_eq!(state, "failed");
            assert_eq!(resource.data_bundle_id, bad.data_bundle_id);
        }
        other => panic!("expected Failed, got {other:?}"),
    }

    // A bundle the model does not have is NotFound.
    let err = client
        .wait_until_data_bundle_ready(
            &model_id,
            "las:data-bundle:00000000000000000000000000000000",
        )
        .interval(POLL)
        .timeout(LIMIT)
        .await
        .unwrap_err();
    assert!(
        matches!(err, WaitError::Request(Error::NotFound { .. })),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_workflow_execution_succeeds_or_fails() {
    let (emu, client) = emulator().await;
    // No tasks: done after one step.
    let pass = client
        .workflows()
        .create(json!({"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}))
        .send()
        .await
        .unwrap();
    let execution = client
        .workflows()
        .executions(&pass.workflow_id)
        .execute(json!({"documentId": "las:document:abc"}))
        .await
        .unwrap();
    assert_eq!(execution.status, WorkflowExecutionStatus::Running);
    let (done, ()) = tokio::join!(
        client
            .wait_until_workflow_execution_done(&pass.workflow_id, &execution.execution_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        advance_later(&emu, Duration::from_secs(2)),
    );
    let done = done.unwrap();
    assert_eq!(done.status, WorkflowExecutionStatus::Succeeded);
    assert_eq!(done.execution_id, execution.execution_id);

    // A manual step that fails fails the workflow.
    let manual = client
        .transitions()
        .create(TransitionType::Manual)
        .parameters(ManualTransitionParameters::new())
        .send()
        .await
        .unwrap();
    let workflow = client
        .workflows()
        .create(json!({
            "StartAt": "Review",
            "States": {"Review": {"Type": "Task", "Resource": manual.transition_id, "End": true}}
        }))
        .send()
        .await
        .unwrap();
    let execution = client
        .workflows()
        .executions(&workflow.workflow_id)
        .execute(json!({"documentId": "las:document:abc"}))
        .await
        .unwrap();
    let fail_the_step = async {
        tokio::time::sleep(Duration::from_millis(60)).await;
        let step = client
            .transitions()
            .executions(&manual.transition_id)
            .execute()
            .await
            .unwrap();
        client
            .transitions()
            .executions(&manual.transition_id)
            .update(&step.execution_id, TransitionExecutionUpdateStatus::Failed)
            .error("unreadable")
            .send()
            .await
            .unwrap();
    };
    let (failed, ()) = tokio::join!(
        client
            .wait_until_workflow_execution_done(&workflow.workflow_id, &execution.execution_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        fail_the_step,
    );
    match failed {
        Err(WaitError::Failed { state, resource }) => {
            assert_eq!(state, "failed");
            assert_eq!(resource.execution_id, execution.execution_id);
        }
        other => panic!("expected Failed, got {other:?}"),
    }
}

#[tokio::test]
async fn a_transition_execution_succeeds_fails_or_times_out() {
    let (emu, client) = emulator().await;
    let transition = client
        .transitions()
        .create(TransitionType::Manual)
        .parameters(ManualTransitionParameters::new())
        .send()
        .await
        .unwrap();
    let executions = client.transitions().executions(&transition.transition_id);

    for (end, verdict) in [
        (TransitionExecutionUpdateStatus::Succeeded, None),
        (TransitionExecutionUpdateStatus::Failed, Some("failed")),
        (TransitionExecutionUpdateStatus::Rejected, Some("rejected")),
        // The execution ends; the workflow runs the step again as a new one.
        (TransitionExecutionUpdateStatus::Retry, Some("retry")),
    ] {
        let execution = executions.execute().await.unwrap();
        let finish = async {
            tokio::time::sleep(Duration::from_millis(60)).await;
            let update = executions.update(&execution.execution_id, end.clone());
            let update = match end {
                TransitionExecutionUpdateStatus::Succeeded => update.output(json!({"ok": true})),
                TransitionExecutionUpdateStatus::Failed => update.error("no"),
                _ => update,
            };
            update.send().await.unwrap();
        };
        let (result, ()) = tokio::join!(
            client
                .wait_until_transition_execution_done(
                    &transition.transition_id,
                    &execution.execution_id
                )
                .interval(POLL)
                .timeout(LIMIT)
                .wait(),
            finish,
        );
        match (result, verdict) {
            (Ok(done), None) => {
                assert_eq!(done.status, TransitionExecutionStatus::Succeeded);
                assert_eq!(done.execution_id, execution.execution_id);
            }
            (Err(WaitError::Failed { state, resource }), Some(want)) => {
                assert_eq!(state, want);
                assert_eq!(resource.execution_id, execution.execution_id);
            }
            (other, want) => panic!("{end:?}: expected {want:?}, got {other:?}"),
        }
    }

    // Still running when the time is up.
    let execution = executions.execute().await.unwrap();
    emu.stats().reset();
    let timeout = Duration::from_millis(150);
    match client
        .wait_until_transition_execution_done(&transition.transition_id, &execution.execution_id)
        .interval(Duration::from_millis(20))
        .max_interval(Duration::from_millis(40))
        .timeout(timeout)
        .await
    {
        Err(WaitError::TimedOut {
            state,
            waited,
            resource,
        }) => {
            assert_eq!(state, "running");
            assert!(
                waited >= timeout && waited < timeout + Duration::from_secs(1),
                "{waited:?}"
            );
            assert_eq!(resource.status, TransitionExecutionStatus::Running);
        }
        other => panic!("expected TimedOut, got {other:?}"),
    }
    let polls = emu.stats().requests_for("getTransitionExecution");
    assert!((3..=10).contains(&polls), "{polls} polls in 150 ms");
}

#[tokio::test]
async fn bad_ids_are_refused_before_anything_is_sent() {
    let (emu, client) = emulator().await;
    let request_error = |what: &str, e: String| {
        assert!(e.contains("invalid input"), "{what}: {e}");
    };
    match client.wait_until_model_active("").await {
        Err(WaitError::Request(e @ Error::InvalidInput { .. })) => {
            request_error("model", e.to_string())
        }
        other => panic!("{other:?}"),
    }
    match client
        .wait_until_data_bundle_ready("las:model:abc", "..")
        .await
    {
        Err(WaitError::Request(e @ Error::InvalidInput { .. })) => {
            request_error("bundle", e.to_string())
        }
        other => panic!("{other:?}"),
    }
    match client
        .wait_until_workflow_execution_done(" las:workflow:abc", "las:workflow-execution:abc")
        .await
    {
        Err(WaitError::Request(e @ Error::InvalidInput { .. })) => {
            request_error("workflow", e.to_string())
        }
        other => panic!("{other:?}"),
    }
    match client
        .wait_until_transition_execution_done("las:transition:abc", "a\nb")
        .await
    {
        Err(WaitError::Request(e @ Error::InvalidInput { .. })) => {
            request_error("transition", e.to_string())
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(emu.stats().api_requests(), 0);

    // A missing resource is the request's error, after one poll.
    let err = client
        .wait_until_model_active("las:model:00000000000000000000000000000000")
        .interval(POLL)
        .await
        .unwrap_err();
    assert!(
        matches!(err, WaitError::Request(Error::NotFound { .. })),
        "{err:?}"
    );
    assert!(matches!(err.into_error(), Error::NotFound { .. }));
    assert_eq!(emu.stats().api_requests(), 1);
}

#[tokio::test]
async fn a_training_finishes_or_is_cancelled_and_a_transformation_finishes() {
    let (emu, client) = emulator().await;
    let model_id = model(&client).await;
    let dataset = client.datasets().create().send().await.unwrap().dataset_id;
    client
        .documents()
        .create(PDF)
        .dataset_id(&dataset)
        .send()
        .await
        .unwrap();
    let bundle = client
        .models()
        .data_bundles(&model_id)
        .create([&dataset])
        .send()
        .await
        .unwrap();
    let (bundle, ()) = tokio::join!(
        client
            .wait_until_data_bundle_ready(&model_id, &bundle.data_bundle_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        advance_later(&emu, Duration::from_secs(2)),
    );
    let bundle = bundle.unwrap();

    let trainings = client.models().trainings(&model_id);
    let training = trainings
        .create([&bundle.data_bundle_id])
        .name("first")
        .send()
        .await
        .unwrap();
    assert!(!matches!(
        training.status,
        TrainingStatus::Succeeded | TrainingStatus::Failed | TrainingStatus::Cancelled
    ));
    let (done, ()) = tokio::join!(
        client
            .wait_until_training_finished(&model_id, &training.training_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        advance_later(&emu, Duration::from_secs(60)),
    );
    let done = done.unwrap();
    assert_eq!(done.training_id, training.training_id);
    assert_eq!(done.status, TrainingStatus::Succeeded);

    // A cancelled training is a failed wait that carries it.
    let second = trainings
        .create([&bundle.data_bundle_id])
        .send()
        .await
        .unwrap();
    trainings
        .update(&second.training_id)
        .status(PatchTrainingIdStatus::Cancelled)
        .send()
        .await
        .unwrap();
    match client
        .wait_until_training_finished(&model_id, &second.training_id)
        .interval(POLL)
        .timeout(LIMIT)
        .wait()
        .await
    {
        Err(WaitError::Failed { state, resource }) => {
            assert_eq!(state, "cancelled");
            assert_eq!(resource.training_id, second.training_id);
        }
        other => panic!("{other:?}"),
    }

    let transformations = client.datasets().transformations(&dataset);
    let transformation = transformations
        .create([PostTransformationsOperationsItem::new(
            PostTransformationsOperationsItemType::RemoveDuplicates,
        )])
        .send()
        .await
        .unwrap();
    assert_eq!(transformation.status, TransformationStatus::Running);
    let (finished, ()) = tokio::join!(
        client
            .wait_until_transformation_finished(&dataset, &transformation.transformation_id)
            .interval(POLL)
            .timeout(LIMIT)
            .wait(),
        advance_later(&emu, Duration::from_secs(2)),
    );
    assert_eq!(finished.unwrap().status, TransformationStatus::Succeeded);

    // An id that is not among the dataset's transformations is NotFound.
    let err = client
        .wait_until_transformation_finished(
            &dataset,
            "las:dataset-transformation:00000000000000000000000000000000",
        )
        .interval(POLL)
        .timeout(LIMIT)
        .wait()
        .await
        .unwrap_err()
        .into_error();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
}
