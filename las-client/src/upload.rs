//! Streaming upload bodies.
//!
//! A document or asset read from a file or a reader is never held in memory:
//! the JSON body is written while the source is read, 48 KiB of raw bytes
//! becoming 64 KiB of base64 at a time. The body is exactly what the generated
//! request type serializes: [`Frame`] serializes that type around a marker
//! and keeps the text before and after the content. A file's size is known,
//! so `Content-Length` is sent; a reader's is not (chunked transfer).
//!
//! Replays: a file is opened again for every attempt. A reader is taken by
//! the first attempt that reads past the bytes looked at for the content
//! type; from then on the request is not replayed and the attempt's own error
//! is returned.
//!
//! Bytes, raw bytes and base64 strings are already in memory and keep the
//! generated operations' path.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use bytes::{Bytes, BytesMut};
use futures::stream::{self, Stream, StreamExt};
use las_api::{Base64Content, ResponseValue};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderValue, ACCEPT, CONTENT_LENGTH, CONTENT_TYPE};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::io::{AsyncRead, AsyncReadExt};

use crate::call::{ApiError, Op};
use crate::content::{checked_type, Content};
use crate::file_server::FileBody;
use crate::types::{self, Asset, ContentType, Document};
use crate::{Client, Error, Result};

/// Raw bytes per body chunk: a multiple of 3, so every chunk encodes to
/// base64 without padding (64 KiB of text) and the chunks concatenate.
pub(crate) const CHUNK: usize = 48 * 1024;

/// Bytes read from the start of a file or reader to tell its content type.
const HEAD: usize = 8 * 1024;

/// A reader that is sent at most once.
type Reader = Box<dyn AsyncRead + Send + Unpin>;

/// Where streamed content comes from.
#[derive(Clone)]
pub(crate) enum Source {
    /// A file of `len` bytes, opened again for every attempt.
    File { path: PathBuf, len: u64 },
    /// A reader: `head` was read to tell the type; the rest is read by the
    /// first attempt that gets that far, which takes it out of `rest`.
    Reader {
        head: Bytes,
        rest: Arc<Mutex<Option<Reader>>>,
    },
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::File { path, len } => write!(f, "File({}, {len} bytes)", path.display()),
            Source::Reader { .. } => f.write_str("Reader"),
        }
    }
}

/// Content opened for an upload: in memory, or a source to stream with the
/// head of its bytes (for the content type).
enum Opened {
    Memory(Content),
    Stream { source: Source, head: Bytes },
}

impl Source {
    /// Open `content` for streaming when it is a file or a reader; other
    /// content stays in memory. Empty content is [`Error::InvalidInput`].
    async fn open(content: Content) -> Result<Opened> {
        match content {
            Content::Path(path) => {
                let io = |source| Error::Io {
                    path: path.clone(),
                    source,
                };
                let mut file = tokio::fs::File::open(&path).await.map_err(io)?;
                let metadata = file.metadata().await.map_err(io)?;
                if !metadata.is_file() {
                    // A pipe or device: no length to announce, and not
                    // readable twice, so it is sent like a reader.
                    let head = read_head(&mut file).await.map_err(io)?;
                    if head.is_empty() {
                        return Err(Error::invalid_input(format!(
                            "content is empty: {}",
                            path.display()
                        )));
                    }
                    let rest: Reader = Box::new(file);
                    return Ok(Opened::Stream {
                        source: Source::Reader {
                            head: head.clone(),
                            rest: Arc::new(Mutex::new(Some(rest))),
                        },
                        head,
                    });
                }
                let len = metadata.len();
                if len == 0 {
                    return Err(Error::invalid_input(format!(
                        "content is empty: {}",
                        path.display()
                    )));
                }
                let head = read_head(&mut file).await.map_err(io)?;
                Ok(Opened::Stream {
                    source: Source::File { path, len },
                    head,
                })
            }
            Content::Reader(mut reader) => {
                let head = read_head(&mut reader).await.map_err(|source| Error::Io {
                    path: PathBuf::from("<reader>"),
                    source,
                })?;
                if head.is_empty() {
                    return Err(Error::invalid_input("content is empty"));
                }
                Ok(Opened::Stream {
                    source: Source::Reader {
                        head: head.clone(),
                        rest: Arc::new(Mutex::new(Some(reader))),
                    },
                    head,
                })
            }
            other => Ok(Opened::Memory(other)),
        }
    }

