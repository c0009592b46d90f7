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

/// Milliseconds of a duration, saturating.
pub(crate) fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

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
