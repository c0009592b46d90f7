use std::path::PathBuf;

use proptest::prelude::*;
use serde_yaml_ng::Value;

use super::{differences, import_text, import_with_retired, Config, Earlier, CONFIG};

fn root() -> PathBuf {
    crate::generate::workspace_root()
}

/// The config of the 2021-11 export (the round trip and the rule tests).
fn config() -> Config {
    read_config(CONFIG_2021)
}

/// The config of the live API (the 2024-11 export).
fn live_config() -> Config {
    read_config(CONFIG)
}

const CONFIG_2021: &str = "openapi.import-2021.yaml";

fn read_config(name: &str) -> Config {
    let text = std::fs::read_to_string(root().join(name)).expect("read the import config");
    Config::parse(&text).expect("the checked-in config parses")
}

/// The vendor exports live beside the repository (`../shared/upstream`), or
/// in `$LAS_UPSTREAM_DIR`.
fn upstream(name: &str) -> Option<String> {
    let dir = std::env::var_os("LAS_UPSTREAM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/upstream"));
    std::fs::read_to_string(dir.join(name)).ok()
}

/// Extension keys (the export's constraints) and the OAuth2 scope texts are
/// not part of what the hand-written spec said.
fn normalized(mut doc: Value) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Mapping(m) => {
                m.retain(|k, _| !k.as_str().is_some_and(|k| k.starts_with("x-")));
                for (_, v) in m.iter_mut() {
                    strip(v);
                }
            }
            Value::Sequence(xs) => xs.iter_mut().for_each(strip),
            _ => {}
        }
    }
    crate::spec_prep::strip_schema_extensions(&mut doc);
    if let Some(flows) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
        .and_then(Value::as_mapping_mut)
    {
        for (_, scheme) in flows.iter_mut() {
            if let Some(scopes) = scheme
                .get_mut("flows")
                .and_then(|f| f.get_mut("clientCredentials"))
                .and_then(|c| c.get_mut("scopes"))
                .and_then(Value::as_mapping_mut)
            {
                for (_, text) in scopes.iter_mut() {
                    *text = Value::String(String::new());
                }
            }
        }
    }
    strip(&mut doc);
    doc
}

const EXPORT_2021: &str = "lucidtech-oas-2021-11-04.json";

/// Where the import differs from the hand-written spec on purpose: (pointer,
/// reason). Every difference under a listed pointer is allowed; a listed
/// pointer without a difference fails.
const CHANGED_SINCE_THE_HANDWRITTEN_SPEC: &[(&str, &str)] = &[
    (
        "/components/schemas/Workflow/properties/completedConfig",
        "nullable (config nullable_properties): the API answers null for a workflow without one",
    ),
    (
        "/components/schemas/Workflow/properties/errorConfig",
        "nullable (config nullable_properties): the API answers null for a workflow without one",
    ),
];

#[test]
fn importing_the_2021_export_reproduces_the_hand_written_spec() {
    let Some(export) = upstream(EXPORT_2021) else {
        eprintln!("{EXPORT_2021} not found beside the repository; round trip not checked");
        return;
    };
    let out = import_text(&export, &config(), EXPORT_2021).expect("the 2021 export imports");
    let fixture =
        std::fs::read_to_string(root().join("xtask/tests/fixtures/openapi-2021-handwritten.yaml"))
            .expect("read the hand-written spec");
    let handwritten: Value = serde_yaml_ng::from_str(&fixture).expect("fixture parses");
    let diffs = differences(&normalized(handwritten), &normalized(out.doc.clone()));
    let under =
        |pointer: &str, place: &str| pointer == place || pointer.starts_with(&format!("{place}/"));
    for (place, reason) in CHANGED_SINCE_THE_HANDWRITTEN_SPEC {
        assert!(
            diffs.iter().any(|(p, _)| under(p, place)),
            "{place} is listed as changed ({reason}) but agrees with the hand-written spec"
        );
    }
    let diffs: Vec<_> = diffs
        .into_iter()
        .filter(|(p, _)| {
            !CHANGED_SINCE_THE_HANDWRITTEN_SPEC
                .iter()
                .any(|(place, _)| under(p, place))
        })
        .collect();
    let listing: Vec<String> = diffs.iter().map(|(p, w)| format!("{p}: {w}")).collect();
    assert!(
        diffs.is_empty(),
        "the import differs from the hand-written spec (first: hand-written, second: import):\n{}",
        listing.join("\n")
    );
    // Every operation of the export has its name in the table.
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
}

const FIXTURE_2021: &str = "xtask/tests/fixtures/openapi-2021.yaml";

