//! las-client against an independent implementation of `openapi.yaml`:
//! Stoplight Prism's mock in dynamic mode (`prism mock -d`), which validates
//! every request against the spec and answers with random, schema-valid
//! responses.
//!
//! Every operation of the spec is driven through the las-client
//! handlers (never raw HTTP), from the table [`cases`], twice: once with the
//! handler's required arguments only and once with every optional builder
//! setter called. Each of those passes runs [`DYNAMIC_ROUNDS`] times with
//! each of the two kinds of credentials (an `x-api-key` API key, and OAuth2
//! client credentials whose token comes from a local stub of the token
//! endpoint), so the random optional and nullable parts of Prism's responses
//! vary: operations × 2 × 5 × 2 calls per run, concurrently, in a few seconds.
//!
//! A call passes when:
//! - the request reached Prism without any violation: each client talks to
//!   Prism through its own recording proxy (`contract/recorder.rs`) which
//!   keeps Prism's `sl-violations` response header. The header is how Prism
//!   names violations precisely; the status alone is ambiguous, because
//!   for an invalid request Prism returns the spec's documented 400 (a random
//!   `Error` body, as for any other 400), or 422 when none is documented;
//! - the request went to the operation's own method and path, and carried
//!   the credentials of the sequence (`x-api-key`, or `Authorization: Bearer`
//!   with the stub's token); Prism itself answers 401 to a secured operation
//!   without credentials;
//! - the handler returned `Ok`: a response of Prism's that the client cannot
//!   decode is an `Error::Decode` and fails the test, naming the operation.
//!
//! Two controls make sure the detection works: a request with an invalid
//! query parameter must produce a recorded violation, and a request without
//! credentials must get Prism's 401.
//!
//! The coverage is asserted: the table's operations must be exactly the
//! spec's `operationId`s (same method and path), and each must have passed
//! with both argument sets.
//!
//! Security: openapi.yaml secures some operations with OAuth2 only (no API
//! key). With the API key, those calls must get Prism's 401 (and pass with
//! OAuth2), so both kinds of credentials are held to the spec's word.
//!
//! Prism specifics: ids in paths may be any string, so the mock run uses fixed
//! placeholder ids; `POST /signup` has no security requirement; documents
//! are created with `inline(true)` (Prism's `fileUrl` is a made-up URL of
//! another origin, where the client sends nothing); list filters
//! given as enums (`status`, `order`, `sortBy`, `transitionType`) are
//! validated against the spec's enums; a `nextToken` may be any string.
//!
//! ## Running
//!
//! ```sh
//! eval "$(scripts/tools.sh)"   # installs Prism, exports LAS_PRISM
//! LAS_REQUIRE_PRISM=1 cargo test -p las-client --test contract_prism -- --nocapture
//! ```
//!
//! `LAS_CONTRACT_TRACE=1` prints every request the recording proxies saw.
//!
//! Without Prism (no `LAS_PRISM`, no `.tools/node/node_modules/.bin/prism`,
//! no `prism` on `PATH`) the test prints that it is skipped and passes,
//! unless `LAS_REQUIRE_PRISM=1`, which makes it fail.
//!
//! ## Against another server
//!
//! With `LAS_CONTRACT_USE_ENV=1` and credentials in the environment (the four
//! `LAS_CLIENT_ID`, `LAS_CLIENT_SECRET`, `LAS_AUTH_ENDPOINT`,
//! `LAS_API_ENDPOINT`, or `LAS_API_KEY` with `LAS_API_ENDPOINT`; read with
//! `Credentials::from_env()`), the same table runs against that server
//! instead of Prism, once per argument set, in order: ids returned by the
//! create calls are used by the calls after them, and `nextToken`s come from
//! a first page of the same list. Set `LAS_ORGANIZATION_ID` for the two
//! organization operations (they are skipped otherwise), and
//! `LAS_CONTRACT_SKIP` to a comma-separated list of operation ids to leave
//! out. With an API key, the operations openapi.yaml secures with OAuth2
//! only are skipped. The required-arguments pass uploads a document through
//! its `fileUrl`: set `LAS_CONTRACT_TRUST_FILE_ORIGIN` to that URL's origin
//! when it is not the API's. The run creates, changes and deletes resources
//! (an organization and a payment method among them), signs up a user,
//! renames the organization and deletes every document of the organization
//! (`DELETE /documents` without filters): point it only at a disposable
//! organization or a test server such as the `las-emulator` binary.
//!
//! A second test, `the_table_runs_in_order_against_the_emulator`, runs this
//! in-order mode against the in-process `las-emulator` with both kinds of
//! credentials (no Prism needed), so that the mode keeps working.
//!
//! The explicit `LAS_CONTRACT_USE_ENV=1` is required on purpose: the
//! `LAS_*` variables are often set for everyday use of the SDKs, and a test
//! run must never wipe a real organization by accident.

mod contract;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use contract::prism::{self, Prism};
use contract::recorder::{Exchange, Recorder};
use las_client::credentials::{Credentials, CredentialsKind};
use las_client::manifest::OPERATIONS;
use las_client::models::{field, lines};
use las_client::types::{
    ContentType, CreatedTimeSortBy, DataBundleStatus, DockerTransitionParameters, FieldConfigEntry,
    FieldConfigField, FieldType, GroundTruthList, GroundTruthListItem, GroundTruthListItemValue,
    GroundTruthValue, ImageQuality, InstanceType, ManualTransitionParameters, ModelStatus, Order,
    PatchTrainingIdStatus, PatchTransitionIdParameters, PatchTransitionIdParametersSubtype0,
    PatchWorkflowExecutionIdStatus, PatchWorkflowIdCompletedConfig, PatchWorkflowIdEmailConfig,
    PatchWorkflowIdErrorConfig, PostTrainingsWarmStartConfig, PostTransformationsOperationsItem,
    PostTransformationsOperationsItemType, PostWorkflowsCompletedConfig, PostWorkflowsEmailConfig,
    PostWorkflowsErrorConfig, PostprocessConfig, PostprocessConfigParameters, PreprocessConfig,
    SortBy, TrainingStatus, TransformationStatus, TransitionAssets, TransitionExecutionStatus,
    TransitionExecutionUpdateStatus, TransitionType, WorkflowExecutionStatus, WorkflowStatus,
};
use las_client::{Client, Error, RetryPolicy};
use las_emulator::{Clock, Emulator};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// How many times each (operation, argument set, credentials kind) runs
/// against Prism's dynamic mock. Each run gets a freshly generated response,
/// so more rounds cover more combinations of optional and nullable fields.
const DYNAMIC_ROUNDS: usize = 5;

const API_KEY: &str = "contract-api-key";
const CLIENT_ID: &str = "contract-client-id";
const CLIENT_SECRET: &str = "contract-client-secret";
const ACCESS_TOKEN: &str = "contract-access-token";
/// The `nextToken` sent to Prism (any string is valid there).
const NEXT_TOKEN: &str = "contract-next-token";

/// A minimal PDF (recognised by its magic bytes).
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

/// Failures that are known and reported, matched by operation and a piece
/// of the failure text. Each entry must say why; the suite stays green for
/// these only. Empty: no known failure.
const KNOWN_FAILURES: &[KnownFailure] = &[];

struct KnownFailure {
    op: &'static str,
    contains: &'static str,
    why: &'static str,
}

