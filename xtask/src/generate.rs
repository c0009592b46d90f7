//! `cargo xtask generate [--check]`: openapi.yaml → las-api/src/generated.rs.
//!
//! Every generator setting lives here, so a reviewer sees in one place how the
//! spec becomes Rust (see las-api/README.md for why each was chosen).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;

use crate::{sdk, surface};

/// Whether `generate` writes the file or only compares it.
pub enum Mode {
    Write,
    Check,
}

pub const SPEC: &str = "openapi.yaml";
const OUTPUT: &str = "las-api/src/generated.rs";
const HEADER: &str = "\
// generated — do not edit.
// Source: openapi.yaml. Regenerate with `cargo xtask generate`; CI runs
// `cargo xtask generate --check` and fails when this file is stale.
";

pub fn run(mode: Mode) -> Result<ExitCode, String> {
    let root = workspace_root();
    let spec_path = root.join(SPEC);
    let out_path = root.join(OUTPUT);
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("reading {}: {e}", spec_path.display()))?;
    let mut spec: OpenAPI = crate::spec_prep::parse(&text, SPEC)?;
    let config = sdk_config(&root)?;
    sdk::name_variants(&mut spec, &config)?;
    let code = render(&spec)?;
    let sdk_files = sdk_files(&root, &spec, &config, &code)?;
    let mut stale = false;
    let old = std::fs::read_to_string(&out_path).ok();

    if old.as_deref() == Some(code.as_str()) {
        println!("{OUTPUT} is up to date with {SPEC}");
    } else {
        let report = match &old {
            Some(old) => surface::compare(old, &code)?,
            None => surface::Report::new_file(&code)?,
        };
        let enum_report = crate::report::EnumReport::new(
            old.as_deref().unwrap_or(""),
            &code,
            &crate::report::handwritten_files(&root),
        )?;
        match mode {
            Mode::Write => {
                std::fs::write(&out_path, &code)
                    .map_err(|e| format!("writing {}: {e}", out_path.display()))?;
                println!("wrote {OUTPUT}");
                print!("{report}{enum_report}");
            }
            Mode::Check => {
                stale = true;
                eprintln!("{OUTPUT} is stale: it differs from what {SPEC} generates.");
                eprint!("{report}{enum_report}");
                eprintln!(
                    "{}",
                    first_differences(old.as_deref().unwrap_or(""), &code, 40)
                );
            }
        }
    }
    stale |= sync_sdk_files(&root, &sdk_files, &mode)?;
    if stale {
        eprintln!("Run `cargo xtask generate` and commit the result.");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The SDK layer's files for `spec`, formatted.
fn sdk_files(
    root: &Path,
    spec: &OpenAPI,
    config: &sdk::Config,
    api_code: &str,
) -> Result<Vec<(String, String)>, String> {
    let (files, warnings) = sdk::render(spec, config, api_code, Some(&sdk::custom_dir(root)))?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    files
        .into_iter()
        .map(|(path, text)| {
            let formatted = rustfmt(&text).map_err(|e| format!("{path}: {e}"))?;
            Ok((path, formatted))
        })
        .collect()
}

/// `xtask/sdk.yaml`.
fn sdk_config(root: &Path) -> Result<sdk::Config, String> {
    let path = root.join(sdk::CONFIG);
    let text =
        std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    sdk::Config::parse(&text)
}

/// Write (or, with `--check`, compare) the SDK layer's files; removes
/// generated files no longer produced. Returns whether any was stale.
fn sync_sdk_files(root: &Path, files: &[(String, String)], mode: &Mode) -> Result<bool, String> {
    let mut stale = false;
    let dir = root.join(sdk::OUT_DIR);
    let mut existing: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    existing.sort();
    for path in existing {
        let rel = format!(
            "{}/{}",
            sdk::OUT_DIR,
            path.file_name().and_then(|n| n.to_str()).unwrap_or("")
        );
        if !files.iter().any(|(p, _)| *p == rel) {
            match mode {
                Mode::Write => {
                    std::fs::remove_file(&path).map_err(|e| format!("removing {rel}: {e}"))?;
                    println!("removed {rel}");
                }
                Mode::Check => {
                    stale = true;
                    eprintln!("{rel} is no longer generated");
                }
            }
        }
    }
    for (rel, text) in files {
        let path = root.join(rel);
        let old = std::fs::read_to_string(&path).ok();
        if old.as_deref() == Some(text.as_str()) {
            continue;
        }
        match mode {
            Mode::Write => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| format!("creating {}: {e}", parent.display()))?;
                }
                std::fs::write(&path, text).map_err(|e| format!("writing {rel}: {e}"))?;
                println!("wrote {rel}");
            }
            Mode::Check => {
                stale = true;
                eprintln!("{rel} is stale");
                eprintln!(
                    "{}",
                    first_differences(old.as_deref().unwrap_or(""), text, 20)
                );
            }
        }
    }
    if !stale {
        println!("{} is up to date", sdk::OUT_DIR);
    }
    Ok(stale)
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// Generate the complete file text for `spec`.
pub fn render(spec: &OpenAPI) -> Result<String, String> {
    let enums = string_enums(spec);
    let mut settings = GenerationSettings::new();
    settings
        // One call per operation with its parameters in order; las-client wraps
        // each call once, so builders here would only add code.
        .with_interface(InterfaceStyle::Positional)
        // Every operation on one `Client`; tags would only split names.
        .with_tag(TagStyle::Merged)
        // Auth, retries and tracing are supplied per request by las-client
        // through this context (see las-api/src/hooks.rs).
        .with_inner_type(quote!(crate::hooks::RequestContext))
        .with_hooks(HooksMode::Expected)
        // Contract tests compare each type's JSON Schema with openapi.yaml.
        .with_derive("schemars::JsonSchema")
        // Deterministic key order when maps are serialized.
        .with_map_type("::std::collections::BTreeMap");
    // Base64 content (`format: byte`) is held as raw bytes and encoded while
    // the body is written (las-api/src/base64_content.rs).
    settings.with_conversion(
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("byte".to_string()),
            ..Default::default()
        },
        "crate::Base64Content",
        std::iter::empty(),
    );
    // Secrets (`format: password`) get types whose Debug never shows them
    // (las-api/src/secret.rs).
    for (instance_type, rust_type) in [
        (
            schemars::schema::InstanceType::String,
            "crate::SecretString",
        ),
        (schemars::schema::InstanceType::Object, "crate::SecretMap"),
    ] {
        settings.with_conversion(
            schemars::schema::SchemaObject {
                instance_type: Some(instance_type.into()),
                format: Some("password".to_string()),
                ..Default::default()
            },
            rust_type,
            std::iter::empty(),
        );
    }
    // String enums become open enums (unknown values decode to `Unknown`),
    // defined below inside `types` by `open_enum!`.
    for (name, _) in &enums {
        settings.with_replacement(
            name,
            format!("crate::types::{name}"),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }

    let mut generator = Generator::new(&settings);
    // progenitor and typify panic on some specs; that is an error here.
    let tokens = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        generator.generate_tokens(spec)
    }))
    .map_err(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("progenitor cannot generate this spec: {message}")
    })?
    .map_err(|e| format!("progenitor: {e}"))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("progenitor output does not parse: {e}"))?;

    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
            _ => None,
        })
        .ok_or("progenitor output has no `types` module")?;
    for (name, values) in &enums {
        types.1.push(open_enum_item(name, values)?);
    }
    // Adding an optional field upstream must not break users: structs with
    // named fields are `#[non_exhaustive]` and built with `new(required…)`.
    seal_structs(&mut types.1)?;
    // One `#[doc]` per line: prettyplease prints a multi-line doc attribute
    // as a `/** */` block, which rustfmt indents, and rustdoc then reads the
    // indented lines as code examples.
    syn::visit_mut::VisitMut::visit_file_mut(&mut DocLines, &mut file);

    rustfmt(&format!("{HEADER}\n{}", prettyplease::unparse(&file)))
}

