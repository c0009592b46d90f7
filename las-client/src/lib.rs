//! las-client: the Rust SDK for Lucidtech AI Services (LAS).

pub mod credentials;
mod error;

pub use error::{Error, Result};
pub use las_api::types;
