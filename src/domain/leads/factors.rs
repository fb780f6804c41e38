//! The four scoring factors. Each gives 0–100 and names the reasons it gave
//! points (or none) for; a reason's points add up to the factor's score
//! exactly. The same code serves the fast score (reasons dropped unbuilt) and
//! the breakdown (reasons collected), so the two cannot disagree.

use super::reasons::{BudgetBand, ReasonKind, Sink, TimelineBand};
use super::rules::LeadRules;
use super::text::{folds_to, Folded};
use crate::domain::{EngagementKind, Lead, Timestamp};

/// Points within "need fit"; together 100.
pub const FIT_INDUSTRY: i32 = 40;
pub const FIT_SIZE: i32 = 30;
pub const FIT_BUDGET: i32 = 15;
pub const FIT_CYCLE: i32 = 15;

/// In `settings.leads.engagement.points` order.
pub const ENGAGEMENT_KINDS: [EngagementKind; 4] =
    [EngagementKind::SiteVisit, EngagementKind::EmailOpen, EngagementKind::FormSubmit, EngagementKind::EventAttended];

fn kind_index(k: EngagementKind) -> usize {
    match k {
        EngagementKind::SiteVisit => 0,
        EngagementKind::EmailOpen => 1,
        EngagementKind::FormSubmit => 2,
        EngagementKind::EventAttended => 3,
    }
}

fn clamp(points: i32) -> u8 {
    points.clamp(0, 100) as u8
}

pub fn need_fit(r: &LeadRules, lead: &Lead, s: &mut impl Sink) -> u8 {
    let mut pts = 0;
    if lead.industry.trim().is_empty() {
        s.note(0, || ReasonKind::IndustryUnknown);
    } else if r.industries.iter().any(|i| folds_to(&lead.industry, i)) {
        pts += FIT_INDUSTRY;
        s.note(FIT_INDUSTRY, || ReasonKind::IndustryInIcp);
    } else {
        s.note(0, || ReasonKind::IndustryOutsideIcp);
    }
    match lead.employees {
        None => s.note(0, || ReasonKind::SizeUnknown),
        Some(n) if n >= r.employees.0 && (r.employees.1 == 0 || n <= r.employees.1) => {
            pts += FIT_SIZE;
            s.note(FIT_SIZE, || ReasonKind::SizeInIcp { employees: n });
        }
        Some(n) => s.note(0, || ReasonKind::SizeOutsideIcp { employees: n }),
    }
    match lead.budget {
        None => s.note(0, || ReasonKind::BudgetUnknown),
        Some(m) if m.currency != r.currency => s.note(0, || ReasonKind::BudgetOtherCurrency { currency: m.currency }),
        Some(m) if m.minor >= r.budget_min => {
            pts += FIT_BUDGET;
            s.note(FIT_BUDGET, || ReasonKind::BudgetFitsIcp { minor: m.minor });
        }
        Some(m) => s.note(0, || ReasonKind::BudgetBelowIcp { minor: m.minor }),
    }
    match lead.timeline_months {
        None => s.note(0, || ReasonKind::CycleUnknown),
        Some(t) if t <= r.cycle_max => {
            pts += FIT_CYCLE;
            s.note(FIT_CYCLE, || ReasonKind::CycleFitsIcp { months: t });
        }
        Some(t) => s.note(0, || ReasonKind::CycleBeyondIcp { months: t }),
    }
    clamp(pts)
}

pub fn authority(r: &LeadRules, title: &str, s: &mut impl Sink) -> u8 {
    let title = Folded::new(title);
    if title.as_str().is_empty() {
        s.note(0, || ReasonKind::TitleMissing);
        return 0;
    }
    match r.titles.best(title.as_str()) {
        Some((keyword, w)) => {
            let w = w.min(100);
            s.note(w as i32, || ReasonKind::TitleMatched { keyword: keyword.to_string() });
            w
        }
        None => {
            let w = r.unknown_title_weight.min(100);
            s.note(w as i32, || ReasonKind::TitleUnmatched);
            w
        }
    }
}

pub fn budget_band(minor: i64, icp_min: i64) -> BudgetBand {
    let (m, min) = (minor as i128, icp_min as i128);
    if m <= 0 {
        BudgetBand::None
    } else if m >= 2 * min {
        BudgetBand::TwiceIcp
    } else if m >= min {
        BudgetBand::Icp
    } else if 2 * m >= min {
        BudgetBand::HalfIcp
    } else {
        BudgetBand::Small
    }
}

pub fn budget_points(b: BudgetBand) -> i32 {
    match b {
        BudgetBand::TwiceIcp => 50,
        BudgetBand::Icp => 40,
        BudgetBand::HalfIcp => 25,
        BudgetBand::Small => 10,
        BudgetBand::None => 0,
    }
}

pub fn timeline_band(months: u16) -> TimelineBand {
    match months {
        0..=3 => TimelineBand::UpTo3,
        4..=6 => TimelineBand::UpTo6,
        7..=12 => TimelineBand::UpTo12,
        _ => TimelineBand::Later,
    }
}

pub fn timeline_points(b: TimelineBand) -> i32 {
    match b {
        TimelineBand::UpTo3 => 50,
        TimelineBand::UpTo6 => 35,
        TimelineBand::UpTo12 => 20,
        TimelineBand::Later => 5,
    }
}

pub fn budget_timeline(r: &LeadRules, lead: &Lead, s: &mut impl Sink) -> u8 {
    let mut pts = 0;
    match lead.budget {
        None => s.note(0, || ReasonKind::BudgetUnknown),
        Some(m) if m.currency != r.currency => s.note(0, || ReasonKind::BudgetOtherCurrency { currency: m.currency }),
        Some(m) => {
            let band = budget_band(m.minor, r.budget_min);
            let p = budget_points(band);
            pts += p;
            s.note(p, || ReasonKind::Budget { minor: m.minor, band });
        }
    }
    match lead.timeline_months {
        None => s.note(0, || ReasonKind::TimelineUnknown),
        Some(t) => {
            let band = timeline_band(t);
            let p = timeline_points(band);
            pts += p;
            s.note(p, || ReasonKind::Timeline { months: t, band });
        }
    }
    clamp(pts)
}

/// Each event is worth its kind's points halved every half-life of age (by
/// the app clock). Events after `now` have not happened yet and are ignored,
/// so scoring "as of" an earlier moment sees only what was known then. Each
/// kind's decayed sum is rounded (half away from zero) to whole points.
pub fn engagement(r: &LeadRules, lead: &Lead, now: Timestamp, s: &mut impl Sink) -> u8 {
    let mut weight = [0f64; 4];
    let mut count = [0u32; 4];
    // Whole seconds of age are plenty, and much cheaper than date arithmetic.
    let now_s = now.timestamp();
    for e in &lead.engagement {
        if e.at > now {
            continue;
        }
        let k = kind_index(e.kind);
        count[k] += 1;
        weight[k] += r.decay(now_s.saturating_sub(e.at.timestamp()));
    }
    let mut total = 0i32;
    for k in 0..4 {
        if count[k] > 0 {
            let p = (f64::from(r.points[k]) * weight[k]).round() as i32;
            total = total.saturating_add(p);
            s.note(p, || ReasonKind::Engagement { kind: ENGAGEMENT_KINDS[k], events: count[k] });
        }
    }
    if count == [0; 4] {
        s.note(0, || ReasonKind::EngagementNone);
    }
    if total > 100 {
        s.note(100 - total, || ReasonKind::Capped);
    }
    clamp(total)
}
