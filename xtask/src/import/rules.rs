//! The import rules: a vendor export (API-gateway JSON) → openapi.yaml.
//!
//! Each rule is a function over the document; names and choices come from
//! the configuration. Every rule counts what it changed; a shape a rule
//! cannot handle is an error naming its JSON pointer.

use std::collections::{BTreeMap, BTreeSet};

use serde_yaml_ng::{Mapping, Value};

use super::config::{Config, CONFIG as CONFIG_NAME};
use super::pointer::{self, join};

/// HTTP methods of an OpenAPI path item, in output order.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Schema keywords in the order openapi.yaml writes them; others follow in
/// their original order.
const SCHEMA_KEY_ORDER: &[&str] = &[
    "$ref",
    "anyOf",
    "oneOf",
    "allOf",
    "type",
    "format",
    "nullable",
    "enum",
    "required",
    "properties",
    "items",
    "additionalProperties",
];

const PARAMETER_KEY_ORDER: &[&str] = &[
    "name",
    "in",
    "description",
    "required",
    "schema",
    "style",
    "explode",
];

/// The outcome of an import.
pub struct Imported {
    pub doc: Value,
    /// Why a place differs from the export: comment lines by JSON pointer.
    pub comments: BTreeMap<String, Vec<String>>,
    /// (rule, places changed), in rule order.
    pub counts: Vec<(&'static str, usize)>,
    pub warnings: Vec<String>,
}

#[derive(Default)]
pub(super) struct Tally {
    counts: Vec<(&'static str, usize)>,
    warnings: Vec<String>,
    comments: BTreeMap<String, Vec<String>>,
    /// The export's name of its OAuth2 scheme, which configured scopes belong to.
    oauth2_scheme: String,
}

impl Tally {
    pub(super) fn add(&mut self, rule: &'static str, n: usize) {
        match self.counts.iter_mut().find(|(r, _)| *r == rule) {
            Some((_, c)) => *c += n,
            None => self.counts.push((rule, n)),
        }
    }
    pub(super) fn bump(&mut self, rule: &'static str) {
        self.add(rule, 1);
    }
    fn warn(&mut self, text: String) {
        self.warnings.push(text);
    }
    pub(super) fn note(&mut self, pointer: &str, text: impl Into<String>) {
        let text = text.into();
        let lines = self.comments.entry(pointer.to_string()).or_default();
        if !lines.contains(&text) {
            lines.push(text);
        }
    }
}

fn err(pointer: &str, message: impl std::fmt::Display) -> String {
    format!(
        "{}: {message}",
        if pointer.is_empty() { "/" } else { pointer }
    )
}

fn s(text: &str) -> Value {
    Value::String(text.to_string())
}

fn mapping<'a>(v: &'a Value, pointer: &str, what: &str) -> Result<&'a Mapping, String> {
    v.as_mapping()
        .ok_or_else(|| err(pointer, format!("{what} is not an object")))
}

fn key_str<'a>(k: &'a Value, pointer: &str) -> Result<&'a str, String> {
    k.as_str()
        .ok_or_else(|| err(pointer, "an object key is not a string"))
}

/// Import `export` with `config`.
/// `retired`: the import of an earlier export whose surface this one dropped
/// (see `Config::retired`).
pub fn import(
    export: &Value,
    config: &Config,
    retired: Option<&Value>,
) -> Result<Imported, String> {
    let mut t = Tally::default();
    let root = mapping(export, "", "the export")?;
    let paths_in = root.get("paths").ok_or_else(|| err("/paths", "missing"))?;
    let paths_in = mapping(paths_in, "/paths", "`paths`")?;

    t.oauth2_scheme = root
        .get("components")
        .and_then(|c| c.get("securitySchemes"))
        .and_then(Value::as_mapping)
        .and_then(|schemes| {
            schemes
                .iter()
                .find(|(_, v)| v.get("type").and_then(Value::as_str) == Some("oauth2"))
                .and_then(|(k, _)| k.as_str())
        })
        .unwrap_or("oauth2")
        .to_string();
    let paths = operations(paths_in, config, &mut t)?;

    let mut out = Mapping::new();
    out.insert(s("openapi"), s(&config.openapi));
    out.insert(s("info"), config.info.clone());
    if let Some(servers) = root.get("servers") {
        out.insert(s("servers"), servers.clone());
    }
    let tags: BTreeSet<String> = paths
        .values()
        .filter_map(Value::as_mapping)
        .flat_map(|item| item.values())
        .filter_map(|op| op.get("tags")?.as_sequence()?.first()?.as_str())
        .map(str::to_string)
        .collect();
    out.insert(
        s("tags"),
        Value::Sequence(
            tags.iter()
                .map(|tag| {
                    let mut m = Mapping::new();
                    m.insert(s("name"), s(tag));
                    Value::Mapping(m)
                })
                .collect(),
        ),
    );
    out.insert(s("paths"), Value::Mapping(paths));

    let components_in = match root.get("components") {
        Some(c) => mapping(c, "/components", "`components`")?.clone(),
        None => Mapping::new(),
    };
    let mut components = Mapping::new();
    components.insert(
        s("securitySchemes"),
        Value::Mapping(security_schemes(&components_in, config, &mut t)?),
    );
    components.insert(s("responses"), Value::Mapping(error_responses(config)));
    t.note("/components/responses", &config.error_responses.reason);
    let schemas = match components_in.get("schemas") {
        Some(v) => mapping(v, "/components/schemas", "`schemas`")?.clone(),
        None => Mapping::new(),
    };
    components.insert(s("schemas"), Value::Mapping(schemas));
    for (k, v) in &components_in {
        let name = key_str(k, "/components")?;
        if !matches!(name, "schemas" | "securitySchemes" | "responses") {
            components.insert(k.clone(), v.clone());
        }
    }
    out.insert(s("components"), Value::Mapping(components));
    let mut doc = Value::Mapping(out);

    normalize_schemas(&mut doc, config, &mut t)?;
    query_parameters(&mut doc, config, &mut t);
    fold_any_of(&mut doc, config, &mut t)?;
    shared_schemas(&mut doc, config, &mut t)?;
    // List items are compared with their schema as the export has them,
    // before the config's patches make the two differ.
    list_items(&mut doc, &mut t)?;
    patch_properties(&mut doc, config, &mut t)?;
    nullable_properties(&mut doc, config, &mut t)?;
    formats(&mut doc, config, &mut t)?;
    exclusive_unions(&mut doc, config, &mut t)?;
    for rb in &config.request_bodies {
        let schemas = schemas_mut(&mut doc)?;
        if schemas.contains_key(rb.schema.as_str()) {
            return Err(format!(
                "request body {}: the export already has a schema {}",
                rb.operation, rb.schema
            ));
        }
        schemas.insert(s(&rb.schema), rb.definition.clone());
        t.note(
            &join("/components/schemas", &rb.schema),
            format!("not in the export: {}", rb.reason),
        );
    }
    if let (Some(old), Some(retired)) = (retired, &config.retired) {
        super::retire::merge(&mut doc, old, retired, &mut t)?;
    }
    order_schema_keys(&mut doc);

    Ok(Imported {
        doc,
        comments: t.comments,
        counts: t.counts,
        warnings: t.warnings,
    })
}

