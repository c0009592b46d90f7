//! Rust source of the SDK layer: async handlers and request types, their
//! blocking forwarders, and the manifest of operations.

use std::collections::BTreeMap;
use std::fmt::Write;

use heck::ToUpperCamelCase;

use super::model::{Body, Operation, ParamKind, Resource};

/// How a value reaches a request type: the argument it is given as, how the
/// argument becomes the stored value, and the stored type.
struct Input {
    arg: String,
    convert: String,
}

/// Setter or positional argument for a stored value of Rust type `ty`
/// (`Option` already stripped). `None`: a shape only a customization can
/// take.
fn input(name: &str, ty: &str) -> Option<Input> {
    let v = name;
    let (arg, convert) = match ty {
        "String" => ("impl Into<String>".to_string(), format!("{v}.into()")),
        "Vec<String>" => (
            "impl IntoIterator<Item = impl Into<String>>".to_string(),
            format!("{v}.into_iter().map(Into::into).collect()"),
        ),
        "BTreeMap<String,String>" => (
            "impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>".to_string(),
            format!("{v}.into_iter().map(|(k, v)| (k.into(), v.into())).collect()"),
        ),
        // Free-form metadata: any (key, JSON value) pairs, a `serde_json::Map` among them.
        "serde_json::Map<String,serde_json::Value>" => (
            "impl IntoIterator<Item = (impl Into<String>, serde_json::Value)>".to_string(),
            format!("{v}.into_iter().map(|(k, v)| (k.into(), v)).collect()"),
        ),
        // A password-format string: redacted in `Debug` from the moment it is set.
        "crate::SecretString" => (
            "impl Into<String>".to_string(),
            format!("las_api::SecretString::from({v}.into())"),
        ),
        t if t.contains("serde_json::") || t.contains("Secret") || t.contains("Base64") => {
            return None
        }
        t if t.starts_with("Vec<") => (
            format!("impl IntoIterator<Item = {}>", &t[4..t.len() - 1]),
            format!("{v}.into_iter().collect()"),
        ),
        t if t.starts_with("BTreeMap<String,") => (
            format!(
                "impl IntoIterator<Item = (impl Into<String>, {})>",
                &t["BTreeMap<String,".len()..t.len() - 1]
            ),
            format!("{v}.into_iter().map(|(k, v)| (k.into(), v)).collect()"),
        ),
        t if t.starts_with("BTreeMap<") => return None,
        t => (t.to_string(), v.to_string()),
    };
    Some(Input { arg, convert })
}

fn strip_option(ty: &str) -> (bool, &str) {
    match ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
        Some(inner) => (true, inner),
        None => (false, ty),
    }
}

/// A query parameter of the raw call as stored in a request type.
struct Query {
    name: String,
    /// Stored type.
    stored: String,
    /// Setter argument and the statement that stores it.
    arg: String,
    store: String,
    /// Expression (over `src.`) passed to the raw call.
    pass: String,
    repeat: bool,
}

fn query(name: &str, ty: &str) -> Result<Query, String> {
    let n = name;
    let q = |stored: &str, arg: &str, store: String, pass: String, repeat| Query {
        name: n.to_string(),
        stored: stored.to_string(),
        arg: arg.to_string(),
        store,
        pass,
        repeat,
    };
    Ok(match ty {
        "Option<&str>" => q(
            "Option<String>",
            "impl Into<String>",
            format!("self.{n} = Some({n}.into());"),
            format!("src.{n}.as_deref()"),
            false,
        ),
        "Option<&Vec<String>>" => q(
            "Vec<String>",
            "impl Into<String>",
            format!("self.{n}.push({n}.into());"),
            format!("(!src.{n}.is_empty()).then_some(&src.{n})"),
            true,
        ),
        t if t.starts_with("Option<&Vec<") => {
            let inner = &t["Option<&Vec<".len()..t.len() - 2];
            q(
                &format!("Vec<{inner}>"),
                inner,
                format!("self.{n}.push({n});"),
                format!("(!src.{n}.is_empty()).then_some(&src.{n})"),
                true,
            )
        }
        t if t.starts_with("Option<&") => {
            let inner = &t["Option<&".len()..t.len() - 1];
            q(
                &format!("Option<{inner}>"),
                inner,
                format!("self.{n} = Some({n});"),
                format!("src.{n}.as_ref()"),
                false,
            )
        }
        t if t.starts_with("Option<") => {
            let inner = &t["Option<".len()..t.len() - 1];
            q(
                t,
                inner,
                format!("self.{n} = Some({n});"),
                format!("src.{n}"),
                false,
            )
        }
        "&str" => q(
            "String",
            "impl Into<String>",
            format!("self.{n} = {n}.into();"),
            format!("&src.{n}"),
            false,
        ),
        t if t.starts_with('&') => {
            let inner = &t[1..];
            q(
                inner,
                inner,
                format!("self.{n} = {n};"),
                format!("&src.{n}"),
                false,
            )
        }
        t => q(t, t, format!("self.{n} = {n};"), format!("src.{n}"), false),
    })
}

