//! Customizations of single operations, one file each, named for the
//! operation (`createDocument` → `create_document.rs`). `xtask/sdk.yaml`
//! marks each: `custom` (the file writes the handler method and its request
//! type; the generated module re-exports them and the generated blocking
//! client forwards to them, read from their signatures) or `check` (the
//! generated `send` calls the file's `check` first).

pub(crate) mod create_asset;
pub(crate) mod create_data_bundle;
pub(crate) mod create_dataset;
pub(crate) mod create_document;
pub(crate) mod create_model;
pub(crate) mod create_secret;
pub(crate) mod create_training;
pub(crate) mod create_transformation;
pub(crate) mod create_transition;
pub(crate) mod create_workflow;
pub(crate) mod delete_dataset;
pub(crate) mod delete_documents;
pub(crate) mod execute_transition;
pub(crate) mod execute_workflow;
pub(crate) mod send_heartbeat;
pub(crate) mod sign_up;
pub(crate) mod update_asset;
pub(crate) mod update_document;
pub(crate) mod update_model;
pub(crate) mod update_secret;
pub(crate) mod update_transition;
pub(crate) mod update_transition_execution;
