//! Opportunities: a realistic funnel whose stage history always ends in the
//! current stage.

use crate::domain::sorting;
use chrono::Duration;

use super::ctx::{cny_yuan, DealRef, Gen, World};
use crate::domain::pipeline::Stage;
use crate::domain::{Deal, ForecastCategory, Money, Negotiation, StageChange, Timestamp};

/// Share of deals per stage, in `Stage::ALL` order: a funnel that narrows,
/// plus the closed deals of the last 18 months.
const STAGE_SHARE: [usize; 6] = [22, 15, 10, 7, 26, 20];

const LOST_REASONS: &[(&str, &str)] = &[
    ("价格过高", "Price too high"),
    ("选择了竞争对手", "Chose a competitor"),
    ("预算取消", "Budget cancelled"),
    ("项目延期", "Project postponed"),
    ("需求不匹配", "Requirements not a fit"),
    ("决策人变更", "Decision maker changed"),
    ("无法联系客户", "Customer went silent"),
];

const BATNA: &[(&str, &str)] = &[
    ("客户可继续使用现有 Excel 流程", "Customer keeps its spreadsheet process"),
    ("客户考虑竞品低价方案", "Customer considers a cheaper rival"),
    ("客户可推迟至明年预算", "Customer can defer to next year's budget"),
];
const GIVEN: &[(&str, &str)] = &[
    ("额外 5 天免费实施", "5 extra implementation days free"),
    ("首年运维费 9 折", "10 % off first-year support"),
    ("付款分三期", "Payment in three instalments"),
];
const RECEIVED: &[(&str, &str)] = &[
    ("客户同意作为标杆案例", "Customer agrees to be a reference"),
    ("签约提前至本季度", "Signing moved into this quarter"),
    ("三年服务合同", "Three-year service term"),
];

/// Exact per-stage counts (every stage present even in the smallest demo).
fn stage_counts(total: usize) -> [usize; 6] {
    let mut counts = [0usize; 6];
    for (i, share) in STAGE_SHARE.iter().enumerate() {
        counts[i] = (total * share / 100).max(1);
    }
    let sum: usize = counts.iter().sum();
    let won = Stage::Won.index();
    counts[won] = (counts[won] + total).saturating_sub(sum).max(1);
    counts
}

fn forecast(stage: Stage) -> ForecastCategory {
    match stage {
        Stage::Identify | Stage::NeedsConfirmed => ForecastCategory::Pipeline,
        Stage::SolutionMatched => ForecastCategory::BestCase,
        Stage::DecisionFollowUp => ForecastCategory::Commit,
        Stage::Won => ForecastCategory::Closed,
        Stage::Lost => ForecastCategory::Omitted,
    }
}

/// Stage path from creation to `stage`: open stages in order, and lost deals
/// leave from the stage they had reached.
fn path(g: &mut Gen, stage: Stage) -> Vec<Stage> {
    let last_open = match stage {
        Stage::Won => 3,
        Stage::Lost => g.weighted(&[30, 30, 25, 15]),
        s => s.index(),
    };
    let mut out: Vec<Stage> = Stage::ALL[..=last_open].to_vec();
    if stage.is_closed() {
        out.push(stage);
    }
    out
}

