//! Strategy planning records: this year's targets (derived from last year's
//! actual business so attainment looks plausible), budget, risks and the
//! key-action timeline.

use chrono::{Datelike, Duration, NaiveDate};

use super::ctx::{Gen, World};
use super::names::Pair;
use crate::domain::pipeline::Stage;
use crate::domain::{
    BudgetCategory, BudgetLine, Id, Milestone, Money, Period, Risk, Target, TargetMetric, Timestamp, Weighting,
    WorkStatus,
};

/// Split `total` into `n` equal parts that add up exactly (the remainder goes
/// one unit at a time to the first parts).
fn equal_parts(total: i64, n: usize) -> Vec<i64> {
    let n = n.max(1) as i64;
    let (q, r) = (total / n, total % n);
    (0..n).map(|i| q + i64::from(i < r)).collect()
}

fn start_of_year(g: &mut Gen, year: i32) -> Timestamp {
    let jan = NaiveDate::from_ymd_opt(year, 1, 2).unwrap_or(g.today);
    let t = g.at_on(jan);
    g.not_after_now(t)
}

struct NewTarget {
    period: Period,
    metric: TargetMetric,
    value: i64,
    org: Id,
    parent: Option<Id>,
}

fn target(g: &mut Gen, w: &mut World, at: Timestamp, t: NewTarget) -> Id {
    let id = g.id(at);
    w.data.targets.push(Target {
        id,
        created_at: at,
        updated_at: at,
        year: g.today.year(),
        period: t.period,
        metric: t.metric,
        value: t.value,
        org_unit_id: Some(t.org),
        person_id: None,
        parent_id: t.parent,
        weighting: Weighting::Equal,
    });
    id
}

/// Revenue booked in the 12 months before now: won deals plus repeat orders.
fn last_twelve_months(g: &Gen, w: &World) -> i64 {
    let since = g.now - Duration::days(365);
    let won: i64 = w
        .data
        .deals
        .iter()
        .zip(&w.deals)
        .filter(|(d, r)| d.stage == Stage::Won && r.closed_at.is_some_and(|c| c >= since))
        .map(|(d, _)| d.amount.minor)
        .sum();
    let since_day = since.date_naive();
    let repeat: i64 = w
        .data
        .orders
        .iter()
        .filter(|o| o.deal_id.is_none() && o.ordered_on >= since_day)
        .map(|o| o.total().minor)
        .sum();
    won + repeat
}

pub(super) fn targets(g: &mut Gen, w: &mut World) -> i64 {
    let year = g.today.year();
    let at = start_of_year(g, year);
    // 20 % growth on last year, rounded to ¥10,000, at least ¥1M.
    let revenue = (last_twelve_months(g, w) * 12 / 10 / 1_000_000 * 1_000_000).max(100_000_000);
    let company = w.company_id;
    let root = target(
        g,
        w,
        at,
        NewTarget { period: Period::Year, metric: TargetMetric::Revenue, value: revenue, org: company, parent: None },
    );
    for (q, value) in equal_parts(revenue, 4).into_iter().enumerate() {
        let t = NewTarget {
            period: Period::Quarter(q as u8 + 1),
            metric: TargetMetric::Revenue,
            value,
            org: company,
            parent: Some(root),
        };
        target(g, w, at, t);
    }
    let regions: Vec<Id> = w.regions.iter().map(|r| r.org_id).collect();
    for (org, value) in regions.into_iter().zip(equal_parts(revenue, w.regions.len())) {
        target(
            g,
            w,
            at,
            NewTarget { period: Period::Year, metric: TargetMetric::Revenue, value, org, parent: Some(root) },
        );
    }
    let new_customers = (w.accounts.len() as i64 / 4).max(5);
    let t = NewTarget {
        period: Period::Year,
        metric: TargetMetric::NewCustomers,
        value: new_customers,
        org: company,
        parent: None,
    };
    target(g, w, at, t);
    let visits = w.reps.len() as i64 * 120;
    target(
        g,
        w,
        at,
        NewTarget { period: Period::Year, metric: TargetMetric::Visits, value: visits, org: company, parent: None },
    );
    revenue
}

const BUDGET: [(BudgetCategory, i64, Pair); 6] = [
    (BudgetCategory::Advertising, 30, ("搜索与社交媒体广告", "Search and social ads")),
    (BudgetCategory::ChannelDevelopment, 20, ("渠道伙伴激励与联合推广", "Partner incentives and co-marketing")),
    (BudgetCategory::Training, 12, ("销售培训与认证", "Sales training and certification")),
    (BudgetCategory::DigitalTools, 10, ("CRM 与营销自动化工具", "CRM and marketing automation")),
    (BudgetCategory::Travel, 18, ("客户拜访差旅", "Customer visit travel")),
    (BudgetCategory::Other, 10, ("行业展会与用户大会", "Trade shows and user conference")),
];

pub(super) fn budget(g: &mut Gen, w: &mut World, revenue_target: i64) {
    let year = g.today.year();
    let at = start_of_year(g, year);
    // Sales & marketing spend of about 8 % of the revenue target.
    let total = revenue_target * 8 / 100;
    let elapsed = i64::from(g.today.ordinal()).min(365);
    for (category, share, note) in BUDGET {
        let planned = total * share / 100 / 100 * 100;
        let pace = g.range(80, 120);
        let actual = planned * elapsed / 365 * pace / 100 / 100 * 100;
        let id = g.id(at);
        w.data.budget_lines.push(BudgetLine {
            id,
            created_at: at,
            updated_at: g.between(at, g.now),
            year,
            category,
            planned: Money::cny(planned),
            actual: Money::cny(actual),
            notes: g.t(note).to_string(),
        });
    }
}

