//! Logs of transition and workflow executions: `client.logs()`.

use crate::call::Op;
use crate::paginate::{self, FetchPage, PageFuture};
use crate::types::{Log, Logs as LogPage, Order};
use crate::{ids, Client, Result};

/// Logs: read and list.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let log = client.logs().get("las:log:abc").await?;
/// for event in &log.events {
///     println!("{event:?}");
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Logs {
    client: Client,
}

impl Client {
    /// Logs: read and list.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.logs().list().workflow_id("las:workflow:abc").send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn logs(&self) -> Logs {
        Logs {
            client: self.clone(),
        }
    }
}

impl Logs {
    /// Get a log (`GET /logs/{logId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let log = client.logs().get("las:log:abc").await?;
    /// # let _ = log;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, log_id: &str) -> Result<Log> {
        let id = ids::check("log_id", log_id)?;
        self.client
            .call(
                Op::get("get_log"),
                |api| async move { api.get_log(id).await },
            )
            .await
    }

    /// List logs (`GET /logs`), optionally only those of one workflow,
    /// workflow execution, transition or transition execution.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// use las_client::types::Order;
    /// let logs: Vec<_> = client
    ///     .logs()
    ///     .list()
    ///     .transition_id("las:transition:abc")
    ///     .order(Order::Descending)
    ///     .limit(20)
    ///     .items()
    ///     .try_collect()
    ///     .await?;
    /// # let _ = logs;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListLogs {
        ListLogs {
            client: self.client.clone(),
            filter: Filter::default(),
            max_results: None,
            next_token: None,
            limit: None,
        }
    }
}

/// The filters of `GET /logs`.
#[derive(Clone, Debug, Default)]
struct Filter {
    workflow_id: Option<String>,
    workflow_execution_id: Option<String>,
    transition_id: Option<String>,
    transition_execution_id: Option<String>,
    order: Option<Order>,
}

/// `GET /logs`. Created by [`Logs::list`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListLogs {
    client: Client,
    filter: Filter,
    max_results: Option<u64>,
    next_token: Option<String>,
    limit: Option<u64>,
}

impl ListLogs {
    /// Only logs of this workflow.
    pub fn workflow_id(mut self, workflow_id: impl Into<String>) -> Self {
        self.filter.workflow_id = Some(workflow_id.into());
        self
    }
    /// Only logs of this workflow execution.
    pub fn workflow_execution_id(mut self, execution_id: impl Into<String>) -> Self {
        self.filter.workflow_execution_id = Some(execution_id.into());
        self
    }
    /// Only logs of this transition.
    pub fn transition_id(mut self, transition_id: impl Into<String>) -> Self {
        self.filter.transition_id = Some(transition_id.into());
        self
    }
    /// Only logs of this transition execution.
    pub fn transition_execution_id(mut self, execution_id: impl Into<String>) -> Self {
        self.filter.transition_execution_id = Some(execution_id.into());
        self
    }
    /// Order of the logs.
    pub fn order(mut self, order: Order) -> Self {
        self.filter.order = Some(order);
        self
    }
}

crate::resources::list_request!(ListLogs: LogPage => Log, "log");

impl FetchPage for ListLogs {
    type Page = LogPage;
    const OPERATION: &'static str = "list_logs";

    fn fetch(&self, next_token: Option<String>, page_size: Option<u64>) -> PageFuture<LogPage> {
        let this = self.clone();
        Box::pin(async move {
            let size = paginate::check_page_size(page_size)?;
            let (f, token) = (&this.filter, next_token.as_deref());
            this.client
                .call(Op::get(Self::OPERATION), |api| async move {
                    api.list_logs(
                        size,
                        token,
                        f.order.as_ref(),
                        f.transition_execution_id.as_deref(),
                        f.transition_id.as_deref(),
                        f.workflow_execution_id.as_deref(),
                        f.workflow_id.as_deref(),
                    )
                    .await
                })
                .await
        })
    }
}