    /// Length of the raw content, when known.
    pub(crate) fn len(&self) -> Option<u64> {
        match self {
            Source::File { len, .. } => Some(*len),
            Source::Reader { .. } => None,
        }
    }

    /// Whether another attempt can send the content again: always for a
    /// file, for a reader only while no attempt has read past its head.
    pub(crate) fn can_replay(&self) -> bool {
        match self {
            Source::File { .. } => true,
            Source::Reader { rest, .. } => lock(rest).is_some(),
        }
    }

    /// The raw content in chunks of exactly [`CHUNK`] bytes (the last may be
    /// shorter), read as the stream is polled.
    pub(crate) fn chunks(&self) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
        let state = match self {
            Source::File { path, len } => Chunks::File {
                path: path.clone(),
                file: None,
                remaining: *len,
            },
            Source::Reader { head, rest } => Chunks::Reader {
                head: head.clone(),
                slot: rest.clone(),
                reader: None,
                done: false,
            },
        };
        stream::try_unfold(state, |mut state| async move {
            let chunk = state.next_chunk().await?;
            Ok(chunk.map(|c| (c, state)))
        })
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Read up to [`HEAD`] bytes (fewer only at the end of the input).
async fn read_head(reader: &mut (impl AsyncRead + Unpin)) -> std::io::Result<Bytes> {
    let mut head = BytesMut::zeroed(HEAD);
    let n = read_full(reader, &mut head).await?;
    head.truncate(n);
    Ok(head.freeze())
}

/// Fill `buf` unless the input ends first; the number of bytes read.
async fn read_full(
    reader: &mut (impl AsyncRead + Unpin + ?Sized),
    buf: &mut [u8],
) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]).await? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// The state of [`Source::chunks`].
enum Chunks {
    File {
        path: PathBuf,
        file: Option<tokio::fs::File>,
        remaining: u64,
    },
    Reader {
        head: Bytes,
        slot: Arc<Mutex<Option<Reader>>>,
        reader: Option<Reader>,
        done: bool,
    },
}

impl Chunks {
    async fn next_chunk(&mut self) -> std::io::Result<Option<Bytes>> {
        match self {
            Chunks::File {
                path,
                file,
                remaining,
            } => {
                if *remaining == 0 {
                    return Ok(None);
                }
                let file = match file {
                    Some(f) => f,
                    None => file.insert(tokio::fs::File::open(&*path).await?),
                };
                let want = usize::try_from(*remaining).map_or(CHUNK, |r| r.min(CHUNK));
                let mut buf = BytesMut::zeroed(want);
                let n = read_full(file, &mut buf).await?;
                if n < want {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        format!("{} became shorter while it was sent", path.display()),
                    ));
                }
                *remaining -= n as u64;
                Ok(Some(buf.freeze()))
            }
            Chunks::Reader {
                head,
                slot,
                reader,
                done,
            } => {
                if *done {
                    return Ok(None);
                }
                let mut buf = BytesMut::zeroed(CHUNK);
                let from_head = head.len().min(CHUNK);
                buf[..from_head].copy_from_slice(&head.split_to(from_head));
                let mut filled = from_head;
                if filled < CHUNK {
                    let reader =
                        match reader {
                            Some(r) => r,
                            None => match lock(slot).take() {
                                Some(r) => reader.insert(r),
                                None => return Err(std::io::Error::other(
                                    "the content reader was already sent and cannot be read again",
                                )),
                            },
                        };
                    filled += read_full(reader.as_mut(), &mut buf[filled..]).await?;
                    *done = filled < CHUNK;
                }
                buf.truncate(filled);
                Ok((filled > 0).then(|| buf.freeze()))
            }
        }
    }
}

