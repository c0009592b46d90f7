//! `createModel`: the size and the field config are checked before sending.

use std::collections::BTreeMap;

use crate::models::CreateModel;
use crate::types::{FieldConfigEntry, FieldConfigField};
use crate::{Error, Result};

/// Called by the generated `send` before anything is sent.
pub(crate) fn check(request: &CreateModel) -> Result<()> {
    if let Some(width) = request.body.width {
        check_size("width", width)?;
    }
    if let Some(height) = request.body.height {
        check_size("height", height)?;
    }
    check_field_config(&request.body.field_config)
}

pub(crate) fn field_config_map<L: Into<String>>(
    entries: impl IntoIterator<Item = (L, FieldConfigEntry)>,
) -> BTreeMap<String, FieldConfigEntry> {
    entries
        .into_iter()
        .map(|(label, entry)| (label.into(), entry))
        .collect()
}

/// Width and height must be positive pixel counts.
pub(crate) fn check_size(what: &str, pixels: i64) -> Result<()> {
    if pixels < 1 {
        return Err(Error::invalid_input(format!(
            "{what} must be at least 1 pixel (got {pixels})"
        )));
    }
    Ok(())
}

/// A field config needs at least one field; a maximum length, where one is
/// given, allows at least one character; line items have at least one field.
pub(crate) fn check_field_config(config: &BTreeMap<String, FieldConfigEntry>) -> Result<()> {
    if config.is_empty() {
        return Err(Error::invalid_input(
            "field_config must have at least one field",
        ));
    }
    let check_field = |label: &str, field: &FieldConfigField| match field.max_length {
        Some(max) if max < 1 => Err(Error::invalid_input(format!(
            "maxLength of field {label:?} must be at least 1 (got {max})"
        ))),
        _ => Ok(()),
    };
    for (label, entry) in config {
        match entry {
            FieldConfigEntry::Field(field) => check_field(label, field)?,
            FieldConfigEntry::Lines(lines) => {
                if lines.fields.is_empty() {
                    return Err(Error::invalid_input(format!(
                        "line items {label:?} must have at least one field"
                    )));
                }
                for (column, field) in &lines.fields {
                    check_field(&format!("{label}.{column}"), field)?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::field;
    use crate::types::FieldType;

    fn config(entries: &[(&str, i64)]) -> BTreeMap<String, FieldConfigEntry> {
        field_config_map(
            entries
                .iter()
                .map(|(label, len)| (*label, field(FieldType::Amount, *len))),
        )
    }

    #[test]
    fn sizes_must_be_positive() {
        assert!(check_size("width", 1).is_ok());
        assert!(check_size("width", 1052).is_ok());
        for bad in [0, -1, i64::MIN] {
            let err = check_size("height", bad).unwrap_err();
            assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
            assert!(err.to_string().contains("height"), "{err}");
        }
    }

    #[test]
    fn field_configs_need_fields_with_room_for_a_character() {
        assert!(check_field_config(&config(&[("total", 1), ("date", 10)])).is_ok());
        let err = check_field_config(&BTreeMap::new()).unwrap_err();
        assert!(err.to_string().contains("at least one field"), "{err}");
        let err = check_field_config(&config(&[("total", 10), ("date", 0)])).unwrap_err();
        assert!(err.to_string().contains("\"date\""), "{err}");
    }

    #[test]
    fn field_builds_an_entry_that_serializes_like_the_api_expects() {
        let entry = field(FieldType::Date, 10);
        let json = serde_json::to_value(&entry).unwrap();
        assert_eq!(json, serde_json::json!({"type": "date", "maxLength": 10}));
    }
}
