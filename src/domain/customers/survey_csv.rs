//! Survey responses from a spreadsheet, through the shared mapping engine
//! (`domain::mapping`): the bytes become a `Table` in `store::csv`; here a
//! row becomes a `SurveyResponse`.
//!
//! The account is found by name (folded: case, spacing and full-width forms
//! do not matter); the contact, optional, by e-mail (a cell with "@") or
//! name among that account's contacts. The kind defaults to NPS. A row is
//! the same response as another when account, contact, kind, touchpoint and
//! date all agree, so importing a file twice does not count it twice.

use std::collections::HashMap;

use super::nps::check_response;
use crate::domain::mapping::value::{parse_date, parse_whole, Choices, DateOrder};
use crate::domain::mapping::run::run;
use crate::domain::mapping::{fold, Cells, DupePolicy, ImportKind, Mapping, Plan, Reason, Table, Target};
use crate::domain::{Account, Contact, EntityKind, Id, SurveyKind, SurveyResponse, Timestamp, Touchpoint};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SurveyField {
    Account,
    Contact,
    Kind,
    Touchpoint,
    Score,
    Date,
    Comment,
}

use SurveyField as F;

impl Target for SurveyField {
    const ALL: &'static [SurveyField] = &[F::Account, F::Contact, F::Kind, F::Touchpoint, F::Score, F::Date, F::Comment];
    const ID: Option<SurveyField> = None;

    fn index(self) -> usize {
        self as usize
    }
    fn key(self) -> &'static str {
        ["account", "contact", "kind", "touchpoint", "score", "date", "comment"][self.index()]
    }
    fn required(self) -> bool {
        matches!(self, F::Account | F::Score | F::Date)
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            F::Account => &["Account", "Account Name", "Company", "Customer", "客户", "客户名称", "公司", "公司名称"],
            F::Contact => &["Contact", "Contact Name", "Respondent", "Email", "联系人", "受访者", "邮箱"],
            F::Kind => &["Kind", "Type", "Survey", "Survey Type", "类型", "问卷类型", "调查类型"],
            F::Touchpoint => &["Touchpoint", "Stage", "Touch Point", "触点", "环节", "阶段"],
            F::Score => &["Score", "Rating", "NPS", "CSAT", "评分", "分数", "得分"],
            F::Date => &["Date", "Responded", "Response Date", "Responded On", "日期", "调查日期", "回复日期"],
            F::Comment => &["Comment", "Comments", "Feedback", "Notes", "评论", "意见", "反馈", "备注"],
        }
    }
}

#[derive(Clone, Debug)]
pub struct SurveyOptions {
    pub date_order: DateOrder,
    /// For rows without a kind.
    pub default_kind: SurveyKind,
    /// For rows without a touchpoint (NPS is asked after sales).
    pub default_touchpoint: Touchpoint,
    /// The app's translated kind and touchpoint names, so its own labels read back.
    pub kind_labels: Vec<(SurveyKind, String)>,
    pub touchpoint_labels: Vec<(Touchpoint, String)>,
}

impl Default for SurveyOptions {
    fn default() -> Self {
        SurveyOptions {
            date_order: DateOrder::DayFirst,
            default_kind: SurveyKind::Nps,
            default_touchpoint: Touchpoint::AfterSales,
            kind_labels: Vec::new(),
            touchpoint_labels: Vec::new(),
        }
    }
}

/// Account, contact, kind, touchpoint, date.
type SurveyKey = (Id, Option<Id>, SurveyKind, Touchpoint, chrono::NaiveDate);

pub struct SurveyImport<'a, G: FnMut() -> Id> {
    existing: &'a [SurveyResponse],
    accounts: HashMap<String, Vec<Id>>,
    /// (account, folded name or lower-case e-mail) → contacts.
    contacts: HashMap<(Id, String), Vec<Id>>,
    kinds: Choices<SurveyKind>,
    touchpoints: Choices<Touchpoint>,
    opts: SurveyOptions,
    now: Timestamp,
    next_id: G,
}

/// Plans importing `table` next to the `existing` responses.
#[allow(clippy::too_many_arguments)]
pub fn plan_survey_csv(
    table: &Table,
    mapping: &Mapping<SurveyField>,
    existing: &[SurveyResponse],
    accounts: &[Account],
    contacts: &[Contact],
    opts: SurveyOptions,
    now: Timestamp,
    next_id: impl FnMut() -> Id,
) -> Plan<SurveyResponse> {
    run(SurveyImport::new(existing, accounts, contacts, opts, now, next_id), table, mapping, DupePolicy::Skip)
}

const KIND_NAMES: &[(SurveyKind, &str)] = &[
    (SurveyKind::Nps, "nps"),
    (SurveyKind::Nps, "Net Promoter Score"),
    (SurveyKind::Nps, "净推荐值"),
    (SurveyKind::Csat, "csat"),
    (SurveyKind::Csat, "Satisfaction"),
    (SurveyKind::Csat, "满意度"),
];

