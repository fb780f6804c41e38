use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// ISO 4217 code, stored as three ASCII capitals so it is `Copy`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const CNY: Currency = Currency(*b"CNY");
    pub const USD: Currency = Currency(*b"USD");
    pub const EUR: Currency = Currency(*b"EUR");

    pub fn parse(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() == 3 && b.iter().all(|c| c.is_ascii_uppercase()) {
            Some(Currency([b[0], b[1], b[2]]))
        } else {
            None
        }
    }
    pub fn code(&self) -> &str {
        // Only ASCII capitals can be constructed, so this cannot fail.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
    /// Symbol shown before amounts; codes without a well-known symbol show the code.
    pub fn symbol(&self) -> &str {
        match &self.0 {
            b"CNY" => "¥",
            b"USD" => "$",
            b"EUR" => "€",
            b"GBP" => "£",
            b"JPY" => "JP¥",
            b"HKD" => "HK$",
            _ => self.code(),
        }
    }
    /// Minor units per major unit. All supported currencies use two decimals
    /// except JPY; the exponent is part of the currency, not of the amount.
    pub fn exponent(&self) -> u32 {
        match &self.0 {
            b"JPY" | b"KRW" => 0,
            _ => 2,
        }
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::CNY
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Currency::parse(&text).ok_or_else(|| {
            de::Error::custom(format!("\"{text}\" is not a currency code (three capital letters, e.g. CNY)"))
        })
    }
}

/// Exact money: integer minor units (fen, cents) plus the currency. Never floats.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, Default)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }
    pub fn cny(minor: i64) -> Money {
        Money::new(minor, Currency::CNY)
    }
    pub fn zero(currency: Currency) -> Money {
        Money::new(0, currency)
    }
    /// Sum in one currency; `None` when currencies differ, so mixed sums are never silent.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        self.minor.checked_add(other.minor).map(|m| Money::new(m, self.currency))
    }
    /// `self × percent / 100`, rounded half away from zero, in i128 to avoid overflow.
    pub fn percent(self, percent: u32) -> Money {
        Money::new(saturate(div_round(self.minor as i128 * percent as i128, 100)), self.currency)
    }
}

/// An amount as a person types it in major units ("50000", "1,200.5",
/// "1 200") → minor units (two decimals). Empty → `Ok(None)`; anything else
/// that is not a non-negative number with at most two decimals → `Err`.
pub fn parse_amount(text: &str) -> Result<Option<i64>, ()> {
    let t = text.trim().replace([',', '，', ' '], "");
    if t.is_empty() {
        return Ok(None);
    }
    let (int, frac) = t.split_once('.').unwrap_or((&t, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) || frac.len() > 2 {
        return Err(());
    }
    let whole: i64 = if int.is_empty() { 0 } else { int.parse().map_err(|_| ())? };
    let cents: i64 = format!("{frac:0<2}").parse().map_err(|_| ())?;
    whole.checked_mul(100).and_then(|w| w.checked_add(cents)).map(Some).ok_or(())
}

/// i128 → i64, clamping instead of wrapping on absurd totals.
pub fn saturate(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

/// Integer division rounding half away from zero (the commercial rule).
pub fn div_round(n: i128, d: i128) -> i128 {
    if d == 0 {
        return 0;
    }
    let q = n / d;
    let r = n % d;
    if 2 * r.abs() >= d.abs() {
        q + if (n < 0) != (d < 0) { -1 } else { 1 }
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_currencies_do_not_add() {
        assert_eq!(Money::cny(100).checked_add(Money::new(1, Currency::USD)), None);
        assert_eq!(Money::cny(100).checked_add(Money::cny(50)), Some(Money::cny(150)));
    }

    #[test]
    fn percent_rounds_half_away_from_zero() {
        assert_eq!(Money::cny(250).percent(1).minor, 3); // 2.5 -> 3
        assert_eq!(Money::cny(-250).percent(1).minor, -3);
        assert_eq!(Money::cny(249).percent(1).minor, 2);
        assert_eq!(Money::cny(12_345).percent(75).minor, 9_259); // 9258.75
    }

    #[test]
    fn typed_amounts_parse_to_minor_units() {
        assert_eq!(parse_amount(""), Ok(None));
        assert_eq!(parse_amount("50000"), Ok(Some(5_000_000)));
        assert_eq!(parse_amount("1,200.5"), Ok(Some(120_050)));
        assert_eq!(parse_amount("0.05"), Ok(Some(5)));
        assert_eq!(parse_amount("abc"), Err(()));
        assert_eq!(parse_amount("1.234"), Err(()));
        assert_eq!(parse_amount("-5"), Err(()));
        assert_eq!(parse_amount("99999999999999999999"), Err(()));
    }

    #[test]
    fn currency_codes_validate() {
        assert!(Currency::parse("CNY").is_some());
        assert!(Currency::parse("cny").is_none());
        assert!(Currency::parse("YUAN").is_none());
        let bad: Result<Currency, _> = serde_json::from_str("\"rmb\"");
        assert!(bad.is_err());
    }
}
