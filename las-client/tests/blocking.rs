//! The blocking client against the in-memory server, from plain `#[test]`
//! functions without any runtime of their own: every handler, pagination
//! as an iterator, bulk uploads, waiters, the transition runtime, errors,
//! and the refusal (not a panic) inside an async runtime.
#![cfg(feature = "blocking")]

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use las_client::blocking::{Client, TransitionRuntime};
use las_client::bulk::UploadItem;
use las_client::credentials::Credentials;
use las_client::models::field;
use las_client::runtime::Outcome;
use las_client::types::{
    DataBundleStatus, FieldType, ManualTransitionParameters, ModelStatus, Order,
    TransitionExecutionStatus, TransitionExecutionUpdateStatus, TransitionType,
    WorkflowExecutionStatus,
};
use las_client::waiters::WaitError;
use las_client::{Content, Error, RetryPolicy};
use las_emulator::{Clock, Emulator};
use serde_json::json;

#[path = "../examples/blocking.rs"]
#[allow(dead_code)] // its `main` is the example's entry point, unused here
mod example;

const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
const MISSING_DOCUMENT: &str = "las:document:00000000000000000000000000000000";
const POLL: Duration = Duration::from_millis(10);
const LIMIT: Duration = Duration::from_secs(5);

/// The in-memory server on its own thread (status changes take no time)
/// and a blocking client for it.
fn emulator() -> (Emulator, Client) {
    let emu = Emulator::builder()
        .clock(Clock::Instant)
        .start_blocking()
        .expect("start the in-memory server");
    let client = Client::builder()
        .credentials(Credentials::api_key(emu.api_key(), emu.api_endpoint()).unwrap())
        .retry_policy(
            RetryPolicy::standard()
                .with_jitter(false)
                .with_initial_delay(Duration::from_millis(5)),
        )
        .build()
        .expect("build the blocking client");
    (emu, client)
}

/// A distinct small PDF.
fn pdf(i: usize) -> Vec<u8> {
    let mut bytes = PDF.to_vec();
    bytes.extend_from_slice(format!("% {i}\n").as_bytes());
    bytes
}

fn is_inside_runtime_error(e: &Error) -> bool {
    matches!(e, Error::InvalidInput { what } if what.contains("inside an async runtime"))
}

#[test]
fn the_client_is_send_sync_and_cheap_to_clone() {
    fn send_sync<T: Send + Sync + Clone>() {}
    send_sync::<Client>();
    send_sync::<las_client::blocking::Documents>();
    send_sync::<las_client::blocking::ListDocuments>();

    let (_emu, client) = emulator();
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let client = client.clone();
            std::thread::spawn(move || {
                client
                    .datasets()
                    .create()
                    .name(format!("thread {i}"))
                    .send()
                    .unwrap()
                    .dataset_id
            })
        })
        .collect();
    let ids: HashSet<String> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(ids.len(), 4);
    assert_eq!(client.datasets().list().items().count(), 4);
    assert!(client.api_endpoint().ends_with("/v1"));
    assert_eq!(client.as_async().api_endpoint(), client.api_endpoint());
}