/// Everything the emitters need of one plain operation.
struct Plan<'a> {
    op: &'a Operation,
    /// Path parameters (Rust names), in path-template order.
    path: Vec<String>,
    /// The one the handler holds.
    held: Option<String>,
    queries: Vec<Query>,
    /// Positional arguments after the path parameters: (name, arg type,
    /// init statement for the builder literal or post-init).
    positional: Vec<(String, String, String)>,
    /// Setters: (name, arg type, statement, doc).
    setters: Vec<(String, String, String, String)>,
    /// Body literal fields: (field, init expression).
    body_init: Vec<(String, String)>,
}

/// The body built with its `new` (required fields, in order) and then
/// assignments for the other fields that do not start empty.
fn body_expr(body: &Body, init: &[(String, String)]) -> String {
    let value = |f: &str| {
        init.iter()
            .find(|(n, _)| n == f)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| "Default::default()".into())
    };
    let args: Vec<String> = body.required.iter().map(|f| value(f)).collect();
    let new = format!("{}::new({})", body.ty, args.join(", "));
    let sets: Vec<String> = init
        .iter()
        .filter(|(f, v)| !body.required.contains(f) && v != "Default::default()")
        .map(|(f, v)| format!("body.{f} = {v};"))
        .collect();
    if sets.is_empty() {
        new
    } else {
        format!("{{ let mut body = {new}; {} body }}", sets.join(" "))
    }
}

