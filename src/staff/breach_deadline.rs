//! The 72-hour clock of Art. 33(1): a breach is notified to the supervisory authority
//! within 72 hours of the moment the organisation became aware of it. Real hours: nights,
//! weekends and holidays count, and across a switch to or from summer time it is still
//! 72 hours of elapsed time (the moments are UTC; only the page shows them in local time).

use time::{Duration, OffsetDateTime};

/// Art. 33(1): "not later than 72 hours after having become aware of it".
pub const WINDOW: Duration = Duration::hours(72);

/// The last moment to notify.
pub fn deadline(aware_at: OffsetDateTime) -> OffsetDateTime {
    aware_at + WINDOW
}

/// Whether a notification at `notified_at` came after the deadline (so needs the reasons
/// for the delay, Art. 33(1)).
pub fn is_late(aware_at: OffsetDateTime, notified_at: OffsetDateTime) -> bool {
    notified_at > deadline(aware_at)
}

/// Where the clock stands, in whole hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockState {
    /// Not notified yet and the deadline is ahead: whole hours left (0 = less than one).
    Left(i64),
    /// Not notified and the deadline has passed: whole hours overdue (0 = less than one).
    Overdue(i64),
    /// Notified by the deadline.
    NotifiedInTime,
    /// Notified this many whole hours after the deadline (at least 1, rounded up).
    NotifiedLate(i64),
}

/// The clock at `now`; "late" is decided by the notification's own time, not by `now`.
pub fn clock(
    aware_at: OffsetDateTime,
    notified_at: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> ClockState {
    let due = deadline(aware_at);
    match notified_at {
        Some(at) if at <= due => ClockState::NotifiedInTime,
        Some(at) => ClockState::NotifiedLate(ceil_hours(at - due)),
        None if now <= due => ClockState::Left((due - now).whole_hours()),
        None => ClockState::Overdue((now - due).whole_hours()),
    }
}

fn ceil_hours(d: Duration) -> i64 {
    let whole = d.whole_hours();
    if d > Duration::hours(whole) {
        whole + 1
    } else {
        whole
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, moment_in_words};
    use jiff::tz::TimeZone;
    use time::macros::datetime;

    #[test]
    fn seventy_two_hours_run_through_the_weekend() {
        // Friday 16:00 in Amsterdam (winter time, UTC+1) -> Monday 16:00.
        let aware = datetime!(2026-11-27 15:00 UTC);
        assert_eq!(deadline(aware), datetime!(2026-11-30 15:00 UTC));
        let saturday = datetime!(2026-11-28 22:00 UTC);
        assert_eq!(clock(aware, None, saturday), ClockState::Left(41));
        let tuesday = datetime!(2026-12-01 20:30 UTC);
        assert_eq!(clock(aware, None, tuesday), ClockState::Overdue(29));
    }

    #[test]
    fn across_the_switch_to_winter_time_it_is_exactly_72_real_hours() {
        let zone = TimeZone::get("Europe/Amsterdam").unwrap();
        // 01:30 local summer time (UTC+2) on the last Sunday of October 2026.
        let aware = datetime!(2026-10-24 23:30 UTC);
        assert_eq!(
            moment_in_words(Lang::Nl, &zone, aware),
            "25 oktober 2026, 01:30"
        );
        let due = deadline(aware);
        assert_eq!(due - aware, Duration::hours(72));
        // The clocks went back an hour: locally the deadline reads 00:30, not 01:30.
        assert_eq!(
            moment_in_words(Lang::Nl, &zone, due),
            "28 oktober 2026, 00:30"
        );
    }

    #[test]
    fn across_the_switch_to_summer_time_it_is_exactly_72_real_hours() {
        let zone = TimeZone::get("Europe/Amsterdam").unwrap();
        // 01:30 local winter time (UTC+1) on the last Sunday of March 2026.
        let aware = datetime!(2026-03-29 00:30 UTC);
        assert_eq!(
            moment_in_words(Lang::En, &zone, aware),
            "29 March 2026, 01:30"
        );
        assert_eq!(
            moment_in_words(Lang::En, &zone, deadline(aware)),
            "1 April 2026, 02:30"
        );
    }

    #[test]
    fn late_is_decided_by_the_notification_time() {
        let aware = datetime!(2026-11-27 15:00 UTC);
        let long_after = datetime!(2027-01-01 00:00 UTC);
        let in_time = datetime!(2026-11-30 15:00 UTC);
        assert!(!is_late(aware, in_time));
        assert_eq!(
            clock(aware, Some(in_time), long_after),
            ClockState::NotifiedInTime
        );
        let late = datetime!(2026-11-30 15:01 UTC);
        assert!(is_late(aware, late));
        assert_eq!(
            clock(aware, Some(late), long_after),
            ClockState::NotifiedLate(1)
        );
        assert_eq!(
            clock(aware, Some(datetime!(2026-11-30 20:00 UTC)), aware),
            ClockState::NotifiedLate(5)
        );
    }
}
