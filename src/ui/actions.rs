//! User actions that write: validate → commit one transaction → update the store.

use leptos::prelude::*;

use super::browser;
use super::state::{apply, snapshot, total_count, DataCtx};
use super::toast::{Busy, Notices, Tone};
use crate::domain::demo::{generate_at, DemoSize, Lang};
use crate::domain::{Timestamp, Workspace};
use crate::i18n::Texts;
use crate::store::format::{export_file_name, export_json};
use crate::store::{Change, Repo, StoreError};

/// Changes above this many records show a progress bar.
const SHOW_PROGRESS_FROM: usize = 2_000;

/// Commits `change` in one transaction; the store is updated only on success,
/// so a failed write leaves both storage and screen as they were.
pub async fn commit(data: DataCtx, notices: Notices, t: &'static Texts, change: Change) -> Result<(), StoreError> {
    commit_keeping(data, notices, t, change).await.map(|_| ())
}

/// [`commit`] that hands back what a clearing change replaced.
async fn commit_keeping(
    data: DataCtx,
    notices: Notices,
    t: &'static Texts,
    change: Change,
) -> Result<Option<Workspace>, StoreError> {
    let Some(repo) = data.repo.get_untracked() else {
        let e = StoreError::Unavailable("not open".into());
        notices.show((t.save_failed)(&e.to_string()), Tone::Error);
        return Err(e);
    };
    let big = change.len() >= SHOW_PROGRESS_FROM;
    if big {
        notices.busy.set(Some(Busy { label: t.working.into(), done: 0, total: change.len() }));
        browser::next_frame().await;
    }
    let busy = notices.busy;
    let progress = move |done: usize, total: usize| {
        if big {
            busy.set(Some(Busy { label: t.working.into(), done, total }));
        }
    };
    let result = repo.commit(&change, &progress).await;
    if big {
        notices.busy.set(None);
    }
    match result {
        Ok(()) => Ok(apply(data.db, change)),
        Err(e) => {
            notices.show((t.save_failed)(&e.to_string()), Tone::Error);
            Err(e)
        }
    }
}

/// Commits an edit made in a form and says "Saved" when it is stored.
pub fn save(data: DataCtx, notices: Notices, t: &'static Texts, change: Change) {
    save_then(data, notices, t, change, || ());
}

/// Like [`save`], then runs `then` (e.g. leave the form) only once the edit
/// is stored; after a failure the form stays as typed.
pub fn save_then(data: DataCtx, notices: Notices, t: &'static Texts, change: Change, then: impl FnOnce() + 'static) {
    commit_then(data, notices, t, change, Some(t.saved.to_string()), then);
}

/// Commits `change` in the background; on success announces `done` (if any)
/// and runs `then`. Failures are already reported by [`commit`].
pub fn commit_then(
    data: DataCtx,
    notices: Notices,
    t: &'static Texts,
    change: Change,
    done: Option<String>,
    then: impl FnOnce() + 'static,
) {
    leptos::task::spawn_local(async move {
        if commit(data, notices, t, change).await.is_ok() {
            if let Some(msg) = done {
                notices.show(msg, Tone::Success);
            }
            then();
        }
    });
}

/// Replaces all stored data (import, demo data, clear all) and offers Undo,
/// which puts back the previous data in one transaction.
pub async fn replace_all(data: DataCtx, notices: Notices, t: &'static Texts, change: Change, done: String) -> bool {
    let had_data = total_count(data.db) > 0;
    let Ok(before) = commit_keeping(data, notices, t, change).await else {
        return false;
    };
    match before.filter(|_| had_data) {
        Some(ws) => {
            let undo = Callback::new(move |_| {
                let ws = ws.clone();
                leptos::task::spawn_local(async move {
                    let _ = commit(data, notices, t, Change::replace_with(&ws)).await;
                });
            });
            notices.show_with_action(done, t.undo, undo);
        }
        None => notices.show(done, Tone::Success),
    }
    true
}

pub async fn load_demo(data: DataCtx, notices: Notices, t: &'static Texts, size: DemoSize, lang: Lang, now: Timestamp) {
    notices.busy.set(Some(Busy { label: t.working.into(), done: 0, total: 1 }));
    browser::next_frame().await;
    // Same size and language give the same data (seeded), so trainers and
    // trainees can talk about the same records.
    let ws = generate_at(size, lang, 20_261_127, now);
    let n = ws.data.len();
    notices.busy.set(None);
    replace_all(data, notices, t, Change::replace(ws), (t.demo_loaded)(n)).await;
}

/// Downloads the whole workspace; returns the file name.
pub fn export(data: DataCtx, notices: Notices, t: &'static Texts, now: Timestamp) -> Option<String> {
    let ws = snapshot(data.db);
    let name = export_file_name(now);
    match browser::download(&name, "application/json", &export_json(&ws, now)) {
        Ok(()) => {
            notices.show((t.exported)(&name), Tone::Success);
            Some(name)
        }
        Err(e) => {
            notices.show((t.save_failed)(&e), Tone::Error);
            None
        }
    }
}
