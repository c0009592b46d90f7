//! Helpers shared by the `emulator_*` tests (included with `#[path]`); as a
//! test target of its own it has no tests.
#![allow(dead_code)]

use las_emulator::Emulator;
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// Raw JSON calls to an emulator with its API key.
pub struct Api {
    pub http: reqwest::Client,
    pub base: String,
    pub key: String,
}

impl Api {
    pub fn new(emu: &Emulator) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: emu.api_endpoint(),
            key: emu.api_key().to_string(),
        }
    }

    /// Any call; the body is `Value::Null` when the response is not JSON.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header("x-api-key", &self.key);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r = req.send().await.expect("request");
        let status = r.status();
        let text = r.text().await.expect("body");
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// A call that must answer 200; returns the body.
    pub async fn ok(&self, method: Method, path: &str, body: Option<Value>) -> Value {
        let (status, v) = self.call(method.clone(), path, body).await;
        assert_eq!(status, StatusCode::OK, "{method} {path}: {v}");
        v
    }

    pub async fn get(&self, path: &str) -> Value {
        self.ok(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Value {
        self.ok(Method::POST, path, Some(body)).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> Value {
        self.ok(Method::PATCH, path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Value {
        self.ok(Method::DELETE, path, None).await
    }
}

/// The string at `key` of a JSON object.
pub fn s(v: &Value, key: &str) -> String {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("no string {key} in {v}"))
        .to_string()
}
