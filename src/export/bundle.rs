//! The CSV bundle: a ZIP with `README.txt` and one UTF-8 CSV file per section, each with
//! a header row. Lists inside a cell (purposes, recipients) are joined with "; ".

use serde_json::Value;

use super::csv::write_row;
use super::format::Format;
use super::records::{Record, Section};
use super::zip::ZipStream;

pub struct CsvBundle {
    zip: ZipStream,
    /// The README, in the customer's language, written first.
    readme: String,
    /// Rows not yet handed to the compressor: fed in blocks, since deflating row by row
    /// costs far more calls than it needs.
    rows: Vec<u8>,
}

/// Rows gathered before they go to the compressor.
const BLOCK: usize = 64 * 1024;

impl CsvBundle {
    pub fn new(at: time::PrimitiveDateTime, readme: String) -> Self {
        Self {
            zip: ZipStream::new(at),
            readme,
            rows: Vec::with_capacity(BLOCK),
        }
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
        self.zip.start(out, "README.txt")?;
        let readme = std::mem::take(&mut self.readme);
        self.zip.write(out, readme.as_bytes())
    }

    fn section(&mut self, out: &mut Vec<u8>, section: &Section) -> std::io::Result<()> {
        self.zip.start(out, &section.csv_file())?;
        write_row(&mut self.rows, section.columns)
    }

    fn record(
        &mut self,
        out: &mut Vec<u8>,
        section: &Section,
        record: &Record,
    ) -> std::io::Result<()> {
        let cells: Vec<String> = section
            .columns
            .iter()
            .map(|column| {
                record
                    .iter()
                    .find(|(key, _)| key == column)
                    .map(|(_, value)| cell_text(value))
                    .unwrap_or_default()
            })
            .collect();
        write_row(&mut self.rows, &cells)?;
        if self.rows.len() >= BLOCK {
            self.zip.write(out, &self.rows)?;
            self.rows.clear();
        }
        Ok(())
    }

    fn end_section(&mut self, out: &mut Vec<u8>, _: &Section) -> std::io::Result<()> {
        self.zip.write(out, &self.rows)?;
        self.rows.clear();
        Ok(())
    }

    fn finish(self: Box<Self>, out: &mut Vec<u8>) -> std::io::Result<()> {
        self.zip.finish(out)
    }
}
