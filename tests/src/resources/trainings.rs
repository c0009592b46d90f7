//! Trainings of a model (`/models/{modelId}/trainings`).
//!
//! A training is made of data bundles of its model that have `succeeded`.
//! It moves through the statuses on the emulator clock, over the training
//! duration: `pending` (first tenth), `preparing` (second tenth), `running`
//! (to nine tenths), `running-final-evaluation`, then `succeeded`, with its
//! `gpuHours` (elapsed hours times the GPUs of the instance type). A PATCH
//! with `status: cancelled` stops one that has not finished. A succeeded
//! training can be deployed: `PATCH /models/{modelId}` with its
//! `trainingId` makes the model `active`.

use serde_json::{json, Map, Value};

use crate::app::Timings;
use crate::clock::{ms, rfc3339};
use crate::error::{ok, ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::resources::page_of;
use crate::state::{Counted, JobRec, State};

/// Statuses after which a training no longer changes.
const FINAL: &[&str] = &["succeeded", "failed", "cancelled"];

fn is_final(status: &Value) -> bool {
    status.as_str().is_some_and(|s| FINAL.contains(&s))
}

/// GPUs of an instance type, for `gpuHours`.
fn gpus(instance_type: &str) -> f64 {
    match instance_type {
        "large-gpu" => 4.0,
        "medium-gpu" => 2.0,
        _ => 1.0,
    }
}

/// The status a training created at `created` has at `now`.
fn status_at(created: u64, now: u64, duration: u64) -> &'static str {
    let elapsed = now.saturating_sub(created);
    if elapsed >= duration {
        return "succeeded";
    }
    // In tenths of the duration.
    match elapsed.saturating_mul(10) / duration.max(1) {
        0 => "pending",
        1 => "preparing",
        2..=8 => "running",
        _ => "running-final-evaluation",
    }
}

/// Moves every unfinished training to its status on the clock.
pub(crate) fn tick(st: &mut State, now: u64, t: &Timings) {
    let duration = ms(t.training);
    let mut gpu_hours_used = 0.0;
    for rec in st.trainings.values_mut() {
        if is_final(&rec.api["status"]) {
            continue;
        }
        let status = status_at(rec.created_ms, now, duration);
        if rec.api["status"] == status {
            continue;
        }
        let changed_at = if status == "succeeded" {
            rec.created_ms.saturating_add(duration)
        } else {
            now
        };
        rec.api["status"] = Value::from(status);
        rec.api["updatedTime"] = Value::from(rfc3339(changed_at));
        if status == "succeeded" {
            let hours = duration as f64 / 3_600_000.0
                * gpus(rec.api["instanceType"].as_str().unwrap_or_default());
            let hours = (hours * 10_000.0).round() / 10_000.0;
            rec.api["gpuHours"] = Value::from(hours);
            rec.api["evaluation"] = json!({"numberOfDataBundles": rec.api["dataBundleIds"]
                .as_array()
                .map_or(0, Vec::len)});
            gpu_hours_used += hours;
        }
    }
    st.organization.monthly_number_of_gpu_hours_used += gpu_hours_used;
}

/// Trainings of a model that have not finished.
pub(crate) fn running_for(st: &State, model_id: &str) -> i64 {
    st.trainings
        .iter()
        .filter(|(_, r)| r.api["modelId"] == model_id && !is_final(&r.api["status"]))
        .count() as i64
}

/// A model can use `training_id` if it is a succeeded training of that model.
pub(crate) fn check_deployable(
    st: &State,
    model_id: &str,
    training_id: &str,
) -> Result<(), ApiError> {
    let Some(rec) = st
        .trainings
        .get(training_id)
        .filter(|r| r.api["modelId"] == model_id)
    else {
        return Err(ApiError::bad_request(format!(
            "Training {training_id} does not exist for model {model_id}"
        )));
    };
    if rec.api["status"] != "succeeded" {
        return Err(ApiError::bad_request(format!(
            "Training {training_id} has not succeeded (status: {})",
            rec.api["status"].as_str().unwrap_or_default()
        )));
    }
    Ok(())
}

/// Forgets the trainings of a deleted model.
pub(crate) fn forget_model(st: &mut State, model_id: &str) {
    let ids: Vec<String> = st
        .trainings
        .iter()
        .filter(|(_, r)| r.api["modelId"] == model_id)
        .filter_map(|(_, r)| r.api["trainingId"].as_str().map(str::to_string))
        .collect();
    for id in ids {
        st.trainings.remove(&id);
    }
}

fn check_model(st: &State, model_id: &str) -> Result<(), ApiError> {
    if st.models.contains(model_id) {
        Ok(())
    } else {
        Err(ApiError::not_found("Model", model_id))
    }
}

