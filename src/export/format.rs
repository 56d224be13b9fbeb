//! What a format does with the sections and records the writer hands it. Both formats
//! append to the stream's buffer; the writer decides when it is sent.

use super::records::{Record, Section};

pub trait Format: Send {
    /// Before the first section: the export's own details.
    fn begin(
        &mut self,
        out: &mut Vec<u8>,
        generated_at: &str,
        language: &str,
    ) -> std::io::Result<()>;
    fn section(&mut self, out: &mut Vec<u8>, section: &Section) -> std::io::Result<()>;
    fn record(
        &mut self,
        out: &mut Vec<u8>,
        section: &Section,
        record: &Record,
    ) -> std::io::Result<()>;
    fn end_section(&mut self, out: &mut Vec<u8>, section: &Section) -> std::io::Result<()>;
    fn finish(self: Box<Self>, out: &mut Vec<u8>) -> std::io::Result<()>;
}
