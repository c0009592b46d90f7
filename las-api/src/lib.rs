#![doc = include_str!("../README.md")]

mod base64_content;
pub mod hooks;
mod limit;
mod open_enum;
mod secret;

// The generated file carries progenitor's output unchanged; these lints fire
// on its style (long signatures, builder-free positional calls, doc text taken
// verbatim from the spec), not on anything a reader of las-api could act on.
#[allow(
    clippy::too_many_arguments,
    clippy::needless_lifetimes,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::match_single_binding,
    unused_imports
)]
mod generated;

pub use base64_content::Base64Content;
/// Date-time query parameters (`fromStartTime`, …) are `chrono` types.
pub use chrono;
pub use generated::*;
pub use hooks::{RequestContext, ResponseMeta};
pub use limit::{limit_response, ResponseTooLarge};
pub use secret::{SecretMap, SecretString};
