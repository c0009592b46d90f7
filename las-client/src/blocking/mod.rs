//! A blocking client for scripts and programs without async code (cargo
//! feature `blocking`).
//!
//! [`Client`] owns a small tokio runtime (two worker threads) and runs each
//! call of the async [`las_client::Client`](crate::Client) on it until the
//! call is done, so nothing async shows in the caller's code. It mirrors the
//! async client: the same handlers, operations, request builders, setters
//! and helpers, with the same names and arguments. Where the async client
//! returns a future, the blocking one returns the value:
//!
//! | async | blocking |
//! |---|---|
//! | `client.documents().get(id).await?` | `client.documents().get(id)?` |
//! | `client.datasets().create().name(n).send().await?` | `client.datasets().create().name(n).send()?` |
//! | `list().send().await?` (one page) | `list().send()?` |
//! | `list().pages()` / `list().items()` (`Stream`s) | `list().pages()` / `list().items()` ([`Iterator`]s: [`Pages`], [`Items`]) |
//! | `documents().create_many(..).send().await` | `documents().create_many(..).send()` |
//! | `documents().create_many(..).stream()` (`Stream`) | `documents().create_many(..).stream()` ([`Iterator`]: [`Uploads`]) |
//! | `client.wait_until_model_active(id).timeout(t).await` | `client.wait_until_model_active(id).timeout(t).wait()` |
//! | `TransitionRuntime::run(async handler).await` | [`TransitionRuntime::run`]`(handler)` with a plain closure |
//!
//! ```no_run
//! fn main() -> las_client::Result<()> {
//!     // LAS_* environment variables or ~/.lucidtech/credentials.cfg.
//!     let client = las_client::blocking::Client::from_env()?;
//!
//!     let dataset = client.datasets().create().name("Invoices").send()?;
//!     let document = client
//!         .documents()
//!         .create("invoice.pdf")
//!         .dataset_id(&dataset.dataset_id)
//!         .send()?;
//!     println!("uploaded {}", document.document_id);
//!
//!     // Pagination is an iterator; each page is fetched when it is needed.
//!     for document in client.documents().list().dataset_id(&dataset.dataset_id).items() {
//!         println!("{}", document?.document_id);
//!     }
//!
//!     client.datasets().delete(&dataset.dataset_id).delete_documents(true).send()?;
//!     Ok(())
//! }
//! ```
//!
//! # Inside an async program
//!
//! A blocking call made on a thread that runs inside a tokio runtime (an
//! `async fn`, a task, a `tokio::task::spawn_blocking` closure, or a
//! callback the client itself runs, such as
//! [`on_progress`](BulkUpload::on_progress)) would stall or panic that
//! runtime, so it is refused instead: it returns
//! [`Error::InvalidInput`] and sends nothing. Use the async
//! [`las_client::Client`](crate::Client) there. Creating and dropping a
//! blocking client is allowed anywhere, so one can be built in an async
//! `main` and handed to a plain `std::thread`.

use std::fmt;
use std::future::Future;
use std::iter::FusedIterator;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{Stream, StreamExt};

use crate::credentials::Credentials;
use crate::paginate::{Page, Prefetch};
use crate::{types, Error, Result, RetryPolicy};

/// Worker threads of the runtime each blocking client owns.
const WORKER_THREADS: usize = 2;

/// The message of the error a blocking call returns inside an async runtime.
const INSIDE_RUNTIME: &str =
    "las_client::blocking::Client was used inside an async runtime; use las_client::Client there";

fn inside_runtime() -> Error {
    Error::invalid_input(INSIDE_RUNTIME)
}

/// A tokio runtime that can be dropped anywhere: inside an async context
/// (where dropping a runtime normally panics) it is shut down in the
/// background instead of waited for.
struct OwnedRuntime(Option<tokio::runtime::Runtime>);

impl Drop for OwnedRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            if tokio::runtime::Handle::try_current().is_ok() {
                runtime.shutdown_background();
            }
        }
    }
}

/// The shared runtime of a blocking client and everything made from it.
#[derive(Clone)]
pub(crate) struct Rt(Arc<OwnedRuntime>);

