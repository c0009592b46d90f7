//! The operations, one module per resource family. Each handler is a plain
//! function over a validated request and the locked store.

use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::state::State;

pub(crate) mod app_clients;
pub(crate) mod assets;
pub(crate) mod catalog;
pub(crate) mod datasets;
pub(crate) mod documents;
pub(crate) mod generic;
pub(crate) mod logs;
pub(crate) mod models;
pub(crate) mod organizations;
pub(crate) mod payment_methods;
pub(crate) mod predictions;
pub(crate) mod profiles;
pub(crate) mod secrets;
pub(crate) mod signup;
pub(crate) mod trainings;
pub(crate) mod transformations;
pub(crate) mod transitions;
pub(crate) mod users;
pub(crate) mod workflows;

/// An operation's implementation.
pub(crate) type Handler = fn(&Ctx, &mut State) -> ApiResult;

/// The handler of an operationId.
pub(crate) fn handler(operation_id: &str) -> Option<Handler> {
    Some(match operation_id {
        "listAppClients" => app_clients::list,
        "getAppClient" => app_clients::get,
        "createAppClient" => app_clients::create,
        "updateAppClient" => app_clients::update,
        "deleteAppClient" => app_clients::delete,
        "listAssets" => assets::list,
        "createAsset" => assets::create,
        "getAsset" => assets::get,
        "updateAsset" => assets::update,
        "deleteAsset" => assets::delete,
        "createDataset" => datasets::create,
        "listDatasets" => datasets::list,
        "getDataset" => datasets::get,
        "updateDataset" => datasets::update,
        "deleteDataset" => datasets::delete,
        "listTransformations" => transformations::list,
        "createTransformation" => transformations::create,
        "deleteTransformation" => transformations::delete,
        "listDeploymentEnvironments" => catalog::list_deployment_environments,
        "getDeploymentEnvironment" => catalog::get_deployment_environment,
        "listPlans" => catalog::list_plans,
        "getPlan" => catalog::get_plan,
        "listRoles" => catalog::list_roles,
        "getRole" => catalog::get_role,
        "createDocument" => documents::create,
        "listDocuments" => documents::list,
        "deleteDocuments" => documents::delete_many,
        "getDocument" => documents::get,
        "updateDocument" => documents::update,
        "deleteDocument" => documents::delete,
        "listLogs" => logs::list,
        "getLog" => logs::get,
        "listModels" => models::list,
        "createModel" => models::create,
        "getModel" => models::get,
        "updateModel" => models::update,
        "deleteModel" => models::delete,
        "listDataBundles" => models::list_bundles,
        "createDataBundle" => models::create_bundle,
        "getDataBundle" => models::get_bundle,
        "updateDataBundle" => models::update_bundle,
        "listTrainings" => trainings::list,
        "createTraining" => trainings::create,
        "getTraining" => trainings::get,
        "updateTraining" => trainings::update,
        "deleteDataBundle" => models::delete_bundle,
        "listOrganizations" => organizations::list,
        "createOrganization" => organizations::create,
        "getOrganization" => organizations::get,
        "listPaymentMethods" => payment_methods::list,
        "createPaymentMethod" => payment_methods::create,
        "getPaymentMethod" => payment_methods::get,
        "updatePaymentMethod" => payment_methods::update,
        "deletePaymentMethod" => payment_methods::delete,
        "getProfile" => profiles::get,
        "updateProfile" => profiles::update,
        "updateOrganization" => organizations::update,
        "listPredictions" => predictions::list,
        "createPrediction" => predictions::create,
        "getPrediction" => predictions::get,
        "listSecrets" => secrets::list,
        "createSecret" => secrets::create,
        "updateSecret" => secrets::update,
        "deleteSecret" => secrets::delete,
        "signUp" => signup::sign_up,
        "listTransitions" => transitions::list,
        "createTransition" => transitions::create,
        "getTransition" => transitions::get,
        "updateTransition" => transitions::update,
        "deleteTransition" => transitions::delete,
        "listTransitionExecutions" => transitions::list_executions,
        "executeTransition" => transitions::execute,
        "getTransitionExecution" => transitions::get_execution,
        "updateTransitionExecution" => transitions::update_execution,
        "sendHeartbeat" => transitions::heartbeat,
        "listUsers" => users::list,
        "createUser" => users::create,
        "getUser" => users::get,
        "updateUser" => users::update,
        "deleteUser" => users::delete,
        "listWorkflows" => workflows::list,
        "createWorkflow" => workflows::create,
        "getWorkflow" => workflows::get,
        "updateWorkflow" => workflows::update,
        "deleteWorkflow" => workflows::delete,
        "listWorkflowExecutions" => workflows::list_executions,
        "executeWorkflow" => workflows::execute,
        "getWorkflowExecution" => workflows::get_execution,
        "updateWorkflowExecution" => workflows::update_execution,
        "deleteWorkflowExecution" => workflows::delete_execution,
        _ => return None,
    })
}

/// Default `retentionInDays` of datasets and documents.
pub(crate) const DEFAULT_RETENTION_DAYS: i64 = 1825;

/// Checks that decoded content (already valid base64 when the body was
/// read) is not empty.
pub(crate) fn check_content(field: &str, value: &las_api::Base64Content) -> Result<(), ApiError> {
    if value.is_empty() {
        return Err(ApiError::bad_request(format!("{field} must not be empty")));
    }
    Ok(())
}

/// For PATCH: if `key` is in the body, set `target` to its string value or `None` for null.
pub(crate) fn patch_opt_str(target: &mut Option<String>, body: &Value, key: &str) {
    match body.get(key) {
        Some(Value::String(s)) => *target = Some(s.clone()),
        Some(Value::Null) => *target = None,
        _ => {}
    }
}

/// One page of `rows` (in insertion order, as `(sequence, row)`) as a list
/// answer: `{field: [...], "nextToken": ...}`.
pub(crate) fn page_of<'a>(
    ctx: &Ctx,
    rows: impl Iterator<Item = (u64, &'a Value)>,
    field: &str,
) -> Result<serde_json::Map<String, Value>, ApiError> {
    let pager = ctx.pager()?;
    let after = pager.after_seq();
    let items = rows
        .filter(|(s, _)| after.is_none_or(|a| *s > a))
        .map(|(s, v)| (crate::pagination::Cursor::seq(s), v.clone()));
    let (page, next) = pager.page(items, false);
    let mut out = serde_json::Map::new();
    out.insert(field.to_string(), Value::Array(page));
    out.insert("nextToken".into(), next.map_or(Value::Null, Value::String));
    Ok(out)
}

/// The body's `metadata` object (`None` when absent or null).
pub(crate) fn metadata(ctx: &Ctx) -> Option<serde_json::Map<String, Value>> {
    ctx.body.get("metadata").and_then(Value::as_object).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_a_handler() {
        let spec = crate::spec::Spec::get().expect("spec");
        let missing: Vec<&str> = spec
            .operations
            .iter()
            .filter(|op| handler(&op.id).is_none())
            .map(|op| op.id.as_str())
            .collect();
        assert!(missing.is_empty(), "no handler for {missing:?}");
    }

    #[test]
    fn empty_content_is_refused() {
        assert!(check_content("content", &las_api::Base64Content::from(b"hello".to_vec())).is_ok());
        assert!(check_content("content", &las_api::Base64Content::default()).is_err());
    }
}
