//! Predictions: `client.predictions()`.

use crate::call::Op;
use crate::resources::request_future;
use crate::types::{self, ImageQuality, Prediction, Predictions as PredictionPage};
use crate::{Client, Result};

/// Predictions: run a model on a document, list past predictions.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let prediction = client.predictions().create("las:document:abc", "las:model:abc").await?;
/// for field in &prediction.predictions {
///     println!("{field:?}");
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Predictions {
    client: Client,
}

impl Client {
    /// Predictions: create and list.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let page = client.predictions().list().max_results(10).send().await?;
    /// # let _ = page;
    /// # Ok(())
    /// # }
    /// ```
    pub fn predictions(&self) -> Predictions {
        Predictions {
            client: self.clone(),
        }
    }
}

impl Predictions {
    /// Run a model on a document (`POST /predictions`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use las_client::types::ImageQuality;
    /// let prediction = client
    ///     .predictions()
    ///     .create("las:document:abc", "las:model:abc")
    ///     .max_pages(2)
    ///     .auto_rotate(true)
    ///     .image_quality(ImageQuality::High)
    ///     .send()
    ///     .await?;
    /// # let _ = prediction;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        document_id: impl Into<String>,
        model_id: impl Into<String>,
    ) -> CreatePrediction {
        CreatePrediction {
            client: self.client.clone(),
            body: types::PostPredictions {
                auto_rotate: None,
                document_id: document_id.into(),
                image_quality: None,
                max_pages: None,
                model_id: model_id.into(),
            },
        }
    }

    /// List predictions (`GET /predictions`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// use futures::TryStreamExt;
    /// let recent: Vec<_> = client.predictions().list().limit(50).items().try_collect().await?;
    /// # let _ = recent;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListPredictions {
        ListPredictions::new(self.client.clone())
    }
}

/// `POST /predictions`. Created by [`Predictions::create`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePrediction {
    client: Client,
    body: types::PostPredictions,
}

impl CreatePrediction {
    /// Predict on at most this many pages.
    pub fn max_pages(mut self, max_pages: i64) -> Self {
        self.body.max_pages = Some(max_pages);
        self
    }
    /// Whether the API may try rotations of the document.
    pub fn auto_rotate(mut self, auto_rotate: bool) -> Self {
        self.body.auto_rotate = Some(auto_rotate);
        self
    }
    /// Image quality: `HIGH` may give better results but takes longer.
    pub fn image_quality(mut self, quality: ImageQuality) -> Self {
        self.body.image_quality = Some(quality);
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Prediction> {
        let body = &self.body;
        self.client
            .call(Op::post("create_prediction"), |api| async move {
                api.create_prediction(body).await
            })
            .await
    }
}

request_future!(CreatePrediction => Prediction);

crate::resources::unfiltered_list! {
    /// `GET /predictions`. Created by [`Predictions::list`].
    ListPredictions: PredictionPage => Prediction, "prediction", list_predictions
}
