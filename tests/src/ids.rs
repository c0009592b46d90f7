//! Resource ids in LAS form, `las:<resource>:<32 lowercase hex>`, drawn from
//! a seeded generator so that a run with the same seed and the same requests
//! gets the same ids.

use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Seeded generator of ids and other random strings.
#[derive(Debug)]
pub(crate) struct IdGen {
    rng: ChaCha8Rng,
}

impl IdGen {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
        }
    }

    /// `las:<resource>:<32 lowercase hex>`.
    pub fn id(&mut self, resource: &str) -> String {
        format!("las:{resource}:{}", self.hex(16))
    }

    /// `bytes` random bytes as lowercase hex.
    pub fn hex(&mut self, bytes: usize) -> String {
        let mut buf = vec![0u8; bytes];
        self.rng.fill_bytes(&mut buf);
        buf.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// `len` random characters from `[a-z0-9]`.
    pub fn alnum(&mut self, len: usize) -> String {
        const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        (0..len)
            .map(|_| CHARS[(self.rng.next_u64() % CHARS.len() as u64) as usize] as char)
            .collect()
    }

    /// A uniform draw in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Whether `id` is a LAS id of the given resource kind, e.g.
/// `is_las_id("las:document:3f2a…", "document")` (32 lowercase hex after the kind).
///
/// ```
/// use las_emulator::is_las_id;
/// assert!(is_las_id("las:document:0123456789abcdef0123456789abcdef", "document"));
/// assert!(!is_las_id("las:document:XYZ", "document"));
/// assert!(!is_las_id("las:model:0123456789abcdef0123456789abcdef", "document"));
/// ```
pub fn is_las_id(id: &str, resource: &str) -> bool {
    let Some(rest) = id.strip_prefix("las:") else {
        return false;
    };
    let Some(hex) = rest
        .strip_prefix(resource)
        .and_then(|r| r.strip_prefix(':'))
    else {
        return false;
    };
    hex.len() == 32 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// FNV-1a, 64 bit: a hash that is the same on every platform and Rust
/// version, for values derived from ids (predictions).
pub(crate) fn stable_hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_deterministic_and_well_formed() {
        let a = IdGen::new(7).id("document");
        let b = IdGen::new(7).id("document");
        let c = IdGen::new(8).id("document");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(is_las_id(&a, "document"), "{a}");
        assert!(is_las_id(&IdGen::new(1).id("data-bundle"), "data-bundle"));
    }
}
