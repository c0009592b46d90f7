//! Models (`/models`) and their data bundles (`/models/{modelId}/dataBundles`).
//!
//! A new model is `inactive`. PATCHing `trainingId` to a succeeded training
//! of the model (see `trainings.rs`) makes it `active` with that training;
//! the retired way, PATCHing `status: training`, makes it `active` after the
//! training duration. A data bundle is `running` until the data-bundle
//! duration has passed, then `succeeded`, or `failed` if it was created
//! without datasets or with an empty one.

use las_api::types;
use serde_json::{json, Map, Value};

use crate::app::Timings;
use crate::clock::{ms, parse_timestamp, rfc3339};
use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::{datasets, metadata, patch_opt_str, trainings};
use crate::state::{Counted, DataBundleRec, ModelRec, State};

/// Applies finished trainings and data bundle processing.
pub(crate) fn tick(st: &mut State, now: u64, t: &Timings) {
    let training = ms(t.training);
    for m in st.models.values_mut() {
        if let Some(since) = m.training_since {
            let done = since.saturating_add(training);
            if m.api.status == types::ModelStatus::Training && done <= now {
                m.api.status = types::ModelStatus::Active;
                m.api.updated_time = Some(rfc3339(done));
                m.training_since = None;
            }
        }
    }
    let processing = ms(t.data_bundle);
    for b in st.data_bundles.values_mut() {
        let done = b.created_ms.saturating_add(processing);
        if b.api.status == types::DataBundleStatus::Running && done <= now {
            b.api.status = if b.will_fail {
                types::DataBundleStatus::Failed
            } else {
                types::DataBundleStatus::Succeeded
            };
            b.api.updated_time = Some(rfc3339(done));
        }
    }
}

/// The model as answered: live counters, and its field config as sent.
fn view(st: &State, m: &ModelRec) -> Value {
    let mut out = m.api.clone();
    out.number_of_data_bundles = st
        .data_bundles
        .iter()
        .filter(|(_, b)| b.api.model_id == m.api.model_id)
        .count() as i64;
    out.number_of_running_trainings = trainings::running_for(st, &m.api.model_id);
    let mut out = serde_json::to_value(out).unwrap_or(Value::Null);
    out["fieldConfig"] = m.field_config.clone();
    out
}

fn find<'a>(st: &'a State, id: &str) -> Result<&'a ModelRec, ApiError> {
    st.models
        .get(id)
        .ok_or_else(|| ApiError::not_found("Model", id))
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostModels = ctx.body_as()?;
    let id = st.ids.id("model");
    let model = {
        let mut model = types::Model::new(
            id.clone(),
            0,
            0,
            st.organization.organization_id.clone(),
            body.preprocess_config.unwrap_or_else(default_preprocess),
            types::ModelStatus::Inactive,
        );
        model.field_config = Some(body.field_config);
        model.height = body.height;
        model.width = body.width;
        model.postprocess_config = body.postprocess_config;
        model.metadata = metadata(ctx);
        model.created_by = Some(ctx.principal.clone());
        model.created_time = Some(ctx.now_str());
        model.description = body.description;
        model.name = body.name;
        model
    };
    let rec = ModelRec {
        api: model,
        field_config: ctx.body.get("fieldConfig").cloned().unwrap_or(Value::Null),
        training_since: None,
    };
    let out = view(st, &rec);
    st.models.insert(id, rec);
    st.count(Counted::Model, 1);
    ok(&out)
}

/// The preprocessing a model gets when created without one.
fn default_preprocess() -> types::PreprocessConfig {
    let mut p = types::PreprocessConfig::new();
    p.auto_rotate = Some(false);
    p.image_quality = Some(types::ImageQuality::Low);
    p.max_pages = Some(1);
    p
}

/// `GET /models`: `owner` keeps the models of that organization.
pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let owner = ctx.query.str("owner");
    let (page, next) = pager.page(
        st.models
            .iter_after(pager.after_seq())
            .filter(|(_, m)| owner.is_none_or(|o| m.api.organization_id == o))
            .map(|(s, m)| (Cursor::seq(s), m)),
        false,
    );
    let models: Vec<Value> = page.into_iter().map(|m| view(st, m)).collect();
    ok(&json!({"models": models, "nextToken": next}))
}

