//! The public surface of a generated file (operations and types) and how two
//! versions of it differ: the maintainer's input for CHANGELOG.md.

use std::collections::BTreeMap;
use std::fmt;

use quote::ToTokens;

/// Operation (client method) and type definitions, keyed by name, each with
/// its token text so a changed signature or field shows up as "changed".
struct Surface {
    operations: BTreeMap<String, String>,
    types: BTreeMap<String, String>,
}

fn surface(code: &str) -> Result<Surface, String> {
    let file = syn::parse_file(code).map_err(|e| format!("generated code does not parse: {e}"))?;
    let mut operations = BTreeMap::new();
    let mut types = BTreeMap::new();
    for item in &file.items {
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() && is_client(&imp.self_ty) => {
                for it in &imp.items {
                    if let syn::ImplItem::Fn(f) = it {
                        if matches!(f.vis, syn::Visibility::Public(_)) && f.sig.asyncness.is_some()
                        {
                            operations.insert(
                                f.sig.ident.to_string(),
                                f.sig.to_token_stream().to_string(),
                            );
                        }
                    }
                }
            }
            syn::Item::Mod(m) if m.ident == "types" => {
                for it in m.content.iter().flat_map(|c| &c.1) {
                    let name = match it {
                        syn::Item::Struct(s) => Some(s.ident.to_string()),
                        syn::Item::Enum(e) => Some(e.ident.to_string()),
                        syn::Item::Type(t) => Some(t.ident.to_string()),
                        syn::Item::Macro(m) => macro_type_name(&m.mac.tokens),
                        _ => None,
                    };
                    if let Some(name) = name {
                        types.insert(name, it.to_token_stream().to_string());
                    }
                }
            }
            _ => {}
        }
    }
    Ok(Surface { operations, types })
}

fn is_client(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.is_ident("Client"))
}

/// The type an `open_enum! { #[doc = ..] Name { .. } }` invocation defines.
fn macro_type_name(tokens: &proc_macro2::TokenStream) -> Option<String> {
    let mut iter = tokens.clone().into_iter();
    while let Some(tt) = iter.next() {
        match tt {
            proc_macro2::TokenTree::Punct(p) if p.as_char() == '#' => {
                iter.next(); // the [...] group of the attribute
            }
            proc_macro2::TokenTree::Ident(i) => return Some(i.to_string()),
            _ => {}
        }
    }
    None
}

#[derive(Default)]
struct Delta {
    added: Vec<String>,
    removed: Vec<String>,
    changed: Vec<String>,
}

fn delta(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> Delta {
    let mut d = Delta::default();
    for (name, text) in new {
        match old.get(name) {
            None => d.added.push(name.clone()),
            Some(t) if t != text => d.changed.push(name.clone()),
            Some(_) => {}
        }
    }
    d.removed = old
        .keys()
        .filter(|k| !new.contains_key(*k))
        .cloned()
        .collect();
    d
}

/// What changed between two generated files.
pub struct Report {
    operations: Delta,
    types: Delta,
}

impl Report {
    /// Report for a file generated for the first time: everything is added.
    pub fn new_file(code: &str) -> Result<Report, String> {
        compare("", code)
    }
}

/// Compare the surfaces of two generated files.
pub fn compare(old: &str, new: &str) -> Result<Report, String> {
    let old = if old.is_empty() {
        Surface {
            operations: BTreeMap::new(),
            types: BTreeMap::new(),
        }
    } else {
        surface(old)?
    };
    let new = surface(new)?;
    Ok(Report {
        operations: delta(&old.operations, &new.operations),
        types: delta(&old.types, &new.types),
    })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Surface of the generated file, by name:")?;
        for (what, d) in [("operations", &self.operations), ("types", &self.types)] {
            if d.added.is_empty() && d.removed.is_empty() && d.changed.is_empty() {
                writeln!(f, "  {what}: unchanged")?;
                continue;
            }
            // Names, not totals: the sets say what changed.
            writeln!(f, "  {what} (+ added, - removed, ~ changed):")?;
            for (sign, names) in [("+", &d.added), ("-", &d.removed), ("~", &d.changed)] {
                for n in names {
                    writeln!(f, "    {sign} {n}")?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::compare;

    const OLD: &str = "impl Client { pub async fn get_a(&self) {} pub async fn get_b(&self) {} }
        pub mod types { pub struct A { x: i64 } pub struct B; }";
    const NEW: &str = "impl Client { pub async fn get_a(&self, id: &str) {} pub async fn get_c(&self) {} }
        pub mod types { pub struct A { x: i64 } pub struct C; crate::m! { #[doc = \"d\"] E { X = \"x\" } } }";

    #[test]
    fn reports_added_removed_changed() {
        let text = compare(OLD, NEW).unwrap().to_string();
        assert!(
            text.contains("operations (+ added, - removed, ~ changed):"),
            "{text}"
        );
        assert!(text.contains("+ get_c") && text.contains("- get_b") && text.contains("~ get_a"));
        assert!(
            text.contains("types (+ added, - removed, ~ changed):"),
            "{text}"
        );
        assert!(text.contains("+ E") && text.contains("+ C") && text.contains("- B"));
    }
}
