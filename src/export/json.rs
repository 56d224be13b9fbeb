//! The JSON format: `{"schema_version", "generated_at", "language", "register": [...],
//! "data": {"profile": {...}, "contact_moments": [...], ...}}`, written record by record.

use std::io::Write;

use super::format::Format;
use super::records::{REGISTER, Record, Section, Shape};

#[derive(Default)]
pub struct Json {
    /// Records written in the open section (for the commas).
    count: u64,
    /// Whether `"data": {` has been opened.
    in_data: bool,
    /// Sections written inside `data` (for the commas).
    sections: u64,
}

fn object(out: &mut Vec<u8>, record: &Record) -> std::io::Result<()> {
    out.push(b'{');
    for (i, (key, value)) in record.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        serde_json::to_writer(&mut *out, key)?;
        out.push(b':');
        serde_json::to_writer(&mut *out, value)?;
    }
    out.push(b'}');
    Ok(())
}

impl Format for Json {
    fn begin(
        &mut self,
        out: &mut Vec<u8>,
        generated_at: &str,
        language: &str,
    ) -> std::io::Result<()> {
        write!(
            out,
            "{{\"schema_version\":{},\"generated_at\":",
            super::SCHEMA_VERSION
        )?;
        serde_json::to_writer(&mut *out, generated_at)?;
        out.extend_from_slice(b",\"language\":");
        serde_json::to_writer(&mut *out, language)?;
        Ok(())
    }

    fn section(&mut self, out: &mut Vec<u8>, section: &Section) -> std::io::Result<()> {
        self.count = 0;
        if section.name == REGISTER.name {
            out.extend_from_slice(b",\"register\":");
        } else {
            if !self.in_data {
                out.extend_from_slice(b",\"data\":{");
                self.in_data = true;
            }
            if self.sections > 0 {
                out.push(b',');
            }
            self.sections += 1;
            serde_json::to_writer(&mut *out, section.name)?;
            out.push(b':');
        }
        if section.shape == Shape::Many {
            out.push(b'[');
        }
        Ok(())
    }

    fn record(&mut self, out: &mut Vec<u8>, _: &Section, record: &Record) -> std::io::Result<()> {
        if self.count > 0 {
            out.push(b',');
        }
        self.count += 1;
        object(out, record)
    }

    fn end_section(&mut self, out: &mut Vec<u8>, section: &Section) -> std::io::Result<()> {
        match section.shape {
            Shape::Many => out.push(b']'),
            Shape::One if self.count == 0 => out.extend_from_slice(b"null"),
            Shape::One => {}
        }
        Ok(())
    }

    fn finish(self: Box<Self>, out: &mut Vec<u8>) -> std::io::Result<()> {
        if self.in_data {
            out.push(b'}');
        }
        out.extend_from_slice(b"}\n");
        Ok(())
    }
}
