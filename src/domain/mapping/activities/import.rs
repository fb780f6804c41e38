//! A row → an `Activity`.

use super::ActivityField as F;
use crate::domain::mapping::context::ImportContext;
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::text::fold;
use crate::domain::mapping::value::{parse_timestamp, Choices};
use crate::domain::{Activity, ActivityKind, Id};

pub struct ActivityImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Activity],
    pub ctx: &'a ImportContext,
    pub kinds: Choices<ActivityKind>,
    pub done: Choices<bool>,
    pub next_id: G,
}

impl<'a, G: FnMut() -> Id> ActivityImport<'a, G> {
    pub fn new(existing: &'a [Activity], ctx: &'a ImportContext, next_id: G) -> Self {
        ActivityImport { existing, ctx, kinds: Choices::new(KIND_NAMES), done: Choices::new(DONE_NAMES), next_id }
    }
}

impl<G: FnMut() -> Id> ImportKind for ActivityImport<'_, G> {
    type Field = F;
    type Record = Activity;
    type Key = String;

    fn existing(&self) -> &[Activity] {
        self.existing
    }
    fn id_of(record: &Activity) -> Id {
        record.id
    }
    /// No source id: the same subject at the same time on the same deal
    /// (or account) is the same activity.
    fn keys(&self, a: &Activity, out: &mut Vec<String>) {
        let on = a.deal_id.or(a.account_id).map_or(String::new(), |id| id.to_string());
        out.push(format!("a:{on}:{}:{}", a.at.timestamp(), fold(&a.subject)));
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        let links = &self.ctx.links;
        links.skips(RefKind::Person, c.text(F::Owner)) || links.skips(RefKind::Account, c.text(F::Account))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Activity> {
        let subject = c.required(F::Subject, p);
        let links = &self.ctx.links;
        let (order, offset) = (self.ctx.date_order, self.ctx.utc_offset_minutes);
        let at = c.parse(F::At, p, |t| parse_timestamp(t, order, offset)).unwrap_or(self.ctx.now);
        let kind = c.parse(F::Kind, p, |t| self.kinds.parse(t)).unwrap_or(ActivityKind::Note);
        // Without a column, a task is open and anything else happened.
        let done = c.parse(F::Done, p, |t| self.done.parse(t)).unwrap_or(kind != ActivityKind::Task);
        let deal_id = c.parse(F::Deal, p, |t| links.id(RefKind::Deal, t));
        let account_id = c.parse(F::Account, p, |t| links.id(RefKind::Account, t));
        Some(Activity {
            id: (self.next_id)(),
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            kind,
            subject: subject.to_string(),
            notes: c.text(F::Notes).to_string(),
            at,
            due: (!done).then_some(at),
            done,
            owner_id: c.parse(F::Owner, p, |t| links.id(RefKind::Person, t)),
            deal_id,
            account_id,
            contact_id: None,
            lead_id: None,
        })
    }

    fn copy_field(&self, dst: &mut Activity, src: &Activity, f: F) {
        match f {
            F::Kind => dst.kind = src.kind,
            F::Subject => dst.subject.clone_from(&src.subject),
            F::Notes => dst.notes.clone_from(&src.notes),
            F::At => {
                dst.at = src.at;
                dst.due = src.due;
            }
            F::Done => {
                dst.done = src.done;
                dst.due = src.due;
            }
            F::Owner => dst.owner_id = src.owner_id.or(dst.owner_id),
            F::Deal => dst.deal_id = src.deal_id.or(dst.deal_id),
            F::Account => dst.account_id = src.account_id.or(dst.account_id),
        }
    }

    fn touch(&self, record: &mut Activity) {
        record.updated_at = self.ctx.now;
    }
}

const KIND_NAMES: &[(ActivityKind, &str)] = &[
    (ActivityKind::Call, "call"),
    (ActivityKind::Call, "Phone Call"),
    (ActivityKind::Call, "Phone"),
    (ActivityKind::Call, "电话"),
    (ActivityKind::Visit, "visit"),
    (ActivityKind::Visit, "拜访"),
    (ActivityKind::Visit, "上门拜访"),
    (ActivityKind::Email, "email"),
    (ActivityKind::Email, "E-mail"),
    (ActivityKind::Email, "邮件"),
    (ActivityKind::Meeting, "meeting"),
    (ActivityKind::Meeting, "Lunch"),
    (ActivityKind::Meeting, "会议"),
    (ActivityKind::Note, "note"),
    (ActivityKind::Note, "备注"),
    (ActivityKind::Task, "task"),
    (ActivityKind::Task, "To-do"),
    (ActivityKind::Task, "Deadline"),
    (ActivityKind::Task, "任务"),
    (ActivityKind::Task, "待办"),
];

const DONE_NAMES: &[(bool, &str)] = &[
    (true, "yes"),
    (true, "true"),
    (true, "1"),
    (true, "done"),
    (true, "completed"),
    (true, "是"),
    (true, "已完成"),
    (true, "完成"),
    (false, "no"),
    (false, "false"),
    (false, "0"),
    (false, "open"),
    (false, "not started"),
    (false, "否"),
    (false, "未完成"),
];
