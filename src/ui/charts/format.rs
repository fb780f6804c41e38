//! How a chart's values read: in full (table, tooltip, labels), short (axis
//! ticks), and plain (CSV and `data-value`: a number a spreadsheet reads).

use crate::domain::{Currency, Money};
use crate::i18n::{format as fmt, Locale};

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum ValueFormat {
    /// Minor units of the currency.
    Money(Currency),
    /// 0–100.
    Percent,
    /// Whole numbers.
    #[default]
    Count,
    /// Days, one decimal (stage durations; no dashboard chart uses it yet).
    #[allow(dead_code)]
    Days,
    /// Any other number, two decimals (scores).
    Number,
}

impl ValueFormat {
    /// As the table shows it: `¥1,234.50`, `63.2%`, `1,204`, `12.5`.
    pub fn text(self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return "—".into() };
        match self {
            ValueFormat::Money(c) => fmt::money(Money::new(v.round() as i64, c)),
            ValueFormat::Percent => format!("{v:.1}%"),
            ValueFormat::Count => fmt::int(v.round() as i64),
            ValueFormat::Days => format!("{v:.1}"),
            ValueFormat::Number => format!("{v:.2}"),
        }
    }
    /// Compact, for axis ticks and labels on small bars: `¥1.20M`, `¥12.00万`.
    pub fn short(self, v: f64, locale: Locale) -> String {
        match self {
            ValueFormat::Money(c) => fmt::money_compact(Money::new(v.round() as i64, c), locale),
            ValueFormat::Percent => format!("{v:.0}%"),
            ValueFormat::Count => fmt::int(v.round() as i64),
            ValueFormat::Days => format!("{v:.0}"),
            ValueFormat::Number => format!("{v:.1}"),
        }
    }
    /// The number alone, no grouping or symbol (money in major units with
    /// the currency's decimals); empty for no value.
    pub fn plain(self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return String::new() };
        match self {
            ValueFormat::Money(c) => {
                let exp = c.exponent();
                let m = v.round() as i64;
                if exp == 0 {
                    return m.to_string();
                }
                let scale = 10i64.pow(exp);
                let sign = if m < 0 { "-" } else { "" };
                format!("{sign}{}.{:0w$}", (m / scale).unsigned_abs(), (m % scale).unsigned_abs(), w = exp as usize)
            }
            ValueFormat::Percent | ValueFormat::Days => format!("{v:.1}"),
            ValueFormat::Count => format!("{}", v.round() as i64),
            ValueFormat::Number => format!("{v:.2}"),
        }
    }
}
