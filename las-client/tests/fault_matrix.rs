//! The fault matrix: every fault a network or a server can produce, against
//! a GET, a DELETE and a POST, on a deterministic loopback server. Each cell
//! asserts the outcome (success after N attempts, or the documented typed
//! error), the number of requests the API and the token endpoint received,
//! that no POST was replayed after the server may have acted on it, and a
//! time bound.
//!
//! The table it prints is the one in `docs/reliability.md`; the test fails
//! when they differ (`LAS_UPDATE_DOCS=1` rewrites the document's table).

mod support;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use las_client::credentials::Credentials;
use las_client::{Client, Error, RetryPolicy};
use support::{json, response, Action, Event, Server};

const DOCUMENT: &str = include_str!("../../las-api/tests/fixtures/Document.json");
const MODEL: &str = include_str!("../../las-api/tests/fixtures/Model.json");
const DATASET: &str = include_str!("../../las-api/tests/fixtures/Dataset.json");

/// Response size limit of the matrix's clients.
const LIMIT: u64 = 64 * 1024;
/// Whole-request timeout of the matrix's clients (stalls end here).
const TIMEOUT: Duration = Duration::from_secs(1);
/// No cell may take longer (the slowest wait out a 1 s `Retry-After` or a
/// stall of one timeout, then retry).
const CELL_BOUND: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Method {
    Get,
    Delete,
    Post,
}

impl Method {
    const ALL: [Method; 3] = [Method::Get, Method::Delete, Method::Post];

    fn name(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Delete => "DELETE",
            Method::Post => "POST",
        }
    }

    fn success(self) -> Vec<u8> {
        let body = match self {
            Method::Get => DOCUMENT,
            Method::Delete => MODEL,
            Method::Post => DATASET,
        };
        response(200, &[], body.as_bytes())
    }

    async fn call(self, client: &Client) -> las_client::Result<()> {
        match self {
            Method::Get => client.documents().get("las:document:1").await.map(drop),
            Method::Delete => client.models().delete("las:model:1").await.map(drop),
            Method::Post => client
                .datasets()
                .create()
                .name("matrix")
                .send()
                .await
                .map(drop),
        }
    }
}

/// Where a fault is injected.
#[derive(Clone)]
enum Fault {
    /// The first answers of the API, then success.
    Api(Vec<Action>),
    /// Nothing listens on the API's port.
    Refused,
    /// The API answers 401 to the first token it sees.
    ExpiredToken,
    /// The first answers of the token endpoint, then a token.
    Token(Vec<Action>),
    /// The API redirects to another origin.
    Redirect,
}

struct Case {
    name: &'static str,
    fault: Fault,
    /// The outcomes allowed per method: `ok` or the error's kind, and the
    /// number of API requests. More than one only where the transport decides
    /// (see "reset before the request is read").
    expect: fn(Method) -> Expected,
}

type Expected = &'static [(&'static str, usize)];

fn once(a: Action) -> Vec<Action> {
    vec![a]
}

fn message(status: u16, text: &str) -> Action {
    Action::Respond(json(status, &serde_json::json!({ "message": text })))
}

fn token_answer(body: &str) -> Action {
    Action::Respond(response(200, &[], body.as_bytes()))
}

/// Replayed for every method (the server did not act): success on the 2nd.
fn ok_after_one_retry(_: Method) -> Expected {
    &[("ok", 2)]
}

/// Replayed for GET and DELETE; a POST stops with `kind` after one request.
fn post_not_replayed(kind: &'static str) -> fn(Method) -> Expected {
    match kind {
        "Server 500" => |m| {
            if m == Method::Post {
                &[("Server 500", 1)]
            } else {
                &[("ok", 2)]
            }
        },
        "Server 502" => |m| {
            if m == Method::Post {
                &[("Server 502", 1)]
            } else {
                &[("ok", 2)]
            }
        },
        "Server 504" => |m| {
            if m == Method::Post {
                &[("Server 504", 1)]
            } else {
                &[("ok", 2)]
            }
        },
        "Transport" => |m| {
            if m == Method::Post {
                &[("Transport", 1)]
            } else {
                &[("ok", 2)]
            }
        },
        "Timeout" => |m| {
            if m == Method::Post {
                &[("Timeout", 1)]
            } else {
                &[("ok", 2)]
            }
        },
        _ => unreachable!("no such kind"),
    }
}

