//! Predictions: `client.predictions()`.
//!
//! Predictions: run a model on a document, read one, list past predictions.
//! A prediction holds predicted fields and line items
//! ([`PredictedItem`]); [`PredictedItems`] reads them from a prediction or
//! from a listed one alike.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! use las_client::predictions::PredictedItems;
//! let prediction = client.predictions().create("las:document:abc", "las:model:abc").await?;
//! for field in prediction.predictions.fields() {
//!     println!("{} = {:?} ({:.0}%)", field.label, field.value, field.confidence * 100.0);
//! }
//! # Ok(())
//! # }
//! ```

use crate::types::{
    PredictedField, PredictedItem, PredictedLines, PredictionPredictions,
    PredictionsPredictionsItemPredictions,
};

pub use crate::generated::predictions::*;

/// The predicted items of a prediction (`predictions`): a list of fields
/// and line items, or nothing when the API sent `null` or an object.
///
/// ```
/// use las_client::predictions::PredictedItems;
/// use las_client::types::{PredictedField, PredictedItem, PredictionPredictions};
///
/// let total = PredictedField::new(0.9, "total_amount".into());
/// let predictions = PredictionPredictions::Predicted(Some(vec![PredictedItem::Field(total)]));
/// assert_eq!(predictions.fields().next().map(|f| f.label.as_str()), Some("total_amount"));
/// assert_eq!(predictions.lines().count(), 0);
/// ```
pub trait PredictedItems {
    /// Every predicted item, in the API's order.
    fn items(&self) -> &[PredictedItem];

    /// The predicted fields (not line items).
    fn fields(&self) -> impl Iterator<Item = &PredictedField> {
        self.items().iter().filter_map(|item| match item {
            PredictedItem::Field(field) => Some(field),
            PredictedItem::Lines(_) => None,
        })
    }

    /// The predicted line items: each a table of rows of fields.
    fn lines(&self) -> impl Iterator<Item = &PredictedLines> {
        self.items().iter().filter_map(|item| match item {
            PredictedItem::Lines(lines) => Some(lines),
            PredictedItem::Field(_) => None,
        })
    }
}

impl PredictedItems for PredictionPredictions {
    fn items(&self) -> &[PredictedItem] {
        match self {
            PredictionPredictions::Predicted(Some(items)) => items,
            _ => &[],
        }
    }
}

impl PredictedItems for PredictionsPredictionsItemPredictions {
    fn items(&self) -> &[PredictedItem] {
        match self {
            PredictionsPredictionsItemPredictions::Predicted(Some(items)) => items,
            _ => &[],
        }
    }
}
