//! Workflows (`/workflows`) and their executions.
//!
//! An execution walks the `Task` states of the workflow's ASL definition
//! (`StartAt`, `Next`, `End`; a `Choice` follows its `Default`, a `Fail`
//! state fails the execution). A task whose `Resource` is a manual transition
//! creates a `running` transition execution and waits until it is PATCHed;
//! any other task runs for the workflow-step duration (a docker transition
//! gets a transition execution that succeeds by itself). A definition
//! without tasks completes after one step duration. Each execution ends with
//! a completion-task log (`completedTaskLogId`).

use std::collections::HashSet;

use las_api::types;
use serde_json::{Map, Value};

use crate::app::Timings;
use crate::clock::{ms, parse_timestamp, rfc3339};
use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::resources::logs::{self, LogOwner, COMPLETED_TASK_TRANSITION};
use crate::resources::metadata;
use crate::resources::{patch_opt_str, transitions};
use crate::state::{Counted, State, Step, WorkflowExecRec, WorkflowRec};

/// The `nextTransitionId` that ends an execution as failed.
pub(crate) const COMMONS_FAILED: &str = "las:transition:commons-failed";

/// The tasks of an ASL definition, in execution order.
pub(crate) fn parse_steps(definition: &Map<String, Value>) -> Vec<Step> {
    let mut steps = Vec::new();
    let Some(states) = definition.get("States").and_then(Value::as_object) else {
        return steps;
    };
    let mut name = definition
        .get("StartAt")
        .and_then(Value::as_str)
        .map(str::to_string);
    let mut seen = HashSet::new();
    while let Some(current) = name.take() {
        if !seen.insert(current.clone()) {
            break;
        }
        let Some(state) = states.get(&current) else {
            break;
        };
        let kind = state
            .get("Type")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match kind {
            "Task" => steps.push(Step {
                name: current.clone(),
                transition_id: state
                    .get("Resource")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                fail: false,
            }),
            "Fail" => {
                steps.push(Step {
                    name: current.clone(),
                    transition_id: None,
                    fail: true,
                });
                break;
            }
            "Succeed" => break,
            _ => {}
        }
        if state.get("End").and_then(Value::as_bool) == Some(true) {
            break;
        }
        name = state
            .get("Next")
            .or_else(|| state.get("Default"))
            .and_then(Value::as_str)
            .map(str::to_string);
    }
    steps
}

// ---- the execution engine ----

/// Starts the current step of an execution at `at`.
fn start_step(st: &mut State, exec_id: &str, at: u64, t: &Timings) {
    let Some(rec) = st.workflow_executions.get(exec_id) else {
        return;
    };
    let Some(step) = rec.steps.get(rec.current).cloned() else {
        return;
    };
    if step.fail {
        finish(st, exec_id, types::WorkflowExecutionStatus::Failed, at);
        return;
    }
    let Some(tid) = step.transition_id.clone() else {
        return;
    };
    let Some(kind) = st.transitions.get(&tid).map(|t| t.transition_type.clone()) else {
        return;
    };
    let workflow = (rec.api.workflow_id.clone(), exec_id.to_string());
    let input = rec.step_input.clone();
    let te = transitions::new_execution(st, &tid, input, at, false, Some(workflow));
    if kind != types::TransitionType::Manual {
        if let Some(e) = st.transition_executions.get_mut(&te) {
            e.auto_complete_ms = Some(at.saturating_add(ms(t.workflow_step)));
        }
    }
    let log_id = st
        .transition_executions
        .get(&te)
        .and_then(|e| e.api.log_id.clone());
    if let Some(rec) = st.workflow_executions.get_mut(exec_id) {
        rec.current_execution = Some(te.clone());
        rec.api.log_id = log_id;
        let list = rec
            .api
            .transition_executions
            .get_or_insert_with(Map::new)
            .entry(tid)
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(items) = list {
            items.push(Value::String(te));
        }
    }
}

