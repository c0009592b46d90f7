//! Secrets in requests and responses (`format: password` in openapi.yaml)
//! never show in `Debug` output, yet travel on the wire unchanged.

use las_api::types;
use serde_json::json;

#[test]
fn secrets_do_not_show_in_debug_but_serialize() {
    let app_client: types::AppClient = serde_json::from_value(json!({
        "appClientId": "las:app-client:1", "clientId": "c", "hasSecret": true,
        "apiKey": "api-key-9f2c", "clientSecret": "client-secret-4e1a",
        "name": null, "description": null, "callbackUrls": [], "logoutUrls": [], "loginUrls": [],
        "defaultLoginUrl": null, "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
    }))
    .expect("decodes");
    let sign_up: types::PostSignUp = serde_json::from_value(json!({
        "email": "a@b.c", "password": "password-77d0", "reCaptchaResponse": "r"
    }))
    .expect("decodes");
    let secret: types::PostSecrets = serde_json::from_value(json!({
        "data": {"username": "u", "password": "data-password-31b9"}
    }))
    .expect("decodes");

    let payment_method: types::PaymentMethod = serde_json::from_value(json!({
        "paymentMethodId": "las:payment-method:3f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7",
        "stripeSetupIntentSecret": "seti_1_secret_5c3d", "stripePublishableKey": "pk_test_1",
        "name": null, "description": null, "details": null,
        "createdBy": null, "createdTime": null, "updatedBy": null, "updatedTime": null
    }))
    .expect("decodes");
    let payment_update: types::PatchPaymentMethodId = serde_json::from_value(json!({
        "stripeSetupIntentSecret": "seti_2_secret_8a0f"
    }))
    .expect("decodes");

    let debug =
        format!("{app_client:?} {sign_up:?} {secret:?} {payment_method:?} {payment_update:?}");
    for value in [
        "api-key-9f2c",
        "client-secret-4e1a",
        "password-77d0",
        "data-password-31b9",
        "seti_1_secret_5c3d",
        "seti_2_secret_8a0f",
    ] {
        assert!(!debug.contains(value), "{value} in {debug}");
    }
    assert_eq!(
        app_client.client_secret.as_ref().map(|s| s.expose()),
        Some("client-secret-4e1a")
    );
    let wire = serde_json::to_value(&secret).expect("serializes");
    assert_eq!(wire["data"]["password"], "data-password-31b9");
    assert_eq!(
        serde_json::to_value(&sign_up).expect("serializes")["password"],
        "password-77d0"
    );
    assert_eq!(
        serde_json::to_value(&payment_update).expect("serializes")["stripeSetupIntentSecret"],
        "seti_2_secret_8a0f"
    );
}
