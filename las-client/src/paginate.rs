//! Pagination over `nextToken`: one generic stream used by every list.
//!
//! A list request (for example [`ListDocuments`](crate::documents::ListDocuments))
//! fetches one page with `send()`, or every page with `pages()`, or every
//! item across pages with `items()`. Streams fetch lazily, one page at a
//! time, and hold at most one page: memory stays flat however many pages
//! there are, unless the caller collects. A page stream can opt in to
//! fetching the next page while the caller works on the current one with
//! [`Prefetch::prefetch`] (then at most two pages are held).

use std::collections::HashSet;
use std::future::Future;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::pin::Pin;

use futures::stream::{self, Stream, StreamExt};

use crate::{Error, Result};

/// A page of a list operation.
pub trait Page: Send + 'static {
    /// The resource listed.
    type Item: Send + 'static;
    /// The token of the next page, `None` on the last page.
    fn next_token(&self) -> Option<&str>;
    /// The items of this page.
    fn into_items(self) -> Vec<Self::Item>;
    /// How many items this page holds.
    fn item_count(&self) -> usize;
}

/// A boxed future of one page.
pub(crate) type PageFuture<P> = Pin<Box<dyn Future<Output = Result<P>> + Send + 'static>>;

/// A list request that can fetch the page after any token.
pub(crate) trait FetchPage: Send + Sync + 'static {
    /// The page type.
    type Page: Page;
    /// Operation name, for errors.
    const OPERATION: &'static str;
    /// Fetch the page that `next_token` names (`None`: the first page),
    /// asking for at most `page_size` items when set.
    fn fetch(&self, next_token: Option<String>, page_size: Option<u64>) -> PageFuture<Self::Page>;
}

/// A stream of pages.
pub type Pages<P> = Pin<Box<dyn Stream<Item = Result<P>> + Send + 'static>>;
/// A stream of items across pages.
pub type Items<T> = Pin<Box<dyn Stream<Item = Result<T>> + Send + 'static>>;

struct State<R> {
    request: R,
    next: Option<String>,
    /// Hashes of the tokens seen (8 bytes a page, not the tokens).
    seen: HashSet<u64>,
    started: bool,
    /// Items still wanted when an overall limit is set.
    remaining: Option<u64>,
    page_size: Option<u64>,
}

/// Every page, starting after `first_token` (`None`: from the beginning).
/// Ends after the page whose `nextToken` is null or absent, after `limit`
/// items, or after the first error (yielded once). A `nextToken` seen before
/// is an [`Error::InvalidResponse`] instead of an endless loop. Once ended,
/// the stream keeps returning `None`.
pub(crate) fn pages<R: FetchPage>(
    request: R,
    first_token: Option<String>,
    page_size: Option<u64>,
    limit: Option<u64>,
) -> Pages<R::Page> {
    let state = State {
        request,
        next: first_token,
        seen: HashSet::new(),
        started: false,
        remaining: limit,
        page_size,
    };
    let pages = stream::unfold(Some(state), |state| async move {
        let mut state = state?;
        if state.started && state.next.is_none() || state.remaining == Some(0) {
            return None;
        }
        state.started = true;
        let size = match (state.page_size, state.remaining) {
            (Some(size), Some(rest)) => Some(size.min(rest)),
            (size, rest) => size.or(rest),
        };
        let page = match state.request.fetch(state.next.take(), size).await {
            Ok(page) => page,
            Err(e) => return Some((Err(e), None)),
        };
        if let Some(rest) = state.remaining.as_mut() {
            *rest = rest.saturating_sub(page.item_count() as u64);
        }
        if let Some(token) = page.next_token() {
            let mut hasher = DefaultHasher::new();
            token.hash(&mut hasher);
            if !state.seen.insert(hasher.finish()) {
                let error = Error::InvalidResponse {
                    operation: R::OPERATION,
                    what: format!("nextToken {token:?} was already returned for an earlier page"),
                };
                return Some((Err(error), None));
            }
            state.next = Some(token.to_string());
        }
        Some((Ok(page), Some(state)))
    });
    Box::pin(pages.fuse())
}