// ---------------------------------------------------------------------------
// Operations

fn operations(paths_in: &Mapping, config: &Config, t: &mut Tally) -> Result<Mapping, String> {
    let dropped: BTreeSet<String> = config
        .drop_methods
        .iter()
        .map(|d| d.method.to_ascii_lowercase())
        .collect();
    let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut used_names: BTreeSet<&str> = BTreeSet::new();
    let mut paths = Mapping::new();
    for (path, item) in paths_in {
        let path = key_str(path, "/paths")?;
        let item_ptr = join("/paths", path);
        let item = mapping(item, &item_ptr, "the path item")?;
        let shared_params = match item.get("parameters") {
            Some(p) => p
                .as_sequence()
                .ok_or_else(|| err(&join(&item_ptr, "parameters"), "not an array"))?
                .clone(),
            None => Vec::new(),
        };
        let mut out_item = Mapping::new();
        let mut methods: Vec<(&str, &Value)> = Vec::new();
        for (k, v) in item {
            let k = key_str(k, &item_ptr)?;
            if METHODS.contains(&k) {
                methods.push((k, v));
            } else if k != "parameters" {
                t.warn(format!("{}: path-item key left out", join(&item_ptr, k)));
            }
        }
        // openapi.yaml lists methods alphabetically within a path.
        methods.sort_by_key(|(m, _)| *m);
        for (method, op) in methods {
            let op_ptr = join(&item_ptr, method);
            if dropped.contains(method) {
                t.bump("OPTIONS (CORS) operations dropped");
                continue;
            }
            let key = format!("{} {path}", method.to_ascii_uppercase());
            let op = mapping(op, &op_ptr, "the operation")?;
            let out_op = operation(&key, path, method, op, &op_ptr, &shared_params, config, t)?;
            if let Some(id) = out_op.get("operationId").and_then(Value::as_str) {
                if let Some(other) = seen_ids.insert(id.to_string(), key.clone()) {
                    return Err(err(
                        &op_ptr,
                        format!("operationId `{id}` is also the name of {other}"),
                    ));
                }
            }
            used_names.insert(config.operations.get_key_value(&key).map_or("", |(k, _)| k));
            out_item.insert(s(method), Value::Mapping(out_op));
        }
        if !out_item.is_empty() {
            paths.insert(s(path), Value::Mapping(out_item));
        }
    }
    for name in config.operations.keys() {
        if !used_names.contains(name.as_str()) {
            t.warn(format!(
                "name table: `{name}` matches no operation of the export"
            ));
        }
    }
    Ok(paths)
}

