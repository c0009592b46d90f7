//! The enum part of the regeneration report: values added and removed per
//! enum type between two generated files, and every place in handwritten
//! code that names a variant of a changed enum (`path:line`), so a renamed
//! or removed value is found before users find it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// Enum types of a generated file: type → (wire value → variant).
pub type Enums = BTreeMap<String, BTreeMap<String, String>>;

/// The string enums of a generated file: `open_enum!` invocations and the
/// enums typify writes (`#[serde(rename = "…")]` gives the wire value).
pub fn enums(code: &str) -> Result<Enums, String> {
    let file = syn::parse_file(code).map_err(|e| format!("generated code does not parse: {e}"))?;
    let mut out = Enums::new();
    for item in &file.items {
        let syn::Item::Mod(m) = item else { continue };
        if m.ident != "types" {
            continue;
        }
        for it in m.content.iter().flat_map(|c| &c.1) {
            match it {
                syn::Item::Macro(mac) => {
                    if let Some((name, values)) = open_enum_values(&mac.mac.tokens) {
                        out.insert(name, values);
                    }
                }
                syn::Item::Enum(e) if e.variants.iter().all(|v| v.fields.is_empty()) => {
                    let values = e
                        .variants
                        .iter()
                        .map(|v| {
                            let wire =
                                serde_rename(&v.attrs).unwrap_or_else(|| v.ident.to_string());
                            (wire, v.ident.to_string())
                        })
                        .collect();
                    out.insert(e.ident.to_string(), values);
                }
                _ => {}
            }
        }
    }
    Ok(out)
}

/// `open_enum! { #[doc = ".."] Name { A = "a", B = "b" } }` → (Name, {a: A, b: B}).
fn open_enum_values(
    tokens: &proc_macro2::TokenStream,
) -> Option<(String, BTreeMap<String, String>)> {
    use proc_macro2::TokenTree;
    let mut iter = tokens.clone().into_iter();
    let mut name = None;
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                iter.next();
            }
            TokenTree::Ident(i) if name.is_none() => name = Some(i.to_string()),
            TokenTree::Group(g) if name.is_some() => {
                let mut values = BTreeMap::new();
                let mut variant: Option<String> = None;
                for t in g.stream() {
                    match t {
                        TokenTree::Ident(i) => variant = Some(i.to_string()),
                        TokenTree::Literal(l) => {
                            let lit: syn::LitStr = syn::parse_str(&l.to_string()).ok()?;
                            values.insert(lit.value(), variant.take()?);
                        }
                        _ => {}
                    }
                }
                return Some((name?, values));
            }
            _ => {}
        }
    }
    None
}

fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut rename = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                rename = Some(lit.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    rename
}

/// How one enum type changed.
#[derive(Debug, PartialEq)]
pub struct EnumChange {
    pub name: String,
    /// (wire value, variant)
    pub added: Vec<(String, String)>,
    pub removed: Vec<(String, String)>,
    /// The type is new or gone as a whole.
    pub whole: Option<&'static str>,
}

pub fn enum_changes(old: &Enums, new: &Enums) -> Vec<EnumChange> {
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let empty = BTreeMap::new();
    let mut out = Vec::new();
    for name in names {
        let (o, n) = (old.get(name), new.get(name));
        let whole = match (o, n) {
            (None, Some(_)) => Some("new type"),
            (Some(_), None) => Some("type removed"),
            _ => None,
        };
        let (o, n) = (o.unwrap_or(&empty), n.unwrap_or(&empty));
        let diff = |a: &BTreeMap<String, String>, b: &BTreeMap<String, String>| {
            a.iter()
                .filter(|(wire, _)| !b.contains_key(*wire))
                .map(|(w, v)| (w.clone(), v.clone()))
                .collect::<Vec<_>>()
        };
        let added = diff(n, o);
        let removed = diff(o, n);
        if !added.is_empty() || !removed.is_empty() {
            out.push(EnumChange {
                name: name.clone(),
                added,
                removed,
                whole,
            });
        }
    }
    out
}

