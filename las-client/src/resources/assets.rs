//! Assets: `client.assets()`.
//!
//! Assets (files used by manual transitions, such as a remote UI
//! component): upload, read, list, update, delete.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let asset = client.assets().create("ui/remote-component.js").name("review-ui").await?;
//! let js = client.assets().download(&asset.asset_id).await?;
//! # let _ = js;
//! # Ok(())
//! # }
//! ```

use std::path::Path;

use crate::content::{self};
use crate::Result;

pub use crate::generated::assets::*;

impl Assets {
    /// The decoded content of an asset, in one call.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let bytes: Vec<u8> = client.assets().download("las:asset:abc").await?;
    /// # let _ = bytes;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn download(&self, asset_id: &str) -> Result<Vec<u8>> {
        let asset = self.get(asset_id).await?;
        content::decode("get_asset", asset.content.as_deref())
    }

    /// Write the decoded content of an asset to `path`, in one call. The
    /// content is decoded into the file as the response arrives; `path` is
    /// replaced only once the whole content was written.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.assets().download_to("las:asset:abc", "remote-component.js").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn download_to(&self, asset_id: &str, path: impl AsRef<Path>) -> Result<()> {
        let id = crate::ids::check("asset_id", asset_id)?;
        self.client
            .download_content_to(
                crate::call::Op::get("get_asset"),
                "/assets",
                id,
                path.as_ref(),
            )
            .await
            .and_then(|found| match found {
                crate::download::Found::Content => Ok(()),
                crate::download::Found::FileUrl(_) => Err(crate::Error::InvalidResponse {
                    operation: "get_asset",
                    what: "the response has no content".into(),
                }),
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::Content;
    use crate::Error;

    #[tokio::test]
    async fn any_kind_of_file_is_encoded_but_empty_content_is_refused() {
        let js = b"console.log('hi')";
        let content = Content::from(js.as_slice()).prepare_any().await.unwrap();
        assert_eq!(content.as_bytes(), js);
        let gif = b"GIF89a\x01\0\x01\0\0\0\0;";
        let content = Content::raw(gif.to_vec()).prepare_any().await.unwrap();
        assert_eq!(content.as_bytes(), gif);
        // Already-encoded content is decoded, and encoded again as it is sent.
        let content = Content::base64("aGk=").prepare_any().await.unwrap();
        assert_eq!(content.as_bytes(), b"hi");
        assert_eq!(serde_json::to_value(&content).unwrap(), "aGk=");
        for empty in [
            Content::from(Vec::new()),
            Content::raw(Vec::new()),
            Content::base64(""),
        ] {
            let err = empty.prepare_any().await.unwrap_err();
            assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        }
    }
}
