//! Operations without hand-written behaviour, served from the spec alone.
//!
//! The shape of the path decides what an operation does:
//! - `POST /things` (or `POST /parents/{parentId}/things`): create — stores
//!   the request's fields with a new id `las:thing:<hex>` (the kind from the
//!   item path's parameter, `thingId`), `createdTime`/`createdBy`;
//! - `GET /things`: list, with `maxResults`/`nextToken` paging;
//! - `GET`, `PATCH`, `DELETE /things/{thingId}`: get, update (fields merged,
//!   `updatedTime`/`updatedBy`), delete (returns the deleted resource); an
//!   unknown id is 404.
//!
//! Every answer is shaped by the operation's 200 response schema: fields the
//! schema does not name are left out, required ones missing get `null` when
//! nullable, else an empty value of their type, so answers are valid against
//! the spec. Other shapes of operation answer 501.

use serde_json::{Map, Value};

use crate::error::{ok, ApiError, ApiResult};
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::spec::{Operation, Spec};
use crate::state::State;

/// `GET`/`POST` on a collection, or `GET`/`PATCH`/`DELETE` on one item.
enum Shape<'a> {
    Collection,
    Item { param: &'a str },
}

fn shape_of(path: &str) -> Shape<'_> {
    match path.rsplit('/').next() {
        Some(last) if last.starts_with('{') && last.ends_with('}') => Shape::Item {
            param: &last[1..last.len() - 1],
        },
        _ => Shape::Collection,
    }
}