// ---------------------------------------------------------------------------
// Argument sets, credentials, per-sequence context
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Args {
    /// The handler's required arguments only.
    Required,
    /// Every optional builder setter called as well.
    All,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Auth {
    ApiKey,
    OAuth2,
    /// Whatever `Credentials::from_env()` found (runs against another server).
    Env,
}

/// What one case gets: the client, which argument set to use, and the ids
/// of resources to address.
#[derive(Clone)]
struct Ctx {
    client: Client,
    args: Args,
    round: usize,
    /// Ids come from the responses of earlier calls (another server), not
    /// from fixed placeholders (Prism).
    stateful: bool,
    ids: Arc<Mutex<HashMap<&'static str, String>>>,
    /// Makes names and e-mail addresses unique per sequence.
    unique: String,
}

impl Ctx {
    fn all(&self) -> bool {
        self.args == Args::All
    }

    /// The id of a resource kind: the one kept from an earlier response, or
    /// a placeholder (`las:<kind>:00112233…`).
    fn id(&self, kind: &'static str) -> String {
        let ids = self.ids.lock().unwrap_or_else(|e| e.into_inner());
        ids.get(kind)
            .cloned()
            .unwrap_or_else(|| format!("las:{kind}:00112233445566778899aabbccddeeff"))
    }

    /// The id of a resource kind an earlier response gave (another server),
    /// or the placeholder (Prism); `None` when another server gave none
    /// (an optional argument naming one is then left out).
    fn known(&self, kind: &'static str) -> Option<String> {
        let ids = self.ids.lock().unwrap_or_else(|e| e.into_inner());
        match (ids.get(kind), self.stateful) {
            (Some(id), _) => Some(id.clone()),
            (None, true) => None,
            (None, false) => Some(format!("las:{kind}:00112233445566778899aabbccddeeff")),
        }
    }

    /// Keep an id for later cases (only when ids flow between calls).
    fn keep(&self, kind: &'static str, id: Option<&str>) {
        if let (true, Some(id)) = (self.stateful, id) {
            let mut ids = self.ids.lock().unwrap_or_else(|e| e.into_inner());
            ids.insert(kind, id.to_string());
        }
    }

    fn email(&self) -> String {
        format!("contract-{}@example.com", self.unique)
    }
}

/// Set `max_results` and a `nextToken` on a list (or bulk delete) request:
/// a fixed token for Prism, else the token of a first one-item page of the
/// same request (left out when there is no second page).
macro_rules! paged {
    ($c:expr, $request:expr) => {{
        let request = $request;
        let token = if $c.stateful {
            request.clone().max_results(1).send().await?.next_token
        } else {
            Some(NEXT_TOKEN.to_string())
        };
        let request = request.max_results(2);
        match token {
            Some(token) => request.next_token(token),
            None => request,
        }
    }};
}

type CaseFuture = Pin<Box<dyn Future<Output = las_client::Result<()>> + Send>>;

/// One operation of the spec and how to call it through las-client.
struct Case {
    op: &'static str,
    method: &'static str,
    path: &'static str,
    run: fn(Ctx) -> CaseFuture,
}

macro_rules! case {
    ($op:literal, $method:literal, $path:literal, |$c:ident| $body:block) => {
        Case {
            op: $op,
            method: $method,
            path: $path,
            run: |$c: Ctx| -> CaseFuture {
                Box::pin(async move {
                    $body
                    Ok(())
                })
            },
        }
    };
}

// ---------------------------------------------------------------------------
// The table: every operation, in an order in which ids flow from creates
// to the calls that need them. Operations without optional arguments make
// the same call in both passes.
// ---------------------------------------------------------------------------

fn cases() -> Vec<Case> {
    vec![
        // -- sign-up and organization --
        case!("signUp", "POST", "/signup", |c| {
            let mut req = c
                .client
                .sign_up(c.email(), "contract-Passw0rd!", "contract-recaptcha");
            if c.all() {
                req = req.name("Contract Tester");
            }
            req.send().await?;
        }),
        case!("createOrganization", "POST", "/organizations", |c| {
            let mut req = c.client.organizations().create();
            if c.all() {
                req = req.name("Contract organization (created)");
            }
            req.send().await?;
        }),
        case!("listOrganizations", "GET", "/organizations", |c| {
            let mut req = c.client.organizations().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!(
            "getOrganization",
            "GET",
            "/organizations/{organizationId}",
            |c| {
                c.client.organizations().get(&c.id("organization")).await?;
            }
        ),
        case!(
            "updateOrganization",
            "PATCH",
            "/organizations/{organizationId}",
            |c| {
                let mut req = c.client.organizations().update(c.id("organization"));
                // The API refuses an empty PATCH body (`minProperties: 1`).
                req = req.description("Used by the contract tests");
                if c.all() {
                    req = req
                        .name("Contract organization")
                        .description("Used by the contract tests");
                    // Another server's organization keeps its plan and
                    // payment method (they are what it is billed by).
                    if !c.stateful {
                        req = req
                            .plan_id(c.id("plan"))
                            .payment_method_id(c.id("payment-method"));
                    }
                }
                req.send().await?;
            }
        ),
        // -- roles, plans, payment methods, deployment environments, profiles --
        case!("listRoles", "GET", "/roles", |c| {
            let mut req = c.client.roles().list();
            let roles = req.clone().send().await?;
            c.keep("role", roles.roles.first().map(|r| r.role_id.as_str()));
            if c.all() {
                // The paged call comes after the plain one, whose roles are
                // kept (a second page may be empty).
                req = paged!(c, req.limit(10));
                req.send().await?;
            }
        }),
        case!("getRole", "GET", "/roles/{roleId}", |c| {
            c.client.roles().get(&c.id("role")).await?;
        }),
        case!("listPlans", "GET", "/plans", |c| {
            let mut req = c.client.plans().list();
            if c.all() {
                // Another server: the owner of a plan it lists, so the
                // filtered list still has one to keep.
                let owner = match c.stateful {
                    true => {
                        let plans = c.client.plans().list().send().await?;
                        let first = plans.plans.first();
                        c.keep("plan", first.map(|p| p.plan_id.as_str()));
                        first.and_then(|p| p.organization_id.clone())
                    }
                    false => None,
                };
                let owner = owner.unwrap_or_else(|| c.id("organization"));
                req = paged!(c, req.owner(owner).limit(10));
            }
            let plans = req.send().await?;
            c.keep("plan", plans.plans.first().map(|p| p.plan_id.as_str()));
        }),
        case!("getPlan", "GET", "/plans/{planId}", |c| {
            c.client.plans().get(&c.id("plan")).await?;
        }),
        case!("createPaymentMethod", "POST", "/paymentMethods", |c| {
            let mut req = c.client.payment_methods().create();
            if c.all() {
                req = req
                    .name("contract card")
                    .description("created by the contract tests");
            }
            let method = req.send().await?;
            c.keep("payment-method", Some(&method.payment_method_id));
        }),
        case!("listPaymentMethods", "GET", "/paymentMethods", |c| {
            let mut req = c.client.payment_methods().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!(
            "getPaymentMethod",
            "GET",
            "/paymentMethods/{paymentMethodId}",
            |c| {
                c.client
                    .payment_methods()
                    .get(&c.id("payment-method"))
                    .await?;
            }
        ),
        case!(
            "updatePaymentMethod",
            "PATCH",
            "/paymentMethods/{paymentMethodId}",
            |c| {
                let mut req = c.client.payment_methods().update(c.id("payment-method"));
                // The API refuses an empty PATCH body (`minProperties: 1`).
                req = req.description("updated by the contract tests");
                if c.all() {
                    req = req
                        .name("contract card, renamed")
                        .stripe_setup_intent_secret("seti_contract_secret_0123");
                }
                req.send().await?;
            }
        ),
        case!(
            "listDeploymentEnvironments",
            "GET",
            "/deploymentEnvironments",
            |c| {
                let mut req = c.client.deployment_environments().list();
                if c.all() {
                    // Another server: the owner of an environment it lists,
                    // so the filtered list still has one to keep.
                    let owner = match c.stateful {
                        true => {
                            let environments =
                                c.client.deployment_environments().list().send().await?;
                            let first = environments.deployment_environments.first();
                            c.keep(
                                "deployment-environment",
                                first.map(|e| e.deployment_environment_id.as_str()),
                            );
                            first.and_then(|e| e.organization_id.clone())
                        }
                        false => None,
                    };
                    let owner = owner.unwrap_or_else(|| c.id("organization"));
                    req = paged!(c, req.owner(owner).limit(10));
                }
                let environments = req.send().await?;
                c.keep(
                    "deployment-environment",
                    environments
                        .deployment_environments
                        .first()
                        .map(|e| e.deployment_environment_id.as_str()),
                );
            }
        ),
        case!(
            "getDeploymentEnvironment",
            "GET",
            "/deploymentEnvironments/{deploymentEnvironmentId}",
            |c| {
                c.client
                    .deployment_environments()
                    .get(&c.id("deployment-environment"))
                    .await?;
            }
        ),
        // -- app clients --
        case!("createAppClient", "POST", "/appClients", |c| {
            let mut req = c.client.app_clients().create();
            if c.all() {
                req = req
                    .name("contract app client")
                    .description("created by the contract tests")
                    .generate_secret(true)
                    .logout_urls(["https://example.com/logout"])
                    .callback_urls(["https://example.com/callback"])
                    .login_urls(["https://example.com/login"])
                    .default_login_url("https://example.com/login");
                if let Some(role) = c.known("role") {
                    req = req.role_ids([role]);
                }
            }
            let app = req.send().await?;
            c.keep("app-client", Some(&app.app_client_id));
        }),
        case!("listAppClients", "GET", "/appClients", |c| {
            let mut req = c.client.app_clients().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!("getAppClient", "GET", "/appClients/{appClientId}", |c| {
            c.client.app_clients().get(&c.id("app-client")).await?;
        }),
        case!(
            "updateAppClient",
            "PATCH",
            "/appClients/{appClientId}",
            |c| {
                let mut req = c.client.app_clients().update(c.id("app-client"));
                // The API refuses an empty PATCH body (`minProperties: 1`).
                req = req.description("updated by the contract tests");
                if c.all() {
                    req = req
                        .name("contract app client, renamed")
                        .description("updated by the contract tests")
                        .login_urls(["https://example.com/login2"])
                        .default_login_url("https://example.com/login2");
                    if let Some(role) = c.known("role") {
                        req = req.role_ids([role]);
                    }
                }
                req.send().await?;
            }
        ),
        // -- users --
        case!("createUser", "POST", "/users", |c| {
            let mut req = c.client.users().create(c.email(), c.id("app-client"));
            if c.all() {
                req = req
                    .name("Contract User")
                    .avatar("data:image/png;base64,iVBORw0KGgo=")
                    .metadata([("team", json!("contract"))]);
                if let Some(role) = c.known("role") {
                    req = req.role_ids([role]);
                }
            }
            let user = req.send().await?;
            c.keep("user", Some(&user.user_id));
            c.keep("profile", user.profile_id.as_deref());
        }),
        case!("listUsers", "GET", "/users", |c| {
            let mut req = c.client.users().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!("getUser", "GET", "/users/{userId}", |c| {
            c.client.users().get(&c.id("user")).await?;
        }),
        case!("getProfile", "GET", "/profiles/{profileId}", |c| {
            c.client.profiles().get(&c.id("profile")).await?;
        }),
        case!("updateProfile", "PATCH", "/profiles/{profileId}", |c| {
            let mut req = c.client.profiles().update(c.id("profile"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.given_name("Contract");
            if c.all() {
                req = req
                    .name("Contract Tester")
                    .family_name("Tester")
                    .locale("nb-NO")
                    .picture("https://example.com/contract.png")
                    .metadata([("team", json!("contract"))]);
            }
            req.send().await?;
        }),
        case!("updateUser", "PATCH", "/users/{userId}", |c| {
            let mut req = c.client.users().update(c.id("user"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.name("Contract User, renamed");
            if c.all() {
                req = req
                    .name("Contract User, renamed")
                    .avatar("data:image/png;base64,iVBORw0KGgo=")
                    .metadata([("team", json!("contract, renamed"))]);
                if let Some(role) = c.known("role") {
                    req = req.role_ids([role]);
                }
            }
            req.send().await?;
        }),
        // -- datasets and documents --
        case!("createDataset", "POST", "/datasets", |c| {
            let mut req = c.client.datasets().create();
            if c.all() {
                req = req
                    .name("contract dataset")
                    .description("created by the contract tests")
                    .retention_in_days(30)
                    .contains_personally_identifiable_information(false)
                    .metadata([("project", json!("contract"))]);
            }
            let dataset = req.send().await?;
            c.keep("dataset", Some(&dataset.dataset_id));
        }),
        case!("listDatasets", "GET", "/datasets", |c| {
            let mut req = c.client.datasets().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!("getDataset", "GET", "/datasets/{datasetId}", |c| {
            c.client.datasets().get(&c.id("dataset")).await?;
        }),
        case!("updateDataset", "PATCH", "/datasets/{datasetId}", |c| {
            let mut req = c.client.datasets().update(c.id("dataset"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.description("updated by the contract tests");
            if c.all() {
                req = req
                    .name("contract dataset, renamed")
                    .description("updated by the contract tests")
                    .retention_in_days(60)
                    .contains_personally_identifiable_information(true)
                    .metadata([("project", json!("contract, renamed"))]);
            }
            req.send().await?;
        }),
        case!(
            "createTransformation",
            "POST",
            "/datasets/{datasetId}/transformations",
            |c| {
                let transformation = c
                    .client
                    .datasets()
                    .transformations(c.id("dataset"))
                    .create([PostTransformationsOperationsItem::new(
                        PostTransformationsOperationsItemType::RemoveDuplicates,
                    )])
                    .send()
                    .await?;
                c.keep(
                    "dataset-transformation",
                    Some(&transformation.transformation_id),
                );
            }
        ),
        case!(
            "listTransformations",
            "GET",
            "/datasets/{datasetId}/transformations",
            |c| {
                let mut req = c.client.datasets().transformations(c.id("dataset")).list();
                if c.all() {
                    req = paged!(c, req.status(TransformationStatus::Succeeded).limit(10));
                }
                req.send().await?;
            }
        ),
        case!("createDocument", "POST", "/documents", |c| {
            let mut req = c.client.documents().create(PDF.to_vec());
            if !c.stateful {
                // Prism's `fileUrl` is a made-up URL of another origin, where
                // the client sends nothing: the content goes inline (base64 in
                // the POST). Another server gets the upload through its
                // `fileUrl` with the required arguments, inline with all.
                req = req.inline(true);
            }
            if c.all() {
                req = req
                    .inline(true)
                    .name("contract-invoice.pdf")
                    .description("created by the contract tests")
                    .metadata([("source", json!("contract"))])
                    .content_type(ContentType::ApplicationPdf)
                    .consent_id(c.id("consent"))
                    .dataset_id(c.id("dataset"))
                    .ground_truth([
                        (
                            "total_amount",
                            GroundTruthValue::from(Some("120.50".to_string())),
                        ),
                        ("paid", GroundTruthValue::from(Some(true))),
                        ("vat_rate", GroundTruthValue::from(Some(25.0))),
                        ("due_date", GroundTruthValue::from(None::<String>)),
                        ("line_items", line_items_ground_truth()),
                    ])
                    .retention_in_days(30);
            }
            let doc = req.send().await?;
            c.keep("document", Some(&doc.document_id));
            c.keep("consent", doc.consent_id.as_deref());
        }),
        case!("listDocuments", "GET", "/documents", |c| {
            let mut req = c.client.documents().list();
            if c.all() {
                req = paged!(
                    c,
                    req.dataset_id(c.id("dataset"))
                        .consent_id(c.id("consent"))
                        .document_id(c.id("document"))
                        .order(Order::Ascending)
                        .sort_by(CreatedTimeSortBy::CreatedTime)
                        .limit(10)
                );
            }
            req.send().await?;
        }),
        case!("getDocument", "GET", "/documents/{documentId}", |c| {
            c.client.documents().get(&c.id("document")).await?;
        }),
        case!("updateDocument", "PATCH", "/documents/{documentId}", |c| {
            let mut req = c.client.documents().update(c.id("document"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.retention_in_days(60);
            if c.all() {
                req = req
                    .ground_truth([("total_amount", "99.00")])
                    .dataset_id(c.id("dataset"))
                    .retention_in_days(60)
                    .name("contract-invoice, renamed.pdf")
                    .description("updated by the contract tests")
                    .metadata([("source", json!("contract, updated"))]);
            }
            req.send().await?;
        }),
        // -- assets and secrets --
        case!("createAsset", "POST", "/assets", |c| {
            let mut req = c.client.assets().create(b"<html>contract</html>".to_vec());
            if c.all() {
                req = req
                    .name("contract asset")
                    .description("created by the contract tests");
            }
            let asset = req.send().await?;
            c.keep("asset", Some(&asset.asset_id));
        }),
        case!("listAssets", "GET", "/assets", |c| {
            let mut req = c.client.assets().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!("getAsset", "GET", "/assets/{assetId}", |c| {
            c.client.assets().get(&c.id("asset")).await?;
        }),
        case!("updateAsset", "PATCH", "/assets/{assetId}", |c| {
            let mut req = c.client.assets().update(c.id("asset"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.description("updated by the contract tests");
            if c.all() {
                req = req
                    .content(b"<html>contract, updated</html>".to_vec())
                    .name("contract asset, renamed")
                    .description("updated by the contract tests");
            }
            req.send().await?;
        }),
        case!("createSecret", "POST", "/secrets", |c| {
            let mut req = c
                .client
                .secrets()
                .create(json!({"username": "contract", "password": "s3cret"}));
            if c.all() {
                req = req
                    .name("contract secret")
                    .description("created by the contract tests");
            }
            let secret = req.send().await?;
            c.keep("secret", Some(&secret.secret_id));
        }),
        case!("listSecrets", "GET", "/secrets", |c| {
            let mut req = c.client.secrets().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!("updateSecret", "PATCH", "/secrets/{secretId}", |c| {
            let mut req = c.client.secrets().update(c.id("secret"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.description("updated by the contract tests");
            if c.all() {
                req = req
                    .data([("password", "n3w-s3cret")])
                    .name("contract secret, renamed")
                    .description("updated by the contract tests");
            }
            req.send().await?;
        }),
        // -- models, data bundles, predictions --
        case!("createModel", "POST", "/models", |c| {
            let mut req = c
                .client
                .models()
                .create([("total_amount", field(FieldType::Amount, 10))]);
            if c.all() {
                req = req
                    .width(1052)
                    .height(1488)
                    .name("contract model")
                    .description("created by the contract tests")
                    .metadata([("project", json!("contract"))])
                    .preprocess_config(preprocess_config(true, ImageQuality::High, 3))
                    .postprocess_config(PostprocessConfig::BestNPages {
                        output_format: None,
                        parameters: PostprocessConfigParameters::new(2),
                    });
            }
            let model = req.send().await?;
            c.keep("model", Some(&model.model_id));
        }),
        case!("listModels", "GET", "/models", |c| {
            let mut req = c.client.models().list();
            if c.all() {
                req = paged!(c, req.owner(c.id("organization")).limit(10));
            }
            req.send().await?;
        }),
        case!("getModel", "GET", "/models/{modelId}", |c| {
            let mut req = c.client.models().get(c.id("model"));
            if c.all() {
                req = req.statistics_last_n_days(7.try_into().expect("7 is not zero"));
            }
            req.send().await?;
        }),
        case!("updateModel", "PATCH", "/models/{modelId}", |c| {
            let mut req = c.client.models().update(c.id("model"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.description("updated by the contract tests");
            if c.all() {
                let mut due_date = FieldConfigField::new(FieldType::Date);
                due_date.max_length = Some(10);
                due_date.description = Some("Due date".into());
                let due_date = FieldConfigEntry::Field(due_date);
                let mut config = vec![
                    ("total_amount", field(FieldType::Amount, 12)),
                    ("due_date", due_date),
                ];
                // Line items go to Prism only for now: a server decoding
                // with `las_api` types (the in-memory one) loses them, since
                // FieldConfigEntry tries FieldConfigField first (the order
                // of openapi.yaml's oneOf); pinned by the ignored
                // `a_lines_field_config_decodes_as_lines` in
                // las-api/tests/decode_every_operation.rs.
                if !c.stateful {
                    config.push((
                        "line_items",
                        lines([
                            ("description", FieldConfigField::new(FieldType::String)),
                            ("amount", FieldConfigField::new(FieldType::Amount)),
                        ]),
                    ));
                }
                req = req
                    .width(1000)
                    .height(1400)
                    .field_config(config)
                    .preprocess_config(preprocess_config(false, ImageQuality::Low, 1))
                    .postprocess_config(PostprocessConfig::BestFirst {
                        output_format: None,
                    })
                    .status(ModelStatus::Inactive)
                    .metadata([("project", json!("contract, renamed"))])
                    .name("contract model, renamed")
                    .description("updated by the contract tests");
                // The training a model predicts with (another server: one made
                // later in the table, so only Prism gets one here).
                if let Some(training) = c.known("model-training") {
                    req = req.training_id(training);
                }
            }
            req.send().await?;
        }),
        case!(
            "createDataBundle",
            "POST",
            "/models/{modelId}/dataBundles",
            |c| {
                if c.stateful {
                    // A data bundle of an empty dataset fails, and a training
                    // needs one that succeeded: another server gets a
                    // document in the dataset first.
                    c.client
                        .documents()
                        .create(PDF.to_vec())
                        .dataset_id(c.id("dataset"))
                        .ground_truth([("total_amount", "120.50")])
                        .send()
                        .await?;
                }
                let mut req = c
                    .client
                    .models()
                    .data_bundles(c.id("model"))
                    .create([c.id("dataset")]);
                if c.all() {
                    req = req
                        .name("contract data bundle")
                        .description("created by the contract tests");
                }
                let bundle = req.send().await?;
                c.keep("data-bundle", Some(&bundle.data_bundle_id));
            }
        ),
        case!(
            "listDataBundles",
            "GET",
            "/models/{modelId}/dataBundles",
            |c| {
                let mut req = c.client.models().data_bundles(c.id("model")).list();
                if c.all() {
                    req = paged!(
                        c,
                        req.status(DataBundleStatus::Ready)
                            .status(DataBundleStatus::Processing)
                            .limit(10)
                    );
                }
                req.send().await?;
            }
        ),
        case!(
            "updateDataBundle",
            "PATCH",
            "/models/{modelId}/dataBundles/{dataBundleId}",
            |c| {
                let mut req = c
                    .client
                    .models()
                    .data_bundles(c.id("model"))
                    .update(c.id("data-bundle"));
                // The API refuses an empty PATCH body (`minProperties: 1`).
                req = req.description("updated by the contract tests");
                if c.all() {
                    req = req
                        .name("contract data bundle, renamed")
                        .description("updated by the contract tests");
                }
                req.send().await?;
            }
        ),
        case!(
            "getDataBundle",
            "GET",
            "/models/{modelId}/dataBundles/{dataBundleId}",
            |c| {
                c.client
                    .models()
                    .data_bundles(c.id("model"))
                    .get(&c.id("data-bundle"))
                    .await?;
            }
        ),
        case!(
            "createTraining",
            "POST",
            "/models/{modelId}/trainings",
            |c| {
                if c.stateful {
                    wait_for_data_bundle(&c).await?;
                }
                let mut req = c
                    .client
                    .models()
                    .trainings(c.id("model"))
                    .create([c.id("data-bundle")]);
                if c.all() {
                    req = req
                        .name("contract training")
                        .description("created by the contract tests")
                        .instance_type(InstanceType::SmallGpu)
                        .data_scientist_assistance(false)
                        .metadata([("ticket", json!("CONTRACT-1"))]);
                    if let Some(earlier) = c.known("model-training") {
                        req = req.warm_start_config(PostTrainingsWarmStartConfig::new(earlier));
                    }
                }
                let training = req.send().await?;
                c.keep("model-training", Some(&training.training_id));
            }
        ),
        case!("listTrainings", "GET", "/models/{modelId}/trainings", |c| {
            let mut req = c.client.models().trainings(c.id("model")).list();
            if c.all() {
                req = paged!(c, req.status(TrainingStatus::Running).limit(10));
            }
            req.send().await?;
        }),
        case!(
            "getTraining",
            "GET",
            "/models/{modelId}/trainings/{trainingId}",
            |c| {
                c.client
                    .models()
                    .trainings(c.id("model"))
                    .get(&c.id("model-training"))
                    .await?;
            }
        ),
        case!(
            "updateTraining",
            "PATCH",
            "/models/{modelId}/trainings/{trainingId}",
            |c| {
                let mut req = c
                    .client
                    .models()
                    .trainings(c.id("model"))
                    .update(c.id("model-training"));
                // The API refuses an empty PATCH body (`minProperties: 1`).
                req = req.description("updated by the contract tests");
                if c.all() {
                    req = req
                        .name("contract training, renamed")
                        .metadata([("ticket", json!("CONTRACT-2"))])
                        .deployment_environment_id(c.id("deployment-environment"));
                    // Only a training still under way can be cancelled;
                    // another server's may have finished already.
                    let finished = c.stateful && {
                        let training = c
                            .client
                            .models()
                            .trainings(c.id("model"))
                            .get(&c.id("model-training"))
                            .await?;
                        matches!(
                            training.status,
                            TrainingStatus::Succeeded
                                | TrainingStatus::Failed
                                | TrainingStatus::Cancelled
                        )
                    };
                    if !finished {
                        req = req.status(PatchTrainingIdStatus::Cancelled);
                    }
                }
                req.send().await?;
            }
        ),
        case!("createPrediction", "POST", "/predictions", |c| {
            let mut req = c
                .client
                .predictions()
                .create(c.id("document"), c.id("model"));
            if c.all() {
                req = req
                    .max_pages(1)
                    .auto_rotate(false)
                    .image_quality(ImageQuality::Low)
                    .rotation(90.try_into().expect("90 is a rotation of the spec"))
                    .postprocess_config(PostprocessConfig::BestFirst {
                        output_format: None,
                    })
                    .preprocess_config(preprocess_config(false, ImageQuality::Low, 1))
                    .async_(false);
                if let Some(training) = c.known("model-training") {
                    req = req.training_id(training);
                }
            }
            let prediction = req.send().await?;
            c.keep("prediction", Some(&prediction.prediction_id));
        }),
        case!("listPredictions", "GET", "/predictions", |c| {
            let mut req = c.client.predictions().list();
            if c.all() {
                req = paged!(
                    c,
                    req.model_id(c.id("model"))
                        .order(Order::Descending)
                        .sort_by(CreatedTimeSortBy::CreatedTime)
                        .limit(10)
                );
            }
            req.send().await?;
        }),
        case!("getPrediction", "GET", "/predictions/{predictionId}", |c| {
            c.client.predictions().get(&c.id("prediction")).await?;
        }),
        // -- transitions and their executions --
        case!("createTransition", "POST", "/transitions", |c| {
            let mut req = c.client.transitions().create(TransitionType::Manual);
            if c.all() {
                req = req
                    .name("contract transition")
                    .description("created by the contract tests")
                    .in_schema(
                        json!({"type": "object", "properties": {"documentId": {"type": "string"}}}),
                    )
                    .out_schema(json!({"type": "object"}))
                    .timeout_in_seconds(1800);
                // Against Prism odd rounds send docker parameters, so both
                // shapes of `parameters` are checked; a real server gets a
                // manual transition, which the workflow below can wait on.
                req = if !c.stateful && c.round % 2 == 1 {
                    req.parameters({
                        let mut docker_transition_parameters = DockerTransitionParameters::new(
                            "registry.example.com/contract:1".into(),
                        );
                        docker_transition_parameters.cpu =
                            Some(256.try_into().expect("cpu 256 is in the spec"));
                        docker_transition_parameters.environment =
                            BTreeMap::from([("LOG_LEVEL".into(), "debug".into())]);
                        docker_transition_parameters.environment_secrets = vec![c.id("secret")];
                        docker_transition_parameters.memory =
                            Some(512.try_into().expect("memory 512 is in the spec"));
                        docker_transition_parameters.secret_id = Some(c.id("secret"));
                        docker_transition_parameters
                    })
                } else {
                    req.parameters({
                        let mut manual_transition_parameters = ManualTransitionParameters::new();
                        manual_transition_parameters.assets = Some({
                            let mut transition_assets = TransitionAssets::new(BTreeMap::from([(
                                "logo".into(),
                                c.id("asset"),
                            )]));
                            transition_assets.js_remote_component = Some(c.id("asset"));
                            transition_assets
                        });
                        manual_transition_parameters
                    })
                };
            }
            let transition = req.send().await?;
            c.keep("transition", Some(&transition.transition_id));
        }),
        case!("listTransitions", "GET", "/transitions", |c| {
            let mut req = c.client.transitions().list();
            if c.all() {
                req = paged!(c, req.transition_type(TransitionType::Manual).limit(10));
            }
            req.send().await?;
        }),
        case!("getTransition", "GET", "/transitions/{transitionId}", |c| {
            c.client.transitions().get(&c.id("transition")).await?;
        }),
        case!(
            "updateTransition",
            "PATCH",
            "/transitions/{transitionId}",
            |c| {
                let mut req = c.client.transitions().update(c.id("transition"));
                // The API refuses an empty PATCH body (`minProperties: 1`).
                req = req.description("updated by the contract tests");
                if c.all() {
                    req = req
                    .name("contract transition, renamed")
                    .description("updated by the contract tests")
                    .in_schema(json!({"type": "object"}))
                    .out_schema(json!({"type": "object", "properties": {"approved": {"type": "boolean"}}}))
                    .assets([("jsRemoteComponent", c.id("asset")), ("logo", c.id("asset"))])
                    .environment([("LOG_LEVEL", "info")])
                    .environment_secrets([c.id("secret")])
                    .parameters(transition_parameters_update(&c));
                }
                req.send().await?;
            }
        ),
        case!(
            "executeTransition",
            "POST",
            "/transitions/{transitionId}/executions",
            |c| {
                let execution = c
                    .client
                    .transitions()
                    .executions(c.id("transition"))
                    .execute()
                    .await?;
                c.keep("transition-execution", Some(&execution.execution_id));
                c.keep("log", execution.log_id.as_deref());
            }
        ),
        case!(
            "listTransitionExecutions",
            "GET",
            "/transitions/{transitionId}/executions",
            |c| {
                let mut req = c.client.transitions().executions(c.id("transition")).list();
                if c.all() {
                    req = paged!(
                        c,
                        req.status(TransitionExecutionStatus::Running)
                            .status(TransitionExecutionStatus::Succeeded)
                            .execution_id(c.id("transition-execution"))
                            .sort_by(SortBy::StartTime)
                            .order(Order::Descending)
                            .limit(10)
                    );
                }
                req.send().await?;
            }
        ),
        case!(
            "getTransitionExecution",
            "GET",
            "/transitions/{transitionId}/executions/{executionId}",
            |c| {
                c.client
                    .transitions()
                    .executions(c.id("transition"))
                    .get(&c.id("transition-execution"))
                    .await?;
            }
        ),
        case!(
            "sendHeartbeat",
            "POST",
            "/transitions/{transitionId}/executions/{executionId}/heartbeats",
            |c| {
                c.client
                    .transitions()
                    .executions(c.id("transition"))
                    .heartbeat(&c.id("transition-execution"))
                    .await?;
            }
        ),
        case!(
            "updateTransitionExecution",
            "PATCH",
            "/transitions/{transitionId}/executions/{executionId}",
            |c| {
                let executions = c.client.transitions().executions(c.id("transition"));
                let execution = c.id("transition-execution");
                if c.all() {
                    executions
                        .update(execution, TransitionExecutionUpdateStatus::Failed)
                        .output([("approved", false)])
                        .error("rejected by the contract tests")
                        .start_time("2024-03-07T10:17:00.000000+0000")
                        .send()
                        .await?;
                } else {
                    executions
                        .update(execution, TransitionExecutionUpdateStatus::Rejected)
                        .send()
                        .await?;
                }
            }
        ),
        // -- workflows and their executions, logs --
        case!("createWorkflow", "POST", "/workflows", |c| {
            let definition = json!({
                "StartAt": "review",
                "States": {"review": {"Type": "Task", "Resource": c.id("transition"), "End": true}}
            });
            let mut req = c.client.workflows().create(definition);
            if c.all() {
                req = req
                    .name("contract workflow")
                    .description("created by the contract tests")
                    .error_config({
                        let mut error_config = PostWorkflowsErrorConfig::new();
                        error_config.email = Some("ops@example.com".into());
                        error_config.manual_retry = Some(true);
                        error_config
                    })
                    .completed_config({
                        let mut config = PostWorkflowsCompletedConfig::new(
                            "registry.example.com/contract-completed:1".into(),
                        );
                        config.environment = BTreeMap::from([("NOTIFY".into(), "true".into())]);
                        config.environment_secrets = vec![c.id("secret")];
                        config.secret_id = Some(c.id("secret"));
                        config
                    })
                    .email_config({
                        let mut config = PostWorkflowsEmailConfig::new(c.id("secret"));
                        config.email = Some("inbox@example.com".into());
                        config.allowed_origins = Some(vec!["example.com".into()]);
                        config.additional_workflow_input =
                            Some(json_object(json!({"channel": "email"})));
                        config
                    })
                    .status(WorkflowStatus::Development)
                    .metadata([("team", json!("contract"))]);
            }
            let workflow = req.send().await?;
            c.keep("workflow", Some(&workflow.workflow_id));
        }),
        case!("listWorkflows", "GET", "/workflows", |c| {
            let mut req = c.client.workflows().list();
            if c.all() {
                req = paged!(c, req.limit(10));
            }
            req.send().await?;
        }),
        case!("getWorkflow", "GET", "/workflows/{workflowId}", |c| {
            c.client.workflows().get(&c.id("workflow")).await?;
        }),
        case!("updateWorkflow", "PATCH", "/workflows/{workflowId}", |c| {
            let mut req = c.client.workflows().update(c.id("workflow"));
            // The API refuses an empty PATCH body (`minProperties: 1`).
            req = req.description("updated by the contract tests");
            if c.all() {
                req = req
                    .name("contract workflow, renamed")
                    .description("updated by the contract tests")
                    .error_config({
                        let mut error_config = PatchWorkflowIdErrorConfig::new();
                        error_config.manual_retry = Some(false);
                        error_config
                    })
                    .completed_config({
                        let mut config = PatchWorkflowIdCompletedConfig::new(
                            "registry.example.com/contract-completed:2".into(),
                        );
                        config.environment = BTreeMap::from([("NOTIFY".into(), "false".into())]);
                        config.environment_secrets = vec![c.id("secret")];
                        config.secret_id = Some(c.id("secret"));
                        config
                    })
                    .email_config({
                        let mut config = PatchWorkflowIdEmailConfig::new(c.id("secret"));
                        config.email = Some("inbox2@example.com".into());
                        config
                    })
                    .status(WorkflowStatus::Production)
                    .metadata([("team", json!("contract, renamed"))]);
            }
            req.send().await?;
        }),
        case!(
            "executeWorkflow",
            "POST",
            "/workflows/{workflowId}/executions",
            |c| {
                let execution = c
                    .client
                    .workflows()
                    .executions(c.id("workflow"))
                    .execute(json!({"documentId": c.id("document")}))
                    .await?;
                c.keep("workflow-execution", Some(&execution.execution_id));
            }
        ),
        case!(
            "listWorkflowExecutions",
            "GET",
            "/workflows/{workflowId}/executions",
            |c| {
                let mut req = c.client.workflows().executions(c.id("workflow")).list();
                if c.all() {
                    req = paged!(
                        c,
                        req.status(WorkflowExecutionStatus::Running)
                            .status(WorkflowExecutionStatus::Error)
                            .sort_by(SortBy::EndTime)
                            .order(Order::Ascending)
                            .from_start_time(start_time("2024-01-01T00:00:00Z"))
                            .to_start_time(start_time("2030-01-01T00:00:00Z"))
                            .limit(10)
                    );
                }
                req.send().await?;
            }
        ),
        case!(
            "getWorkflowExecution",
            "GET",
            "/workflows/{workflowId}/executions/{executionId}",
            |c| {
                c.client
                    .workflows()
                    .executions(c.id("workflow"))
                    .get(&c.id("workflow-execution"))
                    .await?;
            }
        ),
        case!(
            "updateWorkflowExecution",
            "PATCH",
            "/workflows/{workflowId}/executions/{executionId}",
            |c| {
                let mut req = c
                    .client
                    .workflows()
                    .executions(c.id("workflow"))
                    .update(c.id("workflow-execution"), c.id("transition"));
                if c.all() {
                    req = req.status(PatchWorkflowExecutionIdStatus::Succeeded);
                }
                req.send().await?;
            }
        ),
        case!("listLogs", "GET", "/logs", |c| {
            let mut req = c.client.logs().list();
            if c.all() {
                req = paged!(
                    c,
                    req.workflow_id(c.id("workflow"))
                        .workflow_execution_id(c.id("workflow-execution"))
                        .transition_id(c.id("transition"))
                        .transition_execution_id(c.id("transition-execution"))
                        .order(Order::Descending)
                        .limit(10)
                );
            }
            req.send().await?;
        }),
        case!("getLog", "GET", "/logs/{logId}", |c| {
            c.client.logs().get(&c.id("log")).await?;
        }),
        case!(
            "deleteWorkflowExecution",
            "DELETE",
            "/workflows/{workflowId}/executions/{executionId}",
            |c| {
                c.client
                    .workflows()
                    .executions(c.id("workflow"))
                    .delete(&c.id("workflow-execution"))
                    .await?;
            }
        ),
        // -- deletes, dependents first --
        case!("deleteWorkflow", "DELETE", "/workflows/{workflowId}", |c| {
            c.client.workflows().delete(&c.id("workflow")).await?;
        }),
        case!(
            "deleteTransition",
            "DELETE",
            "/transitions/{transitionId}",
            |c| {
                c.client.transitions().delete(&c.id("transition")).await?;
            }
        ),
        case!(
            "deleteDataBundle",
            "DELETE",
            "/models/{modelId}/dataBundles/{dataBundleId}",
            |c| {
                c.client
                    .models()
                    .data_bundles(c.id("model"))
                    .delete(&c.id("data-bundle"))
                    .await?;
            }
        ),
        case!("deleteModel", "DELETE", "/models/{modelId}", |c| {
            c.client.models().delete(&c.id("model")).await?;
        }),
        case!("deleteSecret", "DELETE", "/secrets/{secretId}", |c| {
            c.client.secrets().delete(&c.id("secret")).await?;
        }),
        case!("deleteAsset", "DELETE", "/assets/{assetId}", |c| {
            c.client.assets().delete(&c.id("asset")).await?;
        }),
        case!("deleteDocument", "DELETE", "/documents/{documentId}", |c| {
            c.client.documents().delete(&c.id("document")).await?;
        }),
        case!("deleteDocuments", "DELETE", "/documents", |c| {
            // `delete_all` (follow nextToken until nothing is left) is
            // exercised by deleteDataset's `delete_documents(true)`.
            let mut req = c.client.documents().delete_many();
            if c.all() {
                req = paged!(
                    c,
                    req.dataset_id(c.id("dataset")).consent_id(c.id("consent"))
                );
            }
            req.send().await?;
        }),
        case!(
            "deleteTransformation",
            "DELETE",
            "/datasets/{datasetId}/transformations/{transformationId}",
            |c| {
                c.client
                    .datasets()
                    .transformations(c.id("dataset"))
                    .delete(&c.id("dataset-transformation"))
                    .await?;
            }
        ),
        case!("deleteDataset", "DELETE", "/datasets/{datasetId}", |c| {
            let mut req = c.client.datasets().delete(c.id("dataset"));
            if c.all() {
                req = req.delete_documents(true);
            }
            match req.send().await {
                // Prism's random nextTokens can repeat while the handler
                // follows them through DELETE /documents; refusing a
                // repeated token is the client's documented behaviour.
                Err(Error::InvalidResponse {
                    operation: "delete_documents",
                    what,
                }) if !c.stateful && what.contains("already returned") => {}
                other => {
                    other?;
                }
            }
        }),
        case!("deleteUser", "DELETE", "/users/{userId}", |c| {
            c.client.users().delete(&c.id("user")).await?;
        }),
        case!(
            "deletePaymentMethod",
            "DELETE",
            "/paymentMethods/{paymentMethodId}",
            |c| {
                c.client
                    .payment_methods()
                    .delete(&c.id("payment-method"))
                    .await?;
            }
        ),
        case!(
            "deleteAppClient",
            "DELETE",
            "/appClients/{appClientId}",
            |c| {
                c.client.app_clients().delete(&c.id("app-client")).await?;
            }
        ),
    ]
}

/// Against another server: wait (bounded) until the kept data bundle is no
/// longer being processed, so that a training can use it.
async fn wait_for_data_bundle(c: &Ctx) -> las_client::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(900);
    let bundles = c.client.models().data_bundles(c.id("model"));
    loop {
        let bundle = bundles.get(&c.id("data-bundle")).await?;
        let processing = matches!(
            bundle.status,
            DataBundleStatus::Running | DataBundleStatus::Processing
        );
        if !processing || Instant::now() > deadline {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

fn start_time(text: &str) -> las_client::chrono::DateTime<las_client::chrono::Utc> {
    text.parse().expect("a date-time")
}

/// `parameters` of a transition update: docker ones in odd rounds against
/// Prism, manual ones otherwise (the table's transition is manual).
fn transition_parameters_update(c: &Ctx) -> PatchTransitionIdParameters {
    let mut parameters = PatchTransitionIdParameters::new();
    if !c.stateful && c.round % 2 == 1 {
        let mut docker = PatchTransitionIdParametersSubtype0::new();
        docker.memory = Some(1024.try_into().expect("memory 1024 is in the spec"));
        docker.cpu = Some(512.try_into().expect("cpu 512 is in the spec"));
        docker.environment = Some(BTreeMap::from([("LOG_LEVEL".into(), "warn".into())]));
        parameters.subtype_0 = Some(docker);
    } else {
        let mut manual = ManualTransitionParameters::new();
        manual.assets = Some(TransitionAssets::new(BTreeMap::from([(
            "logo".into(),
            c.id("asset"),
        )])));
        parameters.subtype_2 = Some(manual);
    }
    parameters
}

fn json_object(value: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    match value {
        serde_json::Value::Object(map) => map,
        other => panic!("not a JSON object: {other}"),
    }
}

fn preprocess_config(auto_rotate: bool, quality: ImageQuality, max_pages: i64) -> PreprocessConfig {
    let mut config = PreprocessConfig::new();
    config.auto_rotate = Some(auto_rotate);
    config.image_quality = Some(quality);
    config.max_pages = Some(max_pages);
    config
}

/// Ground truth of line items: rows of labelled values.
fn line_items_ground_truth() -> GroundTruthValue {
    let cell = |label: &str, value: GroundTruthListItemValue| {
        let mut item = GroundTruthListItem::new(label.into());
        item.value = Some(value);
        item
    };
    GroundTruthValue::GroundTruthList(GroundTruthList::Rows(vec![
        vec![
            cell(
                "description",
                GroundTruthListItemValue::String("Consulting".into()),
            ),
            cell("amount", 100.0.into()),
        ],
        vec![
            cell(
                "description",
                GroundTruthListItemValue::String("Travel".into()),
            ),
            cell("amount", 20.5.into()),
        ],
    ]))
}

// ---------------------------------------------------------------------------
// The spec's operations, read from openapi.yaml
// ---------------------------------------------------------------------------

/// `(operationId, METHOD, path)` of every operation in openapi.yaml, read
/// line by line (paths at two spaces, methods at four, as the file is laid
/// out).
fn spec_operations() -> BTreeSet<(String, String, String)> {
    let text = std::fs::read_to_string(prism::spec_path()).expect("read openapi.yaml");
    let mut out = BTreeSet::new();
    let (mut in_paths, mut current_path, mut current_method) =
        (false, String::new(), String::new());
    for line in text.lines() {
        if !line.starts_with(' ') {
            in_paths = line.trim_end() == "paths:";
            continue;
        }
        if !in_paths {
            continue;
        }
        if let Some(p) = line.strip_prefix("  /") {
            current_path = format!("/{}", p.trim_end().trim_end_matches(':'));
        } else if let Some(m) = line.strip_prefix("    ").and_then(|l| l.strip_suffix(':')) {
            if ["get", "post", "put", "patch", "delete"].contains(&m) {
                current_method = m.to_ascii_uppercase();
            }
        } else if let Some(id) = line.trim().strip_prefix("operationId:") {
            out.insert((
                id.trim().to_string(),
                current_method.clone(),
                current_path.clone(),
            ));
        }
    }
    out
}

/// The operations whose security requirements in openapi.yaml accept an
/// API key (`api_key`), or that have none (`signUp`).
fn api_key_operations() -> BTreeSet<String> {
    let text = std::fs::read_to_string(prism::spec_path()).expect("read openapi.yaml");
    let spec: serde_json::Value = serde_yaml_ng::from_str(&text).expect("openapi.yaml parses");
    let mut out = BTreeSet::new();
    for item in spec["paths"].as_object().expect("paths").values() {
        for op in item.as_object().expect("a path item").values() {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let accepts = match op["security"].as_array() {
                None => true,
                Some(requirements) => {
                    requirements.is_empty()
                        || requirements.iter().any(|r| r.get("api_key").is_some())
                }
            };
            if accepts {
                out.insert(id.to_string());
            }
        }
    }
    out
}

/// The operation a request addresses, by method and path template.
fn operation_of<'a>(table: &'a [Case], method: &str, path: &str) -> Option<&'a str> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    table
        .iter()
        .find(|case| {
            let template: Vec<&str> = case.path.trim_start_matches('/').split('/').collect();
            case.method == method
                && template.len() == segments.len()
                && template
                    .iter()
                    .zip(&segments)
                    .all(|(t, s)| (t.starts_with('{') && !s.is_empty()) || t == s)
        })
        .map(|case| case.op)
}

// ---------------------------------------------------------------------------
// Running sequences
// ---------------------------------------------------------------------------

/// One pass over the table with one client.
struct Sequence {
    args: Args,
    auth: Auth,
    /// The client authenticates with an API key.
    api_key: bool,
    round: usize,
    client: Client,
    /// Present against Prism.
    recorder: Option<Recorder>,
}

#[derive(Default)]
struct Outcome {
    failures: Vec<String>,
    known: Vec<String>,
    /// Operations that passed, with the argument set.
    passed: BTreeSet<(&'static str, Args)>,
    skipped: BTreeSet<&'static str>,
    /// Calls with an API key to operations the spec secures with OAuth2
    /// only, refused with Prism's 401 as the spec says.
    refused_api_key: BTreeSet<&'static str>,
    requests: usize,
    /// Answers of Prism that were the mock's own failure, asked again.
    regenerated: u32,
    /// What Prism said about its own answers it was asked again for, with
    /// the operation (points at schemas Prism cannot satisfy).
    response_violations: BTreeSet<String>,
}

impl Outcome {
    fn merge(&mut self, other: Outcome) {
        self.failures.extend(other.failures);
        self.known.extend(other.known);
        self.passed.extend(other.passed);
        self.skipped.extend(other.skipped);
        self.refused_api_key.extend(other.refused_api_key);
        self.requests += other.requests;
        self.regenerated += other.regenerated;
        self.response_violations.extend(other.response_violations);
    }
}

fn label(seq: &Sequence, op: &str) -> String {
    format!(
        "{op} [{:?} arguments, {:?}, round {}]",
        seq.args,
        seq.auth,
        seq.round + 1
    )
}

async fn run_sequence(
    table: &[Case],
    seq: &Sequence,
    known_ids: Option<&[(&'static str, String)]>,
    skip: &BTreeSet<String>,
) -> Outcome {
    let mut outcome = Outcome::default();
    let ctx = Ctx {
        client: seq.client.clone(),
        args: seq.args,
        round: seq.round,
        stateful: known_ids.is_some(),
        ids: Arc::new(Mutex::new(
            known_ids.unwrap_or_default().iter().cloned().collect(),
        )),
        unique: format!(
            "{}-{:?}-{:?}-{}",
            std::process::id(),
            seq.args,
            seq.auth,
            seq.round
        )
        .to_ascii_lowercase(),
    };
    let trace = std::env::var("LAS_CONTRACT_TRACE").is_ok_and(|v| v == "1");
    let api_key_operations = api_key_operations();
    for case in table {
        if skip.contains(case.op) {
            outcome.skipped.insert(case.op);
            continue;
        }
        // An operation the spec secures with OAuth2 only: with an API key,
        // Prism must refuse it (401); another server is not asked.
        let oauth2_only = seq.api_key && !api_key_operations.contains(case.op);
        if oauth2_only && seq.recorder.is_none() {
            outcome.skipped.insert(case.op);
            continue;
        }
        let result = (case.run)(ctx.clone()).await;
        let exchanges = seq.recorder.as_ref().map(Recorder::take);
        let mut problems = Vec::new();
        if oauth2_only {
            let exchanges = exchanges.unwrap_or_default();
            outcome.requests += exchanges.len();
            match (&result, exchanges.as_slice()) {
                (Err(Error::InvalidCredentials { .. }), [one])
                    if one.status == 401
                        && one.violations.is_none()
                        && one.api_key.as_deref() == Some(API_KEY) =>
                {
                    outcome.refused_api_key.insert(case.op);
                }
                (result, exchanges) => outcome.failures.push(format!(
                    "{}: openapi.yaml secures this operation with OAuth2 only, so an API key \
                     must get Prism's 401; got {:?} with {:?}",
                    label(seq, case.op),
                    result.as_ref().map(drop),
                    exchanges.iter().map(Exchange::line).collect::<Vec<_>>()
                )),
            }
            continue;
        }
        if let Err(e) = &result {
            problems.push(describe(e));
        }
        if let Some(exchanges) = &exchanges {
            outcome.requests += exchanges.len();
            for x in exchanges {
                outcome.regenerated += x.regenerated;
                for message in &x.response_violations {
                    outcome
                        .response_violations
                        .insert(format!("{}: {message}", case.op));
                }
            }
            problems.extend(check_exchanges(table, case, seq.auth, exchanges));
            if trace {
                for x in exchanges {
                    println!("{}: {}", label(seq, case.op), x.line());
                }
            }
        }
        if problems.is_empty() {
            outcome.passed.insert((case.op, seq.args));
            continue;
        }
        let mut text = format!("{}:\n    {}", label(seq, case.op), problems.join("\n    "));
        if let Some(exchanges) = &exchanges {
            for x in exchanges {
                text.push_str(&format!(
                    "\n      {}  response: {}",
                    x.line(),
                    excerpt(&x.body, 300)
                ));
            }
        }
        match KNOWN_FAILURES
            .iter()
            .find(|k| k.op == case.op && text.contains(k.contains))
        {
            Some(k) => outcome
                .known
                .push(format!("{text}\n    known failure: {}", k.why)),
            None => outcome.failures.push(text),
        }
    }
    outcome
}

fn describe(e: &Error) -> String {
    match e {
        Error::Decode { operation, .. } => {
            format!("the response of {operation} did not decode: {e}")
        }
        Error::BadRequest { .. } => {
            format!("request rejected (400; with Prism: a request violation): {e}")
        }
        Error::InvalidCredentials { .. } => format!("credentials not accepted (401/403): {e}"),
        Error::UnexpectedStatus { status: 422, .. } => format!("request violation (422): {e}"),
        other => format!("call failed: {other}"),
    }
}

/// What the recording proxy saw for one call: every request must address a
/// spec operation, carry the sequence's credentials and raise no violation,
/// and the last one must be the case's own operation.
fn check_exchanges(table: &[Case], case: &Case, auth: Auth, exchanges: &[Exchange]) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(last) = exchanges.last() else {
        problems.push("no request reached the server".to_string());
        return problems;
    };
    for x in exchanges {
        let op = operation_of(table, &x.method, &x.path);
        match op {
            None => problems.push(format!("{} addresses no operation of the spec", x.line())),
            Some(op) if op != "signUp" => {
                let expected = match auth {
                    Auth::ApiKey => {
                        x.api_key.as_deref() == Some(API_KEY) && x.authorization.is_none()
                    }
                    Auth::OAuth2 => {
                        x.authorization.as_deref() == Some(&format!("Bearer {ACCESS_TOKEN}"))
                            && x.api_key.is_none()
                    }
                    Auth::Env => true,
                };
                if !expected {
                    problems.push(format!(
                        "{} did not carry the {auth:?} credentials (x-api-key: {}, authorization: {})",
                        x.line(),
                        x.api_key.is_some(),
                        x.authorization.is_some()
                    ));
                }
            }
            Some(_) => {}
        }
        if let Some(violations) = &x.violations {
            problems.push(format!(
                "{} violates the spec: {}",
                x.line(),
                violations_text(violations)
            ));
        }
        if !(200..300).contains(&x.status) {
            problems.push(format!("{} answered {}", x.line(), x.status));
        }
    }
    let last_op = operation_of(table, &last.method, &last.path);
    if last_op != Some(case.op) {
        problems.push(format!(
            "the handler sent {} ({}) instead of {} {}",
            last.line(),
            last_op.unwrap_or("no operation"),
            case.method,
            case.path
        ));
    }
    problems
}

/// The messages of an `sl-violations` header (a JSON array of
/// `{location, severity, code, message}`), one per line.
fn violations_text(header: &str) -> String {
    match serde_json::from_str::<Vec<serde_json::Value>>(header) {
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

// ---------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------

enum Target {
    Prism(PathBuf),
    Env(Credentials),
}

fn target() -> Option<Target> {
    let use_env = std::env::var("LAS_CONTRACT_USE_ENV").is_ok_and(|v| v == "1");
    if use_env {
        let credentials = Credentials::from_env()
            .unwrap_or_else(|e| panic!("LAS_CONTRACT_USE_ENV=1 but no usable credentials: {e}"));
        return Some(Target::Env(credentials));
    }
    if std::env::var_os("LAS_API_ENDPOINT").is_some() {
        eprintln!(
            "contract_prism: LAS_API_ENDPOINT is set but LAS_CONTRACT_USE_ENV is not 1: \
             running against Prism, not that server"
        );
    }
    prism::locate("contract_prism").map(Target::Prism)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_matches_the_spec() {
    let started = Instant::now();
    let table = cases();
    check_table_against_spec(&table);
    let outcome = match target() {
        None => return,
        Some(Target::Prism(bin)) => against_prism(&table, &bin).await,
        Some(Target::Env(credentials)) => against_env(&table, credentials).await,
    };
    report(&table, &outcome, started.elapsed());
}

/// Setters the table calls in another operation's case, with where.
const SETTERS_ELSEWHERE: &[(&str, &str, &str)] = &[(
    "DeleteDocuments",
    "delete_all",
    "deleteDataset's delete_documents(true) follows nextTokens through DELETE /documents",
)];

/// Every setter of every request builder of las-client (the generated and
/// the custom ones) is called in its operation's case, so the pass with
/// every optional argument has them all: a builder that grows a setter fails
/// here, naming it, until the table calls it. `max_results` and
/// `next_token` come with `paged!`.
#[test]
fn every_builder_setter_is_called_in_its_case() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["generated", "custom"] {
        for entry in std::fs::read_dir(src.join(dir)).expect("read the SDK sources") {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".rs")
                && !["blocking.rs", "manifest.rs", "mod.rs", "pages.rs"].contains(&name)
            {
                files.push(std::fs::read_to_string(&path).expect("read a source file"));
            }
        }
    }
    // builder type -> its setters; type -> (type of the method making it, method)
    let mut setters: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut made_by: BTreeMap<String, (String, String)> = BTreeMap::new();
    for text in &files {
        let mut current = String::new();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if let Some(rest) = line.strip_prefix("impl ") {
                if line.trim_end().ends_with('{') && !rest.contains(" for ") {
                    let name = rest.trim_end_matches('{').trim();
                    current = name.rsplit("::").next().unwrap_or(name).to_string();
                }
                continue;
            }
            let Some(at) = line.find("pub fn ").or_else(|| line.find("pub async fn ")) else {
                continue;
            };
            let signature: String = lines[i..]
                .iter()
                .take(8)
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let signature = &signature[at..signature.find('{').unwrap_or(signature.len())];
            let name: String = signature
                .trim_start_matches("pub async fn ")
                .trim_start_matches("pub fn ")
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if signature.contains("mut self") && name != "send" {
                setters.entry(current.clone()).or_default().insert(name);
            } else if signature.contains("&self") {
                if let Some(returned) = signature.rsplit("->").next() {
                    let returned = returned.trim();
                    if returned.chars().all(|c| c.is_ascii_alphanumeric()) {
                        made_by.insert(returned.to_string(), (current.clone(), name));
                    }
                }
            }
        }
    }
    assert!(!setters.is_empty(), "no setters found in las-client/src");

    let table = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/contract_prism.rs"),
    )
    .expect("read this file");
    // The text of each case: from its `case!(` to the next one.
    let starts: Vec<usize> = table.match_indices("case!(").map(|(at, _)| at).collect();
    let case_text = |op: &str| -> Option<String> {
        starts.iter().enumerate().find_map(|(i, &start)| {
            let rest = &table[start + "case!(".len()..];
            let named = rest.trim_start().starts_with(&format!("\"{op}\","));
            let end = starts.get(i + 1).copied().unwrap_or(table.len());
            named.then(|| table[start..end].to_string())
        })
    };
    let mut missing = Vec::new();
    for (builder, names) in &setters {
        let Some((handler, method)) = made_by.get(builder) else {
            missing.push(format!("{builder}: no handler method makes it"));
            continue;
        };
        let op = OPERATIONS.iter().find(|op| {
            op.handler == handler && op.method.rsplit('.').next() == Some(method.as_str())
        });
        let Some(op) = op else {
            missing.push(format!("{builder} ({handler}::{method}): no operation"));
            continue;
        };
        let Some(text) = case_text(op.operation_id) else {
            missing.push(format!("{builder}: no case for {}", op.operation_id));
            continue;
        };
        for name in names {
            let elsewhere = SETTERS_ELSEWHERE
                .iter()
                .any(|(b, n, _)| b == builder && n == name);
            let paged =
                text.contains("paged!(") && ["max_results", "next_token"].contains(&name.as_str());
            if !elsewhere && !paged && !text.contains(&format!(".{name}(")) {
                missing.push(format!("{}: {builder}::{name}", op.operation_id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "setters the table does not call in their operation's case:\n  {}",
        missing.join("\n  ")
    );
}

/// The table names each operation of the spec once, with its method and path.
fn check_table_against_spec(table: &[Case]) {
    let spec = spec_operations();
    let ours: BTreeSet<(String, String, String)> = table
        .iter()
        .map(|c| (c.op.to_string(), c.method.to_string(), c.path.to_string()))
        .collect();
    assert_eq!(
        ours.len(),
        table.len(),
        "an operation appears twice in the table"
    );
    let missing: Vec<_> = spec.difference(&ours).collect();
    let extra: Vec<_> = ours.difference(&spec).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "the table does not match openapi.yaml\n  missing: {missing:?}\n  not in the spec: {extra:?}"
    );
}

async fn against_prism(table: &[Case], bin: &std::path::Path) -> Outcome {
    let prism = Prism::mock(bin, &prism::spec_path());
    println!(
        "contract_prism: Prism {} (pid {}) serving openapi.yaml",
        prism.url(),
        prism.pid()
    );

    let token_endpoint = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": ACCESS_TOKEN,
            "token_type": "Bearer",
            "expires_in": 3600
        })))
        .expect(1..)
        .mount(&token_endpoint)
        .await;

    controls(&prism).await;

    let mut sequences = Vec::new();
    for round in 0..DYNAMIC_ROUNDS {
        for args in [Args::Required, Args::All] {
            for auth in [Auth::ApiKey, Auth::OAuth2] {
                let recorder = Recorder::start(&prism.url()).await;
                let credentials = match auth {
                    Auth::ApiKey => Credentials::api_key(API_KEY, recorder.url()),
                    _ => Credentials::client_credentials(
                        CLIENT_ID,
                        CLIENT_SECRET,
                        token_endpoint.uri(),
                        recorder.url(),
                    ),
                }
                .expect("credentials");
                let client = Client::builder()
                    .credentials(credentials)
                    .retry_policy(RetryPolicy::disabled())
                    .timeout(Duration::from_secs(30))
                    .build()
                    .expect("client");
                sequences.push(Sequence {
                    args,
                    auth,
                    api_key: auth == Auth::ApiKey,
                    round,
                    client,
                    recorder: Some(recorder),
                });
            }
        }
    }
    let skip = BTreeSet::new();
    let outcomes = futures::future::join_all(
        sequences
            .iter()
            .map(|seq| run_sequence(table, seq, None, &skip)),
    )
    .await;
    let mut outcome = Outcome::default();
    outcomes.into_iter().for_each(|o| outcome.merge(o));
    if !outcome.failures.is_empty() {
        println!("--- end of Prism's log ---\n{}", prism.log_tail(6000));
    }
    outcome
}

/// The detection itself: an invalid request must show up as a violation in
/// the recording proxy, and a secured operation without credentials must get
/// Prism's 401.
async fn controls(prism: &Prism) {
    let recorder = Recorder::start(&prism.url()).await;
    let http = reqwest::Client::new();
    let invalid = http
        .get(format!(
            "{}/documents?maxResults=not-a-number",
            recorder.url()
        ))
        .header("x-api-key", API_KEY)
        .send()
        .await
        .expect("request through the recording proxy");
    assert!(
        invalid.status().is_client_error(),
        "Prism accepted an invalid query: {}",
        invalid.status()
    );
    let seen = recorder.take();
    assert!(
        seen.len() == 1
            && seen[0]
                .violations
                .as_deref()
                .is_some_and(|v| v.contains("maxresults")),
        "the recording proxy did not see Prism's violation: {seen:?}"
    );
    let anonymous = http
        .get(format!("{}/documents", recorder.url()))
        .send()
        .await
        .expect("request through the recording proxy");
    assert_eq!(
        anonymous.status(),
        401,
        "Prism must refuse a secured operation without credentials"
    );
}

async fn against_env(table: &[Case], credentials: Credentials) -> Outcome {
    println!(
        "contract_prism: running against {} ({:?} credentials from the environment)",
        credentials.api_endpoint(),
        credentials.kind()
    );
    let api_key = credentials.kind() == CredentialsKind::ApiKey;
    let mut builder = Client::builder().credentials(credentials);
    if let Ok(origin) = std::env::var("LAS_CONTRACT_TRUST_FILE_ORIGIN") {
        builder = builder.trust_file_origin(origin);
    }
    let client = builder.build().expect("client");
    let mut skip: BTreeSet<String> = std::env::var("LAS_CONTRACT_SKIP")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let organization = std::env::var("LAS_ORGANIZATION_ID").ok();
    if organization.is_none() {
        println!(
            "contract_prism: LAS_ORGANIZATION_ID is unset: skipping the organization operations"
        );
        skip.extend([
            "getOrganization".to_string(),
            "updateOrganization".to_string(),
        ]);
    }
    if api_key {
        println!(
            "contract_prism: API key credentials: skipping the operations openapi.yaml secures \
             with OAuth2 only"
        );
    }
    in_order(table, &client, Auth::Env, api_key, organization, &skip).await
}

/// The table in order, once per argument set, ids flowing from the create
/// calls to the calls after them.
async fn in_order(
    table: &[Case],
    client: &Client,
    auth: Auth,
    api_key: bool,
    organization: Option<String>,
    skip: &BTreeSet<String>,
) -> Outcome {
    let known: Vec<(&'static str, String)> = organization
        .into_iter()
        .map(|org| ("organization", org))
        .collect();
    let mut outcome = Outcome::default();
    for args in [Args::Required, Args::All] {
        let seq = Sequence {
            args,
            auth,
            api_key,
            round: 0,
            client: client.clone(),
            recorder: None,
        };
        outcome.merge(run_sequence(table, &seq, Some(&known), skip).await);
    }
    outcome
}

/// The in-order mode (the one used against other servers) against the
/// in-process emulator, with both kinds of credentials, so that it keeps
/// working. Needs no Prism.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_table_runs_in_order_against_the_emulator() {
    let started = Instant::now();
    let table = cases();
    let emu = Emulator::builder()
        .clock(Clock::Instant)
        .start()
        .await
        .expect("start the emulator");
    let mut outcome = Outcome::default();
    for auth in [Auth::ApiKey, Auth::OAuth2] {
        let credentials = match auth {
            Auth::ApiKey => Credentials::api_key(emu.api_key(), emu.api_endpoint()),
            _ => Credentials::client_credentials(
                emu.client_id(),
                emu.client_secret(),
                emu.auth_endpoint(),
                emu.api_endpoint(),
            ),
        }
        .expect("credentials");
        // Documents' `fileUrl`s of the emulator are on `localhost` (the
        // spec's pattern for http file URLs), the API on `127.0.0.1`.
        let client = Client::builder()
            .credentials(credentials)
            .retry_policy(RetryPolicy::disabled())
            .trust_file_origin(format!("http://localhost:{}", emu.addr().port()))
            .build()
            .expect("client");
        let organization = Some(emu.organization_id().to_string());
        outcome.merge(
            in_order(
                &table,
                &client,
                auth,
                auth == Auth::ApiKey,
                organization,
                &BTreeSet::new(),
            )
            .await,
        );
    }
    report(&table, &outcome, started.elapsed());
}

fn report(table: &[Case], outcome: &Outcome, elapsed: Duration) {
    for known in &outcome.known {
        println!("KNOWN FAILURE {known}");
    }
    let covered: BTreeSet<&str> = table
        .iter()
        .map(|c| c.op)
        .filter(|op| {
            outcome.passed.contains(&(*op, Args::Required))
                && outcome.passed.contains(&(*op, Args::All))
        })
        .collect();
    let requests = match outcome.requests {
        0 => String::new(),
        n => format!(", {n} requests"),
    };
    let refused = match outcome.refused_api_key.len() {
        0 => String::new(),
        n => format!(", {n} OAuth2-only operations refused an API key (401)"),
    };
    let regenerated = match outcome.regenerated {
        0 => String::new(),
        n => format!(", {n} answers of Prism were the mock's own failure and were asked again"),
    };
    for violation in &outcome.response_violations {
        println!(
            "contract_prism: Prism's own answer violated openapi.yaml (asked again): {violation}"
        );
    }
    println!(
        "contract_prism: {} of {} operations passed with both argument sets ({} skipped){requests}{refused}{regenerated}, {} known failures, {:.1} s",
        covered.len(),
        table.len(),
        outcome.skipped.len(),
        outcome.known.len(),
        elapsed.as_secs_f64()
    );
    assert!(
        outcome.failures.is_empty(),
        "{} failing calls:\n\n{}",
        outcome.failures.len(),
        outcome.failures.join("\n\n")
    );
    if outcome.known.is_empty() {
        let uncovered: Vec<&str> = table
            .iter()
            .map(|c| c.op)
            .filter(|op| !covered.contains(op) && !outcome.skipped.contains(op))
            .collect();
        assert!(
            uncovered.is_empty(),
            "operations not covered with both argument sets: {uncovered:?}"
        );
        let spec: BTreeSet<String> = spec_operations().into_iter().map(|(op, _, _)| op).collect();
        let exercised: BTreeSet<String> = covered
            .iter()
            .chain(outcome.skipped.iter())
            .map(|op| op.to_string())
            .collect();
        let missing: Vec<&String> = spec.difference(&exercised).collect();
        assert!(missing.is_empty(), "operations not exercised: {missing:?}");
    }
}
