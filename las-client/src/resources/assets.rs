//! Assets: `client.assets()`.

use std::path::Path;

use crate::call::Op;
use crate::content::{self, Content};
use crate::resources::documents::IntoContent;
use crate::resources::request_future;
use crate::types::{self, Asset, Assets as AssetPage};
use crate::{ids, Client, Result};

/// Assets (files used by manual transitions, such as a remote UI
/// component): upload, read, list, update, delete.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let asset = client.assets().create("ui/remote-component.js").name("review-ui").await?;
/// let js = client.assets().download(&asset.asset_id).await?;
/// # let _ = js;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Assets {
    client: Client,
}

impl Client {
    /// Assets: upload, read, list, update, delete.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.assets().list().max_results(10).send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn assets(&self) -> Assets {
        Assets {
            client: self.clone(),
        }
    }
}

impl Assets {
    /// Upload an asset (`POST /assets`). `content` is a path (`&str`,
    /// `Path`, `PathBuf`), bytes, a reader or base64 (see [`Content`]); any
    /// kind of file is accepted, only empty content is refused.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let asset = client
    ///     .assets()
    ///     .create(b"console.log('hi')".as_slice())
    ///     .name("hello.js")
    ///     .description("Greets")
    ///     .send()
    ///     .await?;
    /// # let _ = asset;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, content: impl IntoContent) -> CreateAsset {
        CreateAsset {
            client: self.client.clone(),
            content: content.into_content(),
            name: None,
            description: None,
        }
    }

    /// Get an asset with its content (`GET /assets/{assetId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let asset = client.assets().get("las:asset:abc").await?;
    /// println!("{:?}", asset.name);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, asset_id: &str) -> Result<Asset> {
        let id = ids::check("asset_id", asset_id)?;
        self.client
            .call(Op::get("get_asset"), |api| async move {
                api.get_asset(id).await
            })
            .await
    }

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
        let id = ids::check("asset_id", asset_id)?;
        self.client
            .download_content_to(Op::get("get_asset"), "/assets", id, path.as_ref())
            .await
    }

    /// List assets, without their content (`GET /assets`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.assets().list().items().try_collect().await?;
    /// # let _ = all;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListAssets {
        ListAssets::new(self.client.clone())
    }

    /// Update an asset's content, name or description
    /// (`PATCH /assets/{assetId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.assets().update("las:asset:abc").content("ui/remote-component.js").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, asset_id: impl Into<String>) -> UpdateAsset {
        UpdateAsset {
            client: self.client.clone(),
            asset_id: asset_id.into(),
            content: None,
            name: None,
            description: None,
        }
    }

    /// Delete an asset (`DELETE /assets/{assetId}`); returns it.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.assets().delete("las:asset:abc").await?;
    /// # let _ = deleted;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete(&self, asset_id: &str) -> Result<Asset> {
        let id = ids::check("asset_id", asset_id)?;
        self.client
            .call(Op::delete("delete_asset"), |api| async move {
                api.delete_asset(id).await
            })
            .await
    }
}

/// `POST /assets`. Created by [`Assets::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAsset {
    client: Client,
    content: Content,
    name: Option<String>,
    description: Option<String>,
}

impl CreateAsset {
    /// Name of the asset.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// Description of the asset.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Send: a file or reader streams into the request body, other
    /// content is sent from memory.
    pub async fn send(self) -> Result<Asset> {
        let make = |content| types::PostAssets {
            content,
            description: self.description.clone(),
            name: self.name.clone(),
        };
        crate::upload::create_asset(&self.client, self.content, make).await
    }
}

request_future!(CreateAsset => Asset);

/// `PATCH /assets/{assetId}`. Created by [`Assets::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAsset {
    client: Client,
    asset_id: String,
    content: Option<Content>,
    name: Option<String>,
    description: Option<String>,
}

impl UpdateAsset {
    /// New content: a path, bytes, a reader or base64 (see [`Content`]).
    pub fn content(mut self, content: impl IntoContent) -> Self {
        self.content = Some(content.into_content());
        self
    }
    /// New name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// New description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Read and encode the new content, if any, then send.
    pub async fn send(self) -> Result<Asset> {
        let id = ids::check("asset_id", &self.asset_id)?;
        let content = match self.content {
            Some(content) => Some(content.prepare_any().await?),
            None => None,
        };
        let body = types::PatchAssetId {
            content,
            description: self.description,
            name: self.name,
        };
        let body = &body;
        self.client
            .call(Op::patch("update_asset"), |api| async move {
                api.update_asset(id, body).await
            })
            .await
    }
}

request_future!(UpdateAsset => Asset);

crate::resources::unfiltered_list! {
    /// `GET /assets`. Created by [`Assets::list`].
    ListAssets: AssetPage => Asset, "asset", list_assets
}

#[cfg(test)]
mod tests {
    use super::*;
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