/// `/models/{modelId}/things` with the request's path parameters filled in.
fn concrete(template: &str, ctx: &Ctx) -> String {
    template
        .split('/')
        .map(
            |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => ctx.param(name).to_string(),
                None => seg.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

/// The id parameter of a collection's items: from the item operation's path
/// (`/things/{thingId}`), else `<singular>Id`.
fn id_param(spec: &Spec, collection: &str) -> String {
    let prefix = format!("{collection}/{{");
    spec.operations
        .iter()
        .filter_map(|op| op.path.strip_prefix(&prefix))
        .find_map(|rest| rest.strip_suffix('}').filter(|p| !p.contains('/')))
        .map(str::to_string)
        .unwrap_or_else(|| {
            let last = collection.rsplit('/').next().unwrap_or("item");
            format!("{}Id", last.strip_suffix('s').unwrap_or(last))
        })
}

/// `roleId` → `role`, `dataBundleId` → `data-bundle`.
fn kind(param: &str) -> String {
    let base = param.strip_suffix("Id").unwrap_or(param);
    let mut out = String::new();
    for c in base.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub(crate) fn handle(spec: &Spec, op: &Operation, ctx: &Ctx, st: &mut State) -> ApiResult {
    let method = op.method.as_str();
    match (method, shape_of(&op.path)) {
        ("POST", Shape::Collection) => create(spec, op, ctx, st),
        ("GET", Shape::Collection) => list(spec, op, ctx, st),
        ("GET" | "PATCH" | "DELETE", Shape::Item { param }) => {
            let collection = op.path[..op.path.len() - param.len() - 3].to_string();
            let key = concrete(&collection, ctx);
            let id = ctx.param(param).to_string();
            let table = st.generic.entry(key).or_default();
            let not_found = || ApiError::not_found(&kind(param), &id);
            let stored = match method {
                "GET" => table.get(&id).cloned().ok_or_else(not_found)?,
                "DELETE" => table.remove(&id).ok_or_else(not_found)?,
                _ => {
                    let item = table.get_mut(&id).ok_or_else(not_found)?;
                    if let (Some(item), Some(body)) = (item.as_object_mut(), ctx.body.as_object()) {
                        for (k, v) in body {
                            item.insert(k.clone(), v.clone());
                        }
                        item.insert("updatedTime".into(), Value::String(ctx.now_str()));
                        item.insert("updatedBy".into(), Value::String(ctx.principal.clone()));
                    }
                    item.clone()
                }
            };
            ok(&respond(spec, op, Some(&stored)))
        }
        _ => Err(ApiError::new(
            axum::http::StatusCode::NOT_IMPLEMENTED,
            format!("{} has no behaviour in las-emulator", op.id),
        )),
    }
}

fn create(spec: &Spec, op: &Operation, ctx: &Ctx, st: &mut State) -> ApiResult {
    let param = id_param(spec, &op.path);
    let id = st.ids.id(&kind(&param));
    let mut item: Map<String, Value> = ctx.body.as_object().cloned().unwrap_or_default();
    for (name, value) in &ctx.path {
        item.insert(name.clone(), Value::String(value.clone()));
    }
    item.insert(param, Value::String(id.clone()));
    item.insert("createdTime".into(), Value::String(ctx.now_str()));
    item.insert("createdBy".into(), Value::String(ctx.principal.clone()));
    let item = Value::Object(item);
    let key = concrete(&op.path, ctx);
    st.generic.entry(key).or_default().insert(id, item.clone());
    ok(&respond(spec, op, Some(&item)))
}

fn list(spec: &Spec, op: &Operation, ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let key = concrete(&op.path, ctx);
    let table = st.generic.entry(key).or_default();
    let items = table
        .iter_after(pager.after_seq())
        .map(|(s, v)| (Cursor::seq(s), v.clone()));
    let (page, next) = pager.page(items, false);
    let schema = response_schema(spec, op);
    // The array property holds the items; the rest of the page is shaped as usual.
    let mut out = match shape(spec, &schema, None) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    if let Some(props) = resolve(spec, &schema)
        .get("properties")
        .and_then(Value::as_object)
    {
        for (name, prop) in props {
            let prop = resolve(spec, prop);
            if prop.get("type").and_then(Value::as_str) == Some("array") && name != "nextToken" {
                let item_schema = prop.get("items").cloned().unwrap_or(Value::Null);
                let shaped = page
                    .iter()
                    .map(|v| shape(spec, &item_schema, Some(v)))
                    .collect();
                out.insert(name.clone(), Value::Array(shaped));
            }
        }
    }
    if out.contains_key("nextToken") || next.is_some() {
        out.insert(
            "nextToken".into(),
            next.map(Value::String).unwrap_or(Value::Null),
        );
    }
    ok(&Value::Object(out))
}

fn response_schema(spec: &Spec, op: &Operation) -> Value {
    let doc = &spec.doc;
    let Some(ops) = doc.pointer(&format!(
        "/paths/{}/{}",
        op.path.replace('~', "~0").replace('/', "~1"),
        op.method.as_str().to_ascii_lowercase()
    )) else {
        return Value::Null;
    };
    let response = ops
        .pointer("/responses/200")
        .cloned()
        .unwrap_or(Value::Null);
    let response = resolve(spec, &response);
    response
        .pointer("/content/application~1json/schema")
        .cloned()
        .unwrap_or(Value::Null)
}

fn respond(spec: &Spec, op: &Operation, value: Option<&Value>) -> Value {
    shape(spec, &response_schema(spec, op), value)
}

/// Follows `$ref`s into the spec.
fn resolve(spec: &Spec, schema: &Value) -> Value {
    let mut current = schema.clone();
    for _ in 0..16 {
        match current.get("$ref").and_then(Value::as_str) {
            Some(r) => match spec.doc.pointer(r.trim_start_matches('#')) {
                Some(target) => current = target.clone(),
                None => return Value::Null,
            },
            None => return current,
        }
    }
    Value::Null
}

/// `value` as the schema has it: only the properties it names, required ones
/// filled in.
fn shape(spec: &Spec, schema: &Value, value: Option<&Value>) -> Value {
    let schema = resolve(spec, schema);
    let nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true);
    if let Some(members) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        return match value {
            Some(v) => v.clone(),
            None if nullable => Value::Null,
            None => members
                .first()
                .map(|m| shape(spec, m, None))
                .unwrap_or(Value::Null),
        };
    }
    if value == Some(&Value::Null) && nullable {
        return Value::Null;
    }
    let kind = schema.get("type").and_then(Value::as_str);
    match kind {
        Some("object") | None if schema.get("properties").is_some() => {
            let empty = Map::new();
            let given = value.and_then(Value::as_object).unwrap_or(&empty);
            if value.is_none() && nullable {
                return Value::Null;
            }
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let mut out = Map::new();
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for (name, prop) in props {
                    match given.get(name) {
                        Some(v) => {
                            out.insert(name.clone(), shape(spec, prop, Some(v)));
                        }
                        None if required.contains(&name.as_str()) => {
                            out.insert(name.clone(), shape(spec, prop, None));
                        }
                        None => {}
                    }
                }
            }
            Value::Object(out)
        }
        _ => match value {
            Some(v) => v.clone(),
            None if nullable => Value::Null,
            None => match kind {
                Some("string") => schema
                    .get("enum")
                    .and_then(|e| e.get(0))
                    .cloned()
                    .unwrap_or_else(|| Value::String(String::new())),
                Some("integer" | "number") => Value::from(0),
                Some("boolean") => Value::Bool(false),
                Some("array") => Value::Array(Vec::new()),
                _ => Value::Object(Map::new()),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_shapes() {
        assert_eq!(kind("roleId"), "role");
        assert_eq!(kind("dataBundleId"), "data-bundle");
        assert!(matches!(shape_of("/roles"), Shape::Collection));
        assert!(matches!(
            shape_of("/roles/{roleId}"),
            Shape::Item { param: "roleId" }
        ));
    }
}
