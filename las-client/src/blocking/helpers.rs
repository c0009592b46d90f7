//! The blocking helpers: bulk uploads, waiters and the docker-transition
//! runtime.

use std::fmt::{self, Debug, Display};
use std::iter::FusedIterator;
use std::panic::AssertUnwindSafe;
use std::time::Duration;

use futures::stream::StreamExt;
use serde_json::{Map, Value};

use crate::bulk::{self, Progress, UploadItem, UploadResult};
use crate::runtime::{self, Outcome};
use crate::types::TransitionExecution;
use crate::waiters::{self, WaitError};
use crate::Result;

use super::{inside_runtime, BoxStream, Client, Documents, FromAsync, Rt};

// ----------------------------------------------------------------------- bulk

impl Documents {
    /// Upload many documents with bounded concurrency
    /// ([`bulk::DEFAULT_CONCURRENCY`] at once unless set).
    ///
    /// The async form: [`las_client::documents::Documents::create_many`](crate::documents::Documents::create_many).
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// let results = client
    ///     .documents()
    ///     .create_many(["scans/1.pdf", "scans/2.pdf"])
    ///     .dataset_id("las:dataset:abc")
    ///     .send();
    /// for r in results.iter().filter(|r| r.result.is_err()) {
    ///     eprintln!("{}: {}", r.label, r.result.as_ref().unwrap_err());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_many(
        &self,
        inputs: impl IntoIterator<Item = impl Into<UploadItem>>,
    ) -> BulkUpload {
        let items: Vec<UploadItem> = inputs.into_iter().map(Into::into).collect();
        // The labels the async upload gives its results, for results made here.
        let labels = items
            .iter()
            .enumerate()
            .map(|(i, item)| match item.label() {
                "" => format!("#{i}"),
                label => label.to_string(),
            })
            .collect();
        BulkUpload {
            inner: self.inner.create_many(items),
            labels,
            rt: self.rt.clone(),
        }
    }
}

/// Upload many documents: the blocking form of [`bulk::BulkUpload`].
/// Created by [`Documents::create_many`].
///
/// [`send`](Self::send) waits for every upload and returns the results in
/// input order; [`stream`](Self::stream) returns them as uploads finish.
/// Every input ends in exactly one result, `Ok(Document)` or `Err`.
///
/// ```no_run
/// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
/// use las_client::bulk::UploadItem;
///
/// let items = [("a.pdf", "10.00"), ("b.pdf", "20.00")]
///     .map(|(path, total)| UploadItem::new(path).ground_truth([("total_amount", total)]));
/// let results = client
///     .documents()
///     .create_many(items)
///     .concurrency(8)
///     .on_progress(|p| eprintln!("{}/{} done, {} failed", p.finished, p.total, p.failed))
///     .send();
/// # let _ = results;
/// # Ok(())
/// # }
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct BulkUpload {
    inner: bulk::BulkUpload,
    labels: Vec<String>,
    rt: Rt,
}

impl Debug for BulkUpload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("BulkUpload").field(&self.inner).finish()
    }
}

