//! The CSV bundle: a ZIP with `README.txt` and one UTF-8 CSV file per section, each with
//! a header row. Lists inside a cell (purposes, recipients) are joined with "; ". Two
//! dialects: the machine tables (field names, commas, UTC, cents) and the tables for a
//! spreadsheet (`spreadsheet.rs`).

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use serde_json::Value;
use zip::write::{SimpleFileOptions, StreamWriter};
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::csv::{Cell, table, write_cells, write_row};
use super::format::Format;
use super::records::{Record, Section};
use super::spreadsheet::{self, Spreadsheet};

/// Which kind of table the bundle holds.
pub enum Dialect {
    /// For programs: field names as headers, commas, RFC 3339 times in UTC, whole cents.
    Machine,
    /// For people with a spreadsheet program.
    Spreadsheet(Spreadsheet),
}

impl Dialect {
    fn delimiter(&self) -> u8 {
        match self {
            Dialect::Machine => b',',
            Dialect::Spreadsheet(_) => spreadsheet::DELIMITER,
        }
    }
}

/// The `zip` crate's archive, written front to back without seeking: each entry's CRC and
/// sizes follow it in a data descriptor, the central directory comes at the end, and an
/// entry over 4 GiB (far beyond any customer's export) gets ZIP64 fields.
type Archive = ZipWriter<StreamWriter<Pending>>;

/// What the archive has written and the stream has not taken yet. Shared, because the
/// archive owns its writer while the stream's buffer is only lent to each call.
#[derive(Clone, Default)]
struct Pending(Arc<Mutex<Vec<u8>>>);

impl Write for Pending {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Pending {
    /// Moves what is pending to the end of `out`.
    fn move_to(&self, out: &mut Vec<u8>) {
        out.append(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner));
    }
}

pub struct CsvBundle {
    /// The archive, inside the table writer of the entry being written. `None` only
    /// while one entry ends and the next begins.
    table: Option<csv::Writer<Archive>>,
    pending: Pending,
    entry: SimpleFileOptions,
    /// The README, in the customer's language, written first.
    readme: String,
    dialect: Dialect,
}

impl CsvBundle {
    /// `at`: the moment of the export, local time, given to every entry.
    pub fn new(at: time::PrimitiveDateTime, readme: String, dialect: Dialect) -> Self {
        let pending = Pending::default();
        let archive = ZipWriter::new_stream(pending.clone()).set_auto_large_file();
        let modified = DateTime::from_date_and_time(
            u16::try_from(at.year()).unwrap_or(1980),
            u8::from(at.month()),
            at.day(),
            at.hour(),
            at.minute(),
            at.second(),
        )
        .unwrap_or_default();
        Self {
            table: Some(table(archive, dialect.delimiter())),
            pending,
            entry: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(1))
                .last_modified_time(modified)
                .unix_permissions(0o644),
            readme,
            dialect,
        }
    }

    /// Ends the entry being written (its rows, then its descriptor) and takes the archive
    /// out of the table writer.
    fn archive(&mut self) -> std::io::Result<Archive> {
        let table = self
            .table
            .take()
            .ok_or_else(|| std::io::Error::other("the ZIP archive was finished"))?;
        table.into_inner().map_err(|e| e.into_error())
    }

    /// Starts the entry `name` with `bytes`; rows written next go into it.
    fn start(&mut self, out: &mut Vec<u8>, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        let mut archive = self.archive()?;
        archive.start_file(name, self.entry)?;
        archive.write_all(bytes)?;
        self.table = Some(table(archive, self.dialect.delimiter()));
        self.pending.move_to(out);
        Ok(())
    }

    fn table(&mut self) -> std::io::Result<&mut csv::Writer<Archive>> {
        self.table
            .as_mut()
            .ok_or_else(|| std::io::Error::other("the ZIP archive was finished"))
    }
}

/// A JSON value as the text of one cell; `null` is empty.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(cell_text).collect::<Vec<_>>().join("; "),
        Value::Object(_) => value.to_string(),
    }
}

impl Format for CsvBundle {
    fn begin(&mut self, out: &mut Vec<u8>, _: &str, _: &str) -> std::io::Result<()> {
        let readme = std::mem::take(&mut self.readme);
        self.start(out, "README.txt", readme.as_bytes())
    }

    fn section(&mut self, out: &mut Vec<u8>, section: &Section) -> std::io::Result<()> {
        let header: Vec<String> = match &self.dialect {
            Dialect::Machine => {
                self.start(out, &section.csv_file(), b"")?;
                return write_row(self.table()?, section.columns);
            }
            Dialect::Spreadsheet(sheet) => {
                let name = sheet.file_name(section.name);
                let header = section.columns.iter().map(|c| sheet.header(section, c));
                let header = header.collect();
                self.start(out, &name, spreadsheet::BOM)?;
                header
            }
        };
        write_row(self.table()?, &header)
    }

    fn record(
        &mut self,
        out: &mut Vec<u8>,
        section: &Section,
        record: &Record,
    ) -> std::io::Result<()> {
        let value = |column: &str| {
            record
                .iter()
                .find(|(key, _)| *key == column)
                .map(|(_, v)| v)
        };
        let cells: Vec<Cell> = section
            .columns
            .iter()
            .map(|column| match (&self.dialect, value(column)) {
                (_, None) => Cell::Text(String::new()),
                (Dialect::Machine, Some(v)) => Cell::Text(cell_text(v)),
                (Dialect::Spreadsheet(sheet), Some(v)) => sheet.cell(column, v),
            })
            .collect();
        write_cells(self.table()?, cells)?;
        self.pending.move_to(out);
        Ok(())
    }

    /// The section's last rows go out with the next entry's start, or with `finish`.
    fn end_section(&mut self, _: &mut Vec<u8>, _: &Section) -> std::io::Result<()> {
        Ok(())
    }

    fn finish(mut self: Box<Self>, out: &mut Vec<u8>) -> std::io::Result<()> {
        self.archive()?.finish()?;
        self.pending.move_to(out);
        Ok(())
    }
}