/// Length of the base64 text of `raw` bytes (padded).
pub(crate) fn base64_len(raw: u64) -> u64 {
    raw.div_ceil(3).saturating_mul(4)
}

/// The JSON text of a request body around its content: everything the
/// generated type serializes before the content string's first character
/// and after its last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Frame {
    pub(crate) prefix: Bytes,
    pub(crate) suffix: Bytes,
}

impl Frame {
    /// Serialize `make(content)` with two markers that differ in their first
    /// character (`AA==` and `/A==`): the first differing byte is where the
    /// content starts, whatever the other fields hold.
    pub(crate) fn of<B: Serialize>(make: impl Fn(Base64Content) -> B) -> Result<Frame> {
        let a = serde_json::to_vec(&make(Base64Content::from(vec![0x00])));
        let b = serde_json::to_vec(&make(Base64Content::from(vec![0xfc])));
        let (a, b) = match (a, b) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                return Err(Error::invalid_input(format!("request body: {e}")))
            }
        };
        let at = a.iter().zip(&b).position(|(x, y)| x != y);
        match at {
            Some(at)
                if a.len() == b.len()
                    && a.get(at..at + 4) == Some(b"AA==")
                    && b.get(at..at + 4) == Some(b"/A==")
                    && a[at + 4..] == b[at + 4..] =>
            {
                Ok(Frame {
                    prefix: Bytes::copy_from_slice(&a[..at]),
                    suffix: Bytes::copy_from_slice(&a[at + 4..]),
                })
            }
            _ => Err(Error::invalid_input(
                "request body: the content field could not be located",
            )),
        }
    }
}

/// A JSON request body whose content streams from a [`Source`].
#[derive(Debug)]
pub(crate) struct StreamedJson {
    frame: Frame,
    source: Source,
}

impl StreamedJson {
    pub(crate) fn new(frame: Frame, source: Source) -> Self {
        StreamedJson { frame, source }
    }

    /// The body's exact length, when the content's is known.
    pub(crate) fn content_length(&self) -> Option<u64> {
        let raw = self.source.len()?;
        let frame = (self.frame.prefix.len() + self.frame.suffix.len()) as u64;
        Some(frame.saturating_add(base64_len(raw)))
    }

    /// Whether another attempt can send the body again.
    pub(crate) fn can_replay(&self) -> bool {
        self.source.can_replay()
    }

    /// The body as a stream of chunks: the prefix, the base64 content, the
    /// suffix.
    pub(crate) fn stream(&self) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
        let prefix = stream::once(std::future::ready(Ok(self.frame.prefix.clone())));
        let suffix = stream::once(std::future::ready(Ok(self.frame.suffix.clone())));
        let content = self
            .source
            .chunks()
            .map(|chunk| chunk.map(|raw| Bytes::from(STANDARD.encode(&raw))));
        prefix.chain(content).chain(suffix)
    }
}

impl Client {
    /// `POST {path}` with a streamed JSON body, through the same attempts,
    /// authentication, hooks and error mapping as generated operations. A
    /// body that cannot be sent again ends the call with its attempt's error.
    pub(crate) async fn post_streamed<T: DeserializeOwned>(
        &self,
        op: Op,
        path: &'static str,
        body: &StreamedJson,
    ) -> Result<T> {
        if !body.can_replay() {
            return Err(Error::invalid_input(
                "the content reader was already sent and cannot be sent again",
            ));
        }
        self.call_replaying(
            op,
            || body.can_replay(),
            |api| async move { post_streamed_once(&api, op, path, body).await },
        )
        .await
    }
}