/// Pick 1–3 products the deal could plausibly be about at this amount.
fn products_for(g: &mut Gen, w: &World, amount_minor: i64) -> Vec<usize> {
    let affordable: Vec<usize> = (0..w.products.len()).filter(|&i| w.products[i].list_minor <= amount_minor).collect();
    let mut out = Vec::with_capacity(3);
    if affordable.is_empty() {
        // Only the cheapest item fits a tiny deal.
        let cheapest = (0..w.products.len()).min_by_key(|&i| w.products[i].list_minor).unwrap_or(0);
        out.push(cheapest);
        return out;
    }
    let n = 1 + g.weighted(&[50, 35, 15]);
    for _ in 0..n {
        let p = affordable[g.below(affordable.len())];
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// Times for each stage change: the first at creation, the last at `end`.
fn change_times(g: &mut Gen, created: Timestamp, end: Timestamp, n: usize) -> Vec<Timestamp> {
    let mut times: Vec<Timestamp> = (0..n).map(|_| g.between(created, end)).collect();
    sorting::sort_by(&mut times, Ord::cmp);
    if let Some(first) = times.first_mut() {
        *first = created;
    }
    if n > 1 {
        times[n - 1] = end;
    }
    // Changes are strictly ordered even when two land on the same second.
    for i in 1..n {
        if times[i] <= times[i - 1] {
            times[i] = times[i - 1] + Duration::minutes(1);
        }
    }
    times
}

pub(super) fn deals(g: &mut Gen, w: &mut World, total: usize) {
    let counts = stage_counts(total);
    let mut stages: Vec<Stage> = Vec::with_capacity(total);
    for (i, c) in counts.iter().enumerate() {
        stages.extend(std::iter::repeat_n(Stage::ALL[i], *c));
    }
    // Fisher–Yates, so stages are not clustered by creation order.
    for i in (1..stages.len()).rev() {
        let j = g.below(i + 1);
        stages.swap(i, j);
    }
    let mut rank = [0i64; 6];
    for stage in stages {
        let mut account = g.below(w.accounts.len());
        if !stage.is_closed() && w.accounts[account].churned {
            account = g.below(w.accounts.len());
        }
        let acc = &w.accounts[account];
        let owner = w.reps[acc.owner].id;
        let contacts = acc.contacts.clone();
        let contact = (!contacts.is_empty()).then(|| w.data.contacts[contacts.start + g.below(contacts.len())].id);
        let amount = cny_yuan(g.deal_yuan());
        let products = products_for(g, w, amount.minor);
        let acc = &w.accounts[account];
        let name = if g.zh() {
            format!("{}{}项目", acc.short_name, w.products[products[0]].name)
        } else {
            format!("{} – {}", acc.short_name, w.products[products[0]].name)
        };
        let acc_created = acc.created_at;

        // Closed deals are spread over the past 18 months; open deals have
        // activity either recently or (stale ones) weeks ago.
        let (created_at, end, closed_at) = if stage.is_closed() {
            let mut closed = g.ago(1, 540);
            // A deal cannot close before its account existed.
            let earliest = acc_created + Duration::days(20);
            if closed < earliest {
                closed = g.between(earliest, g.now - Duration::hours(2));
            }
            let created = (closed - Duration::days(g.range(20, 180))).max(acc_created).min(closed);
            (created, closed, Some(closed))
        } else {
            let last = if g.chance(65) { g.ago(0, 6) } else { g.ago(8, 45) };
            let age = 3 + 25 * stage.index() as i64;
            let created = (last - Duration::days(g.range(age, age + 60))).max(acc_created);
            (created, last.max(created + Duration::hours(1)), None)
        };
        let id = g.id(created_at);
        let steps = path(g, stage);
        let times = change_times(g, created_at, end, steps.len());
        let stage_history = steps
            .iter()
            .enumerate()
            .map(|(i, &to)| StageChange { from: i.checked_sub(1).map(|p| steps[p]), to, at: times[i], by: Some(owner) })
            .collect();

        let expected_close = match stage {
            Stage::Won | Stage::Lost => Some(end.date_naive()),
            // Some forecasts have slipped: the date passed and the deal is still open.
            _ if g.chance(8) => Some(g.date_ago(1, 20)),
            s => {
                let far = [150, 110, 80, 40][s.index()];
                Some(g.date_ahead(7, far))
            }
        };
        let negotiation = if matches!(stage, Stage::DecisionFollowUp | Stage::Won) {
            Negotiation {
                batna: g.pick_t(BATNA).to_string(),
                concessions_given: vec![g.pick_t(GIVEN).to_string()],
                concessions_received: vec![g.pick_t(RECEIVED).to_string()],
                deadline: Some(match closed_at {
                    Some(c) => c.date_naive(),
                    None => g.date_ahead(5, 30),
                }),
            }
        } else {
            Negotiation::default()
        };
        // Deals past "needs confirmed" mostly had their needs analysis and
        // budget ticked off, so the exit checklist asks only where it should.
        let ticked = stage.index() > Stage::NeedsConfirmed.index() || (stage == Stage::NeedsConfirmed && g.chance(40));
        let checklist = if ticked && g.chance(90) {
            vec!["needs_analysis_note".to_string(), "budget_confirmed".to_string()]
        } else {
            Vec::new()
        };
        rank[stage.index()] += 1000;
        w.data.deals.push(Deal {
            external_id: None,
            id,
            created_at,
            updated_at: end,
            name,
            account_id: w.accounts[account].id,
            contact_id: contact,
            owner_id: owner,
            stage,
            amount,
            expected_close,
            product_ids: products.iter().map(|&p| w.products[p].id).collect(),
            forecast: forecast(stage),
            lost_reason: (stage == Stage::Lost).then(|| g.pick_t(LOST_REASONS).to_string()),
            stage_history,
            rank: rank[stage.index()],
            lead_id: None,
            negotiation,
            checklist,
            last_activity_at: Some(end),
            support_requests: Vec::new(),
        });
        w.deals.push(DealRef { account, closed_at, accepted_quote: None, latest_quote: None, contract: None });
    }
    ensure_large_win(w);
}

/// Contracts at or above ¥500,000 need the finance/legal/VP countersign; make
/// sure every demo has at least one such win to show that route.
fn ensure_large_win(w: &mut World) {
    const BIG: i64 = 68_000_000;
    let wins = || w.data.deals.iter().filter(|d| d.stage == Stage::Won);
    if wins().any(|d| d.amount.minor >= 50_000_000) {
        return;
    }
    if let Some(d) = w.data.deals.iter_mut().find(|d| d.stage == Stage::Won) {
        d.amount = Money::cny(BIG);
    }
}
