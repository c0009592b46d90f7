//! `createDataset`: a dataset keeps its documents at least one day.

use crate::datasets::CreateDataset;
use crate::{Error, Result};

/// Called by the generated `send` before anything is sent.
pub(crate) fn check(request: &CreateDataset) -> Result<()> {
    if let Some(days) = request.body.retention_in_days {
        if days < 1 {
            return Err(Error::invalid_input("retention_in_days must be at least 1"));
        }
    }
    Ok(())
}