/// One attempt, built like a generated operation's request.
async fn post_streamed_once<T: DeserializeOwned>(
    api: &las_api::Client,
    op: Op,
    path: &str,
    body: &StreamedJson,
) -> std::result::Result<ResponseValue<T>, ApiError> {
    let url = format!("{}{path}", api.baseurl());
    let mut request = api
        .client()
        .post(url)
        .header(ACCEPT, HeaderValue::from_static("application/json"))
        .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
        .header(
            "api-version",
            HeaderValue::from_static(las_api::Client::api_version()),
        );
    if let Some(len) = body.content_length() {
        request = request.header(CONTENT_LENGTH, len);
    }
    let mut request = request
        .body(reqwest::Body::wrap_stream(body.stream()))
        .build()?;
    let info = OperationInfo {
        operation_id: op.name,
    };
    api.pre(&mut request, &info).await?;
    let result = api.exec(request, &info).await;
    api.post(&result, &info).await?;
    let response = result?;
    if response.status() == reqwest::StatusCode::OK {
        ResponseValue::from_response(response).await
    } else {
        Err(las_api::Error::UnexpectedResponse(response))
    }
}

/// The body of `POST /documents`: in memory, or streamed from a file or
/// reader.
#[derive(Debug)]
pub(crate) enum DocumentBody {
    Memory(types::PostDocuments),
    Streamed(StreamedJson),
}

impl DocumentBody {
    /// `POST /documents` with this body.
    pub(crate) async fn send(&self, client: &Client) -> Result<Document> {
        match self {
            DocumentBody::Memory(body) => {
                crate::resources::documents::post_document(client, body).await
            }
            DocumentBody::Streamed(body) => {
                client
                    .post_streamed(Op::post("create_document"), "/documents", body)
                    .await
            }
        }
    }
}

/// A document's raw content for its file URL, and its (explicit or
/// sniffed) type: a file or reader is opened for streaming, other content
/// is read into memory.
pub(crate) async fn open_raw(
    content: Content,
    explicit: Option<ContentType>,
) -> Result<(FileBody, ContentType)> {
    match Source::open(content).await? {
        Opened::Memory(content) => {
            let prepared = content.prepare(explicit).await?;
            Ok((
                FileBody::Memory(Bytes::from(prepared.content.into_bytes())),
                prepared.content_type,
            ))
        }
        Opened::Stream { source, head } => {
            let content_type = checked_type(explicit, &head)?;
            Ok((FileBody::Streamed(source), content_type))
        }
    }
}

impl DocumentBody {
    /// The inline body (`content` as base64) of content opened for a file
    /// URL.
    pub(crate) fn inline(
        raw: FileBody,
        content_type: ContentType,
        make: impl Fn(Base64Content, ContentType) -> types::PostDocuments,
    ) -> Result<DocumentBody> {
        Ok(match raw {
            FileBody::Memory(bytes) => {
                DocumentBody::Memory(make(Base64Content::from(bytes.to_vec()), content_type))
            }
            FileBody::Streamed(source) => {
                let frame = Frame::of(|content| make(content, content_type.clone()))?;
                DocumentBody::Streamed(StreamedJson::new(frame, source))
            }
        })
    }
}