fn plan<'a>(
    op: &'a Operation,
    resource: &Resource,
    warnings: &mut Vec<String>,
) -> Result<Plan<'a>, String> {
    let id = &op.id;
    let path: Vec<String> = op
        .params
        .iter()
        .filter(|p| p.kind == ParamKind::Path)
        .map(|p| p.name.clone())
        .collect();
    let held = resource.held.clone().filter(|h| path.first() == Some(h));
    let mut queries = Vec::new();
    for p in op.params.iter().filter(|p| p.kind == ParamKind::Query) {
        if op.paged && (p.name == "max_results" || p.name == "next_token") {
            continue;
        }
        queries.push(query(&p.name, &p.ty)?);
    }
    let mut args = op.args.clone();
    // Required values nobody placed: positional, in spec order (derived
    // operations only; a configured one must name them).
    let body_fields = op
        .body
        .as_ref()
        .map(|b| b.fields.clone())
        .unwrap_or_default();
    for (name, ty) in &body_fields {
        let (optional, inner) = strip_option(ty);
        let defaulted = inner.starts_with("Vec<")
            || inner.starts_with("BTreeMap<")
            || inner.starts_with("serde_json::Map<");
        if !optional && !defaulted && !args.contains(name) {
            if op.configured {
                return Err(format!(
                    "{id}: required body field `{name}` is not in its `args` in xtask/sdk.yaml"
                ));
            }
            warnings.push(format!(
                "{id}: required body field `{name}` taken positionally"
            ));
            args.push(name.clone());
        }
    }
    for q in &queries {
        if !q.stored.starts_with("Option<")
            && !q.stored.starts_with("Vec<")
            && !args.contains(&q.name)
        {
            if op.configured {
                return Err(format!(
                    "{id}: required query parameter `{}` is not in its `args` in xtask/sdk.yaml",
                    q.name
                ));
            }
            args.push(q.name.clone());
        }
    }
    let mut positional = Vec::new();
    let mut body_init = Vec::new();
    for a in &args {
        if let Some(q) = queries.iter().find(|q| &q.name == a) {
            positional.push((a.clone(), q.arg.clone(), q.store.clone()));
        } else if let Some((_, ty)) = body_fields.iter().find(|(n, _)| n == a) {
            let (optional, inner) = strip_option(ty);
            let i = input(a, inner).ok_or(format!(
                "{id}: `{a}` has type {ty}, which a generated argument cannot take; mark the operation `custom`"
            ))?;
            let value = if optional {
                format!("Some({})", i.convert)
            } else {
                i.convert
            };
            positional.push((a.clone(), i.arg, String::new()));
            body_init.push((a.clone(), value));
        } else {
            return Err(format!(
                "{id}: `args` names `{a}`, which is neither a body field nor a query parameter"
            ));
        }
    }
    for field in op.defaults.keys() {
        if !body_fields.iter().any(|(n, _)| n == field) {
            return Err(format!(
                "{id}: `defaults` names `{field}`, which is not a body field"
            ));
        }
    }
    let mut setters = Vec::new();
    for q in &queries {
        if args.contains(&q.name) {
            continue;
        }
        let doc = if q.repeat {
            format!(
                "Only those with this `{}` (repeat for several).",
                camel(&q.name)
            )
        } else {
            format!("The `{}` query parameter.", camel(&q.name))
        };
        setters.push((q.name.clone(), q.arg.clone(), q.store.clone(), doc));
    }
    for (name, ty) in &body_fields {
        if args.contains(name) {
            continue;
        }
        let (optional, inner) = strip_option(ty);
        let initial = match op.defaults.get(name) {
            Some(v) if optional => format!("Some({v})"),
            Some(v) => v.clone(),
            None => "Default::default()".into(),
        };
        body_init.push((name.clone(), initial));
        let i = input(name, inner).ok_or(format!(
            "{id}: body field `{name}` has type {ty}, which a generated setter cannot take; mark the operation `custom`"
        ))?;
        let value = if optional {
            format!("Some({})", i.convert)
        } else {
            i.convert
        };
        if setters.iter().any(|s| &s.0 == name) {
            return Err(format!(
                "{id}: `{name}` is both a query parameter and a body field"
            ));
        }
        setters.push((
            name.clone(),
            i.arg,
            format!("self.body.{name} = {value};"),
            format!("The `{}` of the request body.", camel(name)),
        ));
    }
    Ok(Plan {
        op,
        path,
        held,
        queries,
        positional,
        setters,
        body_init,
    })
}

fn camel(snake: &str) -> String {
    let c = snake.to_upper_camel_case();
    let mut chars = c.chars();
    match chars.next() {
        Some(f) => f.to_lowercase().chain(chars).collect(),
        None => c,
    }
}

fn op_ctor(http: &str) -> Result<&'static str, String> {
    Ok(match http {
        "GET" => "get",
        "POST" => "post",
        "PATCH" => "patch",
        "DELETE" => "delete",
        other => return Err(format!("HTTP method {other} has no `Op` constructor")),
    })
}

fn noun(item: &str) -> String {
    use heck::ToSnakeCase;
    item.trim_start_matches("types::")
        .to_snake_case()
        .replace('_', " ")
}

/// The handler method's parameter list (after `&self`) and the fields it
/// sets in the request literal.
fn handler_signature(p: &Plan) -> (String, Vec<String>) {
    let mut params = Vec::new();
    let mut inits = vec!["client: self.client.clone()".to_string()];
    // An operation sent as is takes its ids as `&str` (`get(id).await`),
    // one with setters as `impl Into<String>` (`update(id).name(..)`).
    let borrowed = direct(p);
    for name in &p.path {
        if Some(name) == p.held.as_ref() {
            inits.push(format!("{name}: self.{name}.clone()"));
        } else if borrowed {
            params.push(format!("{name}: &str"));
            inits.push(format!("{name}: {name}.to_string()"));
        } else {
            params.push(format!("{name}: impl Into<String>"));
            inits.push(format!("{name}: {name}.into()"));
        }
    }
    for (name, arg, _) in &p.positional {
        params.push(format!("{name}: {arg}"));
    }
    let params = params.iter().map(|p| format!(", {p}")).collect::<String>();
    (params, inits)
}

