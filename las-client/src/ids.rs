//! Checks on ids and other path values before they are sent.

use crate::{Error, Result};

/// Check an id that goes into a URL path, so that it reaches the server as
/// exactly one segment of the intended route.
///
/// las-api percent-encodes `/`, `%`, `?`, `#`, spaces, control characters
/// and everything outside ASCII, so those become part of one segment. What
/// encoding cannot save is refused:
/// * empty, `.` and `..`: the URL layer drops or resolves them
///   (`/documents/..` is `/`, `/documents/` another route);
/// * `\`: left as is by the encoder and read as `/` by the URL parser, so
///   `..\..\users` would address `/users`;
/// * surrounding whitespace and control characters: never part of a LAS id,
///   and a sign of a bug in the caller.
pub(crate) fn check<'a>(what: &'static str, id: &'a str) -> Result<&'a str> {
    let problem = if id.is_empty() {
        "is empty"
    } else if id == "." || id == ".." {
        "is `.` or `..`, which would address another path"
    } else if id.contains('\\') {
        "contains `\\`, which URL parsing reads as `/`"
    } else if id.trim() != id {
        "has leading or trailing whitespace"
    } else if id.chars().any(char::is_control) {
        "contains a control character"
    } else {
        return Ok(id);
    };
    Err(Error::InvalidInput {
        what: format!("{what} {problem} ({id:?})"),
    })
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn path_escaping_ids_are_refused() {
        for bad in [
            "",
            ".",
            "..",
            " las:document:1",
            "las:document:1\n",
            "a\u{0}b",
            "\\",
            "..\\..\\users",
            "a\\b",
        ] {
            let err = check("document_id", bad).unwrap_err().to_string();
            assert!(err.starts_with("invalid input: document_id"), "{err}");
        }
        assert_eq!(
            check("document_id", "las:document:1").ok(),
            Some("las:document:1")
        );
        // Slashes and dots inside an id are encoded, not refused.
        assert!(check("document_id", "a/../b").is_ok());
    }
}
