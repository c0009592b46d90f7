//! Transitions (`/transitions`), their executions and heartbeats.
//!
//! `POST /transitions/{id}/executions` hands a worker a `running` execution:
//! for a manual transition the oldest one a workflow is waiting on, if any,
//! otherwise a new one. A PATCH with `succeeded`, `failed`, `rejected` or
//! `retry` ends it. An execution handed out this way (or one that has had a
//! heartbeat) fails when no heartbeat arrives within the heartbeat timeout.

use axum::http::StatusCode;
use axum::response::IntoResponse;
use las_api::types;
use serde_json::{Map, Value};

use crate::app::Timings;
use crate::clock::{ms, parse_timestamp, rfc3339};
use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::logs::{self, LogOwner};
use crate::resources::{patch_opt_str, workflows};
use crate::state::{Counted, State, TransitionExecRec};

/// Default `timeoutInSeconds` of a transition: the lower end of the API's
/// range (60–1800), the value of every example of the reference.
const DEFAULT_TIMEOUT_SECONDS: i64 = 60;

/// Fails claimed executions whose heartbeat is overdue.
pub(crate) fn tick(st: &mut State, now: u64, t: &Timings) {
    let timeout = ms(t.heartbeat_timeout);
    let overdue: Vec<(String, u64)> = st
        .transition_executions
        .iter()
        .filter(|(_, e)| e.api.status == types::TransitionExecutionStatus::Running && e.claimed)
        .filter_map(|(_, e)| {
            let deadline = e.last_heartbeat_ms.saturating_add(timeout);
            (deadline <= now).then(|| (e.api.execution_id.clone(), deadline))
        })
        .collect();
    for (id, deadline) in overdue {
        finish_execution(
            st,
            &id,
            types::TransitionExecutionStatus::Failed,
            Map::new(),
            deadline,
            None,
            "Heartbeat timeout: no heartbeat received in time",
        );
        if let Some((_, wf_exec)) = st
            .transition_executions
            .get(&id)
            .and_then(|e| e.workflow.clone())
        {
            workflows::on_step_finished(
                st,
                &wf_exec,
                &id,
                types::TransitionExecutionStatus::Failed,
                Map::new(),
                deadline,
                t,
            );
        }
    }
}

/// Creates a `running` execution of `transition_id` and its log; returns its id.
pub(crate) fn new_execution(
    st: &mut State,
    transition_id: &str,
    input: Map<String, Value>,
    now: u64,
    claimed: bool,
    workflow: Option<(String, String)>,
) -> String {
    let id = st.ids.id("transition-execution");
    let log_id = logs::create(
        st,
        LogOwner {
            transition_id,
            transition_execution_id: Some(&id),
            workflow_id: workflow.as_ref().map(|w| w.0.as_str()),
            workflow_execution_id: workflow.as_ref().map(|w| w.1.as_str()),
        },
        now,
        "Transition execution started",
    );
    let api = {
        let mut transition_execution = types::TransitionExecution::new(
            id.clone(),
            types::TransitionExecutionStatus::Running,
            transition_id.to_string(),
        );
        transition_execution.input = Some(input);
        transition_execution.log_id = Some(log_id);
        transition_execution.start_time = Some(rfc3339(now));
        transition_execution
    };
    st.transition_executions.insert(
        id.clone(),
        TransitionExecRec {
            api,
            output: Map::new(),
            claimed,
            last_heartbeat_ms: now,
            workflow,
            auto_complete_ms: None,
        },
    );
    st.count(Counted::TransitionExecution, 1);
    id
}

/// Ends a running execution with `status` at `at`.
pub(crate) fn finish_execution(
    st: &mut State,
    id: &str,
    status: types::TransitionExecutionStatus,
    output: Map<String, Value>,
    at: u64,
    completed_by: Option<String>,
    message: &str,
) {
    let Some(e) = st.transition_executions.get_mut(id) else {
        return;
    };
    e.api.status = status.clone();
    e.api.end_time = Some(rfc3339(at));
    e.api.completed_by = completed_by;
    e.output = output;
    let log_id = e.api.log_id.clone();
    logs::append(
        st,
        log_id.as_deref(),
        at,
        &format!("{message} (status: {status})"),
    );
}

fn find<'a>(st: &'a State, id: &str) -> Result<&'a types::Transition, ApiError> {
    st.transitions
        .get(id)
        .ok_or_else(|| ApiError::not_found("Transition", id))
}

