//! `updateAsset`: new content from a path, bytes or a reader.

use crate::assets::Assets;
use crate::call::Op;
use crate::content::Content;
use crate::resources::documents::IntoContent;
use crate::types::{self, Asset};
use crate::{ids, Client, Result};

impl Assets {
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
}

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
        let body = {
            let mut patch_asset_id = types::PatchAssetId::new();
            patch_asset_id.content = content;
            patch_asset_id.description = self.description;
            patch_asset_id.name = self.name;
            patch_asset_id
        };
        let body = &body;
        self.client
            .call(Op::patch("update_asset"), |api| async move {
                api.update_asset(id, body).await
            })
            .await
    }
}

crate::resources::request_future!(UpdateAsset => Asset);
