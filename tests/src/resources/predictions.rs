//! Predictions (`/predictions`): deterministic values shaped by the model's
//! `fieldConfig` — one `{label, value, confidence}` per field, the value
//! derived from the field type and a hash of document id and label.

use las_api::types;

use crate::error::{ok, ApiError, ApiResult};
use crate::ids::stable_hash;
use crate::pagination::Cursor;
use crate::pipeline::Ctx;
use crate::state::{Counted, State};

const WORDS: &[&str] = &[
    "Acme Corporation",
    "Nordic Supplies AS",
    "Blue Harbor Ltd",
    "Fjord Logistics",
    "Polar Paper Co",
    "Granite Works",
    "Northern Lights Inc",
    "Silver Birch Trading",
];

/// The predicted value of one field: same document, label and type give the same value.
pub(crate) fn predict_value(
    document_id: &str,
    label: &str,
    field: &types::FieldConfigEntry,
) -> String {
    let h = stable_hash(&[document_id, label]);
    let max = usize::try_from(field.max_length).unwrap_or(0);
    let digits = |n: usize, mut x: u64| -> String {
        (0..n)
            .map(|_| {
                let d = (x % 10) as u8;
                x = (x / 10) ^ x.rotate_left(13);
                char::from(b'0' + d)
            })
            .collect()
    };
    let letters = |n: usize, mut x: u64, alphabet: &[u8]| -> String {
        (0..n)
            .map(|_| {
                let c = alphabet[(x % alphabet.len() as u64) as usize];
                x = (x / alphabet.len() as u64) ^ x.rotate_left(17);
                char::from(c)
            })
            .collect()
    };
    let short = |default: usize| if max == 0 { default } else { max.min(default) };
    let value = match &field.type_ {
        types::FieldType::Date => format!(
            "{:04}-{:02}-{:02}",
            2020 + h % 6,
            1 + (h >> 8) % 12,
            1 + (h >> 16) % 28
        ),
        types::FieldType::Amount => format!("{}.{:02}", (h >> 8) % 10_000, h % 100),
        types::FieldType::Number => ((h >> 4) % 100_000).to_string(),
        types::FieldType::Digits => digits(short(4), h),
        types::FieldType::Letter => letters(short(6), h, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        types::FieldType::Phone => format!("+47 {}", digits(8, h)),
        types::FieldType::Alphanum => letters(short(8), h, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        types::FieldType::Alphanumext => {
            letters(short(10), h, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/.")
        }
        _ => WORDS[(h % WORDS.len() as u64) as usize].to_string(),
    };
    if max > 0 {
        value.chars().take(max).collect()
    } else {
        value
    }
}

/// Confidence in `[0.5, 1.0)`, from the same hash as the value.
pub(crate) fn confidence(document_id: &str, label: &str) -> f64 {
    let h = stable_hash(&[document_id, label, "confidence"]);
    0.5 + (h % 500) as f64 / 1000.0
}

pub(crate) fn create(ctx: &Ctx, st: &mut State) -> ApiResult {
    let body: types::PostPredictions = ctx.body_as()?;
    if !st.documents.contains(&body.document_id) {
        return Err(ApiError::bad_request(format!(
            "Document {} does not exist",
            body.document_id
        )));
    }
    let model = st
        .models
        .get(&body.model_id)
        .ok_or_else(|| ApiError::bad_request(format!("Model {} does not exist", body.model_id)))?;
    let predictions = model
        .api
        .field_config
        .iter()
        .map(|(label, field)| {
            let mut prediction_predictions_item = types::PredictionPredictionsItem::new(
                confidence(&body.document_id, label),
                label.clone(),
            );
            prediction_predictions_item.value =
                Some(predict_value(&body.document_id, label, field));
            prediction_predictions_item
        })
        .collect();
    let h = stable_hash(&[&body.document_id, &body.model_id]);
    let id = st.ids.id("prediction");
    let prediction = types::Prediction::new(
        body.document_id,
        0.2 + (h % 800) as f64 / 1000.0,
        body.model_id,
        id.clone(),
        predictions,
        i64::try_from(ctx.now / 1000).unwrap_or(i64::MAX),
    );
    st.predictions.insert(id, prediction.clone());
    st.count(Counted::Prediction, 1);
    ok(&prediction)
}

pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let (page, next) = pager.page(
        st.predictions
            .iter_after(pager.after_seq())
            .map(|(s, p)| (Cursor::seq(s), p.clone())),
        false,
    );
    ok(&{
        let mut list = types::Predictions::new(page);
        list.next_token = next;
        list
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(t: &str, max: i64) -> types::FieldConfigEntry {
        types::FieldConfigEntry::new(max, types::FieldType::from(t))
    }

    #[test]
    fn values_follow_types() {
        let d = predict_value("las:document:1", "due_date", &field("date", 10));
        assert_eq!(d.len(), 10);
        assert_eq!(&d[4..5], "-");
        let a = predict_value("las:document:1", "total", &field("amount", 12));
        assert!(a.contains('.') && a.split('.').all(|p| p.bytes().all(|b| b.is_ascii_digit())));
        let n = predict_value("las:document:1", "kid", &field("digits", 4));
        assert_eq!(n.len(), 4);
        assert!(n.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(
            predict_value("x", "y", &field("string", 3)).chars().count(),
            3
        );
        assert_eq!(
            predict_value("las:document:1", "total", &field("amount", 12)),
            a,
            "deterministic"
        );
        let c = confidence("a", "b");
        assert!((0.0..=1.0).contains(&c));
    }
}