#[test]
fn the_2021_import_is_its_expected_output() {
    let Some(export) = upstream(EXPORT_2021) else {
        eprintln!("{EXPORT_2021} not found beside the repository; not checked");
        return;
    };
    let out = import_text(&export, &config(), EXPORT_2021).expect("the 2021 export imports");
    let expected = std::fs::read_to_string(root().join(FIXTURE_2021)).expect("read the fixture");
    assert!(
        expected == out.text,
        "{FIXTURE_2021} is stale: run `cargo xtask import ../shared/upstream/{EXPORT_2021} \
         --config {CONFIG_2021} --out {FIXTURE_2021}`"
    );
}

const EXPORT_2024: &str = "lucidtech-oas-2024-11-29.json";

/// The live import: the 2024 export with the 2021 surface it dropped.
fn live_import() -> Option<super::Output> {
    let export = upstream(EXPORT_2024)?;
    let earlier = upstream(EXPORT_2021)?;
    let config = live_config();
    let retired = config
        .retired
        .as_ref()
        .expect("the live config keeps the retired surface");
    assert_eq!(retired.export, EXPORT_2021);
    let earlier_config = read_config(&retired.config);
    Some(
        import_with_retired(
            &export,
            &config,
            EXPORT_2024,
            Some(Earlier {
                export_json: &earlier,
                config: &earlier_config,
                source: EXPORT_2021,
            }),
        )
        .expect("the 2024 export imports"),
    )
}

#[test]
fn the_checked_in_spec_is_the_live_import() {
    let Some(out) = live_import() else {
        eprintln!("the exports are not beside the repository; not checked");
        return;
    };
    let current = std::fs::read_to_string(root().join("openapi.yaml")).expect("read openapi.yaml");
    assert!(
        current == out.text,
        "openapi.yaml is stale: run `cargo xtask import ../shared/upstream/{EXPORT_2024}`"
    );
}

#[test]
fn every_operation_of_the_2024_export_is_named_and_nothing_is_warned() {
    let Some(out) = live_import() else {
        eprintln!("the exports are not beside the repository; not checked");
        return;
    };
    assert!(out.warnings.is_empty(), "{:#?}", out.warnings);
    for (name, n) in &out.counts {
        assert!(
            !name.contains("derived"),
            "{n} operations got derived names"
        );
    }
}

fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_mapping().expect("paths") {
        for (method, op) in item.as_mapping().expect("path item") {
            out.push((
                path.as_str().unwrap().to_string(),
                method.as_str().unwrap().to_string(),
                op.clone(),
            ));
        }
    }
    out
}