#[test]
fn datasets_and_documents_crud() {
    let (emu, client) = emulator();
    let dataset = client
        .datasets()
        .create()
        .name("Invoices")
        .retention_in_days(30)
        .send()
        .unwrap();
    assert_eq!(dataset.name.as_deref(), Some("Invoices"));
    let updated = client
        .datasets()
        .update(&dataset.dataset_id)
        .description("Q1")
        .send()
        .unwrap();
    assert_eq!(updated.description.as_deref(), Some("Q1"));
    assert_eq!(
        client
            .datasets()
            .get(&dataset.dataset_id)
            .unwrap()
            .dataset_id,
        dataset.dataset_id
    );
    assert_eq!(client.datasets().list().send().unwrap().datasets.len(), 1);

    let documents = client.documents();
    let document = documents
        .create(PDF)
        .dataset_id(&dataset.dataset_id)
        .ground_truth([("total_amount", "120.50")])
        .send()
        .unwrap();
    assert_eq!(
        document.content_type.unwrap().to_string(),
        "application/pdf"
    );
    assert_eq!(documents.download(&document.document_id).unwrap(), PDF);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.pdf");
    documents.download_to(&document.document_id, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), PDF);
    let with_truth = documents
        .update(&document.document_id)
        .ground_truth([("paid", true)])
        .send()
        .unwrap();
    assert_eq!(with_truth.ground_truth.len(), 1);
    assert_eq!(
        documents.get(&document.document_id).unwrap().document_id,
        document.document_id
    );
    let deleted = documents.delete(&document.document_id).unwrap();
    assert_eq!(deleted.document_id, document.document_id);
    assert!(matches!(
        documents.get(&document.document_id),
        Err(Error::NotFound { .. })
    ));

    // A dataset with documents goes with `delete_documents(true)`.
    documents
        .create(pdf(1))
        .dataset_id(&dataset.dataset_id)
        .send()
        .unwrap();
    let gone = client
        .datasets()
        .delete(&dataset.dataset_id)
        .delete_documents(true)
        .send()
        .unwrap();
    assert_eq!(gone.dataset_id, dataset.dataset_id);
    assert_eq!(client.documents().list().items().count(), 0);
    assert!(emu.stats().requests_for("deleteDocuments") >= 1);
}

#[test]
fn pagination_is_an_iterator_over_pages_and_items() {
    let (emu, client) = emulator();
    let dataset = client.datasets().create().send().unwrap().dataset_id;
    let uploads = client
        .documents()
        .create_many((0..7).map(pdf))
        .dataset_id(&dataset)
        .send();
    assert!(uploads.iter().all(|u| u.result.is_ok()), "{uploads:?}");
    let uploaded: HashSet<String> = uploads
        .into_iter()
        .map(|u| u.result.unwrap().document_id)
        .collect();

    // Items across three pages of three, fetched as the iterator advances.
    emu.stats().reset();
    let list = client
        .documents()
        .list()
        .dataset_id(&dataset)
        .max_results(3);
    let mut items = list.clone().items();
    let first = items.next().unwrap().unwrap();
    assert_eq!(
        emu.stats().requests_for("listDocuments"),
        1,
        "one page so far"
    );
    let listed: HashSet<String> = std::iter::once(Ok(first))
        .chain(items)
        .map(|d| d.unwrap().document_id)
        .collect();
    assert_eq!(listed, uploaded);
    assert_eq!(emu.stats().requests_for("listDocuments"), 3);

    // Pages: 3 + 3 + 1, with and without read-ahead.
    let sizes: Vec<usize> = list
        .clone()
        .pages()
        .map(|p| p.unwrap().documents.len())
        .collect();
    assert_eq!(sizes, [3, 3, 1]);
    let prefetched: Vec<usize> = list
        .clone()
        .pages()
        .prefetch(true)
        .map(|p| p.unwrap().documents.len())
        .collect();
    assert_eq!(prefetched, [3, 3, 1]);

    // One page with `send`, the next one by its token; a limit stops early.
    let page = list.clone().send().unwrap();
    let token = page.next_token.expect("more pages");
    let second = list.clone().next_token(token).send().unwrap();
    assert_eq!(second.documents.len(), 3);
    assert_eq!(list.clone().limit(5).items().count(), 5);

    // A bad page size is the iterator's one error, after which it ends.
    let mut bad = client.documents().list().max_results(0).pages();
    assert!(matches!(bad.next(), Some(Err(Error::InvalidInput { .. }))));
    assert!(bad.next().is_none());

    // Delete one page, then everything that is left.
    let one_page = client
        .documents()
        .delete_many()
        .dataset_id(&dataset)
        .max_results(2)
        .send()
        .unwrap();
    assert_eq!(one_page.documents.len(), 2);
    let rest = client
        .documents()
        .delete_many()
        .dataset_id(&dataset)
        .delete_all()
        .send()
        .unwrap();
    assert_eq!(rest.documents.len(), 5);
    assert!(rest.next_token.is_none());
    assert_eq!(client.documents().list().items().count(), 0);
}

