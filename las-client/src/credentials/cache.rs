//! The on-disk token cache, in the Python SDK's format:
//! `{"<profile>": {"access_token": "...", "expires_in": <expiry, epoch seconds>}}`.
//!
//! A missing, unreadable, corrupt or foreign-format file is ignored (with a
//! warning, never the token); writes are atomic and keep other profiles'
//! entries.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value};

use super::{TokenCache, MAX_TOKEN_LIFETIME};

/// A token read from the cache file.
pub(crate) struct DiskToken {
    pub(crate) access_token: SecretString,
    pub(crate) expires_at: SystemTime,
}

/// Reads `cache.profile()`'s token, if the file holds a well-formed one.
pub(crate) async fn read(cache: &TokenCache) -> Option<DiskToken> {
    let path = cache.path().to_path_buf();
    let profile = cache.profile().to_owned();
    blocking(move || read_blocking(&path, &profile))
        .await
        .flatten()
}

/// Stores a token under `cache.profile()`, keeping the other entries. Failures
/// are logged, not returned: the cache is an optimisation.
pub(crate) async fn write(cache: &TokenCache, access_token: SecretString, expires_at: SystemTime) {
    let path = cache.path().to_path_buf();
    let profile = cache.profile().to_owned();
    blocking(move || {
        if let Err(e) = write_blocking(&path, &profile, access_token.expose_secret(), expires_at) {
            tracing::warn!(path = %path.display(), error = %e, "could not write the token cache");
        } else {
            tracing::debug!(path = %path.display(), profile, "token cache written");
        }
    })
    .await;
}

/// Runs file I/O on tokio's blocking pool, logging to the caller's
/// subscriber and span. `None` if the task panicked.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let dispatch = tracing::dispatcher::get_default(Clone::clone);
    let span = tracing::Span::current();
    tokio::task::spawn_blocking(move || {
        tracing::dispatcher::with_default(&dispatch, || span.in_scope(f))
    })
    .await
    .ok()
}

fn read_blocking(path: &Path, profile: &str) -> Option<DiskToken> {
    let shown = path.display();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            tracing::debug!(path = %shown, "no token cache file");
            return None;
        }
        Err(e) => {
            tracing::warn!(path = %shown, error = %e, "could not read the token cache; ignoring it");
            return None;
        }
    };
    parse(&bytes, profile, &shown)
}

/// The token of `profile` in the bytes of a cache file; `shown` names the
/// file in log lines.
pub(crate) fn parse(
    bytes: &[u8],
    profile: &str,
    shown: &dyn std::fmt::Display,
) -> Option<DiskToken> {
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            // serde_json's syntax errors name a position, never the content.
            tracing::warn!(path = %shown, error = %e, "token cache is not valid JSON; ignoring it");
            return None;
        }
    };
    let Some(map) = value.as_object() else {
        tracing::warn!(path = %shown, "token cache is not a JSON object; ignoring it");
        return None;
    };
    let Some(entry) = map.get(profile) else {
        tracing::debug!(path = %shown, profile, "token cache has no entry for this profile");
        return None;
    };
    let access_token = entry.get("access_token").and_then(Value::as_str);
    let expires_in = entry.get("expires_in").and_then(Value::as_f64);
    match (access_token, expires_in) {
        (Some(token), Some(expiry)) if !token.is_empty() && expiry.is_finite() && expiry >= 0.0 => {
            // Saturate, and trust no expiry further away than a token can
            // live: a file value never overflows the clock.
            let latest = SystemTime::now() + MAX_TOKEN_LIFETIME;
            let expires_at = Duration::try_from_secs_f64(expiry)
                .ok()
                .and_then(|d| UNIX_EPOCH.checked_add(d))
                .unwrap_or(latest)
                .min(latest);
            Some(DiskToken {
                access_token: SecretString::from(token),
                expires_at,
            })
        }
        _ => {
            tracing::warn!(
                path = %shown,
                profile,
                "token cache entry lacks a string access_token or a numeric expires_in; ignoring it"
            );
            None
        }
    }
}

fn write_blocking(
    path: &Path,
    profile: &str,
    access_token: &str,
    expires_at: SystemTime,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;

    let mut map = match std::fs::read(path) {
        Ok(bytes) => match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(map)) => map,
            _ => {
                tracing::warn!(path = %path.display(), "replacing a token cache that is not a JSON object");
                Map::new()
            }
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Map::new(),
        Err(e) => return Err(e),
    };
    let expiry = expires_at
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    map.insert(
        profile.to_owned(),
        serde_json::json!({ "access_token": access_token, "expires_in": expiry }),
    );
    let text = serde_json::to_string_pretty(&Value::Object(map)).map_err(io::Error::other)?;

    let mut file = tempfile::Builder::new()
        .prefix(".token-cache-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_other_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("token-cache.json");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            &path,
            r#"{"other": {"access_token": "x", "expires_in": 1.5}}"#,
        )
        .unwrap();
        let in_an_hour = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 3600;
        let expiry = UNIX_EPOCH + Duration::from_secs(in_an_hour);
        write_blocking(&path, "default", "tok", expiry).unwrap();
        let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(v["other"]["expires_in"], 1.5);
        assert_eq!(v["default"]["access_token"], "tok");
        assert_eq!(v["default"]["expires_in"], in_an_hour);
        let t = read_blocking(&path, "default").unwrap();
        assert_eq!(t.access_token.expose_secret(), "tok");
        assert_eq!(t.expires_at, expiry);
        assert!(read_blocking(&path, "missing").is_none());
        // An expiry beyond a token's longest life is capped, not overflowed.
        std::fs::write(
            &path,
            r#"{"default": {"access_token": "t", "expires_in": 1e300}}"#,
        )
        .unwrap();
        let t = read_blocking(&path, "default").unwrap();
        assert!(t.expires_at <= SystemTime::now() + MAX_TOKEN_LIFETIME);
    }

    #[test]
    fn bad_files_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("token-cache.json");
        assert!(read_blocking(&path, "default").is_none());
        for text in [
            "{not json",
            "[1, 2]",
            r#"{"default": {"access_token": 5}}"#,
            r#"{"default": "x"}"#,
        ] {
            std::fs::write(&path, text).unwrap();
            assert!(read_blocking(&path, "default").is_none(), "{text}");
        }
        // A corrupt file is replaced on write.
        std::fs::write(&path, "{not json").unwrap();
        write_blocking(&path, "default", "tok", SystemTime::now()).unwrap();
        assert!(read_blocking(&path, "default").is_some());
    }
}
