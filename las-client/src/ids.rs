//! Checks on ids and other path values before they are sent.

use crate::{Error, Result};

/// Check an id that goes into a URL path. An empty id, `.` or `..` would be
/// normalised by the URL layer into another path (`/documents/..` is
/// `/`), so they are refused, as are surrounding whitespace and control
/// characters. Other characters are percent-encoded by las-api.
pub(crate) fn check<'a>(what: &'static str, id: &'a str) -> Result<&'a str> {
    let problem = if id.is_empty() {
        "is empty"
    } else if id == "." || id == ".." {
        "is `.` or `..`, which would address another path"
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