/// Moves past the current step, whose output is `output`, at `at`.
fn step_done(st: &mut State, exec_id: &str, output: Map<String, Value>, at: u64, t: &Timings) {
    if let Some(rec) = st.workflow_executions.get_mut(exec_id) {
        rec.current += 1;
        rec.step_started_ms = at;
        rec.step_input = output;
        rec.current_execution = None;
    }
    start_step(st, exec_id, at, t);
}

/// Ends an execution with `status` at `at` and writes its completion log.
fn finish(st: &mut State, exec_id: &str, status: types::WorkflowExecutionStatus, at: u64) {
    let Some(rec) = st.workflow_executions.get(exec_id) else {
        return;
    };
    let workflow_id = rec.api.workflow_id.clone();
    let log_id = logs::create(
        st,
        LogOwner {
            transition_id: COMPLETED_TASK_TRANSITION,
            transition_execution_id: None,
            workflow_id: Some(&workflow_id),
            workflow_execution_id: Some(exec_id),
        },
        at,
        &format!("Workflow execution ended (status: {status})"),
    );
    if let Some(rec) = st.workflow_executions.get_mut(exec_id) {
        rec.api.output = Some(rec.step_input.clone());
        rec.api.status = status;
        rec.api.end_time = Some(rfc3339(at));
        rec.api.completed_task_log_id = Some(log_id);
        rec.current_execution = None;
    }
}

/// Runs an execution forward to `now`.
fn advance(st: &mut State, exec_id: &str, now: u64, t: &Timings) {
    let step_ms = ms(t.workflow_step);
    // Bounded: each pass completes a step or stops.
    for _ in 0..1000 {
        let Some(rec) = st.workflow_executions.get(exec_id) else {
            return;
        };
        if rec.api.status != types::WorkflowExecutionStatus::Running {
            return;
        }
        let started = rec.step_started_ms;
        if rec.steps.is_empty() {
            if started.saturating_add(step_ms) <= now {
                finish(
                    st,
                    exec_id,
                    types::WorkflowExecutionStatus::Succeeded,
                    started + step_ms,
                );
            }
            return;
        }
        if rec.current >= rec.steps.len() {
            finish(
                st,
                exec_id,
                types::WorkflowExecutionStatus::Succeeded,
                started,
            );
            return;
        }
        match rec.current_execution.clone() {
            Some(te) => {
                let Some(e) = st.transition_executions.get(&te) else {
                    return;
                };
                let due = e.auto_complete_ms.filter(|&d| d <= now);
                let running = e.api.status == types::TransitionExecutionStatus::Running;
                match due {
                    Some(at) if running => {
                        let output = e.api.input.clone().unwrap_or_default();
                        transitions::finish_execution(
                            st,
                            &te,
                            types::TransitionExecutionStatus::Succeeded,
                            output.clone(),
                            at,
                            None,
                            "Transition execution ended",
                        );
                        step_done(st, exec_id, output, at, t);
                    }
                    _ => return,
                }
            }
            None => {
                if started.saturating_add(step_ms) <= now {
                    let output = rec.step_input.clone();
                    step_done(st, exec_id, output, started + step_ms, t);
                } else {
                    return;
                }
            }
        }
    }
}

/// Advances every running execution.
pub(crate) fn tick(st: &mut State, now: u64, t: &Timings) {
    let running: Vec<String> = st
        .workflow_executions
        .iter()
        .filter(|(_, e)| e.api.status == types::WorkflowExecutionStatus::Running)
        .map(|(_, e)| e.api.execution_id.clone())
        .collect();
    for id in running {
        advance(st, &id, now, t);
    }
}

