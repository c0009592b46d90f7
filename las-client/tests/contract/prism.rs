//! Starting and stopping Stoplight Prism for the contract tests.
//!
//! Shared by `las-client/tests/contract_prism.rs` (Prism as a mock) and
//! `tests/tests/proxy_contract.rs` (Prism as a validating proxy in front of
//! las-emulator), which includes this file with `#[path]`. Only std and libc.
//!
//! Where Prism comes from: `LAS_PRISM` (a path), else
//! `<workspace>/.tools/node/node_modules/.bin/prism` (what `scripts/tools.sh`
//! installs), else `prism` on `PATH`. When none is found the suite is skipped
//! with a message, unless `LAS_REQUIRE_PRISM=1`, in which case it fails.
//!
//! Each [`Prism`] runs in its own process group on a free loopback port and
//! is killed (the whole group) when dropped, also when a test panics. On
//! Linux the child additionally gets `SIGKILL` if the thread that started it
//! dies, so a test binary killed from outside leaves no server behind.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long Prism may take to load the spec and listen.
pub const START_TIMEOUT: Duration = Duration::from_secs(60);

/// How much of Prism's output is kept for failure messages.
const LOG_LIMIT: usize = 4 << 20;

/// The workspace root (both crates that use this file sit one level below).
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// `openapi.yaml` at the workspace root.
pub fn spec_path() -> PathBuf {
    workspace_root().join("openapi.yaml")
}

/// The Prism executable, or `None` (after saying why) when the suite is to be
/// skipped. Panics when `LAS_REQUIRE_PRISM=1` and Prism is missing, or when
/// `LAS_PRISM` names something that is not there.
pub fn locate(suite: &str) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("LAS_PRISM").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "LAS_PRISM={} does not name a file; run `eval \"$(scripts/tools.sh)\"`",
            path.display()
        );
        return Some(path);
    }
    let local = workspace_root().join(".tools/node/node_modules/.bin/prism");
    if local.is_file() {
        return Some(local);
    }
    if let Some(on_path) = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("prism"))
            .find(|candidate| candidate.is_file())
    }) {
        return Some(on_path);
    }
    let required = std::env::var("LAS_REQUIRE_PRISM").is_ok_and(|v| v == "1");
    assert!(
        !required,
        "{suite}: Stoplight Prism is required (LAS_REQUIRE_PRISM=1) but was not found: \
         LAS_PRISM is unset, .tools/node/node_modules/.bin/prism does not exist and `prism` \
         is not on PATH; run `eval \"$(scripts/tools.sh)\"` first"
    );
    eprintln!(
        "{suite}: SKIPPED: Stoplight Prism not found (set LAS_PRISM or run \
         `eval \"$(scripts/tools.sh)\"`; LAS_REQUIRE_PRISM=1 turns this into a failure)"
    );
    None
}

/// A running Prism server. Dropping it kills its process group.
pub struct Prism {
    child: Child,
    port: u16,
    log: Arc<Mutex<String>>,
}

impl Prism {
    /// `prism mock -d <spec>`: random, schema-valid responses; requests are
    /// validated (an invalid one gets the spec's 400, or 422, plus an
    /// `sl-violations` header).
    pub fn mock(bin: &Path, spec: &Path) -> Prism {
        let spec = spec.to_string_lossy().into_owned();
        Prism::start(bin, &["mock", "-d", &spec])
    }

    /// `prism proxy <spec> <upstream> --errors`: forwards to `upstream` and
    /// validates both directions; a violation turns the answer into a 422
    /// (request) or 500 (response) `application/problem+json` with an
    /// `sl-violations` header.
    pub fn proxy(bin: &Path, spec: &Path, upstream: &str) -> Prism {
        let spec = spec.to_string_lossy().into_owned();
        Prism::start(bin, &["proxy", &spec, upstream, "--errors"])
    }

    /// Start on a free loopback port and wait until it accepts connections.
    /// A port taken between choosing and binding it is retried twice.
    fn start(bin: &Path, args: &[&str]) -> Prism {
        let mut last_log = String::new();
        for _ in 0..3 {
            let port = free_port();
            let mut prism = Prism::spawn(bin, args, port);
            match prism.wait_ready() {
                Ok(()) => return prism,
                Err(log) => last_log = log,
            }
        }
        panic!(
            "Prism ({} {}) did not start within {START_TIMEOUT:?}; its output:\n{}",
            bin.display(),
            args.join(" "),
            tail(&last_log, 8000)
        );
    }

    fn spawn(bin: &Path, args: &[&str], port: u16) -> Prism {
        let mut command = Command::new(bin);
        command
            .args(args)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env("NO_COLOR", "1")
            .env("FORCE_COLOR", "0")
            .process_group(0);
        #[cfg(target_os = "linux")]
        // SAFETY: prctl is async-signal-safe and touches no memory of the
        // parent; this runs in the forked child before exec.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("could not start Prism ({}): {e}", bin.display()));
        let log = Arc::new(Mutex::new(String::new()));
        if let Some(out) = child.stdout.take() {
            drain(out, Arc::clone(&log));
        }
        if let Some(err) = child.stderr.take() {
            drain(err, Arc::clone(&log));
        }
        Prism { child, port, log }
    }

    /// Poll the port until it accepts a connection; `Err(output)` when Prism
    /// exits or the time is up.
    fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + START_TIMEOUT;
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("Prism exited with {status}\n{}", self.log()));
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!("no answer on port {}\n{}", self.port, self.log()))
    }

    /// `http://127.0.0.1:<port>`: Prism serves the spec's paths at the root.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Process id of the Prism process (its process group id too).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything Prism printed so far (capped).
    pub fn log(&self) -> String {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The last `max` bytes of Prism's output.
    pub fn log_tail(&self, max: usize) -> String {
        tail(&self.log(), max)
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        if let Ok(pid) = i32::try_from(self.child.id()) {
            // SAFETY: plain syscall; a negative pid addresses the process
            // group created for this child (process_group(0)).
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port that was free a moment ago.
fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("bind a loopback port")
}

/// Copy a pipe into `log` on a thread, without colour codes, up to
/// [`LOG_LIMIT`] bytes.
fn drain(pipe: impl Read + Send + 'static, log: Arc<Mutex<String>>) {
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines() {
            let Ok(line) = line else { break };
            let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
            if log.len() < LOG_LIMIT {
                log.push_str(&strip_ansi(&line));
                log.push('\n');
            }
        }
    });
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn tail(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut start = text.len() - max;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    format!("…{}", &text[start..])
}
