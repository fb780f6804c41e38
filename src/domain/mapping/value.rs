//! Cell text → typed values, in the forms spreadsheets and other CRMs write.
//! Every parser treats an empty cell as `Ok(None)`; the caller decides
//! whether the field is required.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use super::plan::Reason;
use super::text::{fold, half_width};
use crate::domain::input::parse_money;
use crate::domain::{Currency, Timestamp};

/// How to read dates whose year comes last: 01/03/2024 is 1 March (day
/// first, most of the world) or 3 January (month first, the US). Dates with
/// the year first (2024-03-01, 2024/3/1, 2024年3月1日) are always Y-M-D.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DateOrder {
    #[default]
    DayFirst,
    MonthFirst,
}

/// A date, with or without a time after it (the time is ignored).
pub fn parse_date(text: &str, order: DateOrder) -> Result<Option<NaiveDate>, Reason> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let (date, _) = split_time(t);
    date_part(date, order).map(Some)
}

/// A point in time. A date alone means local midnight; a time without a
/// zone is local time at `utc_offset_minutes` (the user's zone); an explicit
/// `Z` or `+08:00` wins.
pub fn parse_timestamp(text: &str, order: DateOrder, utc_offset_minutes: i32) -> Result<Option<Timestamp>, Reason> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let (date, time) = split_time(t);
    let date = date_part(date, order)?;
    let (time, zone) = match time {
        Some(tm) => time_part(tm)?,
        None => (NaiveTime::MIN, None),
    };
    let seconds = zone.unwrap_or(utc_offset_minutes).checked_mul(60).ok_or(Reason::NotADate)?;
    let offset = FixedOffset::east_opt(seconds).ok_or(Reason::NotADate)?;
    let local = NaiveDateTime::new(date, time);
    match offset.from_local_datetime(&local).single() {
        Some(at) => Ok(Some(at.to_utc())),
        None => Err(Reason::NoSuchDate),
    }
}

/// "2024-03-01T09:30" / "2024/3/1 9:30" → (date, Some(time)).
fn split_time(t: &str) -> (&str, Option<&str>) {
    if let Some((d, rest)) = t.split_once(char::is_whitespace) {
        return (d, Some(rest.trim()));
    }
    match t.find('T') {
        Some(i) if i >= 8 => (&t[..i], Some(&t[i + 1..])),
        _ => (t, None),
    }
}

fn date_part(t: &str, order: DateOrder) -> Result<NaiveDate, Reason> {
    let t = half_width_text(t);
    let parts: Vec<&str> = t.split(['-', '/', '.', '年', '月', '日']).filter(|p| !p.is_empty()).collect();
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let (y, m, d) = match parts.as_slice() {
        [compact] if compact.len() == 8 && all_digits(compact) => (&compact[..4], &compact[4..6], &compact[6..]),
        [a, b, c] if [a, b, c].iter().all(|p| all_digits(p)) => match (a.len(), c.len()) {
            (4, 1..=2) => (*a, *b, *c),
            (1..=2, 2 | 4) if b.len() <= 2 => match order {
                DateOrder::DayFirst => (*c, *b, *a),
                DateOrder::MonthFirst => (*c, *a, *b),
            },
            _ => return Err(Reason::NotADate),
        },
        _ => return Err(Reason::NotADate),
    };
    let num = |s: &str| s.parse::<u32>().map_err(|_| Reason::NotADate);
    let mut year = num(y)? as i32;
    if y.len() == 2 {
        // Two-digit years pivot like POSIX %y: 00–68 → 2000s, 69–99 → 1900s.
        year += if year < 69 { 2000 } else { 1900 };
    }
    NaiveDate::from_ymd_opt(year, num(m)?, num(d)?).ok_or(Reason::NoSuchDate)
}

/// `s` with full-width forms made ASCII, copied only when it has any.
fn half_width_text(s: &str) -> Cow<'_, str> {
    match s.chars().any(|c| half_width(c) != c) {
        true => Cow::Owned(s.chars().map(half_width).collect()),
        false => Cow::Borrowed(s),
    }
}

/// "9:30", "09:30:15", "09:30:15.250Z", "2:30 PM", "下午2:30", "10:00+08:00"
/// → (time, zone offset in minutes if written).
fn time_part(t: &str) -> Result<(NaiveTime, Option<i32>), Reason> {
    let mut s: String = t.chars().map(half_width).filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    let mut pm = None;
    for (mark, is_pm) in [("PM", true), ("AM", false), ("下午", true), ("上午", false)] {
        if let Some(rest) = s.strip_suffix(mark).or_else(|| s.strip_prefix(mark)) {
            pm = Some(is_pm);
            s = rest.to_string();
            break;
        }
    }
    let (clock, zone) = split_zone(&s)?;
    let mut fields = clock.split(':');
    let h: u32 = fields.next().and_then(digits).ok_or(Reason::NotADate)?;
    let m: u32 = fields.next().and_then(digits).ok_or(Reason::NotADate)?;
    let (sec, nano) = match fields.next() {
        None => (0, 0),
        Some(x) => seconds(x)?,
    };
    if fields.next().is_some() {
        return Err(Reason::NotADate);
    }
    let h = match pm {
        Some(_) if !(1..=12).contains(&h) => return Err(Reason::NoSuchDate),
        Some(true) => h % 12 + 12,
        Some(false) => h % 12,
        None => h,
    };
    let time = NaiveTime::from_hms_nano_opt(h, m, sec, nano).ok_or(Reason::NoSuchDate)?;
    Ok((time, zone))
}

