//! openapi.yaml as the generator reads it.
//!
//! The spec keeps the vendor's constraint keywords as `x-` extensions for the
//! emulator and validators (see openapi.import.yaml); the generator must not
//! see them: a schema with extensions no longer matches the `format: byte` /
//! `format: password` conversions of `generate.rs`.
//!
//! A union of objects becomes an untagged Rust enum, which serde decodes as
//! the first member that fits; a member that needs fewer properties fits
//! more (a field config's `{"type": "lines", "fields": …}` fits a plain
//! field, whose type is an open enum, and would lose its `fields`). So the
//! members of a union of objects are ordered here by how many properties
//! they require, most first (ties keep the spec's order).
//!
//! typify names the variants of an inline enum itself and panics when two
//! values get the same name (`*` and `""` both become `X`); such enums are
//! moved to `components/schemas` here, where `generate.rs` makes open enums
//! with names from `enum_names.rs`.

use openapiv3::OpenAPI;
use serde_yaml_ng::Value;

/// Parse the spec text for progenitor, with schema extensions removed.
pub fn parse(text: &str, name: &str) -> Result<OpenAPI, String> {
    // Parsed once as text, so a shape openapiv3 refuses is reported with its line.
    serde_yaml_ng::from_str::<OpenAPI>(text).map_err(|e| format!("parsing {name}: {e}"))?;
    let mut doc: Value =
        serde_yaml_ng::from_str(text).map_err(|e| format!("parsing {name}: {e}"))?;
    strip_schema_extensions(&mut doc);
    specific_members_first(&mut doc)?;
    hoist_unnameable_enums(&mut doc)?;
    serde_yaml_ng::from_value(doc).map_err(|e| format!("parsing {name}: {e}"))
}

