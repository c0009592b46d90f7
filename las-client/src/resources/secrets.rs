//! Secrets: `client.secrets()`.
//!
//! Secrets (credentials for docker transitions and their environment):
//! create, list, update, delete. The API never returns secret data.
//!
//! ```no_run
//! # async fn run(client: las_client::Client) -> las_client::Result<()> {
//! let secret = client
//!     .secrets()
//!     .create([("username", "robot"), ("password", "s3cr3t")])
//!     .description("Registry login")
//!     .await?;
//! client.secrets().delete(&secret.secret_id).await?;
//! # Ok(())
//! # }
//! ```
//!
//! Secret data never appears in `Debug` output of the requests here, nor in
//! their errors.

use std::fmt;

use serde_json::{Map, Value};

use crate::Result;

pub use crate::generated::secrets::*;

/// Stands in for secret data in `Debug` output.
pub(crate) struct Redacted<'a>(pub(crate) &'a Result<Map<String, Value>>);

impl fmt::Debug for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Ok(map) => write!(f, "<redacted: {} keys>", map.len()),
            Err(_) => f.write_str("<redacted: not an object>"),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Client, Error};
    use serde_json::json;

    fn client() -> Client {
        let credentials =
            crate::credentials::Credentials::api_key("k", "https://api.lucidtech.ai/v1").unwrap();
        Client::builder().credentials(credentials).build().unwrap()
    }

    #[test]
    fn debug_output_never_shows_secret_data() {
        let create = client()
            .secrets()
            .create([("username", "robot"), ("password", "hunter2")])
            .name("registry");
        let text = format!("{create:?}");
        assert!(
            !text.contains("hunter2") && !text.contains("password"),
            "{text}"
        );
        assert!(
            text.contains("<redacted: 2 keys>") && text.contains("registry"),
            "{text}"
        );

        let create = client().secrets().create(json!("hunter2"));
        let text = format!("{create:?}");
        assert!(!text.contains("hunter2"), "{text}");

        let update = client()
            .secrets()
            .update("las:secret:abc")
            .data(json!({"registry_pw": "hunter2"}));
        let text = format!("{update:?}");
        assert!(
            !text.contains("hunter2") && !text.contains("registry_pw"),
            "{text}"
        );
        assert!(text.contains("las:secret:abc"), "{text}");
        let text = format!(
            "{:#?}",
            client().secrets().update("las:secret:abc").name("n")
        );
        assert!(text.contains("data: None"), "{text}");
    }

    #[tokio::test]
    async fn data_that_is_not_an_object_is_refused_before_sending() {
        // The endpoint is never contacted: the error comes first.
        let err = client()
            .secrets()
            .create(json!(["hunter2"]))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        assert!(!err.to_string().contains("hunter2"), "{err}");
        let err = client()
            .secrets()
            .update("las:secret:abc")
            .data(json!(null))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        let err = client()
            .secrets()
            .update("las:secret:abc")
            .data(json!({}))
            .send()
            .await
            .unwrap_err();
        assert!(err.to_string().contains("at least one key"), "{err}");
    }
}
