//! JSON pointers over `serde_yaml_ng::Value` documents.

use serde_yaml_ng::Value;

/// Escape one pointer segment (`~` → `~0`, `/` → `~1`).
pub fn esc(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Append a segment to a pointer.
pub fn join(pointer: &str, segment: &str) -> String {
    format!("{pointer}/{}", esc(segment))
}

fn segments(pointer: &str) -> Result<Vec<String>, String> {
    if pointer.is_empty() {
        return Ok(Vec::new());
    }
    let rest = pointer
        .strip_prefix('/')
        .ok_or_else(|| format!("`{pointer}` is not a JSON pointer (it must start with `/`)"))?;
    Ok(rest
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect())
}

fn child<'a>(v: &'a Value, segment: &str) -> Option<&'a Value> {
    match v {
        Value::Mapping(m) => m.get(segment),
        Value::Sequence(s) => segment.parse::<usize>().ok().and_then(|i| s.get(i)),
        _ => None,
    }
}

fn child_mut<'a>(v: &'a mut Value, segment: &str) -> Option<&'a mut Value> {
    match v {
        Value::Mapping(m) => m.get_mut(segment),
        Value::Sequence(s) => segment.parse::<usize>().ok().and_then(|i| s.get_mut(i)),
        _ => None,
    }
}

/// The local `$ref` target of `v`, as pointer segments.
fn ref_target(v: &Value) -> Option<Result<Vec<String>, String>> {
    let r = v.as_mapping()?.get("$ref")?.as_str()?;
    let local = r.strip_prefix('#')?;
    Some(segments(local))
}

/// The pointer without `$ref` hops: every `$ref` met on the way is followed.
pub fn canonical(doc: &Value, pointer: &str) -> Result<Vec<String>, String> {
    let mut path: Vec<String> = Vec::new();
    let mut node = doc;
    for segment in segments(pointer)? {
        let mut hops = 0;
        while let Some(target) = ref_target(node) {
            hops += 1;
            if hops > 64 {
                return Err(format!("{pointer}: `$ref` cycle"));
            }
            let target = target?;
            node = get(doc, &target).ok_or_else(|| {
                format!("{pointer}: `$ref` to a missing place /{}", target.join("/"))
            })?;
            path = target;
        }
        node = child(node, &segment).ok_or_else(|| format!("{pointer}: nothing at `{segment}`"))?;
        path.push(segment);
    }
    Ok(path)
}

pub fn get<'a>(doc: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(doc, |node, s| child(node, s))
}

pub fn get_mut<'a>(doc: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    let mut node = doc;
    for s in path {
        node = child_mut(node, s)?;
    }
    Some(node)
}

pub fn render(path: &[String]) -> String {
    path.iter().map(|s| format!("/{}", esc(s))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_refs_and_escapes() {
        let doc: Value = serde_yaml_ng::from_str(
            "components: {schemas: {A: {properties: {b: {$ref: '#/components/schemas/B'}}}, B: {properties: {'x/y': {type: string}}}}}",
        )
        .unwrap();
        let path = canonical(&doc, "/components/schemas/A/properties/b/properties/x~1y").unwrap();
        assert_eq!(render(&path), "/components/schemas/B/properties/x~1y");
        assert!(canonical(&doc, "components").is_err());
        assert!(canonical(&doc, "/components/schemas/C").is_err());
    }
}
