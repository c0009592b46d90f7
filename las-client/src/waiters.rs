//! Waiters: poll a resource with backoff until it reaches a terminal state.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use std::time::Duration;
//! use las_client::waiters::WaitError;
//!
//! match client
//!     .wait_until_data_bundle_ready("las:model:abc", "las:data-bundle:def")
//!     .timeout(Duration::from_secs(600))
//!     .await
//! {
//!     Ok(bundle) => println!("ready: {}", bundle.data_bundle_id),
//!     Err(WaitError::Failed { state, .. }) => eprintln!("bundle ended {state}"),
//!     Err(WaitError::TimedOut { waited, .. }) => eprintln!("still processing after {waited:?}"),
//!     Err(e) => return Err(e.into_error()),
//! }
//! # Ok(())
//! # }
//! ```

use std::fmt::Debug;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use backon::BackoffBuilder;

use crate::call::Op;
use crate::types::{
    DataBundle, DataBundleStatus, Model, ModelStatus, Training, TrainingStatus, Transformation,
    TransformationStatus, TransitionExecution, TransitionExecutionStatus, WorkflowExecution,
    WorkflowExecutionStatus,
};
use crate::{ids, Client, Error};

/// Default longest wait.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15 * 60);
/// Default first delay between polls; later delays grow by half up to
/// [`DEFAULT_MAX_INTERVAL`].
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(1);
/// Default longest delay between polls.
pub const DEFAULT_MAX_INTERVAL: Duration = Duration::from_secs(30);

/// Why a wait did not end in the wanted state.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WaitError<T: Debug> {
    /// The resource reached a terminal state other than the wanted one.
    #[error("ended in state {state}")]
    Failed {
        /// The terminal state (for example `failed`).
        state: String,
        /// The resource as last read.
        resource: Box<T>,
    },
    /// The timeout passed first.
    #[error("still {state} after {waited:?}")]
    TimedOut {
        /// The state when the time ran out.
        state: String,
        /// How long was waited.
        waited: Duration,
        /// The resource as last read.
        resource: Box<T>,
    },
    /// A poll failed (after the client's own retries).
    #[error(transparent)]
    Request(#[from] Error),
}

impl<T: Debug> WaitError<T> {
    /// As a plain [`Error`]: `Request` unwrapped, a failed or timed-out wait
    /// as [`Error::WaitEnded`] with its description.
    pub fn into_error(self) -> Error {
        match self {
            WaitError::Request(e) => e,
            other => Error::WaitEnded {
                what: other.to_string(),
            },
        }
    }
}

/// Where a polled state stands.
enum Verdict {
    Done,
    Failed,
    Pending,
}

type Poll<T> =
    Box<dyn Fn(Client) -> Pin<Box<dyn Future<Output = crate::Result<T>> + Send>> + Send + Sync>;

/// A wait in progress. Configure, then `.await` it (or call
/// [`wait`](Self::wait)).
#[must_use = "a wait does nothing until it is awaited"]
pub struct Wait<T> {
    client: Client,
    /// The poll, or the input error that stops the wait before it starts.
    poll: crate::Result<Poll<T>>,
    judge: fn(&T) -> (Verdict, String),
    timeout: Duration,
    interval: Duration,
    max_interval: Duration,
}

impl<T> Debug for Wait<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wait")
            .field("timeout", &self.timeout)
            .field("interval", &self.interval)
            .field("max_interval", &self.max_interval)
            .finish_non_exhaustive()
    }
}

