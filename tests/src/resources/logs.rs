//! Logs (`/logs`): one per transition execution (workflow steps included)
//! and one for the completion task that ends every workflow execution.

use las_api::types;
use serde_json::{json, Map, Value};

use crate::clock::rfc3339;
use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::state::State;

/// The transition id of the log written when a workflow execution ends.
pub(crate) const COMPLETED_TASK_TRANSITION: &str = "las:transition:commons-completed";

/// What a log belongs to.
#[derive(Default)]
pub(crate) struct LogOwner<'a> {
    pub transition_id: &'a str,
    pub transition_execution_id: Option<&'a str>,
    pub workflow_id: Option<&'a str>,
    pub workflow_execution_id: Option<&'a str>,
}

/// Creates a log with a first event; returns its id.
pub(crate) fn create(st: &mut State, owner: LogOwner<'_>, now: u64, message: &str) -> String {
    let id = st.ids.id("log");
    let log = {
        let mut log = types::Log::new(id.clone());
        log.transition_id = Some(owner.transition_id.to_string());
        log.events = vec![event(now, message)];
        log.start_time = Some(rfc3339(now));
        log.transition_execution_id = owner.transition_execution_id.map(str::to_string);
        log.workflow_execution_id = owner.workflow_execution_id.map(str::to_string);
        log.workflow_id = owner.workflow_id.map(str::to_string);
        log
    };
    st.logs.insert(id.clone(), log);
    id
}

/// Appends an event to a log (ignored if the log is gone).
pub(crate) fn append(st: &mut State, log_id: Option<&str>, now: u64, message: &str) {
    if let Some(log) = log_id.and_then(|id| st.logs.get_mut(id)) {
        log.events.push(event(now, message));
    }
}

fn event(now: u64, message: &str) -> Map<String, Value> {
    match json!({"timestamp": rfc3339(now), "message": message}) {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let q = &ctx.query;
    let (wf, wfe, tr, tre) = (
        q.str("workflowId"),
        q.str("workflowExecutionId"),
        q.str("transitionId"),
        q.str("transitionExecutionId"),
    );
    let order = q.str("order").map(types::Order::from);
    let descending = order == Some(types::Order::Descending);
    let hit = |want: Option<&str>, have: Option<&str>| want.is_none_or(|w| have == Some(w));
    let mut items: Vec<(Cursor, types::Log)> = st
        .logs
        .iter()
        .filter(|(_, l)| {
            hit(wf, l.workflow_id.as_deref())
                && hit(wfe, l.workflow_execution_id.as_deref())
                && hit(tr, l.transition_id.as_deref())
                && hit(tre, l.transition_execution_id.as_deref())
        })
        .map(|(s, l)| {
            (
                Cursor {
                    key: l.start_time.clone(),
                    seq: s,
                },
                l.clone(),
            )
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    if descending {
        items.reverse();
    }
    let (page, next) = pager.page(items, descending);
    ok(&{
        let mut list = types::Logs::new(page);
        list.next_token = next;
        list.order = order;
        list.transition_execution_id = tre.map(str::to_string);
        list.transition_id = tr.map(str::to_string);
        list.workflow_execution_id = wfe.map(str::to_string);
        list.workflow_id = wf.map(str::to_string);
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("logId");
    ok(st
        .logs
        .get(id)
        .ok_or_else(|| ApiError::not_found("Log", id))?)
}
