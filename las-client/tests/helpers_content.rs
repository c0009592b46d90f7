//! Content helpers against the emulator: documents from a path, bytes, a
//! reader and base64; content types sniffed or given; refused content never
//! sent; downloads; asset content.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use las_client::credentials::Credentials;
use las_client::types::ContentType;
use las_client::{Client, Content, Error, RetryPolicy};
use las_emulator::{Clock, Emulator};

const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";
const TIFF: &[u8] = b"II*\0\x08\0\0\0\x0e\0\0\x01\x03\0";
const GIF: &[u8] = b"GIF89a\x01\0\x01\0\0\0\0;";
const WEBP: &[u8] = b"RIFF\x24\0\0\0WEBPVP8 \x18\0\0\0\x30\x01\0\x9d\x01\x2a\x01\0\x01\0";

async fn emulator() -> (Emulator, Client) {
    let emu = Emulator::builder()
        .seed(3)
        .clock(Clock::Instant)
        .start()
        .await
        .unwrap();
    let client = Client::builder()
        .credentials(Credentials::api_key(emu.api_key(), emu.api_endpoint()).unwrap())
        .retry_policy(
            RetryPolicy::standard()
                .with_jitter(false)
                .with_initial_delay(Duration::from_millis(5)),
        )
        .build()
        .unwrap();
    (emu, client)
}

/// A PDF with every byte value after the header, so a round trip shows
/// that nothing is altered.
fn binary_pdf() -> Vec<u8> {
    let mut bytes = PDF.to_vec();
    bytes.extend((0..=255u8).cycle().take(64 * 1024));
    bytes
}

#[tokio::test]
async fn documents_from_a_path_bytes_a_reader_and_base64_round_trip() {
    let (emu, client) = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let pdf = binary_pdf();
    let path = dir.path().join("scan.pdf");
    std::fs::write(&path, &pdf).unwrap();

    let cases: Vec<(&str, Content, &[u8], ContentType)> = vec![
        (
            "path",
            Content::path(&path),
            &pdf,
            ContentType::ApplicationPdf,
        ),
        (
            "bytes",
            Content::from(PNG.to_vec()),
            PNG,
            ContentType::ImagePng,
        ),
        (
            "reader",
            Content::reader(std::io::Cursor::new(JPEG.to_vec())),
            JPEG,
            ContentType::ImageJpeg,
        ),
        (
            "base64",
            Content::base64(STANDARD.encode(TIFF)),
            TIFF,
            ContentType::ImageTiff,
        ),
        // Bytes that are base64 are taken as encoded (the Python SDK's rule).
        (
            "base64 bytes",
            Content::from(STANDARD.encode(PDF).into_bytes()),
            PDF,
            ContentType::ApplicationPdf,
        ),
    ];
    for (what, content, original, content_type) in cases {
        let doc = client.documents().create(content).send().await.unwrap();
        assert_eq!(doc.content_type, Some(content_type), "{what}");
        assert_eq!(
            client.documents().download(&doc.document_id).await.unwrap(),
            original,
            "{what}"
        );
    }
    // Paths also go straight to create() as &str, &Path and PathBuf.
    let by_str = client
        .documents()
        .create(path.to_str().unwrap())
        .send()
        .await
        .unwrap();
    let by_path = client
        .documents()
        .create(path.as_path())
        .send()
        .await
        .unwrap();
    let by_buf = client.documents().create(path.clone()).await.unwrap();
    for doc in [by_str, by_path, by_buf] {
        assert_eq!(
            client.documents().download(&doc.document_id).await.unwrap(),
            pdf
        );
    }
    assert_eq!(emu.stats().requests_for("createDocument"), 8);
}

#[tokio::test]
async fn content_types_are_sniffed_and_an_explicit_type_wins() {
    let (_emu, client) = emulator().await;
    for (bytes, content_type) in [
        (PDF, ContentType::ApplicationPdf),
        (PNG, ContentType::ImagePng),
        (JPEG, ContentType::ImageJpeg),
        (TIFF, ContentType::ImageTiff),
        (WEBP, ContentType::ImageWebp),
    ] {
        let doc = client.documents().create(bytes).send().await.unwrap();
        assert_eq!(doc.content_type, Some(content_type));
    }

    // The explicit type is sent as given, whatever the bytes look like.
    let doc = client
        .documents()
        .create(PDF)
        .content_type(ContentType::ImageJpeg)
        .send()
        .await
        .unwrap();
    assert_eq!(doc.content_type, Some(ContentType::ImageJpeg));
    assert_eq!(
        client
            .documents()
            .get(&doc.document_id)
            .await
            .unwrap()
            .content_type,
        Some(ContentType::ImageJpeg)
    );
    // Even for bytes that could not be sniffed or are of another type.
    let doc = client
        .documents()
        .create(GIF)
        .content_type(ContentType::ImagePng)
        .send()
        .await
        .unwrap();
    assert_eq!(doc.content_type, Some(ContentType::ImagePng));
    assert_eq!(
        client.documents().download(&doc.document_id).await.unwrap(),
        GIF
    );
}