/// A placeholder id named for its parameter: `model_id` → `"las:model:abc"`.
fn example_id(param: &str) -> String {
    let kind = param.strip_suffix("_id").unwrap_or(param).replace('_', "-");
    format!("\"las:{kind}:abc\"")
}

/// A value for a positional argument of type `arg`, or `None` when there
/// is no obvious one (the method then has no example).
fn example_value(name: &str, arg: &str) -> Option<String> {
    Some(match arg {
        "impl Into<String>" if name.ends_with("_id") => example_id(name),
        "impl Into<String>" => format!("\"{}\"", name.replace('_', " ")),
        "impl IntoIterator<Item = impl Into<String>>" => {
            format!("[{}]", example_id(name.trim_end_matches('s')))
        }
        "i64" => "1".into(),
        "bool" => "true".into(),
        _ => return None,
    })
}

/// A `no_run` doc example calling the handler method of `p`.
fn example(resource: &Resource, p: &Plan) -> Option<String> {
    let op = p.op;
    let mut chain = match (&resource.parent, &resource.held) {
        (Some((parent, via)), Some(held)) => {
            format!("client.{parent}().{via}({})", example_id(held))
        }
        _ => format!("client.{}()", resource.module),
    };
    let mut args = Vec::new();
    for name in &p.path {
        if Some(name) != p.held.as_ref() {
            args.push(example_id(name));
        }
    }
    for (name, arg, _) in &p.positional {
        args.push(example_value(name, arg)?);
    }
    chain.push_str(&format!(".{}({})", op.method, args.join(", ")));
    let call = if op.paged {
        format!("{chain}.send().await?")
    } else {
        format!("{chain}.await?")
    };
    Some(format!(
        "```no_run\n# async fn run(client: las_client::Client) -> las_client::Result<()> {{\nlet response = {call};\n# let _ = response;\n# Ok(())\n# }}\n```"
    ))
}

