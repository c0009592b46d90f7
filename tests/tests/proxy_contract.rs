//! The in-memory server cannot drift from the spec: every response it gives
//! to a realistic session is checked by an independent validator.
//!
//! The emulator runs in-process; Stoplight Prism runs in front of it as a
//! validating proxy (`prism proxy openapi.yaml <emulator>/v1 --errors`). A
//! plain `reqwest` client sends a realistic sequence through the proxy that
//! calls each operation of openapi.yaml at least once, across every
//! resource family: sign-up, organizations, app clients, users and their
//! profiles, the seeded roles, plans and deployment environments, payment
//! methods, datasets and their transformations, documents, assets, secrets,
//! models, data bundles, trainings, predictions, transitions and their
//! executions (heartbeats included), workflows and their executions, logs;
//! with an API key and with an OAuth2 bearer token
//! from the emulator's token endpoint; including a few documented error
//! answers (404 of a deleted resource, 400 of a bad `nextToken`).
//!
//! How a violation shows (Prism 5.16 with `--errors`): the answer carries an
//! `sl-violations` header (a JSON array of `{location, severity, code,
//! message}`), and an error-severity violation replaces the answer with an
//! `application/problem+json` of type `…/errors#VIOLATIONS` and status 500
//! (response violations) or 422 (request violations, which would be a bug of
//! this test); a warning (for example an undocumented status code) leaves
//! the answer as it is but still sets the header. A body that is not JSON at
//! all comes back as Prism's own problem answer. Each response is checked
//! for all of these, and its status against the one the sequence expects;
//! at the end the test fails listing every violation with the operation that
//! produced it, and asserts that every operation was exercised. A control
//! first injects two broken answers into the emulator (an undocumented
//! status, a body that is not JSON) and requires Prism to report them.
//!
//! Prism comes from `LAS_PRISM`, `.tools/node/node_modules/.bin/prism` or
//! `PATH` (see the shared harness, `las-client/tests/contract/prism.rs`);
//! without it the test is skipped, unless `LAS_REQUIRE_PRISM=1`.
//!
//! ```sh
//! eval "$(scripts/tools.sh)"
//! cargo test -p las-emulator --test proxy_contract -- --nocapture
//! ```

#[path = "../../las-client/tests/contract/prism.rs"]
mod prism;

use std::collections::BTreeSet;
use std::time::Instant;

use las_emulator::{Clock, Emulator, Fault};
use reqwest::Method;
use serde_json::{json, Value};

/// A minimal PDF, base64 (`%PDF-1.4 …`).
const PDF_BASE64: &str =
    "JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZz4+ZW5kb2JqCnRyYWlsZXI8PC9Sb290IDEgMCBSPj4KJSVFT0YK";

/// Sends requests through Prism and keeps what it reports.
struct Probe {
    http: reqwest::Client,
    proxy: String,
    /// `(header, value)` of the credentials in use.
    auth: (&'static str, String),
    /// A bearer token, sent instead of the API key to the operations whose
    /// `security` lists OAuth2 alone (the live API's newer operations).
    bearer: String,
    oauth_only: BTreeSet<String>,
    covered: BTreeSet<&'static str>,
    requests: usize,
    violations: Vec<String>,
    /// Answers with another status than the sequence expects.
    surprises: Vec<String>,
}

impl Probe {
    /// Send one request and check the answer; returns its JSON body (`Null`
    /// when there is none).
    async fn call(
        &mut self,
        op: &'static str,
        method: Method,
        path: &str,
        body: Option<Value>,
        expect: u16,
    ) -> Value {
        self.covered.insert(op);
        self.requests += 1;
        let auth = if self.auth.0 == "x-api-key" && self.oauth_only.contains(op) {
            ("authorization", format!("Bearer {}", self.bearer))
        } else {
            self.auth.clone()
        };
        let mut request = self
            .http
            .request(method.clone(), format!("{}{path}", self.proxy))
            .header(auth.0, auth.1);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let what = format!("{op} ({method} {path})");
        let response = match request.send().await {
            Ok(response) => response,
            Err(e) => {
                self.surprises.push(format!("{what}: no answer: {e}"));
                return Value::Null;
            }
        };
        let status = response.status().as_u16();
        let header = response
            .headers()
            .get("sl-violations")
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let problem = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
        let text = response.text().await.unwrap_or_default();
        let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if let Some(header) = header {
            self.violations
                .push(format!("{what} -> {status}: {}", violations_text(&header)));
        } else if problem
            && json["type"]
                .as_str()
                .is_some_and(|t| t.contains("VIOLATIONS"))
        {
            self.violations
                .push(format!("{what} -> {status}: {}", excerpt(&text, 2000)));
        } else if problem {
            self.surprises.push(format!(
                "{what}: Prism refused the request ({status}): {}",
                excerpt(&text, 1000)
            ));
        }
        if status != expect {
            self.surprises.push(format!(
                "{what}: expected {expect}, got {status}: {}",
                excerpt(&text, 500)
            ));
            return Value::Null;
        }
        json
    }