fn object(v: Option<&Value>) -> Map<String, Value> {
    v.and_then(Value::as_object).cloned().unwrap_or_default()
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostTransitions = ctx.body_as()?;
    let parameters = object(ctx.body.get("parameters"));
    let assets = match body.transition_type {
        types::TransitionType::Docker => {
            if !parameters.get("imageUrl").is_some_and(Value::is_string) {
                return Err(ApiError::bad_request(
                    "A docker transition needs parameters.imageUrl",
                ));
            }
            None
        }
        _ => parameters
            .get("assets")
            .and_then(|a| serde_json::from_value::<types::TransitionAssets>(a.clone()).ok()),
    };
    let id = st.ids.id("transition");
    let transition = {
        let mut transition = types::Transition::new(
            parameters,
            body.timeout_in_seconds.unwrap_or(DEFAULT_TIMEOUT_SECONDS),
            id.clone(),
            body.transition_type,
        );
        transition.assets = assets;
        transition.created_by = Some(ctx.principal.clone());
        transition.created_time = Some(ctx.now_str());
        transition.description = body.description;
        transition.input_json_schema = body.input_json_schema;
        transition.name = body.name;
        transition.output_json_schema = body.output_json_schema;
        transition
    };
    st.transitions.insert(id, transition.clone());
    st.count(Counted::Transition, 1);
    ok(&transition)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let types_wanted: Vec<types::TransitionType> = ctx
        .query
        .list("transitionType")
        .iter()
        .map(|s| types::TransitionType::from(s.as_str()))
        .collect();
    let items = st
        .transitions
        .iter_after(pager.after_seq())
        .filter(|(_, t)| types_wanted.is_empty() || types_wanted.contains(&t.transition_type))
        .map(|(s, t)| (Cursor::seq(s), t.clone()));
    let (page, next) = pager.page(items, false);
    ok(&{
        let mut list = types::Transitions::new(page);
        list.next_token = next;
        list.transition_type = types_wanted;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    ok(find(st, ctx.param("transitionId"))?)
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("transitionId");
    let body: types::PatchTransitionId = ctx.body_as()?;
    let t = st
        .transitions
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Transition", id))?;
    patch_opt_str(&mut t.name, &ctx.body, "name");
    patch_opt_str(&mut t.description, &ctx.body, "description");
    if ctx.body.get("inputJsonSchema").is_some() {
        t.input_json_schema = body.input_json_schema;
    }
    if ctx.body.get("outputJsonSchema").is_some() {
        t.output_json_schema = body.output_json_schema;
    }
    if let Some(assets) = body.assets {
        if let Ok(v) = serde_json::to_value(&assets) {
            t.parameters.insert("assets".into(), v);
        }
        t.assets = Some(assets);
    }
    for key in ["environment", "environmentSecrets"] {
        if let Some(v) = ctx.body.get(key) {
            t.parameters.insert(key.into(), v.clone());
        }
    }
    t.updated_by = Some(ctx.principal.clone());
    t.updated_time = Some(ctx.now_str());
    ok(t)
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("transitionId");
    find(st, id)?;
    let users: Vec<String> = st
        .workflows
        .iter()
        .filter(|(_, w)| {
            w.steps
                .iter()
                .any(|step| step.transition_id.as_deref() == Some(id))
        })
        .map(|(_, w)| w.api.workflow_id.clone())
        .collect();
    if !users.is_empty() {
        return Err(ApiError::bad_request(format!(
            "Transition {id} is in use by workflow(s) {}",
            users.join(", ")
        )));
    }
    let t = st
        .transitions
        .remove(id)
        .ok_or_else(|| ApiError::not_found("Transition", id))?;
    st.count(Counted::Transition, -1);
    ok(&t)
}

// ---- executions ----

fn find_execution<'a>(st: &'a State, ctx: &Ctx) -> Result<&'a TransitionExecRec, ApiError> {
    let (tid, eid) = (ctx.param("transitionId"), ctx.param("executionId"));
    find(st, tid)?;
    st.transition_executions
        .get(eid)
        .filter(|e| e.api.transition_id == tid)
        .ok_or_else(|| ApiError::not_found("Transition execution", eid))
}

pub(crate) fn execute(ctx: &Ctx, st: &mut State) -> ApiResult {
    let tid = ctx.param("transitionId");
    let transition = find(st, tid)?;
    let waiting = if transition.transition_type == types::TransitionType::Manual {
        st.transition_executions
            .iter()
            .find(|(_, e)| {
                e.api.transition_id == tid
                    && !e.claimed
                    && e.api.status == types::TransitionExecutionStatus::Running
            })
            .map(|(_, e)| e.api.execution_id.clone())
    } else {
        None
    };
    let id = match waiting {
        Some(id) => {
            if let Some(e) = st.transition_executions.get_mut(&id) {
                e.claimed = true;
                e.last_heartbeat_ms = ctx.now;
                let log_id = e.api.log_id.clone();
                logs::append(
                    st,
                    log_id.as_deref(),
                    ctx.now,
                    "Transition execution claimed",
                );
            }
            id
        }
        None => {
            let input = ctx.body.as_object().cloned().unwrap_or_default();
            new_execution(st, tid, input, ctx.now, true, None)
        }
    };
    match st.transition_executions.get(&id) {
        Some(e) => ok(&e.api),
        None => Err(ApiError::not_found("Transition execution", &id)),
    }
}

