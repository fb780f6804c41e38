//! Which column feeds which field: suggested from the header names, then
//! edited by the user.

use super::text::fold;
use super::Target;

/// Column → field. A field is fed by at most one column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping<F: Target> {
    columns: Vec<Option<F>>,
}

impl<F: Target> Mapping<F> {
    /// Nothing mapped, for a file with `width` columns.
    pub fn empty(width: usize) -> Mapping<F> {
        Mapping { columns: vec![None; width] }
    }

    /// A suggestion from the header names. `extra` adds names the caller
    /// knows, such as the app's own column labels in every language (so a
    /// file the app exported maps itself). A header is matched after
    /// [`fold`]; when several headers mean the same field, the leftmost wins
    /// and the others stay unmapped.
    pub fn suggest<S: AsRef<str>>(headers: &[S], extra: &[(F, &str)]) -> Mapping<F> {
        let mut m = Mapping::empty(headers.len());
        for (col, header) in headers.iter().enumerate() {
            let h = fold(header.as_ref());
            if h.is_empty() {
                continue;
            }
            let found = extra
                .iter()
                .find(|(_, name)| fold(name) == h)
                .map(|(f, _)| *f)
                .or_else(|| F::ALL.iter().copied().find(|f| fold(f.key()) == h || f.aliases().iter().any(|a| fold(a) == h)));
            if let Some(f) = found {
                if m.column_of(f).is_none() {
                    m.columns[col] = Some(f);
                }
            }
        }
        m
    }

    /// A saved mapping (field keys by header name, as
    /// [`Mapping::to_saved`] writes it) applied to a new file's headers.
    /// Headers the saved mapping does not know stay unmapped.
    pub fn from_saved<S: AsRef<str>>(headers: &[S], saved: &[(String, String)]) -> Mapping<F> {
        let mut m = Mapping::empty(headers.len());
        for (col, header) in headers.iter().enumerate() {
            let h = fold(header.as_ref());
            let field = saved.iter().find(|(name, _)| fold(name) == h).and_then(|(_, key)| F::from_key(key));
            if let Some(f) = field {
                m.set(col, Some(f));
            }
        }
        m
    }

    /// (header, field key) for every mapped column, to save and reuse.
    pub fn to_saved<S: AsRef<str>>(&self, headers: &[S]) -> Vec<(String, String)> {
        self.columns
            .iter()
            .zip(headers)
            .filter_map(|(f, h)| f.map(|f| (h.as_ref().to_string(), f.key().to_string())))
            .collect()
    }

    /// Maps `col` to `field` (or unmaps it). A field moved here leaves the
    /// column it was on, so the one-column-per-field rule holds.
    pub fn set(&mut self, col: usize, field: Option<F>) {
        if let Some(f) = field {
            for c in self.columns.iter_mut().filter(|c| **c == Some(f)) {
                *c = None;
            }
        }
        if let Some(slot) = self.columns.get_mut(col) {
            *slot = field;
        }
    }

    pub fn field_at(&self, col: usize) -> Option<F> {
        self.columns.get(col).copied().flatten()
    }
    pub fn column_of(&self, field: F) -> Option<usize> {
        self.columns.iter().position(|c| *c == Some(field))
    }
    pub fn columns(&self) -> &[Option<F>] {
        &self.columns
    }
    /// Required fields no column is mapped to; the import cannot start
    /// until this is empty.
    pub fn missing_required(&self) -> Vec<F> {
        let mapped = |f: &F| self.column_of(*f).is_some();
        F::ALL.iter().copied().filter(|f| f.required() && !mapped(f) && !f.alternatives().iter().any(mapped)).collect()
    }
    /// Field index → column, for per-row lookups without a search.
    pub(crate) fn by_field(&self) -> Vec<Option<usize>> {
        let mut out = vec![None; F::ALL.len()];
        for (col, f) in self.columns.iter().enumerate() {
            if let Some(slot) = f.and_then(|f| out.get_mut(f.index())) {
                *slot = Some(col);
            }
        }
        out
    }
}