fn find<'a>(st: &'a State, ctx: &Ctx) -> Result<&'a JobRec, ApiError> {
    let (model, id) = (ctx.param("modelId"), ctx.param("trainingId"));
    check_model(st, model)?;
    st.trainings
        .get(id)
        .filter(|r| r.api["modelId"] == model)
        .ok_or_else(|| ApiError::not_found("Training", id))
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let model_id = ctx.param("modelId").to_string();
    check_model(st, &model_id)?;
    let body = ctx.body.as_object().cloned().unwrap_or_default();
    let bundle_ids: Vec<String> = body
        .get("dataBundleIds")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if bundle_ids.is_empty() {
        return Err(ApiError::bad_request(
            "Invalid request body: dataBundleIds is required (at least one data bundle)",
        ));
    }
    for id in &bundle_ids {
        let bundle = st
            .data_bundles
            .get(id)
            .filter(|b| b.api.model_id == model_id)
            .ok_or_else(|| {
                ApiError::bad_request(format!(
                    "Data bundle {id} does not exist for model {model_id}"
                ))
            })?;
        let status = bundle.api.status.to_string();
        if status != "succeeded" && status != "ready" {
            return Err(ApiError::bad_request(format!(
                "Data bundle {id} has not succeeded (status: {status})"
            )));
        }
    }
    if let Some(warm) = body
        .get("warmStartConfig")
        .and_then(|w| w.get("trainingId"))
        .and_then(Value::as_str)
    {
        check_deployable(st, &model_id, warm)?;
    }
    let id = st.ids.id("model-training");
    let field = |name: &str| body.get(name).cloned().unwrap_or(Value::Null);
    let mut api = json!({
        "trainingId": id,
        "modelId": model_id,
        "dataBundleIds": bundle_ids,
        "name": field("name"),
        "description": field("description"),
        "metadata": field("metadata"),
        "instanceType": body.get("instanceType").cloned().unwrap_or(Value::from("small-gpu")),
        "status": "pending",
        "evaluation": {},
        "gpuHours": null,
        "createdBy": ctx.principal,
        "createdTime": ctx.now_str(),
        "updatedBy": null,
        "updatedTime": null,
    });
    for optional in ["dataScientistAssistance", "warmStartConfig"] {
        if let Some(v) = body.get(optional) {
            api[optional] = v.clone();
        }
    }
    st.trainings.insert(
        id,
        JobRec {
            api: api.clone(),
            created_ms: ctx.now,
        },
    );
    st.count(Counted::Training, 1);
    ok(&api)
}

/// `GET /models/{modelId}/trainings`, filtered by `status`.
pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let model_id = ctx.param("modelId");
    check_model(st, model_id)?;
    let statuses = ctx.query.list("status");
    let rows = st
        .trainings
        .iter()
        .filter(|(_, r)| r.api["modelId"] == model_id)
        .filter(|(_, r)| {
            statuses.is_empty() || statuses.iter().any(|s| r.api["status"] == s.as_str())
        })
        .map(|(s, r)| (s, &r.api));
    let mut out = page_of(ctx, rows, "trainings")?;
    if !statuses.is_empty() {
        out.insert("status".into(), Value::from(statuses));
    }
    ok(&out)
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    ok(&find(st, ctx)?.api)
}

/// `PATCH`: `name`, `description`, `metadata`, `deploymentEnvironmentId`
/// (a seeded deployment environment), `status: cancelled` (only before it
/// finishes).
pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = find(st, ctx)?.api["trainingId"].clone();
    let id = id.as_str().unwrap_or_default().to_string();
    let body: Map<String, Value> = ctx.body.as_object().cloned().unwrap_or_default();
    if let Some(Value::String(env)) = body.get("deploymentEnvironmentId") {
        let bare = env.rsplit('/').next().unwrap_or(env);
        if !st.deployment_environments.contains(bare) {
            return Err(ApiError::bad_request(format!(
                "Deployment environment {env} does not exist"
            )));
        }
    }
    let Some(rec) = st.trainings.get_mut(&id) else {
        return Err(ApiError::not_found("Training", &id));
    };
    if body.get("status").and_then(Value::as_str) == Some("cancelled") {
        if is_final(&rec.api["status"]) {
            return Err(ApiError::bad_request(format!(
                "Training {id} has already finished (status: {})",
                rec.api["status"].as_str().unwrap_or_default()
            )));
        }
        rec.api["status"] = Value::from("cancelled");
    }
    for field in ["name", "description", "metadata", "deploymentEnvironmentId"] {
        if let Some(v) = body.get(field) {
            rec.api[field] = v.clone();
        }
    }
    rec.api["updatedBy"] = Value::from(ctx.principal.clone());
    rec.api["updatedTime"] = Value::from(ctx.now_str());
    ok(&rec.api)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_clock() {
        assert_eq!(status_at(0, 0, 1000), "pending");
        assert_eq!(status_at(0, 150, 1000), "preparing");
        assert_eq!(status_at(0, 500, 1000), "running");
        assert_eq!(status_at(0, 950, 1000), "running-final-evaluation");
        assert_eq!(status_at(0, 1000, 1000), "succeeded");
        assert_eq!(status_at(0, 0, 0), "succeeded");
    }
}