/// `GET /models/{modelId}`; with `statisticsLastNDays` the answer's
/// `statistics` count the model's predictions of those days.
pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let m = find(st, ctx.param("modelId"))?;
    let mut out = view(st, m);
    let model_id = m.api.model_id.clone();
    if let Some(days) = ctx.query.u64("statisticsLastNDays") {
        let since = ctx.now.saturating_sub(days.saturating_mul(86_400_000));
        let predictions = st
            .predictions
            .iter()
            .filter(|(_, p)| p["modelId"] == Value::String(model_id.clone()))
            .filter(|(_, p)| {
                p["createdTime"]
                    .as_str()
                    .and_then(parse_timestamp)
                    .is_some_and(|t| t >= since)
            })
            .count();
        let mut stats = Map::new();
        stats.insert("lastNDays".into(), Value::from(days));
        stats.insert("numberOfPredictions".into(), Value::from(predictions));
        out["statistics"] = Value::Object(stats);
    }
    ok(&out)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("modelId");
    let body: types::PatchModelId = ctx.body_as()?;
    find(st, id)?;
    if let Some(training) = &body.training_id {
        trainings::check_deployable(st, id, training)?;
    }
    let m = st
        .models
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Model", id))?;
    match ctx.body.get("trainingId") {
        Some(Value::String(t)) => {
            m.api.training_id = Some(t.clone());
            m.api.status = types::ModelStatus::Active;
        }
        Some(Value::Null) => {
            m.api.training_id = None;
            m.api.status = types::ModelStatus::Inactive;
        }
        _ => {}
    }
    patch_opt_str(&mut m.api.name, &ctx.body, "name");
    patch_opt_str(&mut m.api.description, &ctx.body, "description");
    if ctx.body.get("fieldConfig").is_some() {
        m.api.field_config = Some(body.field_config);
        m.field_config = ctx.body["fieldConfig"].clone();
    }
    if let Some(p) = body.preprocess_config {
        m.api.preprocess_config = p;
    }
    if let Some(p) = body.postprocess_config {
        m.api.postprocess_config = Some(p);
    }
    if ctx.body.get("metadata").is_some() {
        m.api.metadata = metadata(ctx);
    }
    if body.width.is_some() {
        m.api.width = body.width;
    }
    if body.height.is_some() {
        m.api.height = body.height;
    }
    if let Some(status) = body.status {
        m.training_since = (status == types::ModelStatus::Training).then_some(ctx.now);
        m.api.status = status;
    }
    m.api.updated_by = Some(ctx.principal.clone());
    m.api.updated_time = Some(ctx.now_str());
    let m = m.clone();
    // A zero training duration (Clock::Instant) finishes on the next read, not in this response.
    ok(&view(st, &m))
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("modelId");
    let out = view(st, find(st, id)?);
    st.models.remove(id);
    let bundles: Vec<String> = st
        .data_bundles
        .iter()
        .filter(|(_, b)| b.api.model_id == id)
        .map(|(_, b)| b.api.data_bundle_id.clone())
        .collect();
    for b in bundles {
        st.data_bundles.remove(&b);
    }
    trainings::forget_model(st, id);
    st.count(Counted::Model, -1);
    ok(&out)
}

// ---- data bundles ----

fn find_bundle<'a>(st: &'a State, model: &str, id: &str) -> Result<&'a DataBundleRec, ApiError> {
    find(st, model)?;
    st.data_bundles
        .get(id)
        .filter(|b| b.api.model_id == model)
        .ok_or_else(|| ApiError::not_found("Data bundle", id))
}

