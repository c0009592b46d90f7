//! The quickstart (README command one) runs end to end against the in-memory
//! server, says so on its first line, and prints every step.

#[path = "../examples/quickstart.rs"]
#[allow(dead_code)] // its `main` is the example's entry point, unused here
mod quickstart;

#[test]
fn quickstart_runs_against_the_in_memory_server() {
    // No LAS_* variables and no credentials file: the quickstart must fall
    // back to the in-memory server. This test is alone in its binary, so
    // changing the environment affects nothing else.
    for (name, _) in std::env::vars().filter(|(k, _)| k.starts_with("LAS_")) {
        std::env::remove_var(name);
    }
    let home = tempfile::tempdir().expect("temp home");
    std::env::set_var("HOME", home.path());

    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let mut out = Vec::new();
    runtime
        .block_on(quickstart::run(&mut out))
        .expect("the quickstart succeeds");
    let text = String::from_utf8(out).expect("utf-8 output");
    println!("{text}");

    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0]
            .starts_with("No LAS_* credentials found: running against the in-memory LAS server"),
        "{text}"
    );
    for expected in [
        "Roles users can have: ",
        "Created dataset",
        "Uploaded invoice.pdf",
        "Uploaded letter.jpg",
        "Uploaded receipt.png",
        "Created model",
        "ready (succeeded)",
        "Page 1:",
        "Page 2:",
        "Deleted the model and dataset",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert_eq!(text.matches("Predicted las:document:").count(), 3, "{text}");
    assert!(
        text.contains("(application/pdf)")
            && text.contains("(image/jpeg)")
            && text.contains("(image/png)")
    );
}
