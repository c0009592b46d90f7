//! Transitions, their executions and heartbeats.

use crate::app::Timings;
use crate::state::State;

pub(crate) fn tick(_st: &mut State, _now: u64, _t: &Timings) {}