/// Marks every struct with named fields `#[non_exhaustive]` and adds
/// `pub fn new(…)` taking its required fields in spec order; optional
/// fields start as `None` and defaulted collections empty. Outside
/// `las-api` such a struct cannot be built by a struct literal, so a new
/// optional field is not a breaking change. Newtypes keep their shape
/// (they are built with `From`).
pub fn seal_structs(items: &mut Vec<syn::Item>) -> Result<(), String> {
    let mut out = Vec::with_capacity(items.len());
    for mut item in items.drain(..) {
        let syn::Item::Struct(s) = &mut item else {
            out.push(item);
            continue;
        };
        let syn::Fields::Named(fields) = &s.fields else {
            out.push(item);
            continue;
        };
        let mut params = Vec::new();
        let mut inits = Vec::new();
        for field in &fields.named {
            let ident = field.ident.as_ref().ok_or("named field without a name")?;
            if is_option(&field.ty) {
                inits.push(quote!(#ident: ::std::option::Option::None));
            } else if has_serde_default(&field.attrs) {
                inits.push(quote!(#ident: ::std::default::Default::default()));
            } else {
                let ty = &field.ty;
                params.push(quote!(#ident: #ty));
                inits.push(quote!(#ident));
            }
        }
        let name = &s.ident;
        let doc = format!(" `{name}` from its required fields; every optional field starts empty.");
        let constructor = syn::parse2::<syn::Item>(quote! {
            impl #name {
                #[doc = #doc]
                pub fn new(#(#params),*) -> Self {
                    Self { #(#inits),* }
                }
            }
        })
        .map_err(|e| format!("constructor for {name}: {e}"))?;
        if !s.attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
            s.attrs.push(syn::parse_quote!(#[non_exhaustive]));
        }
        out.push(item);
        out.push(constructor);
    }
    *items = out;
    Ok(())
}

fn is_option(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p)
        if p.path.segments.last().is_some_and(|s| s.ident == "Option"))
}

fn has_serde_default(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        let mut default = false;
        if attr.path().is_ident("serde") {
            let _ = attr.parse_nested_meta(|meta| {
                default |= meta.path.is_ident("default");
                if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
        }
        default
    })
}

/// Format with the toolchain's rustfmt (the `RUSTFMT` variable names another),
/// so the file passes `cargo fmt --check` like the rest of the workspace.
pub fn rustfmt(code: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let program = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into());
    let mut child = Command::new(&program)
        .args(["--edition", "2021", "--emit", "stdout"])
        .current_dir(workspace_root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("running {program}: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("rustfmt has no stdin")?;
    let input = code.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("running {program}: {e}"))?;
    writer
        .join()
        .map_err(|_| "writing to rustfmt panicked".to_string())?
        .map_err(|e| format!("writing to rustfmt: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt output is not UTF-8: {e}"))
}

/// Splits multi-line `#[doc = "…"]` attributes into one attribute per line.
struct DocLines;

impl syn::visit_mut::VisitMut for DocLines {
    fn visit_attributes_mut(&mut self, attrs: &mut Vec<syn::Attribute>) {
        let mut out = Vec::with_capacity(attrs.len());
        for attr in attrs.drain(..) {
            match doc_text(&attr) {
                Some(text) if text.contains('\n') => {
                    for line in text.lines() {
                        out.push(syn::parse_quote!(#[doc = #line]));
                    }
                }
                _ => out.push(attr),
            }
        }
        *attrs = out;
    }
}

fn doc_text(attr: &syn::Attribute) -> Option<String> {
    let syn::Meta::NameValue(nv) = &attr.meta else {
        return None;
    };
    if !nv.path.is_ident("doc") {
        return None;
    }
    match &nv.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// Component schemas that are plain string enums, in spec order.
fn string_enums(spec: &OpenAPI) -> Vec<(String, Vec<String>)> {
    let Some(components) = &spec.components else {
        return Vec::new();
    };
    components
        .schemas
        .iter()
        .filter_map(|(name, schema)| match schema {
            ReferenceOr::Item(s) => match &s.schema_kind {
                SchemaKind::Type(Type::String(t)) if !t.enumeration.is_empty() => Some((
                    name.clone(),
                    t.enumeration.iter().flatten().cloned().collect(),
                )),
                _ => None,
            },
            ReferenceOr::Reference { .. } => None,
        })
        .collect()
}

fn open_enum_item(name: &str, values: &[String]) -> Result<syn::Item, String> {
    let ident = syn::parse_str::<syn::Ident>(name).map_err(|_| {
        format!("/components/schemas/{name}: the schema name is not a Rust identifier")
    })?;
    let doc = format!(
        " `{name}` from openapi.yaml. Values this version does not know decode to `Unknown`."
    );
    let variants = crate::enum_names::variants(values)
        .into_iter()
        .map(|(variant, value)| {
            let variant = syn::parse_str::<syn::Ident>(&variant)
                .map_err(|e| format!("{name}: no identifier for the value {value:?}: {e}"))?;
            Ok(quote!(#variant = #value))
        })
        .collect::<Result<Vec<_>, String>>()?;
    syn::parse2(quote! {
        crate::open_enum::open_enum! {
            #[doc = #doc]
            #ident { #(#variants),* }
        }
    })
    .map_err(|e| format!("open_enum item for {name}: {e}"))
}

fn first_differences(old: &str, new: &str, max_lines: usize) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header("checked in", "generated")
        .to_string();
    let mut lines: Vec<&str> = text.lines().take(max_lines + 1).collect();
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        lines.push("… (diff truncated)");
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The named-field structs of the checked-in `types` module.
    fn generated_structs() -> (Vec<syn::ItemStruct>, Vec<String>) {
        let path = workspace_root().join(OUTPUT);
        let text = std::fs::read_to_string(&path).expect("las-api/src/generated.rs");
        let file: syn::File = syn::parse_str(&text).expect("generated.rs parses");
        let types = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
                _ => None,
            })
            .expect("a `types` module");
        let mut structs = Vec::new();
        let mut constructors = Vec::new();
        for item in &types.1 {
            match item {
                syn::Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_)) => {
                    structs.push(s.clone())
                }
                syn::Item::Impl(imp) if imp.trait_.is_none() => {
                    let has_new = imp
                        .items
                        .iter()
                        .any(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
                    if let (true, syn::Type::Path(p)) = (has_new, &*imp.self_ty) {
                        constructors.push(quote!(#p).to_string());
                    }
                }
                _ => {}
            }
        }
        (structs, constructors)
    }

    #[test]
    fn every_generated_struct_is_non_exhaustive_with_a_constructor() {
        let (structs, constructors) = generated_structs();
        assert!(!structs.is_empty(), "no structs found in generated.rs");
        let open: Vec<String> = structs
            .iter()
            .filter(|s| !s.attrs.iter().any(|a| a.path().is_ident("non_exhaustive")))
            .map(|s| s.ident.to_string())
            .collect();
        assert!(
            open.is_empty(),
            "structs without #[non_exhaustive]: {open:?}"
        );
        let unbuildable: Vec<String> = structs
            .iter()
            .map(|s| s.ident.to_string())
            .filter(|name| !constructors.contains(name))
            .collect();
        assert!(
            unbuildable.is_empty(),
            "structs without `new`: {unbuildable:?}"
        );
    }

    #[test]
    fn constructor_takes_required_fields_in_order_and_empties_the_rest() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            pub struct Thing {
                pub note: ::std::option::Option<String>,
                pub id: String,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub tags: ::std::vec::Vec<String>,
                pub size: i64,
            }
        }];
        seal_structs(&mut items).unwrap();
        let file: syn::File = syn::parse2(quote!(#(#items)*)).unwrap();
        let text = prettyplease::unparse(&file);
        let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            squashed.contains("#[non_exhaustive] pub struct Thing"),
            "{text}"
        );
        assert!(
            squashed.contains("pub fn new(id: String, size: i64) -> Self"),
            "{text}"
        );
        assert!(
            squashed.contains("note: ::std::option::Option::None"),
            "{text}"
        );
        assert!(
            squashed.contains("tags: ::std::default::Default::default()"),
            "{text}"
        );
    }

    #[test]
    fn newtypes_keep_their_shape() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            pub struct Empty(pub ::serde_json::Map<String, ::serde_json::Value>);
        }];
        seal_structs(&mut items).unwrap();
        assert_eq!(items.len(), 1);
        let syn::Item::Struct(s) = &items[0] else {
            panic!("not a struct")
        };
        assert!(s.attrs.is_empty());
    }
}
