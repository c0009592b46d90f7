//! Which proxy, if any, requests go through.
//!
//! * Loopback hosts (`localhost`, `127.0.0.0/8`, `::1`) are always reached
//!   directly, whatever the builder or the environment says, so a request to
//!   a local endpoint never leaves the machine.
//! * A proxy set on the builder is used for everything else; without one,
//!   the `https_proxy`, `http_proxy` and `all_proxy` variables (either case;
//!   `HTTP_PROXY` is ignored under CGI, where `REQUEST_METHOD` is set) and
//!   `no_proxy` are honoured. Platform proxy settings outside the
//!   environment are not consulted.
//! * The cleartext rule applies to the proxy as to the endpoint: a proxy URL
//!   carrying a user name or password over `http://` to a host other than
//!   loopback is refused unless insecure http is allowed. An `https://` API
//!   endpoint reached through an `http://` proxy is tunnelled (`CONNECT`),
//!   so the API credentials stay inside TLS.

use reqwest::{NoProxy, Proxy, Url};

use crate::credentials::is_loopback;
use crate::{Error, Result};

/// Hosts that never go through a proxy.
const LOOPBACK: &str = "localhost,127.0.0.0/8,::1";

/// Configure `builder`'s proxies: `explicit` (from the client builder) or
/// the environment's.
pub(crate) fn configure(
    builder: reqwest::ClientBuilder,
    explicit: Option<&str>,
    allow_insecure_http: bool,
) -> Result<reqwest::ClientBuilder> {
    configure_with(builder, explicit, allow_insecure_http, &|k| {
        std::env::var(k).ok().filter(|v| !v.trim().is_empty())
    })
}

fn configure_with(
    mut builder: reqwest::ClientBuilder,
    explicit: Option<&str>,
    allow_insecure_http: bool,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<reqwest::ClientBuilder> {
    let bypass = match env("no_proxy").or_else(|| env("NO_PROXY")) {
        Some(list) => format!("{list},{LOOPBACK}"),
        None => LOOPBACK.to_owned(),
    };
    let bypass = || NoProxy::from_string(&bypass);
    // No proxy from reqwest's own environment lookup: only the ones below.
    builder = builder.no_proxy();
    if let Some(url) = explicit {
        let url = proxy_url("the proxy setting", url, allow_insecure_http)?;
        let proxy = Proxy::all(url).map_err(|_| invalid("the proxy setting"))?;
        return Ok(builder.proxy(proxy.no_proxy(bypass())));
    }
    let cgi = env("REQUEST_METHOD").is_some();
    let from = |lower: &'static str, upper: &'static str| {
        env(lower).map(|v| (lower, v)).or_else(|| {
            env(upper)
                .filter(|_| !(cgi && upper == "HTTP_PROXY"))
                .map(|v| (upper, v))
        })
    };
    type Make = fn(Url) -> reqwest::Result<Proxy>;
    let kinds: [(&str, &str, Make); 3] = [
        ("https_proxy", "HTTPS_PROXY", Proxy::https),
        ("http_proxy", "HTTP_PROXY", Proxy::http),
        ("all_proxy", "ALL_PROXY", Proxy::all),
    ];
    for (lower, upper, make) in kinds {
        if let Some((name, value)) = from(lower, upper) {
            let url = proxy_url(name, &value, allow_insecure_http)?;
            let proxy = make(url).map_err(|_| invalid(name))?;
            builder = builder.proxy(proxy.no_proxy(bypass()));
        }
    }
    Ok(builder)
}

fn invalid(source: &str) -> Error {
    // Never the URL itself: it may hold a password.
    Error::invalid_input(format!("the proxy URL in {source} is not valid"))
}

/// Parse a proxy URL (a bare `host:port` means `http://host:port`) and apply
/// the cleartext rule to any credentials in it.
fn proxy_url(source: &str, value: &str, allow_insecure_http: bool) -> Result<Url> {
    let value = value.trim();
    let url = if value.contains("://") {
        Url::parse(value)
    } else {
        Url::parse(&format!("http://{value}"))
    }
    .map_err(|_| invalid(source))?;
    if url.host().is_none() {
        return Err(invalid(source));
    }
    let has_credentials = !url.username().is_empty() || url.password().is_some();
    if url.scheme() == "http" && has_credentials && !is_loopback(&url) && !allow_insecure_http {
        return Err(Error::invalid_input(format!(
            "refusing to send the proxy credentials in {source} over cleartext http to {}: \
             use an https:// proxy, a loopback proxy, or allow_insecure_http(true)",
            url.host_str().unwrap_or("?")
        )));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_urls() {
        assert!(proxy_url("p", "proxy.example.com:3128", false).is_ok());
        assert!(proxy_url("p", "http://proxy.example.com:3128", false).is_ok());
        assert!(proxy_url("p", "https://u:p@proxy.example.com", false).is_ok());
        assert!(proxy_url("p", "http://u:p@127.0.0.1:3128", false).is_ok());
        let e = proxy_url("p", "http://u:hunter2@proxy.example.com", false).unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
        assert!(proxy_url("p", "http://u:p@proxy.example.com", true).is_ok());
        assert!(proxy_url("p", "http://", false).is_err());
    }

    #[test]
    fn cgi_ignores_upper_case_http_proxy() {
        let env = |k: &str| match k {
            "REQUEST_METHOD" => Some("GET".to_owned()),
            "HTTP_PROXY" => Some("http://u:p@evil.example.com".to_owned()),
            _ => None,
        };
        // Would be refused (credentials in cleartext) if it were read.
        assert!(configure_with(reqwest::Client::builder(), None, false, &env).is_ok());
    }
}
