//! Authentication: the OAuth2 client-credentials token endpoint and the
//! check every API request goes through (`Authorization: Bearer <token>` or
//! `x-api-key: <key>`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT;
use base64::Engine;
use serde_json::json;

use crate::app::App;
use crate::clock::ms;
use crate::error::ApiError;
use crate::faults::{self, Target};
use crate::ids::IdGen;
use crate::lock;
use crate::server::ConnCtl;

/// Longest token request body read (form bodies are tiny).
const MAX_TOKEN_BODY: usize = 64 * 1024;
/// Expired tokens are forgotten this long after expiry (until then they get 401, not 403).
const KEEP_EXPIRED_MS: u64 = 24 * 3600 * 1000;

#[derive(Clone, Debug)]
struct TokenInfo {
    expires_ms: u64,
    principal: String,
}

/// Issued access tokens and their expiry times (on the emulator clock).
#[derive(Debug)]
pub(crate) struct TokenStore {
    rng: Mutex<IdGen>,
    tokens: Mutex<HashMap<String, TokenInfo>>,
}

impl TokenStore {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: Mutex::new(IdGen::new(seed ^ 0x746f_6b65_6e73_0001)),
            tokens: Mutex::new(HashMap::new()),
        }
    }

    /// A new token for `principal`, valid from `now_ms` for `lifetime_ms`.
    pub fn issue(&self, principal: &str, now_ms: u64, lifetime_ms: u64) -> String {
        let token = format!("las-emu.{}", lock(&self.rng).hex(32));
        let mut tokens = lock(&self.tokens);
        tokens.retain(|_, t| t.expires_ms.saturating_add(KEEP_EXPIRED_MS) > now_ms);
        tokens.insert(
            token.clone(),
            TokenInfo {
                expires_ms: now_ms.saturating_add(lifetime_ms),
                principal: principal.to_string(),
            },
        );
        token
    }

    /// Makes every token issued so far expired.
    pub fn expire_all(&self) {
        for t in lock(&self.tokens).values_mut() {
            t.expires_ms = 0;
        }
    }

    fn lookup(&self, token: &str) -> Option<TokenInfo> {
        lock(&self.tokens).get(token).cloned()
    }
}

/// Checks the credentials of an API request; returns the principal (the id
/// recorded as `createdBy`/`updatedBy`).
pub(crate) fn check(app: &App, headers: &HeaderMap, now_ms: u64) -> Result<String, ApiError> {
    if let Some(key) = headers.get("x-api-key").and_then(|v| v.to_str().ok()) {
        if key == app.cfg.api_key {
            return Ok(app.principal.clone());
        }
    }
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, rest) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        });
    match bearer.and_then(|t| app.tokens.lookup(t)) {
        Some(info) if now_ms < info.expires_ms => Ok(info.principal),
        Some(_) => Err(ApiError::token_expired()),
        None => Err(ApiError::forbidden()),
    }
}

/// `POST /token` and `POST /oauth2/token`: client credentials in HTTP Basic
/// auth (or `client_id`/`client_secret` form fields), `grant_type=client_credentials`
/// in the form body or the query string.
pub(crate) async fn token_endpoint(
    State(app): State<Arc<App>>,
    conn: Option<Extension<ConnCtl>>,
    req: Request,
) -> Response {
    app.stats.record_token();
    let path = req.uri().path().to_string();
    let conn = conn.map(|Extension(c)| c);
    let target = Target {
        operation: "token",
        path: &path,
        token_endpoint: true,
    };
    let app2 = app.clone();
    faults::apply(&app, target, conn.as_ref(), async move {
        let (parts, body) = req.into_parts();
        let body = match axum::body::to_bytes(body, MAX_TOKEN_BODY).await {
            Ok(b) => b,
            Err(_) => return oauth_error(StatusCode::PAYLOAD_TOO_LARGE, "invalid_request"),
        };
        issue_token(&app2, &parts.headers, parts.uri.query(), &body)
    })
    .await
}

fn issue_token(app: &App, headers: &HeaderMap, query: Option<&str>, body: &Bytes) -> Response {
    let mut form: HashMap<String, String> =
        form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    form.extend(form_urlencoded::parse(body).into_owned());
    let creds = basic_credentials(headers).or_else(|| {
        Some((
            form.get("client_id")?.clone(),
            form.get("client_secret")?.clone(),
        ))
    });
    let Some((id, secret)) = creds else {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client");
    };
    let Some(principal) = app.principal_for_client(&id, &secret) else {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client");
    };
    match form.get("grant_type").map(String::as_str) {
        Some("client_credentials") => {}
        Some(_) => return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type"),
        None => return oauth_error(StatusCode::BAD_REQUEST, "invalid_request"),
    }
    let lifetime = ms(app.cfg.token_lifetime);
    let token = app.tokens.issue(&principal, app.clock.now_ms(), lifetime);
    let mut response = Json(json!({
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": lifetime / 1000,
    }))
    .into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = STANDARD_PAD_INDIFFERENT.decode(encoded.trim()).ok()?;
    let decoded = String::from_utf8(decoded).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((id.to_string(), secret.to_string()))
}

fn oauth_error(status: StatusCode, error: &str) -> Response {
    let mut response = (status, Json(json!({ "error": error }))).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"las-emulator\""),
        );
    }
    response
}
