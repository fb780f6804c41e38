//! How each record kind appears in a generic list: title, detail, amount,
//! status. Full per-feature views come with the feature issues.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::*;
use crate::i18n::{format as fmt, Locale, Texts};

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: Id,
    pub title: String,
    pub detail: String,
    pub amount: Option<Money>,
    pub status: String,
    pub date: Option<String>,
    /// Lower-cased text the search box matches against.
    pub search: String,
}

/// What describing needs besides the record: words and names of related records.
pub struct Cx<'a> {
    pub t: &'static Texts,
    pub locale: Locale,
    pub people: &'a HashMap<Id, String>,
    pub accounts: &'a HashMap<Id, String>,
}

impl Cx<'_> {
    fn person(&self, id: Option<Id>) -> String {
        id.and_then(|id| self.people.get(&id).cloned()).unwrap_or_default()
    }
    fn account(&self, id: Option<Id>) -> String {
        id.and_then(|id| self.accounts.get(&id).cloned()).unwrap_or_default()
    }
    fn date(&self, d: NaiveDate) -> Option<String> {
        Some(fmt::date(d, self.locale))
    }
    fn ts(&self, t: Timestamp) -> Option<String> {
        Some(fmt::date(t.date_naive(), self.locale))
    }
}

fn row(id: Id, title: String, detail: String, amount: Option<Money>, status: &str, date: Option<String>) -> Row {
    let search = format!("{title} {detail} {status}").to_lowercase();
    Row { id, title, detail, amount, status: status.to_string(), date, search }
}

fn join(parts: &[&str]) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" · ")
}

pub trait Describe {
    fn describe(&self, cx: &Cx) -> Row;
}

impl Describe for OrgUnit {
    fn describe(&self, cx: &Cx) -> Row {
        row(self.id, self.name.clone(), String::new(), None, cx.t.org_levels[self.level as usize], None)
    }
}

impl Describe for Person {
    fn describe(&self, cx: &Cx) -> Row {
        let manager = cx.person(self.manager_id);
        row(self.id, self.name.clone(), join(&[&self.title, &self.email, &manager]), None, cx.t.roles[self.role as usize], None)
    }
}

impl Describe for Product {
    fn describe(&self, cx: &Cx) -> Row {
        let _ = cx;
        row(self.id, self.name.clone(), join(&[&self.sku, &self.category, &self.unit]), Some(self.list_price), "", None)
    }
}

impl Describe for Segment {
    fn describe(&self, cx: &Cx) -> Row {
        let role = self.our_role.map(|r| cx.t.market_roles[r as usize]).unwrap_or("");
        row(self.id, self.name.clone(), join(&[&self.industry, &self.region, &self.company_size]), self.potential, role, None)
    }
}

impl Describe for Competitor {
    fn describe(&self, _cx: &Cx) -> Row {
        let s = self.swot.strengths.first().map(String::as_str).unwrap_or("");
        row(self.id, self.name.clone(), s.to_string(), None, "", None)
    }
}

impl Describe for Account {
    fn describe(&self, cx: &Cx) -> Row {
        let owner = cx.person(self.owner_id);
        row(self.id, self.name.clone(), join(&[&self.industry, &self.city, &owner]), None, "", None)
    }
}

impl Describe for Contact {
    fn describe(&self, cx: &Cx) -> Row {
        let account = cx.account(Some(self.account_id));
        row(self.id, self.name.clone(), join(&[&self.title, &account, &self.email]), None, cx.t.buying_roles[self.buying_role as usize], None)
    }
}

impl Describe for Lead {
    fn describe(&self, cx: &Cx) -> Row {
        let owner = cx.person(self.owner_id);
        let detail = join(&[&self.company, &self.title, cx.t.channels[self.channel as usize], &owner]);
        row(self.id, self.name.clone(), detail, self.budget, cx.t.lead_status[self.status as usize], cx.ts(self.created_at))
    }
}

impl Describe for Deal {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = join(&[&cx.account(Some(self.account_id)), &cx.person(Some(self.owner_id))]);
        let date = self.expected_close.and_then(|d| cx.date(d));
        row(self.id, self.name.clone(), detail, Some(self.amount), cx.t.stages[self.stage.index()], date)
    }
}

impl Describe for Activity {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = join(&[&cx.account(self.account_id), &cx.person(self.owner_id)]);
        row(self.id, self.subject.clone(), detail, None, cx.t.activity_kinds[self.kind as usize], cx.ts(self.at))
    }
}

impl Describe for Quote {
    fn describe(&self, cx: &Cx) -> Row {
        let title = format!("v{} · {}", self.version, self.lines.len());
        row(self.id, title, String::new(), None, cx.t.quote_status[self.status as usize], self.valid_until.and_then(|d| cx.date(d)))
    }
}

impl Describe for Contract {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = cx.account(Some(self.account_id));
        row(self.id, self.title.clone(), detail, Some(self.amount), cx.t.contract_status[self.status as usize], cx.ts(self.created_at))
    }
}

