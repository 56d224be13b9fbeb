//! A ZIP archive written front to back, without seeking: each entry is deflated as it
//! comes, its CRC and sizes follow it in a data descriptor (general purpose flag bit 3),
//! and the central directory comes at the end. Small enough to own rather than pull in a
//! crate that wants `Seek`. No ZIP64: an entry or the archive must stay under 4 GiB,
//! which a customer's export is far from.

use flate2::Compression;
use flate2::write::DeflateEncoder;
use std::io::Write;

const LOCAL_HEADER: u32 = 0x0403_4b50;
const DATA_DESCRIPTOR: u32 = 0x0807_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIRECTORY: u32 = 0x0605_4b50;
/// Bit 3: sizes and CRC come after the data; bit 11: the name is UTF-8.
const FLAGS: u16 = 0x0808;
const DEFLATE: u16 = 8;
/// Version 2.0: deflate and data descriptors.
const VERSION: u16 = 20;

struct Entry {
    name: String,
    offset: u32,
    crc: u32,
    compressed: u32,
    size: u32,
}

struct Open {
    name: String,
    offset: u32,
    crc: crc32fast::Hasher,
    size: u64,
    compressed: u64,
    encoder: DeflateEncoder<Vec<u8>>,
}

/// The archive being written; every method appends its bytes to `out`.
pub struct ZipStream {
    written: u64,
    /// DOS time and date of every entry (the moment of the export).
    time: u16,
    date: u16,
    entries: Vec<Entry>,
    open: Option<Open>,
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn fits(value: u64) -> std::io::Result<u32> {
    u32::try_from(value).map_err(|_| std::io::Error::other("ZIP entry over 4 GiB"))
}

impl ZipStream {
    pub fn new(at: time::PrimitiveDateTime) -> Self {
        let time = (u16::from(at.hour()) << 11)
            | (u16::from(at.minute()) << 5)
            | u16::from(at.second() / 2);
        let date = (((at.year() - 1980).clamp(0, 127) as u16) << 9)
            | (u16::from(u8::from(at.month())) << 5)
            | u16::from(at.day());
        Self {
            written: 0,
            time,
            date,
            entries: Vec::new(),
            open: None,
        }
    }

    fn emit(&mut self, out: &mut Vec<u8>, bytes: &[u8]) {
        out.extend_from_slice(bytes);
        self.written += bytes.len() as u64;
    }

    /// Ends the entry being written (if any) and starts `name`.
    pub fn start(&mut self, out: &mut Vec<u8>, name: &str) -> std::io::Result<()> {
        self.close_entry(out)?;
        let offset = fits(self.written)?;
        let mut header = Vec::with_capacity(30 + name.len());
        u32le(&mut header, LOCAL_HEADER);
        u16le(&mut header, VERSION);
        u16le(&mut header, FLAGS);
        u16le(&mut header, DEFLATE);
        u16le(&mut header, self.time);
        u16le(&mut header, self.date);
        // CRC, compressed and uncompressed size: in the data descriptor.
        u32le(&mut header, 0);
        u32le(&mut header, 0);
        u32le(&mut header, 0);
        u16le(&mut header, name.len() as u16);
        u16le(&mut header, 0);
        header.extend_from_slice(name.as_bytes());
        self.emit(out, &header);
        self.open = Some(Open {
            name: name.to_string(),
            offset,
            crc: crc32fast::Hasher::new(),
            size: 0,
            compressed: 0,
            encoder: DeflateEncoder::new(Vec::new(), Compression::fast()),
        });
        Ok(())
    }

    /// Appends to the open entry; what the compressor has ready goes to `out` at once.
    pub fn write(&mut self, out: &mut Vec<u8>, data: &[u8]) -> std::io::Result<()> {
        let open = self
            .open
            .as_mut()
            .ok_or_else(|| std::io::Error::other("no open ZIP entry"))?;
        open.crc.update(data);
        open.size += data.len() as u64;
        open.encoder.write_all(data)?;
        let ready = std::mem::take(open.encoder.get_mut());
        open.compressed += ready.len() as u64;
        self.emit(out, &ready);
        Ok(())
    }

    fn close_entry(&mut self, out: &mut Vec<u8>) -> std::io::Result<()> {
        let Some(open) = self.open.take() else {
            return Ok(());
        };
        let rest = open.encoder.finish()?;
        let compressed = fits(open.compressed + rest.len() as u64)?;
        self.emit(out, &rest);
        let entry = Entry {
            name: open.name,
            offset: open.offset,
            crc: open.crc.finalize(),
            compressed,
            size: fits(open.size)?,
        };
        let mut descriptor = Vec::with_capacity(16);
        u32le(&mut descriptor, DATA_DESCRIPTOR);
        u32le(&mut descriptor, entry.crc);
        u32le(&mut descriptor, entry.compressed);
        u32le(&mut descriptor, entry.size);
        self.emit(out, &descriptor);
        self.entries.push(entry);
        Ok(())
    }

    /// Ends the last entry and writes the central directory.
    pub fn finish(mut self, out: &mut Vec<u8>) -> std::io::Result<()> {
        self.close_entry(out)?;
        let start = fits(self.written)?;
        let mut directory = Vec::new();
        for entry in &self.entries {
            u32le(&mut directory, CENTRAL_HEADER);
            // Made by: version 2.0 on Unix (upper byte 3), so the permissions below count.
            u16le(&mut directory, (3 << 8) | VERSION);
            u16le(&mut directory, VERSION);
            u16le(&mut directory, FLAGS);
            u16le(&mut directory, DEFLATE);
            u16le(&mut directory, self.time);
            u16le(&mut directory, self.date);
            u32le(&mut directory, entry.crc);
            u32le(&mut directory, entry.compressed);
            u32le(&mut directory, entry.size);
            u16le(&mut directory, entry.name.len() as u16);
            u16le(&mut directory, 0); // extra field
            u16le(&mut directory, 0); // comment
            u16le(&mut directory, 0); // disk
            u16le(&mut directory, 0); // internal attributes
            u32le(&mut directory, 0o100644 << 16); // a regular file, rw-r--r--
            u32le(&mut directory, entry.offset);
            directory.extend_from_slice(entry.name.as_bytes());
        }
        let size = fits(directory.len() as u64)?;
        let count = u16::try_from(self.entries.len())
            .map_err(|_| std::io::Error::other("too many ZIP entries"))?;
        let mut end = Vec::with_capacity(22);
        u32le(&mut end, END_OF_CENTRAL_DIRECTORY);
        u16le(&mut end, 0);
        u16le(&mut end, 0);
        u16le(&mut end, count);
        u16le(&mut end, count);
        u32le(&mut end, size);
        u32le(&mut end, start);
        u16le(&mut end, 0);
        self.emit(out, &directory);
        self.emit(out, &end);
        Ok(())
    }
}
