//! Moving a card: lost reason and checklist questions, rank within the
//! column, one transaction, an announcement for screen readers and Undo.

use leptos::prelude::*;

use super::model::BoardModel;
use crate::domain::deal_rules::{move_deal, rank_between, renumber};
use crate::domain::pipeline::Stage;
use crate::domain::checklist;
use crate::domain::customers::orders::order_for_won_deal;
use crate::domain::{Activity, Deal, EntityKind, Id, Invoice, Order, Quote, Timestamp};
use crate::store::Change;
use crate::ui::actions::commit;
use crate::ui::state::{use_acting, use_clock, use_data, use_ids, use_locale, ActingCtx, ClockCtx, DataCtx, DbStoreFields, IdsCtx, LocaleCtx};
use crate::ui::toast::{use_notices, Notices};

/// Where a card is going: stage and position among the column's shown cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    pub id: Id,
    pub to: Stage,
    pub index: usize,
}

/// A question to answer before the move happens.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    LostReason(Target),
    Checklist(Target, Vec<&'static str>),
}

/// Captures its contexts when created, so it works from event handlers.
#[derive(Clone, Copy)]
pub struct Mover {
    pub model: BoardModel,
    pub ask: RwSignal<Option<Ask>>,
    /// Text of the polite live region.
    pub announce: RwSignal<String>,
    data: DataCtx,
    locale: LocaleCtx,
    clock: ClockCtx,
    acting: ActingCtx,
    notices: Notices,
    ids: IdsCtx,
}

impl Mover {
    pub fn new(model: BoardModel) -> Mover {
        Mover {
            model,
            ask: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
            data: use_data(),
            locale: use_locale(),
            clock: use_clock(),
            acting: use_acting(),
            notices: use_notices(),
            ids: use_ids(),
        }
    }

    pub fn deal(&self, id: Id) -> Option<Deal> {
        self.data.db.deals().at_key(id).try_get_untracked()
    }

    /// Exit-checklist items of the deal's current stage that are not done.
    fn unmet_checklist(&self, deal: &Deal) -> Vec<&'static str> {
        let db = self.data.db;
        let activities: Vec<Activity> =
            db.activities().with_untracked(|a| a.iter().filter(|x| x.deal_id == Some(deal.id)).cloned().collect());
        let quotes: Vec<Quote> = db.quotes().with_untracked(|q| q.iter().filter(|x| x.deal_id == deal.id).cloned().collect());
        checklist::unmet(deal, deal.stage, &activities, &quotes).into_iter().map(|i| i.key).collect()
    }

    /// Starts a move; asks first where the rules say so.
    pub fn request(&self, target: Target) {
        self.request_then(target, || ());
    }

    /// Like [`Mover::request`]; `settled` runs once the move is stored (or
    /// failed), or right away when a question is asked instead.
    pub fn request_then(&self, target: Target, settled: impl FnOnce() + 'static) {
        let Some(deal) = self.deal(target.id) else { return settled() };
        if target.to == Stage::Lost && deal.stage != Stage::Lost {
            self.ask.set(Some(Ask::LostReason(target)));
            return settled();
        }
        let forward = target.to.index() > deal.stage.index() && target.to != Stage::Lost;
        if forward {
            let unmet = self.unmet_checklist(&deal);
            if !unmet.is_empty() {
                self.ask.set(Some(Ask::Checklist(target, unmet)));
                return settled();
            }
        }
        self.perform_then(target, None, settled);
    }

    /// Commits the move in one transaction and offers Undo.
    pub fn perform(&self, target: Target, lost_reason: Option<String>) {
        self.perform_then(target, lost_reason, || ());
    }

    fn perform_then(&self, target: Target, lost_reason: Option<String>, settled: impl FnOnce() + 'static) {
        let Mover { data, locale, clock, acting, notices, .. } = *self;
        let t = locale.texts();
        let Some(deal) = self.deal(target.id) else { return settled() };
        let column: Vec<Id> =
            self.model.columns[target.to.index()].with_untracked(|c| c.iter().copied().filter(|id| *id != target.id).collect());
        let index = target.index.min(column.len());
        // Ranks as the column is ordered by them.
        let rank_of = |id: &Id| self.model.rank(*id);
        let before = index.checked_sub(1).and_then(|i| column.get(i)).and_then(rank_of);
        let after = column.get(index).and_then(rank_of);
        let now = clock.now_untracked();
        let mut upserts = Vec::new();
        let mut previous = Vec::new();
        let rank = match rank_between(before, after) {
            Some(r) => r,
            None => {
                // No room between the neighbours: space the column out again.
                let mut order = column.clone();
                order.insert(index, target.id);
                let ranks = renumber(order.len());
                for (id, r) in order.iter().zip(&ranks) {
                    if *id == target.id {
                        continue;
                    }
                    if let Some(mut d) = self.deal(*id) {
                        previous.push(d.clone());
                        d.rank = *r;
                        d.updated_at = now;
                        upserts.push(d);
                    }
                }
                ranks[index]
            }
        };
        let Ok(moved) = move_deal(&deal, target.to, rank, acting.0.get_untracked(), lost_reason.as_deref(), now) else {
            self.ask.set(Some(Ask::LostReason(target)));
            return settled();
        };
        previous.push(deal.clone());
        upserts.push(moved.clone());
        let announce = self.announce;
        let mut change = Change { upserts: upserts.into_iter().map(Into::into).collect(), ..Change::default() };
        // Winning a deal books its order and invoice in the same transaction;
        // Undo takes them back out.
        let mut booked = Vec::new();
        if deal.stage != Stage::Won && moved.stage == Stage::Won {
            if let Some((order, invoice)) = won_order(data, self.ids, &moved, now) {
                booked = vec![(EntityKind::Order, order.id), (EntityKind::Invoice, invoice.id)];
                change.upserts.push(order.into());
                change.upserts.push(invoice.into());
            }
        }
        leptos::task::spawn_local(async move {
            let stored = commit(data, notices, t, change).await.is_ok();
            settled();
            if !stored {
                return;
            }
            let stage = t.stages[target.to.index()];
            let text = (t.moved_to)(&moved.name, stage);
            announce.set(text.clone());
            crate::ui::focus::refocus_card(moved.id);
            let undo = Callback::new(move |_| {
                let now = clock.now_untracked();
                let restore: Vec<_> = previous
                    .iter()
                    .cloned()
                    .map(|mut d| {
                        d.updated_at = now;
                        d.into()
                    })
                    .collect();
                let name = moved.name.clone();
                let deletes = booked.clone();
                leptos::task::spawn_local(async move {
                    let change = Change { upserts: restore, deletes, ..Change::default() };
                    if commit(data, notices, t, change).await.is_ok() {
                        announce.set((t.move_undone)(&name));
                    }
                });
            });
            notices.show_with_action(text, t.undo, undo);
        });
    }
}

/// The order and invoice for a deal just won, when it names products.
fn won_order(data: DataCtx, ids: IdsCtx, deal: &Deal, now: Timestamp) -> Option<(Order, Invoice)> {
    let db = data.db;
    let (quotes, products, orders) = (db.quotes().read_untracked(), db.products().read_untracked(), db.orders().read_untracked());
    let invoices = db.invoices().with_untracked(Vec::len);
    order_for_won_deal(deal, &quotes, &products, &orders, invoices, ids.next(now), ids.next(now), now).ok()
}