impl<T: Debug + Send + 'static> Wait<T> {
    fn new(
        client: &Client,
        poll: crate::Result<Poll<T>>,
        judge: fn(&T) -> (Verdict, String),
    ) -> Self {
        Wait {
            client: client.clone(),
            poll,
            judge,
            timeout: DEFAULT_TIMEOUT,
            interval: DEFAULT_INTERVAL,
            max_interval: DEFAULT_MAX_INTERVAL,
        }
    }

    /// Longest time to wait (default 15 minutes).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// First delay between polls (default 1 s); delays grow by half.
    pub fn interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// Longest delay between polls (default 30 s).
    pub fn max_interval(mut self, max_interval: Duration) -> Self {
        self.max_interval = max_interval;
        self
    }

    /// Poll until done, failed, or timed out.
    pub async fn wait(self) -> Result<T, WaitError<T>> {
        let poll = self.poll?;
        let started = tokio::time::Instant::now();
        let deadline = started + self.timeout;
        let mut delays = backon::ExponentialBuilder::new()
            .with_min_delay(self.interval)
            .with_max_delay(self.max_interval.max(self.interval))
            .with_factor(1.5)
            .without_max_times()
            .build();
        loop {
            let resource = poll(self.client.clone()).await?;
            let (verdict, state) = (self.judge)(&resource);
            match verdict {
                Verdict::Done => return Ok(resource),
                Verdict::Failed => {
                    return Err(WaitError::Failed {
                        state,
                        resource: Box::new(resource),
                    })
                }
                Verdict::Pending => {}
            }
            let now = tokio::time::Instant::now();
            if now >= deadline {
                return Err(WaitError::TimedOut {
                    state,
                    waited: now - started,
                    resource: Box::new(resource),
                });
            }
            let delay = delays.next().unwrap_or(self.max_interval);
            tracing::debug!(state = %state, delay_ms = delay.as_millis() as u64, "waiting");
            tokio::time::sleep(delay.min(deadline - now)).await;
        }
    }
}

impl<T: Debug + Send + 'static> IntoFuture for Wait<T> {
    type Output = Result<T, WaitError<T>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.wait())
    }
}

