//! The in-memory store: one table per resource, the organization and its
//! counters, and the lazy status changes applied before every request.

use std::collections::{BTreeMap, HashMap};

use las_api::types;
use serde_json::{Map, Value};

use crate::app::Timings;
use crate::clock::rfc3339;
use crate::ids::IdGen;

/// Rows in insertion order, looked up by id.
#[derive(Debug)]
pub(crate) struct Table<T> {
    rows: BTreeMap<u64, T>,
    index: HashMap<String, u64>,
    next: u64,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Self {
            rows: BTreeMap::new(),
            index: HashMap::new(),
            next: 1,
        }
    }
}

impl<T> Table<T> {
    pub fn insert(&mut self, id: String, row: T) -> u64 {
        let seq = self.next;
        self.next += 1;
        if let Some(old) = self.index.insert(id, seq) {
            self.rows.remove(&old);
        }
        self.rows.insert(seq, row);
        seq
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.index.get(id).and_then(|s| self.rows.get(s))
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut T> {
        let seq = *self.index.get(id)?;
        self.rows.get_mut(&seq)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    pub fn remove(&mut self, id: &str) -> Option<T> {
        let seq = self.index.remove(id)?;
        self.rows.remove(&seq)
    }

    /// `(sequence, row)` in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (u64, &T)> {
        self.rows.iter().map(|(s, r)| (*s, r))
    }

    /// `(sequence, row)` in insertion order, after sequence `after` (all when `None`).
    pub fn iter_after(&self, after: Option<u64>) -> impl Iterator<Item = (u64, &T)> {
        let start = after.map_or(0, |s| s.saturating_add(1));
        self.rows.range(start..).map(|(s, r)| (*s, r))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.rows.values_mut()
    }
}

/// An app client and its secret (returned only when created).
#[derive(Debug, Clone)]
pub(crate) struct AppClientRec {
    pub api: types::AppClient,
    pub secret: Option<String>,
}

/// A model, its field config as sent, and when its (retired) training started.
#[derive(Debug, Clone)]
pub(crate) struct ModelRec {
    pub api: types::Model,
    /// `fieldConfig` as the request had it: answered as is (a `lines`
    /// entry read into the generated `FieldConfigEntry` would come back as a
    /// field without its `fields`).
    pub field_config: Value,
    pub training_since: Option<u64>,
}

/// A data bundle, when it was created and whether it will fail.
#[derive(Debug, Clone)]
pub(crate) struct DataBundleRec {
    pub api: types::DataBundle,
    pub created_ms: u64,
    pub will_fail: bool,
}

/// A secret and its (never returned) data.
#[derive(Debug, Clone)]
pub(crate) struct SecretRec {
    pub api: types::Secret,
    #[allow(dead_code)]
    pub data: Map<String, Value>,
}

/// A transition execution and what the API does not show of it.
#[derive(Debug, Clone)]
pub(crate) struct TransitionExecRec {
    pub api: types::TransitionExecution,
    pub output: Map<String, Value>,
    /// Taken up by a worker (`POST .../executions`) or heartbeating: only
    /// claimed executions time out.
    pub claimed: bool,
    pub last_heartbeat_ms: u64,
    /// `(workflowId, workflow executionId)` when run as a workflow step.
    pub workflow: Option<(String, String)>,
    /// When an automatic (docker) step completes.
    pub auto_complete_ms: Option<u64>,
}

/// A workflow and its specification.
#[derive(Debug, Clone)]
pub(crate) struct WorkflowRec {
    pub api: types::Workflow,
    pub steps: Vec<Step>,
}

/// One task of a workflow's state machine.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Step {
    pub name: String,
    /// The `Resource` of a `Task` state, usually a transition id.
    pub transition_id: Option<String>,
    /// A `Fail` state: the execution fails when it gets here.
    pub fail: bool,
}

/// A workflow execution and where it is in its steps.
#[derive(Debug, Clone)]
pub(crate) struct WorkflowExecRec {
    pub api: types::WorkflowExecution,
    pub steps: Vec<Step>,
    pub current: usize,
    pub step_started_ms: u64,
    /// The running transition execution of the current step, if any.
    pub current_execution: Option<String>,
    /// The input handed to the current step.
    pub step_input: Map<String, Value>,
}

