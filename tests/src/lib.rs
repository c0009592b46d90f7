//! # las-emulator
//!
//! An in-memory Lucidtech AI Services (LAS) server implementing every
//! operation of the REST API v1 (`openapi.yaml`), with an OAuth2
//! client-credentials token endpoint, request validation as strict as the
//! real API's (the spec plus the vendor's constraints), ids in the API's
//! formats, controllable time, fault injection, optional https and a
//! self-check of its own answers. For offline tests of las-rs, of code
//! built on it, and of any other LAS client.
//!
//! ```toml
//! [dev-dependencies]
//! las-emulator = "0.1"
//! ```
//!
//! Documents get a `fileUrl` on the emulator itself: `PUT` the raw bytes
//! there and `GET` them back (converted to JPEG by `width`, `height`,
//! `rotation`, `page`), as the live API's clients do. Roles, plans and
//! deployment environments come seeded ([`ROLE_IDS`], [`PLAN_IDS`],
//! [`DEPLOYMENT_ENVIRONMENT_IDS`]).
//!
//! In a test: start it, seed resources with [`Emulator::setup`], switch
//! faults on and off with [`Emulator::faults`], read what the server
//! received with [`Stats::received`], stop it with [`Emulator::shutdown`]
//! (or drop it). See the crate README for a complete test with las-client.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use las_emulator::{Clock, Emulator, Fault};
//!
//! let emu = Emulator::builder().seed(7).clock(Clock::Instant).start().await?;
//! // Point a client at emu.api_endpoint() / emu.auth_endpoint() with
//! // emu.client_id() and emu.client_secret(), or send `x-api-key: emu.api_key()`.
//! emu.faults().route("createDocument").fail_next(1, Fault::ServerError);
//! assert_eq!(emu.stats().token_requests(), 0);
//! # Ok(()) }
//! ```
//!
//! The binary `las-emulator` runs the same server from the command line; see
//! the crate README for flags and defaults.

// The organization JSON (state.rs) is one `json!` of every quota.
#![recursion_limit = "256"]

use std::sync::{Mutex, MutexGuard, PoisonError};

mod admin;
mod app;
mod auth;
mod clock;
mod emulator;
mod error;
mod faults;
mod files;
mod ids;
mod pagination;
mod pipeline;
mod resources;
mod self_check;
mod server;
mod spec;
mod state;
mod stats;
mod tls;
mod validate;

pub use app::{Timings, DEFAULT_API_KEY, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET};
pub use clock::Clock;
pub use emulator::{Emulator, EmulatorBuilder, SetupError};
pub use faults::{Fault, FaultScope, Faults};
pub use ids::is_las_id;
pub use resources::catalog::{DEPLOYMENT_ENVIRONMENT_IDS, PLAN_IDS, ROLE_IDS};
pub use spec::{OPENAPI_YAML, VENDOR_CONSTRAINTS_JSON};
pub use stats::{ReceivedRequest, Stats};

/// Locks a mutex, ignoring poisoning (no handler panics while holding a lock,
/// and a poisoned store is still consistent enough for a test server).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
