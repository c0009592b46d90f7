//! Fuzz targets for everything the client parses from a server or a file:
//! the response of every operation (arbitrary bytes, and structure-aware
//! mutations of valid responses), error bodies, the token endpoint's answer,
//! the token cache, the credentials file, `Retry-After` and content
//! sniffing. Each input must not panic, and the memory a parse allocates is
//! bounded by a counting allocator.
//!
//! `cargo test` runs a bounded pass (a few seconds). `scripts/fuzz
//! [SECONDS]` runs the same targets for longer (`LAS_FUZZ_SECONDS`) and
//! prints how many inputs each executed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRng, TestRunner};
use serde_json::Value;

// ---------------------------------------------------------------------------
// Allocation accounting.

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let grow = new_size - layout.size();
            let now = CURRENT.fetch_add(grow, Ordering::Relaxed) + grow;
            PEAK.fetch_max(now, Ordering::Relaxed);
        } else {
            CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns the most memory it held at once beyond what was
/// allocated before (approximate when other threads allocate; this binary
/// runs one test).
fn peak_of(f: impl FnOnce()) -> usize {
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed).saturating_sub(base)
}

/// The bound on what parsing `n` input bytes may allocate.
fn allowed(n: usize) -> usize {
    64 * n + (1 << 20)
}