/// `POST /assets`: a file or reader streams, other content goes through the
/// generated operation.
pub(crate) async fn create_asset(
    client: &Client,
    content: Content,
    make: impl Fn(Base64Content) -> types::PostAssets,
) -> Result<Asset> {
    match Source::open(content).await? {
        Opened::Memory(content) => {
            let body = make(content.prepare_any().await?);
            let body = &body;
            client
                .call(Op::post("create_asset"), |api| async move {
                    api.create_asset(body).await
                })
                .await
        }
        Opened::Stream { source, .. } => {
            let body = StreamedJson::new(Frame::of(make)?, source);
            client
                .post_streamed(Op::post("create_asset"), "/assets", &body)
                .await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    fn document(content: Base64Content) -> types::PostDocuments {
        let mut post_documents = types::PostDocuments::new();
        post_documents.content = Some(content);
        post_documents.content_type = Some(ContentType::ApplicationPdf);
        post_documents.dataset_id = Some("las:dataset:\"AA==\"".into());
        post_documents.retention_in_days = Some(7);
        post_documents
    }

    async fn body_of(body: &StreamedJson) -> Vec<u8> {
        let chunks: Vec<Bytes> = body.stream().try_collect().await.unwrap();
        chunks.concat()
    }

    #[tokio::test]
    async fn streamed_bodies_equal_the_generated_serialization() {
        let dir = tempfile::tempdir().unwrap();
        // Sizes around the chunk boundary and every padding case.
        for size in [
            1,
            2,
            3,
            4,
            5,
            HEAD - 1,
            HEAD + 1,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            3 * CHUNK + 2,
        ] {
            let raw: Vec<u8> = (0..size).map(|i| (i * 7 % 251) as u8).collect();
            let expected = serde_json::to_vec(&document(Base64Content::from(raw.clone()))).unwrap();
            let path = dir.path().join(format!("{size}.bin"));
            std::fs::write(&path, &raw).unwrap();
            let frame = Frame::of(document).unwrap();
            let file = StreamedJson::new(
                frame.clone(),
                Source::File {
                    path,
                    len: size as u64,
                },
            );
            assert_eq!(
                file.content_length(),
                Some(expected.len() as u64),
                "size {size}"
            );
            assert_eq!(body_of(&file).await, expected, "file of {size} bytes");
            let Opened::Stream { source, head } =
                Source::open(Content::reader(std::io::Cursor::new(raw.clone())))
                    .await
                    .unwrap()
            else {
                panic!("a reader streams")
            };
            assert_eq!(head.len(), size.min(HEAD));
            let reader = StreamedJson::new(frame, source);
            assert_eq!(reader.content_length(), None);
            assert!(reader.can_replay());
            assert_eq!(body_of(&reader).await, expected, "reader of {size} bytes");
            assert!(!reader.can_replay(), "a read reader cannot be replayed");
        }
    }

    #[test]
    fn frames_find_the_content_whatever_the_other_fields_hold() {
        let frame = Frame::of(document).unwrap();
        let prefix = std::str::from_utf8(&frame.prefix).unwrap();
        assert!(prefix.ends_with(r#""content":""#), "{prefix}");
        assert!(std::str::from_utf8(&frame.suffix)
            .unwrap()
            .starts_with(r#"","contentType""#));
        let asset = Frame::of(types::PostAssets::new).unwrap();
        assert_eq!(&asset.prefix[..], br#"{"content":""#);
        assert_eq!(&asset.suffix[..], br#""}"#);
    }

    #[test]
    fn base64_lengths_are_exact() {
        for n in 0..50u64 {
            let raw = vec![0u8; n as usize];
            assert_eq!(base64_len(n), STANDARD.encode(&raw).len() as u64);
        }
        assert_eq!(base64_len(u64::MAX), u64::MAX);
    }

    #[tokio::test]
    async fn a_file_that_shrinks_while_sent_is_an_error_not_a_short_body() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.bin");
        std::fs::write(&path, vec![1u8; 100]).unwrap();
        let source = Source::File { path, len: 200 };
        let result: std::io::Result<Vec<Bytes>> = source.chunks().try_collect().await;
        assert_eq!(
            result.unwrap_err().kind(),
            std::io::ErrorKind::UnexpectedEof
        );
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_pipe_is_sent_like_a_reader() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("scan.pdf");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let path = fifo.clone();
        let writer = std::thread::spawn(move || std::fs::write(path, b"%PDF-1.4 from a pipe"));
        let Opened::Stream { source, head } = Source::open(Content::path(&fifo)).await.unwrap()
        else {
            panic!("a pipe streams")
        };
        writer.join().unwrap().unwrap();
        assert_eq!(&head[..], b"%PDF-1.4 from a pipe");
        assert_eq!(source.len(), None, "no length is announced for a pipe");
        let chunks: Vec<Bytes> = source.chunks().try_collect().await.unwrap();
        assert_eq!(chunks.concat(), b"%PDF-1.4 from a pipe");
        assert!(!source.can_replay());
    }

    #[tokio::test]
    async fn empty_files_and_readers_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.pdf");
        std::fs::write(&path, b"").unwrap();
        for content in [
            Content::path(&path),
            Content::reader(std::io::Cursor::new(Vec::new())),
        ] {
            let err = Source::open(content).await.err().unwrap();
            assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        }
    }
}
