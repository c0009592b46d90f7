//! Models: `client.models()`, and their data bundles through
//! [`Models::data_bundles`].
//!
//! Models: create, read, list, update, delete, and their data bundles.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use las_client::models::field;
//! use las_client::types::FieldType;
//!
//! let model = client
//!     .models()
//!     .create(1052, 1488, [("total_amount", field(FieldType::Amount, 10))])
//!     .name("Invoices")
//!     .await?;
//! let bundle = client
//!     .models()
//!     .data_bundles(&model.model_id)
//!     .create(["las:dataset:abc"])
//!     .await?;
//! # let _ = bundle;
//! # Ok(())
//! # }
//! ```

use crate::types::{FieldConfigEntry, FieldType};

pub use crate::generated::models::*;

/// A field of a model's field config: its type and the most characters a
/// predicted value may have. Set `description` on the result to describe it.
///
/// ```
/// use las_client::models::field;
/// use las_client::types::FieldType;
///
/// let mut total = field(FieldType::Amount, 10);
/// total.description = Some("Total incl. VAT".into());
/// assert_eq!(total.max_length, 10);
/// ```
pub fn field(type_: FieldType, max_length: i64) -> FieldConfigEntry {
    FieldConfigEntry::new(max_length, type_)
}
