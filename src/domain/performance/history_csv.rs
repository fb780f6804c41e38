//! Monthly sales history from a spreadsheet (month, amount), through the
//! mapping engine's header matching and cell parsers, for the seasonal
//! forecast when the history predates the app.
//!
//! Any problem row stops the import: a month left out would be read as a
//! month with no sales and bend the seasonal pattern, so "import the valid
//! rows only" is not offered here. Rows naming the same month are added
//! together (a file with one line per region or product).

use std::collections::BTreeMap;

use crate::domain::forecast::YearMonth;
use crate::domain::mapping::value::{parse_amount_in, parse_date};
use crate::domain::mapping::{DateOrder, Mapping, Reason, RowError, Table, Target};
use crate::domain::{Currency, HistoryMonth, SalesHistory, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HistoryField {
    Month,
    Amount,
}

impl Target for HistoryField {
    const ALL: &'static [HistoryField] = &[HistoryField::Month, HistoryField::Amount];
    const ID: Option<HistoryField> = None;

    fn index(self) -> usize {
        self as usize
    }
    fn key(self) -> &'static str {
        ["month", "amount"][self.index()]
    }
    fn required(self) -> bool {
        true
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            HistoryField::Month => &["Month", "Period", "Date", "Year Month", "月份", "月", "年月", "日期", "期间"],
            HistoryField::Amount => &["Amount", "Sales", "Revenue", "Total", "Value", "金额", "销售额", "销售金额", "收入", "营收"],
        }
    }
}

/// "2024-03", "2024/3", "2024.03", "202403", "2024年3月", or any full date
/// the importers read (its month is taken).
pub fn parse_month(text: &str, order: DateOrder) -> Result<Option<YearMonth>, Reason> {
    let t: String = text.trim().chars().map(crate::domain::mapping::half_width).collect();
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let ym = |y: &str, m: &str| -> Option<Result<YearMonth, Reason>> {
        let (y, m) = (y.trim(), m.trim());
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) || m.is_empty() || m.len() > 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        Some(if (1..=12).contains(&month) { Ok(YearMonth { year, month }) } else { Err(Reason::NoSuchDate) })
    };
    let chinese = t.strip_suffix('月').and_then(|r| r.split_once('年'));
    let split = chinese.or_else(|| ['-', '/', '.'].iter().find_map(|s| t.split_once(*s).filter(|(_, m)| !m.contains(['-', '/', '.']))));
    if let Some(found) = split.and_then(|(y, m)| ym(y, m)) {
        return found.map(Some);
    }
    if t.len() == 6 {
        if let Some(found) = ym(&t[..4], &t[4..]) {
            return found.map(Some);
        }
    }
    Ok(parse_date(t, order)?.map(YearMonth::of))
}

/// What reading a file gave: the months (summed, in order) when every row
/// was good, and every problem otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryRead {
    pub months: Vec<HistoryMonth>,
    pub rows: usize,
    /// How many rows named a month another row named too.
    pub merged_rows: usize,
    pub errors: Vec<RowError>,
}

fn problem(table: &Table, row: u32, col: Option<usize>, value: &str, reason: Reason) -> RowError {
    let header = col.and_then(|c| table.headers().get(c)).cloned().unwrap_or_default();
    RowError { row, column: col, header, value: value.trim().to_string(), reason }
}

/// Reads every row. Amounts in another currency than `currency` are
/// problems (the history is one series in one currency).
pub fn read_history(table: &Table, mapping: &Mapping<HistoryField>, currency: Currency, order: DateOrder) -> HistoryRead {
    let (mc, ac) = (mapping.column_of(HistoryField::Month), mapping.column_of(HistoryField::Amount));
    let mut by: BTreeMap<YearMonth, i64> = BTreeMap::new();
    let (mut rows, mut merged, mut errors) = (0usize, 0usize, Vec::new());
    for row in table.rows().filter(|r| !r.is_blank()) {
        rows += 1;
        let cell = |c: Option<usize>| c.map_or("", |c| row.get(c));
        let month = match parse_month(cell(mc), order) {
            Ok(Some(m)) => Some(m),
            Ok(None) => {
                errors.push(problem(table, row.number, mc, "", Reason::Required));
                None
            }
            Err(r) => {
                errors.push(problem(table, row.number, mc, cell(mc), r));
                None
            }
        };
        let amount = match parse_amount_in(cell(ac), currency) {
            Ok(Some((minor, c))) if c == currency => Some(minor),
            Ok(Some((_, c))) => {
                errors.push(problem(table, row.number, ac, cell(ac), Reason::OtherCurrency(c)));
                None
            }
            Ok(None) => {
                errors.push(problem(table, row.number, ac, "", Reason::Required));
                None
            }
            Err(r) => {
                errors.push(problem(table, row.number, ac, cell(ac), r));
                None
            }
        };
        if let (Some(m), Some(a)) = (month, amount) {
            merged += usize::from(by.contains_key(&m));
            let slot = by.entry(m).or_insert(0);
            match slot.checked_add(a) {
                Some(v) => *slot = v,
                None => errors.push(problem(table, row.number, ac, cell(ac), Reason::TooLarge)),
            }
        }
    }
    let months = if errors.is_empty() {
        by.into_iter().map(|(m, a)| HistoryMonth { year: m.year, month: m.month, amount_minor: a }).collect()
    } else {
        Vec::new()
    };
    HistoryRead { months, rows, merged_rows: merged, errors }
}

/// The stored form of a good read.
pub fn to_history(read: &HistoryRead, currency: Currency, source: &str, now: Timestamp) -> Option<SalesHistory> {
    (read.errors.is_empty() && !read.months.is_empty()).then(|| SalesHistory {
        months: read.months.clone(),
        currency: Some(currency),
        source: source.to_string(),
        imported_at: Some(now),
    })
}

/// The stored history as the seasonal model's input (amounts in minor
/// units; months out of range, which only a hand-edited file could hold,
/// are left out).
pub fn history_of(h: &SalesHistory) -> super::seasonal::History {
    let pairs: Vec<(YearMonth, f64)> = h
        .months
        .iter()
        .filter(|m| (1..=12).contains(&m.month))
        .map(|m| (YearMonth { year: m.year, month: m.month }, m.amount_minor as f64))
        .collect();
    super::seasonal::History::from_pairs(&pairs)
}
