//! Differences between two OpenAPI documents, named by JSON pointer.

use serde_yaml_ng::Value;

use super::pointer::join;

/// Every place where `a` and `b` differ: `(pointer, what)`. Mapping key order
/// is not a difference; sequence order is, except for `required`, `tags` and
/// `enum` lists, compared as sets.
pub fn differences(a: &Value, b: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(a, b, "", "", &mut out);
    out
}

fn short(v: &Value) -> String {
    let text = serde_json::to_string(v).unwrap_or_else(|_| "?".into());
    if text.chars().count() > 80 {
        format!("{}…", text.chars().take(80).collect::<String>())
    } else {
        text
    }
}

fn walk(a: &Value, b: &Value, ptr: &str, key: &str, out: &mut Vec<(String, String)>) {
    match (a, b) {
        (Value::Mapping(x), Value::Mapping(y)) => {
            for (k, v) in x {
                let name = k.as_str().map_or_else(|| short(k), str::to_string);
                let p = join(ptr, &name);
                match y.get(k) {
                    Some(w) => walk(v, w, &p, &name, out),
                    None => out.push((p, format!("only in the first: {}", short(v)))),
                }
            }
            for (k, v) in y {
                if !x.contains_key(k) {
                    let name = k.as_str().map_or_else(|| short(k), str::to_string);
                    out.push((
                        join(ptr, &name),
                        format!("only in the second: {}", short(v)),
                    ));
                }
            }
        }
        (Value::Sequence(x), Value::Sequence(y)) if matches!(key, "required" | "enum" | "tags") => {
            let missing: Vec<&Value> = x.iter().filter(|v| !y.contains(v)).collect();
            let extra: Vec<&Value> = y.iter().filter(|v| !x.contains(v)).collect();
            if !missing.is_empty() || !extra.is_empty() || x.len() != y.len() {
                out.push((ptr.to_string(), format!("{} ≠ {}", short(a), short(b))));
            }
        }
        (Value::Sequence(x), Value::Sequence(y)) => {
            if x.len() != y.len() {
                out.push((
                    ptr.to_string(),
                    format!("{} items ≠ {} items", x.len(), y.len()),
                ));
            }
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                walk(v, w, &join(ptr, &i.to_string()), "", out);
            }
        }
        _ if a == b => {}
        _ => out.push((ptr.to_string(), format!("{} ≠ {}", short(a), short(b)))),
    }
}

#[cfg(test)]
mod tests {
    use super::differences;
    use serde_yaml_ng::Value;

    #[test]
    fn names_pointers() {
        let a: Value =
            serde_yaml_ng::from_str("{x: {a/b: 1, c: [1, 2]}, required: [p, q]}").unwrap();
        let b: Value =
            serde_yaml_ng::from_str("{x: {a/b: 2, c: [1]}, required: [q, p], y: 0}").unwrap();
        let d = differences(&a, &b);
        let pointers: Vec<&str> = d.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(pointers, ["/x/a~1b", "/x/c", "/y"], "{d:?}");
    }
}
