//! Any generated operation, typed, with the client's authentication,
//! retries and errors: for an operation the handlers do not offer yet.

use std::future::Future;

use las_api::ResponseValue;

use crate::call::{ApiError, Op};
use crate::retry::Method;
use crate::{Client, Result};

impl Client {
    /// Call `operation` of the generated [`las_api::Client`] (its method
    /// name, as in [`manifest`](crate::manifest)) with this client's
    /// authentication, retries and typed errors. `send` makes one attempt
    /// with a client configured for it; it runs again for each retry.
    ///
    /// Whether a failed attempt may be replayed follows the operation's
    /// HTTP method (an operation unknown to this SDK is treated as a `POST`).
    /// Path parameters are encoded by `las_api` but not checked as the
    /// handlers check them: pass ids as the API gave them.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let model = client
    ///     .api_call("get_model", |api| async move { api.get_model("las:model:abc", None).await })
    ///     .await?;
    /// println!("{}", model.status);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn api_call<T, F, Fut>(&self, operation: &'static str, send: F) -> Result<T>
    where
        F: Fn(las_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, ApiError>>,
    {
        let method = crate::manifest::OPERATIONS
            .iter()
            .find(|op| op.api_method == operation)
            .and_then(|op| op.route.split(' ').next());
        let method = match method {
            Some("GET") | Some("HEAD") | Some("OPTIONS") => Method::Get,
            Some("PATCH") | Some("PUT") => Method::Patch,
            Some("DELETE") => Method::Delete,
            _ => Method::Post,
        };
        self.call(
            Op {
                name: operation,
                method,
            },
            send,
        )
        .await
    }
}