fn ids_or_error(pairs: &[(&'static str, &str)]) -> crate::Result<()> {
    pairs
        .iter()
        .try_for_each(|(what, id)| ids::check(what, id).map(|_| ()))
}

/// The API has no `GET` for one transformation: the dataset's
/// transformations, through the list's item stream (which guards against a
/// repeated `nextToken`), until it shows up.
async fn find_transformation(
    client: &Client,
    dataset_id: &str,
    transformation_id: &str,
) -> crate::Result<Transformation> {
    use futures::TryStreamExt;
    let found = client
        .datasets()
        .transformations(dataset_id)
        .list()
        .items()
        .try_filter(|t| std::future::ready(t.transformation_id == transformation_id))
        .try_next()
        .await?;
    found.ok_or_else(|| Error::NotFound {
        message: format!(
            "transformation {transformation_id} is not among the transformations of dataset {dataset_id}"
        ),
    })
}

impl Client {
    /// Wait until a model is `active`. `inactive` after polling began is a
    /// [`WaitError::Failed`]; `training` keeps the wait going.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let model = client.wait_until_model_active("las:model:abc").await.map_err(|e| e.into_error())?;
    /// # let _ = model;
    /// # Ok(())
    /// # }
    /// ```
    pub fn wait_until_model_active(&self, model_id: impl Into<String>) -> Wait<Model> {
        fn judge(m: &Model) -> (Verdict, String) {
            let verdict = match m.status {
                ModelStatus::Active => Verdict::Done,
                ModelStatus::Inactive => Verdict::Failed,
                _ => Verdict::Pending,
            };
            (verdict, m.status.to_string())
        }
        let id: String = model_id.into();
        let checked = ids_or_error(&[("model_id", &id)]);
        let poll: Poll<Model> = Box::new(move |client| {
            let id = id.clone();
            Box::pin(async move {
                client
                    .call(Op::get("get_model"), |api| {
                        let id = id.as_str();
                        async move { api.get_model(id, None).await }
                    })
                    .await
            })
        });
        Wait::new(self, checked.map(|()| poll), judge)
    }

    /// Wait until a data bundle is ready to train on: `succeeded` (the live
    /// API) or `ready` (the 2021 API) is done; `failed` is a
    /// [`WaitError::Failed`]; `running` and `processing` keep the wait going.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let bundle = client
    ///     .wait_until_data_bundle_ready("las:model:abc", "las:data-bundle:def")
    ///     .await
    ///     .map_err(|e| e.into_error())?;
    /// # let _ = bundle;
    /// # Ok(())
    /// # }
    /// ```
    pub fn wait_until_data_bundle_ready(
        &self,
        model_id: impl Into<String>,
        data_bundle_id: impl Into<String>,
    ) -> Wait<DataBundle> {
        fn judge(b: &DataBundle) -> (Verdict, String) {
            let verdict = match b.status {
                DataBundleStatus::Succeeded | DataBundleStatus::Ready => Verdict::Done,
                DataBundleStatus::Failed => Verdict::Failed,
                _ => Verdict::Pending,
            };
            (verdict, b.status.to_string())
        }
        let (model_id, bundle_id): (String, String) = (model_id.into(), data_bundle_id.into());
        let checked = ids_or_error(&[("model_id", &model_id), ("data_bundle_id", &bundle_id)]);
        let poll: Poll<DataBundle> = Box::new(move |client| {
            let (model_id, bundle_id) = (model_id.clone(), bundle_id.clone());
            Box::pin(async move { client.models().data_bundles(model_id).get(&bundle_id).await })
        });
        Wait::new(self, checked.map(|()| poll), judge)
    }

    /// Wait until a model's training ends: `succeeded` is done; `failed` and
    /// `cancelled` are [`WaitError::Failed`]; every other status
    /// (`waiting-for-approval`, `preparing`, `pending`, `running`,
    /// `running-final-evaluation`) keeps the wait going. Trainings take
    /// hours: set a [`timeout`](Wait::timeout) that fits.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use std::time::Duration;
    /// let training = client
    ///     .wait_until_training_finished("las:model:abc", "las:model-training:def")
    ///     .timeout(Duration::from_secs(12 * 3600))
    ///     .interval(Duration::from_secs(60))
    ///     .await
    ///     .map_err(|e| e.into_error())?;
    /// println!("{:?} GPU hours", training.gpu_hours);
    /// # Ok(())
    /// # }
    /// ```
    pub fn wait_until_training_finished(
        &self,
        model_id: impl Into<String>,
        training_id: impl Into<String>,
    ) -> Wait<Training> {
        fn judge(t: &Training) -> (Verdict, String) {
            let verdict = match t.status {
                TrainingStatus::Succeeded => Verdict::Done,
                TrainingStatus::Failed | TrainingStatus::Cancelled => Verdict::Failed,
                _ => Verdict::Pending,
            };
            (verdict, t.status.to_string())
        }
        let (model_id, training_id): (String, String) = (model_id.into(), training_id.into());
        let checked = ids_or_error(&[("model_id", &model_id), ("training_id", &training_id)]);
        let poll: Poll<Training> = Box::new(move |client| {
            let (model_id, training_id) = (model_id.clone(), training_id.clone());
            Box::pin(async move { client.models().trainings(model_id).get(&training_id).await })
        });
        Wait::new(self, checked.map(|()| poll), judge)
    }

    /// Wait until a dataset's transformation ends: `succeeded` is done;
    /// `failed` is a [`WaitError::Failed`]; `running` keeps the wait going.
    /// (The API has no `GET` for one transformation, so each poll pages
    /// through the dataset's transformations.)
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let transformation = client
    ///     .wait_until_transformation_finished("las:dataset:abc", "las:dataset-transformation:def")
    ///     .await
    ///     .map_err(|e| e.into_error())?;
    /// # let _ = transformation;
    /// # Ok(())
    /// # }
    /// ```
    pub fn wait_until_transformation_finished(
        &self,
        dataset_id: impl Into<String>,
        transformation_id: impl Into<String>,
    ) -> Wait<Transformation> {
        fn judge(t: &Transformation) -> (Verdict, String) {
            let verdict = match t.status {
                TransformationStatus::Succeeded => Verdict::Done,
                TransformationStatus::Failed => Verdict::Failed,
                _ => Verdict::Pending,
            };
            (verdict, t.status.to_string())
        }
        let (dataset_id, transformation_id): (String, String) =
            (dataset_id.into(), transformation_id.into());
        let checked = ids_or_error(&[
            ("dataset_id", &dataset_id),
            ("transformation_id", &transformation_id),
        ]);
        let poll: Poll<Transformation> = Box::new(move |client| {
            let (dataset_id, transformation_id) = (dataset_id.clone(), transformation_id.clone());
            Box::pin(
                async move { find_transformation(&client, &dataset_id, &transformation_id).await },
            )
        });
        Wait::new(self, checked.map(|()| poll), judge)
    }

    /// Wait until a workflow execution ends: `succeeded` or `completed` is done; `failed`,
    /// `rejected` and `error` are [`WaitError::Failed`]; `running` and
    /// `retry` keep the wait going.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client
    ///     .wait_until_workflow_execution_done("las:workflow:abc", "las:workflow-execution:def")
    ///     .await
    ///     .map_err(|e| e.into_error())?;
    /// println!("{:?}", execution.output);
    /// # Ok(())
    /// # }
    /// ```
    pub fn wait_until_workflow_execution_done(
        &self,
        workflow_id: impl Into<String>,
        execution_id: impl Into<String>,
    ) -> Wait<WorkflowExecution> {
        fn judge(e: &WorkflowExecution) -> (Verdict, String) {
            use WorkflowExecutionStatus as S;
            let verdict = match e.status {
                S::Succeeded | S::Completed => Verdict::Done,
                S::Failed | S::Rejected | S::Error => Verdict::Failed,
                _ => Verdict::Pending,
            };
            (verdict, e.status.to_string())
        }
        let (workflow_id, execution_id): (String, String) =
            (workflow_id.into(), execution_id.into());
        let checked = ids_or_error(&[
            ("workflow_id", &workflow_id),
            ("execution_id", &execution_id),
        ]);
        let poll: Poll<WorkflowExecution> = Box::new(move |client| {
            let (workflow_id, execution_id) = (workflow_id.clone(), execution_id.clone());
            Box::pin(async move {
                client
                    .call(Op::get("get_workflow_execution"), |api| {
                        let (w, e) = (workflow_id.as_str(), execution_id.as_str());
                        async move { api.get_workflow_execution(w, e).await }
                    })
                    .await
            })
        });
        Wait::new(self, checked.map(|()| poll), judge)
    }

    /// Wait until a transition execution ends: `succeeded` is done; `failed`,
    /// `rejected` and `retry` are [`WaitError::Failed`] (an execution set to
    /// `retry` has ended; the workflow runs the step again as a new
    /// execution); `running` keeps the wait going.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client
    ///     .wait_until_transition_execution_done("las:transition:abc", "las:transition-execution:def")
    ///     .await
    ///     .map_err(|e| e.into_error())?;
    /// # let _ = execution;
    /// # Ok(())
    /// # }
    /// ```
    pub fn wait_until_transition_execution_done(
        &self,
        transition_id: impl Into<String>,
        execution_id: impl Into<String>,
    ) -> Wait<TransitionExecution> {
        fn judge(e: &TransitionExecution) -> (Verdict, String) {
            use TransitionExecutionStatus as S;
            let verdict = match e.status {
                S::Succeeded => Verdict::Done,
                S::Failed | S::Rejected | S::Retry => Verdict::Failed,
                _ => Verdict::Pending,
            };
            (verdict, e.status.to_string())
        }
        let (transition_id, execution_id): (String, String) =
            (transition_id.into(), execution_id.into());
        let checked = ids_or_error(&[
            ("transition_id", &transition_id),
            ("execution_id", &execution_id),
        ]);
        let poll: Poll<TransitionExecution> = Box::new(move |client| {
            let (transition_id, execution_id) = (transition_id.clone(), execution_id.clone());
            Box::pin(async move {
                client
                    .call(Op::get("get_transition_execution"), |api| {
                        let (t, e) = (transition_id.as_str(), execution_id.as_str());
                        async move { api.get_transition_execution(t, e).await }
                    })
                    .await
            })
        });
        Wait::new(self, checked.map(|()| poll), judge)
    }
}
