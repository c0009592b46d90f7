//! openapi.yaml as the generator reads it.
//!
//! The spec keeps the vendor's constraint keywords as `x-` extensions for the
//! emulator and validators (see openapi.import.yaml); the generator must not
//! see them: a schema with extensions no longer matches the `format: byte` /
//! `format: password` conversions of `generate.rs`.

use openapiv3::OpenAPI;
use serde_yaml_ng::Value;

/// Parse the spec text for progenitor, with schema extensions removed.
pub fn parse(text: &str, name: &str) -> Result<OpenAPI, String> {
    let mut doc: Value =
        serde_yaml_ng::from_str(text).map_err(|e| format!("parsing {name}: {e}"))?;
    strip_schema_extensions(&mut doc);
    serde_yaml_ng::from_value(doc).map_err(|e| format!("parsing {name}: {e}"))
}

/// Remove `x-…` keys from every schema object of `doc`.
pub fn strip_schema_extensions(doc: &mut Value) {
    crate::import::for_each_schema(doc, &mut |schema, _| {
        if let Some(m) = schema.as_mapping_mut() {
            m.retain(|k, _| !k.as_str().is_some_and(|k| k.starts_with("x-")));
        }
        Ok(())
    })
    .unwrap_or_default();
}
