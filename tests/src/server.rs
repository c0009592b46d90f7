//! The HTTP server: the router built from the spec's operation table, and an
//! accept loop that serves each connection with hyper so that a fault can
//! close a connection without answering.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{RawPathParams, Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{post, put, MethodFilter, MethodRouter};
use axum::{Extension, Router};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::{GracefulShutdown, Watcher};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;
use tower_http::catch_panic::CatchPanicLayer;

use crate::admin;
use crate::app::App;
use crate::auth;
use crate::error::message_response;
use crate::files;
use crate::pipeline;

/// How long a shutdown waits for in-flight requests before closing connections.
const GRACE: Duration = Duration::from_secs(2);
/// How long a TLS handshake may take.
const HANDSHAKE: Duration = Duration::from_secs(10);

/// Serves one plain connection in a task, watched by `graceful`.
fn serve_connection<I>(io: I, router: &Router, graceful: &GracefulShutdown)
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    serve_watched(io, router, graceful.watcher());
}

/// Serves one connection in a task, watched by `watcher`.
fn serve_watched<I>(io: I, router: &Router, watcher: Watcher)
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let ctl = ConnCtl {
        kill: CancellationToken::new(),
    };
    let kill = ctl.kill.clone();
    let service = router
        .clone()
        .map_request(move |mut req: Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(ctl.clone());
            req
        });
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .serve_connection(TokioIo::new(io), TowerToHyperService::new(service));
    let conn = watcher.watch(conn);
    tokio::spawn(async move {
        tokio::select! {
            _ = conn => {}
            _ = kill.cancelled() => {}
        }
    });
}

/// Per-connection control handed to every request on that connection.
#[derive(Clone, Debug)]
pub(crate) struct ConnCtl {
    kill: CancellationToken,
}

impl ConnCtl {
    /// Closes the TCP connection at once, without writing anything more.
    pub fn kill(&self) {
        self.kill.cancel();
    }
}

/// Every operation of the spec under `/v1`, the token endpoints, the
/// `/_emulator` control routes, and JSON 404/405 answers for everything else.
pub(crate) fn router(app: Arc<App>) -> Router {
    let mut by_path: BTreeMap<String, MethodRouter<Arc<App>>> = BTreeMap::new();
    for (index, op) in app.spec.operations.iter().enumerate() {
        let Ok(filter) = MethodFilter::try_from(op.method.clone()) else {
            continue;
        };
        let handler = move |State(app): State<Arc<App>>,
                            conn: Option<Extension<ConnCtl>>,
                            params: Result<
            RawPathParams,
            axum::extract::rejection::RawPathParamsRejection,
        >,
                            req: Request| {
            pipeline::handle(app, index, conn.map(|Extension(c)| c), params.ok(), req)
        };
        let path = format!("/v1{}", op.path);
        let methods = by_path.remove(&path).unwrap_or_default();
        by_path.insert(path, methods.on(filter, handler));
    }
    let mut router = Router::new();
    for (path, methods) in by_path {
        router = router.route(&path, methods);
    }
    router
        .route("/token", post(auth::token_endpoint))
        .route("/oauth2/token", post(auth::token_endpoint))
        .route(
            "/files/documents/{documentId}",
            put(files::upload).get(files::download),
        )
        .merge(admin::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(CatchPanicLayer::custom(|_| {
            message_response(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
        }))
        .with_state(app)
}

async fn not_found(State(app): State<Arc<App>>) -> Response {
    app.stats.record_unmatched();
    message_response(StatusCode::NOT_FOUND, "Not Found")
}

async fn method_not_allowed(State(app): State<Arc<App>>, method: Method) -> Response {
    app.stats.record_unmatched();
    let mut r = message_response(StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed");
    if method == Method::HEAD {
        r = StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    r
}

/// Accepts connections until `shutdown` is cancelled, then lets in-flight
/// requests finish (up to two seconds) and returns. With `tls`, every
/// connection is a TLS one (a failed handshake just closes it).
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: CancellationToken,
    tls: Option<TlsAcceptor>,
) {
    let graceful = GracefulShutdown::new();
    loop {
        tokio::select! {
            biased;
            _ = shutdown.cancelled() => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    // Out of file descriptors and the like: back off briefly.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                match &tls {
                    None => serve_connection(stream, &router, &graceful),
                    Some(acceptor) => {
                        let accept = acceptor.accept(stream);
                        let router = router.clone();
                        let watcher = graceful.watcher();
                        tokio::spawn(async move {
                            let handshake = tokio::time::timeout(HANDSHAKE, accept).await;
                            if let Ok(Ok(stream)) = handshake {
                                serve_watched(stream, &router, watcher);
                            }
                        });
                    }
                }
            }
        }
    }
    drop(listener);
    drop(tls);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(GRACE) => {}
    }
}