/// A new organization with the emulator's quotas and nothing used, on the
/// seeded free plan.
pub(crate) fn new_organization(
    id: String,
    name: &str,
    description: &str,
    now_ms: u64,
) -> types::Organization {
    // Built from JSON: the quotas read by name, as the API sends them.
    serde_json::from_value(serde_json::json!({
        "organizationId": id,
        "name": name,
        "description": description,
        "documentRetentionInDays": 1825,
        "monthlyNumberOfActiveModelsUsed": 0,
        "monthlyNumberOfDataBundlesAllowed": 1_000,
        "monthlyNumberOfDataBundlesCreated": 0,
        "monthlyNumberOfDocumentsAllowed": 1_000_000,
        "monthlyNumberOfDocumentsCreated": 0,
        "monthlyNumberOfFieldPredictionsAllowed": 10_000_000,
        "monthlyNumberOfFieldPredictionsUsed": 0,
        "monthlyNumberOfGpuHoursUsed": 0.0,
        "monthlyNumberOfPredictionsAllowed": 1_000_000,
        "monthlyNumberOfPredictionsCreated": 0,
        "monthlyNumberOfTrainingsAllowed": 1_000,
        "monthlyNumberOfTrainingsCreated": 0,
        "monthlyNumberOfTransformationsAllowed": 1_000,
        "monthlyNumberOfTransformationsCreated": 0,
        "monthlyNumberOfTransitionExecutionsAllowed": 1_000_000,
        "monthlyNumberOfTransitionExecutionsCreated": 0,
        "monthlyNumberOfWorkflowExecutionsAllowed": 1_000_000,
        "monthlyNumberOfWorkflowExecutionsCreated": 0,
        "monthlyUsageSummary": {},
        "numberOfAppClientsAllowed": 100,
        "numberOfAppClientsCreated": 0,
        "numberOfAssetsAllowed": 1_000,
        "numberOfAssetsCreated": 0,
        "numberOfDatasetsAllowed": 1_000,
        "numberOfDatasetsCreated": 0,
        "numberOfModelsAllowed": 100,
        "numberOfModelsCreated": 0,
        "numberOfSecretsAllowed": 100,
        "numberOfSecretsCreated": 0,
        "numberOfTransitionsAllowed": 100,
        "numberOfTransitionsCreated": 0,
        "numberOfUsersAllowed": 100,
        "numberOfUsersCreated": 0,
        "numberOfWorkflowsAllowed": 100,
        "numberOfWorkflowsCreated": 0,
        "paymentMethodId": null,
        "planId": crate::resources::catalog::FREE_PLAN_ID,
        "createdTime": rfc3339(now_ms),
        "updatedBy": null,
        "updatedTime": rfc3339(now_ms),
    }))
    .expect("the emulator's organization matches the Organization schema")
}

/// A training or transformation: the answer as JSON, and when it was created.
#[derive(Debug, Clone)]
pub(crate) struct JobRec {
    pub api: Value,
    pub created_ms: u64,
}

/// A payment method and its setup-intent secret (returned only when created).
#[derive(Debug, Clone)]
pub(crate) struct PaymentMethodRec {
    pub api: types::PaymentMethod,
    /// Kept as a card setup would keep it; never answered after creation.
    #[allow(dead_code)]
    pub setup_intent_secret: las_api::SecretString,
}

/// What the organization counts.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Counted {
    AppClient,
    Asset,
    Dataset,
    Model,
    Secret,
    Transition,
    User,
    Workflow,
    Document,
    Prediction,
    DataBundle,
    TransitionExecution,
    WorkflowExecution,
    Training,
    Transformation,
}