/// `las-client/src/generated/<module>.rs`.
pub fn resource_file(
    resource: &Resource,
    resources: &[Resource],
    ops: &[&Operation],
    warnings: &mut Vec<String>,
) -> Result<String, String> {
    let mut s = String::new();
    let h = &resource.handler;
    let m = &resource.module;
    writeln!(
        s,
        "//! `{m}`: the handler and request types of its operations.\n"
    )
    .ok();
    writeln!(s, "#![allow(unused_imports)]\n").ok();
    writeln!(
        s,
        "use crate::call::Op;\nuse crate::types;\nuse crate::{{ids, Client, Result}};\n"
    )
    .ok();
    if !resource.on_client {
        writeln!(s, "#[doc = {:?}]", resource.doc).ok();
        writeln!(
            s,
            "#[derive(Clone, Debug)]\npub struct {h} {{\n    pub(crate) client: Client,"
        )
        .ok();
        if let Some(held) = &resource.held {
            writeln!(s, "    pub(crate) {held}: String,").ok();
        }
        writeln!(s, "}}\n").ok();
        match &resource.parent {
            None => {
                writeln!(s, "impl Client {{").ok();
                writeln!(s, "    #[doc = {:?}]", resource.doc).ok();
                writeln!(s, "    pub fn {m}(&self) -> {h} {{\n        {h} {{ client: self.clone() }}\n    }}\n}}\n").ok();
            }
            Some((parent, via)) => {
                let held = resource.held.as_deref().unwrap_or("id");
                let ph = resources
                    .iter()
                    .find(|r| &r.module == parent)
                    .map(|r| r.handler.clone())
                    .ok_or(format!("resource {m}: parent {parent} is not a resource"))?;
                writeln!(s, "impl super::{parent}::{ph} {{").ok();
                writeln!(s, "    #[doc = {:?}]", resource.doc).ok();
                writeln!(
                    s,
                    "    pub fn {via}(&self, {held}: impl Into<String>) -> {h} {{\n        {h} {{ client: self.client.clone(), {held}: {held}.into() }}\n    }}\n}}\n"
                )
                .ok();
                writeln!(s, "impl {h} {{\n    /// The `{held}` this handler works on.\n    pub fn {held}(&self) -> &str {{\n        &self.{held}\n    }}\n}}\n").ok();
            }
        }
    }
    for op in ops {
        if op.custom {
            use heck::ToSnakeCase;
            writeln!(s, "pub use crate::custom::{}::*;\n", op.id.to_snake_case()).ok();
            continue;
        }
        let p = plan(op, resource, warnings)?;
        let b = &op.builder;
        let (params, mut inits) = handler_signature(&p);
        for q in &p.queries {
            inits.push(format!("{}: Default::default()", q.name));
        }
        if let Some(body) = &op.body {
            inits.push(format!("body: {}", body_expr(body, &p.body_init)));
        }
        if op.paged {
            inits.push("max_results: None, next_token: None, limit: None".into());
        }
        // Handler method.
        writeln!(s, "impl {h} {{").ok();
        writeln!(
            s,
            "    #[doc = {:?}]",
            format!(
                "{} (`{} {}`).",
                op.summary.trim_end_matches('.'),
                op.http,
                op.path
            )
        )
        .ok();
        if let Some(example) = example(resource, &p) {
            writeln!(s, "    ///").ok();
            for line in example.lines() {
                writeln!(s, "    /// {line}").ok();
            }
        }
        writeln!(s, "    pub fn {}(&self{params}) -> {b} {{", op.method).ok();
        let post: Vec<&str> = p
            .positional
            .iter()
            .filter(|(_, _, st)| !st.is_empty())
            .map(|(_, _, st)| st.as_str())
            .collect();
        if post.is_empty() {
            writeln!(s, "        {b} {{ {} }}", inits.join(", ")).ok();
        } else {
            writeln!(
                s,
                "        let mut request = {b} {{ {} }};",
                inits.join(", ")
            )
            .ok();
            for st in post {
                writeln!(
                    s,
                    "        {{ let this = &mut request; {} }}",
                    st.replace("self.", "this.")
                )
                .ok();
            }
            writeln!(s, "        request").ok();
        }
        writeln!(s, "    }}\n}}\n").ok();
        // Request type.
        writeln!(
            s,
            "#[doc = {:?}]",
            format!(
                "`{} {}`. Created by [`{h}::{}`].",
                op.http, op.path, op.method
            )
        )
        .ok();
        writeln!(s, "#[derive(Clone, Debug)]\n#[must_use = \"a request does nothing until it is sent\"]\npub struct {b} {{").ok();
        writeln!(s, "    pub(crate) client: Client,").ok();
        for name in &p.path {
            writeln!(s, "    pub(crate) {name}: String,").ok();
        }
        for q in &p.queries {
            writeln!(s, "    pub(crate) {}: {},", q.name, q.stored).ok();
        }
        if let Some(body) = &op.body {
            writeln!(s, "    pub(crate) body: {},", body.ty).ok();
        }
        if op.paged {
            writeln!(s, "    pub(crate) max_results: Option<u64>,\n    pub(crate) next_token: Option<String>,\n    pub(crate) limit: Option<u64>,").ok();
        }
        writeln!(s, "}}\n").ok();
        writeln!(s, "impl {b} {{").ok();
        for (name, arg, store, doc) in &p.setters {
            writeln!(s, "    #[doc = {doc:?}]\n    pub fn {name}(mut self, {name}: {arg}) -> Self {{\n        {store}\n        self\n    }}").ok();
        }
        // The raw call, over `src` (the request) with locals `size`/`token`.
        let mut prep = String::new();
        let mut call_args = Vec::new();
        for param in &op.params {
            match param.kind {
                ParamKind::Path => {
                    writeln!(prep, "let {0} = ids::check({0:?}, &src.{0})?;", param.name).ok();
                    call_args.push(param.name.clone());
                }
                ParamKind::Body => {
                    writeln!(prep, "let body = &src.body;").ok();
                    call_args.push("body".into());
                }
                ParamKind::Query if op.paged && param.name == "max_results" => {
                    call_args.push("size".into())
                }
                ParamKind::Query if op.paged && param.name == "next_token" => {
                    call_args.push("token".into())
                }
                ParamKind::Query => {
                    let q = p
                        .queries
                        .iter()
                        .find(|q| q.name == param.name)
                        .ok_or("query")?;
                    writeln!(prep, "let {} = {};", q.name, q.pass).ok();
                    call_args.push(q.name.clone());
                }
            }
        }
        let ctor = op_ctor(&op.http)?;
        let call = format!(
            "src.client.call(Op::{ctor}({:?}), |api| async move {{ api.{}({}).await }}).await",
            op.snake,
            op.snake,
            call_args.join(", ")
        );
        if op.paged {
            writeln!(s, "}}\n").ok();
            let page = &op.output;
            let item = op
                .item
                .clone()
                .ok_or(format!("{}: the page type has no list of items", op.id))?;
            writeln!(
                s,
                "crate::resources::list_request!({b}: {page} => {item}, {:?});\n",
                noun(&item)
            )
            .ok();
            writeln!(s, "impl crate::paginate::FetchPage for {b} {{\n    type Page = {page};\n    const OPERATION: &'static str = {:?};\n", op.snake).ok();
            writeln!(s, "    fn fetch(&self, next_token: Option<String>, page_size: Option<u64>) -> crate::paginate::PageFuture<{page}> {{").ok();
            writeln!(s, "        let src = self.clone();\n        Box::pin(async move {{\n            let src = &src;\n            let size = crate::paginate::check_page_size(page_size)?;\n            let token = next_token.as_deref();").ok();
            writeln!(s, "{prep}            {call}\n        }})\n    }}\n}}\n").ok();
        } else {
            writeln!(s, "    /// Check the request, then send it.\n    pub async fn send(self) -> Result<{}> {{\n        let src = &self;", op.output).ok();
            if op.check {
                use heck::ToSnakeCase;
                writeln!(
                    s,
                    "        crate::custom::{}::check(src)?;",
                    op.id.to_snake_case()
                )
                .ok();
            }
            writeln!(s, "{prep}        {call}\n    }}\n}}\n").ok();
            writeln!(
                s,
                "crate::resources::request_future!({b} => {});\n",
                op.output
            )
            .ok();
        }
    }
    Ok(s)
}

