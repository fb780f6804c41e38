//! Locale-aware formatting of money, numbers and dates (UX.md). Pure functions:
//! the caller passes the local UTC offset and "now".

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use super::Locale;
use crate::domain::{Money, Timestamp};

/// `1234567` → `1,234,567`.
pub fn group(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

pub fn int(n: i64) -> String {
    let body = group(n.unsigned_abs() as u128);
    if n < 0 {
        format!("-{body}")
    } else {
        body
    }
}

/// Exact amount: `¥1,234,567.89` (both locales).
pub fn money(m: Money) -> String {
    let exp = m.currency.exponent();
    let scale = 10u128.pow(exp);
    let abs = m.minor.unsigned_abs() as u128;
    let sign = if m.minor < 0 { "-" } else { "" };
    let sym = m.currency.symbol();
    let sep = if sym.len() == 3 && sym.is_ascii() { " " } else { "" };
    if exp == 0 {
        format!("{sign}{sym}{sep}{}", group(abs))
    } else {
        format!("{sign}{sym}{sep}{}.{:0width$}", group(abs / scale), abs % scale, width = exp as usize)
    }
}

/// Summary amount: zh uses 万/亿, en uses K/M; small amounts stay exact.
pub fn money_compact(m: Money, locale: Locale) -> String {
    let scale = 10f64.powi(m.currency.exponent() as i32);
    // Display only: the exact figure is always shown on hover and in tables.
    let major = m.minor as f64 / scale;
    let abs = major.abs();
    let sign = if major < 0.0 { "-" } else { "" };
    let sym = m.currency.symbol();
    let (value, unit) = match locale {
        Locale::Zh if abs >= 1e8 => (abs / 1e8, "亿"),
        Locale::Zh if abs >= 1e4 => (abs / 1e4, "万"),
        Locale::En if abs >= 1e9 => (abs / 1e9, "B"),
        Locale::En if abs >= 1e6 => (abs / 1e6, "M"),
        Locale::En if abs >= 1e3 => (abs / 1e3, "K"),
        _ => return format!("{sign}{sym}{}", group(abs.round() as u128)),
    };
    format!("{sign}{sym}{value:.2}{unit}")
}

/// `63.2%` from a ratio in 0..=1.
pub fn percent(ratio: f64) -> String {
    if ratio.is_finite() {
        format!("{:.1}%", ratio * 100.0)
    } else {
        "—".into()
    }
}

const EN_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// zh `2026年11月27日`, en `Nov 27, 2026`.
pub fn date(d: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Locale::En => format!("{} {}, {}", EN_MONTHS[d.month0() as usize], d.day(), d.year()),
    }
}

fn local(t: Timestamp, offset: FixedOffset) -> DateTime<FixedOffset> {
    t.with_timezone(&offset)
}

/// zh `11月27日 14:30`, en `Nov 27, 2:30 PM`.
pub fn datetime_short(t: Timestamp, offset: FixedOffset, locale: Locale) -> String {
    let l = local(t, offset);
    match locale {
        Locale::Zh => format!("{}月{}日 {:02}:{:02}", l.month(), l.day(), l.hour(), l.minute()),
        Locale::En => {
            let (pm, h12) = l.hour12();
            let ampm = if pm { "PM" } else { "AM" };
            format!("{} {}, {}:{:02} {}", EN_MONTHS[l.month0() as usize], l.day(), h12, l.minute(), ampm)
        }
    }
}

/// Full date of a timestamp in local time.
pub fn timestamp_date(t: Timestamp, offset: FixedOffset, locale: Locale) -> String {
    date(local(t, offset).date_naive(), locale)
}

/// "3 hours ago" / "3 小时前"; beyond a week the absolute date.
pub fn relative(t: Timestamp, now: Timestamp, offset: FixedOffset, locale: Locale) -> String {
    let secs = (now - t).num_seconds();
    let future = secs < 0;
    let s = secs.unsigned_abs();
    let (n, unit_en, unit_zh) = match s {
        0..=59 => return if locale == Locale::Zh { "刚刚".into() } else { "just now".into() },
        60..=3599 => (s / 60, "minute", "分钟"),
        3600..=86_399 => (s / 3600, "hour", "小时"),
        86_400..=604_799 => (s / 86_400, "day", "天"),
        _ => return timestamp_date(t, offset, locale),
    };
    match (locale, future) {
        (Locale::Zh, false) => format!("{n} {unit_zh}前"),
        (Locale::Zh, true) => format!("{n} {unit_zh}后"),
        (Locale::En, f) => {
            let plural = if n == 1 { "" } else { "s" };
            if f {
                format!("in {n} {unit_en}{plural}")
            } else {
                format!("{n} {unit_en}{plural} ago")
            }
        }
    }
}

/// Bytes as `1.2 MB`.
pub fn bytes(n: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = n.max(0.0);
    let mut i = 0;
    while v >= 1024.0 && i < UNITS.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{v:.0} {}", UNITS[i])
    } else {
        format!("{v:.1} {}", UNITS[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;
    use chrono::{TimeZone, Utc};

    #[test]
    fn money_formats() {
        assert_eq!(money(Money::cny(123_456_789)), "¥1,234,567.89");
        assert_eq!(money(Money::cny(-5)), "-¥0.05");
        assert_eq!(money(Money::new(100, Currency::USD)), "$1.00");
        assert_eq!(money_compact(Money::cny(123_456_000), Locale::Zh), "¥123.46万");
        assert_eq!(money_compact(Money::cny(12_300_000_000), Locale::Zh), "¥1.23亿");
        assert_eq!(money_compact(Money::cny(123_456_000), Locale::En), "¥1.23M");
        assert_eq!(money_compact(Money::cny(99_900), Locale::Zh), "¥999");
    }

    #[test]
    fn dates_format_per_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(date(d, Locale::Zh), "2026年11月27日");
        assert_eq!(date(d, Locale::En), "Nov 27, 2026");
        let t = Utc.with_ymd_and_hms(2026, 11, 27, 6, 30, 0).unwrap();
        let cst = FixedOffset::east_opt(8 * 3600).unwrap();
        assert_eq!(datetime_short(t, cst, Locale::Zh), "11月27日 14:30");
        assert_eq!(datetime_short(t, cst, Locale::En), "Nov 27, 2:30 PM");
        let later = t + chrono::Duration::hours(3);
        assert_eq!(relative(t, later, cst, Locale::Zh), "3 小时前");
        assert_eq!(relative(t, later, cst, Locale::En), "3 hours ago");
    }

    #[test]
    fn grouping_and_percent() {
        assert_eq!(int(-1_234_567), "-1,234,567");
        assert_eq!(int(999), "999");
        assert_eq!(percent(0.632), "63.2%");
    }
}