#[allow(clippy::too_many_arguments)]
fn operation(
    key: &str,
    path: &str,
    method: &str,
    op: &Mapping,
    op_ptr: &str,
    shared_params: &[Value],
    config: &Config,
    t: &mut Tally,
) -> Result<Mapping, String> {
    let mut out = Mapping::new();
    match config.operations.get(key) {
        Some(name) => {
            t.bump("operationIds from the name table");
            out.insert(s("operationId"), s(&name.operation_id));
            out.insert(s("tags"), Value::Sequence(vec![s(&name.tag)]));
            if let Some(summary) = &name.summary {
                out.insert(s("summary"), s(summary));
                let description = name.description.clone().unwrap_or_else(|| {
                    format!(
                        "{summary}, calls the {} {path} endpoint.",
                        method.to_ascii_uppercase()
                    )
                });
                out.insert(s("description"), s(&description));
            } else if let Some(description) = &name.description {
                out.insert(s("description"), s(description));
            }
        }
        None => {
            let id = derived_operation_id(method, path);
            t.bump("operationIds derived (not in the name table)");
            t.warn(format!(
                "{op_ptr}: `{key}` is not in the name table; named `{id}`"
            ));
            out.insert(s("operationId"), s(&id));
            let tag = path
                .split('/')
                .find(|p| !p.is_empty() && !p.starts_with('{'))
                .unwrap_or("default");
            out.insert(s("tags"), Value::Sequence(vec![s(tag)]));
            for k in ["summary", "description"] {
                if let Some(v) = op.get(k) {
                    out.insert(s(k), v.clone());
                }
            }
        }
    }

    // Parameters
    let mut params: Vec<Value> = shared_params.to_vec();
    if let Some(p) = op.get("parameters") {
        let list = p
            .as_sequence()
            .ok_or_else(|| err(&join(op_ptr, "parameters"), "not an array"))?;
        for p in list {
            // An operation's parameter replaces a path-level one of the same name and place.
            let id = param_id(p);
            if id.is_some() {
                params.retain(|q| param_id(q) != id);
            }
            params.push(p.clone());
        }
    }
    let mut content_type_header = false;
    let mut path_params = Vec::new();
    let mut other_params = Vec::new();
    for (i, p) in params.iter().enumerate() {
        let p_ptr = join(&join(op_ptr, "parameters"), &i.to_string());
        let pm = mapping(p, &p_ptr, "the parameter")?;
        if pm.contains_key("$ref") {
            other_params.push(p.clone());
            continue;
        }
        let name = pm
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| err(&p_ptr, "parameter without a string `name`"))?;
        let location = pm
            .get("in")
            .and_then(Value::as_str)
            .ok_or_else(|| err(&p_ptr, "parameter without a string `in`"))?;
        if location == "header" && name.eq_ignore_ascii_case("content-type") {
            content_type_header = true;
            continue;
        }
        let param = order_keys(pm, PARAMETER_KEY_ORDER);
        if location == "path" {
            let position = path.find(&format!("{{{name}}}")).unwrap_or(usize::MAX);
            path_params.push((position, Value::Mapping(param)));
        } else {
            other_params.push(Value::Mapping(param));
        }
    }
    // Path parameters first, in the order of the path template.
    path_params.sort_by_key(|(position, _)| *position);
    let params: Vec<Value> = path_params
        .into_iter()
        .map(|(_, p)| p)
        .chain(other_params)
        .collect();
    if !params.is_empty() {
        out.insert(s("parameters"), Value::Sequence(params));
    }

    // Request body
    match op.get("requestBody") {
        Some(body) => {
            let body_ptr = join(op_ptr, "requestBody");
            let bm = mapping(body, &body_ptr, "the request body")?;
            if content_type_header {
                t.bump("Content-Type header parameters → body media type");
            }
            out.insert(
                s("requestBody"),
                Value::Mapping(order_keys(bm, &["description", "required", "content"])),
            );
        }
        None if content_type_header => {
            t.bump("Content-Type header parameters → body media type");
            t.warn(format!(
                "{op_ptr}: a Content-Type header parameter but no request body; header left out"
            ));
        }
        None => {
            if let Some(rb) = config.request_bodies.iter().find(|b| b.operation == key) {
                let mut media = Mapping::new();
                let mut schema = Mapping::new();
                schema.insert(s("schema"), schema_ref(&rb.schema));
                media.insert(s("application/json"), Value::Mapping(schema));
                let mut body = Mapping::new();
                body.insert(s("required"), Value::Bool(true));
                body.insert(s("content"), Value::Mapping(media));
                out.insert(s("requestBody"), Value::Mapping(body));
                t.bump("request bodies added (config)");
                t.note(
                    &join(op_ptr, "requestBody"),
                    format!("not in the export: {}", rb.reason),
                );
            }
        }
    }

    // Responses
    let responses_ptr = join(op_ptr, "responses");
    let responses_in = op
        .get("responses")
        .ok_or_else(|| err(&responses_ptr, "missing"))?;
    let responses_in = mapping(responses_in, &responses_ptr, "`responses`")?;
    let mut responses = Mapping::new();
    for (status, response) in responses_in {
        let status_text = match status {
            Value::String(text) => text.clone(),
            Value::Number(n) => n.to_string(),
            _ => return Err(err(&responses_ptr, "a response status is not a string")),
        };
        let r_ptr = join(&responses_ptr, &status_text);
        let rm = mapping(response, &r_ptr, "the response")?;
        responses.insert(
            s(&status_text),
            response_value(key, &status_text, rm, config, t),
        );
    }
    for status in &config.error_responses.on_every_operation {
        if !responses.contains_key(status.as_str()) {
            responses.insert(s(status), error_ref(status));
            t.bump("error responses added to every operation (429)");
        }
    }
    for n in config.no_content.iter().filter(|n| n.operation == key) {
        t.note(
            &join(&responses_ptr, &n.status),
            format!("no content: {}", n.reason),
        );
    }
    let mut sorted: Vec<(Value, Value)> = responses.into_iter().collect();
    sorted.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
    out.insert(s("responses"), Value::Mapping(sorted.into_iter().collect()));

    // Security
    if let Some(security) = operation_security(key, op, op_ptr, config, t)? {
        out.insert(s("security"), security);
    }

    for (k, v) in op {
        let name = key_str(k, op_ptr)?;
        match name {
            "parameters" | "requestBody" | "responses" | "security" | "summary" | "description"
            | "operationId" | "tags" => {}
            "deprecated" => {
                out.insert(k.clone(), v.clone());
            }
            other => t.warn(format!("{}: operation key left out", join(op_ptr, other))),
        }
    }
    Ok(out)
}

fn param_id(p: &Value) -> Option<(String, String)> {
    let m = p.as_mapping()?;
    Some((
        m.get("name")?.as_str()?.to_string(),
        m.get("in")?.as_str()?.to_string(),
    ))
}

/// `GET /roles/{roleId}` → `getRolesByRoleId`.
pub fn derived_operation_id(method: &str, path: &str) -> String {
    let mut id = method.to_ascii_lowercase();
    for segment in path.split('/').filter(|p| !p.is_empty()) {
        let (prefix, word) = match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(param) => ("By", param),
            None => ("", segment),
        };
        id.push_str(prefix);
        for part in word.split(|c: char| !c.is_ascii_alphanumeric()) {
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                id.push(first.to_ascii_uppercase());
                id.push_str(chars.as_str());
            }
        }
    }
    id
}

/// Query parameters typed by the config (after the keyword rules, so a
/// configured `minimum` stays a keyword).
fn query_parameters(doc: &mut Value, config: &Config, t: &mut Tally) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_mapping_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let (Some(path), Some(item)) = (path.as_str(), item.as_mapping_mut()) else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            let Some(method) = method.as_str() else {
                continue;
            };
            let key = format!("{} {path}", method.to_ascii_uppercase());
            let Some(params) = op.get_mut("parameters").and_then(Value::as_sequence_mut) else {
                continue;
            };
            for param in params.iter_mut() {
                let Some(pm) = param.as_mapping_mut() else {
                    continue;
                };
                if pm.get("in").and_then(Value::as_str) != Some("query") {
                    continue;
                }
                let Some(name) = pm.get("name").and_then(Value::as_str).map(str::to_string) else {
                    continue;
                };
                query_parameter(&key, &name, pm, config, t);
                *pm = order_keys(pm, PARAMETER_KEY_ORDER);
            }
        }
    }
}

