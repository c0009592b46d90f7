//! Predictions (`/predictions`): deterministic values shaped by the model's
//! `fieldConfig` — one `{label, value, confidence}` per field, the value
//! derived from the field type and a hash of document id and label.

use las_api::types;
use serde_json::{json, Value};

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

/// The predicted value of one field of type `field_type` (`maxLength`
/// `max_length`, 0 for none): same document, label and type give the same value.
pub(crate) fn predict_value(
    document_id: &str,
    label: &str,
    field_type: &str,
    max_length: usize,
) -> String {
    let h = stable_hash(&[document_id, label]);
    let max = max_length;
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
    let value = match field_type {
        "date" => format!(
            "{:04}-{:02}-{:02}",
            2020 + h % 6,
            1 + (h >> 8) % 12,
            1 + (h >> 16) % 28
        ),
        "amount" => format!("{}.{:02}", (h >> 8) % 10_000, h % 100),
        "number" | "numeric" => ((h >> 4) % 100_000).to_string(),
        "digits" => digits(short(4), h),
        "letter" => letters(short(6), h, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "phone" => format!("+47 {}", digits(8, h)),
        "alphanum" => letters(short(8), h, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        "alphanumext" => letters(short(10), h, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/."),
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

/// One `PredictedField` of a plain field config (`{"type", "maxLength", "enum"}`).
fn predicted_field(document_id: &str, label: &str, field: &Value) -> Value {
    let field_type = field
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("string");
    let max = field
        .get("maxLength")
        .and_then(Value::as_u64)
        .map_or(0, |m| usize::try_from(m).unwrap_or(usize::MAX));
    let value = match field.get("enum").and_then(Value::as_array) {
        Some(options) if !options.is_empty() => {
            let h = stable_hash(&[document_id, label, "enum"]);
            options[(h % options.len() as u64) as usize].clone()
        }
        _ => Value::String(predict_value(document_id, label, field_type, max)),
    };
    json!({
        "label": label,
        "value": value,
        "confidence": confidence(document_id, label),
        "page": 0,
    })
}

/// The predictions of a model's `fieldConfig` for a document: a
/// `PredictedField` per field, a `PredictedLines` (one line) per `lines` entry.
fn predictions_for(document_id: &str, field_config: &Value) -> Vec<Value> {
    let Some(fields) = field_config.as_object() else {
        return Vec::new();
    };
    fields
        .iter()
        .map(|(label, entry)| {
            if entry.get("type").and_then(Value::as_str) == Some("lines") {
                let line: Vec<Value> = entry
                    .get("fields")
                    .and_then(Value::as_object)
                    .map(|sub| {
                        sub.iter()
                            .map(|(name, f)| predicted_field(document_id, name, f))
                            .collect()
                    })
                    .unwrap_or_default();
                json!({"label": label, "value": [line], "page": 0})
            } else {
                predicted_field(document_id, label, entry)
            }
        })
        .collect()
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
    let field_config = model.field_config.clone();
    let training_id = match &body.training_id {
        Some(t) => {
            let known = st
                .trainings
                .get(t)
                .is_some_and(|r| r.api["modelId"] == Value::String(body.model_id.clone()));
            if !known {
                return Err(ApiError::bad_request(format!(
                    "Training {t} does not exist for model {}",
                    body.model_id
                )));
            }
            Value::String(t.clone())
        }
        None => model
            .api
            .training_id
            .clone()
            .map_or(Value::Null, Value::String),
    };
    let h = stable_hash(&[&body.document_id, &body.model_id]);
    let id = st.ids.id("prediction");
    let prediction = json!({
        "predictionId": id,
        "documentId": body.document_id,
        "modelId": body.model_id,
        "trainingId": training_id,
        "predictions": predictions_for(&body.document_id, &field_config),
        "inferenceTime": 0.2 + (h % 800) as f64 / 1000.0,
        "status": "succeeded",
        "createdBy": ctx.principal,
        "createdTime": ctx.now_str(),
        "timestamp": (ctx.now / 1000).max(1),
    });
    st.predictions.insert(id, prediction.clone());
    st.count(Counted::Prediction, 1);
    ok(&prediction)
}

pub(crate) fn get(ctx: &Ctx, st: &mut State) -> ApiResult {
    let id = ctx.param("predictionId");
    ok(st
        .predictions
        .get(id)
        .ok_or_else(|| ApiError::not_found("Prediction", id))?)
}

/// `GET /predictions`: filtered by `modelId`, sorted by `createdTime`
/// (`sortBy`, `order`), paged.
pub(crate) fn list(ctx: &Ctx, st: &mut State) -> ApiResult {
    let pager = ctx.pager()?;
    let model = ctx.query.str("modelId");
    let sorted = ctx.query.str("sortBy").is_some();
    let order = ctx.query.str("order");
    let descending = order == Some("descending");
    let mut items: Vec<(Cursor, Value)> = st
        .predictions
        .iter()
        .filter(|(_, p)| model.is_none_or(|m| p["modelId"] == m))
        .map(|(s, p)| {
            let key = sorted.then(|| p["createdTime"].as_str().unwrap_or_default().to_string());
            (Cursor { key, seq: s }, p.clone())
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    if descending {
        items.reverse();
    }
    let (page, next) = pager.page(items, descending);
    let mut out = json!({"predictions": page, "nextToken": next});
    if let Some(m) = model {
        out["modelId"] = Value::from(m);
    }
    if let Some(o) = order {
        out["order"] = Value::from(o);
    }
    if let Some(s) = ctx.query.str("sortBy") {
        out["sortBy"] = Value::from(s);
    }
    ok(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_follow_types() {
        let d = predict_value("las:document:1", "due_date", "date", 10);
        assert_eq!(d.len(), 10);
        assert_eq!(&d[4..5], "-");
        let a = predict_value("las:document:1", "total", "amount", 12);
        assert!(a.contains('.') && a.split('.').all(|p| p.bytes().all(|b| b.is_ascii_digit())));
        let n = predict_value("las:document:1", "kid", "digits", 4);
        assert_eq!(n.len(), 4);
        assert!(n.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(predict_value("x", "y", "string", 3).chars().count(), 3);
        assert_eq!(
            predict_value("las:document:1", "total", "amount", 12),
            a,
            "deterministic"
        );
        let c = confidence("a", "b");
        assert!((0.0..=1.0).contains(&c));
    }

    #[test]
    fn lines_and_enums() {
        let config = json!({
            "currency": {"type": "enum", "enum": ["NOK", "EUR"]},
            "items": {"type": "lines", "fields": {"amount": {"type": "amount"}}},
        });
        let p = predictions_for("las:document:1", &config);
        assert!(p
            .iter()
            .any(|f| f["label"] == "currency" && (f["value"] == "NOK" || f["value"] == "EUR")));
        let lines = p.iter().find(|f| f["label"] == "items").expect("lines");
        assert_eq!(lines["value"][0][0]["label"], "amount");
    }
}
