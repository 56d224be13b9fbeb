//! Times as people read them where the organisation is (`organisation.time_zone`): the
//! offset of each moment comes from the tz database that `jiff` bundles, so summer time,
//! and any other change a zone ever made, is the database's business, not ours.
//!
//! The portal only ever turns a stored moment (UTC) into a local time; it reads no local
//! time that a person typed. So the hour skipped when the clocks go forward is never shown,
//! and the hour the clocks go back shows each of its times twice: `repeated` says which of
//! the two a moment is, so the page can say it in words.

use jiff::Timestamp;
use jiff::tz::{AmbiguousOffset, TimeZone};
use time::{OffsetDateTime, UtcOffset};

/// `at` at the offset `zone` had at that moment.
pub fn local(zone: &TimeZone, at: OffsetDateTime) -> OffsetDateTime {
    at.to_offset(offset(zone, at))
}

/// Which of two equal-looking local times `at` is, when its wall-clock time occurs twice
/// (the clocks went back): `Some(true)` for the one in summer time (the first),
/// `Some(false)` for the other. `None` for the times that occur once (nearly all).
pub fn repeated(zone: &TimeZone, at: OffsetDateTime) -> Option<bool> {
    let instant = timestamp(at);
    let wall = zone.to_datetime(instant);
    match zone.to_ambiguous_timestamp(wall).offset() {
        AmbiguousOffset::Fold { .. } => Some(zone.to_offset_info(instant).dst().is_dst()),
        AmbiguousOffset::Unambiguous { .. } | AmbiguousOffset::Gap { .. } => None,
    }
}

/// The moment the day `date` begins in `zone` (midnight, or the first moment after it on
/// the rare day a zone skipped midnight): for filters that take a whole local day.
pub fn start_of_day(zone: &TimeZone, date: time::Date) -> OffsetDateTime {
    let day = jiff::civil::date(
        date.year() as i16,
        u8::from(date.month()) as i8,
        date.day() as i8,
    );
    let nanos = zone
        .to_ambiguous_timestamp(day.at(0, 0, 0, 0))
        .compatible()
        .map(|instant| instant.as_nanosecond())
        .unwrap_or_else(|_| date.midnight().assume_utc().unix_timestamp_nanos());
    OffsetDateTime::from_unix_timestamp_nanos(nanos)
        .unwrap_or_else(|_| date.midnight().assume_utc())
}

fn timestamp(at: OffsetDateTime) -> Timestamp {
    Timestamp::from_nanosecond(at.unix_timestamp_nanos())
        .expect("a stored moment lies within jiff's range (years -9999 to 9999)")
}

fn offset(zone: &TimeZone, at: OffsetDateTime) -> UtcOffset {
    let seconds = zone.to_offset(timestamp(at)).seconds();
    UtcOffset::from_whole_seconds(seconds).expect("a tz database offset is under 26 hours")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn amsterdam() -> TimeZone {
        TimeZone::get("Europe/Amsterdam").unwrap()
    }

    fn shown(at: OffsetDateTime) -> String {
        let local = local(&amsterdam(), at);
        format!("{:02}:{:02}", local.hour(), local.minute())
    }

    #[test]
    fn a_local_day_starts_at_local_midnight() {
        let zone = amsterdam();
        assert_eq!(
            start_of_day(&zone, time::macros::date!(2026 - 07 - 01)),
            datetime!(2026-06-30 22:00 UTC)
        );
        assert_eq!(
            start_of_day(&zone, time::macros::date!(2026 - 11 - 24)),
            datetime!(2026-11-23 23:00 UTC)
        );
    }

    #[test]
    fn summer_and_winter_time() {
        assert_eq!(
            local(&amsterdam(), datetime!(2026-11-24 05:00 UTC)).hour(),
            6
        );
        assert_eq!(
            local(&amsterdam(), datetime!(2026-07-01 05:00 UTC)).hour(),
            7
        );
        let elsewhere = TimeZone::get("America/New_York").unwrap();
        assert_eq!(local(&elsewhere, datetime!(2026-07-01 05:00 UTC)).hour(), 1);
    }

    /// Sunday 29 March 2026 (the last of March): at 02:00 the clocks jump to 03:00, so
    /// 02:30 does not exist and no moment is ever shown as 02:30 that day.
    #[test]
    fn half_past_two_on_the_last_sunday_of_march_does_not_exist() {
        assert_eq!(
            shown(datetime!(2026-03-29 00:59 UTC)),
            "01:59",
            "just before the switch"
        );
        assert_eq!(
            shown(datetime!(2026-03-29 01:00 UTC)),
            "03:00",
            "just after"
        );
        let day = datetime!(2026-03-28 22:00 UTC);
        for minute in 0..24 * 60 {
            let at = day + time::Duration::minutes(minute);
            assert!(
                !shown(at).starts_with("02:"),
                "{at} is shown as {}",
                shown(at)
            );
            assert_eq!(repeated(&amsterdam(), at), None, "{at} happens once");
        }
    }

    /// Sunday 25 October 2026 (the last of October): at 03:00 summer time the clocks go
    /// back to 02:00, so 02:30 happens twice, first in summer time (00:30 UTC), then an
    /// hour later in winter time (01:30 UTC). `repeated` tells the two apart.
    #[test]
    fn half_past_two_on_the_last_sunday_of_october_happens_twice() {
        let summer = datetime!(2026-10-25 00:30 UTC);
        let winter = datetime!(2026-10-25 01:30 UTC);
        assert_eq!(shown(summer), "02:30");
        assert_eq!(shown(winter), "02:30");
        assert_eq!(local(&amsterdam(), summer).offset().whole_hours(), 2);
        assert_eq!(local(&amsterdam(), winter).offset().whole_hours(), 1);
        assert_eq!(repeated(&amsterdam(), summer), Some(true));
        assert_eq!(repeated(&amsterdam(), winter), Some(false));
        assert_eq!(
            repeated(&amsterdam(), datetime!(2026-10-25 02:00 UTC)),
            None,
            "03:00"
        );
        assert_eq!(
            repeated(&amsterdam(), datetime!(2026-10-24 23:59 UTC)),
            None,
            "01:59"
        );
    }
}
