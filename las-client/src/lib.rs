//! las-client: the Rust SDK for Lucidtech AI Services (LAS).

mod error;

pub use error::{Error, Result};
pub use las_api::types;
