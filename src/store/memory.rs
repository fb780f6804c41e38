use std::cell::{Cell, RefCell};

use super::repo::Progress;
use super::{Change, Repo, StoreError};
use crate::domain::Workspace;

/// In-memory repo for native tests. `fail_next_commit` simulates a transaction
/// that aborts half-way, to check callers never see partial writes.
#[derive(Default)]
pub struct MemoryRepo {
    ws: RefCell<Workspace>,
    fail_next: Cell<bool>,
    pub commits: Cell<usize>,
}

impl MemoryRepo {
    pub fn new(ws: Workspace) -> MemoryRepo {
        MemoryRepo { ws: RefCell::new(ws), ..MemoryRepo::default() }
    }
    pub fn fail_next_commit(&self) {
        self.fail_next.set(true);
    }
    pub fn snapshot(&self) -> Workspace {
        self.ws.borrow().clone()
    }
}

impl Repo for MemoryRepo {
    async fn load(&self) -> Result<Workspace, StoreError> {
        let mut ws = self.ws.borrow().clone();
        ws.data.sort_by_id();
        Ok(ws)
    }

    async fn commit(&self, change: &Change, progress: Progress<'_>) -> Result<(), StoreError> {
        // Work on a copy and swap at the end: the same all-or-nothing contract
        // IndexedDB gives us.
        let mut next = self.ws.borrow().clone();
        let total = change.len();
        change.apply_to(&mut next);
        if self.fail_next.replace(false) {
            return Err(StoreError::WriteFailed("simulated abort".into()));
        }
        progress(total, total);
        *self.ws.borrow_mut() = next;
        self.commits.set(self.commits.get() + 1);
        Ok(())
    }
}

/// Drives a future to completion on the current thread (native tests only;
/// the memory repo never actually suspends).
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    use std::pin::pin;
    use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};
    fn noop(_: *const ()) {}
    fn clone(p: *const ()) -> RawWaker {
        RawWaker::new(p, &VTABLE)
    }
    static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, noop, noop, noop);
    // SAFETY: the vtable functions do nothing with the data pointer.
    let waker = unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) };
    let mut cx = Context::from_waker(&waker);
    let mut f = pin!(f);
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{generate, DemoSize, Lang};

    #[test]
    fn commit_then_load_round_trips() {
        let repo = MemoryRepo::default();
        let ws = generate(DemoSize::Small, Lang::Zh, 5);
        block_on(repo.commit(&Change::replace_with(&ws), &|_, _| {})).unwrap();
        assert_eq!(block_on(repo.load()).unwrap(), ws);
    }

    #[test]
    fn failed_commit_leaves_data_unchanged() {
        let ws = generate(DemoSize::Small, Lang::En, 5);
        let repo = MemoryRepo::new(ws.clone());
        repo.fail_next_commit();
        let err = block_on(repo.commit(&Change::clear(), &|_, _| {}));
        assert!(matches!(err, Err(StoreError::WriteFailed(_))));
        assert_eq!(repo.snapshot(), ws);
        assert_eq!(repo.commits.get(), 0);
    }

    #[test]
    fn upsert_and_delete() {
        let ws = generate(DemoSize::Small, Lang::En, 9);
        let repo = MemoryRepo::new(ws.clone());
        let mut deal = ws.data.deals[0].clone();
        deal.name = "Renamed".into();
        block_on(repo.commit(&Change::upsert(deal.clone()), &|_, _| {})).unwrap();
        let del = Change { deletes: vec![(crate::domain::EntityKind::Lead, ws.data.leads[0].id)], ..Change::default() };
        block_on(repo.commit(&del, &|_, _| {})).unwrap();
        let now = repo.snapshot();
        assert_eq!(now.data.deals.iter().find(|d| d.id == deal.id).map(|d| d.name.as_str()), Some("Renamed"));
        assert_eq!(now.data.leads.len(), ws.data.leads.len() - 1);
    }
}
