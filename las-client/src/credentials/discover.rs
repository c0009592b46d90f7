//! Finding credentials: environment variables, then the credentials file.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ini::{Ini, ParseOption, Properties};

use super::Credentials;
use crate::{Error, Result};

const CLIENT_ID: &str = "LAS_CLIENT_ID";
const CLIENT_SECRET: &str = "LAS_CLIENT_SECRET";
const AUTH_ENDPOINT: &str = "LAS_AUTH_ENDPOINT";
const API_ENDPOINT: &str = "LAS_API_ENDPOINT";
const API_KEY: &str = "LAS_API_KEY";
const PROFILE: &str = "LAS_PROFILE";
const CREDENTIALS_FILE: &str = "LAS_CREDENTIALS_FILE";

type Lookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// Finds [`Credentials`] with the Python SDK's rules, reading variables
/// through a lookup function (the process environment by default) so that
/// the rules can be exercised without touching the real environment.
///
/// [`discover`](Self::discover) tries, in order:
///
/// 1. If a profile was named ([`profile`](Self::profile), else the
///    `LAS_PROFILE` variable): that section of the credentials file, and
///    nothing else.
/// 2. The environment: `LAS_CLIENT_ID`, `LAS_CLIENT_SECRET`,
///    `LAS_AUTH_ENDPOINT` and `LAS_API_ENDPOINT`, used only when all four are
///    set (and non-empty); otherwise `LAS_API_KEY` with `LAS_API_ENDPOINT`.
/// 3. The section `[default]` of the credentials file.
///
/// The credentials file is [`credentials_file`](Self::credentials_file), else
/// `LAS_CREDENTIALS_FILE`, else `$HOME/.lucidtech/credentials.cfg`
/// (`USERPROFILE` when `HOME` is unset). A section holds `client_id`,
/// `client_secret`, `auth_endpoint`, `api_endpoint` and optionally
/// `use_cache = true`, or `api_key` and `api_endpoint`. Keys from a
/// `[DEFAULT]` section apply to every section, as in Python's configparser.
/// With `use_cache = true` tokens are cached in
/// `$HOME/.lucidtech/token-cache.json` (next to the credentials file when no
/// home directory is known) under the section's name.
///
/// When nothing is found the error is [`Error::MissingCredentials`], listing
/// every source and why it gave nothing (never a secret). Values that are
/// present but wrong (an unparsable URL, say) are [`Error::InvalidInput`].
///
/// ```
/// use las_client::credentials::{CredentialsKind, Discovery};
/// use std::collections::HashMap;
///
/// let env: HashMap<&str, &str> = [
///     ("LAS_API_KEY", "my-key"),
///     ("LAS_API_ENDPOINT", "https://api.lucidtech.ai/v1"),
/// ]
/// .into();
/// let credentials = Discovery::with_env(move |k| env.get(k).map(|v| v.to_string()))
///     .credentials_file("/nonexistent/credentials.cfg")
///     .discover()?;
/// assert_eq!(credentials.kind(), CredentialsKind::ApiKey);
/// # Ok::<(), las_client::Error>(())
/// ```
#[derive(Clone)]
pub struct Discovery {
    env: Lookup,
    credentials_file: Option<PathBuf>,
    profile: Option<String>,
}

impl Default for Discovery {
    fn default() -> Self {
        Discovery::new()
    }
}

impl fmt::Debug for Discovery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Discovery")
            .field("credentials_file", &self.credentials_file)
            .field("profile", &self.profile)
            .finish_non_exhaustive()
    }
}

impl Discovery {
    /// Discovery over the process environment (`std::env::var`).
    ///
    /// ```no_run
    /// let credentials = las_client::credentials::Discovery::new().discover()?;
    /// # Ok::<(), las_client::Error>(())
    /// ```
    pub fn new() -> Self {
        Discovery::with_env(|k| std::env::var(k).ok())
    }

