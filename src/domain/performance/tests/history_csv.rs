//! Sales history from CSV: month forms, sums of repeated months, and that
//! any problem row stops the import with its row, column and reason.

use crate::domain::forecast::YearMonth;
use crate::domain::mapping::{DateOrder, Mapping, Reason, Table};
use crate::domain::performance::history_csv::{history_of, parse_month, read_history, to_history, HistoryField};
use crate::domain::{Currency, HistoryMonth};

fn ym(year: i32, month: u32) -> Option<YearMonth> {
    Some(YearMonth { year, month })
}

#[test]
fn months_are_read_in_the_forms_spreadsheets_write() {
    let d = DateOrder::DayFirst;
    for text in ["2024-03", "2024/3", "2024.03", "202403", "2024年3月", "２０２４－０３", "2024-03-15", "15/03/2024", " 2024-3 "] {
        assert_eq!(parse_month(text, d), Ok(ym(2024, 3)), "{text}");
    }
    assert_eq!(parse_month("03/15/2024", DateOrder::MonthFirst), Ok(ym(2024, 3)));
    assert_eq!(parse_month("", d), Ok(None));
    assert_eq!(parse_month("2024-13", d), Err(Reason::NoSuchDate));
    assert_eq!(parse_month("2024年0月", d), Err(Reason::NoSuchDate));
    assert_eq!(parse_month("March", d), Err(Reason::NotADate));
}

fn table(rows: &[&[&str]]) -> Table {
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
    Table::from_rows(&rows)
}

#[test]
fn repeated_months_are_added_and_months_come_out_in_order() {
    let t = table(&[&["月份", "销售额"], &["2024-02", "1,000.50"], &["2024-01", "200"], &["2024-02", "¥99.50"], &[""], &["2024-03", "5万"]]);
    let m = Mapping::<HistoryField>::suggest(t.headers(), &[]);
    assert!(m.missing_required().is_empty(), "Chinese headers are recognised");
    let r = read_history(&t, &m, Currency::CNY, DateOrder::DayFirst);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!((r.rows, r.merged_rows), (4, 1), "the blank row is not a row; February is named twice");
    // 1,000.50 + 99.50 = 1,100.00 → 110,000 fen; 5万 = 50,000 yuan = 5,000,000 fen.
    let got: Vec<(i32, u32, i64)> = r.months.iter().map(|m| (m.year, m.month, m.amount_minor)).collect();
    assert_eq!(got, vec![(2024, 1, 20_000), (2024, 2, 110_000), (2024, 3, 5_000_000)]);
}

#[test]
fn any_bad_row_stops_the_import_and_is_named() {
    let t = table(&[&["Month", "Amount"], &["2024-01", "100"], &["2024-13", "100"], &["2024-03", "USD 5"], &["2024-04", ""], &["2024-05", "lots"]]);
    let m = Mapping::<HistoryField>::suggest(t.headers(), &[]);
    let r = read_history(&t, &m, Currency::CNY, DateOrder::DayFirst);
    assert!(r.months.is_empty(), "nothing is kept when a row is bad");
    let found: Vec<(u32, Option<usize>, &str, Reason)> = r.errors.iter().map(|e| (e.row, e.column, e.header.as_str(), e.reason)).collect();
    assert_eq!(
        found,
        vec![
            (3, Some(0), "Month", Reason::NoSuchDate),
            (4, Some(1), "Amount", Reason::OtherCurrency(Currency::USD)),
            (5, Some(1), "Amount", Reason::Required),
            (6, Some(1), "Amount", Reason::NotAnAmount),
        ]
    );
    assert_eq!(to_history(&r, Currency::CNY, "h.csv", super::at(2026, 1, 1, 0)), None);
}

#[test]
fn a_good_read_is_stored_and_fills_gaps_with_zero() {
    let t = table(&[&["Month", "Amount"], &["2024-01", "1"], &["2024-03", "3"]]);
    let m = Mapping::<HistoryField>::suggest(t.headers(), &[]);
    let r = read_history(&t, &m, Currency::USD, DateOrder::DayFirst);
    let h = to_history(&r, Currency::USD, "h.csv", super::at(2026, 1, 1, 0)).expect("a good read is stored");
    assert_eq!(h.months[1], HistoryMonth { year: 2024, month: 3, amount_minor: 300 });
    assert_eq!(h.currency, Some(Currency::USD));
    let series = history_of(&h);
    assert_eq!((series.first, series.values.clone()), (YearMonth { year: 2024, month: 1 }, vec![100.0, 0.0, 300.0]));
}
