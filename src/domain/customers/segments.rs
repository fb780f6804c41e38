//! The named RFM segments, a second view of the same scores: the common
//! recency × frequency-monetary grid. FM is `floor((F + M) / 2)`.
//!
//! ```text
//!  FM →      1            2              3              4          5
//!  R=5   New          Potential loyalist  Potential loyalist  Champions  Champions
//!  R=4   Promising    Potential loyalist  Potential loyalist  Loyal      Loyal
//!  R=3   About to sleep  About to sleep   Need attention      Loyal      Loyal
//!  R=2   Hibernating  Hibernating        At risk             At risk    Can't lose
//!  R=1   Lost         Hibernating        At risk             At risk    Can't lose
//! ```

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLose,
    Hibernating,
    Lost,
}

impl Segment {
    pub const ALL: [Segment; 11] = [
        Segment::Champions,
        Segment::Loyal,
        Segment::PotentialLoyalist,
        Segment::New,
        Segment::Promising,
        Segment::NeedAttention,
        Segment::AboutToSleep,
        Segment::AtRisk,
        Segment::CantLose,
        Segment::Hibernating,
        Segment::Lost,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable key; the UI words the segment and its suggested strategy from it.
    pub fn key(self) -> &'static str {
        match self {
            Segment::Champions => "champions",
            Segment::Loyal => "loyal",
            Segment::PotentialLoyalist => "potential_loyalist",
            Segment::New => "new",
            Segment::Promising => "promising",
            Segment::NeedAttention => "need_attention",
            Segment::AboutToSleep => "about_to_sleep",
            Segment::AtRisk => "at_risk",
            Segment::CantLose => "cant_lose",
            Segment::Hibernating => "hibernating",
            Segment::Lost => "lost",
        }
    }
}

/// The grid above; scores outside 1–5 are clamped into it.
pub fn segment_of(r: u8, f: u8, m: u8) -> Segment {
    use Segment as S;
    let r = r.clamp(1, 5);
    let fm = ((u16::from(f.clamp(1, 5)) + u16::from(m.clamp(1, 5))) / 2) as u8;
    // Row by row, top of the grid first.
    match r {
        5 => match fm {
            1 => S::New,
            2 | 3 => S::PotentialLoyalist,
            _ => S::Champions,
        },
        4 => match fm {
            1 => S::Promising,
            2 | 3 => S::PotentialLoyalist,
            _ => S::Loyal,
        },
        3 => match fm {
            1 | 2 => S::AboutToSleep,
            3 => S::NeedAttention,
            _ => S::Loyal,
        },
        _ => match fm {
            1 if r == 1 => S::Lost,
            1 | 2 => S::Hibernating,
            3 | 4 => S::AtRisk,
            _ => S::CantLose,
        },
    }
}
