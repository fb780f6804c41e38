//! Reading stored timestamps quickly. Records hold dozens of them and chrono
//! reads each through its general format parser, which was a third of the
//! time spent decoding a large workspace. Stored times are always written as
//! `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, so that shape is read by hand and
//! anything else (an offset such as `+08:00` from an edited file) goes to
//! chrono as before.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{self, Deserializer, Visitor};

use super::Timestamp;

/// `s` as a UTC timestamp, or `None` when chrono would not read it either.
pub fn parse(s: &str) -> Option<Timestamp> {
    // chrono's own reading (what serde used before) covers the rest, such as
    // offsets and years beyond four digits.
    parse_utc(s.as_bytes()).or_else(|| s.parse::<DateTime<Utc>>().ok())
}

/// The common shape only: `YYYY-MM-DDTHH:MM:SS`, up to nine fraction digits, `Z`.
fn parse_utc(b: &[u8]) -> Option<Timestamp> {
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    let year = num(0, 4)? as i32;
    let (month, day) = (num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    let mut nanos = 0u32;
    let mut at = 19;
    if b[at] == b'.' {
        let digits = b[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        nanos = num(at + 1, at + 1 + digits)? * 10u32.pow((9 - digits) as u32);
        at += 1 + digits;
    }
    // A leap second (60) is left to chrono, which knows how to hold it.
    if &b[at..] != b"Z" || second > 59 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)?.and_hms_nano_opt(hour, minute, second, nanos).map(|t| t.and_utc())
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 date and time")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Timestamp, E> {
        parse(s).ok_or_else(|| E::invalid_value(de::Unexpected::Str(s), &self))
    }
}

/// `#[serde(deserialize_with = "…::de")]` for a `Timestamp` field.
pub fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
    d.deserialize_str(TimestampVisitor)
}

struct OptVisitor;

impl<'de> Visitor<'de> for OptVisitor {
    type Value = Option<Timestamp>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 date and time or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        de(d).map(Some)
    }
}

/// `#[serde(default, deserialize_with = "…::de_opt")]` for an
/// `Option<Timestamp>` field (`default` keeps a missing field `None`).
pub fn de_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Timestamp>, D::Error> {
    d.deserialize_option(OptVisitor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    #[test]
    fn reads_the_stored_shape_and_falls_back_for_offsets() {
        let t = Utc.with_ymd_and_hms(2026, 11, 27, 9, 30, 5).unwrap();
        assert_eq!(parse("2026-11-27T09:30:05Z"), Some(t));
        assert_eq!(parse("2026-11-27T17:30:05+08:00"), Some(t));
        assert_eq!(parse("2026-11-27T09:30:05.250Z"), Some(t + chrono::Duration::milliseconds(250)));
        assert_eq!(parse("2026-02-30T09:30:05Z"), None);
        assert_eq!(parse("2026-11-27 09:30"), None);
        assert_eq!(parse("2026-11-27T09:30:05.Z"), None);
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Row {
        #[serde(deserialize_with = "de")]
        at: Timestamp,
        #[serde(default, deserialize_with = "de_opt")]
        due: Option<Timestamp>,
    }

    #[test]
    fn optional_fields_accept_null_and_absence_and_errors_name_the_value() {
        let row: Row = serde_json::from_str(r#"{"at":"2026-11-27T09:30:05Z"}"#).unwrap();
        assert_eq!(row.due, None);
        let row: Row = serde_json::from_str(r#"{"at":"2026-11-27T09:30:05Z","due":null}"#).unwrap();
        assert_eq!(row.due, None);
        let row: Row = serde_json::from_str(r#"{"at":"2026-11-27T09:30:05Z","due":"2026-11-28T00:00:00Z"}"#).unwrap();
        assert_eq!(row.due, Some(Utc.with_ymd_and_hms(2026, 11, 28, 0, 0, 0).unwrap()));
        let err = serde_json::from_str::<Row>(r#"{"at":"yesterday"}"#).unwrap_err().to_string();
        assert!(err.contains("yesterday"), "{err}");
    }

    proptest! {
        /// Whatever chrono writes, the fast path reads back the same instant.
        #[test]
        fn reads_back_what_chrono_writes(secs in -300_000_000_000i64..300_000_000_000, nanos in 0u32..1_000_000_000) {
            let t = DateTime::from_timestamp(secs, nanos).unwrap();
            let written = serde_json::to_string(&t).unwrap();
            prop_assert_eq!(parse(written.trim_matches('"')), Some(t));
            prop_assert_eq!(parse(&t.to_rfc3339()), Some(t));
        }
    }
}
