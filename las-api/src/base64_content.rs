//! Handwritten: [`Base64Content`], the Rust type of the spec's
//! `{type: string, format: byte}` (document and asset content in requests).
//! `cargo xtask generate` maps that schema to this type.

use base64::display::Base64Display;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// Content sent as base64 text, held as the raw bytes.
///
/// It is encoded while the request body is written (`serde_json` streams it
/// through `collect_str`), so uploading a file holds the file and the body,
/// never a separate base64 string as well.
///
/// ```
/// use las_api::Base64Content;
///
/// let content = Base64Content::from(b"%PDF-1.4".to_vec());
/// assert_eq!(serde_json::to_string(&content).unwrap(), "\"JVBERi0xLjQ=\"");
/// let back: Base64Content = serde_json::from_str("\"JVBERi0xLjQ=\"").unwrap();
/// assert_eq!(back.as_bytes(), b"%PDF-1.4");
/// assert!(serde_json::from_str::<Base64Content>("\"not base64!\"").is_err());
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Base64Content(Vec<u8>);

impl Base64Content {
    /// The raw (decoded) bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The raw (decoded) bytes, owned.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    /// Length of the raw bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<u8>> for Base64Content {
    fn from(raw: Vec<u8>) -> Self {
        Base64Content(raw)
    }
}

impl std::fmt::Debug for Base64Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Base64Content({} bytes)", self.0.len())
    }
}

impl serde::Serialize for Base64Content {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&Base64Display::new(&self.0, &STANDARD))
    }
}

impl<'de> serde::Deserialize<'de> for Base64Content {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        STANDARD
            .decode(text.as_bytes())
            .map(Base64Content)
            .map_err(|e| serde::de::Error::custom(format!("content is not valid base64: {e}")))
    }
}

impl schemars::JsonSchema for Base64Content {
    fn schema_name() -> String {
        "Base64Content".to_string()
    }

    // Inline, as in openapi.yaml: `{type: string, format: byte}` where used.
    fn is_referenceable() -> bool {
        false
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("byte".to_string()),
            ..Default::default()
        }
        .into()
    }
}