impl fmt::Debug for Rt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Runtime")
    }
}

impl Rt {
    fn new() -> Result<Rt> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(WORKER_THREADS)
            .thread_name("las-client-blocking")
            .enable_all()
            .build()
            .map_err(|e| {
                Error::invalid_input(format!(
                    "the runtime of the blocking client could not be started: {e}"
                ))
            })?;
        Ok(Rt(Arc::new(OwnedRuntime(Some(runtime)))))
    }

    fn runtime(&self) -> &tokio::runtime::Runtime {
        self.0
             .0
            .as_ref()
            .expect("the runtime is only taken when the client is dropped")
    }

    /// Run `future` to completion on this runtime, or refuse inside an
    /// async runtime (where blocking would stall it or panic).
    fn block_on<F: Future>(&self, future: F) -> Result<F::Output> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(inside_runtime());
        }
        Ok(self.runtime().block_on(future))
    }

    /// [`block_on`](Self::block_on) for a future of a `Result`.
    pub(crate) fn run<T>(&self, future: impl Future<Output = Result<T>>) -> Result<T> {
        self.block_on(future)?
    }
}

/// A blocking type made from its async counterpart and the runtime.
pub(crate) trait FromAsync {
    type Async;
    fn from_async(inner: Self::Async, rt: Rt) -> Self;
}

/// A doc sentence linking to an async item: `link!("Text " m A::f)` is
/// "Text [`las_client::m::A::f`](crate::m::A::f)."; `m` may be `crate`.
macro_rules! async_link {
    ($text:literal crate $a:ident $(:: $name:ident)?) => {
        concat!(
            $text, "[`las_client::", stringify!($a), $("::", stringify!($name),)?
            "`](crate::", stringify!($a), $("::", stringify!($name),)? ")."
        )
    };
    ($text:literal $m:ident $a:ident $(:: $name:ident)?) => {
        concat!(
            $text, "[`las_client::", stringify!($m), "::", stringify!($a),
            $("::", stringify!($name),)?
            "`](crate::", stringify!($m), "::", stringify!($a), $("::", stringify!($name),)? ")."
        )
    };
}

