//! Download my data (Art. 20): the export's records, and its formats, written as a
//! stream. JSON (`json.rs`) and two ZIPs of CSV files (`bundle.rs`, `csv.rs`, written by the
//! `zip` and `csv` crates) share the records of `records.rs`, so all hold the same values:
//! the machine tables, and the tables for a spreadsheet (`spreadsheet.rs`). `docs/export.md`
//! describes them. Nothing is ever built whole in memory: contact moments and the audit
//! trail come in keyset pages, and every 256 KiB written goes out (`stream.rs`).

pub mod bundle;
pub mod csv;
pub mod format;
pub mod json;
pub mod records;
pub mod spreadsheet;
pub mod stream;
pub mod writer;

/// The version of the export's structure; raised whenever a field changes meaning or goes.
pub const SCHEMA_VERSION: u32 = 1;

/// Contact moments (and audit records) read, opened and written per page.
pub const BATCH: i64 = 1000;

/// The file name for a download on `date`, with `tail` after the date:
/// `inzage-my-data-2026-11-24.json`, `inzage-my-data-2026-11-24-tables.zip`.
pub fn file_name(date: time::Date, tail: &str) -> String {
    format!(
        "inzage-my-data-{:04}-{:02}-{:02}{tail}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}
