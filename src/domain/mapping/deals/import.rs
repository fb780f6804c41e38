//! A row → a `Deal`, its references resolved and its history rebuilt.

use super::{rebuild_history, DealField as F, StageMap};
use crate::domain::deal_rules::RANK_STEP;
use crate::domain::mapping::context::{external_key, opt, ImportContext};
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::value::{parse_amount_in, parse_date, parse_timestamp};
use crate::domain::pipeline::Stage;
use crate::domain::{Currency, Deal, ForecastCategory, Id, Money, Negotiation};

#[derive(Clone, Debug, Default)]
pub struct DealOptions {
    pub stages: StageMap,
}

pub struct DealImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Deal],
    pub ctx: &'a ImportContext,
    pub opts: &'a DealOptions,
    pub next_id: G,
}

impl<G: FnMut() -> Id> DealImport<'_, G> {
    fn ts(&self, c: &Cells<'_, F>, f: F, p: &mut Vec<(F, Reason)>) -> Option<crate::domain::Timestamp> {
        let (order, offset) = (self.ctx.date_order, self.ctx.utc_offset_minutes);
        c.parse(f, p, |t| parse_timestamp(t, order, offset))
    }

    /// The name cell, else account and product ("Acme – GTX Pro"), else
    /// the source id: files exported for analysis often have no name.
    fn name(c: &Cells<'_, F>) -> String {
        match c.text(F::Name) {
            "" => {
                let parts: Vec<&str> = [c.text(F::Account), c.text(F::Product)].into_iter().filter(|t| !t.is_empty()).collect();
                match parts.is_empty() {
                    true => c.text(F::ExternalId).to_string(),
                    false => parts.join(" – "),
                }
            }
            n => n.to_string(),
        }
    }
}

impl<G: FnMut() -> Id> ImportKind for DealImport<'_, G> {
    type Field = F;
    type Record = Deal;
    type Key = String;

    fn existing(&self) -> &[Deal] {
        self.existing
    }
    fn id_of(record: &Deal) -> Id {
        record.id
    }
    /// Only the source id: two deals with one name are two deals.
    fn keys(&self, d: &Deal, out: &mut Vec<String>) {
        external_key(&d.external_id, out);
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        let links = &self.ctx.links;
        links.skips(RefKind::Person, c.text(F::Owner))
            || links.skips(RefKind::Account, c.text(F::Account))
            || links.skips(RefKind::Product, c.text(F::Product))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Deal> {
        let links = &self.ctx.links;
        let owner = c.parse(F::Owner, p, |t| links.id(RefKind::Person, t));
        if !c.provided(F::Owner) {
            p.push((F::Owner, Reason::Required));
        }
        // A blank account is a reference too: the user settles it (one
        // account for all of them, or skip), like any unmatched name.
        let account = links.id(RefKind::Account, c.text(F::Account)).map_err(|r| p.push((F::Account, r))).ok().flatten();
        if account.is_none() && !c.provided(F::Account) && !p.iter().any(|(f, _)| *f == F::Account) {
            p.push((F::Account, Reason::Required));
        }
        let product = c.parse(F::Product, p, |t| links.id(RefKind::Product, t));
        let stage = c.parse(F::Stage, p, |t| self.opts.stages.parse(t));
        if !c.provided(F::Stage) {
            p.push((F::Stage, Reason::Required));
        }
        let currency = c.parse(F::Currency, p, |t| match t {
            "" => Ok(None),
            t => Currency::parse(&t.to_ascii_uppercase()).map(Some).ok_or(Reason::NotAChoice),
        });
        let currency = currency.unwrap_or(self.ctx.currency);
        let (minor, currency) = c.parse(F::Amount, p, |t| parse_amount_in(t, currency)).unwrap_or((0, currency));
        let created = self.ts(c, F::CreatedAt, p);
        let engaged = self.ts(c, F::EngagedAt, p);
        let closed = self.ts(c, F::ClosedAt, p);
        let expected_close = c.parse(F::ExpectedClose, p, |t| parse_date(t, self.ctx.date_order));
        let (owner_id, account_id, stage) = (owner?, account?, stage?);
        let (created_at, stage_history) = rebuild_history(stage, created, engaged, closed, self.ctx.now);
        Some(Deal {
            id: match c.text(F::ExternalId) {
                "" => (self.next_id)(),
                x => self.ctx.own_id(RefKind::Deal, x, &mut self.next_id),
            },
            created_at,
            updated_at: self.ctx.now,
            name: Self::name(c),
            account_id,
            contact_id: None,
            owner_id,
            stage,
            amount: Money::new(minor, currency),
            // An open deal's "close date" in other CRMs is the expected one.
            expected_close: expected_close.or_else(|| closed.map(|t| t.date_naive())),
            product_ids: product.into_iter().collect(),
            forecast: forecast(stage),
            lost_reason: opt(c.text(F::LostReason)).filter(|_| stage == Stage::Lost),
            stage_history,
            // Rows keep the file's order within each column.
            rank: i64::from(c.number()).saturating_mul(RANK_STEP),
            lead_id: None,
            negotiation: Negotiation::default(),
            checklist: Vec::new(),
            last_activity_at: None,
            support_requests: Vec::new(),
            external_id: opt(c.text(F::ExternalId)),
        })
    }

    fn copy_field(&self, dst: &mut Deal, src: &Deal, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Name => dst.name.clone_from(&src.name),
            F::Account => dst.account_id = src.account_id,
            F::Owner => dst.owner_id = src.owner_id,
            F::Product => dst.product_ids.clone_from(&src.product_ids),
            F::Amount | F::Currency => dst.amount = src.amount,
            // The history is the file's when the stage moved or the file
            // has dates; a re-import of the same stage without dates keeps
            // the history the deal has (its "created" was the first import).
            F::Stage => {
                if dst.stage != src.stage {
                    dst.stage = src.stage;
                    dst.forecast = src.forecast;
                    dst.stage_history.clone_from(&src.stage_history);
                    dst.lost_reason.clone_from(&src.lost_reason);
                }
            }
            F::CreatedAt | F::EngagedAt | F::ClosedAt => {
                dst.created_at = src.created_at;
                dst.stage_history.clone_from(&src.stage_history);
                dst.expected_close = src.expected_close.or(dst.expected_close);
            }
            F::ExpectedClose => dst.expected_close = src.expected_close,
            F::LostReason => dst.lost_reason.clone_from(&src.lost_reason),
        }
    }

    fn touch(&self, record: &mut Deal) {
        record.updated_at = self.ctx.now;
    }
}

fn forecast(stage: Stage) -> ForecastCategory {
    match stage {
        Stage::Won => ForecastCategory::Closed,
        Stage::Lost => ForecastCategory::Omitted,
        _ => ForecastCategory::Pipeline,
    }
}