    /// Discovery over `lookup` instead of the process environment. `lookup`
    /// also supplies `HOME`, `USERPROFILE`, `LAS_PROFILE` and
    /// `LAS_CREDENTIALS_FILE`.
    ///
    /// ```
    /// use las_client::credentials::Discovery;
    ///
    /// let e = Discovery::with_env(|_| None).discover().unwrap_err();
    /// assert!(matches!(e, las_client::Error::MissingCredentials { .. }));
    /// ```
    pub fn with_env<F>(lookup: F) -> Self
    where
        F: Fn(&str) -> Option<String> + Send + Sync + 'static,
    {
        Discovery {
            env: Arc::new(lookup),
            credentials_file: None,
            profile: None,
        }
    }

    /// Reads this credentials file instead of `LAS_CREDENTIALS_FILE` or
    /// `~/.lucidtech/credentials.cfg`.
    ///
    /// ```
    /// let d = las_client::credentials::Discovery::with_env(|_| None).credentials_file("/etc/las/credentials.cfg");
    /// assert!(d.discover().is_err());
    /// ```
    pub fn credentials_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.credentials_file = Some(path.into());
        self
    }

    /// Reads only this section of the credentials file (overrides
    /// `LAS_PROFILE`); the `LAS_*` credential variables are then not
    /// consulted.
    ///
    /// ```
    /// let d = las_client::credentials::Discovery::with_env(|_| None).profile("prod");
    /// assert!(d.discover().is_err());
    /// ```
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Runs the discovery chain described on [`Discovery`].
    ///
    /// ```
    /// use las_client::{credentials::Discovery, Error};
    ///
    /// let env = |k: &str| (k == "LAS_CLIENT_ID").then(|| "id".to_string());
    /// match Discovery::with_env(env).credentials_file("/nonexistent.cfg").discover() {
    ///     Err(Error::MissingCredentials { looked_at }) => {
    ///         assert!(looked_at[0].contains("LAS_CLIENT_ID is set but"));
    ///         assert!(looked_at[1].contains("not found"));
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// ```
    pub fn discover(&self) -> Result<Credentials> {
        let mut looked_at = Vec::new();
        let profile = match &self.profile {
            Some(p) => Some(p.clone()),
            None => self.var(PROFILE).inspect(|p| {
                looked_at.push(format!(
                    "environment: {PROFILE}={p} selects profile [{p}] of the credentials file, \
                     so the LAS_* credential variables were not consulted"
                ))
            }),
        };
        let found = match profile {
            Some(section) => self.try_file(&section, &mut looked_at)?,
            None => match self.try_environment(&mut looked_at)? {
                Some(c) => Some(c),
                None => self.try_file("default", &mut looked_at)?,
            },
        };
        found.ok_or(Error::MissingCredentials { looked_at })
    }

    fn var(&self, name: &str) -> Option<String> {
        (self.env)(name).filter(|v| !v.trim().is_empty())
    }

    fn try_environment(&self, looked_at: &mut Vec<String>) -> Result<Option<Credentials>> {
        let names = [CLIENT_ID, CLIENT_SECRET, AUTH_ENDPOINT, API_ENDPOINT];
        let values = names.map(|n| self.var(n));
        if let [Some(id), Some(secret), Some(auth), Some(api)] = &values {
            return Credentials::client_credentials(id, secret, auth, api)
                .map(Some)
                .map_err(|e| in_context("environment", e));
        }
        let api_key = self.var(API_KEY);
        if let (Some(key), Some(api)) = (&api_key, &values[3]) {
            return Credentials::api_key(key, api)
                .map(Some)
                .map_err(|e| in_context("environment", e));
        }
        let set: Vec<&str> = names
            .iter()
            .zip(&values)
            .filter(|(_, v)| v.is_some())
            .map(|(n, _)| *n)
            .collect();
        let unset: Vec<&str> = names
            .iter()
            .zip(&values)
            .filter(|(_, v)| v.is_none())
            .map(|(n, _)| *n)
            .collect();
        let reason = if api_key.is_some() {
            let mut r = format!("{API_KEY} is set but {API_ENDPOINT} is not");
            if !set.is_empty() {
                r.push_str(&format!(
                    "; {} {} set but {} {} not",
                    join_and(&set),
                    is_are(set.len()),
                    unset.join(", "),
                    is_are(unset.len())
                ));
            }
            r
        } else if set.is_empty() {
            format!("none of {}, {API_KEY} is set", names.join(", "))
        } else {
            let mut r = format!(
                "{} {} set but {} {} not",
                join_and(&set),
                is_are(set.len()),
                unset.join(", "),
                is_are(unset.len())
            );
            if set == [API_ENDPOINT] {
                r.push_str(&format!(" (nor is {API_KEY})"));
            }
            r
        };
        looked_at.push(format!("environment: {reason}"));
        Ok(None)
    }

    fn credentials_path(&self) -> Option<PathBuf> {
        if let Some(p) = &self.credentials_file {
            return Some(p.clone());
        }
        if let Some(p) = self.var(CREDENTIALS_FILE) {
            return Some(PathBuf::from(p));
        }
        home_dir(&|k| self.var(k)).map(|h| h.join(".lucidtech").join("credentials.cfg"))
    }

    fn try_file(&self, section: &str, looked_at: &mut Vec<String>) -> Result<Option<Credentials>> {
        let Some(path) = self.credentials_path() else {
            looked_at.push(format!(
                "file ~/.lucidtech/credentials.cfg: neither HOME nor USERPROFILE is set (nor {CREDENTIALS_FILE})"
            ));
            return Ok(None);
        };
        let label = format!("file {}", path.display());
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                looked_at.push(format!("{label}: not found"));
                return Ok(None);
            }
            Err(e) => {
                looked_at.push(format!("{label}: could not be read ({e})"));
                return Ok(None);
            }
        };
        let options = ParseOption {
            enabled_quote: false,
            enabled_escape: false,
            ..ParseOption::default()
        };
        let ini = match Ini::load_from_str_opt(&text, options) {
            Ok(ini) => ini,
            Err(e) => {
                // The parser's message may quote the line, which may hold a secret.
                looked_at.push(format!("{label}: could not be parsed (line {})", e.line));
                return Ok(None);
            }
        };
        let Some(props) = ini.section(Some(section)) else {
            looked_at.push(format!("{label}: has no section [{section}]"));
            return Ok(None);
        };
        let defaults = ini.section(Some("DEFAULT"));
        let get = |key: &str| lookup(props, key).or_else(|| defaults.and_then(|d| lookup(d, key)));

        let keys = [
            "client_id",
            "client_secret",
            "auth_endpoint",
            "api_endpoint",
        ];
        let values = keys.map(get);
        let context = format!("{label} [{section}]");
        if let [Some(id), Some(secret), Some(auth), Some(api)] = &values {
            let mut credentials = Credentials::client_credentials(id, secret, auth, api)
                .map_err(|e| in_context(&context, e))?;
            if get("use_cache").is_some_and(|v| parse_bool(&context, &v)) {
                let cache = home_dir(&|k| self.var(k))
                    .map(|h| h.join(".lucidtech"))
                    .or_else(|| path.parent().map(Path::to_path_buf))
                    .unwrap_or_default()
                    .join("token-cache.json");
                credentials = credentials.with_token_cache(section, cache);
            }
            return Ok(Some(credentials));
        }
        let api_key = get("api_key");
        if let (Some(key), Some(api)) = (&api_key, &values[3]) {
            return Credentials::api_key(key, api)
                .map(Some)
                .map_err(|e| in_context(&context, e));
        }
        let missing: Vec<&str> = keys
            .iter()
            .zip(&values)
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| *k)
            .collect();
        let client_keys_present = values[..3].iter().any(Option::is_some);
        let reason = if client_keys_present || (api_key.is_none() && values[3].is_some()) {
            format!("section [{section}] lacks {}", missing.join(", "))
        } else if api_key.is_some() {
            format!("section [{section}] lacks api_endpoint")
        } else {
            format!("section [{section}] lacks client_id, client_secret, auth_endpoint, api_endpoint (or api_key, api_endpoint)")
        };
        looked_at.push(format!("{label}: {reason}"));
        Ok(None)
    }
}

