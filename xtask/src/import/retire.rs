//! The retired surface: everything the import of an earlier export has that
//! the current import lacks is added back, marked deprecated, so no user of
//! the SDK loses a method or a field when the vendor drops it from the export.
//!
//! Kept, each with a description naming the date of the export that dropped it:
//! operations (`deprecated: true`), their parameters (`deprecated: true`) and
//! security alternatives, security schemes (`x-deprecated: true`; OpenAPI 3.0
//! has no `deprecated` there), schemas and properties (`deprecated: true`,
//! never required), enum values (listed in the enum's description and in
//! `x-deprecated-values`).

use serde_yaml_ng::{Mapping, Value};

use super::config::Retired;
use super::pointer::join;
use super::rules::Tally;

fn s(text: &str) -> Value {
    Value::String(text.to_string())
}

/// The sentence every deprecation carries.
pub fn deprecation(date: &str) -> String {
    format!(
        "Deprecated: not in the vendor's {date} export of the API; kept so code written \
         against the earlier API keeps working."
    )
}

fn describe(m: &mut Mapping, text: &str) {
    let description = match m.get("description").and_then(Value::as_str) {
        Some(d) if !d.is_empty() => format!("{d}\n\n{text}"),
        _ => text.to_string(),
    };
    m.insert(s("description"), s(&description));
}

/// Mark a schema, parameter or operation deprecated. A bare `$ref` cannot
/// carry siblings in OpenAPI 3.0, so it is wrapped in an `allOf`.
fn deprecate(v: &Value, text: &str) -> Value {
    let mut m = match v.as_mapping() {
        Some(m) if m.contains_key("$ref") => {
            let mut wrapped = Mapping::new();
            wrapped.insert(s("allOf"), Value::Sequence(vec![v.clone()]));
            wrapped
        }
        Some(m) => m.clone(),
        None => return v.clone(),
    };
    m.insert(s("deprecated"), Value::Bool(true));
    describe(&mut m, text);
    Value::Mapping(m)
}

fn get_mapping<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a Mapping> {
    let mut cur = v;
    for k in keys {
        cur = cur.get(*k)?;
    }
    cur.as_mapping()
}

fn get_mapping_mut<'a>(v: &'a mut Value, keys: &[&str]) -> Result<&'a mut Mapping, String> {
    let mut cur = v;
    for k in keys {
        cur = cur
            .get_mut(*k)
            .ok_or_else(|| format!("/{}: missing", keys.join("/")))?;
    }
    cur.as_mapping_mut()
        .ok_or_else(|| format!("/{}: not an object", keys.join("/")))
}

fn param_key(p: &Value) -> Option<(String, String)> {
    Some((
        p.get("in")?.as_str()?.to_string(),
        p.get("name")?.as_str()?.to_string(),
    ))
}

/// Add to `doc` (the current import) what `old` (the earlier import) has and
/// `doc` lacks, deprecated.
pub(super) fn merge(
    doc: &mut Value,
    old: &Value,
    retired: &Retired,
    t: &mut Tally,
) -> Result<(), String> {
    let text = deprecation(&retired.date);
    let note = format!(
        "retired: not in the {} export; kept, deprecated",
        retired.date
    );
    operations(doc, old, &text, &note, t)?;
    tags(doc, old)?;
    security_schemes(doc, old, &text, &note, t)?;
    schemas(doc, old, &text, &note, t)?;
    Ok(())
}

fn operations(
    doc: &mut Value,
    old: &Value,
    text: &str,
    note: &str,
    t: &mut Tally,
) -> Result<(), String> {
    let Some(old_paths) = get_mapping(old, &["paths"]) else {
        return Ok(());
    };
    let paths = get_mapping_mut(doc, &["paths"])?;
    for (path, old_item) in old_paths {
        let Some(path_name) = path.as_str() else {
            continue;
        };
        let Some(old_item) = old_item.as_mapping() else {
            continue;
        };
        let item_ptr = join("/paths", path_name);
        if !paths.contains_key(path_name) {
            paths.insert(path.clone(), Value::Mapping(Mapping::new()));
        }
        let item = paths
            .get_mut(path_name)
            .and_then(Value::as_mapping_mut)
            .ok_or_else(|| format!("{item_ptr}: not an object"))?;
        for (method, old_op) in old_item {
            let Some(method_name) = method.as_str() else {
                continue;
            };
            let op_ptr = join(&item_ptr, method_name);
            match item.get_mut(method_name).and_then(Value::as_mapping_mut) {
                None => {
                    item.insert(method.clone(), deprecate(old_op, text));
                    t.bump("retired operations kept, deprecated");
                    t.note(&op_ptr, note);
                }
                Some(op) => operation(op, old_op, &op_ptr, text, note, t),
            }
        }
    }
    Ok(())
}

