//! Endpoint parsing and the cleartext-http check.

use reqwest::Url;
use std::net::IpAddr;

use crate::{Error, Result};

/// Refuses to send credentials in cleartext.
///
/// `https://` URLs pass. `http://` URLs pass only when the host is loopback
/// (`localhost`, `127.0.0.0/8`, `::1`) or `allow_insecure_http` is `true`.
/// Anything else (another scheme, an unparsable URL) is
/// [`Error::InvalidInput`]. The client builder calls this for the API
/// endpoint; [`Authenticator::new`](super::Authenticator::new) calls it for
/// the token URL and the API endpoint.
///
/// ```
/// use las_client::credentials::ensure_secure_endpoint;
///
/// assert!(ensure_secure_endpoint("https://api.lucidtech.ai/v1", false).is_ok());
/// assert!(ensure_secure_endpoint("http://127.0.0.1:8080/v1", false).is_ok());
/// assert!(ensure_secure_endpoint("http://api.lucidtech.ai/v1", false).is_err());
/// assert!(ensure_secure_endpoint("http://api.lucidtech.ai/v1", true).is_ok());
/// ```
pub fn ensure_secure_endpoint(url: &str, allow_insecure_http: bool) -> Result<()> {
    let parsed = Url::parse(url)
        .map_err(|e| Error::invalid_input(format!("{url:?} is not a valid URL: {e}")))?;
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if allow_insecure_http || is_loopback(&parsed) => Ok(()),
        "http" => Err(Error::invalid_input(format!(
            "refusing to send credentials over cleartext http to {}: use https, a loopback host, \
             or allow_insecure_http(true)",
            redact_userinfo(&parsed)
        ))),
        other => Err(Error::invalid_input(format!(
            "{} has scheme {other:?}; expected https (or http to a loopback host)",
            redact_userinfo(&parsed)
        ))),
    }
}

/// Whether the URL's host is `localhost`, in `127.0.0.0/8` or `::1`.
pub(crate) fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(oauth2::url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(oauth2::url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(oauth2::url::Host::Ipv6(ip)) => IpAddr::V6(ip).to_canonical().is_loopback(),
        None => false,
    }
}

/// The URL without any user:password part, for messages.
fn redact_userinfo(url: &Url) -> String {
    let mut u = url.clone();
    let _ = u.set_username("");
    let _ = u.set_password(None);
    u.to_string()
}

/// The token URL for an auth endpoint given as a host or a URL (see
/// `Credentials::client_credentials`).
pub(crate) fn token_url(auth_endpoint: &str) -> Result<String> {
    const SUFFIX: &str = "/token?grant_type=client_credentials";
    let auth_endpoint = auth_endpoint.trim();
    if auth_endpoint.contains("://") {
        let url = parse_http_url("auth_endpoint", auth_endpoint)?;
        if (url.path().is_empty() || url.path() == "/") && url.query().is_none() {
            let base = auth_endpoint.trim_end_matches('/');
            return Ok(format!("{base}{SUFFIX}"));
        }
        Ok(url.to_string())
    } else {
        let host = auth_endpoint.trim_end_matches('/');
        let candidate = format!("https://{host}{SUFFIX}");
        parse_http_url("auth_endpoint", &candidate)?;
        Ok(candidate)
    }
}

/// Validates an API endpoint and drops a trailing `/`.
pub(crate) fn api_endpoint(api_endpoint: String) -> Result<String> {
    let trimmed = api_endpoint.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid_input("api_endpoint is empty"));
    }
    if !trimmed.contains("://") {
        return Err(Error::invalid_input(format!(
            "api_endpoint {trimmed:?} is not a URL; expected for example https://api.lucidtech.ai/v1"
        )));
    }
    parse_http_url("api_endpoint", trimmed)?;
    Ok(trimmed.trim_end_matches('/').to_owned())
}

fn parse_http_url(what: &str, value: &str) -> Result<Url> {
    let url = Url::parse(value)
        .map_err(|e| Error::invalid_input(format!("{what} {value:?} is not a valid URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::invalid_input(format!(
            "{what} {value:?} must be an https:// (or http://) URL"
        )));
    }
    if url.host().is_none() {
        return Err(Error::invalid_input(format!(
            "{what} {value:?} has no host"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid_input(format!(
            "{what} must not carry a user name or password"
        )));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_url_forms() {
        assert_eq!(
            token_url("auth.lucidtech.ai").unwrap(),
            "https://auth.lucidtech.ai/token?grant_type=client_credentials"
        );
        assert_eq!(
            token_url("auth.lucidtech.ai/").unwrap(),
            "https://auth.lucidtech.ai/token?grant_type=client_credentials"
        );
        assert_eq!(
            token_url("http://127.0.0.1:9000").unwrap(),
            "http://127.0.0.1:9000/token?grant_type=client_credentials"
        );
        assert_eq!(
            token_url("https://auth.lucidtech.ai/oauth2/token").unwrap(),
            "https://auth.lucidtech.ai/oauth2/token"
        );
        assert!(token_url("ftp://x/token").is_err());
        assert!(token_url("https://").is_err());
        assert!(token_url("https://u:p@h/token").is_err());
    }

    #[test]
    fn api_endpoint_forms() {
        assert_eq!(
            api_endpoint("https://api.lucidtech.ai/v1/".into()).unwrap(),
            "https://api.lucidtech.ai/v1"
        );
        assert!(api_endpoint("api.lucidtech.ai".into()).is_err());
        assert!(api_endpoint(" ".into()).is_err());
    }

    #[test]
    fn loopback_hosts() {
        for ok in [
            "http://localhost:1/x",
            "http://LOCALHOST/x",
            "http://127.0.0.1/x",
            "http://127.8.9.10:5/x",
            "http://[::1]:80/x",
            "http://[::ffff:127.0.0.1]/x",
        ] {
            assert!(ensure_secure_endpoint(ok, false).is_ok(), "{ok}");
        }
        for bad in [
            "http://10.0.0.1/x",
            "http://example.com/x",
            "http://localhost.example.com/x",
            "http://[::2]/x",
            "ftp://example.com/x",
            "not a url",
        ] {
            let e = ensure_secure_endpoint(bad, false).unwrap_err();
            assert!(matches!(e, Error::InvalidInput { .. }), "{bad}");
        }
        let e = ensure_secure_endpoint("http://example.com/v1", false).unwrap_err();
        assert!(e.to_string().contains("cleartext"), "{e}");
        assert!(ensure_secure_endpoint("http://example.com/x", true).is_ok());
    }
}
