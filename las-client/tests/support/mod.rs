//! A scriptable loopback HTTP/1.1 server for security and fault tests. It
//! records every request byte for byte (request line, headers, body) and
//! answers with whatever the test's script says: a response, a reset, a
//! stall, nothing at all. Every answer closes the connection, so one
//! connection carries one request.

#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as it arrived.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// `GET /v1/documents/x HTTP/1.1`, verbatim.
    pub request_line: String,
    /// Header lines, names lowercased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn method(&self) -> &str {
        self.request_line.split(' ').next().unwrap_or("")
    }
    /// The request target (path and query), verbatim.
    pub fn target(&self) -> &str {
        self.request_line.split(' ').nth(1).unwrap_or("")
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    /// Everything received, as text, for "the secret is not in here" checks.
    pub fn all_text(&self) -> String {
        let mut s = self.request_line.clone();
        for (n, v) in &self.headers {
            s.push_str(&format!("\n{n}: {v}"));
        }
        s.push('\n');
        s.push_str(&String::from_utf8_lossy(&self.body));
        s
    }
}

/// What the server does.
#[derive(Clone, Debug)]
pub enum Action {
    /// Read the request and write these bytes, then close.
    Respond(Vec<u8>),
    /// Read the request, write these bytes, then hold the connection open
    /// without sending more.
    Stall(Vec<u8>),
    /// Read the request, then reset the connection (RST) without answering.
    Reset,
    /// Reset the connection at once, before reading anything.
    ResetOnAccept,
}

/// What a script sees: a new connection, or a request read on one.
pub enum Event<'a> {
    Accepted,
    Request(&'a Recorded),
}

type Script = dyn Fn(usize, Event<'_>) -> Action + Send + Sync;

pub struct Server {
    pub addr: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Start a server; `script(n, event)` decides, for the n-th connection
    /// (from 0), what to do. For `Event::Accepted`, any action other than
    /// `ResetOnAccept` means "read the request".
    pub async fn start(
        script: impl Fn(usize, Event<'_>) -> Action + Send + Sync + 'static,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let script: Arc<Script> = Arc::new(script);
        let (reqs, conns) = (requests.clone(), connections.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let n = conns.fetch_add(1, Ordering::SeqCst);
                let (script, reqs) = (script.clone(), reqs.clone());
                tokio::spawn(async move { serve(stream, n, script, reqs).await });
            }
        });
        Server {
            addr,
            requests,
            connections,
            task,
        }
    }

    /// Always answer with `bytes`.
    pub async fn always(bytes: Vec<u8>) -> Self {
        Self::start(move |_, _| Action::Respond(bytes.clone())).await
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

async fn serve(
    mut stream: TcpStream,
    n: usize,
    script: Arc<Script>,
    requests: Arc<Mutex<Vec<Recorded>>>,
) {
    if let Action::ResetOnAccept = script(n, Event::Accepted) {
        reset(stream);
        return;
    }
    let Some(recorded) = read_request(&mut stream).await else {
        return;
    };
    let action = script(n, Event::Request(&recorded));
    requests.lock().unwrap().push(recorded);
    match action {
        Action::Respond(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.flush().await;
            let _ = stream.shutdown().await;
        }
        Action::Stall(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.flush().await;
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
        Action::Reset | Action::ResetOnAccept => reset(stream),
    }
}

#[allow(deprecated)] // SO_LINGER 0 on a non-blocking socket: an immediate RST, no blocking.
fn reset(stream: TcpStream) {
    let _ = stream.set_linger(Some(Duration::ZERO));
    drop(stream);
}

async fn read_request(stream: &mut TcpStream) -> Option<Recorded> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if buf.len() > 1 << 20 {
            return None;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let request_line = lines.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = buf[head_end + 4..].to_vec();
    let find = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    if let Some(len) = find("content-length").and_then(|v| v.parse::<usize>().ok()) {
        while body.len() < len {
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
    } else if find("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        while !body.windows(5).any(|w| w == b"0\r\n\r\n") {
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
        body = dechunk(&body);
    }
    Some(Recorded {
        request_line,
        headers,
        body,
    })
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = raw.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&raw[..i])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next()?.trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = i + 2;
        let end = (start + size).min(raw.len());
        out.extend_from_slice(&raw[start..end]);
        raw = &raw[(end + 2).min(raw.len())..];
    }
    out
}

/// An HTTP/1.1 response with a JSON (or other) body and extra header lines.
pub fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} X\r\nconnection: close\r\n");
    let mut has_type = false;
    for (n, v) in headers {
        has_type |= n.eq_ignore_ascii_case("content-type");
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    if !has_type {
        out.push_str("content-type: application/json\r\n");
    }
    out.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// `response` with a JSON body.
pub fn json(status: u16, body: &serde_json::Value) -> Vec<u8> {
    response(status, &[], body.to_string().as_bytes())
}

/// A token endpoint answer.
pub fn token(access_token: &str, expires_in: u64) -> Vec<u8> {
    json(
        200,
        &serde_json::json!({"access_token": access_token, "token_type": "Bearer", "expires_in": expires_in}),
    )
}
