//! Document and asset content: where it comes from, what type it is, and
//! how it becomes the base64 string the API carries.

use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use tokio::io::{AsyncRead, AsyncReadExt};

use crate::types::ContentType;
use crate::{Error, Result};
use las_api::Base64Content;

/// Content to upload: a file, bytes, a reader, or a base64 string.
///
/// Bytes follow the Python SDK's rule: bytes that are valid base64 are taken
/// as already encoded; any other bytes are encoded. Use
/// [`Content::raw`] to send bytes as they are whatever they look like, and
/// [`Content::base64`] for a string that must be base64 (checked).
///
/// ```
/// use las_client::Content;
///
/// let from_file = Content::path("invoice.pdf");
/// let from_bytes = Content::from(b"%PDF-1.4 ...".to_vec());
/// let already_encoded = Content::base64("JVBERi0xLjQ=");
/// # let _ = (from_file, from_bytes, already_encoded);
/// ```
#[non_exhaustive]
pub enum Content {
    /// A file, streamed into the request body as it is sent (opened again
    /// for a retry).
    Path(PathBuf),
    /// Bytes: base64 is taken as encoded, anything else is encoded.
    Bytes(Vec<u8>),
    /// Bytes sent as they are, never reinterpreted as base64.
    Raw(Vec<u8>),
    /// A base64 string (checked before sending).
    Base64(String),
    /// A reader, streamed into the request body as it is sent. It is sent
    /// at most once: after its bytes were sent, a failed request is not
    /// retried (use a path for that).
    Reader(Box<dyn AsyncRead + Send + Unpin>),
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Content::Path(p) => f.debug_tuple("Path").field(p).finish(),
            Content::Bytes(b) => write!(f, "Bytes({} bytes)", b.len()),
            Content::Raw(b) => write!(f, "Raw({} bytes)", b.len()),
            Content::Base64(s) => write!(f, "Base64({} chars)", s.len()),
            Content::Reader(_) => f.write_str("Reader"),
        }
    }
}

impl Content {
    /// A file, streamed into the request body as it is sent: neither the
    /// file nor its base64 text is held in memory.
    ///
    /// ```
    /// let c = las_client::Content::path("scans/receipt.jpg");
    /// # let _ = c;
    /// ```
    pub fn path(path: impl Into<PathBuf>) -> Self {
        Content::Path(path.into())
    }

    /// Bytes sent as they are (encoded to base64 for the API), never taken as
    /// already encoded.
    ///
    /// ```
    /// let c = las_client::Content::raw(b"QUJD".to_vec()); // sent as the 4 bytes, not as "ABC"
    /// # let _ = c;
    /// ```
    pub fn raw(bytes: impl Into<Vec<u8>>) -> Self {
        Content::Raw(bytes.into())
    }

    /// A base64 string (standard alphabet, padded). Invalid base64 is an
    /// [`Error::InvalidInput`] when the request is prepared.
    ///
    /// ```
    /// let c = las_client::Content::base64("JVBERi0xLjQ=");
    /// # let _ = c;
    /// ```
    pub fn base64(encoded: impl Into<String>) -> Self {
        Content::Base64(encoded.into())
    }

    /// A reader, streamed into the request body as it is sent; sent at most
    /// once, so a request that fails after its bytes were sent is not
    /// retried (a [`Content::path`] is opened again for each attempt).
    ///
    /// ```no_run
    /// # async fn run() -> std::io::Result<()> {
    /// let file = tokio::fs::File::open("invoice.pdf").await?;
    /// let c = las_client::Content::reader(file);
    /// # let _ = c;
    /// # Ok(())
    /// # }
    /// ```
    pub fn reader(reader: impl AsyncRead + Send + Unpin + 'static) -> Self {
        Content::Reader(Box::new(reader))
    }