fn split_zone(s: &str) -> Result<(&str, Option<i32>), Reason> {
    if let Some(clock) = s.strip_suffix('Z') {
        return Ok((clock, Some(0)));
    }
    let Some(i) = s.rfind(['+', '-']) else { return Ok((s, None)) };
    let (clock, zone) = s.split_at(i);
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let z = zone[1..].replace(':', "");
    if !z.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reason::NotADate);
    }
    let (h, m) = match z.len() {
        2 => (digits(&z).ok_or(Reason::NotADate)?, 0),
        4 => (digits(&z[..2]).ok_or(Reason::NotADate)?, digits(&z[2..]).ok_or(Reason::NotADate)?),
        _ => return Err(Reason::NotADate),
    };
    Ok((clock, Some(sign * (h * 60 + m) as i32)))
}

fn seconds(x: &str) -> Result<(u32, u32), Reason> {
    let (whole, frac) = x.split_once('.').unwrap_or((x, ""));
    let sec = digits(whole).ok_or(Reason::NotADate)?;
    if frac.is_empty() {
        return Ok((sec, 0));
    }
    if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reason::NotADate);
    }
    let nano = format!("{frac:0<9}").parse().map_err(|_| Reason::NotADate)?;
    Ok((sec, nano))
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A whole number such as "1,200" or "1200.00" (spreadsheets add the
/// decimals). Negative numbers and fractions are refused.
pub fn parse_whole<T: TryFrom<u64>>(text: &str) -> Result<Option<T>, Reason> {
    let t: String = text.chars().map(half_width).filter(|c| !matches!(c, ',' | ' ' | '，')).collect();
    if t.is_empty() {
        return Ok(None);
    }
    let (int, frac) = t.split_once('.').unwrap_or((&t, ""));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b == b'0') {
        return Err(Reason::NotANumber);
    }
    let n: u64 = int.parse().map_err(|_| Reason::TooLarge)?;
    T::try_from(n).map(Some).map_err(|_| Reason::TooLarge)
}

/// An amount in `default` currency unless the cell names another:
/// "50000", "¥50,000.00", "USD 1,200", "1200 EUR", "50万" (ten-thousands,
/// as Chinese spreadsheets often write budgets). Minor units via
/// `input::parse_money`, so the currency's exponent is respected.
pub fn parse_amount_in(text: &str, default: Currency) -> Result<Option<(i64, Currency)>, Reason> {
    let t = half_width_text(text);
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let (currency, rest) = split_currency(t, default);
    let (rest, scale) = match rest.strip_suffix('万') {
        Some(r) => (r.trim(), 10_000),
        None => (rest, 1),
    };
    match parse_money(rest, currency) {
        Ok(Some(minor)) => minor.checked_mul(scale).map(|m| Some((m, currency))).ok_or(Reason::TooLarge),
        _ => Err(Reason::NotAnAmount),
    }
}

/// Codes recognised in a cell; any other three letters are not taken for a
/// currency ("100 pcs" is not an amount in PCS).
const KNOWN_CODES: [&str; 14] =
    ["CNY", "USD", "EUR", "GBP", "JPY", "HKD", "KRW", "TWD", "SGD", "AUD", "CAD", "CHF", "INR", "RMB"];

fn split_currency(t: &str, default: Currency) -> (Currency, &str) {
    let t = t.trim_end_matches('元').trim();
    for (sym, code) in [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP")] {
        if let Some(rest) = t.strip_prefix(sym) {
            return (Currency::parse(code).unwrap_or(default), rest.trim());
        }
    }
    // ¥ is the yuan and the yen alike; the workspace currency decides.
    if let Some(rest) = t.strip_prefix(['¥', '￥']) {
        let c = if default.code() == "JPY" { default } else { Currency::CNY };
        return (c, rest.trim());
    }
    let code_at = |s: &str| {
        let code = s.get(..3).filter(|c| c.bytes().all(|b| b.is_ascii_alphabetic()))?.to_ascii_uppercase();
        let code = if code == "RMB" { "CNY".to_string() } else { code };
        KNOWN_CODES.contains(&code.as_str()).then(|| Currency::parse(&code)).flatten()
    };
    if let Some(c) = code_at(t) {
        return (c, t[3..].trim());
    }
    if t.len() >= 3 && t.is_char_boundary(t.len() - 3) {
        if let Some(c) = code_at(&t[t.len() - 3..]) {
            return (c, t[..t.len() - 3].trim());
        }
    }
    (default, t)
}

/// Labels that name the values of an enum (codes, English and Chinese
/// labels, other CRMs' words), compared after folding.
#[derive(Clone, Debug)]
pub struct Choices<E: Copy> {
    entries: HashMap<String, E>,
}

impl<E: Copy> Choices<E> {
    pub fn new(names: &[(E, &str)]) -> Choices<E> {
        let mut c = Choices { entries: HashMap::with_capacity(names.len()) };
        for (value, name) in names {
            c.add(*value, name);
        }
        c
    }
    /// Adds a name (e.g. the app's translated label). Earlier names win.
    pub fn add(&mut self, value: E, name: &str) {
        let key = fold(name);
        if !key.is_empty() {
            self.entries.entry(key).or_insert(value);
        }
    }
    pub fn parse(&self, text: &str) -> Result<Option<E>, Reason> {
        let key = fold(text);
        if key.is_empty() {
            return Ok(None);
        }
        self.entries.get(&key).map(|v| Some(*v)).ok_or(Reason::NotAChoice)
    }
}