/// Methods of a blocking wrapper (fields `inner` and `rt`) that call the
/// async method of the same name. `fn f(&self, ..) -> T;` blocks until the
/// async `f` is done and returns `Result<T>`; `fn f(&self, ..) => W;` wraps
/// what the async `f` returns (a request builder, a handler) into the
/// blocking type `W`. Each method's doc gets a link to the async method.
macro_rules! methods {
    ($m:ident $a:ident; $(
        $(#[$doc:meta])*
        fn $name:ident(&self $(, $arg:ident : $ty:ty)* $(,)?) $arrow:tt $ret:ty;
    )*) => {$(
        $crate::blocking::methods!(@one $m $a; $(#[$doc])* fn $name(&self $(, $arg: $ty)*) $arrow $ret);
    )*};
    (@one $m:ident $a:ident; $(#[$doc:meta])*
        fn $name:ident(&self $(, $arg:ident : $ty:ty)*) -> $ret:ty) => {
        $(#[$doc])*
        #[doc = ""]
        #[doc = "Blocks until done."]
        #[doc = $crate::blocking::async_link!("The async form: " $m $a::$name)]
        pub fn $name(&self $(, $arg: $ty)*) -> $crate::Result<$ret> {
            self.rt.run(self.inner.$name($($arg),*))
        }
    };
    (@one $m:ident $a:ident; $(#[$doc:meta])*
        fn $name:ident(&self $(, $arg:ident : $ty:ty)*) => $ret:ty) => {
        $(#[$doc])*
        #[doc = ""]
        #[doc = $crate::blocking::async_link!("The async form: " $m $a::$name)]
        pub fn $name(&self $(, $arg: $ty)*) -> $ret {
            <$ret as $crate::blocking::FromAsync>::from_async(self.inner.$name($($arg),*), self.rt.clone())
        }
    };
}

/// Builder setters (`fn name(self, ..) -> Self`) that call the async setter
/// of the same name on `inner`.
macro_rules! setters {
    ($m:ident $a:ident; $(
        $(#[$doc:meta])*
        fn $name:ident($($arg:ident : $ty:ty),* $(,)?);
    )*) => {$(
        $(#[$doc])*
        #[doc = ""]
        #[doc = $crate::blocking::async_link!("The async form: " $m $a::$name)]
        pub fn $name(mut self $(, $arg: $ty)*) -> Self {
            self.inner = self.inner.$name($($arg),*);
            self
        }
    )*};
}

pub(crate) use {async_link, methods};

#[path = "../generated/blocking.rs"]
mod generated;
mod helpers;
mod resources;

pub use generated::*;
pub use helpers::{BulkUpload, ExecutionContext, TransitionRuntime, Uploads, Wait};

/// A blocking client for the LAS API.
///
/// Owns a tokio runtime with two worker threads; every call runs on it until
/// it is done. Cheap to clone (clones share the runtime, the connection pool
/// and the token cache) and `Send + Sync`, so one client can serve several
/// threads at once. The runtime stops when the last clone (and the last
/// builder, iterator or handler made from it) is dropped.
///
/// ```no_run
/// // Credentials from LAS_* environment variables or ~/.lucidtech/credentials.cfg:
/// let client = las_client::blocking::Client::from_env()?;
/// let dataset = client.datasets().create().name("Invoices").send()?;
/// println!("created {}", dataset.dataset_id);
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: crate::Client,
    pub(crate) rt: Rt,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Client")
            .field(&self.inner)
            .finish()
    }
}

impl Client {
    /// A client with credentials discovered the way the Python SDK finds
    /// them (see [`Credentials::discover`]) and default settings.
    ///
    /// ```no_run
    /// let client = las_client::blocking::Client::from_env()?;
    /// # let _ = client;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn from_env() -> Result<Client> {
        Client::builder().build()
    }

    /// A client with these credentials and default settings.
    ///
    /// ```
    /// use las_client::{blocking::Client, credentials::Credentials};
    ///
    /// let credentials = Credentials::api_key("my-api-key", "https://api.lucidtech.ai/v1")?;
    /// let client = Client::new(credentials)?;
    /// assert_eq!(client.api_endpoint(), "https://api.lucidtech.ai/v1");
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn new(credentials: Credentials) -> Result<Client> {
        Client::builder().credentials(credentials).build()
    }

    /// A builder for every setting (those of
    /// [`las_client::ClientBuilder`](crate::ClientBuilder)).
    ///
    /// ```
    /// use std::time::Duration;
    /// use las_client::{blocking::Client, credentials::Credentials, RetryPolicy};
    ///
    /// let client = Client::builder()
    ///     .credentials(Credentials::api_key("my-api-key", "https://api.lucidtech.ai/v1")?)
    ///     .timeout(Duration::from_secs(30))
    ///     .retry_policy(RetryPolicy::standard().with_max_attempts(3))
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A blocking client around an async client, with a runtime of its own.
    /// Clones of `client` keep working in async code. Connections `client`
    /// already opened belong to the runtime that opened them, so a client
    /// not yet used (or one whose runtime outlives this one) suits best.
    ///
    /// ```
    /// use las_client::credentials::Credentials;
    ///
    /// let client = las_client::Client::new(Credentials::api_key("k", "https://api.lucidtech.ai/v1")?)?;
    /// let blocking = las_client::blocking::Client::from_async(client)?;
    /// assert_eq!(blocking.api_endpoint(), "https://api.lucidtech.ai/v1");
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn from_async(client: crate::Client) -> Result<Client> {
        Ok(Client {
            inner: client,
            rt: Rt::new()?,
        })
    }

    /// The async client underneath (sharing the connection pool and the
    /// token cache), for async code.
    pub fn as_async(&self) -> &crate::Client {
        &self.inner
    }

    /// The API base URL requests go to (for example
    /// `https://api.lucidtech.ai/v1`).
    pub fn api_endpoint(&self) -> &str {
        self.inner.api_endpoint()
    }

    methods!(crate Client;
        /// Wait until a model is `active`; `inactive` is a failed wait.
        fn wait_until_model_active(&self, model_id: impl Into<String>) => Wait<types::Model>;
        /// Wait until a data bundle is `succeeded` (or `ready`, the 2021
        /// API's word); `failed` is a failed wait.
        fn wait_until_data_bundle_ready(
            &self,
            model_id: impl Into<String>,
            data_bundle_id: impl Into<String>,
        ) => Wait<types::DataBundle>;
        /// Wait until a model's training ends: `succeeded` is done; `failed`
        /// and `cancelled` are failed waits.
        fn wait_until_training_finished(
            &self,
            model_id: impl Into<String>,
            training_id: impl Into<String>,
        ) => Wait<types::Training>;
        /// Wait until a dataset's transformation ends: `succeeded` is done;
        /// `failed` is a failed wait.
        fn wait_until_transformation_finished(
            &self,
            dataset_id: impl Into<String>,
            transformation_id: impl Into<String>,
        ) => Wait<types::Transformation>;
        /// Wait until a workflow execution ends: `succeeded` or `completed` is done; `failed`,
        /// `rejected` and `error` are failed waits.
        fn wait_until_workflow_execution_done(
            &self,
            workflow_id: impl Into<String>,
            execution_id: impl Into<String>,
        ) => Wait<types::WorkflowExecution>;
        /// Wait until a transition execution ends: `succeeded` is done;
        /// `failed` and `rejected` are failed waits.
        fn wait_until_transition_execution_done(
            &self,
            transition_id: impl Into<String>,
            execution_id: impl Into<String>,
        ) => Wait<types::TransitionExecution>;
    );
}

/// Settings for a blocking [`Client`]: the settings of the async
/// [`ClientBuilder`](crate::ClientBuilder), which it wraps.
///
/// ```no_run
/// use las_client::{blocking, credentials::Credentials};
///
/// let client = blocking::Client::builder()
///     .credentials(Credentials::from_profile("prod")?)
///     .user_agent("invoice-importer/1.4")
///     .default_header("x-request-source", "nightly")?
///     .build()?;
/// # let _ = client;
/// # Ok::<(), las_client::Error>(())
/// ```
///
/// An async builder converts with `From`:
///
/// ```
/// use las_client::{blocking, credentials::Credentials};
///
/// let settings = las_client::Client::builder()
///     .credentials(Credentials::api_key("k", "https://api.lucidtech.ai/v1")?);
/// let client = blocking::ClientBuilder::from(settings).build()?;
/// # let _ = client;
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Debug, Default)]
#[must_use]
pub struct ClientBuilder {
    inner: crate::ClientBuilder,
}

impl From<crate::ClientBuilder> for ClientBuilder {
    fn from(inner: crate::ClientBuilder) -> Self {
        ClientBuilder { inner }
    }
}

impl ClientBuilder {
    setters!(crate ClientBuilder;
        /// Use these credentials instead of discovering them.
        fn credentials(credentials: Credentials);
        /// Send requests to this base URL instead of the credentials'
        /// `api_endpoint`.
        fn api_endpoint(url: impl Into<String>);
        /// Time allowed to establish a connection (default 10 s).
        fn connect_timeout(timeout: Duration);
        /// Time allowed for a whole request including the response body
        /// (default 120 s).
        fn timeout(timeout: Duration);
        /// The `User-Agent` header (default `las-rs/<version>`).
        fn user_agent(user_agent: impl Into<String>);
        /// Send every request through this HTTP(S) proxy.
        fn proxy(url: impl Into<String>);
        /// Use this `reqwest::Client` instead of building one.
        fn http_client(client: reqwest::Client);
        /// The retry policy (default [`RetryPolicy::standard`]).
        fn retry_policy(policy: RetryPolicy);
        /// Allow `http://` endpoints on hosts other than loopback.
        fn allow_insecure_http(allow: bool);
        /// Refresh a token this long before it expires.
        fn token_refresh_margin(margin: Duration);
    );

    /// A header sent with every request. Fails on a name or value that is
    /// not valid in HTTP.
    ///
    /// The async form: [`las_client::ClientBuilder::default_header`](crate::ClientBuilder::default_header).
    pub fn default_header(self, name: &str, value: &str) -> Result<Self> {
        Ok(ClientBuilder {
            inner: self.inner.default_header(name, value)?,
        })
    }

    /// Start the client's runtime and build the client. Fails when no
    /// credentials are found ([`Error::MissingCredentials`]) or a setting
    /// is invalid ([`Error::InvalidInput`]); nothing is sent.
    ///
    /// The async form: [`las_client::ClientBuilder::build`](crate::ClientBuilder::build).
    pub fn build(self) -> Result<Client> {
        let rt = Rt::new()?;
        let inner = {
            // Anything the HTTP client sets up belongs to this runtime.
            let _entered = rt.runtime().enter();
            self.inner.build()?
        };
        Ok(Client { inner, rt })
    }
}

/// Pull the next item of a stream on the runtime. The stream is dropped
/// once it ends; inside an async runtime the error is returned once and the
/// iterator ends.
fn next_blocking<T>(rt: &Rt, slot: &mut Option<crate::paginate::Items<T>>) -> Option<Result<T>> {
    let stream = slot.as_mut()?;
    match rt.block_on(stream.next()) {
        Ok(Some(item)) => Some(item),
        Ok(None) => {
            *slot = None;
            None
        }
        Err(e) => {
            *slot = None;
            Some(Err(e))
        }
    }
}

/// Every page of a list, as an [`Iterator`] of `Result<page>`: the blocking
/// form of [`paginate::Pages`](crate::paginate::Pages). Each `next()` fetches
/// one page; ends after the last page, after the list's `limit`, or after
/// the first error.
///
/// ```no_run
/// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
/// for page in client.documents().list().max_results(100).pages() {
///     let page = page?;
///     println!("{} documents", page.documents.len());
/// }
/// # Ok(())
/// # }
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Pages<P> {
    pub(crate) stream: Option<crate::paginate::Pages<P>>,
    pub(crate) rt: Rt,
}

impl<P: Page> Pages<P> {
    /// With `true`, the next page is fetched on the client's runtime while
    /// the caller works on the current one (at most two pages are held).
    /// See [`Prefetch::prefetch`].
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// for page in client.documents().list().pages().prefetch(true) {
    ///     for document in page?.documents {
    ///         // Slow work here overlaps with the request of the next page.
    ///         # let _ = document;
    ///     }
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn prefetch(mut self, on: bool) -> Self {
        self.stream = self.stream.map(|pages| pages.prefetch(on));
        self
    }
}

impl<P> Iterator for Pages<P> {
    type Item = Result<P>;

    fn next(&mut self) -> Option<Result<P>> {
        next_blocking(&self.rt, &mut self.stream)
    }
}

impl<P> FusedIterator for Pages<P> {}

impl<P> fmt::Debug for Pages<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("ended", &self.stream.is_none())
            .finish_non_exhaustive()
    }
}

/// Every item of a list across pages, as an [`Iterator`] of `Result<item>`:
/// the blocking form of [`paginate::Items`](crate::paginate::Items). A page
/// is fetched when the previous one is used up; ends after the last item,
/// after the list's `limit`, or after the first error.
///
/// ```no_run
/// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
/// let ids = client
///     .documents()
///     .list()
///     .dataset_id("las:dataset:abc")
///     .items()
///     .map(|document| document.map(|d| d.document_id))
///     .collect::<las_client::Result<Vec<String>>>()?;
/// # let _ = ids;
/// # Ok(())
/// # }
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Items<T> {
    pub(crate) stream: Option<crate::paginate::Items<T>>,
    pub(crate) rt: Rt,
}

impl<T> Iterator for Items<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        next_blocking(&self.rt, &mut self.stream)
    }
}

impl<T> FusedIterator for Items<T> {}

impl<T> fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("ended", &self.stream.is_none())
            .finish_non_exhaustive()
    }
}

/// A boxed stream, as the blocking iterators hold them.
type BoxStream<T> = Pin<Box<dyn Stream<Item = T> + Send + 'static>>;
