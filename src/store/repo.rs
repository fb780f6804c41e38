use std::fmt;

use super::Change;
use crate::domain::Workspace;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused to open the database (private mode, blocked, quota).
    Unavailable(String),
    /// A write transaction failed and was rolled back; nothing was written.
    WriteFailed(String),
    /// Stored data could not be read back (corrupt or from a newer app).
    ReadFailed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(m) => write!(f, "storage unavailable: {m}"),
            StoreError::WriteFailed(m) => write!(f, "write failed, nothing saved: {m}"),
            StoreError::ReadFailed(m) => write!(f, "could not read stored data: {m}"),
        }
    }
}

/// Progress callback: (done, total) units of work.
pub type Progress<'a> = &'a dyn Fn(usize, usize);

/// Persistence of a workspace. Implementations apply each [`Change`] atomically.
#[allow(async_fn_in_trait)] // single-threaded wasm: futures need not be Send
pub trait Repo {
    async fn load(&self) -> Result<Workspace, StoreError>;
    async fn commit(&self, change: &Change, progress: Progress<'_>) -> Result<(), StoreError>;
}
