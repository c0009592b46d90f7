//! `createTransformation`: a transformation runs at least one operation.

use crate::transformations::CreateTransformation;
use crate::{Error, Result};

/// Called by the generated `send` before anything is sent.
pub(crate) fn check(request: &CreateTransformation) -> Result<()> {
    if request.body.operations.is_empty() {
        return Err(Error::invalid_input(
            "a transformation needs at least one operation",
        ));
    }
    Ok(())
}
