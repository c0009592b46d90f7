//! Documents: `client.documents()`.

use std::path::Path;

use crate::call::Op;
use crate::content::{self, Content};
use crate::paginate::{self, FetchPage, PageFuture};
use crate::resources::{ground_truth, request_future};
use crate::types::{self, ContentType, Document, Documents as DocumentPage, GroundTruthItem};
use crate::{ids, upload, Client, Error, Result};

/// Documents: upload, read, list, update ground truth, delete.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let doc = client.documents().create("invoice.pdf").dataset_id("las:dataset:abc").send().await?;
/// let bytes = client.documents().download(&doc.document_id).await?;
/// # let _ = bytes;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Documents {
    client: Client,
}

impl Client {
    /// Documents: upload, read, list, update ground truth, delete.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.documents().list().max_results(10).send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn documents(&self) -> Documents {
        Documents {
            client: self.clone(),
        }
    }
}

impl Documents {
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// Upload a document (`POST /documents`). `content` is a path (`&str`,
    /// `Path`, `PathBuf`), bytes, a reader or base64 (see [`Content`]); its
    /// type is sniffed unless set with [`CreateDocument::content_type`].
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::ContentType;
    /// let doc = client
    ///     .documents()
    ///     .create(std::fs::read("scan.tif").unwrap())
    ///     .content_type(ContentType::ImageTiff)
    ///     .ground_truth([("total_amount", "120.50")])
    ///     .send()
    ///     .await?;
    /// # let _ = doc;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, content: impl IntoContent) -> CreateDocument {
        CreateDocument {
            client: self.client.clone(),
            content: content.into_content(),
            content_type: None,
            consent_id: None,
            dataset_id: None,
            ground_truth: Vec::new(),
            retention_in_days: None,
        }
    }

    /// Get a document with its content (`GET /documents/{documentId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let doc = client.documents().get("las:document:3f2a").await?;
    /// println!("{}", doc.content_type);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, document_id: &str) -> Result<Document> {
        let id = ids::check("document_id", document_id)?;
        self.client
            .call(Op::get("get_document"), |api| async move {
                api.get_document(id).await
            })
            .await
    }

    /// The decoded content of a document, in one call.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let pdf: Vec<u8> = client.documents().download("las:document:3f2a").await?;
    /// # let _ = pdf;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn download(&self, document_id: &str) -> Result<Vec<u8>> {
        let doc = self.get(document_id).await?;
        content::decode("get_document", doc.content.as_deref())
    }

    /// Write the decoded content of a document to `path`, in one call. The
    /// content is decoded into the file as the response arrives (neither
    /// the response nor the file is held in memory); `path` is replaced
    /// only once the whole content was written.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.documents().download_to("las:document:3f2a", "out.pdf").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn download_to(&self, document_id: &str, path: impl AsRef<Path>) -> Result<()> {
        let id = ids::check("document_id", document_id)?;
        self.client
            .download_content_to(Op::get("get_document"), "/documents", id, path.as_ref())
            .await
    }

    /// List documents (`GET /documents`), optionally by dataset or consent.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let ids: Vec<String> = client
    ///     .documents()
    ///     .list()
    ///     .dataset_id("las:dataset:abc")
    ///     .items()
    ///     .map_ok(|d| d.document_id)
    ///     .try_collect()
    ///     .await?;
    /// # let _ = ids;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListDocuments {
        ListDocuments {
            client: self.client.clone(),
            filter: Filter::default(),
            max_results: None,
            next_token: None,
            limit: None,
        }
    }

    /// Update a document's ground truth, dataset or retention
    /// (`PATCH /documents/{documentId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.documents().update("las:document:3f2a").ground_truth([("paid", true)]).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, document_id: impl Into<String>) -> UpdateDocument {
        UpdateDocument {
            client: self.client.clone(),
            document_id: document_id.into(),
            body: types::PatchDocumentId {
                dataset_id: None,
                ground_truth: Vec::new(),
                retention_in_days: None,
            },
        }
    }

    /// Delete a document (`DELETE /documents/{documentId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.documents().delete("las:document:3f2a").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, document_id: &str) -> Result<Document> {
        let id = ids::check("document_id", document_id)?;
        self.client
            .call(Op::delete("delete_document"), |api| async move {
                api.delete_document(id).await
            })
            .await
    }

    /// Delete documents by dataset or consent (`DELETE /documents`). One
    /// call deletes one page; [`DeleteDocuments::delete_all`] follows
    /// `nextToken` until nothing matching is left.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.documents().delete_many().dataset_id("las:dataset:abc").delete_all().send().await?;
    /// println!("deleted {}", deleted.documents.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_many(&self) -> DeleteDocuments {
        DeleteDocuments {
            client: self.client.clone(),
            filter: Filter::default(),
            max_results: None,
            next_token: None,
            delete_all: false,
        }
    }
}