/// Whether the blocking form of an operation returns the value directly
/// (no setters, not a list) or a request type with `send()`.
fn direct(p: &Plan) -> bool {
    p.setters.is_empty() && !p.op.paged
}

/// `las-client/src/generated/blocking.rs` (a child module of
/// `las_client::blocking`).
pub fn blocking_file(
    resources: &[Resource],
    ops: &[Operation],
    warnings: &mut Vec<String>,
) -> Result<String, String> {
    let mut s = String::new();
    writeln!(
        s,
        "//! The blocking forwarders of every generated handler and request type.\n"
    )
    .ok();
    writeln!(s, "#![allow(unused_imports)]\n\nuse super::{{Client, Items, Pages, Rt}};\nuse crate::types;\nuse crate::Result;\n").ok();
    writeln!(s).ok();
    for r in resources.iter().filter(|r| !r.on_client) {
        let h = &r.handler;
        let m = &r.module;
        let doc = format!(
            "{} Blocking form of [`las_client::{m}::{h}`](crate::{m}::{h}).",
            r.doc
        );
        writeln!(s, "#[doc = {doc:?}]\n#[derive(Clone, Debug)]\npub struct {h} {{\n    pub(crate) inner: crate::{m}::{h},\n    pub(crate) rt: Rt,\n}}\n").ok();
        match &r.parent {
            None => {
                writeln!(s, "impl Client {{\n    #[doc = {:?}]\n    pub fn {m}(&self) -> {h} {{\n        {h} {{ inner: self.inner.{m}(), rt: self.rt.clone() }}\n    }}\n}}\n", r.doc).ok();
            }
            Some((parent, via)) => {
                let held = r.held.as_deref().unwrap_or("id");
                let ph = resources
                    .iter()
                    .find(|x| &x.module == parent)
                    .map(|x| x.handler.clone())
                    .unwrap_or_default();
                writeln!(s, "impl {ph} {{\n    #[doc = {:?}]\n    pub fn {via}(&self, {held}: impl Into<String>) -> {h} {{\n        {h} {{ inner: self.inner.{via}({held}), rt: self.rt.clone() }}\n    }}\n}}\n", r.doc).ok();
                writeln!(s, "impl {h} {{\n    /// The `{held}` this handler works on.\n    pub fn {held}(&self) -> &str {{\n        self.inner.{held}()\n    }}\n}}\n").ok();
            }
        }
        for op in ops.iter().filter(|o| &o.resource == m && !o.custom) {
            let p = plan(op, r, warnings)?;
            let b = &op.builder;
            let (params, _) = handler_signature(&p);
            let names: Vec<String> = p
                .path
                .iter()
                .filter(|n| Some(*n) != p.held.as_ref())
                .chain(p.positional.iter().map(|(n, _, _)| n))
                .cloned()
                .collect();
            let fwd = format!("self.inner.{}({})", op.method, names.join(", "));
            let async_doc = format!(
                "Blocking form of [`{h}::{}`](crate::{m}::{h}::{}).",
                op.method, op.method
            );
            writeln!(s, "impl {h} {{").ok();
            writeln!(
                s,
                "    #[doc = {:?}]\n    #[doc = \"\"]\n    #[doc = {async_doc:?}]",
                format!(
                    "{} (`{} {}`).",
                    op.summary.trim_end_matches('.'),
                    op.http,
                    op.path
                )
            )
            .ok();
            if direct(&p) {
                writeln!(s, "    pub fn {}(&self{params}) -> Result<{}> {{\n        self.rt.run({fwd}.send())\n    }}\n}}\n", op.method, op.output).ok();
                continue;
            }
            writeln!(s, "    pub fn {}(&self{params}) -> {b} {{\n        {b} {{ inner: {fwd}, rt: self.rt.clone() }}\n    }}\n}}\n", op.method).ok();
            let bdoc = format!(
                "`{} {}`. Blocking form of [`las_client::{m}::{b}`](crate::{m}::{b}).",
                op.http, op.path
            );
            writeln!(s, "#[doc = {bdoc:?}]\n#[derive(Clone, Debug)]\n#[must_use = \"a request does nothing until it is sent\"]\npub struct {b} {{\n    pub(crate) inner: crate::{m}::{b},\n    pub(crate) rt: Rt,\n}}\n").ok();
            writeln!(s, "impl {b} {{").ok();
            let mut setters: Vec<(String, String, String)> = p
                .setters
                .iter()
                .map(|(n, a, _, d)| (n.clone(), a.clone(), d.clone()))
                .collect();
            if op.paged {
                setters.push((
                    "max_results".into(),
                    "u64".into(),
                    "Items per page (at least 1; `0` is refused before sending).".into(),
                ));
                setters.push((
                    "next_token".into(),
                    "impl Into<String>".into(),
                    "Start at the page this token names.".into(),
                ));
                setters.push((
                    "limit".into(),
                    "u64".into(),
                    "Stop `pages` and `items` after this many items in all.".into(),
                ));
            }
            for (name, arg, doc) in setters {
                writeln!(s, "    #[doc = {doc:?}]\n    pub fn {name}(mut self, {name}: {arg}) -> Self {{\n        self.inner = self.inner.{name}({name});\n        self\n    }}").ok();
            }
            let out = &op.output;
            if op.paged {
                let item = op.item.clone().unwrap_or_default();
                writeln!(s, "    /// One page; blocks until it arrives.\n    pub fn send(self) -> Result<{out}> {{\n        self.rt.run(self.inner.send())\n    }}").ok();
                writeln!(s, "    /// Every page, fetched as the iterator is advanced.\n    pub fn pages(self) -> Pages<{out}> {{\n        Pages {{ stream: Some(self.inner.pages()), rt: self.rt }}\n    }}").ok();
                writeln!(s, "    /// Every item across pages, fetched as the iterator is advanced.\n    pub fn items(self) -> Items<{item}> {{\n        Items {{ stream: Some(self.inner.items()), rt: self.rt }}\n    }}").ok();
            } else {
                writeln!(s, "    /// Send; blocks until done.\n    pub fn send(self) -> Result<{out}> {{\n        self.rt.run(self.inner.send())\n    }}").ok();
            }
            writeln!(s, "}}\n").ok();
        }
    }
    Ok(s)
}