/// A transition execution of a workflow step ended.
pub(crate) fn on_step_finished(
    st: &mut State,
    exec_id: &str,
    te_id: &str,
    status: types::TransitionExecutionStatus,
    output: Map<String, Value>,
    at: u64,
    t: &Timings,
) {
    let Some(rec) = st.workflow_executions.get(exec_id) else {
        return;
    };
    if rec.api.status != types::WorkflowExecutionStatus::Running
        || rec.current_execution.as_deref() != Some(te_id)
    {
        return;
    }
    match status {
        types::TransitionExecutionStatus::Succeeded => {
            step_done(st, exec_id, output, at, t);
            advance(st, exec_id, at, t);
        }
        types::TransitionExecutionStatus::Rejected => {
            finish(st, exec_id, types::WorkflowExecutionStatus::Rejected, at);
        }
        types::TransitionExecutionStatus::Retry => {
            if let Some(rec) = st.workflow_executions.get_mut(exec_id) {
                rec.current_execution = None;
                rec.step_started_ms = at;
            }
            start_step(st, exec_id, at, t);
        }
        _ => finish(st, exec_id, types::WorkflowExecutionStatus::Failed, at),
    }
}

// ---- workflows ----

fn view(st: &State, w: &WorkflowRec) -> types::Workflow {
    let mut out = w.api.clone();
    out.number_of_running_executions = st
        .workflow_executions
        .iter()
        .filter(|(_, e)| {
            e.api.workflow_id == w.api.workflow_id
                && e.api.status == types::WorkflowExecutionStatus::Running
        })
        .count() as i64;
    out
}

fn find<'a>(st: &'a State, id: &str) -> Result<&'a WorkflowRec, ApiError> {
    st.workflows
        .get(id)
        .ok_or_else(|| ApiError::not_found("Workflow", id))
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostWorkflows = ctx.body_as()?;
    let steps = parse_steps(&body.specification.definition);
    let id = st.ids.id("workflow");
    let workflow = {
        // Without them the API answers `null` (nullable in the vendor's
        // 2024-11-29 export).
        let mut workflow = types::Workflow::new(
            convert(body.completed_config)?,
            convert(body.error_config)?,
            0,
            id.clone(),
        );
        workflow.metadata = metadata(ctx);
        workflow.created_by = Some(ctx.principal.clone());
        workflow.created_time = Some(ctx.now_str());
        workflow.description = body.description;
        workflow.name = body.name;
        workflow
    };
    st.workflows.insert(
        id,
        WorkflowRec {
            api: workflow.clone(),
            steps,
        },
    );
    st.count(Counted::Workflow, 1);
    ok(&workflow)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.workflows
            .iter_after(pager.after_seq())
            .map(|(s, w)| (Cursor::seq(s), w)),
        false,
    );
    ok(&{
        let mut list = types::Workflows::new(page.into_iter().map(|w| view(st, w)).collect());
        list.next_token = next;
        list
    })
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let w = find(st, ctx.param("workflowId"))?;
    ok(&view(st, w))
}

pub(crate) fn update(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("workflowId");
    let body: types::PatchWorkflowId = ctx.body_as()?;
    let w = st
        .workflows
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found("Workflow", id))?;
    patch_opt_str(&mut w.api.name, &ctx.body, "name");
    patch_opt_str(&mut w.api.description, &ctx.body, "description");
    if let Some(c) = body.completed_config {
        w.api.completed_config = convert(Some(c))?;
    }
    if let Some(e) = body.error_config {
        w.api.error_config = convert(Some(e))?;
    }
    if ctx.body.get("metadata").is_some() {
        w.api.metadata = metadata(ctx);
    }
    w.api.updated_by = Some(ctx.principal.clone());
    w.api.updated_time = Some(ctx.now_str());
    let w = w.clone();
    ok(&view(st, &w))
}

pub(crate) fn delete(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("workflowId");
    let out = view(st, find(st, id)?);
    st.workflows.remove(id);
    let executions: Vec<String> = st
        .workflow_executions
        .iter()
        .filter(|(_, e)| e.api.workflow_id == id)
        .map(|(_, e)| e.api.execution_id.clone())
        .collect();
    for e in executions {
        st.workflow_executions.remove(&e);
    }
    st.count(Counted::Workflow, -1);
    ok(&out)
}

// ---- executions ----

