//! A seeded storm of faults (rate limits, 5xx, dropped connections, cut and
//! malformed bodies) over a mixed workload: nothing panics, every failure is a
//! typed error, idempotent reads survive through retries, and no POST is
//! replayed after the server may have acted on it.

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use las_emulator::{Clock, Emulator, Fault};

const PDF: &[u8] = b"%PDF-1.4\n%fault-tolerance\n1 0 obj\n<<>>\nendobj\n";

#[tokio::test]
async fn a_fault_storm_yields_typed_errors_and_no_panic() {
    let emu = Emulator::builder()
        .seed(11)
        .clock(Clock::Instant)
        .start()
        .await
        .expect("emulator");
    emu.faults().set_retry_after(Duration::from_millis(10));
    let client = Client::builder()
        .credentials(Credentials::api_key(emu.api_key(), emu.api_endpoint()).expect("credentials"))
        .retry_policy(
            RetryPolicy::standard()
                .with_jitter(false)
                .with_initial_delay(Duration::from_millis(2))
                .with_max_delay(Duration::from_millis(10))
                .with_max_attempts(6),
        )
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client");

    // Set up without faults, then turn them on for every route.
    let dataset = client
        .datasets()
        .create()
        .name("storm")
        .send()
        .await
        .expect("dataset");
    for _ in 0..5 {
        client
            .documents()
            .create(PDF)
            .dataset_id(&dataset.dataset_id)
            .send()
            .await
            .expect("document");
    }
    let faults = emu.faults().all();
    for (fault, rate) in [
        (Fault::TooManyRequests, 0.05),
        (Fault::ServerError, 0.05),
        (Fault::DropConnection, 0.03),
        (Fault::DropMidBody, 0.03),
        (Fault::TruncatedBody, 0.03),
        (Fault::MalformedJson, 0.03),
    ] {
        faults.rate(fault, rate);
    }

    let (mut ok, mut errors) = (0, Vec::new());
    for round in 0..40 {
        let results = [
            client.datasets().get(&dataset.dataset_id).await.map(drop),
            client
                .documents()
                .list()
                .dataset_id(&dataset.dataset_id)
                .max_results(2)
                .send()
                .await
                .map(drop),
            client
                .documents()
                .create(PDF)
                .dataset_id(&dataset.dataset_id)
                .consent_id(format!("las:consent:{round:032x}"))
                .send()
                .await
                .map(drop),
            client
                .datasets()
                .update(&dataset.dataset_id)
                .description(format!("round {round}"))
                .send()
                .await
                .map(drop),
        ];
        for result in results {
            match result {
                Ok(()) => ok += 1,
                Err(e) => errors.push(e),
            }
        }
    }
    for e in &errors {
        assert!(
            matches!(
                e,
                Error::TooManyRequests { .. }
                    | Error::Server { .. }
                    | Error::Transport { .. }
                    | Error::Timeout { .. }
                    | Error::Decode { .. }
            ),
            "untyped or unexpected failure: {e:?}"
        );
    }
    println!(
        "{ok} calls succeeded, {} failed with typed errors",
        errors.len()
    );
    assert!(
        ok >= 100,
        "retries carried most calls through the storm: {ok} of 160"
    );

    // Only a POST that certainly did not reach the handler was replayed:
    // each create call carried its own consent id, and none is stored twice.
    emu.faults().clear();
    let stored: Vec<_> = futures::TryStreamExt::try_collect(
        client
            .documents()
            .list()
            .dataset_id(&dataset.dataset_id)
            .items(),
    )
    .await
    .expect("listing after the storm");
    let mut consents: Vec<&str> = stored
        .iter()
        .filter_map(|d| d.consent_id.as_deref())
        .collect();
    let total = consents.len();
    consents.sort_unstable();
    consents.dedup();
    assert_eq!(consents.len(), total, "a document was created twice");
    println!("{total} storm documents stored, each once");
}