/// Parameters and security alternatives of an operation both imports have.
fn operation(
    op: &mut Mapping,
    old_op: &Value,
    op_ptr: &str,
    text: &str,
    note: &str,
    t: &mut Tally,
) {
    if let Some(old_params) = old_op.get("parameters").and_then(Value::as_sequence) {
        if !op.contains_key("parameters") {
            op.insert(s("parameters"), Value::Sequence(Vec::new()));
        }
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_sequence_mut) {
            for old_param in old_params {
                let key = param_key(old_param);
                if key.is_some() && !params.iter().any(|p| param_key(p) == key) {
                    params.push(deprecate(old_param, text));
                    t.bump("retired parameters kept, deprecated");
                    t.note(&join(op_ptr, "parameters"), note);
                }
            }
        }
    }
    if let Some(old_security) = old_op.get("security").and_then(Value::as_sequence) {
        if let Some(security) = op.get_mut("security").and_then(Value::as_sequence_mut) {
            for requirement in old_security {
                if !security.contains(requirement) {
                    security.push(requirement.clone());
                    t.bump("retired security alternatives kept");
                }
            }
        }
    }
}

fn tags(doc: &mut Value, old: &Value) -> Result<(), String> {
    let Some(old_tags) = old.get("tags").and_then(Value::as_sequence) else {
        return Ok(());
    };
    let used: Vec<String> = get_mapping(doc, &["paths"])
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_mapping)
        .flat_map(|item| item.values())
        .filter_map(|op| op.get("tags")?.as_sequence()?.first()?.as_str())
        .map(str::to_string)
        .collect();
    let Some(tags) = doc.get_mut("tags").and_then(Value::as_sequence_mut) else {
        return Err("/tags: missing".into());
    };
    for tag in old_tags {
        let name = tag.get("name").and_then(Value::as_str);
        let present = tags
            .iter()
            .any(|x| x.get("name").and_then(Value::as_str) == name);
        if !present && name.is_some_and(|n| used.iter().any(|u| u == n)) {
            tags.push(tag.clone());
        }
    }
    tags.sort_by(|a, b| {
        let name = |v: &Value| v.get("name").and_then(Value::as_str).map(str::to_string);
        name(a).cmp(&name(b))
    });
    Ok(())
}

fn security_schemes(
    doc: &mut Value,
    old: &Value,
    text: &str,
    note: &str,
    t: &mut Tally,
) -> Result<(), String> {
    let Some(old_schemes) = get_mapping(old, &["components", "securitySchemes"]) else {
        return Ok(());
    };
    let schemes = get_mapping_mut(doc, &["components", "securitySchemes"])?;
    for (name, scheme) in old_schemes {
        if schemes.contains_key(name) {
            continue;
        }
        let Some(mut m) = scheme.as_mapping().cloned() else {
            continue;
        };
        m.insert(s("x-deprecated"), Value::Bool(true));
        describe(&mut m, text);
        schemes.insert(name.clone(), Value::Mapping(m));
        t.bump("retired security schemes kept, deprecated");
        if let Some(n) = name.as_str() {
            t.note(&join("/components/securitySchemes", n), note);
        }
    }
    Ok(())
}

fn schemas(
    doc: &mut Value,
    old: &Value,
    text: &str,
    note: &str,
    t: &mut Tally,
) -> Result<(), String> {
    let Some(old_schemas) = get_mapping(old, &["components", "schemas"]) else {
        return Ok(());
    };
    // The current schemas as imported, for `$ref`s met while merging.
    let current = get_mapping(doc, &["components", "schemas"])
        .cloned()
        .unwrap_or_default();
    let schemas = get_mapping_mut(doc, &["components", "schemas"])?;
    let sides = Sides {
        current: &current,
        old: old_schemas,
    };
    for (name, old_schema) in old_schemas {
        let Some(n) = name.as_str() else {
            continue;
        };
        let ptr = join("/components/schemas", n);
        match schemas.get_mut(n) {
            None => {
                schemas.insert(name.clone(), deprecate(old_schema, text));
                t.bump("retired schemas kept, deprecated");
                t.note(&ptr, note);
            }
            Some(schema) => merge_schema(schema, old_schema, &sides, &ptr, text, note, t),
        }
    }
    Ok(())
}