fn find_execution<'a>(st: &'a State, ctx: &Ctx) -> Result<&'a WorkflowExecRec, ApiError> {
    let (wid, eid) = (ctx.param("workflowId"), ctx.param("executionId"));
    find(st, wid)?;
    st.workflow_executions
        .get(eid)
        .filter(|e| e.api.workflow_id == wid)
        .ok_or_else(|| ApiError::not_found("Workflow execution", eid))
}

pub(crate) fn execute(ctx: &Ctx, st: &mut State) -> ApiResult {
    let wid = ctx.param("workflowId").to_string();
    let steps = find(st, &wid)?.steps.clone();
    let body: types::PostWorkflowExecutions = ctx.body_as()?;
    let id = st.ids.id("workflow-execution");
    let api = {
        let mut workflow_execution =
            types::WorkflowExecution::new(id.clone(), types::WorkflowExecutionStatus::Running, wid);
        workflow_execution.input = Some(body.input.clone());
        workflow_execution.output = Some(Map::new());
        workflow_execution.transition_executions = Some(Map::new());
        workflow_execution.start_time = Some(ctx.now_str());
        workflow_execution
    };
    st.workflow_executions.insert(
        id.clone(),
        WorkflowExecRec {
            api,
            steps,
            current: 0,
            step_started_ms: ctx.now,
            current_execution: None,
            step_input: body.input,
        },
    );
    st.count(Counted::WorkflowExecution, 1);
    start_step(st, &id, ctx.now, &ctx.timings);
    match st.workflow_executions.get(&id) {
        Some(e) => ok(&e.api),
        None => Err(ApiError::not_found("Workflow execution", &id)),
    }
}

pub(crate) fn list_executions(ctx: &Ctx, st: &mut State) -> ApiResult {
    let wid = ctx.param("workflowId");
    find(st, wid)?;
    let pager = ctx.pager()?;
    let statuses: Vec<types::WorkflowExecutionStatus> = ctx
        .query
        .list("status")
        .iter()
        .map(|s| types::WorkflowExecutionStatus::from(s.as_str()))
        .collect();
    let sort_by = ctx.query.str("sortBy").map(types::SortBy::from);
    let order = ctx.query.str("order").map(types::Order::from);
    let descending = order == Some(types::Order::Descending);
    let bound = |name: &str| -> Result<Option<u64>, ApiError> {
        ctx.query
            .str(name)
            .map(|v| {
                parse_timestamp(v)
                    .ok_or_else(|| ApiError::bad_request(format!("{name} is not a date-time: {v}")))
            })
            .transpose()
    };
    let (from, to) = (bound("fromStartTime")?, bound("toStartTime")?);
    let in_window = |e: &types::WorkflowExecution| {
        let start = e.start_time.as_deref().and_then(parse_timestamp);
        match start {
            Some(t) => from.is_none_or(|f| t >= f) && to.is_none_or(|u| t <= u),
            None => from.is_none() && to.is_none(),
        }
    };
    let mut items: Vec<(Cursor, types::WorkflowExecution)> = st
        .workflow_executions
        .iter()
        .filter(|(_, e)| e.api.workflow_id == wid)
        .filter(|(_, e)| statuses.is_empty() || statuses.contains(&e.api.status))
        .filter(|(_, e)| in_window(&e.api))
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
        let mut workflow_executions = types::WorkflowExecutions::new(page, wid.to_string());
        workflow_executions.next_token = next;
        workflow_executions.order = order;
        workflow_executions.sort_by = sort_by;
        workflow_executions.status = statuses;
        workflow_executions
    })
}

pub(crate) fn get_execution(ctx: &Ctx, st: &mut State) -> ApiResult {
    ok(&find_execution(st, ctx)?.api)
}