struct RiskDef {
    title: Pair,
    category: Pair,
    likelihood: u8,
    impact: u8,
    mitigation: Pair,
    status: WorkStatus,
}

const RISKS: &[RiskDef] = &[
    RiskDef {
        title: ("核心芯片供应中断", "Key chip supply disruption"),
        category: ("供应链", "Supply chain"),
        likelihood: 3,
        impact: 5,
        mitigation: (
            "建立备选供应商名单，关键物料保持 8 周安全库存",
            "Backup supplier list; 8 weeks' safety stock of key parts",
        ),
        status: WorkStatus::InProgress,
    },
    RiskDef {
        title: ("大客户违约拖欠货款", "Major customer defaults on payment"),
        category: ("信用", "Credit"),
        likelihood: 2,
        impact: 4,
        mitigation: ("投保信用保险，高风险客户要求预付款", "Credit insurance; prepayment for high-risk customers"),
        status: WorkStatus::InProgress,
    },
    RiskDef {
        title: ("竞品大幅降价", "Competitor slashes prices"),
        category: ("市场", "Market"),
        likelihood: 4,
        impact: 3,
        mitigation: (
            "推出服务包组合，强调总体拥有成本",
            "Launch service-pack bundles; sell on total cost of ownership",
        ),
        status: WorkStatus::Planned,
    },
    RiskDef {
        title: ("核心销售人员流失", "Loss of key sales staff"),
        category: ("人员", "People"),
        likelihood: 2,
        impact: 4,
        mitigation: ("客户关系双人负责制，完善激励方案", "Two owners per key account; better incentives"),
        status: WorkStatus::Done,
    },
    RiskDef {
        title: ("数据安全合规检查", "Data-protection compliance audit"),
        category: ("合规", "Compliance"),
        likelihood: 3,
        impact: 3,
        mitigation: (
            "完成个人信息保护影响评估，清理过期线索授权",
            "Complete a PIPL impact assessment; purge expired consents",
        ),
        status: WorkStatus::Planned,
    },
    RiskDef {
        title: ("项目交付延期", "Project delivery delays"),
        category: ("交付", "Delivery"),
        likelihood: 3,
        impact: 2,
        mitigation: (
            "引入实施合作伙伴，关键项目周报",
            "Bring in implementation partners; weekly reports on key projects",
        ),
        status: WorkStatus::Blocked,
    },
];

pub(super) fn risks(g: &mut Gen, w: &mut World, count: usize) {
    let owners = [w.staff.finance, w.staff.finance, w.staff.director, w.staff.vp, w.staff.legal, w.staff.director];
    for (i, r) in RISKS.iter().take(count.clamp(1, RISKS.len())).enumerate() {
        let created_at = g.ago(30, 200);
        let id = g.id(created_at);
        w.data.risks.push(Risk {
            id,
            created_at,
            updated_at: g.between(created_at, g.now),
            title: g.t(r.title).to_string(),
            category: g.t(r.category).to_string(),
            likelihood: r.likelihood,
            impact: r.impact,
            mitigation: g.t(r.mitigation).to_string(),
            owner_id: Some(owners[i % owners.len()]),
            status: r.status,
        });
    }
}

/// (title, kind, days from today, depends on the previous one in the list)
const MILESTONES: &[(Pair, Pair, i64, bool)] = &[
    (("新版 MES 发布", "New MES release"), ("产品发布", "Launch"), -60, false),
    (("华东区渠道伙伴招募", "East partner recruitment"), ("渠道拓展", "Channel expansion"), -20, true),
    (("年终促销活动", "Year-end promotion"), ("促销", "Promotion"), 10, true),
    (("年度用户大会", "Annual user conference"), ("市场活动", "Event"), 45, true),
    (("西南区办事处开业", "West office opening"), ("渠道拓展", "Channel expansion"), 30, false),
    (("成都本地实施团队组建", "Chengdu delivery team in place"), ("团队建设", "Team"), 75, true),
    (("数字工厂套装 2.0 发布", "Digital Factory Bundle 2.0"), ("产品发布", "Launch"), 120, true),
];

pub(super) fn milestones(g: &mut Gen, w: &mut World, count: usize) {
    let owners = [w.staff.vp, w.staff.director, w.staff.admin];
    let mut previous: Option<Id> = None;
    for (i, &(title, kind, days, chained)) in MILESTONES.iter().take(count.clamp(2, MILESTONES.len())).enumerate() {
        let due_on = g.today + Duration::days(days);
        let created_at = g.ago(90, 150);
        let id = g.id(created_at);
        let status = match days {
            d if d < 0 => WorkStatus::Done,
            d if d <= 15 => WorkStatus::InProgress,
            // The office opening waits on a lease, so the chain after it is at risk.
            _ if i == 4 => WorkStatus::Blocked,
            _ => WorkStatus::Planned,
        };
        w.data.milestones.push(Milestone {
            id,
            created_at,
            updated_at: g.between(created_at, g.now),
            title: g.t(title).to_string(),
            kind: g.t(kind).to_string(),
            due_on,
            owner_id: Some(owners[i % owners.len()]),
            depends_on: if chained { previous.into_iter().collect() } else { Vec::new() },
            status,
        });
        previous = Some(id);
    }
}