fn query_parameter(key: &str, name: &str, param: &mut Mapping, config: &Config, t: &mut Tally) {
    let entry = config.query_parameters.iter().find(|e| {
        e.name == name
            && e.operations
                .as_ref()
                .is_none_or(|ops| ops.iter().any(|o| o == key))
    });
    let Some(entry) = entry else {
        return;
    };
    if entry.list {
        let mut schema = Mapping::new();
        schema.insert(s("type"), s("array"));
        schema.insert(s("items"), entry.schema.clone());
        param.insert(s("schema"), Value::Mapping(schema));
        param.insert(s("style"), s("form"));
        param.insert(s("explode"), Value::Bool(true));
        t.bump("list filters → arrays (form, explode)");
    } else {
        param.insert(s("schema"), entry.schema.clone());
        if name == "maxResults" {
            t.bump("maxResults → integer ≥ 1");
        } else {
            t.bump("query parameters typed from the config (enums)");
        }
    }
}

fn error_ref(status: &str) -> Value {
    let mut m = Mapping::new();
    m.insert(
        s("$ref"),
        s(&format!("#/components/responses/Error{status}")),
    );
    Value::Mapping(m)
}

fn response_value(key: &str, status: &str, rm: &Mapping, config: &Config, t: &mut Tally) -> Value {
    let errors = &config.error_responses;
    let schema_ref = format!("#/components/schemas/{}", errors.schema);
    let json_schema = rm
        .get("content")
        .and_then(|c| c.get("application/json"))
        .and_then(|c| c.get("schema"))
        .and_then(|c| c.get("$ref"))
        .and_then(Value::as_str);
    if errors.statuses.contains_key(status) && json_schema == Some(schema_ref.as_str()) {
        t.bump("error responses → shared components/responses");
        return error_ref(status);
    }
    let mut out = Mapping::new();
    if rm.contains_key("headers") {
        t.bump("CORS response headers dropped");
    }
    let no_content = config
        .no_content
        .iter()
        .any(|n| n.operation == key && n.status == status);
    for (k, v) in rm {
        match k.as_str() {
            Some("headers") => {}
            Some("content") if no_content => t.bump("responses without content (204)"),
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Mapping(order_keys(&out, &["description", "content"]))
}

fn operation_security(
    key: &str,
    op: &Mapping,
    op_ptr: &str,
    config: &Config,
    t: &mut Tally,
) -> Result<Option<Value>, String> {
    let sec = &config.security;
    if let Some(none) = sec.none.iter().find(|n| n.operation == key) {
        t.bump("operations without security (signUp)");
        t.note(&join(op_ptr, "security"), &none.reason);
        return Ok(Some(Value::Sequence(Vec::new())));
    }
    let sec_ptr = join(op_ptr, "security");
    let mut list: Vec<Value> = match op.get("security") {
        Some(v) => v
            .as_sequence()
            .ok_or_else(|| err(&sec_ptr, "not an array"))?
            .clone(),
        None => {
            t.warn(format!("{op_ptr}: `{key}` has no security; left without"));
            return Ok(None);
        }
    };
    if let Some(scopes) = sec.scopes.iter().find(|e| e.operation == key) {
        // The OAuth2 requirement with the documented scopes.
        let scheme = t.oauth2_scheme.clone();
        list.retain(|req| {
            req.as_mapping()
                .is_none_or(|m| !m.contains_key(scheme.as_str()))
        });
        let mut m = Mapping::new();
        m.insert(
            s(&scheme),
            Value::Sequence(scopes.scopes.iter().map(|x| s(x)).collect()),
        );
        list.insert(0, Value::Mapping(m));
        t.bump("OAuth2 scopes from the config");
        t.note(
            &join(op_ptr, "security"),
            format!("scopes {:?}: {}", scopes.scopes, scopes.reason),
        );
    }
    let mut out = Vec::with_capacity(list.len() + 1);
    for (i, req) in list.iter().enumerate() {
        let req_ptr = join(&sec_ptr, &i.to_string());
        let m = mapping(req, &req_ptr, "the security requirement")?;
        let mut renamed = Mapping::new();
        for (k, v) in m {
            let name = key_str(k, &req_ptr)?;
            match sec.rename.iter().find(|r| r.from == name) {
                Some(r) => {
                    renamed.insert(s(&r.to), v.clone());
                    t.bump("security schemes renamed");
                }
                None => {
                    renamed.insert(k.clone(), v.clone());
                }
            }
        }
        out.push(Value::Mapping(renamed));
    }
    if out.is_empty() {
        t.warn(format!(
            "{op_ptr}: `{key}` has an empty security list (no credentials); left so"
        ));
    } else {
        for scheme in sec.add_schemes.iter().filter(|a| a.on_every_operation) {
            let mut m = Mapping::new();
            m.insert(s(&scheme.name), Value::Sequence(Vec::new()));
            out.push(Value::Mapping(m));
            t.bump("api_key alternative added");
        }
    }
    Ok(Some(Value::Sequence(out)))
}

fn security_schemes(
    components: &Mapping,
    config: &Config,
    t: &mut Tally,
) -> Result<Mapping, String> {
    let mut out = Mapping::new();
    if let Some(schemes) = components.get("securitySchemes") {
        let schemes = mapping(schemes, "/components/securitySchemes", "`securitySchemes`")?;
        for (k, v) in schemes {
            let name = key_str(k, "/components/securitySchemes")?;
            match config.security.rename.iter().find(|r| r.from == name) {
                Some(r) => {
                    out.insert(s(&r.to), v.clone());
                    t.bump("security schemes renamed");
                }
                None => {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    for add in &config.security.add_schemes {
        if !out.contains_key(add.name.as_str()) {
            out.insert(s(&add.name), add.scheme.clone());
            t.bump("security schemes added (api_key)");
            t.note(
                &join("/components/securitySchemes", &add.name),
                format!("not in the export: {}", add.reason),
            );
        }
    }
    Ok(out)
}

fn error_responses(config: &Config) -> Mapping {
    let mut out = Mapping::new();
    for (status, description) in &config.error_responses.statuses {
        let mut schema = Mapping::new();
        schema.insert(
            s("$ref"),
            s(&format!(
                "#/components/schemas/{}",
                config.error_responses.schema
            )),
        );
        let mut media = Mapping::new();
        media.insert(s("schema"), Value::Mapping(schema));
        let mut content = Mapping::new();
        content.insert(s("application/json"), Value::Mapping(media));
        let mut r = Mapping::new();
        r.insert(s("description"), s(description));
        r.insert(s("content"), Value::Mapping(content));
        out.insert(s(&format!("Error{status}")), Value::Mapping(r));
    }
    out
}

fn order_keys(m: &Mapping, first: &[&str]) -> Mapping {
    let mut out = Mapping::new();
    for k in first {
        if let Some(v) = m.get(*k) {
            out.insert(s(k), v.clone());
        }
    }
    for (k, v) in m {
        if !out.contains_key(k) {
            out.insert(k.clone(), v.clone());
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Schemas

/// Every schema root of the document, as pointer segments.
fn schema_roots(doc: &Value) -> Vec<Vec<String>> {
    let mut roots = Vec::new();
    let seg = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    if let Some(schemas) =
        pointer::get(doc, &seg(&["components", "schemas"])).and_then(Value::as_mapping)
    {
        for k in schemas.keys().filter_map(Value::as_str) {
            roots.push(seg(&["components", "schemas", k]));
        }
    }
    let Some(paths) = doc.get("paths").and_then(Value::as_mapping) else {
        return roots;
    };
    for (path, item) in paths {
        let (Some(path), Some(item)) = (path.as_str(), item.as_mapping()) else {
            continue;
        };
        for (method, op) in item {
            let (Some(method), Some(op)) = (method.as_str(), op.as_mapping()) else {
                continue;
            };
            let base = seg(&["paths", path, method]);
            if let Some(params) = op.get("parameters").and_then(Value::as_sequence) {
                for (i, p) in params.iter().enumerate() {
                    if p.get("schema").is_some() {
                        let mut r = base.clone();
                        r.extend(seg(&["parameters", &i.to_string(), "schema"]));
                        roots.push(r);
                    }
                }
            }
            let mut content_roots = |prefix: Vec<String>, content: Option<&Value>| {
                if let Some(content) = content.and_then(Value::as_mapping) {
                    for (media, m) in content {
                        if let (Some(media), Some(_)) = (media.as_str(), m.get("schema")) {
                            let mut r = prefix.clone();
                            r.extend(seg(&["content", media, "schema"]));
                            roots.push(r);
                        }
                    }
                }
            };
            if let Some(body) = op.get("requestBody") {
                let mut prefix = base.clone();
                prefix.push("requestBody".into());
                content_roots(prefix, body.get("content"));
            }
            if let Some(responses) = op.get("responses").and_then(Value::as_mapping) {
                for (status, r) in responses {
                    if let Some(status) = status.as_str() {
                        let mut prefix = base.clone();
                        prefix.extend(seg(&["responses", status]));
                        content_roots(prefix, r.get("content"));
                    }
                }
            }
        }
    }
    roots
}

/// The child schemas of a schema, as (segments relative to it).
fn schema_children(v: &Value) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let Some(m) = v.as_mapping() else {
        return out;
    };
    for key in ["properties", "patternProperties", "x-patternProperties"] {
        if let Some(props) = m.get(key).and_then(Value::as_mapping) {
            for name in props.keys().filter_map(Value::as_str) {
                out.push(vec![key.to_string(), name.to_string()]);
            }
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if m.get(key).is_some_and(Value::is_mapping) {
            out.push(vec![key.to_string()]);
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(list) = m.get(key).and_then(Value::as_sequence) {
            for i in 0..list.len() {
                out.push(vec![key.to_string(), i.to_string()]);
            }
        }
    }
    out
}

/// Visit every schema node, children before parents.
fn visit_post(
    v: &mut Value,
    ptr: &str,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<(), String>,
) -> Result<(), String> {
    for rel in schema_children(v) {
        let child_ptr = rel.iter().fold(ptr.to_string(), |p, s| join(&p, s));
        if let Some(c) = pointer::get_mut(v, &rel) {
            visit_post(c, &child_ptr, f)?;
        }
    }
    f(v, ptr)
}

pub(crate) fn for_each_schema(
    doc: &mut Value,
    f: &mut dyn FnMut(&mut Value, &str) -> Result<(), String>,
) -> Result<(), String> {
    for root in schema_roots(doc) {
        let ptr = pointer::render(&root);
        if let Some(v) = pointer::get_mut(doc, &root) {
            visit_post(v, &ptr, f)?;
        }
    }
    Ok(())
}

fn is_null_schema(v: &Value) -> bool {
    match v.get("type") {
        Some(Value::String(t)) => t == "null",
        _ => false,
    }
}

/// A string schema with nothing but its type, a description and extensions.
fn is_plain_string(v: &Value) -> bool {
    let Some(m) = v.as_mapping() else {
        return false;
    };
    m.get("type").and_then(Value::as_str) == Some("string")
        && m.keys().all(|k| {
            k.as_str()
                .is_some_and(|k| k == "type" || k == "description" || k.starts_with("x-"))
        })
}

fn normalize_schemas(doc: &mut Value, config: &Config, t: &mut Tally) -> Result<(), String> {
    let keywords = &config.keywords;
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut notes: Vec<String> = Vec::new();
    for_each_schema(doc, &mut |v, ptr| {
        let Some(m) = v.as_mapping_mut() else {
            return Err(err(ptr, "a schema is not an object"));
        };
        // Keywords dropped (titles).
        for k in &keywords.drop {
            if m.remove(k.as_str()).is_some() {
                *counts.entry("keywords dropped (title)").or_default() += 1;
            }
        }
        // `type: [T, "null"]` → `type: T, nullable: true`.
        if let Some(Value::Sequence(types)) = m.get("type") {
            let non_null: Vec<Value> = types
                .iter()
                .filter(|t| t.as_str() != Some("null"))
                .cloned()
                .collect();
            if non_null.len() == 1 && types.len() == 2 {
                m.insert(s("type"), non_null[0].clone());
                m.insert(s("nullable"), Value::Bool(true));
                *counts.entry("null members → nullable").or_default() += 1;
            } else {
                return Err(err(
                    &join(ptr, "type"),
                    "a list of types other than [T, \"null\"] cannot be imported",
                ));
            }
        }
        for union in ["anyOf", "oneOf"] {
            let Some(members) = m.get(union) else {
                continue;
            };
            let list = members
                .as_sequence()
                .ok_or_else(|| err(&join(ptr, union), "not an array"))?
                .clone();
            let non_null: Vec<Value> = list
                .iter()
                .filter(|x| !is_null_schema(x))
                .cloned()
                .collect();
            let had_null = non_null.len() != list.len();
            if had_null {
                *counts.entry("null members → nullable").or_default() += 1;
            }
            let others_plain = m.keys().all(|k| {
                k.as_str().is_some_and(|k| {
                    k == union || k == "description" || k == "nullable" || k.starts_with("x-")
                })
            });
            if non_null.len() >= 2 && non_null.iter().all(is_plain_string) && others_plain {
                // The id unions: `anyOf` of two plain strings → one string.
                m.remove(union);
                m.insert(s("type"), s("string"));
                *counts
                    .entry("anyOf of plain strings → one string")
                    .or_default() += 1;
                notes.push(ptr.to_string());
            } else if non_null.len() == 1 && others_plain && had_null {
                m.remove(union);
                if let Some(only) = non_null[0].as_mapping() {
                    for (k, v) in only {
                        if !m.contains_key(k) {
                            m.insert(k.clone(), v.clone());
                        }
                    }
                }
            } else if non_null.is_empty() {
                m.remove(union);
            } else {
                m.insert(s(union), Value::Sequence(non_null));
            }
            if had_null {
                m.insert(s("nullable"), Value::Bool(true));
            }
        }
        // A map keyed by one name pattern: `patternProperties` with one entry
        // (and no other properties) → `additionalProperties`, the pattern kept
        // as `x-propertyNames`.
        let single_pattern = match m.get("patternProperties").and_then(Value::as_mapping) {
            Some(pp) if pp.len() == 1 => pp
                .iter()
                .next()
                .and_then(|(k, v)| Some((k.as_str()?.to_string(), v.clone()))),
            _ => None,
        };
        let no_properties = m
            .get("properties")
            .and_then(Value::as_mapping)
            .is_none_or(|p| p.is_empty());
        let closed = m
            .get("additionalProperties")
            .is_none_or(|a| *a == Value::Bool(false));
        if let (Some((pattern, value)), true, true) = (single_pattern, no_properties, closed) {
            m.remove("patternProperties");
            m.insert(s("additionalProperties"), value);
            let mut names = Mapping::new();
            names.insert(s("pattern"), s(&pattern));
            m.insert(s("x-propertyNames"), Value::Mapping(names));
            *counts
                .entry("patternProperties (one pattern) → additionalProperties map")
                .or_default() += 1;
        }
        // Constraint keywords → `x-` extensions.
        for k in &keywords.to_extension {
            if k == "additionalProperties" {
                if m.get("additionalProperties") == Some(&Value::Bool(false)) {
                    m.remove("additionalProperties");
                    m.insert(s("x-additionalProperties"), Value::Bool(false));
                    *counts
                        .entry("additionalProperties: false → x-additionalProperties")
                        .or_default() += 1;
                }
                continue;
            }
            if let Some(value) = m.remove(k.as_str()) {
                m.insert(s(&format!("x-{k}")), value);
                *counts
                    .entry("constraint keywords → x- extensions")
                    .or_default() += 1;
            }
        }
        Ok(())
    })?;
    for (rule, n) in counts {
        t.add(rule, n);
    }
    for ptr in notes {
        t.note(&ptr, STRING_UNION_NOTE);
    }
    Ok(())
}

const STRING_UNION_NOTE: &str = "export: anyOf of plain strings; one string here, since \
    progenitor's type for that anyOf cannot decode a JSON string";

/// A config entry's place in the document, or a warning when this export
/// has nothing there (the entry is then skipped: exports change).
fn resolve_or_warn<'a>(
    doc: &'a mut Value,
    at: &str,
    entry: &str,
    t: &mut Tally,
) -> Option<(&'a mut Value, String)> {
    match resolve(doc, at, entry) {
        Ok(found) => Some(found),
        Err(e) => {
            t.warn(format!("{CONFIG_NAME}: {e}; entry skipped"));
            None
        }
    }
}

fn resolve<'a>(
    doc: &'a mut Value,
    at: &str,
    entry: &str,
) -> Result<(&'a mut Value, String), String> {
    let path = pointer::canonical(doc, at).map_err(|e| format!("{entry}: {e}"))?;
    let rendered = pointer::render(&path);
    let v = pointer::get_mut(doc, &path).ok_or_else(|| format!("{entry}: nothing at {at}"))?;
    Ok((v, rendered))
}

fn fold_any_of(doc: &mut Value, config: &Config, t: &mut Tally) -> Result<(), String> {
    for entry in &config.fold_any_of {
        let Some((v, ptr)) = resolve_or_warn(doc, &entry.schema, "fold_any_of", t) else {
            continue;
        };
        let m = v
            .as_mapping_mut()
            .ok_or_else(|| err(&ptr, "not an object schema"))?;
        let Some(members) = m.remove("anyOf") else {
            t.warn(format!(
                "{CONFIG_NAME}: fold_any_of: {ptr} has no root `anyOf`; entry skipped"
            ));
            continue;
        };
        let members = members
            .as_sequence()
            .ok_or_else(|| err(&join(&ptr, "anyOf"), "not an array"))?;
        let mut values: Vec<Value> = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let e = member
                .get("properties")
                .and_then(|p| p.get(entry.property.as_str()))
                .and_then(|p| p.get("enum"))
                .and_then(Value::as_sequence)
                .ok_or_else(|| {
                    err(
                        &join(&join(&ptr, "anyOf"), &i.to_string()),
                        format!("no enum for `{}` to fold", entry.property),
                    )
                })?;
            for x in e {
                if !values.contains(x) {
                    values.push(x.clone());
                }
            }
        }
        let props = m
            .get_mut("properties")
            .and_then(Value::as_mapping_mut)
            .ok_or_else(|| err(&ptr, "fold_any_of: no `properties`"))?;
        let prop = props
            .get_mut(entry.property.as_str())
            .and_then(Value::as_mapping_mut)
            .ok_or_else(|| {
                err(
                    &ptr,
                    format!("fold_any_of: no property `{}`", entry.property),
                )
            })?;
        prop.insert(s("enum"), Value::Sequence(values));
        let required = m
            .entry(s("required"))
            .or_insert_with(|| Value::Sequence(Vec::new()));
        if let Some(list) = required.as_sequence_mut() {
            if !list.contains(&s(&entry.property)) {
                list.push(s(&entry.property));
            }
        }
        t.bump("root anyOf folded into one object (config)");
        t.note(&ptr, &entry.reason);
    }
    Ok(())
}

fn patch_properties(doc: &mut Value, config: &Config, t: &mut Tally) -> Result<(), String> {
    for entry in &config.remove_properties {
        let Some((parent, name)) = entry.at.rsplit_once('/') else {
            return Err(format!(
                "remove_properties: `{}` is not a pointer",
                entry.at
            ));
        };
        let Some((v, ptr)) = resolve_or_warn(doc, parent, "remove_properties", t) else {
            continue;
        };
        let removed = v
            .as_mapping_mut()
            .and_then(|m| m.remove(name.replace("~1", "/").replace("~0", "~").as_str()));
        if removed.is_none() {
            t.warn(format!(
                "{CONFIG_NAME}: remove_properties: nothing at {ptr}/{name}; entry skipped"
            ));
            continue;
        }
        // `parent` is the `properties` object; its schema lists required names.
        if let Some(schema_path) = parent.strip_suffix("/properties") {
            let (schema, _) = resolve(doc, schema_path, "remove_properties")?;
            if let Some(required) = schema.get_mut("required").and_then(Value::as_sequence_mut) {
                required.retain(|r| r.as_str() != Some(name));
            }
        }
        t.bump("properties removed (config)");
        t.note(
            &ptr,
            format!("`{name}` (in the export) left out: {}", entry.reason),
        );
    }
    for entry in &config.add_properties {
        let Some((v, ptr)) = resolve_or_warn(doc, &entry.schema, "add_properties", t) else {
            continue;
        };
        let m = v
            .as_mapping_mut()
            .ok_or_else(|| err(&ptr, "add_properties: not an object schema"))?;
        let props = m
            .entry(s("properties"))
            .or_insert_with(|| Value::Mapping(Mapping::new()));
        props
            .as_mapping_mut()
            .ok_or_else(|| err(&ptr, "add_properties: `properties` is not an object"))?
            .insert(s(&entry.name), entry.definition.clone());
        if entry.required {
            let required = m
                .entry(s("required"))
                .or_insert_with(|| Value::Sequence(Vec::new()));
            if let Some(list) = required.as_sequence_mut() {
                list.push(s(&entry.name));
            }
        }
        t.bump("properties added (config)");
        t.note(
            &join(&join(&ptr, "properties"), &entry.name),
            format!("not in the export: {}", entry.reason),
        );
    }
    Ok(())
}

/// The config's `nullable_properties`: the property gets `nullable: true`; a
/// `$ref` property becomes `allOf: [$ref]` beside it (OpenAPI 3.0 ignores
/// siblings of a `$ref`), which the generator types as an `Option`.
fn nullable_properties(doc: &mut Value, config: &Config, t: &mut Tally) -> Result<(), String> {
    for entry in &config.nullable_properties {
        let Some((v, ptr)) = resolve_or_warn(doc, &entry.schema, "nullable_properties", t) else {
            continue;
        };
        let Some(property) = v
            .get_mut("properties")
            .and_then(|p| p.get_mut(entry.name.as_str()))
            .and_then(Value::as_mapping_mut)
        else {
            t.warn(format!(
                "{CONFIG_NAME}: nullable_properties: no property `{}` in {ptr}; entry skipped",
                entry.name
            ));
            continue;
        };
        if let Some(target) = property.remove("$ref") {
            let mut reference = Mapping::new();
            reference.insert(s("$ref"), target);
            property.insert(s("allOf"), Value::Sequence(vec![Value::Mapping(reference)]));
        }
        property.insert(s("nullable"), Value::Bool(true));
        t.bump("properties made nullable (config)");
        t.note(
            &join(&join(&ptr, "properties"), &entry.name),
            format!("nullable (not in the export): {}", entry.reason),
        );
    }
    Ok(())
}

fn formats(doc: &mut Value, config: &Config, t: &mut Tally) -> Result<(), String> {
    for entry in &config.formats {
        let Some((v, ptr)) = resolve_or_warn(doc, &entry.at, "formats", t) else {
            continue;
        };
        let m = v
            .as_mapping_mut()
            .ok_or_else(|| err(&ptr, "formats: not a schema"))?;
        m.insert(s("format"), s(&entry.format));
        t.bump("format: byte / password (config table)");
        t.note(
            &ptr,
            format!(
                "`format: {}` (not in the export): {}",
                entry.format, entry.reason
            ),
        );
    }
    Ok(())
}

/// `anyOf` → `oneOf` at the configured places (exclusive alternatives that
/// are not all objects).
fn exclusive_unions(doc: &mut Value, config: &Config, t: &mut Tally) -> Result<(), String> {
    for entry in &config.one_of {
        let Some((v, ptr)) = resolve_or_warn(doc, &entry.at, "one_of", t) else {
            continue;
        };
        let m = v
            .as_mapping_mut()
            .ok_or_else(|| err(&ptr, "one_of: not a schema"))?;
        let Some(members) = m.remove("anyOf") else {
            t.warn(format!(
                "{CONFIG_NAME}: one_of: {ptr} has no anyOf; entry skipped"
            ));
            continue;
        };
        m.insert(s("oneOf"), members);
        t.bump("anyOf of exclusive alternatives → oneOf (config)");
        t.note(
            &ptr,
            format!("oneOf (the export says anyOf): {}", entry.reason),
        );
    }
    Ok(())
}

/// `v` without `x-` extension keys (at every level), for "the fields agree".
fn without_extensions(v: &Value) -> Value {
    match v {
        Value::Mapping(m) => Value::Mapping(
            m.iter()
                .filter(|(k, _)| !k.as_str().is_some_and(|k| k.starts_with("x-")))
                .map(|(k, v)| (k.clone(), without_extensions(v)))
                .collect(),
        ),
        Value::Sequence(xs) => Value::Sequence(xs.iter().map(without_extensions).collect()),
        other => other.clone(),
    }
}

fn schema_ref(name: &str) -> Value {
    let mut m = Mapping::new();
    m.insert(s("$ref"), s(&format!("#/components/schemas/{name}")));
    Value::Mapping(m)
}

/// Replace, outermost first, every schema below the roots (never a root of
/// `components/schemas` itself) for which `matches` holds.
fn replace_matching(
    doc: &mut Value,
    matches: &dyn Fn(&Value, &str) -> bool,
    replacement: &Value,
) -> usize {
    fn walk(
        v: &mut Value,
        ptr: &str,
        is_root: bool,
        matches: &dyn Fn(&Value, &str) -> bool,
        replacement: &Value,
    ) -> usize {
        if !is_root && matches(v, ptr) {
            *v = replacement.clone();
            return 1;
        }
        let mut n = 0;
        for rel in schema_children(v) {
            let child_ptr = rel.iter().fold(ptr.to_string(), |p, s| join(&p, s));
            if let Some(c) = pointer::get_mut(v, &rel) {
                n += walk(c, &child_ptr, false, matches, replacement);
            }
        }
        n
    }
    let mut n = 0;
    for root in schema_roots(doc) {
        let ptr = pointer::render(&root);
        let is_component = root.len() == 3 && root[0] == "components";
        if let Some(v) = pointer::get_mut(doc, &root) {
            n += walk(v, &ptr, is_component, matches, replacement);
        }
    }
    n
}

fn schemas_mut(doc: &mut Value) -> Result<&mut Mapping, String> {
    doc.get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(Value::as_mapping_mut)
        .ok_or_else(|| err("/components/schemas", "missing"))
}

fn shared_schemas(doc: &mut Value, config: &Config, t: &mut Tally) -> Result<(), String> {
    for entry in &config.shared_schemas {
        let what = format!("shared schema {}", entry.name);
        let Some((source, source_ptr)) = resolve_or_warn(doc, &entry.source, &what, t) else {
            continue;
        };
        if source_ptr.matches('/').count() <= 3 && source_ptr.starts_with("/components/") {
            t.warn(format!(
                "{CONFIG_NAME}: {what}: the source {source_ptr} is a component schema already; entry skipped"
            ));
            continue;
        }
        let definition = source.clone();
        let mut merged: BTreeSet<String> = BTreeSet::new();
        for m in &entry.merge {
            match pointer::canonical(doc, m) {
                Ok(path) => {
                    merged.insert(pointer::render(&path));
                }
                Err(e) => t.warn(format!("{CONFIG_NAME}: {what}: merge {e}; skipped")),
            }
        }
        if schemas_mut(doc)?.contains_key(entry.name.as_str()) {
            return Err(format!(
                "{what}: the export already has a schema of that name"
            ));
        }
        let mut only: BTreeSet<String> = BTreeSet::new();
        for m in &entry.only {
            match pointer::canonical(doc, m) {
                Ok(path) => {
                    only.insert(pointer::render(&path));
                }
                Err(e) => t.warn(format!("{CONFIG_NAME}: {what}: only {e}; skipped")),
            }
        }
        let key = without_extensions(&definition);
        let replacement = schema_ref(&entry.name);
        let restricted = !entry.only.is_empty();
        let n = replace_matching(
            doc,
            &|v, ptr| {
                merged.contains(ptr)
                    || only.contains(ptr)
                    || ((!restricted || ptr == source_ptr) && without_extensions(v) == key)
            },
            &replacement,
        );
        t.add("inline enums/objects → shared schemas (config)", n);
        schemas_mut(doc)?.insert(s(&entry.name), definition);
        t.note(
            &join("/components/schemas", &entry.name),
            format!("shared ({n} places in the export): {}", entry.reason),
        );
    }
    Ok(())
}

/// List items equal to a component schema (fields agree) become `$ref`s to it.
fn list_items(doc: &mut Value, t: &mut Tally) -> Result<(), String> {
    let components: Vec<(String, Value)> = schemas_mut(doc)?
        .iter()
        .filter_map(|(k, v)| {
            let has_props = v
                .get("properties")
                .and_then(Value::as_mapping)
                .is_some_and(|p| !p.is_empty());
            has_props.then(|| Some((k.as_str()?.to_string(), without_extensions(v))))?
        })
        .collect();
    let mut ambiguous = Vec::new();
    let mut total = 0;
    for (name, key) in &components {
        let replacement = schema_ref(name);
        let n = replace_matching(
            doc,
            &|v, ptr| {
                ptr.ends_with("/items") && v.get("$ref").is_none() && without_extensions(v) == *key
            },
            &replacement,
        );
        total += n;
        let twins: Vec<&String> = components
            .iter()
            .filter(|(other, k)| other != name && k == key)
            .map(|(other, _)| other)
            .collect();
        if n > 0 && !twins.is_empty() {
            ambiguous.push(format!("{name} (also equal to {twins:?})"));
        }
    }
    for a in ambiguous {
        t.warn(format!(
            "list items: several component schemas agree: {a}; the first was used"
        ));
    }
    t.add("list items → $ref to their item schema", total);
    Ok(())
}

fn order_schema_keys(doc: &mut Value) {
    let _ = for_each_schema(doc, &mut |v, _| {
        if let Some(m) = v.as_mapping() {
            *v = Value::Mapping(order_keys(m, SCHEMA_KEY_ORDER));
        }
        Ok(())
    });
}

#[cfg(test)]
mod tests {
    use super::derived_operation_id;

    #[test]
    fn derived_operation_ids_are_camel_case() {
        assert_eq!(
            derived_operation_id("get", "/roles/{roleId}"),
            "getRolesByRoleId"
        );
        assert_eq!(derived_operation_id("POST", "/a-b/c_d"), "postABCD");
        assert_eq!(derived_operation_id("get", "/"), "get");
    }
}