    /// Read and check the content: its raw bytes and content type (the
    /// explicit one when given, else sniffed from the bytes). Empty content
    /// and types the API does not accept are [`Error::InvalidInput`]. The
    /// bytes are encoded to base64 only while the request body is written
    /// ([`Base64Content`]), so no base64 copy is held beside them.
    pub(crate) async fn prepare(self, explicit: Option<ContentType>) -> Result<Prepared> {
        let raw = self.load().await?;
        let content_type = checked_type(explicit, &raw)?;
        Ok(Prepared {
            content: Base64Content::from(raw),
            content_type,
        })
    }

    /// Read the content without looking at its type (assets are arbitrary
    /// files: scripts, images, …). Empty content is [`Error::InvalidInput`].
    pub(crate) async fn prepare_any(self) -> Result<Base64Content> {
        self.load().await.map(Base64Content::from)
    }

    /// The raw bytes (base64 input decoded). Empty content is
    /// [`Error::InvalidInput`].
    async fn load(self) -> Result<Vec<u8>> {
        let raw = match self {
            Content::Path(path) => read_file(&path).await?,
            Content::Raw(raw) => raw,
            Content::Bytes(bytes) => decode_if_base64(&bytes).unwrap_or(bytes),
            Content::Base64(text) => STANDARD
                .decode(text.as_bytes())
                .map_err(|e| Error::invalid_input(format!("content is not valid base64: {e}")))?,
            Content::Reader(mut reader) => {
                let mut raw = Vec::new();
                reader
                    .read_to_end(&mut raw)
                    .await
                    .map_err(|source| Error::Io {
                        path: PathBuf::from("<reader>"),
                        source,
                    })?;
                raw
            }
        };
        if raw.is_empty() {
            return Err(Error::invalid_input("content is empty"));
        }
        Ok(raw)
    }
}

/// Content ready for a request body.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub(crate) content: Base64Content,
    pub(crate) content_type: ContentType,
}

impl From<Vec<u8>> for Content {
    fn from(bytes: Vec<u8>) -> Self {
        Content::Bytes(bytes)
    }
}

impl From<&[u8]> for Content {
    fn from(bytes: &[u8]) -> Self {
        Content::Bytes(bytes.to_vec())
    }
}

impl From<bytes::Bytes> for Content {
    fn from(bytes: bytes::Bytes) -> Self {
        Content::Bytes(bytes.to_vec())
    }
}

impl From<PathBuf> for Content {
    fn from(path: PathBuf) -> Self {
        Content::Path(path)
    }
}

impl From<&Path> for Content {
    fn from(path: &Path) -> Self {
        Content::Path(path.to_path_buf())
    }
}