/// A line of handwritten code that names a variant of a changed enum.
#[derive(Debug, PartialEq)]
pub struct Site {
    pub path: String,
    pub line: usize,
    /// `Type::Variant`
    pub variant: String,
    /// The variant's value is gone from the spec.
    pub removed: bool,
}

/// Directories of handwritten code, relative to the workspace root.
pub const HANDWRITTEN: &[&str] = &[
    "las-client/src",
    "las-client/tests",
    "las-client/examples",
    "las-api/src",
    "las-api/tests",
    "tests/src",
    "tests/tests",
    "examples",
];

/// Whether a file is generated (and so not handwritten).
fn is_generated(text: &str) -> bool {
    text.lines()
        .take(5)
        .any(|l| l.contains("generated — do not edit") || l.contains("@generated"))
}

/// Every `Type::Variant` of the changed types in `files` ((path, text)).
pub fn sites(changes: &[EnumChange], old: &Enums, files: &[(String, String)]) -> Vec<Site> {
    let mut out = Vec::new();
    for (path, text) in files {
        if is_generated(text) {
            continue;
        }
        for (i, line) in text.lines().enumerate() {
            for change in changes {
                let variants: Vec<(&String, bool)> = old
                    .get(&change.name)
                    .into_iter()
                    .flat_map(|vs| vs.iter())
                    .map(|(wire, variant)| (variant, change.removed.iter().any(|(w, _)| w == wire)))
                    .collect();
                for (variant, removed) in variants {
                    let needle = format!("{}::{variant}", change.name);
                    if contains_word(line, &needle) {
                        out.push(Site {
                            path: path.clone(),
                            line: i + 1,
                            variant: needle,
                            removed,
                        });
                    }
                }
            }
        }
    }
    out
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn contains_word(line: &str, needle: &str) -> bool {
    line.match_indices(needle).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + needle.len()..].chars().next();
        !before.is_some_and(is_ident_char) && !after.is_some_and(is_ident_char)
    })
}

/// The `.rs` files under the handwritten directories of `root`.
pub fn handwritten_files(root: &Path) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    for dir in HANDWRITTEN {
        walk(&root.join(dir), &mut paths);
    }
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let rel = p.strip_prefix(root).unwrap_or(&p).display().to_string();
            Some((rel, text))
        })
        .collect()
}

/// Enum changes and the handwritten places they touch.
pub struct EnumReport {
    pub changes: Vec<EnumChange>,
    pub sites: Vec<Site>,
}

impl EnumReport {
    pub fn new(old_code: &str, new_code: &str, files: &[(String, String)]) -> Result<Self, String> {
        let old = if old_code.is_empty() {
            Enums::new()
        } else {
            enums(old_code)?
        };
        let new = enums(new_code)?;
        let changes = enum_changes(&old, &new);
        let sites = sites(&changes, &old, files);
        Ok(EnumReport { changes, sites })
    }
}

impl fmt::Display for EnumReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() {
            return writeln!(f, "  enum values: unchanged");
        }
        writeln!(f, "  enum values:")?;
        for c in &self.changes {
            let whole = c.whole.map(|w| format!(" ({w})")).unwrap_or_default();
            writeln!(f, "    {}{whole}", c.name)?;
            for (wire, variant) in &c.added {
                writeln!(f, "      + {wire:?} ({variant})")?;
            }
            for (wire, variant) in &c.removed {
                writeln!(f, "      - {wire:?} ({variant})")?;
            }
        }
        if !self.sites.is_empty() {
            writeln!(f, "  handwritten code naming a changed enum:")?;
            for s in &self.sites {
                let note = if s.removed {
                    "value removed from the spec"
                } else {
                    "the enum gained or lost values: check this match"
                };
                writeln!(f, "    {}:{}: {} ({note})", s.path, s.line, s.variant)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
