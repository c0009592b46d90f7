//! The operations, one module per resource family. Each handler is a plain
//! function over a validated request and the locked store.

use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::state::State;

pub(crate) mod app_clients;
pub(crate) mod assets;
pub(crate) mod datasets;
pub(crate) mod documents;
pub(crate) mod generic;
pub(crate) mod logs;
pub(crate) mod models;
pub(crate) mod organizations;
pub(crate) mod predictions;
pub(crate) mod secrets;
pub(crate) mod signup;
pub(crate) mod transitions;
pub(crate) mod users;
pub(crate) mod workflows;

/// An operation's implementation.
pub(crate) type Handler = fn(&Ctx, &mut State) -> ApiResult;

/// The handler of an operationId.
pub(crate) fn handler(operation_id: &str) -> Option<Handler> {
    Some(match operation_id {
        "listAppClients" => app_clients::list,
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
        "updateDataBundle" => models::update_bundle,
        "deleteDataBundle" => models::delete_bundle,
        "getOrganization" => organizations::get,
        "updateOrganization" => organizations::update,
        "listPredictions" => predictions::list,
        "createPrediction" => predictions::create,
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
