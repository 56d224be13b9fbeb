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
    row: Vec<u8>,
}

impl CsvBundle {
    pub fn new(at: time::PrimitiveDateTime, readme: String) -> Self {
        Self {
            zip: ZipStream::new(at),
            readme,
            row: Vec::new(),
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
        self.row.clear();
        write_row(&mut self.row, section.columns)?;
        self.zip.write(out, &self.row)
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
        self.row.clear();
        write_row(&mut self.row, &cells)?;
        self.zip.write(out, &self.row)
    }

    fn end_section(&mut self, _: &mut Vec<u8>, _: &Section) -> std::io::Result<()> {
        Ok(())
    }

    fn finish(self: Box<Self>, out: &mut Vec<u8>) -> std::io::Result<()> {
        self.zip.finish(out)
    }
}
