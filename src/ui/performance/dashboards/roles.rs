//! The charts of each role's dashboard, in the order they are drawn.
//!
//! - Rep: revenue by month vs target, the same to date, own funnel, own
//!   receivables aging.
//! - Manager: revenue (with target) and attainment by rep, aging by rep,
//!   ability × willingness, team funnel; plus overdue invoices and the action
//!   per quadrant.
//! - Director: revenue by region (with target), this year vs last year by
//!   month, aging by region, company funnel.

use chrono::Months;

use super::figures::{add_aging, aging_chart, funnel, monthly, In, PerOwner};
use crate::domain::performance::cash::{aging, Aging, OverdueAlert};
use crate::domain::performance::quadrant::{quadrants, Quadrant};
use crate::domain::performance::roles::{reps, unit_groups, Group};
use crate::domain::performance::trends::monthly_revenue;
use crate::domain::performance::{attainment, Ctx, ReportPeriod, Scope};
use crate::domain::{EntityKind, Id, OrgLevel, TargetMetric};
use crate::ui::charts::{ChartData, ChartKind, LineOptions, ScatterOptions, Series, ValueFormat};

/// Everything a dashboard shows besides the tiles.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Charts {
    pub charts: Vec<ChartData>,
    /// Manager: overdue invoices of the team, longest first.
    pub overdue: Vec<OverdueAlert>,
    /// Manager: each rep's quadrant.
    pub quadrants: Vec<(String, Quadrant)>,
}

/// `data-testid` and chart of each slot, per role.
pub fn layout(role: crate::domain::performance::roles::DashRole, t: &crate::i18n::Texts) -> Vec<(&'static str, ChartKind)> {
    use crate::domain::performance::roles::DashRole::*;
    let q = |x: Quadrant| t.dashboards.quadrants[x as usize].to_string();
    // x = ability, y = willingness: high willingness on top.
    let quadrant = ScatterOptions { split_x: Some(1.0), split_y: Some(1.0), quadrant_names: [q(Quadrant::Hustler), q(Quadrant::Star), q(Quadrant::AtRisk), q(Quadrant::Coaster)] };
    match role {
        Rep => vec![("chart-monthly", ChartKind::Bar), ("chart-cumulative", ChartKind::Line(LineOptions::default())), ("chart-funnel", ChartKind::Funnel), ("chart-aging", ChartKind::Stacked)],
        Manager => vec![
            ("chart-revenue-by-rep", ChartKind::Bar),
            ("chart-attainment-by-rep", ChartKind::Bar),
            ("chart-aging-by-rep", ChartKind::Stacked),
            ("chart-quadrant", ChartKind::Scatter(quadrant)),
            ("chart-funnel", ChartKind::Funnel),
        ],
        Director => vec![("chart-revenue-by-region", ChartKind::Bar), ("chart-year-on-year", ChartKind::Line(LineOptions::default())), ("chart-aging-by-region", ChartKind::Stacked), ("chart-funnel", ChartKind::Funnel)],
    }
}

pub fn rep(i: &In) -> Charts {
    let d = &i.t.dashboards;
    let (bars, line) = monthly(i);
    let own = vec![(d.receivables.to_string(), aging(&i.cx, &i.slice))];
    Charts { charts: vec![bars, line, funnel(i, d.funnel), aging_chart(i, d.aging, d.receivables, &own)], ..Charts::default() }
}

/// Revenue and its target per group, as a two-series bar chart.
fn revenue_by(i: &In, per: &PerOwner, title: &str, label: &str, groups: &[Group], scope: impl Fn(&Group) -> Scope) -> ChartData {
    let d = &i.t.dashboards;
    let (mut revenue, mut records, mut targets) = (Vec::new(), Vec::new(), Vec::new());
    for g in groups {
        let mut sum = 0.0;
        let mut ids: Vec<Id> = Vec::new();
        for o in &g.owners {
            let k = per.revenue(&i.cx, *o);
            sum += k.value.unwrap_or(0.0);
            ids.extend(k.records);
        }
        revenue.push(Some(sum));
        records.push(ids);
        targets.push(attainment::target_for(&i.cx, scope(g), TargetMetric::Revenue).map(|(v, _)| v as f64));
    }
    ChartData {
        title: title.into(),
        format: i.money(),
        category_label: label.into(),
        categories: groups.iter().map(|g| g.name.clone()).collect(),
        // No group with a target: no empty target bar under every row.
        series: if targets.iter().any(Option::is_some) {
            vec![Series::new(d.revenue, revenue, records), Series::new(d.target, targets, vec![])]
        } else {
            vec![Series::new(d.revenue, revenue, records)]
        },
        record_kinds: vec![EntityKind::Deal],
    }
}

