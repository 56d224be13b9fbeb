//! Times as people in the EU read them: Central European Time, with summer time from the
//! last Sunday of March to the last Sunday of October (01:00 UTC both), as EU law sets it.

use time::{Date, Month, OffsetDateTime, Time, UtcOffset, Weekday};

fn last_sunday(year: i32, month: Month) -> Date {
    let mut day = Date::from_calendar_date(year, month, time::util::days_in_month(month, year))
        .expect("the last day of a month exists");
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day().expect("in range");
    }
    day
}

/// `at` in Central European (Summer) Time.
pub fn central_european(at: OffsetDateTime) -> OffsetDateTime {
    let utc = at.to_offset(UtcOffset::UTC);
    let one = Time::from_hms(1, 0, 0).expect("valid");
    let summer_starts = last_sunday(utc.year(), Month::March)
        .with_time(one)
        .assume_utc();
    let summer_ends = last_sunday(utc.year(), Month::October)
        .with_time(one)
        .assume_utc();
    let hours = if utc >= summer_starts && utc < summer_ends {
        2
    } else {
        1
    };
    utc.to_offset(UtcOffset::from_hms(hours, 0, 0).expect("valid offset"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn summer_and_winter_time() {
        assert_eq!(central_european(datetime!(2026-11-24 05:00 UTC)).hour(), 6);
        assert_eq!(central_european(datetime!(2026-07-01 05:00 UTC)).hour(), 7);
        assert_eq!(
            central_european(datetime!(2026-03-29 00:59 UTC)).hour(),
            1,
            "just before the switch"
        );
        assert_eq!(
            central_european(datetime!(2026-03-29 01:00 UTC)).hour(),
            3,
            "just after"
        );
    }
}