#[test]
fn bulk_uploads_give_one_result_per_input() {
    let (_emu, client) = emulator();
    let finished = Arc::new(AtomicUsize::new(0));
    let counter = finished.clone();
    let items = vec![
        UploadItem::new(pdf(0)).label_as("first"),
        UploadItem::new(Vec::new()), // empty content: this one fails
        UploadItem::new(pdf(2)).ground_truth([("total", "1.00")]),
    ];
    let results = client
        .documents()
        .create_many(items)
        .concurrency(2)
        .on_progress(move |p| {
            counter.store(p.finished, Ordering::SeqCst);
        })
        .send();
    assert_eq!(results.len(), 3);
    assert_eq!(
        results.iter().map(|r| r.index).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    assert_eq!(results[0].label, "first");
    assert_eq!(results[1].label, "#1");
    assert!(results[0].result.is_ok() && results[2].result.is_ok());
    assert!(matches!(results[1].result, Err(Error::InvalidInput { .. })));
    assert_eq!(finished.load(Ordering::SeqCst), 3);

    // As an iterator: results as they finish, each input once.
    let mut seen: Vec<usize> = client
        .documents()
        .create_many((0..5).map(pdf))
        .concurrency(3)
        .stream()
        .map(|r| {
            assert!(r.result.is_ok(), "{r:?}");
            r.index
        })
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, [0, 1, 2, 3, 4]);
    assert_eq!(client.documents().list().items().count(), 7);
}

#[test]
fn models_data_bundles_predictions_and_waiters() {
    let (_emu, client) = emulator();
    let dataset = client.datasets().create().send().unwrap().dataset_id;
    let document = client
        .documents()
        .create(PDF)
        .dataset_id(&dataset)
        .send()
        .unwrap();

    let model = client
        .models()
        .create([("total", field(FieldType::Amount, 10))])
        .name("Totals")
        .send()
        .unwrap();
    assert_eq!(
        client
            .models()
            .get(&model.model_id)
            .send()
            .unwrap()
            .model_id,
        model.model_id
    );
    assert_eq!(client.models().list().items().count(), 1);
    client
        .models()
        .update(&model.model_id)
        .status(ModelStatus::Training)
        .send()
        .unwrap();
    let active = client
        .wait_until_model_active(&model.model_id)
        .interval(POLL)
        .timeout(LIMIT)
        .wait()
        .unwrap();
    assert_eq!(active.status, ModelStatus::Active);

    let bundles = client.models().data_bundles(&model.model_id);
    assert_eq!(bundles.model_id(), model.model_id);
    let bundle = bundles.create([&dataset]).name("All").send().unwrap();
    let ready = client
        .wait_until_data_bundle_ready(&model.model_id, &bundle.data_bundle_id)
        .interval(POLL)
        .max_interval(POLL)
        .timeout(LIMIT)
        .wait()
        .unwrap();
    assert_eq!(ready.status, DataBundleStatus::Succeeded);
    let renamed = bundles
        .update(&bundle.data_bundle_id)
        .description("checked")
        .send()
        .unwrap();
    assert_eq!(renamed.description.as_deref(), Some("checked"));
    assert_eq!(
        bundles
            .list()
            .status(DataBundleStatus::Succeeded)
            .items()
            .count(),
        1
    );
    bundles.delete(&bundle.data_bundle_id).unwrap();

    let prediction = client
        .predictions()
        .create(&document.document_id, &model.model_id)
        .max_pages(1)
        .send()
        .unwrap();
    assert_eq!(prediction.document_id, document.document_id);
    assert_eq!(client.predictions().list().items().count(), 1);

    client.models().delete(&model.model_id).unwrap();
    match client
        .wait_until_model_active(&model.model_id)
        .interval(POLL)
        .wait()
    {
        Err(WaitError::Request(Error::NotFound { .. })) => {}
        other => panic!("expected NotFound, got {other:?}"),
    }
}

