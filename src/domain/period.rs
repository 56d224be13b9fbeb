//! "The last month / three months / year": the period filter of the history pages.

use time::{Duration, OffsetDateTime};

/// A period back from now; `None` where a page takes one means "all".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Month,
    Quarter,
    Year,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Month, Period::Quarter, Period::Year];

    /// The code in URLs and message ids.
    pub fn code(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// A code from a URL; anything else is no period (all).
    pub fn parse(code: Option<&str>) -> Option<Period> {
        Self::ALL.into_iter().find(|p| Some(p.code()) == code)
    }

    /// The moment the period starts, seen from `now` (generously: 31, 92 and 366 days).
    pub fn since(self, now: OffsetDateTime) -> OffsetDateTime {
        now - Duration::days(match self {
            Period::Month => 31,
            Period::Quarter => 92,
            Period::Year => 366,
        })
    }
}

/// A day typed into a filter: `2026-03-12` (what a date field sends) or `12-03-2026`
/// (what people type where the browser shows a plain text box). Anything else is `None`.
pub fn parse_day(raw: &str) -> Option<time::Date> {
    let raw = raw.trim();
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let dutch = time::macros::format_description!("[day padding:none]-[month padding:none]-[year]");
    time::Date::parse(raw, &iso)
        .or_else(|_| time::Date::parse(&raw.replace('/', "-"), &dutch))
        .ok()
}

/// A page number from a URL: anything that is not a whole number from 1 up is page 1.
pub fn page_number(raw: Option<&str>) -> i64 {
    raw.and_then(|p| p.parse::<i64>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_codes_and_pages_fall_back_to_all_and_the_first() {
        assert_eq!(Period::parse(Some("year")), Some(Period::Year));
        assert_eq!(Period::parse(Some("<script>")), None);
        assert_eq!(page_number(Some("0")), 1);
        assert_eq!(page_number(Some("-3")), 1);
        assert_eq!(page_number(Some("x")), 1);
        assert_eq!(page_number(Some("4")), 4);
    }

    #[test]
    fn days_as_date_fields_send_them_and_as_people_type_them() {
        let day = time::macros::date!(2026 - 03 - 12);
        assert_eq!(parse_day("2026-03-12"), Some(day));
        assert_eq!(parse_day(" 12-3-2026 "), Some(day));
        assert_eq!(parse_day("12/03/2026"), Some(day));
        for bad in ["2026-02-30", "12 maart", "", "2026-13-01", "<script>"] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }
}
