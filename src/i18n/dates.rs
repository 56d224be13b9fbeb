//! Dates in words ("24 november 2026"), as WCAG asks: never only digits.

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

/// A moment in words, in Central European time: "24 november 2026, 06:05".
pub fn moment_in_words(lang: Lang, at: time::OffsetDateTime) -> String {
    let local = super::central_european(at);
    t_args(
        lang,
        "moment-in-words",
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
    use time::macros::date;

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
}