impl Describe for ApprovalStep {
    fn describe(&self, cx: &Cx) -> Row {
        let title = cx.t.roles[self.role as usize].to_string();
        let detail = join(&[&cx.person(self.approver_id), &self.reason]);
        row(self.id, title, detail, None, cx.t.decisions[self.decision as usize], self.decided_at.and_then(|t| cx.ts(t)))
    }
}

impl Describe for Order {
    fn describe(&self, cx: &Cx) -> Row {
        let title = cx.account(Some(self.account_id));
        row(self.id, title, self.lines.len().to_string(), Some(self.total()), "", cx.date(self.ordered_on))
    }
}

impl Describe for Invoice {
    fn describe(&self, cx: &Cx) -> Row {
        row(self.id, self.number.clone(), cx.account(Some(self.account_id)), Some(self.amount), "", cx.date(self.due_on))
    }
}

impl Describe for Payment {
    fn describe(&self, cx: &Cx) -> Row {
        row(self.id, cx.account(Some(self.account_id)), self.method.clone(), Some(self.amount), "", cx.date(self.paid_on))
    }
}

impl Describe for SurveyResponse {
    fn describe(&self, cx: &Cx) -> Row {
        let title = format!("{} {}", cx.t.survey_kinds[self.kind as usize], self.score);
        let detail = join(&[&cx.account(Some(self.account_id)), &self.comment]);
        row(self.id, title, detail, None, cx.t.touchpoints[self.touchpoint as usize], cx.date(self.responded_on))
    }
}

impl Describe for Complaint {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = join(&[
            &cx.account(Some(self.account_id)),
            cx.t.complaint_categories[self.category as usize],
            cx.t.severities[self.severity as usize],
        ]);
        row(self.id, self.title.clone(), detail, None, cx.t.complaint_status[self.status as usize], cx.ts(self.opened_at))
    }
}

impl Describe for Visit {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = join(&[&cx.person(Some(self.person_id)), &cx.account(self.account_id)]);
        row(self.id, self.purpose.clone(), detail, None, "", cx.ts(self.checked_in_at))
    }
}

impl Describe for TrainingRecord {
    fn describe(&self, cx: &Cx) -> Row {
        let hours = format!("{}.{} h", self.hours_tenths / 10, self.hours_tenths % 10);
        let detail = join(&[&cx.person(Some(self.person_id)), &hours]);
        row(self.id, self.title.clone(), detail, None, cx.t.training_kinds[self.kind as usize], cx.date(self.on))
    }
}

impl Describe for Target {
    fn describe(&self, cx: &Cx) -> Row {
        let period = match self.period {
            Period::Year => self.year.to_string(),
            Period::Quarter(q) => format!("{} Q{q}", self.year),
            Period::Month(m) => format!("{}-{m:02}", self.year),
        };
        let scope = if self.person_id.is_some() { cx.person(self.person_id) } else { String::new() };
        let amount = (self.metric == TargetMetric::Revenue).then(|| Money::cny(self.value));
        let metric = cx.t.target_metrics[self.metric as usize];
        let detail = if amount.is_some() { scope } else { join(&[&scope, &fmt::int(self.value)]) };
        row(self.id, period, detail, amount, metric, None)
    }
}

impl Describe for BudgetLine {
    fn describe(&self, cx: &Cx) -> Row {
        let title = format!("{} {}", self.year, cx.t.budget_categories[self.category as usize]);
        row(self.id, title, fmt::money(self.actual), Some(self.planned), "", None)
    }
}

impl Describe for Risk {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = join(&[&format!("{}×{}={}", self.likelihood, self.impact, self.score()), &self.mitigation]);
        row(self.id, self.title.clone(), detail, None, cx.t.work_status[self.status as usize], None)
    }
}

impl Describe for Milestone {
    fn describe(&self, cx: &Cx) -> Row {
        row(self.id, self.title.clone(), cx.person(self.owner_id), None, cx.t.work_status[self.status as usize], cx.date(self.due_on))
    }
}

impl Describe for SuccessCase {
    fn describe(&self, _cx: &Cx) -> Row {
        row(self.id, self.title.clone(), join(&[&self.industry, &self.summary]), None, "", None)
    }
}

impl Describe for CommunityEvent {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = join(&[&self.location, &self.attendees.len().to_string()]);
        row(self.id, self.name.clone(), detail, None, cx.t.event_kinds[self.kind as usize], cx.date(self.held_on))
    }
}

impl Describe for ImprovementAction {
    fn describe(&self, cx: &Cx) -> Row {
        let detail = join(&[&cx.person(self.person_id), &self.diagnosis, &cx.person(Some(self.owner_id))]);
        row(self.id, self.action.clone(), detail, None, cx.t.reviews.action_status[self.status as usize], cx.date(self.due_on))
    }
}

macro_rules! describe_any {
    ($( $kind:ident => $ty:ident, $field:ident, $store:literal; )*) => {
        /// Any record as a list row.
        pub fn describe(r: &Record, cx: &Cx) -> Row {
            match r { $( Record::$kind(x) => x.describe(cx), )* }
        }
    };
}

crate::for_each_entity!(describe_any);
