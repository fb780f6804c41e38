//! Import in two phases: raw JSON → validated workspace. Nothing is written
//! until the whole file has passed; every problem is reported with its path.

use super::codec::{decode_kind, decode_one, DecodeError};
use super::format::{ImportDto, FORMAT_NAME, FORMAT_VERSION};
use crate::domain::validate::{self, Problem};
use crate::domain::{Collections, EntityKind, Id, Settings, Workspace};

/// What is wrong, independent of language; the UI words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IssueKind {
    NotJson { line: usize, column: usize, detail: String },
    NotAnExport,
    WrongFormat { found: String },
    NewerVersion { found: u32, supported: u32 },
    UnknownKind { name: String },
    InvalidValue { detail: String },
    DuplicateId { id: Id },
    Dangling { target: EntityKind, id: Id },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportIssue {
    /// JSON path, e.g. `data.deals[3].amount.minor`; empty for the whole file.
    pub path: String,
    pub kind: IssueKind,
}

/// More problems than this are summarised as "and N more".
pub const MAX_ISSUES: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFailure {
    pub issues: Vec<ImportIssue>,
    pub total: usize,
}

impl ImportFailure {
    fn one(path: &str, kind: IssueKind) -> ImportFailure {
        ImportFailure { issues: vec![ImportIssue { path: path.into(), kind }], total: 1 }
    }
}

/// A decoded file, ready to preview and commit.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub workspace: Workspace,
    pub format_version: u32,
    pub app_version: Option<String>,
}

/// Parses and checks a whole export file. `existing` is the stored data a merge
/// would combine with (references to it are allowed); pass an empty
/// collection for replace mode, where the file must stand on its own.
pub fn parse(text: &str, existing: &Collections) -> Result<Parsed, ImportFailure> {
    super::memory::block_on(parse_with_pauses(text, existing, |_, _| std::future::ready(())))
}

/// Records decoded between two pauses.
pub const DECODE_CHUNK: usize = 2_000;

/// [`parse`] that calls `pause(done, total)` after every [`DECODE_CHUNK`]
/// records, so the UI can show progress and the page stays responsive while
/// a 100,000-record file is checked.
pub async fn parse_with_pauses<F, Fut>(
    text: &str,
    existing: &Collections,
    mut pause: F,
) -> Result<Parsed, ImportFailure>
where
    F: FnMut(usize, usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let dto: ImportDto = serde_json::from_str(text).map_err(|e| {
        let kind = if e.is_data() {
            IssueKind::NotAnExport
        } else {
            IssueKind::NotJson { line: e.line(), column: e.column(), detail: e.to_string() }
        };
        ImportFailure::one("", kind)
    })?;
    match dto.format.as_deref() {
        Some(FORMAT_NAME) => {}
        Some(other) => return Err(ImportFailure::one("format", IssueKind::WrongFormat { found: other.into() })),
        None => return Err(ImportFailure::one("format", IssueKind::NotAnExport)),
    }
    let version = dto.format_version.ok_or_else(|| ImportFailure::one("format_version", IssueKind::NotAnExport))?;
    if version > FORMAT_VERSION {
        return Err(ImportFailure::one(
            "format_version",
            IssueKind::NewerVersion { found: version, supported: FORMAT_VERSION },
        ));
    }
    // Version 1 is the first published format: no older versions to upgrade yet.
    // A future version adds its upgrade step here, on the raw JSON values.

    let mut issues = Vec::new();
    let settings = match dto.settings {
        None => Settings::default(),
        Some(raw) => match decode_one::<Settings>(raw.get()) {
            Ok(s) => s,
            Err((path, detail)) => {
                issues.push(ImportIssue { path: join("settings", &path), kind: IssueKind::InvalidValue { detail } });
                Settings::default()
            }
        },
    };
    let raw_data = dto.data.ok_or_else(|| ImportFailure::one("data", IssueKind::NotAnExport))?;
    let mut data = Collections::default();
    let total: usize = raw_data.values().map(Vec::len).sum();
    let mut done = 0;
    for (name, items) in &raw_data {
        let Some(kind) = EntityKind::from_store_name(name) else {
            issues.push(ImportIssue {
                path: format!("data.{name}"),
                kind: IssueKind::UnknownKind { name: name.clone() },
            });
            continue;
        };
        for (chunk_no, chunk) in items.chunks(DECODE_CHUNK).enumerate() {
            let offset = chunk_no * DECODE_CHUNK;
            for DecodeError { index, path, message } in decode_kind(kind, chunk, &mut data) {
                issues.push(ImportIssue {
                    path: join(&format!("data.{name}[{}]", offset + index), &path),
                    kind: IssueKind::InvalidValue { detail: message },
                });
            }
            done += chunk.len();
            pause(done, total).await;
        }
    }
    // Reference checks only make sense once every record decoded.
    if issues.is_empty() {
        for p in validate::check_against(&data, existing) {
            let path = p.path();
            let kind = match p {
                Problem::DuplicateId { id, .. } => IssueKind::DuplicateId { id },
                Problem::Dangling { target, id, .. } => IssueKind::Dangling { target, id },
            };
            issues.push(ImportIssue { path, kind });
        }
    }
    if !issues.is_empty() {
        let total = issues.len();
        issues.truncate(MAX_ISSUES);
        return Err(ImportFailure { issues, total });
    }
    data.sort_by_id();
    Ok(Parsed { workspace: Workspace { settings, data }, format_version: version, app_version: dto.app_version })
}

fn join(prefix: &str, inner: &str) -> String {
    if inner.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}.{inner}")
    }
}
