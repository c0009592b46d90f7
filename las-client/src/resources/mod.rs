//! Resource handlers, one module per resource: `client.documents()`,
//! `client.datasets()`, …

pub mod app_clients;
pub mod assets;
pub mod data_bundles;
pub mod datasets;
pub mod deployment_environments;
pub mod documents;
pub mod logs;
pub mod models;
pub mod organizations;
pub mod payment_methods;
pub mod plans;
pub mod predictions;
pub mod profiles;
pub mod roles;
pub mod secrets;
pub mod sign_up;
pub mod trainings;
pub mod transformations;
pub mod transition_executions;
pub mod transitions;
pub mod users;
pub mod workflow_executions;
pub mod workflows;

use crate::types::{GroundTruthItem, GroundTruthValue};

/// Values accepted as a ground-truth value: strings, numbers, booleans,
/// `None`, and the API's own [`GroundTruthValue`] (line items among them).
///
/// ```
/// use las_client::resources::IntoGroundTruthValue;
/// use las_client::types::GroundTruthValue;
///
/// assert!(matches!("120.50".into_ground_truth_value(), GroundTruthValue::Text(Some(_))));
/// assert!(matches!(true.into_ground_truth_value(), GroundTruthValue::Bool(Some(true))));
/// assert!(matches!(None::<&str>.into_ground_truth_value(), GroundTruthValue::Text(None)));
/// assert!(matches!(120.5.into_ground_truth_value(), GroundTruthValue::Number(Some(_))));
/// ```
pub trait IntoGroundTruthValue {
    /// Convert into the API's value.
    fn into_ground_truth_value(self) -> GroundTruthValue;
}

impl IntoGroundTruthValue for GroundTruthValue {
    fn into_ground_truth_value(self) -> GroundTruthValue {
        self
    }
}
impl IntoGroundTruthValue for &str {
    fn into_ground_truth_value(self) -> GroundTruthValue {
        GroundTruthValue::Text(Some(self.to_string()))
    }
}
impl IntoGroundTruthValue for String {
    fn into_ground_truth_value(self) -> GroundTruthValue {
        GroundTruthValue::Text(Some(self))
    }
}
impl IntoGroundTruthValue for bool {
    fn into_ground_truth_value(self) -> GroundTruthValue {
        GroundTruthValue::Bool(Some(self))
    }
}
impl IntoGroundTruthValue for f64 {
    fn into_ground_truth_value(self) -> GroundTruthValue {
        GroundTruthValue::Number(Some(self))
    }
}
impl IntoGroundTruthValue for i64 {
    /// Numbers are JSON numbers: integers beyond 2^53 lose precision.
    fn into_ground_truth_value(self) -> GroundTruthValue {
        GroundTruthValue::Number(Some(self as f64))
    }
}
impl<T: Into<String>> IntoGroundTruthValue for Option<T> {
    fn into_ground_truth_value(self) -> GroundTruthValue {
        GroundTruthValue::Text(self.map(Into::into))
    }
}

/// `(label, value)` pairs as the API's ground-truth items.
pub(crate) fn ground_truth<L, V>(items: impl IntoIterator<Item = (L, V)>) -> Vec<GroundTruthItem>
where
    L: Into<String>,
    V: IntoGroundTruthValue,
{
    items
        .into_iter()
        .map(|(label, value)| GroundTruthItem::new(label.into(), value.into_ground_truth_value()))
        .collect()
}

/// `impl IntoFuture` for a request type with `async fn send(self)`, so a
/// request can be awaited directly: `client.datasets().create().await`.
macro_rules! request_future {
    ($request:ty => $output:ty) => {
        impl ::std::future::IntoFuture for $request {
            type Output = $crate::Result<$output>;
            type IntoFuture =
                ::std::pin::Pin<Box<dyn ::std::future::Future<Output = Self::Output> + Send>>;
            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    };
}
pub(crate) use request_future;

/// The paging methods every list request shares: `max_results`,
/// `next_token`, `limit`, `send` (one page), `pages()` and `items()`
/// (streams), and `IntoFuture`. The list type has fields `max_results:
/// Option<u64>`, `next_token: Option<String>` and `limit: Option<u64>`, and
/// implements [`FetchPage`](crate::paginate::FetchPage).
macro_rules! list_request {
    ($list:ident: $page:ty => $item:ty, $noun:literal) => {
        impl $list {
            /// Items per page (at least 1; `0` is refused before sending).
            pub fn max_results(mut self, max_results: u64) -> Self {
                self.max_results = Some(max_results);
                self
            }

            /// Start at the page this token names.
            pub fn next_token(mut self, token: impl Into<String>) -> Self {
                self.next_token = Some(token.into());
                self
            }

            /// Stop [`pages`](Self::pages) and [`items`](Self::items) after
            /// this many items in all (pages are fetched only as needed).
            pub fn limit(mut self, limit: u64) -> Self {
                self.limit = Some(limit);
                self
            }

            /// One page.
            pub async fn send(self) -> $crate::Result<$page> {
                let (token, size) = (self.next_token.clone(), self.max_results);
                $crate::paginate::FetchPage::fetch(&self, token, size).await
            }

            /// Every page, fetched as the stream is polled.
            pub fn pages(self) -> $crate::paginate::Pages<$page> {
                let (token, size, limit) = (self.next_token.clone(), self.max_results, self.limit);
                $crate::paginate::pages(self, token, size, limit)
            }

            #[doc = concat!("Every ", $noun, " across pages, fetched as the stream is polled.")]
            pub fn items(self) -> $crate::paginate::Items<$item> {
                let (token, size, limit) = (self.next_token.clone(), self.max_results, self.limit);
                $crate::paginate::items(self, token, size, limit)
            }
        }

        $crate::resources::request_future!($list => $page);
    };
}
pub(crate) use list_request;
