//! Documents: `/documents`, `/documents/{documentId}`. Content is kept as the
//! base64 string that was sent; only `GET /documents/{documentId}` returns it.

use las_api::types;
use serde_json::Value;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::{check_content, DEFAULT_RETENTION_DAYS};
use crate::state::{Counted, State};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// The document without its content, as lists and writes return it.
fn summary(doc: &types::Document) -> types::Document {
    let mut document: types::Document = doc.clone();
    document.content = None;
    document
}

fn check_dataset(st: &State, id: &str) -> Result<(), ApiError> {
    if st.datasets.contains(id) {
        Ok(())
    } else {
        Err(ApiError::bad_request(format!(
            "Dataset {id} does not exist"
        )))
    }
}

fn move_count(st: &mut State, from: Option<&str>, to: Option<&str>) {
    if let Some(from) = from {
        if let Some(n) = st.doc_counts.get_mut(from) {
            *n = (*n - 1).max(0);
        }
    }
    if let Some(to) = to {
        *st.doc_counts.entry(to.to_string()).or_default() += 1;
    }
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostDocuments = ctx.body_as()?;
    check_content("content", &body.content)?;
    let retention = match &body.dataset_id {
        Some(ds) => {
            check_dataset(st, ds)?;
            st.datasets.get(ds).map(|d| d.retention_in_days)
        }
        None => None,
    };
    let id = st.ids.id("document");
    let consent_id = match body.consent_id {
        Some(c) => c,
        None => st.ids.id("consent"),
    };
    let doc = {
        let mut document = types::Document::new(
            body.content_type,
            id.clone(),
            body.retention_in_days
                .or(retention)
                .unwrap_or(DEFAULT_RETENTION_DAYS),
        );
        document.consent_id = Some(consent_id);
        document.content = Some(STANDARD.encode(body.content.as_bytes()));
        document.created_by = Some(ctx.principal.clone());
        document.created_time = Some(ctx.now_str());
        document.dataset_id = body.dataset_id;
        document.ground_truth = body.ground_truth;
        document
    };
    move_count(st, None, doc.dataset_id.as_deref());
    st.count(Counted::Document, 1);
    let out = summary(&doc);
    st.documents.insert(id, doc);
    ok(&out)
}

/// Documents matching the `consentId` and `datasetId` filters (each a list;
/// a document matches a list if it has any of its values).
fn matching<'a>(
    st: &'a State,
    after: Option<u64>,
    consent: &'a [String],
    dataset: &'a [String],
) -> impl Iterator<Item = (Cursor, &'a types::Document)> + 'a {
    let hit = |list: &[String], v: &Option<String>| {
        list.is_empty() || v.as_ref().is_some_and(|v| list.iter().any(|x| x == v))
    };
    st.documents
        .iter_after(after)
        .filter(move |(_, d)| hit(consent, &d.consent_id) && hit(dataset, &d.dataset_id))
        .map(|(s, d)| (Cursor::seq(s), d))
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let consent = ctx.query.list("consentId");
    let dataset = ctx.query.list("datasetId");
    let (page, next) = pager.page(matching(st, pager.after_seq(), &consent, &dataset), false);
    ok(&{
        let mut list = types::Documents::new(page.into_iter().map(summary).collect());
        list.next_token = next;
        list.consent_id = consent;
        list.dataset_id = dataset;
        list
    })
}

/// `DELETE /documents`: deletes one page of matching documents and returns
/// them, with a `nextToken` when more match.
pub(crate) fn delete_many(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let consent = ctx.query.list("consentId");
    let dataset = ctx.query.list("datasetId");
    let (page, next) = pager.page(matching(st, pager.after_seq(), &consent, &dataset), false);
    let ids: Vec<String> = page.iter().map(|d| d.document_id.clone()).collect();
    let mut deleted = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(doc) = st.documents.remove(&id) {
            move_count(st, doc.dataset_id.as_deref(), None);
            deleted.push(summary(&doc));
        }
    }
    ok(&{
        let mut list = types::Documents::new(deleted);
        list.next_token = next;
        list.consent_id = consent;
        list.dataset_id = dataset;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("documentId");
    let doc = st
        .documents
        .get(id)
        .ok_or_else(|| ApiError::not_found("Document", id))?;
    ok(doc)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("documentId");
    let body: types::PatchDocumentId = ctx.body_as()?;
    if let Some(ds) = &body.dataset_id {
        check_dataset(st, ds)?;
    }
    let doc = st
        .documents
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Document", id))?;
    let old_dataset = doc.dataset_id.clone();
    if ctx.body.get("groundTruth").is_some_and(|v| !v.is_null()) {
        doc.ground_truth = body.ground_truth;
    }
    if let Some(r) = body.retention_in_days {
        doc.retention_in_days = r;
    }
    if let Some(Value::String(ds)) = ctx.body.get("datasetId") {
        doc.dataset_id = Some(ds.clone());
    }
    doc.updated_by = Some(ctx.principal.clone());
    doc.updated_time = Some(ctx.now_str());
    let out = summary(doc);
    if old_dataset != out.dataset_id {
        move_count(st, old_dataset.as_deref(), out.dataset_id.as_deref());
    }
    ok(&out)
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("documentId");
    let doc = st
        .documents
        .remove(id)
        .ok_or_else(|| ApiError::not_found("Document", id))?;
    move_count(st, doc.dataset_id.as_deref(), None);
    ok(&summary(&doc))
}
