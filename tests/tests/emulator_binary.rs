//! The `las-emulator` binary: first line, flags, clean exit on SIGTERM.
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;

/// Kills the child on drop if a test fails before it exits.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn spawn(args: &[&str]) -> (Running, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_las-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn las-emulator");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("first line");
    (Running(child), first)
}

#[tokio::test]
async fn serves_until_sigterm() {
    let (mut child, first) = spawn(&[
        "--seed",
        "5",
        "--fail-next",
        "1:503",
        "--token-lifetime",
        "90s",
    ]);
    assert!(
        first.starts_with("las-emulator listening on http://127.0.0.1:"),
        "{first}"
    );
    let base = first.split_whitespace().nth(3).expect("url").to_string();
    assert!(
        first.contains(&format!("api: {base}/v1"))
            && first.contains(&format!("token: {base}/token")),
        "{first}"
    );

    let http = reqwest::Client::new();
    let token: Value = http
        .post(format!("{base}/oauth2/token?grant_type=client_credentials"))
        .basic_auth(
            las_emulator::DEFAULT_CLIENT_ID,
            Some(las_emulator::DEFAULT_CLIENT_SECRET),
        )
        .send()
        .await
        .expect("token")
        .json()
        .await
        .expect("json");
    assert_eq!(token["expires_in"], 90);
    let list = || {
        http.get(format!("{base}/v1/models"))
            .header("x-api-key", las_emulator::DEFAULT_API_KEY)
            .send()
    };
    assert_eq!(
        list().await.expect("list").status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(list().await.expect("list").status(), StatusCode::OK);
    let stats: Value = http
        .get(format!("{base}/_emulator/stats"))
        .send()
        .await
        .expect("stats")
        .json()
        .await
        .expect("json");
    assert_eq!(stats["tokenRequests"], 1);
    assert_eq!(stats["byOperation"]["listModels"], 2);

    let status = Command::new("kill")
        .args(["-TERM", &child.0.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.0.try_wait().expect("wait") {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "las-emulator did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(exit.success(), "{exit:?}");
}

#[test]
fn bad_flags_are_rejected() {
    let out = Command::new(env!("CARGO_BIN_EXE_las-emulator"))
        .args(["--fault-429-rate", "2"])
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("rate"));
}
