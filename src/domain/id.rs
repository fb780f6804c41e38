use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

use super::clock::Timestamp;

/// Record identifier: a UUID v7, so ids sort by creation time and stay unique
/// across devices when two people merge their exports.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(Uuid);

impl Id {
    pub fn parse(text: &str) -> Option<Id> {
        Uuid::parse_str(text).ok().map(Id)
    }
    pub fn from_u128(v: u128) -> Id {
        Id(Uuid::from_u128(v))
    }
    pub fn as_u128(&self) -> u128 {
        self.0.as_u128()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.hyphenated())
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.0.hyphenated())
    }
}

/// Small, seedable PRNG (splitmix64). The demo generator needs determinism and
/// the app needs ids without pulling an OS random source into the pure layer;
/// the UI seeds it from the browser's crypto.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0); the tiny modulo bias is irrelevant for demo data.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
    pub fn range_i64(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            lo
        } else {
            lo + self.below((hi - lo) as u64 + 1) as i64
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Generates UUID v7 ids from a caller-supplied time (the app clock).
#[derive(Clone, Debug)]
pub struct IdGen {
    rng: Rng,
    last_ms: u64,
    counter: u16,
}

impl IdGen {
    pub fn new(seed: u64) -> IdGen {
        IdGen { rng: Rng::new(seed), last_ms: 0, counter: 0 }
    }

    pub fn next(&mut self, now: Timestamp) -> Id {
        let ms = now.timestamp_millis().max(0) as u64;
        // Ids keep sorting in creation order even when the (simulated) clock
        // stands still or goes back: reuse the last millisecond with a 12-bit
        // counter, and move on a millisecond when the counter is spent.
        if ms > self.last_ms {
            self.last_ms = ms;
            self.counter = 0;
        } else if self.counter < 0x0fff {
            self.counter += 1;
        } else {
            self.last_ms += 1;
            self.counter = 0;
        }
        let ms = self.last_ms;
        let r = self.rng.next_u64().to_be_bytes();
        let c = self.counter.to_be_bytes();
        let bytes = [c[0] & 0x0f, c[1], r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]];
        Id(uuid::Builder::from_unix_timestamp_millis(ms, &bytes).into_uuid())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn ids_are_v7_and_ordered() {
        let mut g = IdGen::new(7);
        let t = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let a = g.next(t);
        let b = g.next(t);
        let c = g.next(t + chrono::Duration::milliseconds(1));
        assert!(a < b && b < c);
        assert_eq!(a.0.get_version_num(), 7);
        assert_eq!(Id::parse(&a.to_string()), Some(a));
        assert_eq!(Id::parse("not-a-uuid"), None);
    }

    #[test]
    fn ids_stay_ordered_when_the_clock_stands_still_or_goes_back() {
        let mut g = IdGen::new(1);
        let t = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let mut last = g.next(t);
        for i in 0..10_000 {
            let at = if i % 3 == 0 { t - chrono::Duration::seconds(5) } else { t };
            let id = g.next(at);
            assert!(id > last, "id {i} out of order");
            last = id;
        }
    }

    #[test]
    fn same_seed_same_ids() {
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut a = IdGen::new(42);
        let mut b = IdGen::new(42);
        assert_eq!(a.next(t), b.next(t));
    }
}
