//! `createTraining`: a training needs at least one data bundle.

use crate::trainings::CreateTraining;
use crate::{Error, Result};

/// Called by the generated `send` before anything is sent.
pub(crate) fn check(request: &CreateTraining) -> Result<()> {
    if request.body.data_bundle_ids.is_empty() {
        return Err(Error::invalid_input(
            "a training needs at least one data bundle id",
        ));
    }
    Ok(())
}
