//! Streaming downloads: `download_to` decodes a document's or asset's base64
//! `content` into the file as the response arrives, holding one network
//! chunk at a time, never the body or the file.
//!
//! [`ContentDecoder`] scans the top-level JSON object of the response, skips
//! every member but `content`, and base64-decodes that string piece by
//! piece. The file is written beside its destination and moved into place
//! only when the whole content was decoded.

use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use futures::StreamExt;
use las_api::ResponseValue;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderValue, ACCEPT};
use tokio::io::AsyncWriteExt;

use crate::call::Op;
use crate::{Client, Error, Result};

/// Base64 text decoded at once (a multiple of 4).
const DECODE_BATCH: usize = 64 * 1024;

/// Where the decoder is in the response's top-level object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before `{`.
    Start,
    /// After `{` or `,`: a key (or `}` right after `{`).
    Key { first: bool },
    /// Inside a key; `escape` after a backslash.
    InKey { escape: bool },
    /// After a key, before `:`.
    Colon,
    /// Before a value.
    Value,
    /// Inside the `content` string.
    Content,
    /// Inside the `content` string, after a backslash.
    ContentEscape,
    /// Inside a `\uXXXX` escape of the `content` string: hex digits so far.
    ContentUnicode { digits: u8, value: u32 },
    /// Skipping a string value.
    SkipString { escape: bool },
    /// Inside the `fileUrl` string (kept, escapes and all).
    FileUrl { escape: bool },
    /// Skipping an object or array value.
    SkipNested {
        depth: u32,
        in_string: bool,
        escape: bool,
    },
    /// Skipping a number, `true`, `false` or `null`.
    SkipScalar,
    /// After a value: `,` or `}`.
    Next,
    /// After the closing `}`.
    Done,
}

/// Decodes the `content` member of a JSON object fed in pieces.
#[derive(Debug)]
pub(crate) struct ContentDecoder {
    state: State,
    key: Vec<u8>,
    value_is_content: bool,
    value_is_file_url: bool,
    content_seen: bool,
    /// The raw JSON text of `fileUrl`, when the object has one.
    file_url: Option<Vec<u8>>,
    pending: Vec<u8>,
}

/// The longest `fileUrl` accepted.
const MAX_FILE_URL: usize = 16 * 1024;

/// What the body held: the content (written out), or where to fetch it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Found {
    Content,
    FileUrl(String),
}

fn invalid(what: impl Into<String>) -> String {
    what.into()
}

impl ContentDecoder {
    pub(crate) fn new() -> Self {
        ContentDecoder {
            state: State::Start,
            key: Vec::new(),
            value_is_content: false,
            value_is_file_url: false,
            content_seen: false,
            file_url: None,
            pending: Vec::new(),
        }
    }

    /// Feed the next piece of the body; decoded content is appended to
    /// `out`. An error says what is wrong with the body.
    pub(crate) fn feed(
        &mut self,
        mut input: &[u8],
        out: &mut Vec<u8>,
    ) -> std::result::Result<(), String> {
        while let Some((&byte, rest)) = input.split_first() {
            if self.state == State::Content {
                // The bulk of the body: take everything up to a quote or a
                // backslash at once.
                let end = input
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\')
                    .unwrap_or(input.len());
                self.pending.extend_from_slice(&input[..end]);
                self.decode_pending(out, false)?;
                input = &input[end..];
                if let Some((&b, rest)) = input.split_first() {
                    input = rest;
                    if b == b'"' {
                        self.decode_pending(out, true)?;
                        self.state = State::Next;
                    } else {
                        self.state = State::ContentEscape;
                    }
                }
                continue;
            }
            input = rest;
            self.step(byte)?;
        }
        Ok(())
    }

    /// The body ended: the object must be complete and have had content or
    /// a `fileUrl` to fetch it from.
    pub(crate) fn finish(&self) -> std::result::Result<Found, String> {
        if self.state != State::Done {
            return Err(invalid(
                "the response body ended before the JSON object did",
            ));
        }
        if self.content_seen {
            return Ok(Found::Content);
        }
        match &self.file_url {
            Some(raw) => {
                let mut quoted = Vec::with_capacity(raw.len() + 2);
                quoted.push(b'"');
                quoted.extend_from_slice(raw);
                quoted.push(b'"');
                serde_json::from_slice::<String>(&quoted)
                    .map(Found::FileUrl)
                    .map_err(|_| invalid("fileUrl is not a valid JSON string"))
            }
            None => Err(invalid("the response has neither content nor a fileUrl")),
        }
    }

