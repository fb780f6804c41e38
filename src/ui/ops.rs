//! Everything an edit handler needs, captured once while the component is
//! built (contexts cannot be looked up from inside event handlers).

use leptos::prelude::*;

use super::actions::commit_then;
use super::state::{use_acting, use_clock, use_data, use_ids, use_locale, ClockCtx, DataCtx, IdsCtx, LocaleCtx};
use super::toast::{use_notices, Notices, Tone};
use crate::domain::{Id, Timestamp};
use crate::i18n::Texts;
use crate::store::Change;

#[derive(Clone, Copy)]
pub struct Ops {
    pub data: DataCtx,
    pub notices: Notices,
    pub locale: LocaleCtx,
    pub clock: ClockCtx,
    pub ids: IdsCtx,
    pub acting: RwSignal<Option<Id>>,
}

pub fn use_ops() -> Ops {
    Ops {
        data: use_data(),
        notices: use_notices(),
        locale: use_locale(),
        clock: use_clock(),
        ids: use_ids(),
        acting: use_acting().0,
    }
}

impl Ops {
    pub fn t(&self) -> &'static Texts {
        self.locale.0.get_untracked().texts()
    }
    pub fn now(&self) -> Timestamp {
        self.clock.now_untracked()
    }
    pub fn new_id(&self) -> Id {
        self.ids.next(self.now())
    }
    pub fn acting_id(&self) -> Option<Id> {
        self.acting.get_untracked()
    }
    /// Shows why an action was refused; nothing was written.
    pub fn refuse(&self, why: impl Into<String>) {
        self.notices.show(why, Tone::Error);
    }
    /// Stores `change` in one transaction; `done` is announced on success.
    pub fn write(&self, change: Change, done: Option<String>) {
        self.write_then(change, done, || ());
    }
    /// As [`Ops::write`], running `after` once the change is stored.
    pub fn write_then(&self, change: Change, done: Option<String>, after: impl FnOnce() + 'static) {
        commit_then(self.data, self.notices, self.t(), change, done, after);
    }
}
