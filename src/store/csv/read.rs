//! CSV text → `Table` (RFC 4180, read leniently the way spreadsheets do).

use crate::domain::mapping::{Table, TableBuilder};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Delimiter {
    #[default]
    Comma,
    /// What Excel writes where the decimal separator is a comma.
    Semicolon,
    Tab,
}

impl Delimiter {
    pub const ALL: [Delimiter; 3] = [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab];
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
    fn from_byte(b: u8) -> Option<Delimiter> {
        Delimiter::ALL.into_iter().find(|d| d.byte() == b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// No header row: the file is empty or blank.
    NoHeader,
    /// A quoted cell that starts on this row is never closed, so the rest of
    /// the file would silently become one cell.
    UnterminatedQuote { row: u32 },
    /// Beyond what the table's offsets can address (4 GiB of text).
    TooLarge,
}

/// The delimiter that splits the first lines into the same number of cells
/// most consistently; ties go to comma, then semicolon, then tab. Excel's
/// `sep=;` first line decides outright.
pub fn detect_delimiter(text: &str) -> Delimiter {
    if let Some(d) = sep_line(text).map(|(d, _)| d) {
        return d;
    }
    let sample: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(20).collect();
    let mut best = (Delimiter::Comma, 0usize, 0usize);
    for d in Delimiter::ALL {
        let counts: Vec<usize> = sample.iter().map(|l| count_outside_quotes(l, d.byte())).collect();
        let Some(&first) = counts.first().filter(|c| **c > 0) else { continue };
        let agreeing = counts.iter().filter(|c| **c == first).count();
        if (agreeing, first) > (best.1, best.2) {
            best = (d, agreeing, first);
        }
    }
    best.0
}

/// Counts `delim` outside quotes on one physical line (a line cut by a
/// quoted newline only skews the vote, it cannot mislead it alone).
fn count_outside_quotes(line: &str, delim: u8) -> usize {
    let mut quoted = false;
    line.bytes().filter(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == delim && !quoted
    })
    .count()
}

/// `sep=;` on the first line: (delimiter, bytes to skip).
fn sep_line(text: &str) -> Option<(Delimiter, usize)> {
    let rest = text.strip_prefix("sep=")?;
    let d = Delimiter::from_byte(*rest.as_bytes().first()?)?;
    let after = &rest[1..];
    let eol = if after.starts_with("\r\n") { 2 } else { usize::from(after.starts_with(['\n', '\r'])) };
    (eol > 0 || after.is_empty()).then_some((d, 5 + eol))
}

/// Parses `text` into a table whose first non-blank row is the header.
/// Quoted cells may hold delimiters, doubled quotes and line breaks; lines
/// end in LF, CRLF or CR. Rows are numbered as a spreadsheet shows them: a
/// cell's line breaks stay inside its row, and blank lines are dropped but
/// keep their numbers.
pub fn parse(text: &str, delimiter: Delimiter) -> Result<Table, ReadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() >= u32::MAX as usize {
        return Err(ReadError::TooLarge);
    }
    let (b, mut i) = match sep_line(text) {
        Some((_, skip)) => (text.as_bytes(), skip),
        None => (text.as_bytes(), 0),
    };
    let delim = delimiter.byte();
    let mut out = TableBuilder::default();
    let mut row: u32 = 0;
    while i < b.len() {
        row = row.saturating_add(1);
        if let Some(eol) = line_end(b, i) {
            i += eol; // a blank line
            continue;
        }
            loop {
            // One cell starting at i.
            if b.get(i) == Some(&b'"') {
                i += 1;
                loop {
                    let Some(q) = b[i..].iter().position(|&c| c == b'"') else {
                        return Err(ReadError::UnterminatedQuote { row });
                    };
                    out.push_str(&text[i..i + q]);
                    i += q + 1;
                    if b.get(i) == Some(&b'"') {
                        out.push_char('"');
                        i += 1;
                    } else {
                        break;
                    }
                }
            }
            // Unquoted text (or text after a closing quote, kept as written).
            let end = b[i..].iter().position(|&c| c == delim || c == b'\n' || c == b'\r').map_or(b.len(), |p| i + p);
            out.push_str(&text[i..end]);
            i = end;
            out.end_cell();
            if b.get(i) == Some(&delim) {
                i += 1;
                continue;
            }
            i += line_end(b, i).unwrap_or(0);
            break;
        }
        out.end_row(row);
    }
    if !out.has_header() {
        return Err(ReadError::NoHeader);
    }
    Ok(out.finish())
}

/// Length of the line break at `i` (LF, CRLF or CR), if there is one.
fn line_end(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'\n' => Some(1),
        b'\r' if b.get(i + 1) == Some(&b'\n') => Some(2),
        b'\r' => Some(1),
        _ => None,
    }
}
