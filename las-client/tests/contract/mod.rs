//! Helpers of `contract_prism.rs`: the Prism process and a recording proxy.

pub mod prism;
pub mod recorder;
