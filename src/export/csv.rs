//! CSV cells as RFC 4180 wants them, and safe to open in a spreadsheet: a cell that starts
//! like a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe, so
//! a contact subject such as `=HYPERLINK(...)` is shown as text, never run.

use std::io::Write;

/// One cell: guarded, then quoted when it holds a comma, quote or line break.
pub fn cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One line, ended with CRLF as RFC 4180 has it.
pub fn write_row<S: AsRef<str>>(out: &mut impl Write, cells: &[S]) -> std::io::Result<()> {
    let line = cells
        .iter()
        .map(|c| cell(c.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.write_all(line.as_bytes())?;
    out.write_all(b"\r\n")
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_become_text_and_quotes_are_doubled() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+31 6"), "'+31 6");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM"), "'@SUM");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(cell("gewoon"), "gewoon");
    }
}
