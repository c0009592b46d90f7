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
//!     .create([("total_amount", field(FieldType::Amount, 10))])
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

use std::collections::BTreeMap;

use crate::types::{
    FieldConfigEntry, FieldConfigField, FieldConfigLines, FieldConfigLinesType, FieldType,
};

pub use crate::generated::models::*;

/// A field of a model's field config: its type and the most characters a
/// predicted value may have. Set `description` on the result to describe it.
///
/// ```
/// use las_client::models::field;
/// use las_client::types::FieldType;
///
/// use las_client::types::FieldConfigEntry;
///
/// let FieldConfigEntry::Field(mut total) = field(FieldType::Amount, 10) else { unreachable!() };
/// total.description = Some("Total incl. VAT".into());
/// assert_eq!(total.max_length, Some(10));
/// ```
pub fn field(type_: FieldType, max_length: i64) -> FieldConfigEntry {
    let mut field = FieldConfigField::new(type_);
    field.max_length = Some(max_length);
    FieldConfigEntry::Field(field)
}

/// Line items of a model's field config: a table whose rows each have the
/// given fields (`(label, field)` pairs, each made like [`field`]'s).
///
/// ```
/// use las_client::models::lines;
/// use las_client::types::{FieldConfigField, FieldType};
///
/// let mut amount = FieldConfigField::new(FieldType::Amount);
/// amount.max_length = Some(12);
/// let rows = lines([("description", FieldConfigField::new(FieldType::String)), ("amount", amount)]);
/// let json = serde_json::to_value(&rows).unwrap();
/// assert_eq!(json["type"], "lines");
/// assert_eq!(json["fields"]["amount"]["maxLength"], 12);
/// ```
pub fn lines<L: Into<String>>(
    fields: impl IntoIterator<Item = (L, FieldConfigField)>,
) -> FieldConfigEntry {
    let fields: BTreeMap<String, FieldConfigField> = fields
        .into_iter()
        .map(|(label, f)| (label.into(), f))
        .collect();
    FieldConfigEntry::Lines(FieldConfigLines::new(fields, FieldConfigLinesType::Lines))
}
