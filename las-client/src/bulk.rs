//! Uploading many documents: bounded concurrency, one result per input,
//! progress, and rate limits that slow the batch instead of failing items.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use futures::stream::{self, Stream, StreamExt};

use crate::content::Content;
use crate::file_server::{create_document_with, CreateFailed};
use crate::resources::documents::{Documents, IntoContent};
use crate::resources::{ground_truth, IntoGroundTruthValue};
use crate::retry::Method;
use crate::types::{ContentType, Document, GroundTruthItem, PostDocuments};
use crate::{Client, Error, Result};

/// Uploads in flight at once unless [`BulkUpload::concurrency`] says
/// otherwise.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// How many times an item that keeps meeting "429 Too Many Requests" is put
/// back in line (each time after the client's own retries and the shared
/// pause) before it is reported as failed.
const RATE_LIMIT_ROUNDS: u32 = 8;

/// The shortest pause before an item goes back in line after a "429 Too
/// Many Requests" (the whole pause when the server sent no `Retry-After`).
const RATE_LIMIT_PAUSE: std::time::Duration = std::time::Duration::from_secs(1);

/// One document to upload, with its own content type and ground truth.
///
/// ```
/// use las_client::bulk::UploadItem;
///
/// let item = UploadItem::new("invoices/0001.pdf").ground_truth([("total_amount", "99.00")]);
/// assert_eq!(item.label(), "invoices/0001.pdf");
/// ```
#[derive(Debug)]
pub struct UploadItem {
    label: String,
    content: Content,
    content_type: Option<ContentType>,
    ground_truth: Vec<GroundTruthItem>,
    consent_id: Option<String>,
}

impl UploadItem {
    /// An item from anything accepted as content (a path, bytes,
    /// [`Content`]). Its label (used in results and progress) is the path,
    /// or `#<index>` for other content.
    pub fn new(content: impl IntoContent) -> Self {
        let content = content.into_content();
        let label = match &content {
            Content::Path(p) => p.display().to_string(),
            _ => String::new(),
        };
        UploadItem {
            label,
            content,
            content_type: None,
            ground_truth: Vec::new(),
            consent_id: None,
        }
    }

    /// A label of your own for results and progress.
    pub fn label_as(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// The content type (sniffed when not set).
    pub fn content_type(mut self, content_type: ContentType) -> Self {
        self.content_type = Some(content_type);
        self
    }

    /// Ground truth for this document.
    pub fn ground_truth<L, V>(mut self, items: impl IntoIterator<Item = (L, V)>) -> Self
    where
        L: Into<String>,
        V: IntoGroundTruthValue,
    {
        self.ground_truth = ground_truth(items);
        self
    }

    /// Consent id for this document.
    pub fn consent_id(mut self, consent_id: impl Into<String>) -> Self {
        self.consent_id = Some(consent_id.into());
        self
    }

    /// The label used in results and progress.
    pub fn label(&self) -> &str {
        &self.label
    }
}

impl From<PathBuf> for UploadItem {
    fn from(path: PathBuf) -> Self {
        UploadItem::new(path)
    }
}

impl From<&std::path::Path> for UploadItem {
    fn from(path: &std::path::Path) -> Self {
        UploadItem::new(path)
    }
}

impl From<&str> for UploadItem {
    fn from(path: &str) -> Self {
        UploadItem::new(path)
    }
}

impl From<Vec<u8>> for UploadItem {
    fn from(bytes: Vec<u8>) -> Self {
        UploadItem::new(bytes)
    }
}

impl From<Content> for UploadItem {
    fn from(content: Content) -> Self {
        UploadItem::new(content)
    }
}

/// The outcome for one input: its position, its label and the document or
/// the error.
#[derive(Debug)]
#[non_exhaustive]
pub struct UploadResult {
    /// Position of the input (0-based).
    pub index: usize,
    /// The input's label (its path, or `#<index>`).
    pub label: String,
    /// The created document or why it was not created.
    pub result: Result<Document>,
}

/// Counts after each finished item, for progress bars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Inputs in the batch.
    pub total: usize,
    /// Inputs finished (succeeded + failed).
    pub finished: usize,
    /// Inputs uploaded.
    pub succeeded: usize,
    /// Inputs that failed.
    pub failed: usize,
}

type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

/// Upload many documents. Created by [`Documents::create_many`].
///
/// [`stream`](Self::stream) yields results as uploads finish;
/// [`send`](Self::send) waits for all and returns them in input order.
/// Every input ends in exactly one result, `Ok(Document)` or `Err`.
#[must_use = "a request does nothing until it is sent"]
pub struct BulkUpload {
    client: Client,
    items: Vec<UploadItem>,
    dataset_id: Option<String>,
    concurrency: usize,
    progress: Option<ProgressFn>,
    inline: Option<bool>,
}

impl std::fmt::Debug for BulkUpload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkUpload")
            .field("items", &self.items.len())
            .field("dataset_id", &self.dataset_id)
            .field("concurrency", &self.concurrency)
            .field("inline", &self.inline)
            .finish_non_exhaustive()
    }
}