pub(crate) fn list_executions(ctx: &Ctx, st: &mut State) -> ApiResult {
    let tid = ctx.param("transitionId");
    find(st, tid)?;
    let pager = ctx.pager()?;
    let statuses: Vec<types::TransitionExecutionStatus> = ctx
        .query
        .list("status")
        .iter()
        .map(|s| types::TransitionExecutionStatus::from(s.as_str()))
        .collect();
    let ids = ctx.query.list("executionId");
    let sort_by = ctx.query.str("sortBy").map(types::SortBy::from);
    let descending =
        ctx.query.str("order").map(types::Order::from) == Some(types::Order::Descending);
    let mut items: Vec<(Cursor, types::TransitionExecution)> = st
        .transition_executions
        .iter()
        .filter(|(_, e)| e.api.transition_id == tid)
        .filter(|(_, e)| statuses.is_empty() || statuses.contains(&e.api.status))
        .filter(|(_, e)| ids.is_empty() || ids.contains(&e.api.execution_id))
        .map(|(s, e)| {
            let key = match sort_by {
                Some(types::SortBy::StartTime) => e.api.start_time.clone(),
                Some(types::SortBy::EndTime) => e.api.end_time.clone(),
                _ => None,
            };
            (Cursor { key, seq: s }, e.api.clone())
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    if descending {
        items.reverse();
    }
    let (page, next) = pager.page(items, descending);
    ok(&{
        let mut transition_executions = types::TransitionExecutions::new(page, tid.to_string());
        transition_executions.next_token = next;
        transition_executions.status = statuses;
        transition_executions
    })
}

pub(crate) fn get_execution(ctx: &Ctx, st: &mut State) -> ApiResult {
    ok(&find_execution(st, ctx)?.api)
}

pub(crate) fn update_execution(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PatchTransistionExecutionId = ctx.body_as()?;
    let e = find_execution(st, ctx)?;
    let id = e.api.execution_id.clone();
    let status = types::TransitionExecutionStatus::from(body.status.as_str());
    match status {
        types::TransitionExecutionStatus::Succeeded if ctx.body.get("output").is_none() => {
            return Err(ApiError::bad_request(
                "Invalid request body: output is required when status is succeeded",
            ));
        }
        types::TransitionExecutionStatus::Failed if ctx.body.get("error").is_none() => {
            return Err(ApiError::bad_request(
                "Invalid request body: error is required when status is failed",
            ));
        }
        _ => {}
    }
    let start_time = match body.start_time.as_deref() {
        Some(s) => Some(parse_timestamp(s).map(rfc3339).ok_or_else(|| {
            ApiError::bad_request(format!(
                "Invalid request body: /startTime: {s:?} is not a time"
            ))
        })?),
        None => None,
    };
    if e.api.status != types::TransitionExecutionStatus::Running {
        if e.api.status == status {
            return ok(&e.api);
        }
        return Err(ApiError::bad_request(format!(
            "Transition execution {id} is not running (status: {})",
            e.api.status
        )));
    }
    let workflow = e.workflow.clone();
    if let Some(start) = start_time {
        if let Some(e) = st.transition_executions.get_mut(&id) {
            e.api.start_time = Some(start);
        }
    }
    let message = match &body.error {
        Some(err) => format!("Transition execution ended: {}", err.message),
        None => "Transition execution ended".to_string(),
    };
    finish_execution(
        st,
        &id,
        status.clone(),
        body.output.clone(),
        ctx.now,
        Some(ctx.principal.clone()),
        &message,
    );
    if let Some((_, wf_exec)) = workflow {
        workflows::on_step_finished(
            st,
            &wf_exec,
            &id,
            status,
            body.output,
            ctx.now,
            &ctx.timings,
        );
    }
    match st.transition_executions.get(&id) {
        Some(e) => ok(&e.api),
        None => Err(ApiError::not_found("Transition execution", &id)),
    }
}

pub(crate) fn heartbeat(ctx: &Ctx, st: &mut State) -> ApiResult {
    let e = find_execution(st, ctx)?;
    let id = e.api.execution_id.clone();
    if e.api.status != types::TransitionExecutionStatus::Running {
        return Err(ApiError::bad_request(format!(
            "Transition execution {id} is not running (status: {})",
            e.api.status
        )));
    }
    if let Some(e) = st.transition_executions.get_mut(&id) {
        e.claimed = true;
        e.last_heartbeat_ms = ctx.now;
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}
