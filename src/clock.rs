//! The portal's idea of "now". Session limits and link expiry read it from here, so that
//! tests can move time forward instead of waiting half an hour.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::{Duration, OffsetDateTime};

/// The real time plus an offset that only moves forward; the offset is zero in production
/// and nothing but the tests ever changes it.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc() + Duration::seconds(self.offset_seconds.load(Ordering::Relaxed))
    }

    /// Moves this clock, and every copy of it, forward.
    pub fn advance(&self, by: Duration) {
        self.offset_seconds
            .fetch_add(by.whole_seconds().max(0), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_share_the_advance_and_time_never_goes_back() {
        let clock = Clock::default();
        let copy = clock.clone();
        let before = copy.now();
        clock.advance(Duration::minutes(31));
        clock.advance(Duration::minutes(-100));
        let after = copy.now();
        assert!(after - before >= Duration::minutes(31));
        assert!(after - before < Duration::minutes(32));
    }
}