impl Documents {
    /// Upload many documents with bounded concurrency
    /// ([`DEFAULT_CONCURRENCY`] at once unless set).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let paths: Vec<std::path::PathBuf> = std::fs::read_dir("scans").unwrap().map(|e| e.unwrap().path()).collect();
    /// let results = client
    ///     .documents()
    ///     .create_many(paths)
    ///     .dataset_id("las:dataset:abc")
    ///     .concurrency(8)
    ///     .on_progress(|p| eprintln!("{}/{} done, {} failed", p.finished, p.total, p.failed))
    ///     .send()
    ///     .await;
    /// for r in results.iter().filter(|r| r.result.is_err()) {
    ///     eprintln!("{}: {}", r.label, r.result.as_ref().unwrap_err());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_many<I>(&self, inputs: I) -> BulkUpload
    where
        I: IntoIterator,
        I::Item: Into<UploadItem>,
    {
        let items = inputs
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let mut item: UploadItem = item.into();
                if item.label.is_empty() {
                    item.label = format!("#{i}");
                }
                item
            })
            .collect();
        BulkUpload {
            client: self.client().clone(),
            items,
            dataset_id: None,
            concurrency: DEFAULT_CONCURRENCY,
            progress: None,
            inline: None,
        }
    }
}

impl BulkUpload {
    /// Put every document in this dataset.
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.dataset_id = Some(dataset_id.into());
        self
    }

    /// Uploads in flight at once (at least 1; default
    /// [`DEFAULT_CONCURRENCY`]).
    pub fn concurrency(mut self, concurrency: usize) -> Self {
        self.concurrency = concurrency.max(1);
        self
    }

    /// `true`: content inline (base64 in `POST /documents`); `false`: only
    /// through each document's `fileUrl`. Unset: the file URL when the API
    /// offers one (see [`CreateDocument::inline`](crate::documents::CreateDocument::inline)).
    pub fn inline(mut self, inline: bool) -> Self {
        self.inline = Some(inline);
        self
    }

    /// Called after each finished item with the running counts.
    pub fn on_progress(mut self, progress: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(progress));
        self
    }

    /// Results as uploads finish (not in input order; each carries its
    /// `index`).
    pub fn stream(self) -> impl Stream<Item = UploadResult> + Send {
        let total = self.items.len();
        let succeeded = Arc::new(AtomicUsize::new(0));
        let failed = Arc::new(AtomicUsize::new(0));
        let BulkUpload {
            client,
            items,
            dataset_id,
            concurrency,
            progress,
            inline,
        } = self;
        stream::iter(items.into_iter().enumerate())
            .map(move |(index, item)| {
                let client = client.clone();
                let dataset_id = dataset_id.clone();
                async move {
                    let label = item.label.clone();
                    let result = upload(&client, item, dataset_id, inline).await;
                    UploadResult {
                        index,
                        label,
                        result,
                    }
                }
            })
            .buffer_unordered(concurrency)
            .map(move |r| {
                let counter = if r.result.is_ok() {
                    &succeeded
                } else {
                    &failed
                };
                counter.fetch_add(1, Ordering::Relaxed);
                if let Some(progress) = &progress {
                    let (s, f) = (
                        succeeded.load(Ordering::Relaxed),
                        failed.load(Ordering::Relaxed),
                    );
                    progress(Progress {
                        total,
                        finished: s + f,
                        succeeded: s,
                        failed: f,
                    });
                }
                r
            })
    }

    /// Upload everything; one result per input, in input order.
    pub async fn send(self) -> Vec<UploadResult> {
        let mut results: Vec<UploadResult> = self.stream().collect().await;
        results.sort_by_key(|r| r.index);
        results
    }
}

/// One upload. Content is opened only now; files and readers stream into
/// the request, bytes are in memory already. A rate-limited item waits for
/// the client-wide pause (see [`Client`]) and goes again rather than
/// failing; a reader already sent does not go again.
async fn upload(
    client: &Client,
    item: UploadItem,
    dataset_id: Option<String>,
    inline: Option<bool>,
) -> Result<Document> {
    let mut details = PostDocuments::new();
    details.consent_id = item.consent_id.clone();
    details.dataset_id = dataset_id.clone();
    details.ground_truth = item.ground_truth.clone();
    // A file or reader streams into the request, so at most `concurrency`
    // chunks are held, not `concurrency` files.
    let (raw, content_type) = crate::upload::open_raw(item.content, item.content_type).await?;
    let mut rounds = 0;
    loop {
        match create_document_with(client, &details, &raw, &content_type, inline).await {
            Ok(document) => return Ok(document),
            Err(CreateFailed {
                error: error @ Error::TooManyRequests { .. },
                created: false,
            }) if rounds < RATE_LIMIT_ROUNDS && raw.can_send() => {
                // The client's own retries are spent and their pause may be
                // over: pause every call of the client for the server's
                // `Retry-After` (at least RATE_LIMIT_PAUSE; one longer than
                // the retry policy allows fails the item) before this item
                // goes again. Only when no document was created yet: the
                // item is not created twice.
                let delay = client
                    .inner
                    .retry
                    .decide(Method::Post, &error, Some(RATE_LIMIT_PAUSE));
                match delay {
                    Some(delay) => client.inner.pause.extend(delay),
                    None => return Err(error),
                }
                rounds += 1;
            }
            Err(failed) => return Err(failed.error),
        }
    }
}