pub(crate) fn create_bundle(ctx: &Ctx, st: &mut State) -> ApiResult {
    let model_id = ctx.param("modelId").to_string();
    find(st, &model_id)?;
    let body: types::PostDataBundles = ctx.body_as()?;
    let mut items = Vec::new();
    let mut summary = Map::new();
    let mut total = 0;
    for ds_id in &body.dataset_ids {
        let ds = st
            .datasets
            .get(ds_id)
            .ok_or_else(|| ApiError::bad_request(format!("Dataset {ds_id} does not exist")))?;
        let ds = datasets::view(st, ds);
        total += ds.number_of_documents;
        summary.insert(
            ds_id.clone(),
            json!({"numberOfDocuments": ds.number_of_documents}),
        );
        items.push({
            let mut data_bundle_datasets_item = types::DataBundleDatasetsItem::new(
                ds.contains_personally_identifiable_information,
                ds.dataset_id,
                ds.number_of_documents,
                ds.retention_in_days,
                ds.storage_location,
                ds.version,
            );
            data_bundle_datasets_item.created_by = ds.created_by;
            data_bundle_datasets_item.created_time = ds.created_time;
            data_bundle_datasets_item.description = ds.description;
            data_bundle_datasets_item.ground_truth_summary = ds.ground_truth_summary;
            data_bundle_datasets_item.name = ds.name;
            data_bundle_datasets_item.updated_by = ds.updated_by;
            data_bundle_datasets_item.updated_time = ds.updated_time;
            data_bundle_datasets_item.metadata = ds.metadata;
            data_bundle_datasets_item
        });
    }
    summary.insert("numberOfDocuments".into(), Value::from(total));
    let will_fail = items.is_empty() || items.iter().any(|d| d.number_of_documents == 0);
    let id = st.ids.id("model-data-bundle");
    let bundle = {
        let mut data_bundle = types::DataBundle::new(
            id.clone(),
            items,
            model_id,
            types::DataBundleStatus::Running,
        );
        data_bundle.summary = Some(summary);
        data_bundle.created_by = Some(ctx.principal.clone());
        data_bundle.created_time = Some(ctx.now_str());
        data_bundle.description = body.description;
        data_bundle.name = body.name;
        data_bundle
    };
    st.data_bundles.insert(
        id,
        DataBundleRec {
            api: bundle.clone(),
            created_ms: ctx.now,
            will_fail,
        },
    );
    st.count(Counted::DataBundle, 1);
    ok(&bundle)
}

pub(crate) fn list_bundles(ctx: &Ctx, st: &mut State) -> ApiResult {
    let model_id = ctx.param("modelId");
    find(st, model_id)?;
    let pager = ctx.pager()?;
    let statuses: Vec<types::DataBundleStatus> = ctx
        .query
        .list("status")
        .iter()
        .map(|s| types::DataBundleStatus::from(s.as_str()))
        .collect();
    let items = st
        .data_bundles
        .iter_after(pager.after_seq())
        .filter(|(_, b)| b.api.model_id == model_id)
        .filter(|(_, b)| statuses.is_empty() || statuses.contains(&b.api.status))
        .map(|(s, b)| (Cursor::seq(s), b.api.clone()));
    let (page, next) = pager.page(items, false);
    ok(&{
        let mut list = types::DataBundles::new(page);
        list.next_token = next;
        list.status = statuses;
        list
    })
}

pub(crate) fn get_bundle(ctx: &Ctx, st: &mut State) -> ApiResult {
    let (model, id) = (ctx.param("modelId"), ctx.param("dataBundleId"));
    ok(&find_bundle(st, model, id)?.api)
}

pub(crate) fn update_bundle(ctx: &Ctx, st: &mut State) -> ApiResult {
    let (model, id) = (ctx.param("modelId"), ctx.param("dataBundleId"));
    find_bundle(st, model, id)?;
    let Some(b) = st.data_bundles.get_mut(id) else {
        return Err(ApiError::not_found("Data bundle", id));
    };
    patch_opt_str(&mut b.api.name, &ctx.body, "name");
    patch_opt_str(&mut b.api.description, &ctx.body, "description");
    b.api.updated_by = Some(ctx.principal.clone());
    b.api.updated_time = Some(ctx.now_str());
    ok(&b.api)
}

pub(crate) fn delete_bundle(ctx: &Ctx, st: &mut State) -> ApiResult {
    let (model, id) = (ctx.param("modelId"), ctx.param("dataBundleId"));
    find_bundle(st, model, id)?;
    let b = st
        .data_bundles
        .remove(id)
        .ok_or_else(|| ApiError::not_found("Data bundle", id))?;
    ok(&b.api)
}
