//! Numbers as people type them into forms, shared by the product and deal
//! forms. Everything goes through `money::parse_amount`, never a float.

use super::money::parse_amount;
use super::{Currency, Id};

/// An amount typed in major units → minor units of `currency`. Empty →
/// `Ok(None)`. Currencies without minor units (JPY) refuse decimals rather
/// than rounding them away.
pub fn parse_money(text: &str, currency: Currency) -> Result<Option<i64>, ()> {
    let Some(hundredths) = parse_amount(text)? else { return Ok(None) };
    match currency.exponent() {
        0 if hundredths % 100 != 0 => Err(()),
        0 => Ok(Some(hundredths / 100)),
        _ => Ok(Some(hundredths)),
    }
}

/// Minor units → the text an amount input starts with ("1200.5" → "1200.50"),
/// without grouping so it parses back unchanged.
pub fn money_text(minor: i64, currency: Currency) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    match currency.exponent() {
        0 => format!("{sign}{abs}"),
        _ => format!("{sign}{}.{:02}", abs / 100, abs % 100),
    }
}

/// A percentage as typed ("13", "6.5", "13 %") → basis points, 0–100 %.
/// Empty → `Ok(None)`.
pub fn parse_percent_bp(text: &str) -> Result<Option<u32>, ()> {
    let t = text.trim().trim_end_matches(['%', '％']);
    // Two decimals of a percent are exactly basis points.
    match parse_amount(t)? {
        None => Ok(None),
        Some(bp) if bp <= 10_000 => Ok(Some(bp as u32)),
        Some(_) => Err(()),
    }
}

/// Basis points → "13" or "6.5", for prefilling a percent input.
pub fn percent_text(bp: u32) -> String {
    let (whole, frac) = (bp / 100, bp % 100);
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// Ids in their first-chosen order, each once (a multi-select may repeat).
pub fn unique_ids(ids: &[Id]) -> Vec<Id> {
    let mut seen = std::collections::HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_follows_the_currency_exponent() {
        assert_eq!(parse_money("1,200.5", Currency::CNY), Ok(Some(120_050)));
        assert_eq!(parse_money("", Currency::CNY), Ok(None));
        assert_eq!(parse_money("1200", Currency::parse("JPY").unwrap()), Ok(Some(1200)));
        assert_eq!(parse_money("1200.5", Currency::parse("JPY").unwrap()), Err(()));
        assert_eq!(parse_money("-3", Currency::CNY), Err(()));
    }

    #[test]
    fn money_text_round_trips() {
        for minor in [0, 5, 120_050, 99_999_999] {
            assert_eq!(parse_money(&money_text(minor, Currency::CNY), Currency::CNY), Ok(Some(minor)));
        }
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(money_text(1200, jpy), "1200");
    }

    #[test]
    fn percentages_become_basis_points() {
        assert_eq!(parse_percent_bp("13"), Ok(Some(1300)));
        assert_eq!(parse_percent_bp("6.5 %"), Ok(Some(650)));
        assert_eq!(parse_percent_bp("0"), Ok(Some(0)));
        assert_eq!(parse_percent_bp(""), Ok(None));
        assert_eq!(parse_percent_bp("100.01"), Err(()));
        assert_eq!(parse_percent_bp("abc"), Err(()));
        assert_eq!(percent_text(1300), "13");
        assert_eq!(percent_text(650), "6.5");
        assert_eq!(percent_text(625), "6.25");
    }
}
