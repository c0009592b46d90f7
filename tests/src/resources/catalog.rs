//! The read-only catalog the service provides rather than the caller
//! creates: roles (`/roles`), plans (`/plans`) and deployment environments
//! (`/deploymentEnvironments`). Every emulator starts with the same entries;
//! the API has no operation to create, change or delete them.

use serde_json::{json, Value};

use crate::clock::rfc3339;
use crate::error::{ok, ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::resources::page_of;
use crate::state::{State, Table};

/// The plan every organization starts on.
pub(crate) const FREE_PLAN_ID: &str = "las:plan:free";

/// Ids of the seeded roles, as `GET /roles` lists them.
///
/// ```
/// assert!(las_emulator::ROLE_IDS.contains(&"las:role:viewer"));
/// assert_eq!(las_emulator::PLAN_IDS[0], "las:plan:free");
/// ```
pub const ROLE_IDS: &[&str] = &["las:role:admin", "las:role:developer", "las:role:viewer"];
/// Ids of the seeded plans, as `GET /plans` lists them; every organization
/// starts on the first.
pub const PLAN_IDS: &[&str] = &[FREE_PLAN_ID, "las:plan:professional", "las:plan:enterprise"];
/// Ids of the seeded deployment environments, as `GET /deploymentEnvironments`
/// lists them.
pub const DEPLOYMENT_ENVIRONMENT_IDS: &[&str] = &[
    "las:deployment-environment:shared",
    "las:deployment-environment:dedicated",
];

fn table(rows: Vec<(&str, Value)>) -> Table<Value> {
    let mut t = Table::default();
    for (id, row) in rows {
        t.insert(id.to_string(), row);
    }
    t
}

/// Administrators may do everything, developers read and write every
/// resource, viewers only read.
pub(crate) fn roles(now_ms: u64) -> Table<Value> {
    let role = |id: &str, name: &str, description: &str, actions: &[&str]| {
        let permissions: Vec<Value> = actions
            .iter()
            .map(|a| json!({"action": a, "effect": "allow", "resourceId": "*"}))
            .collect();
        json!({
            "roleId": id,
            "name": name,
            "description": description,
            "permissions": permissions,
            "createdBy": null,
            "createdTime": rfc3339(now_ms),
            "updatedBy": null,
            "updatedTime": null,
        })
    };
    table(vec![
        (
            ROLE_IDS[0],
            role(
                ROLE_IDS[0],
                "Admin",
                "Full access to the organization",
                &["*"],
            ),
        ),
        (
            ROLE_IDS[1],
            role(
                ROLE_IDS[1],
                "Developer",
                "Reads and writes every resource",
                &["read", "write"],
            ),
        ),
        (
            ROLE_IDS[2],
            role(ROLE_IDS[2], "Viewer", "Reads every resource", &["read"]),
        ),
    ])
}

/// A free plan, a professional one and an enterprise one (not available
/// for self-service).
pub(crate) fn plans() -> Table<Value> {
    let plan = |id: &str, name: &str, available: bool, predictions: u64, gpu_hours: u64| {
        json!({
            "planId": id,
            "name": name,
            "description": format!("{name} plan"),
            "available": available,
            "currency": "USD",
            "latest": 1,
            "organizationId": null,
            "pagePredictions": {"included": predictions},
            "fieldPredictions": {"included": predictions.saturating_mul(10)},
            "gpuHours": {"included": gpu_hours},
            "users": {"included": 5},
        })
    };
    table(vec![
        (PLAN_IDS[0], plan(PLAN_IDS[0], "Free", true, 1_000, 10)),
        (
            PLAN_IDS[1],
            plan(PLAN_IDS[1], "Professional", true, 50_000, 100),
        ),
        (
            PLAN_IDS[2],
            plan(PLAN_IDS[2], "Enterprise", false, 1_000_000, 1_000),
        ),
    ])
}

/// A shared environment and a dedicated one.
pub(crate) fn deployment_environments() -> Table<Value> {
    let env = |id: &str, name: &str, description: &str, units: u64| {
        json!({
            "deploymentEnvironmentId": id,
            "name": name,
            "description": description,
            "modelDeploymentUnits": units,
            "organizationId": null,
            "status": "available",
        })
    };
    table(vec![
        (
            DEPLOYMENT_ENVIRONMENT_IDS[0],
            env(
                DEPLOYMENT_ENVIRONMENT_IDS[0],
                "Shared",
                "Models served on shared capacity",
                0,
            ),
        ),
        (
            DEPLOYMENT_ENVIRONMENT_IDS[1],
            env(
                DEPLOYMENT_ENVIRONMENT_IDS[1],
                "Dedicated",
                "Models served on reserved capacity",
                1,
            ),
        ),
    ])
}

/// `owner` keeps the entries of that organization (the seeded ones belong
/// to none: they are the service's).
fn list(ctx: &Ctx, t: &Table<Value>, field: &str) -> ApiResult {
    let owner = ctx.query.str("owner");
    let rows = t
        .iter()
        .filter(|(_, v)| owner.is_none_or(|o| v["organizationId"] == o));
    ok(&page_of(ctx, rows, field)?)
}

fn get(t: &Table<Value>, what: &str, id: &str) -> ApiResult {
    ok(t.get(id).ok_or_else(|| ApiError::not_found(what, id))?)
}

pub(crate) fn list_roles(ctx: &Ctx, st: &mut State) -> ApiResult {
    list(ctx, &st.roles, "roles")
}

pub(crate) fn get_role(ctx: &Ctx, st: &mut State) -> ApiResult {
    get(&st.roles, "Role", ctx.param("roleId"))
}

pub(crate) fn list_plans(ctx: &Ctx, st: &mut State) -> ApiResult {
    list(ctx, &st.plans, "plans")
}

pub(crate) fn get_plan(ctx: &Ctx, st: &mut State) -> ApiResult {
    get(&st.plans, "Plan", ctx.param("planId"))
}

pub(crate) fn list_deployment_environments(ctx: &Ctx, st: &mut State) -> ApiResult {
    list(ctx, &st.deployment_environments, "deploymentEnvironments")
}

pub(crate) fn get_deployment_environment(ctx: &Ctx, st: &mut State) -> ApiResult {
    get(
        &st.deployment_environments,
        "Deployment environment",
        ctx.param("deploymentEnvironmentId"),
    )
}
