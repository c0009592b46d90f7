//! What the SDK layer needs to know of each operation: from openapi.yaml
//! (paths, parameters, summaries) and from the generated las-api code (the
//! Rust name and type of every argument of the raw call).

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use openapiv3::{OpenAPI, Parameter, ReferenceOr};

use super::config::{Config, OperationConfig, ResourceConfig};

/// One operation, resolved.
#[derive(Debug, Clone)]
pub struct Operation {
    /// As in the spec: `getModel`.
    pub id: String,
    /// The las-api method and the `Op` name: `get_model`.
    pub snake: String,
    /// `GET`, `POST`, …
    pub http: String,
    /// `/models/{modelId}`.
    pub path: String,
    pub summary: String,
    pub resource: String,
    pub method: String,
    pub builder: String,
    pub custom: bool,
    /// `send` calls the hand-written `check` of the operation first.
    pub check: bool,
    /// Initial body values (Rust expressions) by field.
    pub defaults: BTreeMap<String, String>,
    /// Whether the entry came from xtask/sdk.yaml (else derived).
    pub configured: bool,
    /// Body fields a custom file sets other than by a method named for
    /// them (field → method or argument).
    pub fields: BTreeMap<String, String>,
    /// The raw call's parameters, in las-api order.
    pub params: Vec<Param>,
    /// Positional values after the path parameters (Rust names).
    pub args: Vec<String>,
    /// The response type (`types::Model`, `()`).
    pub output: String,
    /// The body type and its fields, when the operation has a JSON body.
    pub body: Option<Body>,
    /// A list with `nextToken`: paged through the pagination engine.
    pub paged: bool,
    /// The list's item type, when `paged`.
    pub item: Option<String>,
    /// The page's field that holds the items, when `paged`.
    pub item_field: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    /// Type as las-api takes it, normalized (`Option<&str>`, `&types::X`).
    pub ty: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParamKind {
    Path,
    Query,
    Body,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub ty: String,
    /// Fields in declaration order: Rust name and normalized type.
    pub fields: Vec<(String, String)>,
    /// The fields its `new` takes, in order.
    pub required: Vec<String>,
}

/// One resource handler, resolved.
#[derive(Debug, Clone)]
pub struct Resource {
    pub module: String,
    pub handler: String,
    pub doc: String,
    /// (parent module, accessor on the parent handler)
    pub parent: Option<(String, String)>,
    /// The path parameter the handler holds (from its parent).
    pub held: Option<String>,
    /// No handler type: custom methods of `Client`.
    pub on_client: bool,
}

/// The las-api client's methods and types, read from its generated code.
pub struct Api {
    methods: BTreeMap<String, (Vec<(String, String)>, String)>,
    structs: BTreeMap<String, Vec<(String, String)>>,
    /// Parameter names of each struct's `new`, in order.
    constructors: BTreeMap<String, Vec<String>>,
}

impl Api {
    pub fn parse(code: &str) -> Result<Api, String> {
        let file: syn::File =
            syn::parse_str(code).map_err(|e| format!("las-api code does not parse: {e}"))?;
        let mut methods = BTreeMap::new();
        let mut structs = BTreeMap::new();
        let mut constructors = BTreeMap::new();
        for item in &file.items {
            match item {
                syn::Item::Impl(imp)
                    if imp.trait_.is_none() && type_text(&imp.self_ty) == "Client" =>
                {
                    for it in &imp.items {
                        let syn::ImplItem::Fn(f) = it else { continue };
                        if f.sig.asyncness.is_none() {
                            continue;
                        }
                        let mut params = Vec::new();
                        for input in &f.sig.inputs {
                            if let syn::FnArg::Typed(pt) = input {
                                let syn::Pat::Ident(name) = &*pt.pat else {
                                    continue;
                                };
                                params.push((name.ident.to_string(), type_text(&pt.ty)));
                            }
                        }
                        let output = match &f.sig.output {
                            syn::ReturnType::Type(_, ty) => response_type(&type_text(ty)),
                            syn::ReturnType::Default => "()".into(),
                        };
                        methods.insert(f.sig.ident.to_string(), (params, output));
                    }
                }
                syn::Item::Mod(m) if m.ident == "types" => {
                    for it in m.content.as_ref().map(|c| &c.1[..]).unwrap_or(&[]) {
                        if let syn::Item::Impl(imp) = it {
                            if imp.trait_.is_none() {
                                for f in &imp.items {
                                    let syn::ImplItem::Fn(f) = f else { continue };
                                    if f.sig.ident != "new" {
                                        continue;
                                    }
                                    let params = f
                                        .sig
                                        .inputs
                                        .iter()
                                        .filter_map(|input| match input {
                                            syn::FnArg::Typed(pt) => match &*pt.pat {
                                                syn::Pat::Ident(n) => Some(
                                                    n.ident
                                                        .to_string()
                                                        .trim_start_matches("r#")
                                                        .to_string(),
                                                ),
                                                _ => None,
                                            },
                                            syn::FnArg::Receiver(_) => None,
                                        })
                                        .collect::<Vec<_>>();
                                    constructors.insert(type_text(&imp.self_ty), params);
                                }
                            }
                        }
                        if let syn::Item::Struct(s) = it {
                            if let syn::Fields::Named(named) = &s.fields {
                                let fields = named
                                    .named
                                    .iter()
                                    .map(|f| {
                                        let name = f
                                            .ident
                                            .as_ref()
                                            .map(|i| i.to_string())
                                            .unwrap_or_default();
                                        (
                                            name.trim_start_matches("r#").to_string(),
                                            in_types(&type_text(&f.ty)),
                                        )
                                    })
                                    .collect();
                                structs.insert(s.ident.to_string(), fields);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(Api {
            methods,
            structs,
            constructors,
        })
    }
}

/// `Result<ResponseValue<types::X>, Error<types::Error>>` → `types::X`.
fn response_type(ret: &str) -> String {
    let Some(start) = ret.find("ResponseValue<") else {
        return "()".into();
    };
    let rest = &ret[start + "ResponseValue<".len()..];
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '<' => depth += 1,
            '>' if depth == 0 => return rest[..i].to_string(),
            '>' => depth -= 1,
            _ => {}
        }
    }
    "()".into()
}

/// A type as text with std paths shortened: `Option<&'a str>`.
pub fn type_text(ty: &syn::Type) -> String {
    let text = quote::quote!(#ty).to_string();
    text.replace(" ", "")
        .replace("::std::option::", "")
        .replace("::std::string::", "")
        .replace("::std::vec::", "")
        .replace("::std::collections::", "")
        .replace("::std::num::", "std::num::")
        .replace("::serde_json::", "serde_json::")
        .replace("::chrono::", "las_api::chrono::")
        .replace("crate::types::", "types::")
        .replace("&'a", "&")
}

/// Inside las-api's `types` module a type is named bare (`PreprocessConfig`);
/// outside it is `types::PreprocessConfig`.
fn in_types(ty: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            let first = word.chars().next().unwrap_or('a');
            let known = [
                "Option",
                "String",
                "Vec",
                "BTreeMap",
                "HashMap",
                "Map",
                "Value",
                "NonZeroU64",
            ];
            let qualified = out.ends_with("::");
            if first.is_ascii_uppercase() && !known.contains(&word.as_str()) && !qualified {
                out.push_str("types::");
            }
            out.push_str(word);
            word.clear();
        }
    };
    for c in ty.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Resolve every operation of `spec` against `config` and the las-api code.
pub fn resolve(
    spec: &OpenAPI,
    config: &Config,
    api: &Api,
    warnings: &mut Vec<String>,
) -> Result<(Vec<Resource>, Vec<Operation>), String> {
    let mut ops = Vec::new();
    for (path, item) in spec.paths.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            return Err(format!("paths.{path}: a $ref path item is not supported"));
        };
        for (http, op) in item.iter() {
            let Some(id) = op.operation_id.clone() else {
                return Err(format!("paths.{path}.{http}: no operationId"));
            };
            let snake = id.to_snake_case();
            let Some((raw_params, output)) = api.methods.get(&snake) else {
                return Err(format!("{id}: las-api has no method `{snake}`"));
            };
            let mut kinds = BTreeMap::new();
            for p in item.parameters.iter().chain(op.parameters.iter()) {
                let ReferenceOr::Item(p) = p else {
                    return Err(format!("{id}: $ref parameters are not supported"));
                };
                let (data, kind) = match p {
                    Parameter::Path { parameter_data, .. } => (parameter_data, ParamKind::Path),
                    Parameter::Query { parameter_data, .. } => (parameter_data, ParamKind::Query),
                    _ => continue,
                };
                kinds.insert(data.name.to_snake_case(), kind);
            }
            let params: Vec<Param> = raw_params
                .iter()
                .map(|(name, ty)| Param {
                    kind: if name == "body" {
                        ParamKind::Body
                    } else {
                        kinds.get(name).cloned().unwrap_or(ParamKind::Query)
                    },
                    name: name.clone(),
                    ty: ty.clone(),
                })
                .collect();
            let body = match params.iter().find(|p| p.kind == ParamKind::Body) {
                Some(p) => {
                    let ty = p.ty.trim_start_matches('&').to_string();
                    let name = ty.trim_start_matches("types::");
                    let fields = api.structs.get(name).cloned();
                    Some(Body {
                        ty: ty.clone(),
                        fields: fields.unwrap_or_default(),
                        required: api.constructors.get(name).cloned().unwrap_or_default(),
                    })
                }
                None => None,
            };
            let paged = params.iter().any(|p| p.name == "next_token")
                && params.iter().any(|p| p.name == "max_results");
            let (item_field, item_ty) = match paged.then(|| page_item(api, output)).flatten() {
                Some((field, item)) => (Some(field), Some(item)),
                None => (None, None),
            };
            let (entry, configured) = match config.operations.get(&id) {
                Some(e) => (e.clone(), true),
                None => {
                    warnings.push(format!(
                        "{id}: not in xtask/sdk.yaml; names derived from the spec"
                    ));
                    (OperationConfig::default(), false)
                }
            };
            let resource = entry
                .resource
                .clone()
                .unwrap_or_else(|| derive_resource(path));
            let method = entry
                .method
                .clone()
                .unwrap_or_else(|| derive_method(&id, &resource));
            ops.push(Operation {
                snake: snake.clone(),
                http: http.to_uppercase(),
                path: path.clone(),
                summary: op.summary.clone().unwrap_or_else(|| id.clone()),
                builder: entry
                    .builder
                    .clone()
                    .unwrap_or_else(|| id.to_upper_camel_case()),
                custom: entry.custom,
                check: entry.check,
                defaults: defaults(&id, &entry)?,
                configured,
                fields: entry.fields.clone(),
                params,
                args: entry.args.clone(),
                output: output.clone(),
                body,
                paged,
                item: item_ty,
                item_field,
                resource,
                method,
                id,
            });
        }
    }
    for id in config.operations.keys() {
        if !ops.iter().any(|o| &o.id == id) {
            warnings.push(format!(
                "xtask/sdk.yaml names {id}, which openapi.yaml does not have"
            ));
        }
    }
    // Resources: configured ones, and any an operation names.
    let mut resources: BTreeMap<String, ResourceConfig> = config.resources.clone();
    for op in &ops {
        resources.entry(op.resource.clone()).or_default();
    }
    let mut out = Vec::new();
    for (module, rc) in &resources {
        let parent = match (&rc.parent, &rc.via) {
            (Some(p), Some(v)) => Some((p.clone(), v.clone())),
            (None, None) => None,
            _ => return Err(format!("resource {module}: `parent` and `via` go together")),
        };
        // The held parameter: the first path parameter of its operations.
        let held = if parent.is_some() {
            let first = ops
                .iter()
                .filter(|o| &o.resource == module)
                .find_map(|o| o.params.iter().find(|p| p.kind == ParamKind::Path))
                .map(|p| p.name.clone());
            Some(first.ok_or(format!(
                "resource {module}: nested but its operations have no path parameter"
            ))?)
        } else {
            None
        };
        out.push(Resource {
            module: module.clone(),
            handler: rc
                .handler
                .clone()
                .unwrap_or_else(|| module.to_upper_camel_case()),
            doc: rc
                .doc
                .clone()
                .unwrap_or_else(|| format!("{}.", module.replace('_', " ").to_upper_camel_case())),
            parent,
            held,
            on_client: rc.on_client,
        });
    }
    Ok((out, ops))
}

/// The `defaults` of an entry as Rust literals.
fn defaults(id: &str, entry: &OperationConfig) -> Result<BTreeMap<String, String>, String> {
    use serde_yaml_ng::Value;
    entry
        .defaults
        .iter()
        .map(|(field, value)| {
            let literal = match value {
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => n.to_string(),
                Value::String(s) => format!("{s:?}.to_string()"),
                other => {
                    return Err(format!(
                        "{id}: default of `{field}` must be a scalar, not {other:?}"
                    ))
                }
            };
            Ok((field.clone(), literal))
        })
        .collect()
}

/// The item type of a page type: the field that is a `Vec` of a type.
/// The field of a page that holds its items, and the item type.
fn page_item(api: &Api, page: &str) -> Option<(String, String)> {
    let name = page.trim_start_matches("types::");
    let fields = api.structs.get(name)?;
    let items = |(field, ty): &(String, String)| {
        ty.strip_prefix("Vec<")
            .and_then(|t| t.strip_suffix('>'))
            .map(|item| (field.clone(), item.to_string()))
    };
    // The field named for the page (`documents` of `Documents`), else the
    // first list.
    let named = name.to_snake_case();
    fields
        .iter()
        .filter(|(field, _)| *field == named)
        .find_map(items)
        .or_else(|| fields.iter().find_map(items))
}

/// `/roles/{roleId}` → `roles`; `/a/{id}/subThings` → `sub_things`.
fn derive_resource(path: &str) -> String {
    path.split('/')
        .rfind(|s| !s.is_empty() && !s.starts_with('{'))
        .unwrap_or("root")
        .to_snake_case()
}

/// `listRoles` on `roles` → `list`; `getRole` → `get`; otherwise the
/// operationId in snake_case.
fn derive_method(id: &str, resource: &str) -> String {
    let snake = id.to_snake_case();
    let Some((verb, rest)) = snake.split_once('_') else {
        return snake;
    };
    let singular = resource.strip_suffix('s').unwrap_or(resource);
    if rest == resource || rest == singular {
        verb.to_string()
    } else {
        snake
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_names() {
        assert_eq!(derive_resource("/roles/{roleId}"), "roles");
        assert_eq!(
            derive_resource("/models/{modelId}/dataBundles"),
            "data_bundles"
        );
        assert_eq!(derive_method("listRoles", "roles"), "list");
        assert_eq!(derive_method("getRole", "roles"), "get");
        assert_eq!(derive_method("sendHeartbeat", "heartbeats"), "send");
        assert_eq!(
            derive_method("executeTransition", "executions"),
            "execute_transition"
        );
    }

    #[test]
    fn types_are_qualified_outside_their_module() {
        assert_eq!(
            in_types("Option<PreprocessConfig>"),
            "Option<types::PreprocessConfig>"
        );
        assert_eq!(in_types("Vec<String>"), "Vec<String>");
        assert_eq!(
            in_types("Option<types::ImageQuality>"),
            "Option<types::ImageQuality>"
        );
        assert_eq!(
            in_types("BTreeMap<String,FieldConfigEntry>"),
            "BTreeMap<String,types::FieldConfigEntry>"
        );
    }

    #[test]
    fn response_types() {
        assert_eq!(
            response_type("Result<ResponseValue<types::Model>,Error<types::Error>>"),
            "types::Model"
        );
        assert_eq!(
            response_type("Result<ResponseValue<()>,Error<types::Error>>"),
            "()"
        );
    }
}