pub(crate) struct State {
    pub ids: IdGen,
    /// The app client the configured credentials belong to.
    pub principal: String,
    pub organization: types::Organization,
    pub app_clients: Table<AppClientRec>,
    pub assets: Table<types::Asset>,
    pub datasets: Table<types::Dataset>,
    pub documents: Table<types::Document>,
    /// Document bytes per document id (inline `content` or uploaded to `fileUrl`).
    pub files: HashMap<String, Vec<u8>>,
    /// Documents per dataset id.
    pub doc_counts: HashMap<String, i64>,
    pub logs: Table<types::Log>,
    pub models: Table<ModelRec>,
    pub data_bundles: Table<DataBundleRec>,
    pub predictions: Table<Value>,
    pub trainings: Table<JobRec>,
    pub transformations: Table<JobRec>,
    pub profiles: Table<types::Profile>,
    /// Organizations created with `POST /organizations` (the caller's own is `organization`).
    pub organizations: Table<types::Organization>,
    pub payment_methods: Table<PaymentMethodRec>,
    /// The seeded, read-only catalog: roles, plans, deployment environments.
    pub roles: Table<Value>,
    pub plans: Table<Value>,
    pub deployment_environments: Table<Value>,
    pub secrets: Table<SecretRec>,
    pub transitions: Table<types::Transition>,
    pub transition_executions: Table<TransitionExecRec>,
    pub users: Table<types::User>,
    pub workflows: Table<WorkflowRec>,
    pub workflow_executions: Table<WorkflowExecRec>,
    /// Resources of operations served from the spec alone, per concrete
    /// collection path (`/roles`, `/models/las:model:…/things`).
    pub generic: HashMap<String, Table<Value>>,
}

impl State {
    pub fn new(seed: u64, now_ms: u64) -> Self {
        let mut ids = IdGen::new(seed);
        let organization_id = ids.id("organization");
        let principal = ids.id("app-client");
        let organization = new_organization(
            organization_id,
            "LAS Emulator",
            "In-memory organization of las-emulator",
            now_ms,
        );
        Self {
            ids,
            principal,
            organization,
            app_clients: Table::default(),
            assets: Table::default(),
            datasets: Table::default(),
            documents: Table::default(),
            files: HashMap::new(),
            doc_counts: HashMap::new(),
            logs: Table::default(),
            models: Table::default(),
            data_bundles: Table::default(),
            predictions: Table::default(),
            trainings: Table::default(),
            transformations: Table::default(),
            profiles: Table::default(),
            organizations: Table::default(),
            payment_methods: Table::default(),
            roles: crate::resources::catalog::roles(now_ms),
            plans: crate::resources::catalog::plans(),
            deployment_environments: crate::resources::catalog::deployment_environments(),
            secrets: Table::default(),
            transitions: Table::default(),
            transition_executions: Table::default(),
            users: Table::default(),
            workflows: Table::default(),
            workflow_executions: Table::default(),
            generic: HashMap::new(),
        }
    }

    /// Records a created (`delta = 1`) or deleted (`delta = -1`) resource in
    /// the organization's counters. Monthly counters only count up.
    pub fn count(&mut self, what: Counted, delta: i64) {
        let o = &mut self.organization;
        let up = delta.max(0);
        match what {
            Counted::AppClient => o.number_of_app_clients_created += delta,
            Counted::Asset => o.number_of_assets_created += delta,
            Counted::Dataset => {
                *o.number_of_datasets_created.get_or_insert(0) += delta;
            }
            Counted::Model => o.number_of_models_created += delta,
            Counted::Secret => o.number_of_secrets_created += delta,
            Counted::Transition => o.number_of_transitions_created += delta,
            Counted::User => o.number_of_users_created += delta,
            Counted::Workflow => o.number_of_workflows_created += delta,
            Counted::Document => o.monthly_number_of_documents_created += up,
            Counted::Prediction => o.monthly_number_of_predictions_created += up,
            Counted::DataBundle => o.monthly_number_of_data_bundles_created += up,
            Counted::TransitionExecution => o.monthly_number_of_transition_executions_created += up,
            Counted::WorkflowExecution => o.monthly_number_of_workflow_executions_created += up,
            Counted::Training => o.monthly_number_of_trainings_created += up,
            Counted::Transformation => o.monthly_number_of_transformations_created += up,
        }
    }

    /// The app client id of a created app client with this id and secret.
    pub fn app_client_by_credentials(&self, client_id: &str, secret: &str) -> Option<String> {
        self.app_clients
            .iter()
            .find(|(_, c)| c.api.client_id == client_id && c.secret.as_deref() == Some(secret))
            .map(|(_, c)| c.api.app_client_id.clone())
    }

    /// Applies every status change due by `now_ms`.
    pub fn tick(&mut self, now_ms: u64, timings: &Timings) {
        crate::resources::models::tick(self, now_ms, timings);
        crate::resources::trainings::tick(self, now_ms, timings);
        crate::resources::transformations::tick(self, now_ms, timings);
        crate::resources::transitions::tick(self, now_ms, timings);
        crate::resources::workflows::tick(self, now_ms, timings);
    }
}