const TOUCHPOINT_NAMES: &[(Touchpoint, &str)] = &[
    (Touchpoint::PreSales, "pre_sales"),
    (Touchpoint::PreSales, "Pre-sales"),
    (Touchpoint::PreSales, "售前"),
    (Touchpoint::Signing, "signing"),
    (Touchpoint::Signing, "Contract"),
    (Touchpoint::Signing, "签约"),
    (Touchpoint::Delivery, "delivery"),
    (Touchpoint::Delivery, "Acceptance"),
    (Touchpoint::Delivery, "交付"),
    (Touchpoint::Delivery, "交付验收"),
    (Touchpoint::AfterSales, "after_sales"),
    (Touchpoint::AfterSales, "After-sales"),
    (Touchpoint::AfterSales, "Support"),
    (Touchpoint::AfterSales, "售后"),
];

impl<'a, G: FnMut() -> Id> SurveyImport<'a, G> {
    pub fn new(
        existing: &'a [SurveyResponse],
        accounts: &[Account],
        contacts: &[Contact],
        opts: SurveyOptions,
        now: Timestamp,
        next_id: G,
    ) -> Self {
        let mut by_name: HashMap<String, Vec<Id>> = HashMap::new();
        for a in accounts {
            by_name.entry(fold(&a.name)).or_default().push(a.id);
        }
        let mut by_contact: HashMap<(Id, String), Vec<Id>> = HashMap::new();
        for c in contacts {
            by_contact.entry((c.account_id, fold(&c.name))).or_default().push(c.id);
            let email = c.email.trim().to_lowercase();
            if !email.is_empty() {
                by_contact.entry((c.account_id, email)).or_default().push(c.id);
            }
        }
        let mut kinds = Choices::new(&[]);
        // The app's labels first: on a clash they are what the user meant.
        for (k, l) in &opts.kind_labels {
            kinds.add(*k, l);
        }
        for (k, l) in KIND_NAMES {
            kinds.add(*k, l);
        }
        let mut touchpoints = Choices::new(&[]);
        for (t, l) in &opts.touchpoint_labels {
            touchpoints.add(*t, l);
        }
        for (t, l) in TOUCHPOINT_NAMES {
            touchpoints.add(*t, l);
        }
        SurveyImport { existing, accounts: by_name, contacts: by_contact, kinds, touchpoints, opts, now, next_id }
    }

    fn one(found: Option<&Vec<Id>>, kind: EntityKind) -> Result<Option<Id>, Reason> {
        match found.map(Vec::as_slice) {
            Some([id]) => Ok(Some(*id)),
            Some([_, _, ..]) => Err(Reason::AmbiguousReference(kind)),
            _ => Err(Reason::UnknownReference(kind)),
        }
    }
}

impl<G: FnMut() -> Id> ImportKind for SurveyImport<'_, G> {
    type Field = SurveyField;
    type Record = SurveyResponse;
    type Key = SurveyKey;

    fn existing(&self) -> &[SurveyResponse] {
        self.existing
    }
    fn id_of(r: &SurveyResponse) -> Id {
        r.id
    }
    fn keys(&self, r: &SurveyResponse, out: &mut Vec<SurveyKey>) {
        out.push((r.account_id, r.contact_id, r.kind, r.touchpoint, r.responded_on));
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<SurveyResponse> {
        let account_id = match c.required(F::Account, p) {
            "" => None,
            name => c.parse(F::Account, p, |_| Self::one(self.accounts.get(&fold(name)), EntityKind::Account)),
        };
        let contact_id = match (account_id, c.text(F::Contact)) {
            (Some(a), t) if !t.is_empty() => {
                let key = if t.contains('@') { t.to_lowercase() } else { fold(t) };
                c.parse(F::Contact, p, |_| Self::one(self.contacts.get(&(a, key)), EntityKind::Contact))
            }
            _ => None,
        };
        let kind = c.parse(F::Kind, p, |t| self.kinds.parse(t)).unwrap_or(self.opts.default_kind);
        let touchpoint = c.parse(F::Touchpoint, p, |t| self.touchpoints.parse(t)).unwrap_or(self.opts.default_touchpoint);
        // An NPS of 11 or a CSAT of 0 is not one of the field's values.
        c.required(F::Score, p);
        let score = c.parse(F::Score, p, |t| {
            let n = parse_whole::<u32>(t)?;
            n.map(|n| check_response(kind, i64::from(n)).map_err(|_| Reason::NotAChoice)).transpose()
        });
        c.required(F::Date, p);
        let responded_on = c.parse(F::Date, p, |t| parse_date(t, self.opts.date_order));
        Some(SurveyResponse {
            id: (self.next_id)(),
            created_at: self.now,
            updated_at: self.now,
            account_id: account_id?,
            contact_id,
            kind,
            touchpoint,
            score: score?,
            comment: c.text(F::Comment).to_string(),
            responded_on: responded_on?,
        })
    }

    fn copy_field(&self, dst: &mut SurveyResponse, src: &SurveyResponse, f: F) {
        match f {
            F::Account => dst.account_id = src.account_id,
            F::Contact => dst.contact_id = src.contact_id,
            F::Kind => dst.kind = src.kind,
            F::Touchpoint => dst.touchpoint = src.touchpoint,
            F::Score => dst.score = src.score,
            F::Date => dst.responded_on = src.responded_on,
            F::Comment => dst.comment.clone_from(&src.comment),
        }
    }

    fn touch(&self, r: &mut SurveyResponse) {
        r.updated_at = self.now;
    }
}