/// Everything of the 2021 import is in the live import; what the 2024 export
/// dropped is deprecated with the date and never required.
#[test]
fn the_retired_2021_surface_is_kept_deprecated_with_its_date() {
    let (Some(out), Some(export_2021)) = (live_import(), upstream(EXPORT_2021)) else {
        eprintln!("the exports are not beside the repository; not checked");
        return;
    };
    let old = import_text(&export_2021, &config(), EXPORT_2021)
        .expect("the 2021 export imports")
        .doc;
    let live = &out.doc;
    let date = &live_config().retired.expect("retired section").date;
    let export_2024: serde_json::Value =
        serde_json::from_str(&upstream(EXPORT_2024).unwrap()).unwrap();

    for (path, method, old_op) in operations(&old) {
        let op = &live["paths"][path.as_str()][method.as_str()];
        assert!(op.is_mapping(), "{method} {path} lost");
        assert_eq!(op["operationId"], old_op["operationId"], "{method} {path}");
        let in_2024 = export_2024["paths"][&path][&method].is_object();
        assert_eq!(
            op["deprecated"].as_bool() == Some(true),
            !in_2024,
            "{method} {path}: deprecated exactly when the 2024 export dropped it"
        );
        if !in_2024 {
            let description = op["description"].as_str().unwrap_or("");
            assert!(
                description.contains(date.as_str()),
                "{method} {path}: {description}"
            );
        }
        for p in old_op["parameters"].as_sequence().into_iter().flatten() {
            let kept = op["parameters"]
                .as_sequence()
                .into_iter()
                .flatten()
                .any(|q| q["name"] == p["name"] && q["in"] == p["in"]);
            assert!(kept, "{method} {path}: parameter {:?} lost", p["name"]);
        }
    }
    assert_eq!(
        live["paths"]["/signup"]["post"]["deprecated"].as_bool(),
        Some(true)
    );
    let api_key = &live["components"]["securitySchemes"]["api_key"];
    assert_eq!(api_key["x-deprecated"].as_bool(), Some(true));
    assert!(api_key["description"]
        .as_str()
        .unwrap()
        .contains(date.as_str()));

    let schemas = &live["components"]["schemas"];
    for (name, old_schema) in old["components"]["schemas"].as_mapping().unwrap() {
        let name = name.as_str().unwrap();
        let schema = &schemas[name];
        assert!(schema.is_mapping(), "schema {name} lost");
        let Some(props) = schema["properties"].as_mapping() else {
            continue;
        };
        for (prop, _) in old_schema["properties"].as_mapping().into_iter().flatten() {
            let p = prop.as_str().unwrap();
            let kept = &props.get(prop);
            assert!(kept.is_some(), "{name}.{p} lost");
            let kept = kept.unwrap();
            if kept["deprecated"].as_bool() == Some(true) {
                assert!(kept["description"]
                    .as_str()
                    .unwrap()
                    .contains(date.as_str()));
                let required = schema["required"].as_sequence().into_iter().flatten();
                assert!(
                    !required.clone().any(|r| r.as_str() == Some(p)),
                    "{name}.{p} is retired but required"
                );
            }
        }
    }
    for (schema, prop) in [
        ("User", "email"),
        ("User", "name"),
        ("User", "avatar"),
        ("AppClient", "apiKey"),
        ("Model", "width"),
        ("Model", "height"),
        ("Transition", "inputJsonSchema"),
        ("Transition", "outputJsonSchema"),
    ] {
        assert_eq!(
            schemas[schema]["properties"][prop]["deprecated"].as_bool(),
            Some(true),
            "{schema}.{prop}"
        );
    }
    let bundle = &schemas["DataBundleStatus"];
    for value in ["running", "succeeded", "processing", "ready"] {
        assert!(
            bundle["enum"]
                .as_sequence()
                .unwrap()
                .iter()
                .any(|v| v.as_str() == Some(value)),
            "DataBundleStatus {value}"
        );
    }
    assert_eq!(
        bundle["x-deprecated-values"],
        serde_yaml_ng::from_str::<Value>("[processing, ready]").unwrap()
    );
    assert!(bundle["description"]
        .as_str()
        .unwrap()
        .contains(date.as_str()));
}

#[test]
fn the_new_query_parameters_are_typed() {
    let Some(out) = live_import() else {
        eprintln!("the exports are not beside the repository; not checked");
        return;
    };
    let param = |path: &str, method: &str, name: &str| -> Value {
        out.doc["paths"][path][method]["parameters"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|p| p["name"].as_str() == Some(name) && p["in"].as_str() == Some("query"))
            .unwrap_or_else(|| panic!("{method} {path} ?{name}"))["schema"]
            .clone()
    };
    let yaml = |text: &str| serde_yaml_ng::from_str::<Value>(text).unwrap();
    assert_eq!(
        param("/documents", "get", "documentId"),
        yaml("{type: string}")
    );
    assert_eq!(
        param("/documents", "get", "sortBy"),
        yaml("{$ref: '#/components/schemas/CreatedTimeSortBy'}")
    );
    assert_eq!(
        param("/predictions", "get", "order"),
        yaml("{$ref: '#/components/schemas/Order'}")
    );
    assert_eq!(
        param("/predictions", "get", "sortBy"),
        yaml("{$ref: '#/components/schemas/CreatedTimeSortBy'}")
    );
    assert_eq!(
        param("/predictions", "get", "modelId"),
        yaml("{type: string}")
    );
    assert_eq!(param("/models", "get", "owner"), yaml("{type: string}"));
    assert_eq!(
        param("/models/{modelId}", "get", "statisticsLastNDays"),
        yaml("{type: integer, minimum: 1}")
    );
    for bound in ["fromStartTime", "toStartTime"] {
        assert_eq!(
            param("/workflows/{workflowId}/executions", "get", bound),
            yaml("{type: string, format: date-time}")
        );
    }
    assert_eq!(
        param("/workflows/{workflowId}/executions", "get", "sortBy"),
        yaml("{$ref: '#/components/schemas/SortBy'}")
    );
}

