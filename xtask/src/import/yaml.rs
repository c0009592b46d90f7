//! A deterministic YAML writer in the style of openapi.yaml: block mappings,
//! flow `{k: v}` for short mappings of scalars, flow `[a, b]` for lists of
//! scalars, plain scalars where YAML reads them back unchanged.
//!
//! The text is parsed back and compared with the input before it is
//! returned, so a quoting mistake is an error, never a different document.

use std::collections::BTreeMap;

use serde_yaml_ng::{Mapping, Value};

use super::pointer::join;

/// Longest line a flow mapping may make; longer ones are written as blocks.
const FLOW_WIDTH: usize = 100;

/// Comment lines to write above the key at a JSON pointer.
pub type Comments = BTreeMap<String, Vec<String>>;

/// Render `doc` (a mapping) as YAML text, with `comments` above their keys.
pub fn to_yaml(doc: &Value, comments: &Comments) -> Result<String, String> {
    let mut w = Writer {
        out: String::new(),
        comments,
    };
    match doc {
        Value::Mapping(m) => w.block_mapping(m, 0, "", false)?,
        _ => return Err("the document root is not a mapping".into()),
    }
    let out = w.out;
    let back: Value = serde_yaml_ng::from_str(&out)
        .map_err(|e| format!("the YAML writer produced unreadable text: {e}"))?;
    if &back != doc {
        return Err("the YAML writer's text reads back as a different document".into());
    }
    Ok(out)
}

struct Writer<'a> {
    out: String,
    comments: &'a Comments,
}

impl Writer<'_> {
    fn indent(&mut self, n: usize) {
        self.out.extend(std::iter::repeat_n(' ', n));
    }

    /// The comment lines for `pointer`, each at `level`; the cursor ends at
    /// `level` on a new line.
    fn comment(&mut self, pointer: &str, level: usize) {
        let Some(lines) = self.comments.get(pointer) else {
            return;
        };
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.indent(level);
            }
            for (j, text) in wrap(line, FLOW_WIDTH.saturating_sub(level + 2))
                .iter()
                .enumerate()
            {
                if j > 0 {
                    self.indent(level);
                }
                self.out.push_str("# ");
                self.out.push_str(text);
                self.out.push('\n');
            }
        }
        self.indent(level);
    }

    /// `in_item`: the cursor is after `- `, where no comment line may go.
    fn block_mapping(
        &mut self,
        m: &Mapping,
        level: usize,
        ptr: &str,
        in_item: bool,
    ) -> Result<(), String> {
        let mut first = true;
        for (k, v) in m {
            // The caller has positioned the cursor for the first key (after
            // `key:` and a newline, or after `- ` in a sequence).
            if !first {
                self.indent(level);
            }
            let name = k
                .as_str()
                .map_or_else(|| scalar(k, false).unwrap_or_default(), str::to_string);
            let child = join(ptr, &name);
            if !(first && in_item) {
                self.comment(&child, level);
            }
            first = false;
            let k = key(k, false)?;
            self.entry(&k, v, level, &child)?;
        }
        Ok(())
    }

    fn entry(&mut self, k: &str, v: &Value, level: usize, ptr: &str) -> Result<(), String> {
        let left = FLOW_WIDTH.saturating_sub(level + k.len() + 2);
        if let Some(text) = inline(v, left)? {
            self.out.push_str(&format!("{k}: {text}\n"));
            return Ok(());
        }
        self.out.push_str(&format!("{k}:\n"));
        match v {
            Value::Mapping(m) => {
                self.indent(level + 2);
                self.block_mapping(m, level + 2, ptr, false)
            }
            Value::Sequence(s) => self.block_sequence(s, level, ptr),
            _ => Err("unexpected value".into()),
        }
    }

    /// Sequences are written at the key's indentation (`- item`), like openapi.yaml.
    fn block_sequence(&mut self, s: &[Value], level: usize, ptr: &str) -> Result<(), String> {
        for (i, item) in s.iter().enumerate() {
            self.indent(level);
            self.out.push_str("- ");
            match item {
                Value::Mapping(m) if !m.is_empty() => {
                    if let Some(text) = inline(item, FLOW_WIDTH.saturating_sub(level + 2))? {
                        if m.values().all(is_scalar) {
                            self.out.push_str(&text);
                            self.out.push('\n');
                            continue;
                        }
                    }
                    self.block_mapping(m, level + 2, &join(ptr, &i.to_string()), true)?;
                }
                Value::Sequence(inner) if !inner.is_empty() && !inner.iter().all(is_scalar) => {
                    return Err("sequences of sequences are not supported".into());
                }
                other => match inline(other, usize::MAX)? {
                    Some(text) => {
                        self.out.push_str(&text);
                        self.out.push('\n');
                    }
                    None => return Err("unsupported sequence item".into()),
                },
            }
        }
        Ok(())
    }
}

/// Words of `text` in lines of at most `width` characters (a longer word
/// gets a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
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
    use super::{to_yaml, Comments};
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
        let comments: Comments = [(
            "/paths/~1a~1{id}/get/responses".to_string(),
            vec!["why: the responses".to_string()],
        )]
        .into_iter()
        .collect();
        let text = to_yaml(&doc, &comments).unwrap();
        assert!(
            text.contains("      # why: the responses\n      responses:\n"),
            "{text}"
        );
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
