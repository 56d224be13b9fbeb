//! CSV tables: the `csv` crate writes them as RFC 4180 has it (a cell quoted when it holds
//! a comma, quote or line break, quotes doubled, CRLF after every row). The one thing we
//! add is the formula guard, so the file is safe to open in a spreadsheet: a cell that
//! starts like a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading
//! apostrophe, and a contact subject such as `=HYPERLINK(...)` is shown as text, never run.

use std::borrow::Cow;
use std::io::Write;

/// Rows gathered before they go on to `out`: handing a compressor rows one by one costs
/// far more calls than it needs.
const BLOCK: usize = 64 * 1024;

/// A table writer into `out` with cells separated by `delimiter`; its first row should be
/// the header.
pub fn table<W: Write>(out: W, delimiter: u8) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .buffer_capacity(BLOCK)
        .from_writer(out)
}

/// `value`, with an apostrophe in front when it starts like a formula.
pub fn guard(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// One cell of a row.
pub enum Cell {
    /// Text from the data: guarded.
    Text(String),
    /// A number the export wrote itself (such as `-12,50`): never a formula, so a minus
    /// sign in front stays a minus sign.
    Number(String),
}

/// One row, every cell guarded.
pub fn write_row<W: Write, S: AsRef<str>>(
    table: &mut csv::Writer<W>,
    cells: &[S],
) -> std::io::Result<()> {
    for cell in cells {
        table.write_field(guard(cell.as_ref()).as_bytes())?;
    }
    table.write_record(None::<&[u8]>)?;
    Ok(())
}

/// One row of cells, the text cells guarded.
pub fn write_cells<W: Write>(
    table: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = Cell>,
) -> std::io::Result<()> {
    for cell in cells {
        match cell {
            Cell::Text(text) => table.write_field(guard(&text).as_bytes())?,
            Cell::Number(number) => table.write_field(number.as_bytes())?,
        }
    }
    table.write_record(None::<&[u8]>)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Cell, table, write_cells, write_row};

    fn rows(rows: &[&[&str]]) -> String {
        let mut out = table(Vec::new(), b',');
        for row in rows {
            write_row(&mut out, row).unwrap();
        }
        String::from_utf8(out.into_inner().unwrap()).unwrap()
    }

    fn cell(value: &str) -> String {
        rows(&[&[value]]).strip_suffix("\r\n").unwrap().to_string()
    }

    #[test]
    fn formulas_become_text_and_quotes_are_doubled() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+31 6"), "'+31 6");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM"), "'@SUM");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(cell("gewoon"), "gewoon");
        assert_eq!(cell("1+1=2"), "1+1=2", "only the first character counts");
    }

    #[test]
    fn rows_end_with_crlf_and_empty_cells_stay_empty() {
        assert_eq!(
            rows(&[&["id", "subject"], &["1", ""], &["", "x"]]),
            "id,subject\r\n1,\r\n,x\r\n"
        );
    }

    #[test]
    fn a_semicolon_table_quotes_semicolons_and_leaves_its_own_numbers_alone() {
        let mut out = table(Vec::new(), b';');
        write_cells(
            &mut out,
            [
                Cell::Text("a;b".into()),
                Cell::Number("-12,50".into()),
                Cell::Text("-1".into()),
            ],
        )
        .unwrap();
        let text = String::from_utf8(out.into_inner().unwrap()).unwrap();
        assert_eq!(text, "\"a;b\";-12,50;'-1\r\n");
    }
}
