//! A user's personal details live in their profile in the live API:
//! `users().profile(id)` reads it in one call, `profiles()` updates it, and
//! the blocking client does the same.

use las_client::credentials::Credentials;
use las_client::{Client, Error};
use las_emulator::Emulator;

async fn emulator() -> (Emulator, Client) {
    let emu = Emulator::builder().seed(3).start().await.unwrap();
    // Profiles are OAuth2-only operations: client credentials.
    let credentials = Credentials::client_credentials(
        emu.client_id(),
        emu.client_secret(),
        emu.auth_endpoint(),
        emu.api_endpoint(),
    )
    .unwrap();
    (emu, Client::new(credentials).unwrap())
}

#[tokio::test]
async fn a_users_profile_is_one_call_away_and_updatable() {
    let (_emu, client) = emulator().await;
    let app = client.app_clients().create().send().await.unwrap();
    let user = client
        .users()
        .create("ada@example.com", &app.app_client_id)
        .send()
        .await
        .unwrap();

    let profile = client.users().profile(&user.user_id).await.unwrap();
    assert_eq!(profile.email.as_deref(), Some("ada@example.com"));
    assert_eq!(
        user.profile_id.as_deref(),
        Some(profile.profile_id.as_str())
    );

    let updated = client
        .profiles()
        .update(&profile.profile_id)
        .given_name("Ada")
        .family_name("Lovelace")
        .locale("en-GB")
        .send()
        .await
        .unwrap();
    assert_eq!(updated.given_name.as_deref(), Some("Ada"));
    assert_eq!(
        client
            .users()
            .profile(&user.user_id)
            .await
            .unwrap()
            .locale
            .as_deref(),
        Some("en-GB")
    );

    // An unknown user is NotFound, before any profile is asked for.
    let err = client
        .users()
        .profile("las:user:00000000000000000000000000000000")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    // A bad id is refused before sending.
    let err = client.users().profile("..").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_client_reads_profiles_too() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let emu = runtime
        .block_on(Emulator::builder().seed(4).start())
        .unwrap();
    let credentials = Credentials::client_credentials(
        emu.client_id(),
        emu.client_secret(),
        emu.auth_endpoint(),
        emu.api_endpoint(),
    )
    .unwrap();
    let client = las_client::blocking::Client::new(credentials).unwrap();
    let app = client.app_clients().create().send().unwrap();
    let user = client
        .users()
        .create("grace@example.com", &app.app_client_id)
        .send()
        .unwrap();
    let profile = client.users().profile(&user.user_id).unwrap();
    assert_eq!(profile.email.as_deref(), Some("grace@example.com"));
}