/// Values accepted as document or asset content: paths (`&str`, `String`,
/// `&Path`, `PathBuf`), bytes (`Vec<u8>`, `&[u8]`) and [`Content`].
pub trait IntoContent {
    /// Convert into [`Content`].
    fn into_content(self) -> Content;
}

impl IntoContent for Content {
    fn into_content(self) -> Content {
        self
    }
}
impl IntoContent for &str {
    fn into_content(self) -> Content {
        Content::path(self)
    }
}
impl IntoContent for String {
    fn into_content(self) -> Content {
        Content::path(self)
    }
}
impl IntoContent for &Path {
    fn into_content(self) -> Content {
        Content::path(self)
    }
}
impl IntoContent for std::path::PathBuf {
    fn into_content(self) -> Content {
        Content::Path(self)
    }
}
impl IntoContent for &std::path::PathBuf {
    fn into_content(self) -> Content {
        Content::Path(self.clone())
    }
}
impl IntoContent for Vec<u8> {
    fn into_content(self) -> Content {
        Content::Bytes(self)
    }
}
impl IntoContent for &[u8] {
    fn into_content(self) -> Content {
        Content::Bytes(self.to_vec())
    }
}
impl IntoContent for bytes::Bytes {
    fn into_content(self) -> Content {
        Content::from(self)
    }
}

/// `POST /documents`. Created by [`Documents::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDocument {
    client: Client,
    content: Content,
    content_type: Option<ContentType>,
    consent_id: Option<String>,
    dataset_id: Option<String>,
    ground_truth: Vec<GroundTruthItem>,
    retention_in_days: Option<i64>,
}

impl CreateDocument {
    /// The content type; sniffed from the bytes when not set.
    pub fn content_type(mut self, content_type: ContentType) -> Self {
        self.content_type = Some(content_type);
        self
    }
    /// The consent that marks the owner of the document.
    pub fn consent_id(mut self, consent_id: impl Into<String>) -> Self {
        self.consent_id = Some(consent_id.into());
        self
    }
    /// The dataset the document belongs to.
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.dataset_id = Some(dataset_id.into());
        self
    }
    /// Ground truth: `(label, value)` pairs; values are strings, booleans
    /// or `None`.
    pub fn ground_truth<L, V>(mut self, items: impl IntoIterator<Item = (L, V)>) -> Self
    where
        L: Into<String>,
        V: crate::resources::IntoGroundTruthValue,
    {
        self.ground_truth = ground_truth(items);
        self
    }
    /// Days to keep the document.
    pub fn retention_in_days(mut self, days: i64) -> Self {
        self.retention_in_days = Some(days);
        self
    }

    /// Check the content, then send: a file or reader streams into the
    /// request body, other content is sent from memory.
    pub async fn send(self) -> Result<Document> {
        if let Some(days) = self.retention_in_days {
            if days < 1 {
                return Err(Error::invalid_input("retention_in_days must be at least 1"));
            }
        }
        let make = |content, content_type| types::PostDocuments {
            consent_id: self.consent_id.clone(),
            content,
            content_type,
            dataset_id: self.dataset_id.clone(),
            ground_truth: self.ground_truth.clone(),
            retention_in_days: self.retention_in_days,
        };
        upload::create_document(&self.client, self.content, self.content_type, make).await
    }
}

request_future!(CreateDocument => Document);

/// `POST /documents` with a prepared body (shared with bulk uploads).
pub(crate) async fn post_document(
    client: &Client,
    body: &types::PostDocuments,
) -> Result<Document> {
    client
        .call(Op::post("create_document"), |api| async move {
            api.create_document(body).await
        })
        .await
}

/// `PATCH /documents/{documentId}`. Created by [`Documents::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateDocument {
    client: Client,
    document_id: String,
    body: types::PatchDocumentId,
}

impl UpdateDocument {
    /// Ground truth: `(label, value)` pairs; values are strings, booleans
    /// or `None`.
    pub fn ground_truth<L, V>(mut self, items: impl IntoIterator<Item = (L, V)>) -> Self
    where
        L: Into<String>,
        V: crate::resources::IntoGroundTruthValue,
    {
        self.body.ground_truth = ground_truth(items);
        self
    }
    /// Move the document to this dataset.
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.body.dataset_id = Some(dataset_id.into());
        self
    }
    /// Days to keep the document.
    pub fn retention_in_days(mut self, days: i64) -> Self {
        self.body.retention_in_days = Some(days);
        self
    }

    /// Send the update.
    pub async fn send(self) -> Result<Document> {
        let id = ids::check("document_id", &self.document_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_document"), |api| async move {
                api.update_document(id, body).await
            })
            .await
    }
}