/// The home directory according to `lookup`: `HOME`, else `USERPROFILE`.
pub(crate) fn home_dir(lookup: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    ["HOME", "USERPROFILE"]
        .iter()
        .find_map(|k| lookup(k).filter(|v| !v.trim().is_empty()))
        .map(PathBuf::from)
}

/// A key's non-empty value, matching the key case-insensitively as Python's
/// configparser does.
fn lookup(props: &Properties, key: &str) -> Option<String> {
    props
        .iter()
        .find(|(k, _)| k.trim().eq_ignore_ascii_case(key))
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// configparser's booleans; anything else counts as false, with a warning.
fn parse_bool(context: &str, value: &str) -> bool {
    match value.to_ascii_lowercase().as_str() {
        "1" | "yes" | "true" | "on" => true,
        "0" | "no" | "false" | "off" => false,
        _ => {
            tracing::warn!(%context, value, "use_cache is neither true nor false; not caching tokens on disk");
            false
        }
    }
}

fn in_context(context: &str, e: Error) -> Error {
    match e {
        Error::InvalidInput { what } => Error::InvalidInput {
            what: format!("{context}: {what}"),
        },
        other => other,
    }
}

fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn is_are(n: usize) -> &'static str {
    if n == 1 {
        "is"
    } else {
        "are"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> Discovery {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Discovery::with_env(move |k| map.get(k).cloned())
    }

    fn missing(d: &Discovery) -> Vec<String> {
        match d.discover() {
            Err(Error::MissingCredentials { looked_at }) => looked_at,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn join_and_forms() {
        assert_eq!(join_and(&["A"]), "A");
        assert_eq!(join_and(&["A", "B"]), "A and B");
        assert_eq!(join_and(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn environment_messages() {
        let no_file = "/nonexistent/las-credentials.cfg";
        let l = missing(&env(&[("LAS_CREDENTIALS_FILE", no_file)]));
        assert_eq!(
            l[0],
            "environment: none of LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_AUTH_ENDPOINT, LAS_API_ENDPOINT, LAS_API_KEY is set"
        );
        assert_eq!(l[1], format!("file {no_file}: not found"));

        let l = missing(&env(&[
            ("LAS_CREDENTIALS_FILE", no_file),
            ("LAS_API_ENDPOINT", "https://a/v1"),
        ]));
        assert_eq!(
            l[0],
            "environment: LAS_API_ENDPOINT is set but LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_AUTH_ENDPOINT are not (nor is LAS_API_KEY)"
        );

        let l = missing(&env(&[
            ("LAS_CREDENTIALS_FILE", no_file),
            ("LAS_API_KEY", "k"),
        ]));
        assert_eq!(
            l[0],
            "environment: LAS_API_KEY is set but LAS_API_ENDPOINT is not"
        );

        // Empty counts as unset.
        let l = missing(&env(&[
            ("LAS_CREDENTIALS_FILE", no_file),
            ("LAS_CLIENT_ID", "id"),
            ("LAS_CLIENT_SECRET", ""),
            ("LAS_AUTH_ENDPOINT", "a.b"),
        ]));
        assert_eq!(
            l[0],
            "environment: LAS_CLIENT_ID and LAS_AUTH_ENDPOINT are set but LAS_CLIENT_SECRET, LAS_API_ENDPOINT are not"
        );
    }

    #[test]
    fn no_home() {
        let l = missing(&env(&[]));
        assert!(l[1].contains("neither HOME nor USERPROFILE"), "{l:?}");
    }

    #[test]
    fn file_values_are_taken_literally_like_configparser() {
        use secrecy::ExposeSecret;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("credentials.cfg");
        std::fs::write(
            &file,
            "; comment\n[default]\nClient_ID: id\nclient_secret = a\\b;c#d \"e\"\n\
             auth_endpoint = auth.lucidtech.ai\napi_endpoint = https://api.lucidtech.ai/v1\n",
        )
        .unwrap();
        let c = env(&[]).credentials_file(&file).discover().unwrap();
        assert_eq!(c.client_id(), Some("id"));
        assert_eq!(c.client_secret().unwrap().expose_secret(), "a\\b;c#d \"e\"");
    }

    #[test]
    fn use_cache_values() {
        assert!(parse_bool("x", "True"));
        assert!(parse_bool("x", "yes"));
        assert!(!parse_bool("x", "false"));
        assert!(!parse_bool("x", "maybe"));
    }
}
