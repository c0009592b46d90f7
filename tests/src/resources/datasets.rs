//! Datasets: `/datasets`, `/datasets/{datasetId}`.

use las_api::types;
use serde_json::Map;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::{patch_opt_str, DEFAULT_RETENTION_DAYS};
use crate::state::{Counted, State};

/// The dataset as returned, with its live document count.
pub(crate) fn view(st: &State, ds: &types::Dataset) -> types::Dataset {
    let mut out = ds.clone();
    out.number_of_documents = st.doc_counts.get(&ds.dataset_id).copied().unwrap_or(0);
    out
}

fn find<'a>(st: &'a State, id: &str) -> Result<&'a types::Dataset, ApiError> {
    st.datasets
        .get(id)
        .ok_or_else(|| ApiError::not_found("Dataset", id))
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostDatasets = ctx.body_as()?;
    let id = st.ids.id("dataset");
    let ds = {
        let mut dataset = types::Dataset::new(
            body.contains_personally_identifiable_information
                .unwrap_or(false),
            id.clone(),
            Map::new(),
            0,
            body.retention_in_days.unwrap_or(DEFAULT_RETENTION_DAYS),
            types::StorageLocation::Eu,
            0,
        );
        dataset.created_by = Some(ctx.principal.clone());
        dataset.created_time = Some(ctx.now_str());
        dataset.description = body.description;
        dataset.name = body.name;
        dataset
    };
    st.datasets.insert(id, ds.clone());
    st.count(Counted::Dataset, 1);
    ok(&ds)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.datasets
            .iter_after(pager.after_seq())
            .map(|(s, d)| (Cursor::seq(s), d)),
        false,
    );
    ok(&{
        let mut list = types::Datasets::new(page.into_iter().map(|d| view(st, d)).collect());
        list.next_token = next;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let ds = find(st, ctx.param("datasetId"))?;
    ok(&view(st, ds))
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("datasetId");
    let ds = st
        .datasets
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Dataset", id))?;
    patch_opt_str(&mut ds.name, &ctx.body, "name");
    patch_opt_str(&mut ds.description, &ctx.body, "description");
    ds.updated_by = Some(ctx.principal.clone());
    ds.updated_time = Some(ctx.now_str());
    let ds = ds.clone();
    ok(&view(st, &ds))
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("datasetId");
    let ds = view(st, find(st, id)?);
    if ds.number_of_documents > 0 {
        return Err(ApiError::bad_request(format!(
            "Dataset {id} still has {} documents; delete them first",
            ds.number_of_documents
        )));
    }
    st.datasets.remove(id);
    st.doc_counts.remove(id);
    crate::resources::transformations::forget_dataset(st, id);
    st.count(Counted::Dataset, -1);
    ok(&ds)
}
