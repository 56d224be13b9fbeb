//! Sign-in waits this instance already knows about, kept in memory. The database stays the
//! truth (it counts every instance's failures); this only remembers a wait it has found, so
//! that a flood of attempts during that wait is refused without a database read, a write
//! or a hash. A wait only ever ends by time, so remembering it cannot refuse anyone whom
//! the database would let in, except when another instance saw a success meanwhile; then
//! the remembered wait still runs out.

use std::collections::HashMap;
use std::sync::Mutex;

use time::{Duration, OffsetDateTime};

/// At most this many keys are remembered; past it, ended waits are dropped first, and if
/// that is not enough the memory starts afresh (the database check then takes over).
const MAX_KEYS: usize = 100_000;

#[derive(Default)]
pub struct KnownWaits {
    until: Mutex<HashMap<Vec<u8>, OffsetDateTime>>,
}

impl KnownWaits {
    /// The longest wait still running for any of `keys`.
    pub fn remaining(&self, keys: &[&[u8]], now: OffsetDateTime) -> Option<Duration> {
        let until = self.until.lock().unwrap_or_else(|e| e.into_inner());
        keys.iter()
            .filter_map(|key| until.get(*key))
            .filter(|until| **until > now)
            .map(|until| *until - now)
            .max()
    }

    /// Remembers that `key` must wait until `until`.
    pub fn remember(&self, key: &[u8], until: OffsetDateTime, now: OffsetDateTime) {
        let mut map = self.until.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_KEYS {
            map.retain(|_, u| *u > now);
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        let entry = map.entry(key.to_vec()).or_insert(until);
        *entry = (*entry).max(until);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_wait_is_known_until_it_ends() {
        let waits = KnownWaits::default();
        let now = datetime!(2026-01-01 12:00 UTC);
        assert_eq!(waits.remaining(&[b"a"], now), None);
        waits.remember(b"a", now + Duration::seconds(30), now);
        assert_eq!(
            waits.remaining(&[b"b", b"a"], now),
            Some(Duration::seconds(30))
        );
        waits.remember(b"a", now + Duration::seconds(10), now);
        assert_eq!(
            waits.remaining(&[b"a"], now),
            Some(Duration::seconds(30)),
            "the longer stays"
        );
        assert_eq!(
            waits.remaining(&[b"a"], now + Duration::seconds(30)),
            None,
            "it ends"
        );
    }

    #[test]
    fn memory_is_bounded() {
        let waits = KnownWaits::default();
        let now = datetime!(2026-01-01 12:00 UTC);
        for n in 0..MAX_KEYS + 10 {
            waits.remember(&n.to_le_bytes(), now + Duration::seconds(1), now);
        }
        assert!(waits.until.lock().unwrap().len() <= MAX_KEYS);
    }
}