fn check_alloc(target: &str, input_len: usize, peak: usize) -> Result<(), TestCaseError> {
    if peak > allowed(input_len) {
        return Err(TestCaseError::fail(format!(
            "{target}: {peak} bytes allocated for a {input_len}-byte input"
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Response decoding of every operation.

type Decode = fn(&[u8]);

/// A decoder per response type, generated from openapi.yaml with the SDK
/// layer (`las_client::fuzzing::response_decoders`).
fn decoders() -> BTreeMap<&'static str, Decode> {
    las_client::fuzzing::response_decoders()
        .iter()
        .copied()
        .collect()
}

/// operationId -> the schemas its responses are decoded as.
fn response_schemas() -> BTreeMap<String, Vec<String>> {
    let doc: Value =
        serde_yaml_ng::from_str(include_str!("../../openapi.yaml")).expect("openapi.yaml");
    let mut out = BTreeMap::new();
    for item in doc["paths"].as_object().expect("paths").values() {
        for (method, op) in item.as_object().expect("path item") {
            if !matches!(method.as_str(), "get" | "post" | "put" | "patch" | "delete") {
                continue;
            }
            let id = op["operationId"].as_str().expect("operationId").to_owned();
            let mut schemas = Vec::new();
            for response in op["responses"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(_, r)| r)
            {
                if let Some(r) = response
                    .pointer("/content/application~1json/schema/$ref")
                    .and_then(Value::as_str)
                {
                    schemas.push(r.rsplit('/').next().unwrap_or(r).to_owned());
                }
            }
            schemas.sort();
            schemas.dedup();
            out.insert(id, schemas);
        }
    }
    out
}

fn fixture(name: &str) -> Option<Value> {
    let path = format!(
        "{}/../las-api/tests/fixtures/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
}

/// A JSON value a hostile server might put anywhere.
fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        Just(serde_json::json!(1e300)),
        Just(serde_json::json!(-1)),
        ".{0,40}".prop_map(Value::String),
        Just(Value::String("\u{0}\u{202e}\u{feff}".into())),
        Just(Value::String("JVBERi0xLjQK=====".into())),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One edit of a JSON document: which node (by index in a walk) and what
/// happens to it.
#[derive(Clone, Debug)]
enum Edit {
    Replace(usize, Value),
    Remove(usize),
    AddField(usize, String, Value),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), hostile_value()).prop_map(|(i, v)| Edit::Replace(i, v)),
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), "[a-zA-Z]{1,12}", hostile_value())
            .prop_map(|(i, k, v)| Edit::AddField(i, k, v)),
    ]
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Applies `edit` to the node numbered `target` (pre-order).
fn apply(v: &mut Value, edit: &Edit, target: usize, seen: &mut usize) -> bool {
    let here = *seen;
    *seen += 1;
    if here == target {
        match edit {
            Edit::Replace(_, new) => *v = new.clone(),
            Edit::Remove(_) => *v = Value::Null,
            Edit::AddField(_, k, new) => {
                if let Value::Object(o) = v {
                    o.insert(k.clone(), new.clone());
                } else {
                    *v = new.clone();
                }
            }
        }
        return true;
    }
    match v {
        Value::Array(a) => a.iter_mut().any(|x| apply(x, edit, target, seen)),
        Value::Object(o) => {
            if let Edit::Remove(_) = edit {
                let keys: Vec<String> = o.keys().cloned().collect();
                for k in keys {
                    if *seen == target {
                        o.remove(&k);
                        return true;
                    }
                    if apply(o.get_mut(&k).expect("key"), edit, target, seen) {
                        return true;
                    }
                }
                false
            } else {
                o.values_mut().any(|x| apply(x, edit, target, seen))
            }
        }
        _ => false,
    }
}

fn mutate(mut doc: Value, edits: &[Edit]) -> Value {
    for e in edits {
        let n = count_nodes(&doc);
        let target = match e {
            Edit::Replace(i, _) | Edit::Remove(i) | Edit::AddField(i, _, _) => i % n,
        };
        apply(&mut doc, e, target, &mut 0);
    }
    doc
}

// ---------------------------------------------------------------------------
// The runner: a bounded pass by default, a timed run with LAS_FUZZ_SECONDS.

struct Budget {
    /// Cases per target in one round.
    cases: u32,
    /// Seconds per target (long runs); `None` for one round.
    seconds: Option<f64>,
}

fn budget(targets: usize) -> Budget {
    match std::env::var("LAS_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
    {
        Some(total) => Budget {
            cases: 2_000,
            seconds: Some(total / targets as f64),
        },
        None => Budget {
            cases: 128,
            seconds: None,
        },
    }
}

/// Runs `test` on inputs from `strategy` for the budget; returns the number
/// of inputs executed.
fn fuzz<S: Strategy>(
    name: &str,
    budget: &Budget,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> u64
where
    S::Value: std::fmt::Debug,
{
    let started = Instant::now();
    let mut executed = 0u64;
    let mut round = 0u64;
    loop {
        let config = Config {
            cases: budget.cases,
            failure_persistence: None,
            ..Config::default()
        };
        let seed = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos() as u64
            ^ round;
        let mut seed_bytes = [0u8; 32];
        seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
        let rng = TestRng::from_seed(proptest::test_runner::RngAlgorithm::ChaCha, &seed_bytes);
        let mut runner = TestRunner::new_with_rng(config, rng);
        if let Err(e) = runner.run(&strategy, &test) {
            panic!("fuzz target {name} failed (seed {seed}): {e}");
        }
        executed += u64::from(budget.cases);
        round += 1;
        match budget.seconds {
            Some(s) if started.elapsed() < Duration::from_secs_f64(s) => continue,
            _ => break,
        }
    }
    println!(
        "fuzz {name}: {executed} inputs in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    executed
}

fn bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..max)
}

#[test]
fn fuzz_targets() {
    let decoders = decoders();
    let schemas = response_schemas();

    // Every operation's response schemas have a decoder and a fixture.
    let mut missing = Vec::new();
    for (op, names) in &schemas {
        for name in names {
            if !decoders.contains_key(name.as_str()) {
                missing.push(format!("{op}: decoder for {name}"));
            }
            if name != "Error" && fixture(name).is_none() {
                missing.push(format!("{op}: fixture {name}.json"));
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing:?}");
    let used: Vec<&'static str> = decoders
        .keys()
        .copied()
        .filter(|d| schemas.values().flatten().any(|s| s == d))
        .collect();

    let targets = 9 + used.len();
    let budget = budget(targets);
    let mut total = 0u64;

    // 1. Arbitrary bytes as every response type.
    total += fuzz(
        "responses/arbitrary-bytes",
        &budget,
        (0..used.len(), bytes(4096)),
        |(i, b)| {
            let decode = decoders[used[i]];
            check_alloc(used[i], b.len(), peak_of(|| decode(&b)))
        },
    );

    // 2. Structure-aware mutations of each valid response.
    for name in &used {
        let Some(valid) = fixture(name) else { continue };
        let decode = decoders[name];
        total += fuzz(
            &format!("responses/{name}"),
            &budget,
            prop::collection::vec(edit(), 1..6),
            |edits| {
                let text = serde_json::to_vec(&mutate(valid.clone(), &edits)).expect("serialize");
                check_alloc(name, text.len(), peak_of(|| decode(&text)))
            },
        );
    }

    // 3. Error bodies as the client shows them: capped, whatever the input.
    total += fuzz(
        "error-bodies",
        &budget,
        (400u16..600, bytes(16_384)),
        |(status, b)| {
            let mut shown = String::new();
            let peak = peak_of(|| shown = las_client::fuzzing::error_message(status, &b));
            prop_assert!(shown.len() <= 4096 + 64, "{} bytes shown", shown.len());
            check_alloc("error-bodies", b.len(), peak)
        },
    );

    // 4. The token endpoint's answer.
    let token_json = (hostile_value(), hostile_value()).prop_map(|(token, expires)| {
        serde_json::to_vec(&serde_json::json!({"access_token": token, "expires_in": expires}))
            .expect("json")
    });
    total += fuzz(
        "token-response",
        &budget,
        prop_oneof![bytes(2048), token_json],
        |b| {
            let mut lifetime = Ok(None);
            let peak = peak_of(|| lifetime = las_client::fuzzing::token_response(&b));
            if let Ok(Some(d)) = lifetime {
                prop_assert!(d <= Duration::from_secs(24 * 3600));
            }
            check_alloc("token-response", b.len(), peak)
        },
    );

    // 5. The token cache file.
    let cache_json = (hostile_value(), hostile_value()).prop_map(|(token, expires)| {
        serde_json::to_vec(&serde_json::json!({"default": {"access_token": token, "expires_in": expires}, "other": 1}))
            .expect("json")
    });
    total += fuzz(
        "token-cache",
        &budget,
        prop_oneof![bytes(2048), cache_json],
        |b| {
            let mut expiry = None;
            let peak = peak_of(|| expiry = las_client::fuzzing::token_cache(&b, "default"));
            if let Some(t) = expiry {
                prop_assert!(t <= SystemTime::now() + Duration::from_secs(24 * 3600 + 60));
            }
            check_alloc("token-cache", b.len(), peak)
        },
    );

    // 6. Retry-After.
    let retry_after = prop_oneof![
        ".{0,40}",
        "[0-9]{1,40}",
        "-?[0-9]{0,20}(\\.[0-9]{0,20})?(e[+-]?[0-9]{1,4})?",
        "(Mon|Tue|Sun), [0-9]{2} (Jan|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT",
    ];
    total += fuzz("retry-after", &budget, retry_after, |s| {
        if let Some(d) = las_client::fuzzing::retry_after(&s) {
            prop_assert!(d <= Duration::from_secs(365 * 24 * 3600));
        }
        Ok(())
    });

    // 7. Content sniffing, on arbitrary bytes and on mangled known headers.
    let magic = prop_oneof![
        Just(b"%PDF-".to_vec()),
        Just(vec![0xFF, 0xD8, 0xFF]),
        Just(b"\x89PNG\r\n\x1a\n".to_vec()),
        Just(b"II*\0".to_vec()),
        Just(b"MM\0*".to_vec()),
        Just(b"RIFF\0\0\0\0WEBP".to_vec()),
    ];
    let mangled = (magic, bytes(64)).prop_map(|(mut m, rest)| {
        m.extend(rest);
        m
    });
    total += fuzz(
        "content-sniffing",
        &budget,
        prop_oneof![bytes(512), mangled],
        |b| {
            let peak = peak_of(|| {
                let _ = las_client::fuzzing::sniff(&b);
            });
            check_alloc("content-sniffing", b.len(), peak)
        },
    );

    // 8. The credentials file.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("credentials.cfg");
    let ini = prop::collection::vec(
        prop_oneof![
            "\\[[a-z \\]\\[]{0,10}\\]",
            "(client_id|client_secret|auth_endpoint|api_endpoint|api_key|use_cache)[ =:]{0,3}.{0,30}",
            ".{0,40}",
        ],
        0..12,
    )
    .prop_map(|lines| lines.join("\n").into_bytes());
    total += fuzz(
        "credentials-file",
        &budget,
        prop_oneof![bytes(1024), ini],
        |b| {
            std::fs::write(&path, &b).expect("write");
            let peak = peak_of(|| {
                let _ = las_client::credentials::Discovery::with_env(|_| None)
                    .credentials_file(&path)
                    .discover();
            });
            check_alloc("credentials-file", b.len(), peak)
        },
    );

    // 9. The download scanner: a document's JSON, split anywhere. Arbitrary
    // bytes are errors, never panics; a well-formed answer gives what
    // serde_json reads from it.
    let document_json = (bytes(3000), hostile_value(), hostile_value(), any::<bool>()).prop_map(
        |(raw, other, url, with_content)| {
            use base64::Engine;
            let mut doc =
                serde_json::json!({"documentId": "las:document:x", "other": other, "fileUrl": url});
            if with_content {
                doc["content"] =
                    serde_json::json!(base64::engine::general_purpose::STANDARD.encode(&raw));
            }
            serde_json::to_vec(&doc).expect("json")
        },
    );
    total += fuzz(
        "download-body",
        &budget,
        (
            prop_oneof![bytes(4096), document_json],
            prop::collection::vec(0usize..5000, 0..8),
        ),
        |(b, cuts)| {
            let mut found = Err(String::new());
            let peak = peak_of(|| found = las_client::fuzzing::download_body(&b, &cuts));
            if let Ok(value) = serde_json::from_slice::<serde_json::Value>(&b) {
                use base64::Engine;
                let content = value
                    .get("content")
                    .and_then(|c| c.as_str())
                    .map(|c| base64::engine::general_purpose::STANDARD.decode(c));
                let url = value.get("fileUrl").and_then(|u| u.as_str());
                match (&found, content) {
                    (Ok((out, None)), Some(Ok(raw))) => prop_assert_eq!(out, &raw),
                    (Ok((_, Some(u))), None) => prop_assert_eq!(Some(u.as_str()), url),
                    (Err(_), _) | (_, Some(Err(_))) => {}
                    (found, content) => prop_assert!(false, "{found:?} vs {content:?}"),
                }
            }
            check_alloc("download-body", b.len(), peak)
        },
    );

    println!("fuzz: {total} inputs in all, no panic, allocations within bounds");
}
