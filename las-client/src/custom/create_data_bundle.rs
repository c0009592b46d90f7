//! `createDataBundle`: a data bundle needs at least one dataset.

use crate::data_bundles::CreateDataBundle;
use crate::{Error, Result};

/// Called by the generated `send` before anything is sent.
pub(crate) fn check(request: &CreateDataBundle) -> Result<()> {
    if request.body.dataset_ids.is_empty() {
        return Err(Error::invalid_input(
            "a data bundle needs at least one dataset id",
        ));
    }
    Ok(())
}