request_future!(UpdateDocument => Document);

/// `consentId`/`datasetId` filters shared by list and delete.
#[derive(Clone, Debug, Default)]
struct Filter {
    consent_ids: Vec<String>,
    dataset_ids: Vec<String>,
}

impl Filter {
    fn consent(&self) -> Option<&Vec<String>> {
        (!self.consent_ids.is_empty()).then_some(&self.consent_ids)
    }
    fn dataset(&self) -> Option<&Vec<String>> {
        (!self.dataset_ids.is_empty()).then_some(&self.dataset_ids)
    }
}

/// `GET /documents`. Created by [`Documents::list`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListDocuments {
    client: Client,
    filter: Filter,
    max_results: Option<u64>,
    next_token: Option<String>,
    limit: Option<u64>,
}

impl ListDocuments {
    /// Only documents of this dataset (repeat for several).
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.filter.dataset_ids.push(dataset_id.into());
        self
    }
    /// Only documents with this consent id (repeat for several).
    pub fn consent_id(mut self, consent_id: impl Into<String>) -> Self {
        self.filter.consent_ids.push(consent_id.into());
        self
    }
}

crate::resources::list_request!(ListDocuments: DocumentPage => Document, "document");

impl FetchPage for ListDocuments {
    type Page = DocumentPage;
    const OPERATION: &'static str = "list_documents";

    fn fetch(
        &self,
        next_token: Option<String>,
        page_size: Option<u64>,
    ) -> PageFuture<DocumentPage> {
        let this = self.clone();
        Box::pin(async move {
            let size = paginate::check_page_size(page_size)?;
            let (filter, token) = (&this.filter, next_token.as_deref());
            this.client
                .call(Op::get(Self::OPERATION), |api| async move {
                    api.list_documents(filter.consent(), filter.dataset(), size, token)
                        .await
                })
                .await
        })
    }
}

/// `DELETE /documents`. Created by [`Documents::delete_many`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDocuments {
    client: Client,
    filter: Filter,
    max_results: Option<u64>,
    next_token: Option<String>,
    delete_all: bool,
}

impl DeleteDocuments {
    /// Only documents of this dataset (repeat for several).
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.filter.dataset_ids.push(dataset_id.into());
        self
    }
    /// Only documents with this consent id (repeat for several).
    pub fn consent_id(mut self, consent_id: impl Into<String>) -> Self {
        self.filter.consent_ids.push(consent_id.into());
        self
    }
    /// Delete at most this many documents (one page).
    pub fn max_results(mut self, max_results: u64) -> Self {
        self.max_results = Some(max_results);
        self
    }
    /// Continue from this token.
    pub fn next_token(mut self, token: impl Into<String>) -> Self {
        self.next_token = Some(token.into());
        self
    }
    /// Keep deleting until nothing matching is left (the Python SDK's
    /// `delete_all`). Cannot be combined with `max_results`.
    pub fn delete_all(mut self) -> Self {
        self.delete_all = true;
        self
    }

    /// Delete. With `delete_all`, the returned page holds every deleted
    /// document and no `nextToken`.
    pub async fn send(self) -> Result<DocumentPage> {
        let size = paginate::check_page_size(self.max_results)?;
        if self.delete_all && size.is_some() {
            return Err(Error::invalid_input(
                "delete_all deletes every matching document; it cannot be combined with max_results",
            ));
        }
        let mut all = self.delete_page(self.next_token.as_deref(), size).await?;
        if !self.delete_all {
            return Ok(all);
        }
        let mut seen = std::collections::HashSet::new();
        let mut token = all.next_token.take();
        while let Some(t) = token {
            if !seen.insert(t.clone()) {
                return Err(Error::InvalidResponse {
                    operation: "delete_documents",
                    what: format!("nextToken {t:?} was already returned"),
                });
            }
            let page = self.delete_page(Some(&t), size).await?;
            all.documents.extend(page.documents);
            token = page.next_token;
        }
        Ok(all)
    }

    async fn delete_page(
        &self,
        token: Option<&str>,
        size: Option<std::num::NonZeroU64>,
    ) -> Result<DocumentPage> {
        let filter = &self.filter;
        self.client
            .call(Op::delete("delete_documents"), |api| async move {
                api.delete_documents(filter.consent(), filter.dataset(), size, token)
                    .await
            })
            .await
    }
}

request_future!(DeleteDocuments => DocumentPage);
