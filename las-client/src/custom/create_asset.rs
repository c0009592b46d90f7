//! `createAsset`: content from a path, bytes or a reader.

use crate::assets::Assets;
use crate::content::Content;
use crate::resources::documents::IntoContent;
use crate::types::{self, Asset};
use crate::{Client, Result};

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
        let make = |content| {
            let mut post_assets = types::PostAssets::new(content);
            post_assets.description = self.description.clone();
            post_assets.name = self.name.clone();
            post_assets
        };
        crate::upload::create_asset(&self.client, self.content, make).await
    }
}

crate::resources::request_future!(CreateAsset => Asset);
