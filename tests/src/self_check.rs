//! The self-check: every API response is validated against openapi.yaml's
//! response schema for its status, strictly (no field the spec does not
//! name, required fields, nullability, enums), and 200s also against the
//! vendor's id and timestamp patterns. A response that fails is replaced by
//! a 500 naming the violation, and the violation is recorded: dropping the
//! [`Emulator`](crate::Emulator) then panics, so a test suite cannot pass
//! with one.
//!
//! On with [`EmulatorBuilder::self_check`](crate::EmulatorBuilder::self_check)
//! or the environment variable `LAS_EMULATOR_SELF_CHECK=1`. With
//! `LAS_EMULATOR_SELF_CHECK_LOG=<file>` as well, each emulator appends one
//! line `checked=<n> violations=<n>` to that file when it stops.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use axum::body::Body;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use crate::error::message_response;
use crate::lock;
use crate::spec::{Operation, Spec};

/// The environment variable that turns the self-check on by default.
pub(crate) const ENV: &str = "LAS_EMULATOR_SELF_CHECK";
/// The environment variable naming a file that collects the counts.
pub(crate) const ENV_LOG: &str = "LAS_EMULATOR_SELF_CHECK_LOG";

/// Most violations kept (the count goes on).
const KEEP: usize = 100;

#[derive(Debug, Default)]
pub(crate) struct SelfCheck {
    pub enabled: bool,
    checked: AtomicU64,
    violation_count: AtomicU64,
    violations: Mutex<Vec<String>>,
}

/// Whether the environment turns the self-check on.
pub(crate) fn enabled_by_env() -> bool {
    std::env::var(ENV).is_ok_and(|v| v == "1")
}

impl SelfCheck {
    pub fn new(enabled: bool) -> Self {
        Self {
            enabled,
            ..Self::default()
        }
    }

    pub fn checked(&self) -> u64 {
        self.checked.load(Ordering::SeqCst)
    }

    pub fn violations(&self) -> Vec<String> {
        lock(&self.violations).clone()
    }

    pub fn violation_count(&self) -> u64 {
        self.violation_count.load(Ordering::SeqCst)
    }

    /// Checks one response of `op`; returns it unchanged, or a 500 naming
    /// the violation.
    pub async fn check(&self, spec: &Spec, op: &Operation, response: Response) -> Response {
        if !self.enabled {
            return response;
        }
        let (parts, body) = response.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
            return self.violation(op, parts.status, "the body could not be read".into());
        };
        self.checked.fetch_add(1, Ordering::SeqCst);
        if let Err(problem) = verify(spec, op, parts.status, &bytes) {
            return self.violation(op, parts.status, problem);
        }
        Response::from_parts(parts, Body::from(bytes))
    }

    fn violation(&self, op: &Operation, status: StatusCode, problem: String) -> Response {
        let text = format!("{} {}: {problem}", op.id, status.as_u16());
        self.violation_count.fetch_add(1, Ordering::SeqCst);
        let mut kept = lock(&self.violations);
        if kept.len() < KEEP {
            kept.push(text.clone());
        }
        message_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("las-emulator self-check: {text}"),
        )
    }

    /// Appends `checked=<n> violations=<n>` to `$LAS_EMULATOR_SELF_CHECK_LOG`.
    pub fn log(&self) {
        if !self.enabled {
            return;
        }
        let Some(path) = std::env::var_os(ENV_LOG) else {
            return;
        };
        use std::io::Write;
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            let _ = writeln!(
                f,
                "checked={} violations={}",
                self.checked(),
                self.violation_count()
            );
        }
    }
}

/// What is wrong with a response, if anything.
fn verify(spec: &Spec, op: &Operation, status: StatusCode, bytes: &[u8]) -> Result<(), String> {
    let code = status.as_u16();
    let schema = match op.responses.get(&code) {
        Some(schema) => schema.as_ref(),
        // Statuses the spec does not list for the operation (401 for an
        // expired token, 405, 413): errors still carry the `Error` schema.
        None if code >= 400 => spec.error.as_ref(),
        None => return Err(format!("status {code} is not a response of the operation")),
    };
    let Some(schema) = schema else {
        return match bytes.is_empty() {
            true => Ok(()),
            false => Err("the spec gives this response no body, it has one".into()),
        };
    };
    let value: Value =
        serde_json::from_slice(bytes).map_err(|e| format!("the body is not JSON: {e}"))?;
    if let Some(e) = schema.iter_errors(&value).next() {
        return Err(format!("{}: {e}", e.instance_path()));
    }
    if code == 200 {
        if let Some(ids) = &op.response_ids {
            if let Some(e) = ids.iter_errors(&value).next() {
                return Err(format!(
                    "{}: {e} (the vendor's id and time formats)",
                    e.instance_path()
                ));
            }
        }
    }
    Ok(())
}