impl BulkUpload {
    setters!(bulk BulkUpload;
        /// Put every document in this dataset.
        fn dataset_id(dataset_id: impl Into<String>);
        /// Uploads in flight at once (at least 1; default
        /// [`bulk::DEFAULT_CONCURRENCY`]).
        fn concurrency(concurrency: usize);
        /// Called after each finished item with the running counts.
        fn on_progress(progress: impl Fn(Progress) + Send + Sync + 'static);
    );

    /// Upload everything and wait; one result per input, in input order.
    /// Inside an async runtime nothing is sent and every result is the
    /// error.
    ///
    /// The async form: [`las_client::bulk::BulkUpload::send`](crate::bulk::BulkUpload::send).
    pub fn send(self) -> Vec<UploadResult> {
        match self.rt.block_on(self.inner.send()) {
            Ok(results) => results,
            Err(_) => refused(self.labels.into_iter().enumerate()).collect(),
        }
    }

    /// The results as uploads finish (not in input order; each carries its
    /// `index`), as an iterator: each `next()` waits for the next upload to
    /// finish while the others go on.
    ///
    /// The async form: [`las_client::bulk::BulkUpload::stream`](crate::bulk::BulkUpload::stream).
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for upload in client.documents().create_many(["a.pdf", "b.pdf"]).stream() {
    ///     match upload.result {
    ///         Ok(document) => println!("{} -> {}", upload.label, document.document_id),
    ///         Err(e) => eprintln!("{}: {e}", upload.label),
    ///     }
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn stream(self) -> Uploads {
        Uploads {
            unfinished: self.labels.into_iter().map(Some).collect(),
            next_refused: 0,
            stream: Some(Box::pin(self.inner.stream())),
            rt: self.rt,
        }
    }
}

/// The "inside an async runtime" result for each of `labels`.
fn refused(labels: impl Iterator<Item = (usize, String)>) -> impl Iterator<Item = UploadResult> {
    labels.map(|(index, label)| UploadResult {
        index,
        label,
        result: Err(inside_runtime()),
    })
}

/// Bulk upload results as uploads finish: the [`Iterator`] returned by
/// [`BulkUpload::stream`]. Ends after the last upload. Inside an async
/// runtime it sends nothing more and yields the error for every input not
/// yet finished.
///
/// ```no_run
/// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
/// let uploads = client.documents().create_many(["a.pdf", "b.pdf"]).stream();
/// let failed = uploads.filter(|u| u.result.is_err()).count();
/// # let _ = failed;
/// # Ok(())
/// # }
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Uploads {
    stream: Option<BoxStream<UploadResult>>,
    /// Labels of the inputs without a result yet, by index.
    unfinished: Vec<Option<String>>,
    /// Where to look for the next unfinished input once refused.
    next_refused: usize,
    rt: Rt,
}

impl Iterator for Uploads {
    type Item = UploadResult;

    fn next(&mut self) -> Option<UploadResult> {
        if let Some(stream) = self.stream.as_mut() {
            match self.rt.block_on(stream.next()) {
                Ok(Some(result)) => {
                    if let Some(label) = self.unfinished.get_mut(result.index) {
                        *label = None;
                    }
                    return Some(result);
                }
                Ok(None) => {
                    self.stream = None;
                    self.unfinished.clear();
                    return None;
                }
                // Inside an async runtime: stop uploading, report the rest.
                Err(_) => self.stream = None,
            }
        }
        while self.next_refused < self.unfinished.len() {
            let index = self.next_refused;
            self.next_refused += 1;
            if let Some(label) = self.unfinished[index].take() {
                return refused(std::iter::once((index, label))).next();
            }
        }
        None
    }
}

impl FusedIterator for Uploads {}

impl Debug for Uploads {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Uploads")
            .field("ended", &self.stream.is_none())
            .finish_non_exhaustive()
    }
}

// -------------------------------------------------------------------- waiters

/// A wait in progress: the blocking form of [`waiters::Wait`]. Created by
/// the `wait_until_*` methods of [`Client`]; configure, then call
/// [`wait`](Self::wait).
///
/// ```no_run
/// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
/// use std::time::Duration;
/// use las_client::waiters::WaitError;
///
/// match client
///     .wait_until_data_bundle_ready("las:model:abc", "las:data-bundle:def")
///     .timeout(Duration::from_secs(600))
///     .wait()
/// {
///     Ok(bundle) => println!("ready: {}", bundle.data_bundle_id),
///     Err(WaitError::Failed { state, .. }) => eprintln!("bundle ended {state}"),
///     Err(WaitError::TimedOut { waited, .. }) => eprintln!("still processing after {waited:?}"),
///     Err(e) => return Err(e.into_error()),
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
#[must_use = "a wait does nothing until `wait` is called"]
pub struct Wait<T> {
    inner: waiters::Wait<T>,
    rt: Rt,
}

impl<T> FromAsync for Wait<T> {
    type Async = waiters::Wait<T>;
    fn from_async(inner: waiters::Wait<T>, rt: Rt) -> Self {
        Wait { inner, rt }
    }
}

impl<T: Debug + Send + 'static> Wait<T> {
    setters!(waiters Wait;
        /// Longest time to wait (default 15 minutes).
        fn timeout(timeout: Duration);
        /// First delay between polls (default 1 s); delays grow by half.
        fn interval(interval: Duration);
        /// Longest delay between polls (default 30 s).
        fn max_interval(max_interval: Duration);
    );

    /// Poll until done, failed, or timed out. Inside an async runtime this
    /// is `WaitError::Request` with [`Error::InvalidInput`](crate::Error::InvalidInput).
    ///
    /// The async form: [`las_client::waiters::Wait::wait`](crate::waiters::Wait::wait).
    pub fn wait(self) -> std::result::Result<T, WaitError<T>> {
        self.rt.block_on(self.inner.wait())?
    }
}

// ------------------------------------------------------ transition runtime

/// What a blocking transition handler receives: the execution (with its
/// input) and a blocking client. The blocking form of
/// [`runtime::ExecutionContext`].
///
/// ```no_run
/// # fn handler(execution: las_client::blocking::ExecutionContext) -> las_client::Result<()> {
/// let document_id = execution.input()["documentId"].as_str().unwrap_or_default();
/// let document = execution.client().documents().get(document_id)?;
/// # let _ = document;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct ExecutionContext {
    inner: runtime::ExecutionContext,
    client: Client,
}

impl ExecutionContext {
    /// The execution's input.
    pub fn input(&self) -> &Map<String, Value> {
        self.inner.input()
    }

