//! A deterministic YAML writer in the style of openapi.yaml: block mappings,
//! flow `{k: v}` for short mappings of scalars, flow `[a, b]` for lists of
//! scalars, plain scalars where YAML reads them back unchanged.
//!
//! The text is parsed back and compared with the input before it is
//! returned, so a quoting mistake is an error, never a different document.

use serde_yaml_ng::{Mapping, Value};

/// Longest line a flow mapping may make; longer ones are written as blocks.
const FLOW_WIDTH: usize = 100;

/// Render `doc` (a mapping) as YAML text.
pub fn to_yaml(doc: &Value) -> Result<String, String> {
    let mut out = String::new();
    match doc {
        Value::Mapping(m) => block_mapping(m, 0, &mut out)?,
        _ => return Err("the document root is not a mapping".into()),
    }
    let back: Value = serde_yaml_ng::from_str(&out)
        .map_err(|e| format!("the YAML writer produced unreadable text: {e}"))?;
    if &back != doc {
        return Err("the YAML writer's text reads back as a different document".into());
    }
    Ok(out)
}

fn indent(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn is_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_)
    )
}

/// A value written on the same line as its key (`key: value`).
fn inline(v: &Value, width_left: usize) -> Result<Option<String>, String> {
    Ok(match v {
        Value::Sequence(s) if s.iter().all(is_scalar) => {
            let items: Result<Vec<String>, String> = s.iter().map(|x| scalar(x, true)).collect();
            Some(format!("[{}]", items?.join(", ")))
        }
        Value::Mapping(m) if !m.is_empty() && m.values().all(is_scalar) => {
            let mut parts = Vec::with_capacity(m.len());
            for (k, v) in m {
                parts.push(format!("{}: {}", key(k, true)?, scalar(v, true)?));
            }
            let text = format!("{{{}}}", parts.join(", "));
            (text.len() <= width_left).then_some(text)
        }
        Value::Mapping(m) if m.is_empty() => Some("{}".into()),
        v if is_scalar(v) => Some(scalar(v, false)?),
        Value::Tagged(_) => return Err("tagged YAML values are not supported".into()),
        _ => None,
    })
}

fn block_mapping(m: &Mapping, level: usize, out: &mut String) -> Result<(), String> {
    let mut first = true;
    for (k, v) in m {
        // The caller has positioned the cursor for the first key (after
        // `key:` and a newline, or after `- ` in a sequence).
        if !first {
            indent(out, level);
        }
        first = false;
        let k = key(k, false)?;
        entry(&k, v, level, out)?;
    }
    Ok(())
}

fn entry(k: &str, v: &Value, level: usize, out: &mut String) -> Result<(), String> {
    let left = FLOW_WIDTH.saturating_sub(level + k.len() + 2);
    if let Some(text) = inline(v, left)? {
        out.push_str(&format!("{k}: {text}\n"));
        return Ok(());
    }
    out.push_str(&format!("{k}:\n"));
    match v {
        Value::Mapping(m) => {
            indent(out, level + 2);
            block_mapping(m, level + 2, out)
        }
        Value::Sequence(s) => block_sequence(s, level, out),
        _ => Err("unexpected value".into()),
    }
}

/// Sequences are written at the key's indentation (`- item`), like openapi.yaml.
fn block_sequence(s: &[Value], level: usize, out: &mut String) -> Result<(), String> {
    for item in s {
        indent(out, level);
        out.push_str("- ");
        match item {
            Value::Mapping(m) if !m.is_empty() => {
                if let Some(text) = inline(item, FLOW_WIDTH.saturating_sub(level + 2))? {
                    if m.values().all(is_scalar) {
                        out.push_str(&text);
                        out.push('\n');
                        continue;
                    }
                }
                block_mapping(m, level + 2, out)?;
            }
            Value::Sequence(inner) if !inner.is_empty() && !inner.iter().all(is_scalar) => {
                return Err("sequences of sequences are not supported".into());
            }
            other => match inline(other, usize::MAX)? {
                Some(text) => {
                    out.push_str(&text);
                    out.push('\n');
                }
                None => return Err("unsupported sequence item".into()),
            },
        }
    }
    Ok(())
}

fn key(k: &Value, flow: bool) -> Result<String, String> {
    match k {
        Value::String(_) | Value::Number(_) | Value::Bool(_) => scalar(k, flow),
        _ => Err("mapping keys must be scalars".into()),
    }
}

fn scalar(v: &Value, flow: bool) -> Result<String, String> {
    Ok(match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => string(s, flow),
        _ => return Err("not a scalar".into()),
    })
}

/// A plain scalar when YAML reads it back as the same string, else quoted.
fn string(s: &str, flow: bool) -> String {
    if plain_ok(s, flow) {
        return s.to_string();
    }
    if s.chars().all(|c| !c.is_control()) {
        return format!("'{}'", s.replace('\'', "''"));
    }
    // Double quotes with JSON escapes: a JSON string is a valid YAML one.
    serde_json::to_string(s).unwrap_or_else(|_| "''".into())
}

fn plain_ok(s: &str, flow: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if s != s.trim() || s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.chars().any(|c| c.is_control() || c == '\u{feff}') {
        return false;
    }
    // In flow collections `:` is quoted too, as YAML 1.1 readers require.
    if flow && s.chars().any(|c| ",[]{}:".contains(c)) {
        return false;
    }
    // Whatever YAML would read as something other than this string.
    !matches!(
        serde_yaml_ng::from_str::<Value>(s),
        Ok(Value::Number(_) | Value::Bool(_) | Value::Null) | Err(_)
    ) && serde_yaml_ng::from_str::<Value>(s).ok() == Some(Value::String(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::to_yaml;
    use serde_yaml_ng::Value;

    #[test]
    fn writes_the_openapi_yaml_style_and_reads_back() {
        let doc: Value = serde_yaml_ng::from_str(
            r#"
openapi: 3.0.3
paths:
  /a/{id}:
    get:
      parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200': {$ref: '#/components/responses/Ok'}
      security:
      - oauth2: ['api.example/a:read']
      - api_key: []
odd: ['', '*', 'a: b', yes, '1.0', 'null', "tab\there", ' lead', '#x', '-', 'x #y']
"#,
        )
        .unwrap();
        let text = to_yaml(&doc).unwrap();
        assert!(
            text.contains("'200': {$ref: '#/components/responses/Ok'}"),
            "{text}"
        );
        assert!(text.contains("- oauth2: ['api.example/a:read']"), "{text}");
        assert!(text.contains("schema: {type: string}"), "{text}");
        let back: Value = serde_yaml_ng::from_str(&text).unwrap();
        assert_eq!(back, doc);
    }
}
