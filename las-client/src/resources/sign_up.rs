//! Sign up: `client.sign_up(..)`.

pub use crate::generated::sign_up::*;
