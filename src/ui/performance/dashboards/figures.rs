//! What every dashboard builds on: the inputs of one computation, the KPI
//! tiles, and the chart data shared by the roles (monthly revenue, funnel,
//! aging).

use std::collections::HashMap;

use crate::domain::performance::cash::{aging, dso, Aging};
use crate::domain::performance::funnel::STEPS;
use crate::domain::performance::trends::{funnel_steps, monthly_revenue, monthly_targets, running_total};
use crate::domain::performance::{attainment, sales, Book, Ctx, Kpi, Owners, Scope, Slice};
use crate::domain::{EntityKind, Id, OrgLevel, Role, Workspace};
use crate::i18n::Texts;
use crate::ui::charts::{ChartData, Series, ValueFormat};

/// One dashboard computation: the workspace, the period and the people in view.
pub struct In<'b, 'a> {
    pub ws: &'a Workspace,
    pub cx: Ctx<'b, 'a>,
    pub book: &'b Book<'a>,
    pub slice: Slice<'a>,
    pub allowed: Owners,
    /// Whose targets the headline figures compare with.
    pub scope: Scope,
    pub t: &'static Texts,
}

impl In<'_, '_> {
    pub fn money(&self) -> ValueFormat {
        ValueFormat::Money(self.cx.currency())
    }
    pub fn name(&self, id: Id) -> String {
        self.ws.data.people.iter().find(|p| p.id == id).map_or_else(|| "—".into(), |p| p.name.clone())
    }
    pub fn month_labels(&self) -> Vec<String> {
        self.cx.period.months().into_iter().map(|(_, m)| self.t.dashboards.months[(m as usize + 11) % 12].to_string()).collect()
    }
}

/// Whose targets the acting person's figures compare with: their own as a
/// rep, their unit as a line manager, the company otherwise.
pub fn own_scope(ws: &Workspace, acting: Option<Id>) -> Scope {
    let Some(me) = acting.and_then(|id| ws.data.people.iter().find(|p| p.id == id)) else { return Scope::Company };
    match me.role {
        Role::Rep => Scope::Person(me.id),
        Role::RegionManager | Role::ProvinceManager | Role::CitySupervisor => {
            let unit = me.org_unit_id.filter(|u| ws.data.org_units.iter().any(|x| x.id == *u && x.level != OrgLevel::Company));
            unit.map_or(Scope::Person(me.id), Scope::OrgUnit)
        }
        _ => Scope::Company,
    }
}

/// Revenue, attainment, win rate, median cycle and DSO.
pub fn tiles(i: &In) -> Vec<Kpi> {
    vec![
        sales::revenue(&i.cx, &i.slice),
        attainment::revenue_attainment(&i.cx, i.scope, &i.slice),
        sales::win_rate(&i.cx, &i.slice),
        sales::sales_cycle(&i.cx, &i.slice).0,
        dso(&i.cx, &i.slice),
    ]
}

fn minor(v: Option<i64>) -> Option<f64> {
    v.map(|v| v as f64)
}

/// Revenue and target per month, and both as running totals.
pub fn monthly(i: &In) -> (ChartData, ChartData) {
    let d = &i.t.dashboards;
    let months = monthly_revenue(&i.cx, &i.slice);
    let targets = monthly_targets(&i.cx, i.scope);
    let today = i.cx.now.date_naive();
    let revenue: Vec<Option<i64>> = months.iter().map(|m| m.started_by(today).then_some(m.minor)).collect();
    let records: Vec<Vec<Id>> = months.iter().map(|m| m.records.clone()).collect();
    let to_date: Vec<Vec<Id>> = records.iter().scan(Vec::new(), |acc: &mut Vec<Id>, r| {
        acc.extend(r);
        Some(acc.clone())
    }).collect();
    let base = ChartData { format: i.money(), category_label: d.month.into(), categories: i.month_labels(), record_kinds: vec![EntityKind::Deal], ..ChartData::default() };
    let mut bars = ChartData {
        title: d.monthly.into(),
        series: vec![Series::new(d.revenue, revenue.iter().map(|v| minor(*v)).collect(), records)],
        ..base.clone()
    };
    let mut line = ChartData {
        title: d.cumulative.into(),
        series: vec![Series::new(
            d.cumulative_revenue,
            running_total(&revenue).into_iter().zip(&revenue).map(|(sum, v)| minor(v.and(sum))).collect(),
            to_date,
        )],
        ..base
    };
    // Months without a target of their own have none (no guessing from a
    // quarter's); when no month has one, there is no target series at all.
    if targets.iter().any(Option::is_some) {
        bars.series.push(Series::new(d.target, targets.iter().map(|v| minor(*v)).collect(), vec![]));
        line.series.push(Series::new(d.cumulative_target, running_total(&targets).into_iter().map(minor).collect(), vec![]));
    }
    (bars, line)
}

/// Deals closed in the period, by the furthest step they reached.
pub fn funnel(i: &In, title: &str) -> ChartData {
    let closed = sales::closed_in(&i.cx, &i.slice);
    let steps = funnel_steps(&closed);
    ChartData {
        title: title.into(),
        format: ValueFormat::Count,
        category_label: i.t.dashboards.stage.into(),
        categories: STEPS.iter().map(|s| i.t.stages[s.index()].to_string()).collect(),
        series: vec![Series::new(i.t.dashboards.deals, steps.iter().map(|s| Some(s.len() as f64)).collect(), steps.to_vec())],
        record_kinds: vec![EntityKind::Deal],
    }
}

/// One stacked row per (name, aging), a segment per bucket.
pub fn aging_chart(i: &In, title: &str, category_label: &str, rows: &[(String, Aging)]) -> ChartData {
    let d = &i.t.dashboards;
    let series = (0..4)
        .map(|b| {
            let values = rows.iter().map(|(_, a)| Some(a.buckets[b].amount_minor as f64)).collect();
            let records = rows.iter().map(|(_, a)| a.buckets[b].invoices.clone()).collect();
            Series::new(d.buckets[b], values, records)
        })
        .collect();
    ChartData {
        title: title.into(),
        format: i.money(),
        category_label: category_label.into(),
        categories: rows.iter().map(|(n, _)| n.clone()).collect(),
        series,
        record_kinds: vec![EntityKind::Invoice],
    }
}

/// Buckets of several agings added up (a region's reps).
pub fn add_aging(into: &mut Aging, a: &Aging) {
    for (b, x) in into.buckets.iter_mut().zip(&a.buckets) {
        b.amount_minor = b.amount_minor.saturating_add(x.amount_minor);
        b.invoices.extend(&x.invoices);
    }
    into.overdue.extend(a.overdue.iter().cloned());
}

/// Per-owner revenue KPI and aging, for the owners asked about, from one
/// pass over the records.
pub struct PerOwner<'a> {
    slices: HashMap<Option<Id>, Slice<'a>>,
    empty: Slice<'a>,
}

impl<'a> PerOwner<'a> {
    pub fn new(book: &Book<'a>) -> PerOwner<'a> {
        PerOwner { slices: book.by_owner(), empty: Slice::default() }
    }
    pub fn slice(&self, owner: Id) -> &Slice<'a> {
        self.slices.get(&Some(owner)).unwrap_or(&self.empty)
    }
    pub fn revenue(&self, cx: &Ctx, owner: Id) -> Kpi {
        sales::revenue(cx, self.slice(owner))
    }
    pub fn aging(&self, cx: &Ctx, owner: Id) -> Aging {
        aging(cx, self.slice(owner))
    }
}