#[test]
fn workflows_transitions_executions_and_logs() {
    let (_emu, client) = emulator();
    let transition = client
        .transitions()
        .create(TransitionType::Manual)
        .parameters(ManualTransitionParameters::new())
        .name("Review")
        .send()
        .unwrap();
    let id = &transition.transition_id;
    assert_eq!(client.transitions().get(id).unwrap().transition_id, *id);
    client
        .transitions()
        .update(id)
        .description("Check the totals")
        .send()
        .unwrap();
    assert_eq!(
        client
            .transitions()
            .list()
            .transition_type(TransitionType::Manual)
            .items()
            .count(),
        1
    );

    let executions = client.transitions().executions(id);
    assert_eq!(executions.transition_id(), id);
    let execution = executions.execute().unwrap();
    executions.heartbeat(&execution.execution_id).unwrap();
    // Still running when a short wait is up.
    match client
        .wait_until_transition_execution_done(id, &execution.execution_id)
        .interval(POLL)
        .timeout(Duration::from_millis(50))
        .wait()
    {
        Err(WaitError::TimedOut { state, .. }) => assert_eq!(state, "running"),
        other => panic!("expected TimedOut, got {other:?}"),
    }
    let done = executions
        .update(
            &execution.execution_id,
            TransitionExecutionUpdateStatus::Succeeded,
        )
        .output(json!({"approved": true}))
        .send()
        .unwrap();
    assert_eq!(done.status, TransitionExecutionStatus::Succeeded);
    assert_eq!(
        executions.get(&execution.execution_id).unwrap().status,
        TransitionExecutionStatus::Succeeded
    );
    assert_eq!(
        executions
            .list()
            .status(TransitionExecutionStatus::Succeeded)
            .order(Order::Ascending)
            .items()
            .count(),
        1
    );

    // The execution left a log.
    let logs: Vec<_> = client
        .logs()
        .list()
        .transition_id(id)
        .items()
        .collect::<las_client::Result<_>>()
        .unwrap();
    assert!(!logs.is_empty());
    assert_eq!(
        client.logs().get(&logs[0].log_id).unwrap().log_id,
        logs[0].log_id
    );

    let workflow = client
        .workflows()
        .create(json!({"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}))
        .name("No-op")
        .send()
        .unwrap();
    let wid = &workflow.workflow_id;
    assert_eq!(client.workflows().get(wid).unwrap().workflow_id, *wid);
    client
        .workflows()
        .update(wid)
        .description("Does nothing")
        .send()
        .unwrap();
    assert_eq!(client.workflows().list().items().count(), 1);
    let runs = client.workflows().executions(wid);
    assert_eq!(runs.workflow_id(), wid);
    let run = runs
        .execute(json!({"documentId": "las:document:abc"}))
        .unwrap();
    let finished = client
        .wait_until_workflow_execution_done(wid, &run.execution_id)
        .interval(POLL)
        .timeout(LIMIT)
        .wait()
        .unwrap();
    assert_eq!(finished.status, WorkflowExecutionStatus::Succeeded);
    assert_eq!(
        runs.get(&run.execution_id).unwrap().execution_id,
        run.execution_id
    );
    assert_eq!(
        runs.list()
            .status(WorkflowExecutionStatus::Succeeded)
            .items()
            .count(),
        1
    );
    // Sending a finished execution on is refused by the API.
    assert!(matches!(
        runs.update(&run.execution_id, id.as_str()).send(),
        Err(Error::BadRequest { .. })
    ));
    runs.delete(&run.execution_id).unwrap();
    client.workflows().delete(wid).unwrap();
    client.transitions().delete(id).unwrap();
}

#[test]
fn account_resources() {
    let (emu, client) = emulator();
    let organization = client.organizations().get(emu.organization_id()).unwrap();
    let renamed = client
        .organizations()
        .update(&organization.organization_id)
        .name("Acme")
        .send()
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Acme"));

    let app_client = client
        .app_clients()
        .create()
        .name("Importer")
        .callback_urls(["https://example.com/callback"])
        .send()
        .unwrap();
    client
        .app_clients()
        .update(&app_client.app_client_id)
        .description("nightly")
        .send()
        .unwrap();
    assert!(client
        .app_clients()
        .list()
        .items()
        .any(|a| a.unwrap().app_client_id == app_client.app_client_id));

    let user = client
        .users()
        .create("ola@example.com", &app_client.app_client_id)
        .name("Ola")
        .send()
        .unwrap();
    client
        .users()
        .update(&user.user_id)
        .avatar("https://example.com/ola.png")
        .send()
        .unwrap();
    assert_eq!(
        client.users().get(&user.user_id).unwrap().user_id,
        user.user_id
    );
    assert!(client.users().list().items().count() >= 1);
    client.users().delete(&user.user_id).unwrap();
    client
        .app_clients()
        .delete(&app_client.app_client_id)
        .unwrap();

    let asset = client
        .assets()
        .create(Content::raw(b"{\"a\": 1}".to_vec()))
        .name("config")
        .send()
        .unwrap();
    assert_eq!(
        client.assets().download(&asset.asset_id).unwrap(),
        b"{\"a\": 1}"
    );
    let dir = tempfile::tempdir().unwrap();
    client
        .assets()
        .download_to(&asset.asset_id, dir.path().join("config.json"))
        .unwrap();
    client
        .assets()
        .update(&asset.asset_id)
        .description("v2")
        .send()
        .unwrap();
    assert_eq!(
        client.assets().get(&asset.asset_id).unwrap().asset_id,
        asset.asset_id
    );
    assert_eq!(client.assets().list().items().count(), 1);
    client.assets().delete(&asset.asset_id).unwrap();

    let secret = client
        .secrets()
        .create([("token", "s3cr3t")])
        .name("ERP")
        .send()
        .unwrap();
    client
        .secrets()
        .update(&secret.secret_id)
        .data([("token", "n3w")])
        .send()
        .unwrap();
    assert_eq!(client.secrets().list().items().count(), 1);
    client.secrets().delete(&secret.secret_id).unwrap();

    let signed_up = client
        .sign_up("kari@example.com", "Correct-horse-battery-9", "captcha")
        .name("Kari")
        .send()
        .unwrap();
    assert_eq!(signed_up.username, "kari@example.com");
}

#[test]
fn the_transition_runtime_runs_a_plain_handler() {
    let (emu, client) = emulator();
    let transition = client
        .transitions()
        .create(TransitionType::Manual)
        .parameters(ManualTransitionParameters::new())
        .send()
        .unwrap();
    let executions = client.transitions().executions(&transition.transition_id);

    // The handler makes blocking calls of its own while heartbeats go out.
    let execution = executions.execute().unwrap();
    let done = TransitionRuntime::new(
        client.clone(),
        &transition.transition_id,
        &execution.execution_id,
    )
    .unwrap()
    .heartbeat_interval(Duration::from_millis(20))
    .unwrap()
    .run(|context| {
        let page = context.client().documents().list().send()?;
        std::thread::sleep(Duration::from_millis(100));
        Outcome::succeeded(json!({
            "documents": page.documents.len(),
            "execution": context.execution().execution_id,
        }))
    })
    .unwrap();
    assert_eq!(done.status, TransitionExecutionStatus::Succeeded);
    assert!(
        emu.stats().requests_for("sendHeartbeat") >= 2,
        "heartbeats while it ran"
    );

    // A panic marks the execution failed with its message.
    let execution = executions.execute().unwrap();
    let failed = TransitionRuntime::new(
        client.clone(),
        &transition.transition_id,
        &execution.execution_id,
    )
    .unwrap()
    .run(|_| -> Result<Outcome, Error> { panic!("the scanner is on fire") })
    .unwrap();
    assert_eq!(failed.status, TransitionExecutionStatus::Failed);
    let log = client
        .logs()
        .get(failed.log_id.as_deref().expect("a log"))
        .unwrap();
    let ended = log
        .events
        .iter()
        .filter_map(|e| e.get("message").and_then(|m| m.as_str()))
        .find(|m| m.starts_with("Transition execution ended"))
        .unwrap_or_default();
    assert!(
        ended.contains("the handler panicked: the scanner is on fire"),
        "{ended}"
    );
}

#[test]
fn missing_resources_are_not_found() {
    let (_emu, client) = emulator();
    assert!(matches!(
        client.documents().get(MISSING_DOCUMENT),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        client.documents().download(MISSING_DOCUMENT),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        client
            .datasets()
            .update("las:dataset:00000000000000000000000000000000")
            .name("x")
            .send(),
        Err(Error::NotFound { .. })
    ));
    // Bad input is refused before anything is sent.
    assert!(matches!(
        client.documents().get(""),
        Err(Error::InvalidInput { .. })
    ));
}

#[test]
fn inside_an_async_runtime_calls_are_refused_not_panicking() {
    let (emu, client) = emulator();
    let dataset = client.datasets().create().send().unwrap().dataset_id;
    emu.stats().reset();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let inside = client.clone();
    runtime.block_on(async move {
        let e = inside.datasets().get(&dataset).unwrap_err();
        assert!(is_inside_runtime_error(&e), "{e:?}");
        let e = inside.datasets().create().name("x").send().unwrap_err();
        assert!(is_inside_runtime_error(&e), "{e:?}");

        let mut items = inside.documents().list().items();
        assert!(matches!(items.next(), Some(Err(ref e)) if is_inside_runtime_error(e)));
        assert!(items.next().is_none());

        let results = inside.documents().create_many([pdf(0), pdf(1)]).send();
        assert_eq!(results.len(), 2);
        assert!(results
            .iter()
            .all(|r| matches!(&r.result, Err(e) if is_inside_runtime_error(e))));
        let streamed: Vec<_> = inside.documents().create_many([pdf(0)]).stream().collect();
        assert_eq!(streamed.len(), 1);
        assert!(streamed[0].result.is_err());

        match inside.wait_until_model_active("las:model:abc").wait() {
            Err(WaitError::Request(e)) => assert!(is_inside_runtime_error(&e), "{e:?}"),
            other => panic!("expected the refusal, got {other:?}"),
        }

        // The same inside `spawn_blocking`, whose thread belongs to the runtime.
        let blocking = inside.clone();
        let e = tokio::task::spawn_blocking(move || blocking.datasets().list().send())
            .await
            .unwrap()
            .unwrap_err();
        assert!(is_inside_runtime_error(&e), "{e:?}");

        // Creating a blocking client and dropping the last handle on its
        // runtime inside an async context does not panic.
        let own = Client::new(Credentials::api_key("k", "http://127.0.0.1:9/v1").unwrap()).unwrap();
        drop(own);
        drop(inside);
    });
    assert_eq!(emu.stats().api_requests(), 0, "nothing was sent");

    // Outside the runtime the same client works as before.
    assert_eq!(client.datasets().list().items().count(), 1);
}

#[test]
fn the_example_runs_against_the_in_memory_server() {
    let mut out = Vec::new();
    example::run(None, &mut out).expect("the example succeeds");
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("No LAS_* credentials found: running against the in-memory LAS server"),
        "{text}"
    );
    for expected in [
        "Created dataset",
        "Uploaded invoice.pdf",
        "Uploaded letter.jpg",
        "Uploaded receipt.png",
        "Deleted dataset",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert_eq!(text.matches("Listed las:document:").count(), 3, "{text}");
}