    fn step(&mut self, byte: u8) -> std::result::Result<(), String> {
        let ws = matches!(byte, b' ' | b'\t' | b'\n' | b'\r');
        self.state = match self.state {
            State::Start if ws => State::Start,
            State::Start if byte == b'{' => State::Key { first: true },
            State::Start => return Err(invalid("the response is not a JSON object")),
            State::Key { first } if ws => State::Key { first },
            State::Key { .. } if byte == b'"' => {
                self.key.clear();
                State::InKey { escape: false }
            }
            State::Key { first: true } if byte == b'}' => State::Done,
            State::Key { .. } => return Err(invalid("expected a key in the response object")),
            State::InKey { escape: true } => {
                self.key.push(byte);
                State::InKey { escape: false }
            }
            State::InKey { escape: false } if byte == b'\\' => {
                self.key.push(byte);
                State::InKey { escape: true }
            }
            State::InKey { escape: false } if byte == b'"' => {
                self.value_is_content = self.key == b"content";
                self.value_is_file_url = self.key == b"fileUrl";
                State::Colon
            }
            State::InKey { escape: false } => {
                // Keys of interest are short; a longer one is skipped.
                if self.key.len() < 64 {
                    self.key.push(byte);
                }
                State::InKey { escape: false }
            }
            State::Colon if ws => State::Colon,
            State::Colon if byte == b':' => State::Value,
            State::Colon => return Err(invalid("expected ':' in the response object")),
            State::Value if ws => State::Value,
            State::Value if byte == b'"' && self.value_is_content => {
                if self.content_seen {
                    return Err(invalid("the response has content twice"));
                }
                self.content_seen = true;
                State::Content
            }
            State::Value if byte == b'"' && self.value_is_file_url => {
                if self.file_url.is_some() {
                    return Err(invalid("the response has fileUrl twice"));
                }
                self.file_url = Some(Vec::new());
                State::FileUrl { escape: false }
            }
            State::Value if byte == b'"' => State::SkipString { escape: false },
            State::Value if byte == b'{' || byte == b'[' => State::SkipNested {
                depth: 1,
                in_string: false,
                escape: false,
            },
            State::Value if self.value_is_content && byte != b'n' => {
                return Err(invalid("content is not a string"))
            }
            State::Value => State::SkipScalar,
            State::FileUrl { escape } => {
                let url = self.file_url.get_or_insert_with(Vec::new);
                if !escape && byte == b'"' {
                    State::Next
                } else {
                    if url.len() >= MAX_FILE_URL {
                        return Err(invalid("fileUrl is longer than the client accepts"));
                    }
                    url.push(byte);
                    State::FileUrl {
                        escape: !escape && byte == b'\\',
                    }
                }
            }
            State::SkipString { escape: true } => State::SkipString { escape: false },
            State::SkipString { escape: false } => match byte {
                b'\\' => State::SkipString { escape: true },
                b'"' => State::Next,
                _ => State::SkipString { escape: false },
            },
            State::SkipNested {
                depth,
                in_string: true,
                escape,
            } => match (escape, byte) {
                (true, _) => State::SkipNested {
                    depth,
                    in_string: true,
                    escape: false,
                },
                (false, b'\\') => State::SkipNested {
                    depth,
                    in_string: true,
                    escape: true,
                },
                (false, b'"') => State::SkipNested {
                    depth,
                    in_string: false,
                    escape: false,
                },
                _ => State::SkipNested {
                    depth,
                    in_string: true,
                    escape: false,
                },
            },
            State::SkipNested { depth, .. } => match byte {
                b'"' => State::SkipNested {
                    depth,
                    in_string: true,
                    escape: false,
                },
                b'{' | b'[' => State::SkipNested {
                    depth: depth.saturating_add(1),
                    in_string: false,
                    escape: false,
                },
                b'}' | b']' if depth == 1 => State::Next,
                b'}' | b']' => State::SkipNested {
                    depth: depth - 1,
                    in_string: false,
                    escape: false,
                },
                _ => State::SkipNested {
                    depth,
                    in_string: false,
                    escape: false,
                },
            },
            State::SkipScalar if ws => State::Next,
            State::SkipScalar if byte == b',' => State::Key { first: false },
            State::SkipScalar if byte == b'}' => State::Done,
            State::SkipScalar => State::SkipScalar,
            State::Next if ws => State::Next,
            State::Next if byte == b',' => State::Key { first: false },
            State::Next if byte == b'}' => State::Done,
            State::Next => return Err(invalid("expected ',' or '}' in the response object")),
            State::Done if ws => State::Done,
            State::Done => return Err(invalid("unexpected bytes after the response object")),
            State::ContentEscape => match byte {
                b'/' => {
                    self.pending.push(b'/');
                    State::Content
                }
                b'u' => State::ContentUnicode {
                    digits: 0,
                    value: 0,
                },
                _ => return Err(invalid("content is not valid base64 (an escape sequence)")),
            },
            State::ContentUnicode { digits, value } => {
                let digit = (byte as char)
                    .to_digit(16)
                    .ok_or_else(|| invalid("content has an invalid \\u escape"))?;
                let value = value * 16 + digit;
                if digits + 1 < 4 {
                    State::ContentUnicode {
                        digits: digits + 1,
                        value,
                    }
                } else {
                    match u8::try_from(value) {
                        Ok(b) if b.is_ascii() => {
                            self.pending.push(b);
                            State::Content
                        }
                        _ => {
                            return Err(invalid(
                                "content is not valid base64 (a non-ASCII character)",
                            ))
                        }
                    }
                }
            }
            // `feed` takes content bytes before they reach `step`.
            State::Content => {
                self.pending.push(byte);
                State::Content
            }
        };
        Ok(())
    }

