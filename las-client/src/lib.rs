#![doc = include_str!("../README.md")]

mod api_call;
#[cfg(feature = "blocking")]
pub mod blocking;
pub mod bulk;
mod call;
mod client;
mod content;
pub mod credentials;
mod custom;
mod download;
mod error;
mod file_server;
#[doc(hidden)]
pub mod fuzzing;
mod generated;
mod ids;
pub mod paginate;
mod proxy;
mod raw;
pub mod resources;
mod retry;
pub mod runtime;
mod upload;
pub mod waiters;

pub use client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT,
    DEFAULT_USER_AGENT,
};
pub use content::Content;
pub use error::{Error, Result};
pub use generated::manifest;
pub use resources::{
    app_clients, assets, data_bundles, datasets, deployment_environments, documents, logs, models,
    organizations, payment_methods, plans, predictions, profiles, roles, secrets, sign_up,
    trainings, transformations, transition_executions, transitions, users, workflow_executions,
    workflows,
};

/// Date-time values of the API's query parameters (`fromStartTime`, …).
pub use las_api::chrono;
pub use retry::RetryPolicy;

/// The request and response types of the API, generated from openapi.yaml
/// (re-exported from `las-api`).
pub use las_api::types;
