//! Sign-up of a new organization: `client.sign_up(..)`.

use std::fmt;

use crate::call::Op;
use crate::types;
use crate::{Client, Result};

impl Client {
    /// Sign up a new user and organization (`POST /signup`). The API needs
    /// no credentials for this call; the client's are sent anyway.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let signed_up = client
    ///     .sign_up("ola@example.com", "correct horse battery staple", "<reCAPTCHA response>")
    ///     .name("Ola Nordmann")
    ///     .await?;
    /// println!("{}", signed_up.username);
    /// # Ok(())
    /// # }
    /// ```
    pub fn sign_up(
        &self,
        email: impl Into<String>,
        password: impl Into<String>,
        re_captcha_response: impl Into<String>,
    ) -> SignUpRequest {
        SignUpRequest {
            client: self.clone(),
            body: types::PostSignUp::new(
                email.into(),
                las_api::SecretString::from(password.into()),
                re_captcha_response.into(),
            ),
        }
    }
}

/// `POST /signup`. Created by [`Client::sign_up`]. Its `Debug` output
/// leaves the password and the reCAPTCHA response out.
#[must_use = "a request does nothing until it is sent"]
pub struct SignUpRequest {
    client: Client,
    body: types::PostSignUp,
}

impl fmt::Debug for SignUpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignUpRequest")
            .field("client", &self.client)
            .field("email", &self.body.email)
            .field("name", &self.body.name)
            .field("password", &"<redacted>")
            .field("re_captcha_response", &"<redacted>")
            .finish()
    }
}

impl SignUpRequest {
    /// Name of the new user.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<types::SignUp> {
        let body = &self.body;
        self.client
            .call(
                Op::post("sign_up"),
                |api| async move { api.sign_up(body).await },
            )
            .await
    }
}

crate::resources::request_future!(SignUpRequest => types::SignUp);

#[cfg(test)]
mod tests {
    #[test]
    fn debug_output_never_shows_the_password() {
        let credentials =
            crate::credentials::Credentials::api_key("k", "https://api.lucidtech.ai/v1").unwrap();
        let client = crate::Client::builder()
            .credentials(credentials)
            .build()
            .unwrap();
        let request = client
            .sign_up("ola@example.com", "hunter2", "captcha-token")
            .name("Ola");
        let text = format!("{request:?}");
        assert!(
            !text.contains("hunter2") && !text.contains("captcha-token"),
            "{text}"
        );
        assert!(
            text.contains("ola@example.com") && text.contains("Ola"),
            "{text}"
        );
    }
}
