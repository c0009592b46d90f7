//! `maxResults` / `nextToken` pagination. A `nextToken` is an opaque cursor
//! naming the last item of the page it came with (its sort key and insertion
//! sequence), so items created or deleted between calls neither repeat nor
//! get skipped, and `DELETE /documents` can page through what it deletes.

use std::cmp::Ordering;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::error::ApiError;
use crate::validate::Query;

/// Where an item sits in a listing: an optional sort key (for `sortBy`
/// listings; `None` sorts first) and the insertion sequence as tie-breaker.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Cursor {
    pub key: Option<String>,
    pub seq: u64,
}

impl Cursor {
    pub fn seq(seq: u64) -> Self {
        Self { key: None, seq }
    }

    fn encode(&self) -> String {
        let raw = match &self.key {
            None => format!("c1|{}|n", self.seq),
            Some(k) => format!("c1|{}|s{k}", self.seq),
        };
        URL_SAFE_NO_PAD.encode(raw)
    }

    fn decode(token: &str) -> Option<Self> {
        let raw = URL_SAFE_NO_PAD.decode(token).ok()?;
        let raw = String::from_utf8(raw).ok()?;
        let rest = raw.strip_prefix("c1|")?;
        let (seq, key) = rest.split_once('|')?;
        let seq = seq.parse().ok()?;
        let key = match key.strip_prefix('s') {
            Some(k) => Some(k.to_string()),
            None if key == "n" => None,
            None => return None,
        };
        Some(Self { key, seq })
    }
}

/// The page a request asks for.
#[derive(Clone, Debug)]
pub(crate) struct Pager {
    pub limit: usize,
    after: Option<Cursor>,
}

impl Pager {
    /// Reads `maxResults` (default `default_limit`) and `nextToken`; an
    /// undecodable token is a 400.
    pub fn from_query(query: &Query, default_limit: usize) -> Result<Self, ApiError> {
        let limit = match query.u64("maxResults") {
            Some(n) => usize::try_from(n).unwrap_or(usize::MAX).max(1),
            None => default_limit.max(1),
        };
        let after = match query.str("nextToken") {
            None => None,
            Some(t) => {
                Some(Cursor::decode(t).ok_or_else(|| ApiError::bad_request("Invalid nextToken"))?)
            }
        };
        Ok(Self { limit, after })
    }

    /// The insertion sequence the page starts after, for listings in
    /// insertion order (lets a table skip straight to it).
    pub fn after_seq(&self) -> Option<u64> {
        self.after
            .as_ref()
            .filter(|c| c.key.is_none())
            .map(|c| c.seq)
    }

    /// One page of `items`, which must already be in listing order
    /// (ascending by cursor, or descending when `descending`). Returns the
    /// page and the `nextToken` (`None` on the last page).
    pub fn page<T>(
        &self,
        items: impl IntoIterator<Item = (Cursor, T)>,
        descending: bool,
    ) -> (Vec<T>, Option<String>) {
        let mut out = Vec::new();
        let mut last: Option<Cursor> = None;
        let mut more = false;
        for (cursor, item) in items {
            if let Some(after) = &self.after {
                let ord = cursor.cmp(after);
                let past = if descending {
                    ord == Ordering::Less
                } else {
                    ord == Ordering::Greater
                };
                if !past {
                    continue;
                }
            }
            if out.len() == self.limit {
                more = true;
                break;
            }
            last = Some(cursor);
            out.push(item);
        }
        let next = if more { last.map(|c| c.encode()) } else { None };
        (out, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pager(limit: usize, token: Option<String>) -> Pager {
        Pager {
            limit,
            after: token.map(|t| Cursor::decode(&t).expect("token")),
        }
    }

    #[test]
    fn pages_through_everything_once() {
        let items: Vec<(Cursor, u64)> = (1..=7).map(|i| (Cursor::seq(i), i)).collect();
        let mut seen = Vec::new();
        let mut token = None;
        loop {
            let (page, next) = pager(3, token).page(items.clone(), false);
            seen.extend(page);
            match next {
                Some(t) => token = Some(t),
                None => break,
            }
        }
        assert_eq!(seen, (1..=7).collect::<Vec<_>>());
    }

    #[test]
    fn last_full_page_has_no_token() {
        let items: Vec<(Cursor, u64)> = (1..=3).map(|i| (Cursor::seq(i), i)).collect();
        let (page, next) = pager(3, None).page(items, false);
        assert_eq!(page.len(), 3);
        assert!(next.is_none());
    }

    #[test]
    fn descending_keys() {
        let items: Vec<(Cursor, u64)> = (1..=5)
            .rev()
            .map(|i| {
                (
                    Cursor {
                        key: Some(format!("k{i}")),
                        seq: i,
                    },
                    i,
                )
            })
            .collect();
        let (p1, t) = pager(2, None).page(items.clone(), true);
        assert_eq!(p1, vec![5, 4]);
        let (p2, _) = pager(2, t).page(items, true);
        assert_eq!(p2, vec![3, 2]);
    }

    #[test]
    fn garbage_tokens_do_not_decode() {
        assert!(Cursor::decode("nope").is_none());
        assert!(Cursor::decode("").is_none());
        assert!(Cursor::decode(&URL_SAFE_NO_PAD.encode("c1|x|n")).is_none());
    }
}