async fn read_file(path: &Path) -> Result<Vec<u8>> {
    tokio::fs::read(path).await.map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The decoded bytes when `bytes` are strictly valid, non-empty base64.
fn decode_if_base64(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.is_empty() || !bytes.len().is_multiple_of(4) {
        return None;
    }
    // Most content is not base64: refuse it at its first byte outside the
    // alphabet, before the decoder allocates its output.
    let alphabet = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    if !bytes.iter().all(alphabet) {
        return None;
    }
    STANDARD.decode(bytes).ok().filter(|raw| !raw.is_empty())
}

/// The explicit content type, else the one sniffed from `head` (the first
/// bytes of the content); a type the API does not accept is
/// [`Error::InvalidInput`].
pub(crate) fn checked_type(explicit: Option<ContentType>, head: &[u8]) -> Result<ContentType> {
    let content_type = match explicit {
        Some(t) => t,
        None => sniff(head)?,
    };
    if !content_type.is_known() {
        return Err(Error::invalid_input(format!(
            "content type {content_type} is not one the API accepts ({})",
            ContentType::KNOWN.join(", ")
        )));
    }
    Ok(content_type)
}

/// The content type of `raw`, from its magic bytes.
pub(crate) fn sniff(raw: &[u8]) -> Result<ContentType> {
    let mime = infer::get(raw).map(|kind| kind.mime_type());
    match mime {
        Some(mime) if ContentType::KNOWN.contains(&mime) => Ok(ContentType::from(mime)),
        Some(mime) => Err(Error::invalid_input(format!(
            "content looks like {mime}, which the API does not accept ({})",
            ContentType::KNOWN.join(", ")
        ))),
        None => Err(Error::invalid_input(format!(
            "could not tell the content type from the bytes; the API accepts {} — pass the type explicitly if it is one of them",
            ContentType::KNOWN.join(", ")
        ))),
    }
}

/// Decode the base64 `content` of a downloaded document or asset.
pub(crate) fn decode(operation: &'static str, content: Option<&str>) -> Result<Vec<u8>> {
    let content = content.ok_or_else(|| Error::InvalidResponse {
        operation,
        what: "the response has no content".into(),
    })?;
    STANDARD
        .decode(content.as_bytes())
        .map_err(|e| Error::InvalidResponse {
            operation,
            what: format!("content is not valid base64: {e}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";
    const TIFF: &[u8] = b"II*\0\x08\0\0\0\x0e\0\0\x01\x03\0";
    const WEBP: &[u8] = b"RIFF\x24\0\0\0WEBPVP8 \x18\0\0\0\x30\x01\0\x9d\x01\x2a\x01\0\x01\0";

    #[tokio::test]
    async fn types_are_sniffed_from_the_bytes() {
        for (bytes, mime) in [
            (PDF, "application/pdf"),
            (PNG, "image/png"),
            (JPEG, "image/jpeg"),
            (TIFF, "image/tiff"),
            (WEBP, "image/webp"),
        ] {
            let p = Content::from(bytes).prepare(None).await.unwrap();
            assert_eq!(p.content_type.as_str(), mime);
            assert_eq!(p.content.as_bytes(), bytes);
        }
    }

    #[tokio::test]
    async fn explicit_type_wins_and_unknown_types_are_refused() {
        let p = Content::from(PDF)
            .prepare(Some(ContentType::ImageJpeg))
            .await
            .unwrap();
        assert_eq!(p.content_type, ContentType::ImageJpeg);
        let err = Content::from(PDF)
            .prepare(Some(ContentType::from("image/bmp")))
            .await
            .unwrap_err();
        assert!(err.to_string().contains("image/bmp"), "{err}");
        let gif = b"GIF89a\x01\0\x01\0\0\0\0;".as_slice();
        let err = Content::from(gif).prepare(None).await.unwrap_err();
        assert!(err.to_string().contains("image/gif"), "{err}");
        let err = Content::from(b"just text".as_slice())
            .prepare(None)
            .await
            .unwrap_err();
        assert!(err.to_string().contains("could not tell"), "{err}");
    }

    #[tokio::test]
    async fn empty_content_is_refused() {
        for content in [
            Content::from(Vec::new()),
            Content::raw(Vec::new()),
            Content::base64(""),
        ] {
            let err = content
                .prepare(Some(ContentType::ApplicationPdf))
                .await
                .unwrap_err();
            assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        }
    }

    #[tokio::test]
    async fn base64_bytes_are_taken_as_encoded_like_the_python_sdk() {
        let encoded = STANDARD.encode(PDF);
        let p = Content::from(encoded.clone().into_bytes())
            .prepare(None)
            .await
            .unwrap();
        assert_eq!(p.content.as_bytes(), PDF);
        assert_eq!(p.content_type, ContentType::ApplicationPdf);
        // Raw never reinterprets.
        let p = Content::raw(b"QUJD".to_vec())
            .prepare(Some(ContentType::ApplicationPdf))
            .await
            .unwrap();
        assert_eq!(p.content.as_bytes(), b"QUJD");
        let err = Content::base64("not base64!")
            .prepare(None)
            .await
            .unwrap_err();
        assert!(err.to_string().contains("not valid base64"), "{err}");
    }

    #[tokio::test]
    async fn files_and_readers_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.png");
        std::fs::write(&path, PNG).unwrap();
        let p = Content::path(&path).prepare(None).await.unwrap();
        assert_eq!(p.content_type, ContentType::ImagePng);
        let p = Content::reader(std::io::Cursor::new(JPEG.to_vec()))
            .prepare(None)
            .await
            .unwrap();
        assert_eq!(p.content_type, ContentType::ImageJpeg);
        let err = Content::path(dir.path().join("missing.pdf"))
            .prepare(None)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err}");
    }
}
