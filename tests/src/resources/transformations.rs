//! Transformations of a dataset (`/datasets/{datasetId}/transformations`).
//!
//! A transformation is `running` for the data-bundle duration, then
//! `succeeded`, and its operations are applied to the dataset at that
//! moment. `remove-duplicates` deletes every document of the dataset whose
//! bytes are those of an earlier document of the dataset (same MD5), keeping
//! the first.

use std::collections::HashSet;

use serde_json::{json, Value};

use crate::app::Timings;
use crate::clock::{ms, rfc3339};
use crate::error::{ok, ApiError, ApiResult};
use crate::pipeline::Ctx;
use crate::resources::{documents, page_of};
use crate::state::{Counted, JobRec, State};

/// Finishes the transformations whose time has come, applying their operations.
pub(crate) fn tick(st: &mut State, now: u64, t: &Timings) {
    let duration = ms(t.data_bundle);
    let due: Vec<(String, String, u64, Vec<String>)> = st
        .transformations
        .iter()
        .filter(|(_, r)| r.api["status"] == "running")
        .filter(|(_, r)| r.created_ms.saturating_add(duration) <= now)
        .map(|(_, r)| {
            let ops = r.api["operations"]
                .as_array()
                .map(|ops| {
                    ops.iter()
                        .filter_map(|o| o["type"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            (
                r.api["transformationId"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                r.api["datasetId"].as_str().unwrap_or_default().to_string(),
                r.created_ms.saturating_add(duration),
                ops,
            )
        })
        .collect();
    for (id, dataset, at, ops) in due {
        let status = if st.datasets.contains(&dataset) {
            for op in &ops {
                if op == "remove-duplicates" {
                    remove_duplicates(st, &dataset);
                }
            }
            "succeeded"
        } else {
            "failed"
        };
        if let Some(rec) = st.transformations.get_mut(&id) {
            rec.api["status"] = Value::from(status);
            rec.api["updatedTime"] = Value::from(rfc3339(at));
        }
    }
}

/// Deletes the documents of `dataset` whose bytes repeat an earlier one's.
fn remove_duplicates(st: &mut State, dataset: &str) {
    let mut seen = HashSet::new();
    let mut duplicates = Vec::new();
    for (_, doc) in st.documents.iter() {
        if doc.dataset_id.as_deref() != Some(dataset) {
            continue;
        }
        let Some(file) = st.files.get(&doc.document_id) else {
            continue;
        };
        if !seen.insert(documents::md5_base64(file)) {
            duplicates.push(doc.document_id.clone());
        }
    }
    for id in duplicates {
        documents::remove(st, &id);
    }
}

/// Forgets the transformations of a deleted dataset.
pub(crate) fn forget_dataset(st: &mut State, dataset_id: &str) {
    let ids: Vec<String> = st
        .transformations
        .iter()
        .filter(|(_, r)| r.api["datasetId"] == dataset_id)
        .filter_map(|(_, r)| r.api["transformationId"].as_str().map(str::to_string))
        .collect();
    for id in ids {
        st.transformations.remove(&id);
    }
}

fn check_dataset(st: &State, id: &str) -> Result<(), ApiError> {
    if st.datasets.contains(id) {
        Ok(())
    } else {
        Err(ApiError::not_found("Dataset", id))
    }
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let dataset_id = ctx.param("datasetId").to_string();
    check_dataset(st, &dataset_id)?;
    let operations = ctx
        .body
        .get("operations")
        .cloned()
        .unwrap_or(Value::Array(Vec::new()));
    if operations.as_array().is_none_or(Vec::is_empty) {
        return Err(ApiError::bad_request(
            "Invalid request body: operations is required (at least one operation)",
        ));
    }
    let id = st.ids.id("dataset-transformation");
    let api = json!({
        "transformationId": id,
        "datasetId": dataset_id,
        "operations": operations,
        "status": "running",
        "createdBy": ctx.principal,
        "createdTime": ctx.now_str(),
        "updatedBy": null,
        "updatedTime": null,
    });
    st.transformations.insert(
        id,
        JobRec {
            api: api.clone(),
            created_ms: ctx.now,
        },
    );
    st.count(Counted::Transformation, 1);
    ok(&api)
}

/// `GET /datasets/{datasetId}/transformations`, filtered by `status`.
pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let dataset_id = ctx.param("datasetId");
    check_dataset(st, dataset_id)?;
    let statuses = ctx.query.list("status");
    let rows = st
        .transformations
        .iter()
        .filter(|(_, r)| r.api["datasetId"] == dataset_id)
        .filter(|(_, r)| {
            statuses.is_empty() || statuses.iter().any(|s| r.api["status"] == s.as_str())
        })
        .map(|(s, r)| (s, &r.api));
    let mut out = page_of(ctx, rows, "transformations")?;
    if !statuses.is_empty() {
        out.insert("status".into(), Value::from(statuses));
    }
    ok(&out)
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let (dataset_id, id) = (ctx.param("datasetId"), ctx.param("transformationId"));
    check_dataset(st, dataset_id)?;
    let known = st
        .transformations
        .get(id)
        .is_some_and(|r| r.api["datasetId"] == dataset_id);
    if !known {
        return Err(ApiError::not_found("Transformation", id));
    }
    let rec = st
        .transformations
        .remove(id)
        .ok_or_else(|| ApiError::not_found("Transformation", id))?;
    ok(&rec.api)
}
