//! Shared generator state: the seeded random source, the reference "now", the
//! language, and indexes of what has been generated so later stages can link
//! to earlier records without searching (Large has ~100k records).

use std::ops::Range;

use chrono::{Duration, NaiveDate, NaiveTime};

use super::names::{Pair, FIRST_EN, GIVEN_ZH, LAST_EN, SURNAMES_ZH};
use super::Lang;
use crate::domain::id::{IdGen, Rng};
use crate::domain::{Collections, Id, Money, Timestamp};


/// Deal sizes in yuan at every 1/32 quantile of a log-normal (median ≈ ¥90k,
/// clipped to ¥5k–¥2M). Interpolating a table keeps generation free of
/// floating-point `exp`/`ln`, whose last bits may differ between platforms.
const DEAL_QUANTILES: [i64; 33] = [
    5_000, 10_600, 15_400, 19_800, 24_000, 28_200, 32_400, 36_900, 41_400, 46_200, 51_300, 56_700, 62_400, 68_500,
    75_100, 82_200, 90_000, 98_500, 107_800, 118_200, 129_800, 142_900, 157_900, 175_200, 195_500, 219_800, 249_600,
    287_500, 337_900, 409_700, 525_300, 766_600, 2_000_000,
];

pub(super) struct Gen {
    pub rng: Rng,
    ids: IdGen,
    pub now: Timestamp,
    pub today: NaiveDate,
    pub lang: Lang,
}

impl Gen {
    pub fn new(seed: u64, lang: Lang, now: Timestamp) -> Gen {
        // Content and id bits come from different streams, so the ids do not
        // repeat the numbers that chose names and amounts.
        Gen {
            rng: Rng::new(seed ^ 0x0DE3_0DA7_A5A1_E5F1),
            ids: IdGen::new(seed.rotate_left(29) ^ 0x1D5_F00D_CAFE_0007),
            now,
            today: now.date_naive(),
            lang,
        }
    }

    pub fn id(&mut self, created_at: Timestamp) -> Id {
        self.ids.next(created_at)
    }

    pub fn zh(&self) -> bool {
        self.lang == Lang::Zh
    }

    pub fn t(&self, text: Pair) -> &'static str {
        match self.lang {
            Lang::Zh => text.0,
            Lang::En => text.1,
        }
    }

    pub fn pick_t(&mut self, pool: &[Pair]) -> &'static str {
        let p = *self.rng.pick(pool);
        self.t(p)
    }

    pub fn pick<T: Copy>(&mut self, pool: &[T]) -> T {
        *self.rng.pick(pool)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.rng.below(n as u64) as usize
    }

    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        self.rng.range_i64(lo, hi)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.rng.chance(percent)
    }

    /// Index drawn with the given relative weights.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|w| *w as u64).sum();
        let mut x = self.rng.below(total.max(1));
        for (i, w) in weights.iter().enumerate() {
            if x < *w as u64 {
                return i;
            }
            x -= *w as u64;
        }
        weights.len().saturating_sub(1)
    }

    /// Deal amount in yuan, rounded to ¥100.
    pub fn deal_yuan(&mut self) -> i64 {
        let bin = self.below(32);
        let (lo, hi) = (DEAL_QUANTILES[bin], DEAL_QUANTILES[bin + 1]);
        let v = lo + (hi - lo) * self.range(0, 999) / 1000;
        (v / 100).max(50) * 100
    }

    /// Company head count: many small firms, a few large ones.
    pub fn employees(&mut self) -> u32 {
        const BANDS: [(i64, i64); 5] = [(20, 99), (100, 499), (500, 1_999), (2_000, 9_999), (10_000, 50_000)];
        let (lo, hi) = BANDS[self.weighted(&[30, 35, 20, 11, 4])];
        let v = self.range(lo, hi);
        // Round like people do when they fill in a form.
        let step = if v >= 1_000 {
            100
        } else if v >= 100 {
            10
        } else {
            1
        };
        (v / step * step) as u32
    }

    /// A moment during Chinese office hours (09:00–18:30 CST) on `date`.
    pub fn at_on(&mut self, date: NaiveDate) -> Timestamp {
        let secs = 3_600 + self.range(0, 9 * 3_600 + 1_800);
        let midnight = date.and_time(NaiveTime::MIN).and_utc();
        midnight + Duration::seconds(secs)
    }

    /// Like [`Gen::at_on`], but never after now (for events dated today).
    pub fn at_on_past(&mut self, date: NaiveDate) -> Timestamp {
        let t = self.at_on(date);
        self.not_after_now(t)
    }

    pub fn date_ago(&mut self, lo_days: i64, hi_days: i64) -> NaiveDate {
        self.today - Duration::days(self.range(lo_days, hi_days))
    }

    pub fn date_ahead(&mut self, lo_days: i64, hi_days: i64) -> NaiveDate {
        self.today + Duration::days(self.range(lo_days, hi_days))
    }

    /// A past moment `lo..=hi` days ago, never after now.
    pub fn ago(&mut self, lo_days: i64, hi_days: i64) -> Timestamp {
        let d = self.date_ago(lo_days, hi_days);
        let t = self.at_on(d);
        self.not_after_now(t)
    }

    pub fn not_after_now(&self, t: Timestamp) -> Timestamp {
        if t > self.now {
            self.now - Duration::minutes(5)
        } else {
            t
        }
    }

    /// Uniform moment in `[a, b]` (returns `a` when the span is empty).
    pub fn between(&mut self, a: Timestamp, b: Timestamp) -> Timestamp {
        let span = (b - a).num_seconds();
        if span <= 0 {
            return a;
        }
        a + Duration::seconds(self.range(0, span))
    }

    /// Display name plus an ASCII e-mail local part.
    pub fn person_name(&mut self) -> (String, String) {
        match self.lang {
            Lang::Zh => {
                let (s, sp) = self.pick(SURNAMES_ZH);
                let (g, gp) = self.pick(GIVEN_ZH);
                (format!("{s}{g}"), format!("{gp}.{sp}"))
            }
            Lang::En => {
                let f = self.pick(FIRST_EN);
                let l = self.pick(LAST_EN);
                (format!("{f} {l}"), format!("{}.{}", f.to_lowercase(), l.to_lowercase()))
            }
        }
    }

    /// Mainland mobile number (the demo is set in China in both languages).
    pub fn phone(&mut self) -> String {
        let prefix = self.pick(&[135u32, 136, 137, 138, 139, 150, 151, 158, 186, 188, 177, 199]);
        let a = self.range(0, 9999);
        let b = self.range(0, 9999);
        match self.lang {
            Lang::Zh => format!("{prefix}{a:04}{b:04}"),
            Lang::En => format!("+86 {prefix} {a:04} {b:04}"),
        }
    }
}

