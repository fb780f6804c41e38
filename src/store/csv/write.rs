//! Rows → CSV bytes that Excel opens correctly: UTF-8 with a byte-order mark
//! (without it, Chinese Excel reads the file as GBK and garbles it), CRLF
//! line ends, commas, RFC 4180 quoting, and formula cells defused.

use crate::domain::mapping::needs_formula_escape;

/// Builds a CSV file row by row.
#[derive(Debug)]
pub struct CsvWriter {
    out: String,
}

impl Default for CsvWriter {
    fn default() -> Self {
        CsvWriter::new()
    }
}

impl CsvWriter {
    pub fn new() -> CsvWriter {
        CsvWriter { out: String::from("\u{FEFF}") }
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            push_cell(&mut self.out, cell.as_ref());
        }
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// One cell: an apostrophe before anything a spreadsheet would run as a
/// formula (OWASP: = + - @ tab CR, and the apostrophe itself so the escape
/// can be undone exactly), then quotes when the cell holds a comma, quote or
/// line break, or starts or ends with a space (which a reader may trim).
fn push_cell(out: &mut String, cell: &str) {
    let escape = needs_formula_escape(cell);
    let special = cell.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    let quote = special || cell.starts_with(' ') || cell.ends_with(' ');
    if quote {
        out.push('"');
    }
    if escape {
        out.push('\'');
    }
    if quote {
        let mut parts = cell.split('"');
        out.push_str(parts.next().unwrap_or_default());
        for part in parts {
            out.push_str("\"\"");
            out.push_str(part);
        }
        out.push('"');
    } else {
        out.push_str(cell);
    }
}
