use serde_yaml_ng::Value;

use super::*;

fn root() -> PathBuf {
    crate::generate::workspace_root()
}

fn spec() -> Value {
    let text = std::fs::read_to_string(root().join("openapi.yaml")).expect("read openapi.yaml");
    serde_yaml_ng::from_str(&text).expect("openapi.yaml parses")
}

fn generate(doc: &Value) -> Result<String, String> {
    let text = serde_yaml_ng::to_string(doc).map_err(|e| e.to_string())?;
    let spec = crate::spec_prep::parse(&text, "a copy of openapi.yaml")?;
    crate::generate::render(&spec)
}

fn schemas(doc: &mut Value) -> &mut serde_yaml_ng::Mapping {
    doc.get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(Value::as_mapping_mut)
        .expect("components/schemas")
}

fn yaml(text: &str) -> Value {
    serde_yaml_ng::from_str(text).expect("test YAML parses")
}

#[test]
fn enum_values_without_letters_generate() {
    let mut doc = spec();
    // A component enum (an open enum of las-api) and an inline one (typify's).
    schemas(&mut doc).insert(
        Value::String("Wildcard".into()),
        yaml(r#"{type: string, enum: ['*', '', 'a-b', 'a_b', 'unknown']}"#),
    );
    schemas(&mut doc).insert(
        Value::String("Holder".into()),
        yaml(r#"{type: object, properties: {scope: {type: string, enum: ['*', '', all]}}}"#),
    );
    let code = generate(&doc).expect("the spec generates");
    let found = enums(&code).expect("parses");
    let wildcard: Vec<(&str, &str)> = found["Wildcard"]
        .iter()
        .map(|(wire, variant)| (wire.as_str(), variant.as_str()))
        .collect();
    assert_eq!(
        wildcard,
        [
            ("", "Empty"),
            ("*", "Star"),
            ("a-b", "AB"),
            ("a_b", "AB2"),
            ("unknown", "UnknownValue")
        ]
    );
    let holder = found
        .get("HolderScope")
        .expect("the inline enum becomes the open enum HolderScope");
    assert_eq!(
        holder.keys().map(String::as_str).collect::<Vec<_>>(),
        ["", "*", "all"],
        "serde keeps the wire values"
    );
}

#[test]
fn a_schema_name_that_is_no_identifier_is_an_error_naming_it() {
    let mut doc = spec();
    schemas(&mut doc).insert(
        Value::String("not-an-ident".into()),
        yaml("{type: string, enum: [a]}"),
    );
    let e = generate(&doc).expect_err("no Rust name");
    assert!(e.contains("/components/schemas/not-an-ident"), "{e}");
}

#[test]
fn the_report_names_enum_changes_and_the_handwritten_code_they_touch() {
    let mut old_doc = spec();
    schemas(&mut old_doc).insert(
        Value::String("DataBundleStatus".into()),
        yaml("{type: string, enum: [processing, ready, failed]}"),
    );
    let mut new_doc = old_doc.clone();
    // Upstream renamed a data bundle's `ready` to `succeeded`.
    schemas(&mut new_doc).insert(
        Value::String("DataBundleStatus".into()),
        yaml("{type: string, enum: [processing, succeeded, failed]}"),
    );
    let old = generate(&old_doc).expect("old generates");
    let new = generate(&new_doc).expect("new generates");
    let report = EnumReport::new(&old, &new, &handwritten_files(&root())).expect("report");
    let change = report
        .changes
        .iter()
        .find(|c| c.name == "DataBundleStatus")
        .expect("DataBundleStatus changed");
    assert_eq!(
        change.added,
        [("succeeded".to_string(), "Succeeded".to_string())]
    );
    assert_eq!(change.removed, [("ready".to_string(), "Ready".to_string())]);
    assert_eq!(report.changes.len(), 1, "only DataBundleStatus changed");
    let waiter = report
        .sites
        .iter()
        .find(|s| s.path == "las-client/src/waiters.rs")
        .expect("the data-bundle waiter matches DataBundleStatus::Ready");
    assert!(waiter.removed);
    assert_eq!(waiter.variant, "DataBundleStatus::Ready");
    let text = report.to_string();
    assert!(text.contains("- \"ready\" (Ready)"), "{text}");
    assert!(text.contains("+ \"succeeded\" (Succeeded)"), "{text}");
    assert!(
        text.contains(&format!(
            "las-client/src/waiters.rs:{}: DataBundleStatus::Ready",
            waiter.line
        )),
        "{text}"
    );
}

#[test]
fn sites_skip_generated_files_and_match_whole_names() {
    let old: Enums = [(
        "Color".to_string(),
        [
            ("red".to_string(), "Red".to_string()),
            ("blue".to_string(), "Blue".to_string()),
        ]
        .into_iter()
        .collect(),
    )]
    .into_iter()
    .collect();
    let new: Enums = [(
        "Color".to_string(),
        [("blue".to_string(), "Blue".to_string())]
            .into_iter()
            .collect(),
    )]
    .into_iter()
    .collect();
    let changes = enum_changes(&old, &new);
    let files = vec![
        (
            "a.rs".to_string(),
            "x\nColor::Red => 1,\nColor::Blue\nMyColor::Red\nColor::Reddish".to_string(),
        ),
        (
            "g.rs".to_string(),
            "// generated — do not edit.\nColor::Red".to_string(),
        ),
    ];
    let found = sites(&changes, &old, &files);
    let lines: Vec<(usize, bool)> = found.iter().map(|s| (s.line, s.removed)).collect();
    assert_eq!(lines, [(2, true), (3, false)]);
}

#[test]
fn a_spec_openapiv3_refuses_is_an_error_with_its_line() {
    let text = std::fs::read_to_string(root().join("openapi.yaml")).expect("read openapi.yaml");
    let broken = text.replacen("required: true", "required: maybe", 1);
    let Err(e) = crate::spec_prep::parse(&broken, "openapi.yaml") else {
        panic!("a non-boolean `required` parsed");
    };
    assert!(e.contains("line"), "{e}");
}
