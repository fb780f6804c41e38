//! Reporting periods and scopes: which dates a figure covers and whose
//! records count.
//!
//! A period is an inclusive range of calendar dates. Timestamps fall into it
//! by their UTC date, the same date the rest of the app stores (order dates,
//! invoice dates are plain dates). "Previous period" is the period of the same
//! kind just before (the month before, the quarter before, the year before);
//! for a custom range it is the range of the same length ending the day before
//! it starts, so trends compare like with like.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Duration, Months, NaiveDate};

use crate::domain::deal_rules::subtree;
use crate::domain::{Id, OrgUnit, Period, Person, Role, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    Month,
    Quarter,
    Year,
    Custom,
}

/// `start..=end`, both inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReportPeriod {
    pub kind: PeriodKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

fn months_from(kind: PeriodKind, start: NaiveDate, months: u32) -> Option<ReportPeriod> {
    let end = start.checked_add_months(Months::new(months))?.pred_opt()?;
    Some(ReportPeriod { kind, start, end })
}

impl ReportPeriod {
    /// `month` is 1–12.
    pub fn month(year: i32, month: u32) -> Option<ReportPeriod> {
        months_from(PeriodKind::Month, NaiveDate::from_ymd_opt(year, month, 1)?, 1)
    }
    /// `quarter` is 1–4.
    pub fn quarter(year: i32, quarter: u32) -> Option<ReportPeriod> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        months_from(PeriodKind::Quarter, NaiveDate::from_ymd_opt(year, quarter * 3 - 2, 1)?, 3)
    }
    pub fn year(year: i32) -> Option<ReportPeriod> {
        months_from(PeriodKind::Year, NaiveDate::from_ymd_opt(year, 1, 1)?, 12)
    }
    /// `None` when `end` is before `start`.
    pub fn custom(start: NaiveDate, end: NaiveDate) -> Option<ReportPeriod> {
        (start <= end).then_some(ReportPeriod { kind: PeriodKind::Custom, start, end })
    }
    /// The period a stored target is for.
    pub fn of_target(year: i32, period: Period) -> Option<ReportPeriod> {
        match period {
            Period::Year => Self::year(year),
            Period::Quarter(q) => Self::quarter(year, u32::from(q)),
            Period::Month(m) => Self::month(year, u32::from(m)),
        }
    }
    /// The period of the same kind just before this one.
    pub fn previous(&self) -> Option<ReportPeriod> {
        let back = |n: u32| months_from(self.kind, self.start.checked_sub_months(Months::new(n))?, n);
        match self.kind {
            PeriodKind::Month => back(1),
            PeriodKind::Quarter => back(3),
            PeriodKind::Year => back(12),
            PeriodKind::Custom => {
                let end = self.start.pred_opt()?;
                let start = end.checked_sub_signed(Duration::days(self.days() - 1))?;
                Self::custom(start, end)
            }
        }
    }
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
    /// By the timestamp's UTC date.
    pub fn contains_at(&self, at: Timestamp) -> bool {
        self.contains(at.date_naive())
    }
    /// Number of days, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
    /// The calendar months the period touches, first to last, as
    /// (year, month); a trend chart has one point per month.
    pub fn months(&self) -> Vec<(i32, u32)> {
        let mut out = Vec::new();
        let mut d = self.start.with_day(1);
        while let Some(m) = d.filter(|m| *m <= self.end) {
            out.push((m.year(), m.month()));
            d = m.checked_add_months(Months::new(1));
        }
        out
    }
}

/// Whose records a figure covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Company,
    /// A region, province, city or team: the people whose org unit lies in
    /// that unit's subtree, plus everyone reporting to them (a team member
    /// filed under no unit still counts through the manager chain).
    OrgUnit(Id),
    /// One person and no one else (their own records).
    Person(Id),
}

/// The record owners a figure may count. `All` (company scope seen by a
/// functional role) also counts records with no owner; a set never does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Owners {
    All,
    Only(HashSet<Id>),
}

impl Owners {
    pub fn admits(&self, owner: Option<Id>) -> bool {
        match (self, owner) {
            (Owners::All, _) => true,
            (Owners::Only(set), Some(o)) => set.contains(&o),
            (Owners::Only(_), None) => false,
        }
    }
    fn meet(self, other: Owners) -> Owners {
        match (self, other) {
            (Owners::All, o) | (o, Owners::All) => o,
            (Owners::Only(a), Owners::Only(b)) => Owners::Only(a.intersection(&b).copied().collect()),
        }
    }
}

/// Units at or below `root`; cycles in imported data cannot loop forever.
fn unit_subtree(units: &[OrgUnit], root: Id) -> HashSet<Id> {
    let mut children: HashMap<Id, Vec<Id>> = HashMap::new();
    for u in units {
        if let Some(p) = u.parent_id {
            children.entry(p).or_default().push(u.id);
        }
    }
    let mut seen = HashSet::from([root]);
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        for c in children.get(&id).into_iter().flatten() {
            if seen.insert(*c) {
                stack.push(*c);
            }
        }
    }
    seen
}

/// The owners a scope covers, before visibility.
pub fn scope_owners(people: &[Person], units: &[OrgUnit], scope: Scope) -> Owners {
    match scope {
        Scope::Company => Owners::All,
        Scope::Person(id) => Owners::Only(HashSet::from([id])),
        Scope::OrgUnit(unit) => {
            let in_unit = unit_subtree(units, unit);
            let mut set = HashSet::new();
            for p in people.iter().filter(|p| p.org_unit_id.is_some_and(|u| in_unit.contains(&u))) {
                set.extend(subtree(people, p.id));
            }
            Owners::Only(set)
        }
    }
}

/// What the acting person may see, as the board decides it: line roles see
/// their reporting subtree (`deal_rules::subtree`), functional roles
/// (director, VP, finance, legal, admin) and "nobody acting" see everything.
/// An acting id not among the people sees nothing.
pub fn visible_owners(people: &[Person], acting: Option<Id>) -> Owners {
    let Some(id) = acting else { return Owners::All };
    let Some(me) = people.iter().find(|p| p.id == id) else { return Owners::Only(HashSet::new()) };
    let line = matches!(me.role, Role::RegionManager | Role::ProvinceManager | Role::CitySupervisor | Role::Rep);
    if line {
        Owners::Only(subtree(people, id))
    } else {
        Owners::All
    }
}

/// Owners in `scope` that `acting` may see: what every KPI filters by.
pub fn allowed_owners(people: &[Person], units: &[OrgUnit], scope: Scope, acting: Option<Id>) -> Owners {
    scope_owners(people, units, scope).meet(visible_owners(people, acting))
}
