//! `sendHeartbeat`: the body is an empty object; the answer has no content.

use crate::call::Op;
use crate::transition_executions::TransitionExecutions;
use crate::types::{self};
use crate::{ids, Result};
use serde_json::Map;

impl TransitionExecutions {
    /// Tell the API a manual execution is still being worked on
    /// (`POST /transitions/{transitionId}/executions/{executionId}/heartbeats`).
    /// Send one at least every 60 seconds or the execution times out.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client
    ///     .transitions()
    ///     .executions("las:transition:abc")
    ///     .heartbeat("las:transition-execution:abc")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn heartbeat(&self, execution_id: &str) -> Result<()> {
        let transition_id = ids::check("transition_id", &self.transition_id)?;
        let id = ids::check("execution_id", execution_id)?;
        let body = &types::PostHeartbeats(Map::new());
        self.client
            .call(Op::post("send_heartbeat"), |api| async move {
                api.send_heartbeat(transition_id, id, body).await
            })
            .await
    }
}