/// `las-client/src/generated/manifest.rs`.
pub fn manifest_file(resources: &[Resource], ops: &[Operation]) -> String {
    let by_module: BTreeMap<&str, &Resource> =
        resources.iter().map(|r| (r.module.as_str(), r)).collect();
    let mut s = String::new();
    writeln!(
        s,
        "//! The operations of openapi.yaml and the SDK method of each.\n"
    )
    .ok();
    writeln!(
        s,
        "/// One operation of the API and where the SDK offers it."
    )
    .ok();
    writeln!(
        s,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq)]\n#[non_exhaustive]\npub struct Operation {{"
    )
    .ok();
    writeln!(
        s,
        "    /// The spec's operationId: `getModel`.\n    pub operation_id: &'static str,"
    )
    .ok();
    writeln!(s, "    /// HTTP method and path template: `GET /models/{{modelId}}`.\n    pub route: &'static str,").ok();
    writeln!(s, "    /// The method on `Client` (and on `blocking::Client`): `models().get`.\n    pub method: &'static str,").ok();
    writeln!(s, "    /// The type the method is on: `Models` (`Client` for methods of the client).\n    pub handler: &'static str,").ok();
    writeln!(s, "    /// The raw call of `las_api::Client`: `get_model`.\n    pub api_method: &'static str,").ok();
    writeln!(
        s,
        "    /// Customized by hand in `las-client/src/custom/`.\n    pub custom: bool,\n}}\n"
    )
    .ok();
    writeln!(
        s,
        "/// Every operation, in spec order.\npub const OPERATIONS: &[Operation] = &["
    )
    .ok();
    for op in ops {
        let mut chain = Vec::new();
        let mut module = Some(op.resource.as_str());
        while let Some(m) = module {
            let r = by_module.get(m);
            match r.and_then(|r| r.parent.as_ref()) {
                Some((parent, via)) => {
                    chain.push(format!("{via}(..)"));
                    module = Some(parent.as_str());
                }
                None => {
                    if !r.is_some_and(|r| r.on_client) {
                        chain.push(format!("{m}()"));
                    }
                    module = None;
                }
            }
        }
        chain.reverse();
        chain.push(op.method.clone());
        let handler = match by_module.get(op.resource.as_str()) {
            Some(r) if !r.on_client => r.handler.clone(),
            _ => "Client".to_string(),
        };
        writeln!(
            s,
            "    Operation {{ operation_id: {:?}, route: {:?}, method: {:?}, handler: {:?}, api_method: {:?}, custom: {} }},",
            op.id,
            format!("{} {}", op.http, op.path),
            chain.join("."),
            handler,
            op.snake,
            op.custom
        )
        .ok();
    }
    writeln!(s, "];").ok();
    s
}

