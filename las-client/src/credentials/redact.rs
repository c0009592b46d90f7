//! Replacing the secrets a client knows in the text it produces.
//!
//! Servers echo things back: a 400 whose message quotes the API key, a token
//! endpoint that repeats the `Authorization` header. Every error message,
//! excerpt and log line built from a response goes through a [`Redactor`]
//! that knows the credentials' secrets (client secret, API key, the Basic
//! value `base64(id:secret)` and `base64(secret)`) and the access tokens in
//! use, and replaces each with `[REDACTED]`.

use std::collections::VecDeque;
use std::sync::Mutex;

use base64::engine::general_purpose::STANDARD_NO_PAD;
use base64::Engine;

/// What a secret is replaced with.
pub(crate) const REDACTED: &str = "[REDACTED]";
/// Shorter values are not replaced: they would mangle ordinary words.
const MIN_SECRET_LEN: usize = 4;
/// Access tokens remembered (the current one and a few before it, which a
/// slow response may still echo).
const TOKENS_KEPT: usize = 4;
/// The longest message or excerpt an error carries, in bytes.
pub(crate) const MAX_MESSAGE_BYTES: usize = 4096;

/// The secrets of one set of credentials.
#[derive(Default)]
pub(crate) struct Redactor {
    fixed: Vec<String>,
    tokens: Mutex<VecDeque<String>>,
}

impl Redactor {
    /// For client credentials: the secret, `base64(secret)` and the Basic
    /// value in both the plain and the form-urlencoded form (RFC 6749 2.3.1,
    /// which the token request uses).
    pub(crate) fn for_client_credentials(client_id: &str, secret: &str) -> Self {
        let encode = |s: &str| {
            oauth2::url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>()
        };
        let mut fixed = vec![
            secret.to_owned(),
            encode(secret),
            STANDARD_NO_PAD.encode(secret),
            STANDARD_NO_PAD.encode(format!("{client_id}:{secret}")),
            STANDARD_NO_PAD.encode(format!("{}:{}", encode(client_id), encode(secret))),
        ];
        fixed.retain(|s| s.len() >= MIN_SECRET_LEN);
        Self::with(fixed)
    }

    /// For an API key: the key and `base64(key)`.
    pub(crate) fn for_api_key(key: &str) -> Self {
        let mut fixed = vec![key.to_owned(), STANDARD_NO_PAD.encode(key)];
        fixed.retain(|s| s.len() >= MIN_SECRET_LEN);
        Self::with(fixed)
    }

    fn with(mut fixed: Vec<String>) -> Self {
        // Longest first, so that a secret containing another is replaced whole.
        fixed.sort_by_key(|s| std::cmp::Reverse(s.len()));
        fixed.dedup();
        Redactor {
            fixed,
            tokens: Mutex::default(),
        }
    }

    /// Remember an access token (the most recent few are kept).
    pub(crate) fn add_token(&self, token: &str) {
        if token.len() < MIN_SECRET_LEN {
            return;
        }
        let mut tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
        if tokens.iter().any(|t| t == token) {
            return;
        }
        if tokens.len() == TOKENS_KEPT {
            tokens.pop_front();
        }
        tokens.push_back(token.to_owned());
    }

    /// `text` with every known secret replaced.
    pub(crate) fn redact(&self, text: &str) -> String {
        let mut out = text.to_owned();
        let tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
        for secret in self.fixed.iter().chain(tokens.iter()) {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), REDACTED);
            }
        }
        out
    }

    /// `text` redacted, then capped at [`MAX_MESSAGE_BYTES`].
    pub(crate) fn clean(&self, text: String) -> String {
        // Cut very long texts before searching them; a secret cut in half at
        // this point lies far beyond the final cap.
        let text = cap(text, MAX_MESSAGE_BYTES * 4);
        cap(self.redact(&text), MAX_MESSAGE_BYTES)
    }
}

/// At most `max` bytes of `text`, cut at a character boundary, with `…`
/// when cut.
pub(crate) fn cap(mut text: String, max: usize) -> String {
    if text.len() <= max {
        return text;
    }
    let mut end = max.saturating_sub('…'.len_utf8());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text.push('…');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_secrets_are_replaced() {
        let r = Redactor::for_client_credentials("my id", "s3cr3t+/=");
        let basic = base64::engine::general_purpose::STANDARD.encode("my id:s3cr3t+/=");
        let form = STANDARD_NO_PAD.encode("my+id:s3cr3t%2B%2F%3D");
        r.add_token("tok-123");
        let text = format!("a s3cr3t+/= b {basic} c {form} d tok-123 e");
        let out = r.redact(&text);
        assert_eq!(out.matches(REDACTED).count(), 4, "{out}");
        assert!(!out.contains("s3cr3t") && !out.contains("tok-123"), "{out}");
        // Short values are left alone.
        let short = Redactor::for_api_key("abc");
        assert_eq!(short.redact("abc"), "abc");
    }

    #[test]
    fn tokens_are_bounded() {
        let r = Redactor::for_api_key("key-1234");
        for i in 0..10 {
            r.add_token(&format!("token-{i}"));
        }
        assert_eq!(r.tokens.lock().unwrap().len(), TOKENS_KEPT);
        assert_eq!(r.redact("token-9"), REDACTED);
    }

    #[test]
    fn caps_at_a_char_boundary() {
        let s = "é".repeat(5000);
        let c = cap(s, 4096);
        assert!(c.len() <= 4096 && c.ends_with('…'));
        assert_eq!(cap("short".into(), 4096), "short");
        assert_eq!(cap("abcdef".into(), 2), "…");
    }
}
