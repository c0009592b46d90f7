//! The official Python SDKs from PyPI (pinned in `scripts/tools.sh`),
//! unmodified, against `las-emulator --tls`, trusting the emulator's CA
//! through `REQUESTS_CA_BUNDLE`, each with its own token fetch:
//! - `lucidtech-las` 5.0.0 (the 2021 API's) through
//!   `tests/python/sdk_scenario.py`: every public method of `las.Client`;
//! - the current `lucidtech-las` (the live API's) through
//!   `tests/python/sdk_live_scenario.py`: the live API's resources, and
//!   documents through the file server (`PUT` and converted `GET` on their
//!   `fileUrl`).
//!
//! The interpreters are `$LAS_PYTHON` and `$LAS_PYTHON_LIVE`, else
//! `<workspace>/.tools/venv/bin/python` and `.tools/venv-live/bin/python`
//! (`eval "$(scripts/tools.sh)"` installs them). Without one that can import
//! `las`, the test says so and passes, unless `LAS_REQUIRE_PRISM=1` (set by
//! `scripts/test`), which makes it fail.
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Kills the child on drop.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn python(variable: &str, venv: &str) -> Option<PathBuf> {
    let candidate = match std::env::var_os(variable) {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../.tools/{venv}/bin/python")),
    };
    let imports = Command::new(&candidate)
        .args(["-c", "import las, requests"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    imports.then_some(candidate)
}

#[test]
fn the_python_sdk_runs_every_method_over_https() {
    run_scenario("LAS_PYTHON", "venv", "sdk_scenario.py");
}

#[test]
fn the_live_python_sdk_uploads_and_reads_through_the_file_server() {
    run_scenario("LAS_PYTHON_LIVE", "venv-live", "sdk_live_scenario.py");
}

/// Run `tests/python/<script>` with the interpreter of `variable` (else
/// `.tools/<venv>`) against a fresh `las-emulator --tls`.
fn run_scenario(variable: &str, venv: &str, script: &str) {
    let Some(python) = python(variable, venv) else {
        let required = std::env::var("LAS_REQUIRE_PRISM").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "emulator_python: the Python SDK is required (LAS_REQUIRE_PRISM=1) but no \
             interpreter with `las` was found (set {variable} or run `eval \"$(scripts/tools.sh)\"`)"
        );
        println!(
            "emulator_python: no Python with lucidtech-las found ({variable} or \
             .tools/{venv}); skipping (LAS_REQUIRE_PRISM=1 turns this into a failure)"
        );
        return;
    };
    let log =
        std::env::temp_dir().join(format!("las-emu-python-{}-{venv}.log", std::process::id()));
    let mut child = Command::new(env!("CARGO_BIN_EXE_las-emulator"))
        .args(["--tls", "--clock", "instant", "--seed", "3"])
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("spawn las-emulator");
    let stdout = child.stdout.take().expect("stdout");
    let _running = Running(child);
    let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no output; stderr: {:?}", std::fs::read_to_string(&log)));
    let _ = std::fs::remove_file(&log);
    let base = first.split_whitespace().nth(3).expect("url").to_string();
    let host_port = base.trim_start_matches("https://").to_string();
    let mut organization = None;
    let mut ca = None;
    for line in lines.by_ref() {
        if let Some(v) = line.strip_prefix("organization id:") {
            organization = Some(v.trim().to_string());
        }
        if let Some(v) = line.strip_prefix("ca certificate:") {
            ca = Some(v.trim().to_string());
            break;
        }
    }
    let (organization, ca) = (organization.expect("org line"), ca.expect("ca line"));
    let home = std::env::temp_dir().join(format!("las-emu-python-{}-{venv}", std::process::id()));
    std::fs::create_dir_all(&home).expect("home");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("python")
        .join(script);
    let run = Command::new(&python)
        .arg(&path)
        .env("REQUESTS_CA_BUNDLE", &ca)
        .env("LAS_CLIENT_ID", las_emulator::DEFAULT_CLIENT_ID)
        .env("LAS_CLIENT_SECRET", las_emulator::DEFAULT_CLIENT_SECRET)
        // The SDK fetches tokens from https://{auth_endpoint}/token.
        .env("LAS_AUTH_ENDPOINT", &host_port)
        .env("LAS_API_ENDPOINT", format!("{base}/v1"))
        .env("LAS_ORGANIZATION_ID", &organization)
        // Keep the SDK away from the user's ~/.lucidtech.
        .env("HOME", &home)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run python");
    let pid = run.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(run.wait_with_output());
    });
    let output = match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(output) => output.expect("python output"),
        Err(_) => {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("the Python scenario {script} took more than 120 s");
        }
    };
    let status = output.status;
    let out = String::from_utf8_lossy(&output.stdout);
    let err = String::from_utf8_lossy(&output.stderr);
    let _ = std::fs::remove_dir_all(&home);
    assert!(status.success(), "scenario failed:\n{out}\n{err}");
    let last = out.lines().last().unwrap_or_default();
    println!("emulator_python ({script}): {last}");
    assert!(last.starts_with("scenario passed:"), "{out}");
}