pub(crate) fn update_execution(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PatchWorkflowExecutionId = ctx.body_as()?;
    let rec = find_execution(st, ctx)?;
    let id = rec.api.execution_id.clone();
    let Some(next) = body.next_transition_id else {
        // The live API's way to close a finished execution.
        let status = match body.status {
            Some(types::PatchWorkflowExecutionIdStatus::Completed) => {
                types::WorkflowExecutionStatus::Completed
            }
            Some(_) => types::WorkflowExecutionStatus::Succeeded,
            None => {
                return Err(ApiError::bad_request(
                    "Invalid request body: nextTransitionId or status is required",
                ))
            }
        };
        if let Some(rec) = st.workflow_executions.get_mut(&id) {
            rec.api.status = status;
            if rec.api.end_time.is_none() {
                rec.api.end_time = Some(ctx.now_str());
            }
        }
        return match st.workflow_executions.get(&id) {
            Some(e) => ok(&e.api),
            None => Err(ApiError::not_found("Workflow execution", &id)),
        };
    };
    if next == COMMONS_FAILED {
        if rec.api.status == types::WorkflowExecutionStatus::Running {
            if let Some(te) = rec.current_execution.clone() {
                let running = st
                    .transition_executions
                    .get(&te)
                    .is_some_and(|e| e.api.status == types::TransitionExecutionStatus::Running);
                if running {
                    transitions::finish_execution(
                        st,
                        &te,
                        types::TransitionExecutionStatus::Failed,
                        Map::new(),
                        ctx.now,
                        Some(ctx.principal.clone()),
                        "Workflow execution ended by request",
                    );
                }
            }
            finish(st, &id, types::WorkflowExecutionStatus::Failed, ctx.now);
        } else if let Some(rec) = st.workflow_executions.get_mut(&id) {
            rec.api.status = types::WorkflowExecutionStatus::Failed;
        }
    } else {
        if !st.transitions.contains(&next) {
            return Err(ApiError::bad_request(format!(
                "Transition {next} does not exist"
            )));
        }
        let Some(index) = rec
            .steps
            .iter()
            .position(|s| s.transition_id.as_deref() == Some(next.as_str()))
        else {
            return Err(ApiError::bad_request(format!(
                "Transition {next} is not a step of workflow {}",
                rec.api.workflow_id
            )));
        };
        if let Some(rec) = st.workflow_executions.get_mut(&id) {
            rec.api.status = types::WorkflowExecutionStatus::Running;
            rec.api.end_time = None;
            rec.api.completed_task_log_id = None;
            rec.current = index;
            rec.step_started_ms = ctx.now;
            rec.current_execution = None;
        }
        start_step(st, &id, ctx.now, &ctx.timings);
    }
    match st.workflow_executions.get(&id) {
        Some(e) => ok(&e.api),
        None => Err(ApiError::not_found("Workflow execution", &id)),
    }
}

pub(crate) fn delete_execution(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = find_execution(st, ctx)?.api.execution_id.clone();
    let rec = st
        .workflow_executions
        .remove(&id)
        .ok_or_else(|| ApiError::not_found("Workflow execution", &id))?;
    ok(&rec.api)
}

/// A workflow config from a request body as the `Workflow` schema has it
/// (the same JSON under another generated type).
fn convert<A: serde::Serialize, B: serde::de::DeserializeOwned>(value: A) -> Result<B, ApiError> {
    serde_json::to_value(value)
        .and_then(serde_json::from_value)
        .map_err(|e| ApiError::bad_request(format!("Invalid request body: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn asl_tasks_in_order() {
        let def = json!({
            "StartAt": "a",
            "States": {
                "a": {"Type": "Task", "Resource": "las:transition:1", "Next": "c"},
                "c": {"Type": "Choice", "Default": "b"},
                "b": {"Type": "Task", "Resource": "las:transition:2", "End": true},
            }
        });
        let steps = parse_steps(def.as_object().expect("object"));
        let ids: Vec<_> = steps
            .iter()
            .map(|s| s.transition_id.clone().unwrap_or_default())
            .collect();
        assert_eq!(ids, vec!["las:transition:1", "las:transition:2"]);
        let looped = json!({"StartAt": "a", "States": {"a": {"Type": "Pass", "Next": "a"}}});
        assert!(parse_steps(looped.as_object().expect("object")).is_empty());
    }
}