    async fn get(&mut self, op: &'static str, path: &str) -> Value {
        self.call(op, Method::GET, path, None, 200).await
    }
    async fn post(&mut self, op: &'static str, path: &str, body: Value) -> Value {
        self.call(op, Method::POST, path, Some(body), 200).await
    }
    async fn patch(&mut self, op: &'static str, path: &str, body: Value) -> Value {
        self.call(op, Method::PATCH, path, Some(body), 200).await
    }
    async fn delete(&mut self, op: &'static str, path: &str) -> Value {
        self.call(op, Method::DELETE, path, None, 200).await
    }
}

/// A string field of a response (`"<missing …>"` when absent, which makes
/// the calls that use it fail visibly).
fn field(value: &Value, key: &str) -> String {
    value[key]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| format!("<missing {key}>"))
}

/// Percent-encode a query value.
fn q(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

fn violations_text(header: &str) -> String {
    match serde_json::from_str::<Vec<Value>>(header) {
        Ok(list) => list
            .iter()
            .map(|v| {
                format!(
                    "[{}] {}",
                    v["severity"].as_str().unwrap_or("?"),
                    v["message"].as_str().unwrap_or("?")
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        Err(_) => header.to_string(),
    }
}

fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// The operationIds of openapi.yaml whose `security` has no API key.
fn oauth_only_operations() -> BTreeSet<String> {
    let text = std::fs::read_to_string(prism::spec_path()).expect("read openapi.yaml");
    let doc: Value = serde_yaml_ng::from_str(&text).expect("openapi.yaml parses");
    let mut out = BTreeSet::new();
    for item in doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|m| m.values())
    {
        for op in item.as_object().into_iter().flat_map(|m| m.values()) {
            let (Some(id), Some(security)) =
                (op["operationId"].as_str(), op["security"].as_array())
            else {
                continue;
            };
            let api_key = security.iter().any(|s| s.get("api_key").is_some());
            if !security.is_empty() && !api_key {
                out.insert(id.to_string());
            }
        }
    }
    out
}

/// The operationIds of openapi.yaml.
fn spec_operation_ids() -> BTreeSet<String> {
    std::fs::read_to_string(prism::spec_path())
        .expect("read openapi.yaml")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("operationId:"))
        .map(|id| id.trim().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn emulator_responses_match_the_spec() {
    let Some(bin) = prism::locate("proxy_contract") else {
        return;
    };
    let started = Instant::now();
    let emu = Emulator::builder()
        .seed(11)
        .clock(Clock::Instant)
        .start()
        .await
        .expect("start the emulator");
    let proxy = prism::Prism::proxy(&bin, &prism::spec_path(), &emu.api_endpoint());
    println!(
        "proxy_contract: Prism {} (pid {}) validating {}",
        proxy.url(),
        proxy.pid(),
        emu.api_endpoint()
    );
    let mut p = Probe {
        http: reqwest::Client::new(),
        proxy: proxy.url(),
        auth: ("x-api-key", emu.api_key().to_string()),
        bearer: bearer_token(&emu).await,
        oauth_only: oauth_only_operations(),
        covered: BTreeSet::new(),
        requests: 0,
        violations: Vec::new(),
        surprises: Vec::new(),
    };
    control(&mut p, &emu).await;
    session(&mut p, &emu).await;

    let spec = spec_operation_ids();
    let missing: Vec<&String> = spec
        .iter()
        .filter(|op| !p.covered.contains(op.as_str()))
        .collect();
    let unknown: Vec<&&str> = p.covered.iter().filter(|op| !spec.contains(**op)).collect();
    println!(
        "proxy_contract: {} requests, {} of {} operations, {} violations, {} unexpected answers, {:.1} s",
        p.requests,
        p.covered.len(),
        spec.len(),
        p.violations.len(),
        p.surprises.len(),
        started.elapsed().as_secs_f64()
    );
    if !p.violations.is_empty() || !p.surprises.is_empty() {
        println!("--- end of Prism's log ---\n{}", proxy.log_tail(6000));
    }
    assert!(
        p.violations.is_empty(),
        "the emulator's answers violate openapi.yaml:\n  {}",
        p.violations.join("\n  ")
    );
    assert!(
        p.surprises.is_empty(),
        "unexpected answers:\n  {}",
        p.surprises.join("\n  ")
    );
    assert!(
        missing.is_empty() && unknown.is_empty(),
        "operations not exercised: {missing:?}; not in the spec: {unknown:?}"
    );
}

/// The detection itself: answers that break the spec, injected into the
/// emulator, must be reported by Prism (an undocumented status comes back
/// with a warning in `sl-violations`, a body that is not JSON as Prism's own
/// problem answer).
/// Leaves `p` as it found it.
async fn control(p: &mut Probe, emu: &Emulator) {
    for fault in [Fault::Status(418), Fault::MalformedJson] {
        emu.faults()
            .route("listDatasets")
            .fail_next(1, fault.clone());
        p.call("listDatasets", Method::GET, "/datasets", None, 500)
            .await;
        let violations = std::mem::take(&mut p.violations);
        let refused = std::mem::take(&mut p.surprises);
        assert!(
            !violations.is_empty() || refused.iter().any(|r| r.contains("Prism refused")),
            "Prism did not report the broken answer of a {fault:?} fault: {violations:?} {refused:?}"
        );
    }
    emu.faults().clear();
    p.covered.clear();
    p.requests = 0;
}

/// The realistic session: build up every kind of resource, run a workflow
/// with a docker and a manual step to the end, then tear everything down.
async fn session(p: &mut Probe, emu: &Emulator) {
    // -- sign-up and organization --
    p.post(
        "signUp",
        "/signup",
        json!({"email": "new.user@example.com", "password": "Passw0rd!", "reCaptchaResponse": "captcha", "name": "New User"}),
    )
    .await;
    let org = emu.organization_id().to_string();
    p.get("getOrganization", &format!("/organizations/{org}"))
        .await;
    p.patch(
        "updateOrganization",
        &format!("/organizations/{org}"),
        json!({"name": "Contract Org", "description": null}),
    )
    .await;

    // -- app clients and users --
    let app = p
        .post(
            "createAppClient",
            "/appClients",
            json!({
                "name": "web", "description": "the web app", "generateSecret": true,
                "callbackUrls": ["https://example.com/cb"], "logoutUrls": ["https://example.com/out"],
                "loginUrls": ["https://example.com/in"], "defaultLoginUrl": "https://example.com/in"
            }),
        )
        .await;
    let app_id = field(&app, "appClientId");
    let plain_app = p.post("createAppClient", "/appClients", json!({})).await;
    let plain_app_id = field(&plain_app, "appClientId");
    let page = p.get("listAppClients", "/appClients?maxResults=1").await;
    if let Some(token) = page["nextToken"].as_str() {
        p.get(
            "listAppClients",
            &format!("/appClients?maxResults=1&nextToken={}", q(token)),
        )
        .await;
    }
    p.patch(
        "updateAppClient",
        &format!("/appClients/{app_id}"),
        json!({"name": "web app", "description": null, "loginUrls": [], "defaultLoginUrl": "https://example.com/in"}),
    )
    .await;
    let user = p
        .post(
            "createUser",
            "/users",
            json!({"email": "ola@example.com", "appClientId": app_id, "name": "Ola", "avatar": "data:image/png;base64,iVBORw0KGgo="}),
        )
        .await;
    let user_id = field(&user, "userId");
    p.get("listUsers", "/users").await;
    p.get("getUser", &format!("/users/{user_id}")).await;
    p.patch(
        "updateUser",
        &format!("/users/{user_id}"),
        json!({"name": null, "avatar": null, "roleIds": ["las:role:viewer"], "metadata": {"team": "ap"}}),
    )
    .await;
    p.get("getAppClient", &format!("/appClients/{app_id}"))
        .await;

    // -- the live API's profiles, catalog, organizations, payment methods --
    let profile_id = field(&user, "profileId");
    p.get("getProfile", &format!("/profiles/{profile_id}"))
        .await;
    p.patch(
        "updateProfile",
        &format!("/profiles/{profile_id}"),
        json!({"givenName": "Ola", "familyName": "Nordmann", "locale": "nb-NO", "metadata": {"theme": "dark"}}),
    )
    .await;
    let roles = p.get("listRoles", "/roles?maxResults=2").await;
    p.get(
        "getRole",
        &format!("/roles/{}", field(&roles["roles"][0], "roleId")),
    )
    .await;
    let plans = p.get("listPlans", "/plans").await;
    p.get(
        "getPlan",
        &format!("/plans/{}", field(&plans["plans"][0], "planId")),
    )
    .await;
    let environments = p
        .get("listDeploymentEnvironments", "/deploymentEnvironments")
        .await;
    let environment_id = field(
        &environments["deploymentEnvironments"][0],
        "deploymentEnvironmentId",
    );
    p.get(
        "getDeploymentEnvironment",
        &format!("/deploymentEnvironments/{environment_id}"),
    )
    .await;
    p.post(
        "createOrganization",
        "/organizations",
        json!({"name": "Subsidiary"}),
    )
    .await;
    p.get("listOrganizations", "/organizations").await;
    let payment = p
        .post(
            "createPaymentMethod",
            "/paymentMethods",
            json!({"name": "card", "description": null}),
        )
        .await;
    let payment_id = field(&payment, "paymentMethodId");
    p.get("listPaymentMethods", "/paymentMethods").await;
    p.get("getPaymentMethod", &format!("/paymentMethods/{payment_id}"))
        .await;
    p.patch(
        "updatePaymentMethod",
        &format!("/paymentMethods/{payment_id}"),
        json!({"name": "company card", "stripeSetupIntentSecret": field(&payment, "stripeSetupIntentSecret")}),
    )
    .await;
    p.patch(
        "updateOrganization",
        &format!("/organizations/{org}"),
        json!({"paymentMethodId": payment_id}),
    )
    .await;
    p.delete(
        "deletePaymentMethod",
        &format!("/paymentMethods/{payment_id}"),
    )
    .await;

    // -- datasets and documents --
    let dataset = p
        .post(
            "createDataset",
            "/datasets",
            json!({"name": "invoices", "description": "2024", "retentionInDays": 30, "containsPersonallyIdentifiableInformation": true}),
        )
        .await;
    let ds = field(&dataset, "datasetId");
    p.get("listDatasets", "/datasets?maxResults=10").await;
    p.get("getDataset", &format!("/datasets/{ds}")).await;
    p.patch(
        "updateDataset",
        &format!("/datasets/{ds}"),
        json!({"name": "invoices 2024"}),
    )
    .await;
    let doc = p
        .post(
            "createDocument",
            "/documents",
            json!({
                "content": PDF_BASE64, "contentType": "application/pdf", "datasetId": ds,
                "consentId": "las:consent:0123456789abcdef0123456789abcdef", "retentionInDays": 30,
                "groundTruth": [
                    {"label": "total_amount", "value": "120.50"},
                    {"label": "paid", "value": true},
                    {"label": "due_date", "value": null}
                ]
            }),
        )
        .await;
    let doc_id = field(&doc, "documentId");
    let loose = p
        .post(
            "createDocument",
            "/documents",
            json!({"content": PDF_BASE64, "contentType": "application/pdf"}),
        )
        .await;
    let loose_id = field(&loose, "documentId");
    let page = p
        .get(
            "listDocuments",
            &format!("/documents?datasetId={}&maxResults=1", q(&ds)),
        )
        .await;
    if let Some(token) = page["nextToken"].as_str() {
        p.get(
            "listDocuments",
            &format!("/documents?datasetId={}&nextToken={}", q(&ds), q(token)),
        )
        .await;
    }
    p.get("listDocuments", "/documents").await;
    p.get(
        "listDocuments",
        &format!(
            "/documents?documentId={}&sortBy=createdTime&order=descending",
            q(&doc_id)
        ),
    )
    .await;
    p.get("getDocument", &format!("/documents/{doc_id}")).await;
    // A document of the live API: details first, bytes to its fileUrl.
    let detailed = p
        .post(
            "createDocument",
            "/documents",
            json!({"name": "scan.pdf", "description": "uploaded later", "metadata": {"source": "contract"}}),
        )
        .await;
    p.delete(
        "deleteDocument",
        &format!("/documents/{}", field(&detailed, "documentId")),
    )
    .await;

    // -- dataset transformations --
    let dedup = p
        .post("createDataset", "/datasets", json!({"name": "dedup"}))
        .await;
    let dedup_id = field(&dedup, "datasetId");
    let transformation = p
        .post(
            "createTransformation",
            &format!("/datasets/{dedup_id}/transformations"),
            json!({"operations": [{"type": "remove-duplicates", "options": {}}]}),
        )
        .await;
    p.get(
        "listTransformations",
        &format!("/datasets/{dedup_id}/transformations?status=succeeded"),
    )
    .await;
    p.delete(
        "deleteTransformation",
        &format!(
            "/datasets/{dedup_id}/transformations/{}",
            field(&transformation, "transformationId")
        ),
    )
    .await;
    p.delete("deleteDataset", &format!("/datasets/{dedup_id}"))
        .await;
    p.patch(
        "updateDocument",
        &format!("/documents/{doc_id}"),
        json!({"groundTruth": [{"label": "total_amount", "value": "99.00"}], "retentionInDays": 60}),
    )
    .await;
    p.patch(
        "updateDocument",
        &format!("/documents/{loose_id}"),
        json!({"datasetId": ds}),
    )
    .await;

    // -- assets and secrets --
    let asset = p
        .post(
            "createAsset",
            "/assets",
            json!({"content": "PGh0bWw+PC9odG1sPg==", "name": "ui", "description": null}),
        )
        .await;
    let asset_id = field(&asset, "assetId");
    p.get("listAssets", "/assets").await;
    p.get("getAsset", &format!("/assets/{asset_id}")).await;
    p.patch(
        "updateAsset",
        &format!("/assets/{asset_id}"),
        json!({"content": "PGh0bWw+MjwvaHRtbD4=", "name": "ui v2"}),
    )
    .await;
    let secret = p
        .post(
            "createSecret",
            "/secrets",
            json!({"data": {"user": "u", "password": "p"}, "name": "registry"}),
        )
        .await;
    let secret_id = field(&secret, "secretId");
    p.get("listSecrets", "/secrets").await;
    p.patch(
        "updateSecret",
        &format!("/secrets/{secret_id}"),
        json!({"data": {"password": "p2"}, "description": "rotated"}),
    )
    .await;

    // -- models, data bundles, predictions --
    let model = p
        .post(
            "createModel",
            "/models",
            json!({
                "width": 1052, "height": 1488, "name": "invoice model", "description": null,
                "fieldConfig": {
                    "total_amount": {"type": "amount", "maxLength": 10, "description": "Total"},
                    "due_date": {"type": "date", "maxLength": 10}
                },
                "preprocessConfig": {"autoRotate": true, "imageQuality": "HIGH", "maxPages": 3}
            }),
        )
        .await;
    let model_id = field(&model, "modelId");
    p.get("listModels", "/models").await;
    p.patch(
        "updateModel",
        &format!("/models/{model_id}"),
        json!({"status": "training", "name": "invoices"}),
    )
    .await;
    // Clock::Instant: training is over at the next request.
    p.get("getModel", &format!("/models/{model_id}")).await;
    let bundle = p
        .post(
            "createDataBundle",
            &format!("/models/{model_id}/dataBundles"),
            json!({"datasetIds": [ds], "name": "bundle", "description": "all invoices"}),
        )
        .await;
    let bundle_id = field(&bundle, "dataBundleId");
    p.get(
        "listDataBundles",
        &format!("/models/{model_id}/dataBundles"),
    )
    .await;
    p.get(
        "listDataBundles",
        &format!("/models/{model_id}/dataBundles?status=succeeded&maxResults=5"),
    )
    .await;
    p.patch(
        "updateDataBundle",
        &format!("/models/{model_id}/dataBundles/{bundle_id}"),
        json!({"name": "bundle 1", "description": null}),
    )
    .await;
    p.post(
        "createPrediction",
        "/predictions",
        json!({"documentId": doc_id, "modelId": model_id, "maxPages": 1, "autoRotate": false, "imageQuality": "LOW"}),
    )
    .await;
    p.post(
        "createPrediction",
        "/predictions",
        json!({"documentId": loose_id, "modelId": model_id}),
    )
    .await;
    p.get("listPredictions", "/predictions?maxResults=1").await;

    // -- the live API's data bundle read, trainings, deployment, prediction read --
    p.get(
        "getDataBundle",
        &format!("/models/{model_id}/dataBundles/{bundle_id}"),
    )
    .await;
    let training = p
        .post(
            "createTraining",
            &format!("/models/{model_id}/trainings"),
            json!({"dataBundleIds": [bundle_id], "name": "first", "instanceType": "small-gpu", "metadata": {"run": 1}}),
        )
        .await;
    let training_id = field(&training, "trainingId");
    // Clock::Instant: the training has succeeded at the next request.
    p.get(
        "listTrainings",
        &format!("/models/{model_id}/trainings?status=succeeded"),
    )
    .await;
    p.get(
        "getTraining",
        &format!("/models/{model_id}/trainings/{training_id}"),
    )
    .await;
    p.patch(
        "updateTraining",
        &format!("/models/{model_id}/trainings/{training_id}"),
        json!({"name": "kept", "description": null, "deploymentEnvironmentId": environment_id}),
    )
    .await;
    p.patch(
        "updateModel",
        &format!("/models/{model_id}"),
        json!({"trainingId": training_id, "metadata": {"owner": "ap"}}),
    )
    .await;
    p.get(
        "getModel",
        &format!("/models/{model_id}?statisticsLastNDays=30"),
    )
    .await;
    p.get("listModels", &format!("/models?owner={}", q(&org)))
        .await;
    let prediction = p
        .post(
            "createPrediction",
            "/predictions",
            json!({"documentId": doc_id, "modelId": model_id, "trainingId": training_id}),
        )
        .await;
    p.get(
        "getPrediction",
        &format!("/predictions/{}", field(&prediction, "predictionId")),
    )
    .await;
    p.get(
        "listPredictions",
        &format!(
            "/predictions?modelId={}&sortBy=createdTime&order=descending",
            q(&model_id)
        ),
    )
    .await;

    // -- transitions --
    let manual = p
        .post(
            "createTransition",
            "/transitions",
            json!({
                "transitionType": "manual", "name": "review", "description": null,
                "inputJsonSchema": {"type": "object"}, "outputJsonSchema": {"type": "object"},
                "parameters": {"assets": {"jsRemoteComponent": asset_id}}, "timeoutInSeconds": 600
            }),
        )
        .await;
    let manual_id = field(&manual, "transitionId");
    let docker = p
        .post(
            "createTransition",
            "/transitions",
            json!({
                "transitionType": "docker", "name": "extract",
                "parameters": {
                    "imageUrl": "registry.example.com/extract:1", "cpu": 256, "memory": 1024,
                    "environment": {"MODE": "fast"}, "environmentSecrets": [secret_id], "secretId": secret_id
                }
            }),
        )
        .await;
    let docker_id = field(&docker, "transitionId");
    p.get("listTransitions", "/transitions").await;
    p.get(
        "listTransitions",
        "/transitions?transitionType=manual&maxResults=5",
    )
    .await;
    p.get("getTransition", &format!("/transitions/{manual_id}"))
        .await;
    p.get("getTransition", &format!("/transitions/{docker_id}"))
        .await;
    p.patch(
        "updateTransition",
        &format!("/transitions/{manual_id}"),
        json!({"assets": {"jsRemoteComponent": asset_id, "logo": asset_id}, "name": "manual review"}),
    )
    .await;
    p.patch(
        "updateTransition",
        &format!("/transitions/{docker_id}"),
        json!({"environment": {"MODE": "slow"}, "environmentSecrets": [secret_id], "outputJsonSchema": {"type": "object"}}),
    )
    .await;

    // -- a workflow: docker step, then manual step --
    let workflow = p
        .post(
            "createWorkflow",
            "/workflows",
            json!({
                "name": "invoice flow", "description": null,
                "specification": {
                    "language": "ASL", "version": "1.0.0",
                    "definition": {
                        "StartAt": "extract",
                        "States": {
                            "extract": {"Type": "Task", "Resource": docker_id, "Next": "review"},
                            "review": {"Type": "Task", "Resource": manual_id, "End": true}
                        }
                    }
                },
                "errorConfig": {"email": "ops@example.com", "manualRetry": true},
                "completedConfig": {"imageUrl": "registry.example.com/done:1", "secretId": secret_id}
            }),
        )
        .await;
    let wf_id = field(&workflow, "workflowId");
    // A workflow without completedConfig and errorConfig: both answered null.
    let bare = p
        .post(
            "createWorkflow",
            "/workflows",
            json!({
                "specification": {
                    "language": "ASL", "version": "1.0.0",
                    "definition": {
                        "StartAt": "review",
                        "States": {"review": {"Type": "Task", "Resource": manual_id, "End": true}}
                    }
                }
            }),
        )
        .await;
    assert_eq!(bare["completedConfig"], Value::Null, "{bare}");
    let bare_id = field(&bare, "workflowId");
    p.get("listWorkflows", "/workflows").await;
    p.get("getWorkflow", &format!("/workflows/{wf_id}")).await;
    p.get("getWorkflow", &format!("/workflows/{bare_id}")).await;
    p.delete("deleteWorkflow", &format!("/workflows/{bare_id}"))
        .await;
    p.patch(
        "updateWorkflow",
        &format!("/workflows/{wf_id}"),
        json!({"name": "invoices", "errorConfig": {"manualRetry": false}}),
    )
    .await;
    let execution = p
        .post(
            "executeWorkflow",
            &format!("/workflows/{wf_id}/executions"),
            json!({"input": {"documentId": doc_id}}),
        )
        .await;
    let wf_exec = field(&execution, "executionId");
    // The docker step is over at once (Clock::Instant); the manual step waits.
    p.get(
        "getWorkflowExecution",
        &format!("/workflows/{wf_id}/executions/{wf_exec}"),
    )
    .await;

    // -- the manual step: claim, heartbeat, finish --
    let task = p
        .post(
            "executeTransition",
            &format!("/transitions/{manual_id}/executions"),
            json!({}),
        )
        .await;
    let task_id = field(&task, "executionId");
    let task_log = task["logId"].as_str().map(str::to_string);
    p.call(
        "sendHeartbeat",
        Method::POST,
        &format!("/transitions/{manual_id}/executions/{task_id}/heartbeats"),
        Some(json!({})),
        204,
    )
    .await;
    p.get(
        "listTransitionExecutions",
        &format!("/transitions/{manual_id}/executions?status=running&sortBy=startTime&order=descending&maxResults=5"),
    )
    .await;
    p.get(
        "listTransitionExecutions",
        &format!(
            "/transitions/{manual_id}/executions?executionId={}",
            q(&task_id)
        ),
    )
    .await;
    p.get(
        "getTransitionExecution",
        &format!("/transitions/{manual_id}/executions/{task_id}"),
    )
    .await;
    p.patch(
        "updateTransitionExecution",
        &format!("/transitions/{manual_id}/executions/{task_id}"),
        json!({"status": "succeeded", "output": {"approved": true}, "startTime": null}),
    )
    .await;
    // A standalone execution of the docker transition, ended as failed.
    let solo = p
        .post(
            "executeTransition",
            &format!("/transitions/{docker_id}/executions"),
            json!({"documentId": doc_id}),
        )
        .await;
    let solo_id = field(&solo, "executionId");
    p.patch(
        "updateTransitionExecution",
        &format!("/transitions/{docker_id}/executions/{solo_id}"),
        json!({"status": "failed", "error": {"message": "could not read the document"}}),
    )
    .await;
    p.get(
        "listTransitionExecutions",
        &format!("/transitions/{docker_id}/executions"),
    )
    .await;

    // -- the finished workflow, its logs, a restart and a cancel --
    let done = p
        .get(
            "getWorkflowExecution",
            &format!("/workflows/{wf_id}/executions/{wf_exec}"),
        )
        .await;
    p.get(
        "listWorkflowExecutions",
        &format!("/workflows/{wf_id}/executions"),
    )
    .await;
    p.get(
        "listWorkflowExecutions",
        &format!("/workflows/{wf_id}/executions?status=succeeded&status=running&sortBy=endTime&order=ascending&maxResults=5"),
    )
    .await;
    p.get(
        "listWorkflowExecutions",
        &format!(
            "/workflows/{wf_id}/executions?fromStartTime={}&toStartTime={}",
            q("2000-01-01T00:00:00Z"),
            q("2100-01-01T00:00:00.000Z")
        ),
    )
    .await;
    p.get(
        "listLogs",
        &format!("/logs?workflowExecutionId={}", q(&wf_exec)),
    )
    .await;
    p.get(
        "listLogs",
        &format!(
            "/logs?transitionId={}&order=descending&maxResults=5",
            q(&manual_id)
        ),
    )
    .await;
    p.get(
        "listLogs",
        &format!(
            "/logs?workflowId={}&transitionExecutionId={}",
            q(&wf_id),
            q(&task_id)
        ),
    )
    .await;
    let log_ids = [
        task_log,
        done["completedTaskLogId"].as_str().map(str::to_string),
    ];
    let mut any_log = false;
    for log_id in log_ids.into_iter().flatten() {
        any_log = true;
        p.get("getLog", &format!("/logs/{log_id}")).await;
    }
    if !any_log {
        p.surprises
            .push("no log id in the transition or workflow execution".into());
    }
    p.patch(
        "updateWorkflowExecution",
        &format!("/workflows/{wf_id}/executions/{wf_exec}"),
        json!({"nextTransitionId": manual_id}),
    )
    .await;
    p.patch(
        "updateWorkflowExecution",
        &format!("/workflows/{wf_id}/executions/{wf_exec}"),
        json!({"nextTransitionId": "las:transition:commons-failed"}),
    )
    .await;
    let second = p
        .post(
            "executeWorkflow",
            &format!("/workflows/{wf_id}/executions"),
            json!({"input": {}}),
        )
        .await;
    let second_id = field(&second, "executionId");
    p.delete(
        "deleteWorkflowExecution",
        &format!("/workflows/{wf_id}/executions/{second_id}"),
    )
    .await;
    p.delete(
        "deleteWorkflowExecution",
        &format!("/workflows/{wf_id}/executions/{wf_exec}"),
    )
    .await;

    // -- the same API with an OAuth2 bearer token --
    let token = bearer_token(emu).await;
    let api_key = std::mem::replace(&mut p.auth, ("authorization", format!("Bearer {token}")));
    p.get("getOrganization", &format!("/organizations/{org}"))
        .await;
    p.get("listDatasets", "/datasets").await;
    p.get("getDocument", &format!("/documents/{doc_id}")).await;
    p.auth = api_key;

    // -- documented errors --
    p.call(
        "getDocument",
        Method::GET,
        "/documents/las:document:ffffffffffffffffffffffffffffffff",
        None,
        404,
    )
    .await;
    p.call(
        "listDatasets",
        Method::GET,
        "/datasets?nextToken=not-a-token",
        None,
        400,
    )
    .await;
    p.call(
        "deleteDataset",
        Method::DELETE,
        &format!("/datasets/{ds}"),
        None,
        400,
    )
    .await;

    // -- teardown, dependents first --
    p.delete("deleteWorkflow", &format!("/workflows/{wf_id}"))
        .await;
    p.delete("deleteTransition", &format!("/transitions/{manual_id}"))
        .await;
    p.delete("deleteTransition", &format!("/transitions/{docker_id}"))
        .await;
    p.delete(
        "deleteDataBundle",
        &format!("/models/{model_id}/dataBundles/{bundle_id}"),
    )
    .await;
    p.delete("deleteModel", &format!("/models/{model_id}"))
        .await;
    p.delete("deleteSecret", &format!("/secrets/{secret_id}"))
        .await;
    p.delete("deleteAsset", &format!("/assets/{asset_id}"))
        .await;
    p.delete("deleteDocument", &format!("/documents/{doc_id}"))
        .await;
    p.delete(
        "deleteDocuments",
        &format!("/documents?datasetId={}&maxResults=10", q(&ds)),
    )
    .await;
    p.delete("deleteDocuments", "/documents").await;
    p.delete("deleteDataset", &format!("/datasets/{ds}")).await;
    p.call(
        "getDataset",
        Method::GET,
        &format!("/datasets/{ds}"),
        None,
        404,
    )
    .await;
    p.delete("deleteUser", &format!("/users/{user_id}")).await;
    p.delete("deleteAppClient", &format!("/appClients/{app_id}"))
        .await;
    p.delete("deleteAppClient", &format!("/appClients/{plain_app_id}"))
        .await;
}

/// An access token from the emulator's token endpoint (not part of
/// openapi.yaml, so asked directly rather than through Prism).
async fn bearer_token(emu: &Emulator) -> String {
    let answer: Value = reqwest::Client::new()
        .post(format!(
            "{}?grant_type=client_credentials",
            emu.auth_endpoint()
        ))
        .basic_auth(emu.client_id(), Some(emu.client_secret()))
        .send()
        .await
        .expect("token request")
        .json()
        .await
        .expect("token response");
    answer["access_token"]
        .as_str()
        .expect("access_token in the token response")
        .to_string()
}
