//! A grid of text cells: one header row and numbered data rows.
//!
//! Cells are kept in one string with end offsets instead of a `String` per
//! cell: 100,000 rows of 25 columns would otherwise be 2.5 million small
//! allocations, which costs both time and memory in the browser.

/// Rows are numbered as a spreadsheet shows the file: the first line is row
/// 1 (normally the header), and blank lines keep their numbers even though
/// they hold no data.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    headers: Vec<String>,
    header_row: u32,
    text: String,
    /// End offset in `text` of every data cell, row after row.
    cell_ends: Vec<u32>,
    rows: Vec<RowMeta>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct RowMeta {
    number: u32,
    first_cell: u32,
}

/// One data row, borrowed from its table.
#[derive(Clone, Copy, Debug)]
pub struct Row<'a> {
    pub number: u32,
    table: &'a Table,
    cells: &'a [u32],
    start: usize,
}

impl<'a> Row<'a> {
    /// Cells present in the file for this row (may differ from the header).
    pub fn len(&self) -> usize {
        self.cells.len()
    }
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
    /// The cell in column `col`, untrimmed; "" when the row is shorter.
    pub fn get(&self, col: usize) -> &'a str {
        let Some(&end) = self.cells.get(col) else { return "" };
        let start = if col == 0 { self.start } else { self.cells[col - 1] as usize };
        self.table.text.get(start..end as usize).unwrap_or("")
    }
    pub fn cells(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|c| self.get(c))
    }
    /// Every cell is empty or whitespace (",,,," lines Excel leaves behind).
    pub fn is_blank(&self) -> bool {
        self.cells().all(|c| c.trim().is_empty())
    }
}

impl Table {
    pub fn headers(&self) -> &[String] {
        &self.headers
    }
    /// The row number of the header line (1 unless the file starts blank).
    pub fn header_row(&self) -> u32 {
        self.header_row
    }
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
    pub fn row(&self, i: usize) -> Option<Row<'_>> {
        let meta = self.rows.get(i)?;
        let first = meta.first_cell as usize;
        let last = self.rows.get(i + 1).map_or(self.cell_ends.len(), |m| m.first_cell as usize);
        let start = if first == 0 { 0 } else { self.cell_ends[first - 1] as usize };
        Some(Row { number: meta.number, table: self, cells: &self.cell_ends[first..last], start })
    }
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> + '_ {
        (0..self.len()).filter_map(|i| self.row(i))
    }
    /// Rows whose cell count differs from the header's: (row number, cells).
    pub fn ragged(&self) -> Vec<(u32, usize)> {
        let width = self.headers.len();
        self.rows().filter(|r| r.len() != width).map(|r| (r.number, r.len())).collect()
    }

    /// A table from literal rows, the first being the header (tests, and
    /// callers that already hold cells).
    pub fn from_rows<S: AsRef<str>>(rows: &[Vec<S>]) -> Table {
        let mut b = TableBuilder::default();
        for (i, row) in rows.iter().enumerate() {
            for cell in row {
                b.push_str(cell.as_ref());
                b.end_cell();
            }
            b.end_row(i as u32 + 1);
        }
        b.finish()
    }
}

/// Builds a table cell by cell, as a parser reads it. The first row ended
/// becomes the header.
#[derive(Debug, Default)]
pub struct TableBuilder {
    table: Table,
    have_header: bool,
    header: Vec<String>,
    cell_start: usize,
    row_start: usize,
}

impl TableBuilder {
    /// Appends text to the cell being read.
    pub fn push_str(&mut self, s: &str) {
        self.table.text.push_str(s);
    }
    pub fn push_char(&mut self, c: char) {
        self.table.text.push(c);
    }
    pub fn end_cell(&mut self) {
        let t = &mut self.table;
        if self.have_header {
            t.cell_ends.push(offset(t.text.len()));
        } else {
            self.header.push(t.text[self.cell_start..].trim().to_string());
            t.text.truncate(self.cell_start);
        }
        self.cell_start = t.text.len();
    }
    /// Ends the current row, which the spreadsheet would show as `number`.
    pub fn end_row(&mut self, number: u32) {
        if self.have_header {
            self.table.rows.push(RowMeta { number, first_cell: offset(self.row_start) });
        } else {
            self.table.headers = std::mem::take(&mut self.header);
            self.table.header_row = number;
            self.have_header = true;
        }
        self.row_start = self.table.cell_ends.len();
    }
    /// Bytes of cell text so far (parsers refuse files beyond `u32`).
    pub fn text_len(&self) -> usize {
        self.table.text.len()
    }
    pub fn has_header(&self) -> bool {
        self.have_header
    }
    pub fn finish(self) -> Table {
        self.table
    }
}

/// Offsets are u32 to halve the index; parsers stop before 4 GiB (see
/// `text_len`), far beyond what a browser tab can hold anyway.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keep_their_cells_and_numbers() {
        let t = Table::from_rows(&[vec!["Name", " Email "], vec!["王芳", "w@x.cn"], vec!["Li", "", "extra"], vec![]]);
        assert_eq!(t.headers(), ["Name", "Email"]);
        assert_eq!(t.header_row(), 1);
        assert_eq!(t.len(), 3);
        let r = t.row(0).unwrap();
        assert_eq!((r.number, r.get(0), r.get(1), r.get(5)), (2, "王芳", "w@x.cn", ""));
        let r = t.row(1).unwrap();
        assert_eq!(r.cells().collect::<Vec<_>>(), ["Li", "", "extra"]);
        assert!(t.row(2).unwrap().is_blank());
        assert_eq!(t.ragged(), [(3, 3), (4, 0)]);
    }
}