/// In every `oneOf`/`anyOf` whose members are all objects (inline, or a
/// `$ref` to a component object), the members that require more properties
/// come first.
pub fn specific_members_first(doc: &mut Value) -> Result<(), String> {
    let components = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .cloned()
        .unwrap_or(Value::Null);
    let required_of = |member: &Value| -> Option<usize> {
        let target = match member.get("$ref").and_then(Value::as_str) {
            Some(r) => components.get(r.strip_prefix("#/components/schemas/")?)?,
            None => member,
        };
        let is_object = target.get("type").and_then(Value::as_str) == Some("object")
            || target.get("properties").is_some();
        if !is_object {
            return None;
        }
        Some(
            target
                .get("required")
                .and_then(Value::as_sequence)
                .map_or(0, Vec::len),
        )
    };
    crate::import::for_each_schema(doc, &mut |schema, _| {
        for key in ["oneOf", "anyOf"] {
            let Some(members) = schema.get_mut(key).and_then(Value::as_sequence_mut) else {
                continue;
            };
            let counts: Option<Vec<usize>> = members.iter().map(required_of).collect();
            if let Some(counts) = counts {
                let mut keyed: Vec<(usize, Value)> =
                    counts.into_iter().zip(members.drain(..)).collect();
                keyed.sort_by_key(|k| std::cmp::Reverse(k.0));
                members.extend(keyed.into_iter().map(|(_, m)| m));
            }
        }
        Ok(())
    })
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

/// Whether typify could not give every value of a string enum its own name.
fn needs_own_names(values: &[Value]) -> bool {
    let texts: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
    let names: std::collections::BTreeSet<String> = texts
        .iter()
        .map(|v| crate::enum_names::variant_name(v))
        .collect();
    texts
        .iter()
        .any(|v| !v.chars().any(|c| c.is_ascii_alphanumeric()))
        || names.len() != texts.len()
}

/// `/components/schemas/Holder/properties/scope` → `HolderScope`.
fn name_for(pointer: &str) -> String {
    let segments: Vec<&str> = pointer.split('/').collect();
    let mut name = String::new();
    for (i, s) in segments.iter().enumerate() {
        let after_union = i > 0 && matches!(segments[i - 1], "oneOf" | "anyOf" | "allOf");
        match *s {
            "" | "components" | "schemas" | "properties" | "paths" | "content" | "schema"
            | "oneOf" | "anyOf" | "allOf" => {}
            // The member of a union is named by what it holds, not its index.
            other if after_union && other.chars().all(|c| c.is_ascii_digit()) => {}
            "items" => name.push_str("Item"),
            "additionalProperties" => name.push_str("Value"),
            other if other.chars().all(|c| c.is_ascii_digit()) => name.push_str(other),
            other => name.push_str(&crate::enum_names::variant_name(
                &other.replace("~1", "/").replace("~0", "~"),
            )),
        }
    }
    name
}

/// Move inline string enums of several values in component schemas (and, elsewhere, those
/// whose values typify cannot name) into `components/schemas`, leaving a
/// `$ref`: there `generate.rs` makes them open enums.
fn hoist_unnameable_enums(doc: &mut Value) -> Result<(), String> {
    let mut taken: std::collections::BTreeSet<String> = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_mapping)
        .map(|m| {
            m.keys()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    // Components that are members of a union, by `$ref`.
    let mut union_members = std::collections::BTreeSet::new();
    crate::import::for_each_schema(doc, &mut |schema, _| {
        for key in ["oneOf", "anyOf"] {
            for member in schema
                .get(key)
                .and_then(Value::as_sequence)
                .into_iter()
                .flatten()
            {
                if let Some(r) = member.get("$ref").and_then(Value::as_str) {
                    if let Some(name) = r.strip_prefix("#/components/schemas/") {
                        union_members.insert(name.to_string());
                    }
                }
            }
        }
        Ok(())
    })?;
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    crate::import::for_each_schema(doc, &mut |schema, pointer| {
        let is_component =
            pointer.starts_with("/components/schemas/") && pointer.matches('/').count() == 3;
        let Some(values) = schema.get("enum").and_then(Value::as_sequence) else {
            return Ok(());
        };
        // Inside a component schema every string enum is hoisted, so that
        // it is open (an unknown value the API adds decodes), but for one
        // of a single value in a member of a union: it tells the members
        // apart (`type: lines`, `strategy: BEST_FIRST`). Elsewhere
        // (parameters) only those typify cannot name.
        let component = pointer.split('/').nth(3).unwrap_or_default();
        let tells_apart = values.len() == 1
            && (pointer.contains("/oneOf/")
                || pointer.contains("/anyOf/")
                || union_members.contains(component));
        let in_component = pointer.starts_with("/components/schemas/") && !tells_apart;
        if is_component
            || schema.get("type").and_then(Value::as_str) != Some("string")
            || !(in_component || needs_own_names(values))
        {
            return Ok(());
        }
        let base = name_for(pointer);
        if syn::parse_str::<syn::Ident>(&base).is_err() {
            return Err(format!(
                "{pointer}: an enum typify cannot name, and no type name derives from its place"
            ));
        }
        // The same enum in the members of one union (`outputFormat` of
        // each postprocessing strategy) is one type.
        let same = hoisted
            .iter()
            .find(|(n, h)| n.starts_with(&base) && h == &*schema)
            .map(|(n, _)| n.clone());
        let name = match same {
            Some(name) => name,
            None => {
                let mut name = base.clone();
                let mut n = 2;
                while taken.contains(&name) {
                    name = format!("{base}{n}");
                    n += 1;
                }
                taken.insert(name.clone());
                name
            }
        };
        let mut reference = serde_yaml_ng::Mapping::new();
        reference.insert(
            Value::String("$ref".into()),
            Value::String(format!("#/components/schemas/{name}")),
        );
        let original = std::mem::replace(schema, Value::Mapping(reference));
        if !hoisted.iter().any(|(n, _)| n == &name) {
            hoisted.push((name, original));
        }
        Ok(())
    })?;
    if hoisted.is_empty() {
        return Ok(());
    }
    let schemas = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(Value::as_mapping_mut)
        .ok_or("/components/schemas: missing")?;
    for (name, schema) in hoisted {
        schemas.insert(Value::String(name), schema);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(doc: &Value, at: &str) -> Vec<String> {
        doc["components"]["schemas"][at]["oneOf"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|m| match m.get("$ref") {
                Some(r) => r.as_str().unwrap().rsplit('/').next().unwrap().to_string(),
                None => format!("inline {}", m["title"].as_str().unwrap_or("?")),
            })
            .collect()
    }

    #[test]
    fn members_of_a_union_of_objects_that_require_more_come_first() {
        let mut doc: Value = serde_yaml_ng::from_str(
            r#"
components:
  schemas:
    Field: {type: object, required: [type], properties: {type: {type: string}}}
    Lines: {type: object, required: [type, fields], properties: {type: {type: string}, fields: {type: object}}}
    Entry:
      oneOf:
      - {$ref: '#/components/schemas/Field'}
      - {$ref: '#/components/schemas/Lines'}
      - {type: object, title: Loose, properties: {a: {type: string}}}
      - {type: object, title: Wide, required: [a, b, c], properties: {a: {type: string}}}
    Mixed:
      oneOf:
      - {type: string}
      - {$ref: '#/components/schemas/Lines'}
"#,
        )
        .unwrap();
        specific_members_first(&mut doc).unwrap();
        assert_eq!(
            order(&doc, "Entry"),
            ["inline Wide", "Lines", "Field", "inline Loose"]
        );
        // Not every member is an object: the spec's order stays.
        assert_eq!(order(&doc, "Mixed"), ["inline ?", "Lines"]);
    }
}