fn resolve<'a>(v: &'a Value, current: &'a Mapping) -> &'a Value {
    let mut v = v;
    for _ in 0..8 {
        match v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .and_then(|name| current.get(name))
        {
            Some(target) => v = target,
            None => break,
        }
    }
    v
}

/// The component schemas of both imports, for the `$ref`s met while merging.
struct Sides<'a> {
    current: &'a Mapping,
    old: &'a Mapping,
}

fn merge_schema(
    schema: &mut Value,
    old: &Value,
    sides: &Sides<'_>,
    ptr: &str,
    text: &str,
    note: &str,
    t: &mut Tally,
) {
    let current = sides.current;
    // An inline schema now that was a `$ref` (a list item that no longer
    // agrees with its component): compared with what the `$ref` named.
    let old = if schema.get("$ref").is_none() {
        resolve(old, sides.old)
    } else {
        old
    };
    // A shared schema that aliases another (`$ref`) but had values of its
    // own in the earlier API becomes its own enum again.
    if schema.get("$ref").is_some() && old.get("enum").is_some() {
        let target = resolve(schema, current);
        if target.get("enum").is_some() && target != old {
            let missing = enum_values_missing(target, old);
            if !missing.is_empty() {
                *schema = target.clone();
            }
        }
    }
    let Some(m) = schema.as_mapping_mut() else {
        return;
    };
    // A union now: the earlier members' fields belong to its members, which
    // are compared where they have names (shared schemas).
    if ["$ref", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| m.contains_key(*k))
    {
        return;
    }
    // Enum values.
    if let (Some(values), Some(_)) = (m.get("enum").and_then(Value::as_sequence), old.get("enum")) {
        let missing = enum_values_missing(&Value::Sequence(values.clone()), old);
        if !missing.is_empty() {
            if let Some(values) = m.get_mut("enum").and_then(Value::as_sequence_mut) {
                values.extend(missing.iter().cloned());
            }
            let names: Vec<&str> = missing.iter().filter_map(Value::as_str).collect();
            describe(
                m,
                &format!(
                    "Deprecated values ({}): {}",
                    names.join(", "),
                    text.trim_start_matches("Deprecated: ")
                ),
            );
            m.insert(s("x-deprecated-values"), Value::Sequence(missing.clone()));
            t.add("retired enum values kept, deprecated", missing.len());
            t.note(ptr, format!("{note}: enum values {}", names.join(", ")));
        }
    }
    // Properties.
    if let Some(old_props) = old.get("properties").and_then(Value::as_mapping) {
        if !m.contains_key("properties") {
            m.insert(s("properties"), Value::Mapping(Mapping::new()));
        }
        if let Some(props) = m.get_mut("properties").and_then(Value::as_mapping_mut) {
            for (name, old_prop) in old_props {
                let Some(n) = name.as_str() else {
                    continue;
                };
                let prop_ptr = join(&join(ptr, "properties"), n);
                match props.get_mut(n) {
                    None => {
                        props.insert(name.clone(), deprecate(old_prop, text));
                        t.bump("retired properties kept, deprecated (optional)");
                        t.note(&prop_ptr, note);
                    }
                    Some(prop) => merge_schema(prop, old_prop, sides, &prop_ptr, text, note, t),
                }
            }
        }
    }
    for key in ["items", "additionalProperties"] {
        if let (Some(inner), Some(old_inner)) = (m.get_mut(key), old.get(key)) {
            if inner.is_mapping() && old_inner.is_mapping() {
                merge_schema(inner, old_inner, sides, &join(ptr, key), text, note, t);
            }
        }
    }
}

/// Values of `old`'s enum that `schema`'s enum lacks.
fn enum_values_missing(schema: &Value, old: &Value) -> Vec<Value> {
    let values: &[Value] = match schema {
        Value::Sequence(v) => v,
        other => other
            .get("enum")
            .and_then(Value::as_sequence)
            .map_or(&[], Vec::as_slice),
    };
    old.get("enum")
        .and_then(Value::as_sequence)
        .map(|old_values| {
            old_values
                .iter()
                .filter(|v| !values.contains(v))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}