    /// The input decoded into your own type.
    pub fn input_as<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        self.inner.input_as()
    }

    /// The whole execution as fetched when the handler started.
    pub fn execution(&self) -> &TransitionExecution {
        self.inner.execution()
    }

    /// A blocking client (the runtime's) for calls inside the handler.
    pub fn client(&self) -> &Client {
        &self.client
    }
}

/// Runs one execution of a docker transition with a plain (non-async)
/// handler: the blocking form of [`runtime::TransitionRuntime`] and the
/// counterpart of the Python SDK's `transition_handler`.
///
/// [`run`](Self::run) fetches the input, calls the handler on a thread of
/// its own while heartbeats go out in the background, and marks the
/// execution `succeeded`, `rejected` or `retry` by the returned
/// [`Outcome`], or `failed` when the handler returns an error or panics.
///
/// ```no_run
/// use las_client::blocking::{Client, TransitionRuntime};
/// use las_client::predictions::PredictedItems;
/// use las_client::runtime::Outcome;
///
/// fn main() -> las_client::Result<()> {
///     let client = Client::from_env()?;
///     TransitionRuntime::from_env(client)?.run(|execution| {
///         let document_id = execution.input()["documentId"].as_str().unwrap_or_default().to_string();
///         let prediction = execution
///             .client()
///             .predictions()
///             .create(&document_id, "las:model:abc")
///             .send()?;
///         Outcome::succeeded(serde_json::json!({"predictions": prediction.predictions.items().len()}))
///     })?;
///     Ok(())
/// }
/// ```
#[derive(Clone, Debug)]
pub struct TransitionRuntime {
    inner: runtime::TransitionRuntime,
    client: Client,
}

impl TransitionRuntime {
    /// The execution named by `TRANSITION_ID` and `EXECUTION_ID` in the
    /// environment (set by LAS when it starts the container).
    ///
    /// The async form: [`las_client::runtime::TransitionRuntime::from_env`](crate::runtime::TransitionRuntime::from_env).
    pub fn from_env(client: Client) -> Result<Self> {
        Ok(TransitionRuntime {
            inner: runtime::TransitionRuntime::from_env(client.inner.clone())?,
            client,
        })
    }

    /// A runtime for this execution.
    ///
    /// The async form: [`las_client::runtime::TransitionRuntime::new`](crate::runtime::TransitionRuntime::new).
    pub fn new(
        client: Client,
        transition_id: impl Into<String>,
        execution_id: impl Into<String>,
    ) -> Result<Self> {
        Ok(TransitionRuntime {
            inner: runtime::TransitionRuntime::new(
                client.inner.clone(),
                transition_id,
                execution_id,
            )?,
            client,
        })
    }

    /// How often to send heartbeats (default 20 s; must be above zero and
    /// below the API's 60 s timeout).
    ///
    /// The async form: [`las_client::runtime::TransitionRuntime::heartbeat_interval`](crate::runtime::TransitionRuntime::heartbeat_interval).
    pub fn heartbeat_interval(mut self, interval: Duration) -> Result<Self> {
        self.inner = self.inner.heartbeat_interval(interval)?;
        Ok(self)
    }

    /// Fetch the input, run `handler` on a thread of its own with
    /// heartbeats, and record how it ended. Returns the execution as
    /// updated. An `Err` from the handler, or a panic, marks the execution
    /// `failed` with the message; the runtime then returns `Ok` with that
    /// execution. An `Err` is returned only when talking to the API fails
    /// (or when called inside an async runtime).
    ///
    /// The async form: [`las_client::runtime::TransitionRuntime::run`](crate::runtime::TransitionRuntime::run).
    pub fn run<F, E>(self, handler: F) -> Result<TransitionExecution>
    where
        F: FnOnce(ExecutionContext) -> std::result::Result<Outcome, E> + Send + 'static,
        E: Display + Send + 'static,
    {
        let TransitionRuntime { inner, client } = self;
        let rt = client.rt.clone();
        rt.run(inner.run(move |context| {
            let context = ExecutionContext {
                inner: context,
                client,
            };
            async move {
                // A plain thread, not the runtime's blocking pool: the
                // handler makes blocking calls, which are refused on threads
                // of a runtime.
                let (sender, receiver) = tokio::sync::oneshot::channel();
                let started = std::thread::Builder::new()
                    .name("las-transition-handler".into())
                    .spawn(move || {
                        let outcome = std::panic::catch_unwind(AssertUnwindSafe(move || {
                            handler(context).map_err(|e| e.to_string())
                        }));
                        let _ = sender.send(outcome);
                    });
                if let Err(e) = started {
                    return Err(format!("the handler's thread could not be started: {e}"));
                }
                match receiver.await {
                    Ok(Ok(outcome)) => outcome,
                    // Unwound again here, the panic reaches the async
                    // runtime, which records it as the failure message.
                    Ok(Err(panic)) => std::panic::resume_unwind(panic),
                    Err(_) => Err("the handler's thread ended without an outcome".to_string()),
                }
            }
        }))
    }
}
