//! Entry points for the fuzz targets in `tests/fuzz.rs`: the parsers that
//! read what a server or a file sends, without the network or the disk.
//! Not part of the API; no stability promise.

use std::time::{Duration, SystemTime};

/// `Retry-After` parsing.
pub fn retry_after(value: &str) -> Option<Duration> {
    crate::retry::parse_retry_after(value)
}

/// A token-cache file's bytes: the expiry of `profile`'s token, if any.
pub fn token_cache(bytes: &[u8], profile: &str) -> Option<SystemTime> {
    crate::credentials::cache::parse(bytes, profile, &"<fuzz>").map(|t| t.expires_at)
}

/// A token endpoint's answer: the token's lifetime (`Ok(None)`: the default
/// applies), or the decode error.
pub fn token_response(body: &[u8]) -> Result<Option<Duration>, serde_json::Error> {
    crate::credentials::parse_token_response(body)
}

/// A response type's name and a decoder that reads raw bytes as it (the
/// result is dropped).
pub type ResponseDecoder = (&'static str, fn(&[u8]));

/// Every response type of the API, with its decoder: generated from
/// openapi.yaml.
pub fn response_decoders() -> &'static [ResponseDecoder] {
    crate::generated::decoders::RESPONSE_DECODERS
}

/// Content sniffing: the content type detected in `bytes`.
pub fn sniff(bytes: &[u8]) -> crate::Result<crate::types::ContentType> {
    crate::content::sniff(bytes)
}

/// The message of an error body as the client shows it (capped).
pub fn error_message(status: u16, body: &[u8]) -> String {
    crate::call::message_for_fuzzing(status, body)
}

/// A document's or asset's JSON answer fed to the download scanner in
/// pieces split at `cuts`: the decoded content and the `fileUrl`, or what is
/// wrong with the body.
pub fn download_body(body: &[u8], cuts: &[usize]) -> Result<(Vec<u8>, Option<String>), String> {
    let mut decoder = crate::download::ContentDecoder::new();
    let mut out = Vec::new();
    let mut start = 0;
    let mut ends: Vec<usize> = cuts.iter().map(|&c| c.min(body.len())).collect();
    ends.sort_unstable();
    ends.push(body.len());
    for end in ends {
        if end > start {
            decoder.feed(&body[start..end], &mut out)?;
            start = end;
        }
    }
    match decoder.finish()? {
        crate::download::Found::Content => Ok((out, None)),
        crate::download::Found::FileUrl(url) => Ok((out, Some(url))),
    }
}
