//! `Client::api_call`: any generated operation, with the client's
//! authentication, retries and typed errors.

use std::time::Duration;

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use las_emulator::{Clock, Emulator, Fault};

async fn emulator() -> (Emulator, Client) {
    let emu = Emulator::builder()
        .clock(Clock::Instant)
        .start()
        .await
        .expect("start the in-memory server");
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

#[tokio::test]
async fn a_generated_operation_runs_with_auth_and_decodes() {
    let (emu, client) = emulator().await;
    let org = emu.organization_id().to_string();
    let got = client
        .api_call("get_organization", |api| {
            let org = org.clone();
            async move { api.get_organization(&org).await }
        })
        .await
        .expect("the organization");
    assert_eq!(got.organization_id, org);
}

#[tokio::test]
async fn errors_are_typed() {
    let (_emu, client) = emulator().await;
    let err = client
        .api_call("get_model", |api| async move {
            api.get_model("las:model:00000000000000000000000000000000", None)
                .await
        })
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
}

#[tokio::test]
async fn reads_are_retried() {
    let (emu, client) = emulator().await;
    emu.faults().all().fail_next(1, Fault::Status(503));
    let page = client
        .api_call("list_models", |api| async move {
            api.list_models(None, None, None).await
        })
        .await
        .expect("retried after a 503");
    assert!(page.models.is_empty());
    assert_eq!(emu.faults().all().pending(), 0, "the fault was served");
}