/// `impl Page` for the response type of every paged list: where its
/// `nextToken` and its items are.
pub fn pages_file(ops: &[Operation]) -> Result<String, String> {
    let mut s = String::from(
        "//! Where each list's page keeps its items and its `nextToken`.\n\nuse crate::types;\n\n",
    );
    let mut done = std::collections::BTreeSet::new();
    for op in ops.iter().filter(|o| o.paged) {
        let (Some(field), Some(item)) = (&op.item_field, &op.item) else {
            return Err(format!("{}: the page type has no list of items", op.id));
        };
        let page = &op.output;
        if !done.insert(page.clone()) {
            continue;
        }
        writeln!(
            s,
            "impl crate::paginate::Page for {page} {{\n    type Item = {item};\n    fn next_token(&self) -> Option<&str> {{\n        self.next_token.as_deref()\n    }}\n    fn into_items(self) -> Vec<{item}> {{\n        self.{field}\n    }}\n    fn item_count(&self) -> usize {{\n        self.{field}.len()\n    }}\n}}\n"
        )
        .ok();
    }
    Ok(s)
}

/// A decoder for every response type of the operations (and the API's
/// error body), by name: what the fuzz targets feed hostile bytes to.
pub fn decoders_file(ops: &[Operation]) -> String {
    let mut names: std::collections::BTreeSet<&str> = ops
        .iter()
        .filter_map(|o| o.output.strip_prefix("types::"))
        .collect();
    names.insert("Error");
    let mut s = String::from(
        "//! Every response type of the API, by name, as a decoder of raw bytes.\n\nuse crate::types;\n\n/// `(type name, decode)` for each response type, in name order.\npub(crate) const RESPONSE_DECODERS: &[crate::fuzzing::ResponseDecoder] = &[\n",
    );
    for name in names {
        writeln!(
            s,
            "    ({name:?}, |bytes| {{\n        let _ = serde_json::from_slice::<types::{name}>(bytes);\n    }}),"
        )
        .ok();
    }
    s.push_str("];\n");
    s
}