pub(super) fn cny_yuan(yuan: i64) -> Money {
    Money::cny(yuan * 100)
}

pub(super) struct CityRef {
    pub org_id: Id,
    pub region: usize,
    pub name: &'static str,
    pub lat_ud: i64,
    pub lon_ud: i64,
    /// Reps based in this city (indexes into `World::reps`).
    pub reps: Vec<usize>,
}

pub(super) struct RegionRef {
    pub org_id: Id,
    pub name: &'static str,
}

pub(super) struct RepRef {
    pub id: Id,
    /// Unavailable reps get no new leads.
    pub available: bool,
}

pub(super) struct ProductRef {
    pub id: Id,
    pub list_minor: i64,
    pub name: &'static str,
}

pub(super) struct AccountRef {
    pub id: Id,
    pub city: usize,
    pub owner: usize,
    pub contacts: Range<usize>,
    /// Blacklisted or low credit: contracts carry a deposit clause.
    pub risky: bool,
    /// Stopped buying more than a year ago (feeds the churned RFM tier).
    pub churned: bool,
    /// Has at least one order.
    pub customer: bool,
    pub short_name: String,
    pub created_at: Timestamp,
}

/// What later stages need to know about a deal, by position in `data.deals`.
pub(super) struct DealRef {
    pub account: usize,
    pub closed_at: Option<Timestamp>,
    pub accepted_quote: Option<Id>,
    pub latest_quote: Option<Id>,
    pub contract: Option<Id>,
}

/// Functional roles, one person each.
pub(super) struct Staff {
    pub vp: Id,
    pub director: Id,
    pub finance: Id,
    pub legal: Id,
    pub admin: Id,
}

/// Everything generated so far plus the indexes above.
pub(super) struct World {
    pub data: Collections,
    pub company_id: Id,
    pub regions: Vec<RegionRef>,
    pub cities: Vec<CityRef>,
    pub reps: Vec<RepRef>,
    pub supervisors: Vec<Id>,
    pub staff: Staff,
    pub products: Vec<ProductRef>,
    pub accounts: Vec<AccountRef>,
    pub deals: Vec<DealRef>,
    pub segment_by_industry: Vec<Option<Id>>,
}

impl World {
    /// Ids are placeholders until `people::build` has run, which is always first.
    pub fn new() -> World {
        let nil = Id::from_u128(0);
        World {
            data: Collections::default(),
            company_id: nil,
            regions: Vec::new(),
            cities: Vec::new(),
            reps: Vec::new(),
            supervisors: Vec::new(),
            staff: Staff { vp: nil, director: nil, finance: nil, legal: nil, admin: nil },
            products: Vec::new(),
            accounts: Vec::new(),
            deals: Vec::new(),
            segment_by_industry: Vec::new(),
        }
    }
}