/// Opt-in read-ahead for a page stream:
/// `client.documents().list().pages().prefetch(true)`.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// use futures::TryStreamExt;
/// use las_client::paginate::Prefetch;
///
/// let mut pages = client.documents().list().pages().prefetch(true);
/// while let Some(page) = pages.try_next().await? {
///     for document in page.documents {
///         // Slow work here overlaps with the request of the next page.
///         # let _ = document;
///     }
/// }
/// # Ok(())
/// # }
/// ```
pub trait Prefetch: Sized {
    /// With `true`, the next page is fetched in a tokio task while the
    /// caller works on the current one: one page ahead at most, so at most
    /// two pages are held. With `false`, the stream is returned as it is.
    ///
    /// Worth it when the caller spends time on each page: a caller that
    /// spends as long on a page as a request takes finishes in about half
    /// the time. A caller that only collects gains nothing. Nothing is
    /// fetched before the first poll, and dropping the stream cancels the
    /// fetch ahead. Ends, limits and errors are those of the stream.
    fn prefetch(self, on: bool) -> Self;
}

impl<P: Page> Prefetch for Pages<P> {
    fn prefetch(self, on: bool) -> Self {
        if on {
            prefetched(self)
        } else {
            self
        }
    }
}

/// A spawned task that is aborted when dropped.
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// `pages` with the next `next()` always running in a task.
fn prefetched<P: Page>(pages: Pages<P>) -> Pages<P> {
    type Ahead<P> = AbortOnDrop<(Pages<P>, Option<Result<P>>)>;
    fn ahead<P: Page>(mut pages: Pages<P>) -> Ahead<P> {
        AbortOnDrop(tokio::spawn(async move {
            let next = pages.next().await;
            (pages, next)
        }))
    }
    enum State<P: Page> {
        NotStarted(Pages<P>),
        Fetching(Ahead<P>),
    }
    let pages = stream::unfold(Some(State::NotStarted(pages)), |state| async move {
        let mut fetching = match state? {
            State::NotStarted(pages) => ahead(pages),
            State::Fetching(fetching) => fetching,
        };
        let (pages, next) = match (&mut fetching.0).await {
            Ok(done) => done,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(_) => return None,
        };
        match next? {
            Ok(page) => Some((Ok(page), Some(State::Fetching(ahead(pages))))),
            Err(e) => Some((Err(e), None)),
        }
    });
    Box::pin(pages.fuse())
}

/// Every item of every page, honouring an overall `limit`.
pub(crate) fn items<R: FetchPage>(
    request: R,
    first_token: Option<String>,
    page_size: Option<u64>,
    limit: Option<u64>,
) -> Items<<R::Page as Page>::Item> {
    // The page stream stops fetching once `limit` items arrived; pages may
    // still hold more than asked for (a server may ignore maxResults), so
    // the item stream is cut at the limit as well.
    let items = pages(request, first_token, page_size, limit).flat_map(|page| match page {
        Ok(page) => stream::iter(page.into_items().into_iter().map(Ok).collect::<Vec<_>>()),
        Err(e) => stream::iter(vec![Err(e)]),
    });
    match limit {
        Some(n) => Box::pin(items.take(usize::try_from(n).unwrap_or(usize::MAX)).fuse()),
        None => Box::pin(items.fuse()),
    }
}

/// Check a page size before anything is sent.
pub(crate) fn check_page_size(max_results: Option<u64>) -> Result<Option<std::num::NonZeroU64>> {
    match max_results {
        None => Ok(None),
        Some(n) => std::num::NonZeroU64::new(n)
            .map(Some)
            .ok_or_else(|| Error::invalid_input("max_results must be at least 1")),
    }
}
