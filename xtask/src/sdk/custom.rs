//! Blocking forwarders of the customized operations, read from their files
//! in `las-client/src/custom/`: each `pub fn` of the handler there, and each
//! request type it returns (its `pub fn` setters and `send`).

use std::fmt::Write;
use std::path::Path;

use quote::ToTokens;

/// The blocking module for one custom file: `(module name, code)`.
pub fn blocking_module(
    dir: &Path,
    file_stem: &str,
    handler: &str,
    async_module: &str,
) -> Result<String, String> {
    let path = dir.join(format!("{file_stem}.rs"));
    let text =
        std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let file: syn::File = syn::parse_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = String::new();
    writeln!(out, "#[allow(unused_imports)]\nmod {file_stem} {{").ok();
    // The custom file's imports, so that its signatures mean the same here;
    // its own handler type is the blocking one in this module.
    for item in &file.items {
        if let syn::Item::Use(u) = item {
            let text = u.to_token_stream().to_string();
            let imports_handler = text.ends_with(&format!(":: {handler} ;"));
            if !imports_handler {
                writeln!(out, "{text}").ok();
            }
        }
    }
    let target = if handler == "Client" {
        "crate::blocking::Client".to_string()
    } else {
        format!("crate::blocking::{handler}")
    };
    let structs: Vec<String> = file
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => {
                Some(s.ident.to_string())
            }
            _ => None,
        })
        .collect();
    let self_ty = |imp: &syn::ItemImpl| imp.self_ty.to_token_stream().to_string().replace(' ', "");
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let ty = self_ty(imp);
        let last = ty.rsplit("::").next().unwrap_or("").to_string();
        if last == handler {
            writeln!(out, "impl {target} {{").ok();
            for f in public_fns(imp) {
                let (sig, call) = forward(f);
                let name = &f.sig.ident;
                let doc = format!(
                    "{} Blocking form of [`{handler}::{name}`](crate::{async_module}::{handler}::{name}).",
                    first_doc_line(&f.attrs)
                );
                let ret = return_type(f);
                if f.sig.asyncness.is_some() {
                    writeln!(
                        out,
                        "#[doc = {doc:?}]\n{sig} {{ self.rt.run(self.inner.{call}) }}"
                    )
                    .ok();
                } else if structs.contains(&ret) {
                    writeln!(out, "#[doc = {doc:?}]\n{sig} {{ {ret} {{ inner: self.inner.{call}, rt: self.rt.clone() }} }}").ok();
                } else {
                    writeln!(out, "#[doc = {doc:?}]\n{sig} {{ self.inner.{call} }}").ok();
                }
            }
            writeln!(out, "}}").ok();
        } else if structs.contains(&last) {
            let doc = format!("Blocking form of [`{last}`](crate::{async_module}::{last}).");
            writeln!(out, "#[doc = {doc:?}]\n#[derive(Debug)]\n#[must_use = \"a request does nothing until it is sent\"]\npub struct {last} {{\n    pub(crate) inner: crate::{async_module}::{last},\n    pub(crate) rt: crate::blocking::Rt,\n}}").ok();
            writeln!(out, "impl {last} {{").ok();
            for f in public_fns(imp) {
                let (sig, call) = forward(f);
                let doc = first_doc_line(&f.attrs);
                if f.sig.ident == "send" {
                    let sig = sig.replace("async ", "").replace("(mut self)", "(self)");
                    writeln!(out, "#[doc = {doc:?}]\n#[doc = \"\"]\n#[doc = \"Blocks until done.\"]\n{sig} {{ self.rt.run(self.inner.send()) }}").ok();
                } else if f.sig.asyncness.is_none() && return_type(f) == "Self" {
                    writeln!(
                        out,
                        "#[doc = {doc:?}]\n{sig} {{ self.inner = self.inner.{call}; self }}"
                    )
                    .ok();
                }
            }
            writeln!(out, "}}").ok();
        }
    }
    writeln!(out, "}}\npub use {file_stem}::*;\n").ok();
    Ok(out)
}

fn public_fns(imp: &syn::ItemImpl) -> impl Iterator<Item = &syn::ImplItemFn> {
    imp.items.iter().filter_map(|i| match i {
        syn::ImplItem::Fn(f) if matches!(f.vis, syn::Visibility::Public(_)) => Some(f),
        _ => None,
    })
}

/// The blocking signature (sync, `mut self` kept for setters) and the call
/// forwarding every argument by name.
fn forward(f: &syn::ImplItemFn) -> (String, String) {
    let mut sig = f.sig.clone();
    sig.asyncness = None;
    if let syn::ReturnType::Type(_, ty) = &sig.output {
        let ret = ty.to_token_stream().to_string().replace(' ', "");
        if f.sig.asyncness.is_some() && !ret.starts_with("Result<") {
            sig.output = syn::parse_quote!(-> crate::Result<#ty>);
        }
    } else if f.sig.asyncness.is_some() {
        sig.output = syn::parse_quote!(-> crate::Result<()>);
    }
    let args: Vec<String> = f
        .sig
        .inputs
        .iter()
        .filter_map(|a| match a {
            syn::FnArg::Typed(pt) => match &*pt.pat {
                syn::Pat::Ident(i) => Some(i.ident.to_string()),
                _ => None,
            },
            syn::FnArg::Receiver(_) => None,
        })
        .collect();
    let sig = format!("pub {}", sig.to_token_stream());
    (sig, format!("{}({})", f.sig.ident, args.join(", ")))
}

fn return_type(f: &syn::ImplItemFn) -> String {
    match &f.sig.output {
        syn::ReturnType::Type(_, ty) => ty.to_token_stream().to_string().replace(' ', ""),
        syn::ReturnType::Default => "()".into(),
    }
}

/// The first paragraph of the doc comment, on one line.
fn first_doc_line(attrs: &[syn::Attribute]) -> String {
    let mut words = Vec::new();
    for attr in attrs {
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if nv.path.is_ident("doc") {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = &nv.value
                {
                    let line = s.value();
                    if line.trim().is_empty() {
                        break;
                    }
                    words.push(line.trim().to_string());
                }
            }
        }
    }
    words.join(" ")
}
