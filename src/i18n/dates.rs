//! Dates in words ("24 november 2026"), as WCAG asks: never only digits.

use jiff::tz::TimeZone;
use time::Date;

use super::{Lang, t_args};

/// The date written out in `lang`, month by name.
pub fn date_in_words(lang: Lang, date: Date) -> String {
    let month = super::t(lang, &format!("month-{}", u8::from(date.month())));
    t_args(
        lang,
        "date-in-words",
        &[
            ("day", &date.day().to_string()),
            ("month", &month),
            ("year", &date.year().to_string()),
        ],
    )
}

/// A moment in words, in the organisation's time zone: "24 november 2026, 06:05". In the
/// hour the clocks go back, which shows each time twice, it says which one: "25 oktober
/// 2026, 02:30 (zomertijd)", then "(wintertijd)" an hour later.
pub fn moment_in_words(lang: Lang, zone: &TimeZone, at: time::OffsetDateTime) -> String {
    let local = super::local(zone, at);
    let id = match super::local_time::repeated(zone, at) {
        None => "moment-in-words",
        Some(true) => "moment-in-words-summer-time",
        Some(false) => "moment-in-words-winter-time",
    };
    t_args(
        lang,
        id,
        &[
            ("date", &date_in_words(lang, local.date())),
            (
                "time",
                &format!("{:02}:{:02}", local.hour(), local.minute()),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn dates_read_as_words() {
        assert_eq!(
            date_in_words(Lang::Nl, date!(2026 - 03 - 12)),
            "12 maart 2026"
        );
        assert_eq!(
            date_in_words(Lang::En, date!(2026 - 03 - 12)),
            "12 March 2026"
        );
    }

    #[test]
    #[rustfmt::skip]
    fn the_repeated_hour_says_which_one_is_meant() {
        let zone = TimeZone::get("Europe/Amsterdam").unwrap();
        let (nl, en) = (Lang::Nl, Lang::En);
        for (lang, at, expected) in [
            (nl, datetime!(2026-11-24 05:05 UTC), "24 november 2026, 06:05"),
            (nl, datetime!(2026-10-25 00:30 UTC), "25 oktober 2026, 02:30 (zomertijd)"),
            (nl, datetime!(2026-10-25 01:30 UTC), "25 oktober 2026, 02:30 (wintertijd)"),
            (en, datetime!(2026-10-25 01:30 UTC), "25 October 2026, 02:30 (winter time)"),
            (en, datetime!(2026-03-29 01:00 UTC), "29 March 2026, 03:00"),
        ] {
            assert_eq!(moment_in_words(lang, &zone, at), expected);
        }
    }
}
