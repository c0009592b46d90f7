//! `tls(true)` / `--tls`: https on loopback with a certificate made at
//! start, the CA certificate written to a file that clients trust.
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use las_emulator::Emulator;
use reqwest::StatusCode;
use serde_json::{json, Value};

fn trusting(emu: &Emulator) -> reqwest::Client {
    let pem = emu.ca_cert_pem().expect("tls emulator has a CA");
    reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).expect("pem"))
        .build()
        .expect("client")
}

#[tokio::test]
async fn https_with_the_ca_it_writes() {
    let emu = Emulator::builder().tls(true).start().await.expect("start");
    assert!(emu.api_endpoint().starts_with("https://127.0.0.1:"));
    assert!(emu.auth_endpoint().starts_with("https://127.0.0.1:"));
    let path = emu.ca_cert_path().expect("ca path").to_path_buf();
    assert_eq!(
        std::fs::read_to_string(&path).expect("ca file"),
        emu.ca_cert_pem().expect("pem")
    );

    // Token and API over the same TLS listener.
    let http = trusting(&emu);
    let token: Value = http
        .post(format!(
            "{}?grant_type=client_credentials",
            emu.auth_endpoint()
        ))
        .basic_auth(emu.client_id(), Some(emu.client_secret()))
        .send()
        .await
        .expect("token")
        .json()
        .await
        .expect("json");
    let bearer = token["access_token"].as_str().expect("token");
    let ds: Value = http
        .post(format!("{}/datasets", emu.api_endpoint()))
        .bearer_auth(bearer)
        .json(&json!({"name": "over tls"}))
        .send()
        .await
        .expect("create")
        .json()
        .await
        .expect("json");
    assert_eq!(ds["name"], "over tls");
    // The name in the certificate is also `localhost`.
    let via_name = emu
        .api_endpoint()
        .replace("127.0.0.1", "localhost")
        .replace("/v1", "/v1/datasets");
    let r = http
        .get(via_name)
        .header("x-api-key", emu.api_key())
        .send()
        .await
        .expect("localhost");
    assert_eq!(r.status(), StatusCode::OK);

    // A client that does not trust the CA is refused, and plain http gets nothing.
    let untrusting = reqwest::Client::new();
    assert!(untrusting
        .get(format!("{}/datasets", emu.api_endpoint()))
        .send()
        .await
        .is_err());
    let plain = emu.api_endpoint().replace("https://", "http://");
    assert!(untrusting
        .get(format!("{plain}/datasets"))
        .send()
        .await
        .is_err());
    // The server survives both.
    assert_eq!(
        http.get(format!("{}/datasets", emu.api_endpoint()))
            .header("x-api-key", emu.api_key())
            .send()
            .await
            .expect("after")
            .status(),
        StatusCode::OK
    );

    emu.shutdown().await;
    assert!(!path.exists(), "the temporary CA file is removed on stop");
}

#[test]
fn a_chosen_ca_path_is_written_and_kept() {
    let dir = std::env::temp_dir().join(format!("las-emu-ca-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("ca.pem");
    let emu = Emulator::builder()
        .tls(true)
        .ca_cert_path(&path)
        .start_blocking()
        .expect("start");
    assert_eq!(emu.ca_cert_path(), Some(path.as_path()));
    drop(emu);
    assert!(std::fs::read_to_string(&path)
        .expect("kept")
        .starts_with("-----BEGIN CERTIFICATE-----"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn las_client_trusts_it_through_the_builder() {
    use las_client::credentials::Credentials;
    let emu = Emulator::builder().tls(true).start().await.expect("start");
    let credentials = Credentials::client_credentials(
        emu.client_id(),
        emu.client_secret(),
        emu.auth_endpoint(),
        emu.api_endpoint(),
    )
    .expect("credentials");
    let client = las_client::Client::builder()
        .credentials(credentials)
        .add_root_certificate(emu.ca_cert_pem().expect("pem").as_bytes())
        .expect("pem accepted")
        .build()
        .expect("client");
    let ds = client
        .datasets()
        .create()
        .name("tls")
        .send()
        .await
        .expect("create");
    assert_eq!(ds.name.as_deref(), Some("tls"));
    assert_eq!(emu.stats().token_requests(), 1);
    assert!(las_client::Client::builder()
        .add_root_certificate(b"not a certificate")
        .is_err());
}

/// Kills the child on drop.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn the_binary_prints_the_ca_file() {
    let log = std::env::temp_dir().join(format!("las-emu-tls-{}.log", std::process::id()));
    let mut child = Command::new(env!("CARGO_BIN_EXE_las-emulator"))
        .arg("--tls")
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let _running = Running(child);
    let mut lines = BufReader::new(stdout).lines();
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no output; stderr: {:?}", std::fs::read_to_string(&log)))
        .expect("utf-8");
    let _ = std::fs::remove_file(&log);
    assert!(
        first.starts_with("las-emulator listening on https://127.0.0.1:"),
        "{first}"
    );
    let base = first.split_whitespace().nth(3).expect("url").to_string();
    let ca_line = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.starts_with("ca certificate:"))
        .expect("ca line");
    let ca = ca_line.split_whitespace().nth(2).expect("path").to_string();
    let hint = lines.next().expect("hint").expect("utf-8");
    assert!(hint.contains(&format!("REQUESTS_CA_BUNDLE={ca}")), "{hint}");
    let pem = std::fs::read(&ca).expect("ca file");
    let http = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("pem"))
        .build()
        .expect("client");
    let r = http
        .get(format!("{base}/v1/datasets"))
        .header("x-api-key", las_emulator::DEFAULT_API_KEY)
        .send()
        .await
        .expect("https");
    assert_eq!(r.status(), StatusCode::OK);
}
