//! The tables for a spreadsheet ("Tabellen voor Excel"): the records of the machine tables,
//! written so that Dutch Excel opens them right with a double click. A byte order mark says
//! the file is UTF-8 (without it Excel reads Windows-1252 and garbles every accent); cells
//! are separated by semicolons (Excel takes the separator from the computer's regional
//! settings, and in the Netherlands the comma is the decimal sign); headers and yes/no are
//! in the customer's language; amounts are euros with a decimal comma; times are local
//! (`organisation.time_zone`). `docs/export.md` describes both kinds of table.

use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::bundle::cell_text;
use super::csv::Cell;
use super::records::{Section, is_moment};
use crate::i18n::{self, Lang};

/// UTF-8's byte order mark, at the start of every table.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The separator between cells.
pub const DELIMITER: u8 = b';';

/// How the tables for a spreadsheet are written for one customer.
pub struct Spreadsheet {
    lang: Lang,
    zone: jiff::tz::TimeZone,
    /// "ja" / "nee": looked up once, written for every flag.
    yes_no: [String; 2],
}

impl Spreadsheet {
    pub fn new(lang: Lang, zone: jiff::tz::TimeZone) -> Self {
        Self {
            lang,
            zone,
            yes_no: [i18n::t(lang, "export-yes"), i18n::t(lang, "export-no")],
        }
    }

    /// The table's file name in the customer's language: `contactmomenten.csv`.
    pub fn file_name(&self, section: &str) -> String {
        format!(
            "{}.csv",
            i18n::t(self.lang, &format!("export-file-{section}"))
        )
    }

    /// The column's header in the customer's language: `export-column-<section>-<column>`
    /// where a name means something else in one section, else `export-column-<column>`.
    pub fn header(&self, section: &Section, column: &str) -> String {
        i18n::try_t(
            self.lang,
            &format!("export-column-{}-{column}", section.name),
        )
        .unwrap_or_else(|| i18n::t(self.lang, &format!("export-column-{column}")))
    }

    /// `value` of `column` as a person reads it in a spreadsheet.
    pub fn cell(&self, column: &str, value: &Value) -> Cell {
        match value {
            Value::Bool(yes) => Cell::Text(self.yes_no[usize::from(!*yes)].clone()),
            Value::Number(n) if column.ends_with("_cents") => match n.as_i64() {
                Some(cents) => Cell::Number(euros(cents)),
                None => Cell::Text(n.to_string()),
            },
            Value::String(text) if is_moment(column) => Cell::Text(self.local(text)),
            Value::Object(rule) if column == "retention" => {
                Cell::Text(rule.get("text").map(cell_text).unwrap_or_default())
            }
            Value::Array(sections) if column == "data_sections" => Cell::Text(
                sections
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|section| self.file_name(section))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            other => Cell::Text(cell_text(other)),
        }
    }

    /// An RFC 3339 moment as the local date and time, `2026-11-24 11:15:00`: a form every
    /// spreadsheet program reads as a date and time, whatever its language.
    fn local(&self, moment: &str) -> String {
        match OffsetDateTime::parse(moment, &Rfc3339) {
            Ok(at) => {
                let at = i18n::local(&self.zone, at);
                format!(
                    "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
                    at.year(),
                    u8::from(at.month()),
                    at.day(),
                    at.hour(),
                    at.minute(),
                    at.second()
                )
            }
            Err(_) => moment.to_string(),
        }
    }
}

/// Cents as euros with a decimal comma and no thousands separator: `1234,56`, `-0,50`.
fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    format!("{sign}{},{:02}", cents / 100, cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::records::SECTIONS;

    fn sheet(lang: Lang) -> Spreadsheet {
        Spreadsheet::new(lang, jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap())
    }

    fn text(cell: Cell) -> String {
        match cell {
            Cell::Text(text) | Cell::Number(text) => text,
        }
    }

    #[test]
    fn amounts_are_euros_with_a_decimal_comma() {
        assert_eq!(euros(123_456), "1234,56");
        assert_eq!(euros(5), "0,05");
        assert_eq!(euros(-50), "-0,50");
        assert!(matches!(
            sheet(Lang::Nl).cell("amount_cents", &Value::from(-50)),
            Cell::Number(n) if n == "-0,50"
        ));
    }

    #[test]
    fn times_are_local_in_summer_and_in_winter() {
        let s = sheet(Lang::Nl);
        let at = |v: &str| text(s.cell("at", &Value::from(v)));
        assert_eq!(at("2026-07-01T10:00:00Z"), "2026-07-01 12:00:00");
        assert_eq!(at("2026-12-31T23:30:00Z"), "2027-01-01 00:30:00");
        assert_eq!(
            text(s.cell("subject", &Value::from("2026-07-01T10:00:00Z"))),
            "2026-07-01T10:00:00Z",
            "only moments"
        );
    }

    #[test]
    fn flags_and_rules_are_words_in_the_customers_language() {
        assert_eq!(
            text(sheet(Lang::Nl).cell("recorded", &Value::Bool(true))),
            "ja"
        );
        assert_eq!(
            text(sheet(Lang::En).cell("recorded", &Value::Bool(false))),
            "no"
        );
        let rule = serde_json::json!({"text": "7 jaar", "rule": {"months": 84}});
        assert_eq!(text(sheet(Lang::Nl).cell("retention", &rule)), "7 jaar");
    }

    #[test]
    fn every_table_and_column_has_a_name_in_both_languages() {
        for lang in Lang::ALL {
            let s = sheet(lang);
            let mut files = std::collections::BTreeSet::new();
            for section in SECTIONS {
                assert!(
                    files.insert(s.file_name(section.name)),
                    "{} twice",
                    section.name
                );
                let mut headers = std::collections::BTreeSet::new();
                for column in section.columns {
                    let header = s.header(section, column);
                    // A missing message shows its id, which starts with "export".
                    assert!(
                        !header.starts_with("export"),
                        "{}.{column} in {}",
                        section.name,
                        lang.code()
                    );
                    assert!(
                        headers.insert(header),
                        "{}.{column}: a header twice",
                        section.name
                    );
                }
            }
        }
    }
}