fn aging_by(i: &In, per: &PerOwner, groups: &[Group]) -> Vec<(String, Aging)> {
    groups
        .iter()
        .map(|g| {
            let mut sum = Aging::default();
            for o in &g.owners {
                add_aging(&mut sum, &per.aging(&i.cx, *o));
            }
            (g.name.clone(), sum)
        })
        .collect()
}

pub fn manager(i: &In) -> Charts {
    let d = &i.t.dashboards;
    let team = reps(&i.ws.data.people, &i.allowed);
    let per = PerOwner::new(i.book);
    let revenue = revenue_by(i, &per, d.revenue_by_rep, d.rep, &team, |g| Scope::Person(g.id));
    let (mut att, mut att_ids) = (Vec::new(), Vec::new());
    for g in &team {
        let s = per.slice(g.id);
        att.push(attainment::revenue_status(&i.cx, Scope::Person(g.id), s).and_then(|(st, _)| st.attainment_percent));
        att_ids.push(crate::domain::performance::sales::revenue(&i.cx, s).records);
    }
    let attainment = ChartData {
        title: d.attainment_by_rep.into(),
        format: ValueFormat::Percent,
        category_label: d.rep.into(),
        categories: revenue.categories.clone(),
        series: vec![Series::new(d.attainment, att, att_ids)],
        record_kinds: vec![EntityKind::Deal],
    };
    let aged = aging_by(i, &per, &team);
    let mut overdue: Vec<OverdueAlert> = aged.iter().flat_map(|(_, a)| a.overdue.iter().cloned()).collect();
    overdue.sort_by(|a, b| b.days_overdue.cmp(&a.days_overdue).then(a.invoice_id.cmp(&b.invoice_id)));
    let quads = quadrants(&i.cx, &i.slice);
    let names: Vec<String> = quads.iter().map(|q| i.name(q.person_id)).collect();
    let scatter = ChartData {
        title: d.quadrant.into(),
        format: ValueFormat::Number,
        category_label: d.rep.into(),
        categories: names.clone(),
        series: vec![
            Series::new(d.ability, quads.iter().map(|q| Some(q.ability)).collect(), quads.iter().map(|q| q.records.clone()).collect()),
            Series::new(d.willingness, quads.iter().map(|q| Some(q.willingness)).collect(), vec![]),
        ],
        record_kinds: vec![EntityKind::Deal, EntityKind::Activity, EntityKind::Visit],
    };
    Charts {
        charts: vec![revenue, attainment, aging_chart(i, d.aging_by_rep, d.rep, &aged), scatter, funnel(i, d.team_funnel)],
        overdue,
        quadrants: names.into_iter().zip(quads.iter().map(|q| q.quadrant)).collect(),
    }
}

/// The same months one year earlier.
fn year_before(p: ReportPeriod) -> Option<ReportPeriod> {
    ReportPeriod::custom(p.start.checked_sub_months(Months::new(12))?, p.end.checked_sub_months(Months::new(12))?)
}

pub fn director(i: &In) -> Charts {
    let d = &i.t.dashboards;
    let regions = unit_groups(&i.ws.data.people, &i.ws.data.org_units, OrgLevel::Region, &i.allowed);
    let per = PerOwner::new(i.book);
    let by_region = revenue_by(i, &per, d.revenue_by_region, d.region, &regions, |g| Scope::OrgUnit(g.id));
    let this = monthly_revenue(&i.cx, &i.slice);
    let last = year_before(i.cx.period).map(|p| monthly_revenue(&Ctx { period: p, ..i.cx }, &i.slice)).unwrap_or_default();
    let year = i.cx.period.start.format("%Y").to_string();
    let prev = i.cx.period.start.checked_sub_months(Months::new(12)).map_or_else(String::new, |s| s.format("%Y").to_string());
    let series = |name: String, m: &[crate::domain::performance::trends::MonthFigure]| {
        let today = i.cx.now.date_naive();
        Series::new(name, m.iter().map(|x| x.started_by(today).then_some(x.minor as f64)).collect(), m.iter().map(|x| x.records.clone()).collect())
    };
    let yoy = ChartData {
        title: d.year_on_year.into(),
        format: i.money(),
        category_label: d.month.into(),
        categories: i.month_labels(),
        series: vec![series(year, &this), series(prev, &last)],
        record_kinds: vec![EntityKind::Deal],
    };
    let aged = aging_by(i, &per, &regions);
    Charts { charts: vec![by_region, yoy, aging_chart(i, d.aging_by_region, d.region, &aged), funnel(i, d.company_funnel)], ..Charts::default() }
}