fn cases() -> Vec<Case> {
    let past_date = "Sun, 06 Nov 1994 08:49:37 GMT";
    vec![
        Case {
            name: "429, `Retry-After: 1`",
            fault: Fault::Api(once(Action::Respond(response(
                429,
                &[("retry-after", "1")],
                br#"{"message":"Too Many Requests"}"#,
            )))),
            expect: ok_after_one_retry,
        },
        Case {
            name: "429, `Retry-After` HTTP-date",
            fault: Fault::Api(once(Action::Respond(response(
                429,
                &[("retry-after", past_date)],
                br#"{"message":"Too Many Requests"}"#,
            )))),
            expect: ok_after_one_retry,
        },
        Case {
            name: "429 \"Limit Exceeded\"",
            fault: Fault::Api(once(message(429, "Limit Exceeded"))),
            expect: |_| &[("LimitExceeded", 1)],
        },
        Case {
            name: "500",
            fault: Fault::Api(once(message(500, "Internal Server Error"))),
            expect: post_not_replayed("Server 500"),
        },
        Case {
            name: "502 with an HTML body",
            fault: Fault::Api(once(Action::Respond(response(
                502,
                &[("content-type", "text/html")],
                b"<html><body>Bad Gateway</body></html>",
            )))),
            expect: post_not_replayed("Server 502"),
        },
        Case {
            name: "503",
            fault: Fault::Api(once(message(503, "Service Unavailable"))),
            expect: ok_after_one_retry,
        },
        Case {
            name: "504",
            fault: Fault::Api(once(message(504, "Gateway Timeout"))),
            expect: post_not_replayed("Server 504"),
        },
        Case {
            name: "connection refused",
            fault: Fault::Refused,
            expect: |_| &[("Transport", 0)],
        },
        Case {
            name: "reset before the request is read",
            fault: Fault::Api(once(Action::ResetOnAccept)),
            // The request never arrived. A POST is replayed only when the
            // transport reports it unsent (hyper's "canceled"); either way
            // the server receives it at most once.
            expect: |m| {
                if m == Method::Post {
                    &[("Transport", 0), ("ok", 1)]
                } else {
                    &[("ok", 1)]
                }
            },
        },
        Case {
            name: "reset after the request is read",
            fault: Fault::Api(once(Action::Reset)),
            expect: post_not_replayed("Transport"),
        },
        Case {
            name: "headers, then a stalled body",
            fault: Fault::Api(once(Action::Stall(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"a\"".to_vec(),
            ))),
            expect: post_not_replayed("Timeout"),
        },
        Case {
            name: "no headers at all",
            fault: Fault::Api(once(Action::Stall(Vec::new()))),
            expect: post_not_replayed("Timeout"),
        },
        Case {
            name: "truncated body",
            fault: Fault::Api(once(Action::Respond(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"documentId\":".to_vec(),
            ))),
            expect: post_not_replayed("Transport"),
        },
        Case {
            name: "malformed JSON",
            fault: Fault::Api(once(Action::Respond(response(200, &[], b"{\"documentId\": ")))),
            expect: |_| &[("Decode", 1)],
        },
        Case {
            name: "JSON of the wrong shape",
            fault: Fault::Api(once(Action::Respond(response(200, &[], b"{\"unexpected\": [1, 2]}")))),
            expect: |_| &[("Decode", 1)],
        },
        Case {
            name: "empty 200",
            fault: Fault::Api(once(Action::Respond(response(200, &[], b"")))),
            expect: |_| &[("Decode", 1)],
        },
        Case {
            name: "oversized body (> limit)",
            fault: Fault::Api(once(Action::Respond(response(
                200,
                &[],
                format!("{{\"padding\": \"{}\"}}", "x".repeat(LIMIT as usize)).as_bytes(),
            )))),
            expect: |_| &[("ResponseTooLarge", 1)],
        },
        Case {
            name: "401, token expired mid-run",
            fault: Fault::ExpiredToken,
            expect: ok_after_one_retry,
        },
        Case {
            name: "token endpoint 500",
            fault: Fault::Token(once(message(500, "Internal Server Error"))),
            expect: |_| &[("ok", 1)],
        },
        Case {
            name: "token endpoint 503",
            fault: Fault::Token(once(message(503, "Service Unavailable"))),
            expect: |_| &[("ok", 1)],
        },
        Case {
            name: "token endpoint 401 `invalid_client`",
            fault: Fault::Token(once(Action::Respond(json(
                401,
                &serde_json::json!({"error": "invalid_client"}),
            )))),
            expect: |_| &[("InvalidCredentials", 0)],
        },
        Case {
            name: "token endpoint, no `expires_in`",
            fault: Fault::Token(once(token_answer(r#"{"access_token": "no-expiry"}"#))),
            expect: |_| &[("ok", 1)],
        },
        Case {
            name: "token endpoint, not JSON",
            fault: Fault::Token(once(Action::Respond(response(
                200,
                &[("content-type", "text/html")],
                b"<html>login</html>",
            )))),
            expect: |_| &[("Decode", 0)],
        },
        Case {
            name: "token endpoint, `expires_in: 1e300`",
            fault: Fault::Token(once(token_answer(r#"{"access_token": "huge", "expires_in": 1e300}"#))),
            expect: |_| &[("ok", 1)],
        },
        Case {
            name: "redirect to another origin",
            fault: Fault::Redirect,
            expect: |_| &[("Redirect", 1)],
        },
    ]
}

fn kind(result: &las_client::Result<()>) -> String {
    match result {
        Ok(()) => "ok".into(),
        Err(Error::Server { status, .. }) => format!("Server {status}"),
        Err(Error::Transport { .. }) => "Transport".into(),
        Err(Error::Timeout { .. }) => "Timeout".into(),
        Err(Error::Decode { .. }) => "Decode".into(),
        Err(Error::LimitExceeded { .. }) => "LimitExceeded".into(),
        Err(Error::ResponseTooLarge { .. }) => "ResponseTooLarge".into(),
        Err(Error::InvalidCredentials { .. }) => "InvalidCredentials".into(),
        Err(Error::Redirect { .. }) => "Redirect".into(),
        Err(other) => format!("{other:?}"),
    }
}

/// Whether the server may have acted on a request it answered this way.
fn acted(action: &Action) -> bool {
    match action {
        Action::ResetOnAccept => false,
        Action::Respond(bytes) => {
            !(bytes.starts_with(b"HTTP/1.1 429") || bytes.starts_with(b"HTTP/1.1 503"))
        }
        Action::Reset | Action::Stall(_) => true,
    }
}

struct Row {
    case: &'static str,
    method: Method,
    outcome: String,
    api_requests: usize,
    token_requests: Option<usize>,
    duplicate_posts: usize,
    elapsed: Duration,
    expected: Expected,
}

/// The API's answers: `steps` first, then success; counts POSTs replayed
/// after one the server may have acted on.
async fn api_server(steps: Vec<Action>, success: Vec<u8>, duplicates: Arc<AtomicUsize>) -> Server {
    let acted_on_post = Arc::new(AtomicBool::new(false));
    Server::start(move |n, e| {
        let action = steps
            .get(n)
            .cloned()
            .unwrap_or_else(|| Action::Respond(success.clone()));
        match e {
            Event::Accepted => action,
            Event::Request(r) => {
                if r.method() == "POST" {
                    if acted_on_post.load(Ordering::SeqCst) {
                        duplicates.fetch_add(1, Ordering::SeqCst);
                    }
                    if acted(&action) {
                        acted_on_post.store(true, Ordering::SeqCst);
                    }
                }
                action
            }
        }
    })
    .await
}

fn policy() -> RetryPolicy {
    RetryPolicy::standard()
        .with_max_attempts(3)
        .with_jitter(false)
        .with_initial_delay(Duration::from_millis(5))
        .with_max_delay(Duration::from_millis(20))
        .with_max_retry_after(Duration::from_secs(2))
}

fn builder() -> las_client::ClientBuilder {
    Client::builder()
        .retry_policy(policy())
        .timeout(TIMEOUT)
        .connect_timeout(TIMEOUT)
        .max_response_size(LIMIT)
}

async fn run(case: &Case, method: Method) -> Row {
    let duplicates = Arc::new(AtomicUsize::new(0));
    let expected = (case.expect)(method);
    let started;
    let (outcome, api_requests, token_requests);
    match &case.fault {
        Fault::Api(steps) => {
            let api = api_server(steps.clone(), method.success(), duplicates.clone()).await;
            let client = builder()
                .credentials(
                    Credentials::api_key("matrix-key", format!("{}/v1", api.url())).unwrap(),
                )
                .build()
                .unwrap();
            started = Instant::now();
            outcome = method.call(&client).await;
            api_requests = api.requests().len();
            token_requests = None;
        }
        Fault::Refused => {
            let port = {
                let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
                l.local_addr().unwrap().port()
            };
            let client = builder()
                .credentials(
                    Credentials::api_key("matrix-key", format!("http://127.0.0.1:{port}/v1"))
                        .unwrap(),
                )
                .build()
                .unwrap();
            started = Instant::now();
            outcome = method.call(&client).await;
            api_requests = 0;
            token_requests = None;
        }
        Fault::ExpiredToken | Fault::Token(_) => {
            let token_steps = match &case.fault {
                Fault::Token(steps) => steps.clone(),
                _ => Vec::new(),
            };
            let auth = Server::start(move |n, e| {
                let fresh = json(
                    200,
                    &serde_json::json!({"access_token": format!("token-{n}"), "expires_in": 3600}),
                );
                let action = token_steps
                    .get(n)
                    .cloned()
                    .unwrap_or(Action::Respond(fresh));
                match e {
                    Event::Accepted | Event::Request(_) => action,
                }
            })
            .await;
            let api = if matches!(case.fault, Fault::ExpiredToken) {
                let success = method.success();
                Server::start(move |_, e| match e {
                    Event::Request(r) if r.header("authorization") == Some("Bearer token-0") => {
                        Action::Respond(response(
                            401,
                            &[("www-authenticate", "Bearer error=\"invalid_token\"")],
                            b"",
                        ))
                    }
                    _ => Action::Respond(success.clone()),
                })
                .await
            } else {
                api_server(Vec::new(), method.success(), duplicates.clone()).await
            };
            let client = builder()
                .credentials(
                    Credentials::client_credentials(
                        "matrix-id",
                        "matrix-secret",
                        auth.url(),
                        format!("{}/v1", api.url()),
                    )
                    .unwrap(),
                )
                .build()
                .unwrap();
            started = Instant::now();
            outcome = method.call(&client).await;
            api_requests = api.requests().len();
            token_requests = Some(auth.requests().len());
        }
        Fault::Redirect => {
            let elsewhere = Server::always(method.success()).await;
            let to = format!("{}/v1/elsewhere", elsewhere.url());
            let api = api_server(
                vec![Action::Respond(response(307, &[("location", &to)], b""))],
                method.success(),
                duplicates.clone(),
            )
            .await;
            let client = builder()
                .credentials(
                    Credentials::api_key("matrix-key", format!("{}/v1", api.url())).unwrap(),
                )
                .build()
                .unwrap();
            started = Instant::now();
            outcome = method.call(&client).await;
            api_requests = api.requests().len();
            token_requests = None;
            assert_eq!(
                elsewhere.connections(),
                0,
                "{}: the redirect target was contacted",
                case.name
            );
        }
    }
    Row {
        case: case.name,
        method,
        outcome: kind(&outcome),
        api_requests,
        token_requests,
        duplicate_posts: duplicates.load(Ordering::SeqCst),
        elapsed: started.elapsed(),
        expected,
    }
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| Fault | Method | Asserted outcome | API requests | Token requests | Duplicate POSTs |\n\
         |---|---|---|---|---|---|\n",
    );
    for r in rows {
        let outcomes: Vec<String> = r
            .expected
            .iter()
            .map(|(kind, _)| match *kind {
                "ok" => "success".to_string(),
                kind => {
                    format!("`Error::{}`", kind.split(' ').next().unwrap_or(kind))
                        + &kind
                            .split_once(' ')
                            .map(|(_, s)| format!(" {s}"))
                            .unwrap_or_default()
                }
            })
            .collect();
        let counts: Vec<String> = r.expected.iter().map(|(_, n)| n.to_string()).collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            r.case,
            r.method.name(),
            outcomes.join(" or "),
            counts.join(" or "),
            r.token_requests.map_or("–".to_string(), |n| n.to_string()),
            r.duplicate_posts
        ));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_matrix() {
    let cases = cases();
    // Cells are independent (own servers, own clients): a few run at once,
    // few enough that a loaded machine does not turn delays into timeouts.
    use futures::StreamExt;
    let rows: Vec<Row> = futures::stream::iter(
        cases
            .iter()
            .flat_map(|case| Method::ALL.map(|m| (case, m)))
            .map(|(case, m)| run(case, m)),
    )
    .buffered(3)
    .collect()
    .await;

    let mut failures = Vec::new();
    for r in &rows {
        let cell = format!("{} × {}", r.case, r.method.name());
        if !r.expected.contains(&(r.outcome.as_str(), r.api_requests)) {
            failures.push(format!(
                "{cell}: got {} with {} API requests, expected {:?}",
                r.outcome, r.api_requests, r.expected
            ));
        }
        if r.duplicate_posts != 0 {
            failures.push(format!("{cell}: {} duplicate POSTs", r.duplicate_posts));
        }
        if r.elapsed > CELL_BOUND {
            failures.push(format!("{cell}: took {:?}", r.elapsed));
        }
    }
    let printed = table(&rows);
    println!("{printed}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // docs/reliability.md holds this very table.
    let doc_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/reliability.md");
    let doc = std::fs::read_to_string(doc_path).unwrap_or_default();
    const BEGIN: &str = "<!-- fault-matrix:begin -->\n";
    const END: &str = "<!-- fault-matrix:end -->";
    let (Some(b), Some(e)) = (doc.find(BEGIN), doc.find(END)) else {
        panic!("docs/reliability.md lacks the fault-matrix markers");
    };
    let current = &doc[b + BEGIN.len()..e];
    if current != printed {
        if std::env::var_os("LAS_UPDATE_DOCS").is_some() {
            let updated = format!("{}{printed}{}", &doc[..b + BEGIN.len()], &doc[e..]);
            std::fs::write(doc_path, updated).unwrap();
        } else {
            panic!(
                "docs/reliability.md's fault matrix is out of date; rerun with LAS_UPDATE_DOCS=1"
            );
        }
    }
}