    /// Decode whole batches of pending base64 (all of it at the end).
    fn decode_pending(&mut self, out: &mut Vec<u8>, last: bool) -> std::result::Result<(), String> {
        let take = if last {
            self.pending.len()
        } else if self.pending.len() >= DECODE_BATCH {
            self.pending.len() / 4 * 4
        } else {
            return Ok(());
        };
        STANDARD
            .decode_vec(&self.pending[..take], out)
            .map_err(|e| format!("content is not valid base64: {e}"))?;
        self.pending.drain(..take);
        Ok(())
    }
}

impl Client {
    /// `GET {prefix}/{id}` and decode the response's `content` into `path`,
    /// as the body arrives. The request goes through the same attempts,
    /// authentication, hooks and errors as generated operations; the body
    /// is read after the call succeeded (an error while reading it is not
    /// retried). `path` is replaced only when the whole content was decoded.
    /// A response without content but with a `fileUrl` leaves `path` alone
    /// and returns the URL.
    pub(crate) async fn download_content_to(
        &self,
        op: Op,
        prefix: &'static str,
        id: &str,
        path: &Path,
    ) -> Result<Found> {
        let url_path = format!("{prefix}/{}", progenitor_client::encode_path(id));
        let url_path = &url_path;
        let response = self
            .call(op, |api| async move {
                let mut request = api
                    .client()
                    .get(format!("{}{url_path}", api.baseurl()))
                    .header(ACCEPT, HeaderValue::from_static("application/json"))
                    .header(
                        "api-version",
                        HeaderValue::from_static(las_api::Client::api_version()),
                    )
                    .build()?;
                let info = OperationInfo {
                    operation_id: op.name,
                };
                api.pre(&mut request, &info).await?;
                let result = api.exec(request, &info).await;
                api.post(&result, &info).await?;
                let response = result?;
                if response.status() == reqwest::StatusCode::OK {
                    let (status, headers) = (response.status(), response.headers().clone());
                    Ok(ResponseValue::new(response, status, headers))
                } else {
                    Err(las_api::Error::UnexpectedResponse(response))
                }
            })
            .await?;
        decode_into(op.name, response, path).await
    }
}

/// Decode the body's content into a file beside `path`, then move it there.
async fn decode_into(
    operation: &'static str,
    response: reqwest::Response,
    path: &Path,
) -> Result<Found> {
    let mut target = FileBeside::create(path)?;
    let mut decoder = ContentDecoder::new();
    let mut out = Vec::new();
    let mut body = response.bytes_stream();
    let invalid = |what| Error::InvalidResponse { operation, what };
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(crate::call::from_transport)?;
        decoder.feed(&chunk, &mut out).map_err(invalid)?;
        if !out.is_empty() {
            target.write(&out).await?;
            out.clear();
        }
    }
    let found = decoder.finish().map_err(invalid)?;
    if found == Found::Content {
        target.persist().await?;
    }
    Ok(found)
}