/// A small export with one of everything the rules touch.
const SMALL: &str = r##"{
  "openapi": "3.0.1",
  "info": {"title": "t", "version": "1"},
  "paths": {
    "/things/{thingId}": {
      "options": {"responses": {"200": {"description": "cors"}}},
      "get": {
        "parameters": [
          {"in": "header", "name": "Content-Type", "schema": {"type": "string"}},
          {"in": "query", "name": "maxResults", "schema": {"type": "string"}},
          {"in": "path", "name": "thingId", "required": true, "schema": {"type": "string"}}
        ],
        "responses": {
          "200": {"description": "ok", "headers": {"A": {"schema": {"type": "string"}}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
          "400": {"description": "bad", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "security": [{"OAuth2": ["a:read"]}]
      }
    }
  },
  "components": {
    "schemas": {
      "Thing": {"title": "thing", "type": "object", "additionalProperties": false, "properties": {
        "id": {"anyOf": [{"type": "string", "pattern": "^a"}, {"type": "string", "pattern": "^b"}]},
        "note": {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}]},
        "kind": {"type": "string", "enum": ["*", ""]},
        "labels": {"type": "object", "patternProperties": {"^[a-z]+$": {"type": "string"}},
                   "additionalProperties": false}
      }},
      "Error": {"type": "object", "properties": {"message": {"type": "string"}}}
    },
    "securitySchemes": {"OAuth2": {"type": "oauth2"}}
  }
}"##;

#[test]
fn rules_apply_to_a_small_export_and_unknown_operations_get_derived_names() {
    let out = import_text(SMALL, &config(), "small").expect("imports");
    let doc = &out.doc;
    let op = &doc["paths"]["/things/{thingId}"]["get"];
    assert_eq!(op["operationId"].as_str(), Some("getThingsByThingId"));
    assert!(out
        .warnings
        .iter()
        .any(|w| w.contains("not in the name table")));
    assert!(doc["paths"]["/things/{thingId}"].get("options").is_none());
    let params = op["parameters"].as_sequence().unwrap();
    assert_eq!(params.len(), 2, "Content-Type is not a parameter");
    assert_eq!(
        params[0]["name"].as_str(),
        Some("thingId"),
        "path parameters first"
    );
    assert_eq!(params[1]["schema"]["type"].as_str(), Some("integer"));
    assert!(op["responses"]["200"].get("headers").is_none());
    assert_eq!(
        op["responses"]["429"]["$ref"].as_str(),
        Some("#/components/responses/Error429")
    );
    assert_eq!(op["security"][0]["oauth2"][0].as_str(), Some("a:read"));
    assert!(op["security"][1].get("api_key").is_some());
    let thing = &doc["components"]["schemas"]["Thing"];
    assert!(thing.get("title").is_none());
    assert!(thing.get("additionalProperties").is_none());
    assert_eq!(thing["x-additionalProperties"], Value::Bool(false));
    assert_eq!(thing["properties"]["id"]["type"].as_str(), Some("string"));
    assert_eq!(thing["properties"]["note"]["nullable"], Value::Bool(true));
    assert_eq!(thing["properties"]["note"]["x-maxLength"].as_u64(), Some(3));
    let labels = &thing["properties"]["labels"];
    assert_eq!(
        labels["additionalProperties"]["type"].as_str(),
        Some("string")
    );
    assert_eq!(
        labels["x-propertyNames"]["pattern"].as_str(),
        Some("^[a-z]+$")
    );
    assert!(labels.get("patternProperties").is_none());
    let counts: Vec<&str> = out.counts.iter().map(|(rule, _)| *rule).collect();
    assert!(
        counts.contains(&"anyOf of plain strings → one string"),
        "{counts:?}"
    );
    assert!(counts.contains(&"null members → nullable"), "{counts:?}");
}

#[test]
fn shapes_the_rules_cannot_handle_are_errors_naming_the_pointer() {
    let cases: &[(&str, &str)] = &[
        ("null", "/"),
        ("[]", "/"),
        ("{}", "/paths"),
        (r#"{"paths": 1}"#, "/paths"),
        (r#"{"paths": {"/a": {"get": 1}}}"#, "/paths/~1a/get"),
        (
            r#"{"paths": {"/a": {"get": {}}}}"#,
            "/paths/~1a/get/responses",
        ),
        (
            r#"{"paths": {"/a": {"get": {"parameters": [{"name": 1}], "responses": {}}}}}"#,
            "/paths/~1a/get/parameters/0",
        ),
        (
            r#"{"paths": {"/a": {"get": {"responses": {}, "security": {}}}}}"#,
            "/paths/~1a/get/security",
        ),
        (
            r#"{"paths": {}, "components": {"schemas": {"A": {"type": ["string", "integer"]}}}}"#,
            "/components/schemas/A/type",
        ),
        (
            r#"{"paths": {}, "components": {"schemas": {"A": {"properties": {"b": 3}}}}}"#,
            "/components/schemas/A/properties/b",
        ),
    ];
    let config = config();
    for (input, pointer) in cases {
        let e = match import_text(input, &config, "case") {
            Err(e) => e,
            Ok(_) => panic!("{input} imported"),
        };
        assert!(
            e.starts_with(pointer),
            "{input}: `{e}` should name {pointer}"
        );
    }
    assert!(import_text("{", &config, "case").is_err());
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        prop_oneof![
            Just("".to_string()),
            Just("*".to_string()),
            Just("string".to_string()),
            Just("null".to_string()),
            Just("#/components/schemas/Thing".to_string()),
            "[a-z{}/~#: ]{0,8}",
        ]
        .prop_map(serde_json::Value::String),
    ];
    let keys = prop_oneof![
        Just("type"),
        Just("anyOf"),
        Just("oneOf"),
        Just("properties"),
        Just("items"),
        Just("enum"),
        Just("$ref"),
        Just("nullable"),
        Just("additionalProperties"),
        Just("parameters"),
        Just("responses"),
        Just("security"),
        Just("name"),
        Just("in"),
        Just("content"),
        Just("schema"),
        Just("x"),
    ]
    .prop_map(str::to_string);
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Places in the small export where an arbitrary value is put.
const PLACES: &[&str] = &[
    "/paths",
    "/paths/~1things~1{thingId}",
    "/paths/~1things~1{thingId}/get",
    "/paths/~1things~1{thingId}/get/parameters",
    "/paths/~1things~1{thingId}/get/parameters/1",
    "/paths/~1things~1{thingId}/get/responses",
    "/paths/~1things~1{thingId}/get/responses/200",
    "/paths/~1things~1{thingId}/get/security",
    "/components",
    "/components/schemas",
    "/components/schemas/Thing",
    "/components/schemas/Thing/properties/id",
    "/components/schemas/Thing/properties/note/anyOf",
    "/components/schemas/Thing/properties/kind",
    "/components/securitySchemes",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_json_imports_or_fails_without_panicking(value in json_value()) {
        let config = config();
        let text = value.to_string();
        let _ = import_text(&text, &config, "arbitrary");
    }

    #[test]
    fn an_export_with_any_value_anywhere_imports_or_names_the_problem(
        place in 0..PLACES.len(),
        value in json_value(),
    ) {
        let config = config();
        let mut doc: serde_json::Value = serde_json::from_str(SMALL).unwrap();
        if let Some(slot) = doc.pointer_mut(PLACES[place]) {
            *slot = value;
        }
        match import_text(&doc.to_string(), &config, "mutated") {
            Ok(out) => prop_assert!(!out.text.is_empty()),
            Err(e) => prop_assert!(!e.is_empty()),
        }
    }
}

/// The vendor's latest export goes through import and generation; the
/// generated types need no `regress` and accept unknown fields.
#[test]
fn the_2024_import_generates_forward_compatible_types_without_regress() {
    let Some(export) = upstream("lucidtech-oas-2024-11-29.json") else {
        eprintln!("lucidtech-oas-2024-11-29.json not found beside the repository; not checked");
        return;
    };
    drop(export);
    let out = live_import().expect("the exports are beside the repository");
    let spec = crate::spec_prep::parse(&out.text, "2024").expect("the import parses");
    let code = crate::generate::render(&spec).expect("the import generates");
    assert!(!code.contains("regress"), "generated code needs regress");
    assert!(
        !code.contains("deny_unknown_fields"),
        "generated types reject unknown fields"
    );
}

#[test]
fn nullable_properties_make_a_ref_property_a_nullable_all_of() {
    let Some(export) = upstream(EXPORT_2021) else {
        eprintln!("{EXPORT_2021} not found beside the repository; not checked");
        return;
    };
    let out = import_text(&export, &config(), EXPORT_2021).expect("the 2021 export imports");
    let property = &out.doc["components"]["schemas"]["Workflow"]["properties"]["completedConfig"];
    assert_eq!(property["nullable"], Value::Bool(true));
    assert_eq!(
        property["allOf"][0]["$ref"].as_str(),
        Some("#/components/schemas/CompletedConfig")
    );
    assert!(property.get("$ref").is_none(), "{property:?}");
    assert!(
        out.counts
            .iter()
            .any(|(rule, n)| *rule == "properties made nullable (config)" && *n > 0),
        "{:?}",
        out.counts
    );
    assert!(
        out.text
            .contains("nullable (not in the export): the vendor's 2024-11-29 export marks it"),
        "the reason is written as a comment"
    );
}
