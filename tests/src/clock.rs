//! Time as the emulator sees it: real, real with immediate status changes, or
//! a manual clock that only moves when told to.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How the emulator's clock runs and how fast resources change status.
///
/// ```
/// use las_emulator::Clock;
/// assert_eq!(Clock::default(), Clock::Real);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Clock {
    /// Wall-clock time; training, data bundle processing and workflow steps
    /// take the durations configured in [`Timings`](crate::Timings).
    #[default]
    Real,
    /// Wall-clock time, but training, data bundle processing and workflow
    /// steps take no time: the next read after a create or update shows the
    /// final status. Heartbeat timeouts and token lifetimes still run in real
    /// time.
    Instant,
    /// A clock frozen at 2024-01-01T00:00:00Z that moves only through
    /// [`Emulator::advance`](crate::Emulator::advance). Every duration
    /// (training, heartbeat timeout, token lifetime, ...) is measured on it,
    /// so tests are exact and reproducible.
    Manual,
}

/// Where [`Clock::Manual`] starts: 2024-01-01T00:00:00Z, in milliseconds.
pub(crate) const MANUAL_EPOCH_MS: u64 = 1_704_067_200_000;

/// The running clock of one emulator. Times are milliseconds since the Unix epoch.
#[derive(Debug)]
pub(crate) struct ClockSource {
    mode: Clock,
    start_ms: u64,
    started: std::time::Instant,
    offset_ms: AtomicU64,
}

impl ClockSource {
    pub fn new(mode: Clock) -> Self {
        let start_ms = match mode {
            Clock::Manual => MANUAL_EPOCH_MS,
            Clock::Real | Clock::Instant => SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_millis() as u64)
                .unwrap_or(MANUAL_EPOCH_MS),
        };
        Self {
            mode,
            start_ms,
            started: std::time::Instant::now(),
            offset_ms: AtomicU64::new(0),
        }
    }

    pub fn mode(&self) -> Clock {
        self.mode
    }

    /// Now, in milliseconds since the Unix epoch.
    pub fn now_ms(&self) -> u64 {
        let elapsed = match self.mode {
            Clock::Manual => 0,
            Clock::Real | Clock::Instant => self.started.elapsed().as_millis() as u64,
        };
        self.start_ms
            .saturating_add(elapsed)
            .saturating_add(self.offset_ms.load(Ordering::SeqCst))
    }

    /// Move the clock forward (in every mode; in `Real` and `Instant` the
    /// offset adds to wall-clock time).
    pub fn advance(&self, by: Duration) {
        let ms = u64::try_from(by.as_millis()).unwrap_or(u64::MAX);
        let _ = self
            .offset_ms
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| {
                Some(v.saturating_add(ms))
            });
    }
}

/// The last millisecond of year 9999, the end of RFC 3339 time.
const MAX_MS: u64 = 253_402_300_799_999;

/// RFC 3339 with milliseconds, UTC: `2024-01-01T00:00:00.000Z` (clamped to year 9999).
pub(crate) fn rfc3339(ms: u64) -> String {
    humantime::format_rfc3339_millis(UNIX_EPOCH + Duration::from_millis(ms.min(MAX_MS))).to_string()
}

/// Reads a timestamp in any form the API accepts (its pattern
/// `YYYY-?MM-?DD( |T)?hh:?mm:?ss(.f{1,6})?(Z|+hh:?mm)`, plus `-hh:mm`
/// offsets), as milliseconds since the epoch; `None` for anything else or
/// before 1970.
pub(crate) fn parse_timestamp(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    let mut i = 0;
    let num = |i: &mut usize, n: usize| -> Option<i64> {
        let digits = b.get(*i..*i + n)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        *i += n;
        std::str::from_utf8(digits).ok()?.parse().ok()
    };
    let skip = |i: &mut usize, c: &[u8]| {
        if b.get(*i).is_some_and(|x| c.contains(x)) {
            *i += 1;
        }
    };
    let year = num(&mut i, 4)?;
    skip(&mut i, b"-");
    let month = num(&mut i, 2)?;
    skip(&mut i, b"-");
    let day = num(&mut i, 2)?;
    skip(&mut i, b" T");
    let hour = num(&mut i, 2)?;
    skip(&mut i, b":");
    let minute = num(&mut i, 2)?;
    skip(&mut i, b":");
    let second = num(&mut i, 2)?;
    let mut millis = 0i64;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let frac = &s[start..i];
        if frac.is_empty() || frac.len() > 9 {
            return None;
        }
        millis = format!("{frac:0<3}")[..3].parse().ok()?;
    }
    let offset_minutes = match b.get(i) {
        Some(b'Z') if i + 1 == b.len() => 0,
        Some(&sign @ (b'+' | b'-')) => {
            i += 1;
            let h = num(&mut i, 2)?;
            skip(&mut i, b":");
            let m = num(&mut i, 2)?;
            if i != b.len() {
                return None;
            }
            let total = h * 60 + m;
            if sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => return None,
    };
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour < 24
        && minute < 60
        && second < 61;
    if !valid {
        return None;
    }
    // Days since the epoch of a proleptic Gregorian date (H. Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    u64::try_from(secs.checked_mul(1000)?.checked_add(millis)?).ok()
}

/// Milliseconds of a duration, saturating.
pub(crate) fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_in_every_accepted_form_normalise() {
        for s in [
            "2024-01-01T00:00:05Z",
            "2024-01-01 00:00:05Z",
            "20240101T000005Z",
            "2024-01-01T00:00:05.000000Z",
            "2024-01-01T01:00:05+01:00",
            "2024-01-01T01:00:05+0100",
            "2023-12-31T23:00:05-01:00",
        ] {
            assert_eq!(
                parse_timestamp(s).map(rfc3339).as_deref(),
                Some("2024-01-01T00:00:05.000Z"),
                "{s}"
            );
        }
        assert_eq!(
            parse_timestamp("2024-02-29T12:30:00.25Z")
                .map(rfc3339)
                .as_deref(),
            Some("2024-02-29T12:30:00.250Z")
        );
        for bad in [
            "",
            "yesterday",
            "2024-13-01T00:00:00Z",
            "2024-01-01T00:00:00",
            "1969-12-31T23:59:59Z",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn manual_clock_moves_only_when_advanced() {
        let c = ClockSource::new(Clock::Manual);
        assert_eq!(c.now_ms(), MANUAL_EPOCH_MS);
        c.advance(Duration::from_secs(5));
        assert_eq!(c.now_ms(), MANUAL_EPOCH_MS + 5000);
        assert_eq!(rfc3339(c.now_ms()), "2024-01-01T00:00:05.000Z");
        c.advance(Duration::MAX);
        assert_eq!(rfc3339(c.now_ms()), "9999-12-31T23:59:59.999Z");
    }
}