/// A file written beside its destination and moved there only when
/// complete (dropped unfinished, it is removed).
pub(crate) struct FileBeside<'a> {
    path: &'a Path,
    temp: tempfile::NamedTempFile,
    file: tokio::fs::File,
}

impl<'a> FileBeside<'a> {
    pub(crate) fn create(path: &'a Path) -> Result<Self> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let io = |source| io_error(path, source);
        let temp = tempfile::Builder::new()
            .prefix(".las-download-")
            .tempfile_in(dir)
            .map_err(io)?;
        let file = tokio::fs::File::from_std(temp.as_file().try_clone().map_err(io)?);
        Ok(FileBeside { path, temp, file })
    }

    pub(crate) async fn write(&mut self, bytes: &[u8]) -> Result<()> {
        let path = self.path;
        self.file
            .write_all(bytes)
            .await
            .map_err(|e| io_error(path, e))
    }

    /// Flush, sync and move into place.
    pub(crate) async fn persist(mut self) -> Result<()> {
        let path = self.path;
        let io = |source| io_error(path, source);
        self.file.flush().await.map_err(io)?;
        self.file.sync_all().await.map_err(io)?;
        drop(self.file);
        self.temp.persist(path).map_err(|e| io(e.error))?;
        Ok(())
    }
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_in_pieces(body: &[u8], piece: usize) -> std::result::Result<Vec<u8>, String> {
        let mut decoder = ContentDecoder::new();
        let mut out = Vec::new();
        for chunk in body.chunks(piece.max(1)) {
            decoder.feed(chunk, &mut out)?;
        }
        assert_eq!(decoder.finish()?, Found::Content);
        Ok(out)
    }

    #[test]
    fn content_is_decoded_whatever_the_pieces_and_the_other_members() {
        let raw: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let doc = serde_json::json!({
            "documentId": "las:document:a", "groundTruth": [{"label": "x}\"{", "value": true}],
            "nested": {"a": [1, {"b": "c\\\"]"}], "content": "not this"},
            "retentionInDays": 7, "createdBy": null, "ok": false, "n": -1.5e3,
            "content": STANDARD.encode(&raw), "after": "x"
        });
        let body = serde_json::to_vec_pretty(&doc).unwrap();
        for piece in [1, 3, 7, 4096, 100_000, body.len()] {
            assert_eq!(
                decode_in_pieces(&body, piece).unwrap(),
                raw,
                "pieces of {piece}"
            );
        }
    }

    #[test]
    fn escaped_slashes_and_padding_are_understood() {
        let raw = b"\xff\xfe\xfd?>".to_vec(); // base64 with '/' and padding
        let text = STANDARD.encode(&raw);
        assert!(text.contains('/') && text.ends_with('='), "{text}");
        for escaped in [text.replace('/', "\\/"), text.replace('/', "\\u002F")] {
            let body = format!(r#"{{"content":"{escaped}"}}"#);
            assert_eq!(decode_in_pieces(body.as_bytes(), 2).unwrap(), raw);
        }
        assert_eq!(decode_in_pieces(br#"{"content":""}"#, 1).unwrap(), b"");
    }

    #[test]
    fn bad_bodies_are_errors_never_panics() {
        for body in [
            &b""[..],
            b"[]",
            b"{",
            br#"{"content":"AAAA"#,
            br#"{"content":"A===="}"#,
            br#"{"content":"AA\nAA"}"#,
            br#"{"content":"AA\u00e9A"}"#,
            br#"{"content":"AA\u00zzA"}"#,
            br#"{"content":12}"#,
            br#"{"content":null}"#,
            br#"{"documentId":"x"}"#,
            br#"{"content":"AAAA","content":"AAAA"}"#,
            br#"{"content":"AAAA"} x"#,
            br#"{"a" 1}"#,
            br#"{"a":1 "b":2}"#,
            br#"{,}"#,
        ] {
            for piece in [1, 5, 64] {
                assert!(
                    decode_in_pieces(body, piece).is_err(),
                    "{} in pieces of {piece}",
                    String::from_utf8_lossy(body)
                );
            }
        }
        // Deep nesting is skipped without recursion.
        let mut deep = b"{\"a\":".to_vec();
        deep.extend(std::iter::repeat_n(b'[', 100_000));
        deep.extend(std::iter::repeat_n(b']', 100_000));
        deep.extend(br#","content":"aGk="}"#);
        assert_eq!(decode_in_pieces(&deep, 1000).unwrap(), b"hi");
    }
}