#[tokio::test]
async fn unsupported_and_empty_content_is_refused_before_sending() {
    let (emu, client) = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let empty_file = dir.path().join("empty.pdf");
    std::fs::write(&empty_file, b"").unwrap();

    let refused: Vec<(&str, Content, Option<ContentType>, &str)> = vec![
        ("gif", Content::from(GIF), None, "image/gif"),
        (
            "unrecognised",
            Content::from(b"plain text, no magic".as_slice()),
            None,
            "could not tell",
        ),
        (
            "explicit unsupported type",
            Content::from(PDF),
            Some(ContentType::from("image/gif")),
            "image/gif",
        ),
        ("empty bytes", Content::from(Vec::new()), None, "empty"),
        (
            "empty bytes, explicit type",
            Content::from(Vec::new()),
            Some(ContentType::ApplicationPdf),
            "empty",
        ),
        ("empty file", Content::path(&empty_file), None, "empty"),
        (
            "empty reader",
            Content::reader(std::io::Cursor::new(Vec::new())),
            None,
            "empty",
        ),
        ("empty base64", Content::base64(""), None, "empty"),
        ("bad base64", Content::base64("not base64!"), None, "base64"),
    ];
    for (what, content, content_type, says) in refused {
        let mut create = client.documents().create(content);
        if let Some(t) = content_type {
            create = create.content_type(t);
        }
        let err = create.send().await.unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{what}: {err}");
        assert!(err.to_string().contains(says), "{what}: {err}");
    }
    // A missing file is an I/O error naming the file.
    let missing = dir.path().join("missing.pdf");
    let err = client
        .documents()
        .create(&missing)
        .send()
        .await
        .unwrap_err();
    match err {
        Error::Io { path, .. } => assert_eq!(path, missing),
        other => panic!("expected Io, got {other:?}"),
    }
    // Refused in bulk too.
    let results = client
        .documents()
        .create_many([GIF.to_vec(), Vec::new()])
        .send()
        .await;
    assert!(results
        .iter()
        .all(|r| matches!(r.result, Err(Error::InvalidInput { .. }))));

    assert_eq!(emu.stats().api_requests(), 0, "nothing was sent");
    assert_eq!(emu.stats().token_requests(), 0);
}

#[tokio::test]
async fn download_to_writes_the_original_bytes() {
    let (emu, client) = emulator().await;
    let pdf = binary_pdf();
    let doc = client.documents().create(pdf.clone()).send().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.pdf");
    client
        .documents()
        .download_to(&doc.document_id, &out)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), pdf);

    // Into a directory that does not exist: an I/O error naming the file.
    let nowhere = dir.path().join("no/such/dir/out.pdf");
    match client
        .documents()
        .download_to(&doc.document_id, &nowhere)
        .await
    {
        Err(Error::Io { path, .. }) => assert_eq!(path, nowhere),
        other => panic!("expected Io, got {other:?}"),
    }
    // A missing document is NotFound; a bad id is refused before sending.
    let err = client
        .documents()
        .download("las:document:00000000000000000000000000000000")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err}");
    emu.stats().reset();
    let err = client.documents().download("..").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert_eq!(emu.stats().api_requests(), 0);
}

#[tokio::test]
async fn assets_create_update_and_download_content() {
    let (emu, client) = emulator().await;
    let dir = tempfile::tempdir().unwrap();

    // Any kind of file: a script, and a GIF the document API would refuse.
    let script = b"console.log('hello, world');\n".to_vec();
    let asset = client
        .assets()
        .create(script.clone())
        .name("hello.js")
        .send()
        .await
        .unwrap();
    assert_eq!(asset.name.as_deref(), Some("hello.js"));
    assert_eq!(
        client.assets().download(&asset.asset_id).await.unwrap(),
        script
    );
    let gif = client.assets().create(GIF).send().await.unwrap();
    assert_eq!(client.assets().download(&gif.asset_id).await.unwrap(), GIF);

    // New content from a file.
    let path = dir.path().join("v2.js");
    let v2 = b"console.log('version 2');\n".to_vec();
    std::fs::write(&path, &v2).unwrap();
    client
        .assets()
        .update(&asset.asset_id)
        .content(&path)
        .send()
        .await
        .unwrap();
    assert_eq!(client.assets().download(&asset.asset_id).await.unwrap(), v2);

    // A name-only update keeps the content.
    let renamed = client
        .assets()
        .update(&asset.asset_id)
        .name("v2.js")
        .send()
        .await
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("v2.js"));
    let out = dir.path().join("downloaded.js");
    client
        .assets()
        .download_to(&asset.asset_id, &out)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), v2);

    // Content as raw bytes that happen to be base64 text stays as given.
    let raw = client
        .assets()
        .create(Content::raw(b"QUJD".to_vec()))
        .send()
        .await
        .unwrap();
    assert_eq!(
        client.assets().download(&raw.asset_id).await.unwrap(),
        b"QUJD"
    );

    // Empty content is refused before sending, on create and update.
    emu.stats().reset();
    let err = client.assets().create(Vec::new()).send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    let err = client
        .assets()
        .update(&asset.asset_id)
        .content(Vec::new())
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert_eq!(emu.stats().api_requests(), 0);
    assert_eq!(client.assets().download(&asset.asset_id).await.unwrap(), v2);
}
