//! Throttling failed sign-ins, per account and per client address. Only failures count.
//! After a few free tries each further failure doubles the wait, up to a ceiling, so an
//! attacker slows down a lot while a real customer is never locked out for long.

use time::{Duration, OffsetDateTime};

/// Free failures, then waiting. Per account, a successful sign-in starts afresh.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub free_failures: i64,
    /// Failures older than this are forgotten.
    pub window: Duration,
    /// The first wait; each later failure doubles it.
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Policy {
    /// For one account: 5 free failures, then 30 s, 1 min, 2 min ... at most 15 min.
    pub fn per_account(base_delay: Duration) -> Self {
        Self {
            free_failures: 5,
            window: Duration::hours(1),
            base_delay,
            max_delay: Duration::minutes(15),
        }
    }

    /// For one client address: more free tries, as many people may share one (NAT).
    pub fn per_address(base_delay: Duration) -> Self {
        Self {
            free_failures: 20,
            window: Duration::hours(1),
            base_delay,
            max_delay: Duration::minutes(15),
        }
    }

    /// How long to wait before the next try, given `failures` with the last at `last`.
    pub fn wait(
        &self,
        failures: i64,
        last: Option<OffsetDateTime>,
        now: OffsetDateTime,
    ) -> Option<Duration> {
        let over = failures - self.free_failures;
        let last = last?;
        if over < 0 {
            return None;
        }
        let factor = 1_i32 << over.min(16);
        let delay = (self.base_delay * factor).min(self.max_delay);
        let until = last + delay;
        (until > now).then(|| until - now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn waits_double_after_the_free_tries_and_are_capped() {
        let policy = Policy::per_account(Duration::seconds(30));
        let last = datetime!(2026-01-01 12:00 UTC);
        assert_eq!(policy.wait(4, Some(last), last), None);
        assert_eq!(
            policy.wait(5, Some(last), last),
            Some(Duration::seconds(30))
        );
        assert_eq!(
            policy.wait(6, Some(last), last),
            Some(Duration::seconds(60))
        );
        assert_eq!(
            policy.wait(40, Some(last), last),
            Some(Duration::minutes(15))
        );
        assert_eq!(
            policy.wait(5, Some(last), last + Duration::seconds(31)),
            None,
            "the wait ends"
        );
    }
}
