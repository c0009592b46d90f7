//! Documents: `/documents`, `/documents/{documentId}`. A document's bytes
//! come either inline, as base64 `content` in `POST /documents` (the 2021
//! way: `GET /documents/{documentId}` returns them as `content`), or later
//! through its `fileUrl` (the file server, `crate::files`). Every document
//! has a `fileUrl`; `contentMD5` is the base64 MD5 of its bytes.

use las_api::types;
use serde_json::Value;

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::{check_content, metadata, patch_opt_str, DEFAULT_RETENTION_DAYS};
use crate::state::{Counted, State};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// `contentMD5`: the base64 of the MD5 digest of the bytes (as HTTP's
/// `Content-MD5`).
pub(crate) fn md5_base64(bytes: &[u8]) -> String {
    use md5::{Digest, Md5};
    STANDARD.encode(Md5::digest(bytes))
}

/// Stores `bytes` as the content of document `id`: its file, `contentMD5`,
/// and `contentType` when the document has none and the bytes tell.
pub(crate) fn store_file(st: &mut State, id: &str, bytes: Vec<u8>, inline: bool) {
    let md5 = md5_base64(&bytes);
    if let Some(doc) = st.documents.get_mut(id) {
        doc.content_md5 = Some(md5);
        if doc.content_type.is_none() {
            doc.content_type = sniff(&bytes).map(types::ContentType::from);
        }
        doc.content = inline.then(|| STANDARD.encode(&bytes));
    }
    st.files.insert(id.to_string(), bytes);
}

/// The content type of a file by its first bytes, if it is one the API takes.
pub(crate) fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        Some("image/tiff")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// Deletes a document and its file; returns it (without content).
pub(crate) fn remove(st: &mut State, id: &str) -> Option<types::Document> {
    let doc = st.documents.remove(id)?;
    st.files.remove(id);
    move_count(st, doc.dataset_id.as_deref(), None);
    Some(summary(&doc))
}

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
    if let Some(content) = &body.content {
        check_content("content", content)?;
    }
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
            id.clone(),
            body.retention_in_days
                .or(retention)
                .unwrap_or(DEFAULT_RETENTION_DAYS),
        );
        document.content_type = body.content_type;
        document.consent_id = Some(consent_id);
        document.file_url = Some(format!("{}/{id}", ctx.files_base));
        document.name = body.name;
        document.description = body.description;
        document.metadata = metadata(ctx);
        document.created_by = Some(ctx.principal.clone());
        document.created_time = Some(ctx.now_str());
        document.dataset_id = body.dataset_id;
        document.ground_truth = body.ground_truth;
        document
    };
    move_count(st, None, doc.dataset_id.as_deref());
    st.count(Counted::Document, 1);
    st.documents.insert(id.clone(), doc);
    if let Some(content) = body.content {
        store_file(st, &id, content.as_bytes().to_vec(), true);
    }
    let doc = st
        .documents
        .get(&id)
        .ok_or_else(|| ApiError::not_found("Document", &id))?;
    ok(&summary(doc))
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

/// `GET /documents`: filtered by `consentId`, `datasetId` and `documentId`,
/// sorted by `createdTime` (`sortBy`, `order`), paged.
pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let consent = ctx.query.list("consentId");
    let dataset = ctx.query.list("datasetId");
    let document = ctx.query.str("documentId");
    let sort_by = ctx.query.str("sortBy").map(types::CreatedTimeSortBy::from);
    let order = ctx.query.str("order").map(types::Order::from);
    let descending = order == Some(types::Order::Descending);
    let mut items: Vec<(Cursor, &types::Document)> = matching(st, None, &consent, &dataset)
        .filter(|(_, d)| document.is_none_or(|id| d.document_id == id))
        .map(|(c, d)| {
            let key = sort_by
                .is_some()
                .then(|| d.created_time.clone().unwrap_or_default());
            (Cursor { key, seq: c.seq }, d)
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    if descending {
        items.reverse();
    }
    let (page, next) = pager.page(items, descending);
    ok(&{
        let mut list = types::Documents::new(page.into_iter().map(summary).collect());
        list.next_token = next;
        list.consent_id = consent;
        list.dataset_id = dataset;
        list.order = order;
        list.sort_by = sort_by;
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
        if let Some(doc) = remove(st, &id) {
            deleted.push(doc);
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
    if let Some(ground_truth) = body.ground_truth {
        doc.ground_truth = ground_truth;
    }
    patch_opt_str(&mut doc.name, &ctx.body, "name");
    patch_opt_str(&mut doc.description, &ctx.body, "description");
    if ctx.body.get("metadata").is_some() {
        doc.metadata = metadata(ctx);
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
    let doc = remove(st, id).ok_or_else(|| ApiError::not_found("Document", id))?;
    ok(&doc)
}
