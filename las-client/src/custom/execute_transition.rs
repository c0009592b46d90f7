//! `executeTransition`: the body is an empty object.

use crate::call::Op;
use crate::transition_executions::TransitionExecutions;
use crate::types::{self, TransitionExecution};
use crate::{ids, Result};
use serde_json::Map;

impl TransitionExecutions {
    /// Start an execution of a manual transition
    /// (`POST /transitions/{transitionId}/executions`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let execution = client.transitions().executions("las:transition:abc").execute().await?;
    /// println!("{}", execution.execution_id);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn execute(&self) -> Result<TransitionExecution> {
        let transition_id = ids::check("transition_id", &self.transition_id)?;
        let body = &types::PostTransitionExecution(Map::new());
        self.client
            .call(Op::post("execute_transition"), |api| async move {
                api.execute_transition(transition_id, body).await
            })
            .await
    }
}
