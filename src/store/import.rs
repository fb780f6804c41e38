//! Import in two phases: raw JSON → validated workspace. Nothing is written
//! until the whole file has passed; every problem is reported with its path.

use std::collections::BTreeMap;

use super::codec::{decode_kind, decode_one};
use super::format::{ImportDto, FORMAT_NAME, FORMAT_VERSION};
use super::scan::Scanner;
use crate::domain::validate::{KnownIds, Problem};
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

/// Bytes of record JSON decoded (or scanned, or checked) between two
/// pauses: small enough that each step stays well under 50 ms in a browser.
pub const PAUSE_BYTES: usize = 256 * 1024;

/// The envelope with the records still as JSON texts.
struct Envelope<'a> {
    format: Option<String>,
    format_version: Option<u32>,
    app_version: Option<String>,
    settings: Option<&'a str>,
    data: Option<BTreeMap<String, Vec<&'a str>>>,
}

/// [`parse`] that calls `pause(done, total)` every [`PAUSE_BYTES`] or so, so
/// the UI can show progress and the page stays responsive while a
/// 100,000-record file is checked. The units of `done`/`total` only make
/// sense as a fraction.
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
    // Progress: scanning the file, decoding it, checking references.
    let total = text.len() * 3;
    let envelope = match split(text, &mut pause, total).await {
        Some(e) => e,
        None => whole_file(text)?,
    };
    match checked(envelope, existing, &mut pause, total).await {
        // A record that is not even JSON: the whole-file parse says where, as
        // for any other syntax error.
        Err(Checked::Syntax) => match checked(whole_file(text)?, existing, &mut pause, total).await {
            Err(Checked::Syntax) => Err(ImportFailure::one("", IssueKind::NotAnExport)),
            Err(Checked::Failed(f)) => Err(f),
            Ok(p) => Ok(p),
        },
        Err(Checked::Failed(f)) => Err(f),
        Ok(p) => Ok(p),
    }
}

/// The reference reading of a file: serde parses all of it at once. Its
/// errors (line and column of a syntax error) are what the user sees.
fn whole_file(text: &str) -> Result<Envelope<'_>, ImportFailure> {
    let dto: ImportDto = serde_json::from_str(text).map_err(|e| {
        let kind = if e.is_data() {
            IssueKind::NotAnExport
        } else {
            IssueKind::NotJson { line: e.line(), column: e.column(), detail: e.to_string() }
        };
        ImportFailure::one("", kind)
    })?;
    Ok(Envelope {
        format: dto.format,
        format_version: dto.format_version,
        app_version: dto.app_version,
        settings: dto.settings.map(|r| r.get()),
        data: dto.data.map(|d| d.into_iter().map(|(k, v)| (k, v.into_iter().map(|r| r.get()).collect())).collect()),
    })
}

/// Cuts the file into envelope fields and one JSON text per record, pausing
/// as it goes. `None` for anything out of the ordinary (broken structure,
/// escaped keys, a repeated `data`): [`whole_file`] then decides.
async fn split<'a, F, Fut>(text: &'a str, pause: &mut F, total: usize) -> Option<Envelope<'a>>
where
    F: FnMut(usize, usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut s = Scanner::new(text);
    if !s.eat(b'{') {
        return None;
    }
    // Every member but `data`, rebuilt as a small object for serde.
    let mut rest = String::from("{");
    let mut data = None;
    let mut settings = None;
    let mut next_pause = PAUSE_BYTES;
    if !s.eat(b'}') {
        loop {
            let key = s.plain_string()?;
            if !s.eat(b':') {
                return None;
            }
            if key == "data" && s.eat(b'{') {
                if data.is_some() {
                    return None;
                }
                let mut kinds: BTreeMap<String, Vec<&str>> = BTreeMap::new();
                if !s.eat(b'}') {
                    loop {
                        let name = s.plain_string()?;
                        if !s.eat(b':') || !s.eat(b'[') {
                            return None;
                        }
                        let mut items = Vec::new();
                        if !s.eat(b']') {
                            loop {
                                items.push(s.value()?);
                                if s.pos() >= next_pause {
                                    next_pause = s.pos() + PAUSE_BYTES;
                                    pause(s.pos(), total).await;
                                }
                                if s.eat(b']') {
                                    break;
                                }
                                if !s.eat(b',') {
                                    return None;
                                }
                            }
                        }
                        kinds.insert(name.to_string(), items);
                        if s.eat(b'}') {
                            break;
                        }
                        if !s.eat(b',') {
                            return None;
                        }
                    }
                }
                data = Some(kinds);
            } else {
                // `data` that is not an object is left to serde's verdict.
                if key == "data" {
                    return None;
                }
                let value = s.value()?;
                if key == "settings" {
                    settings = Some(value);
                }
                if rest.len() > 1 {
                    rest.push(',');
                }
                rest.push('"');
                rest.push_str(key);
                rest.push_str("\":");
                rest.push_str(value);
            }
            if s.eat(b'}') {
                break;
            }
            if !s.eat(b',') {
                return None;
            }
        }
    }
    if !s.at_end() {
        return None;
    }
    rest.push('}');
    let dto: ImportDto = serde_json::from_str(&rest).ok()?;
    if dto.data.is_some() {
        return None;
    }
    // A repeated `settings` would have failed above, as in `whole_file`.
    let settings = if dto.settings.is_some() { settings } else { None };
    Some(Envelope { format: dto.format, format_version: dto.format_version, app_version: dto.app_version, settings, data })
}

enum Checked {
    /// Some record is not valid JSON: the whole-file parse must report it.
    Syntax,
    Failed(ImportFailure),
}

impl From<ImportFailure> for Checked {
    fn from(f: ImportFailure) -> Checked {
        Checked::Failed(f)
    }
}

async fn checked<F, Fut>(
    dto: Envelope<'_>,
    existing: &Collections,
    pause: &mut F,
    total: usize,
) -> Result<Parsed, Checked>
where
    F: FnMut(usize, usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let third = total / 3;
    match dto.format.as_deref() {
        Some(FORMAT_NAME) => {}
        Some(other) => return Err(ImportFailure::one("format", IssueKind::WrongFormat { found: other.into() }).into()),
        None => return Err(ImportFailure::one("format", IssueKind::NotAnExport).into()),
    }
    let version = dto.format_version.ok_or_else(|| ImportFailure::one("format_version", IssueKind::NotAnExport))?;
    if version > FORMAT_VERSION {
        return Err(ImportFailure::one(
            "format_version",
            IssueKind::NewerVersion { found: version, supported: FORMAT_VERSION },
        )
        .into());
    }
    // Version 1 is the first published format: no older versions to upgrade yet.
    // A future version adds its upgrade step here, on the raw JSON values.

    let mut issues = Vec::new();
    let settings = match dto.settings {
        None => Settings::default(),
        Some(raw) => match decode_one::<Settings>(raw) {
            Ok(s) => s,
            Err((path, detail)) => {
                issues.push(ImportIssue { path: join("settings", &path), kind: IssueKind::InvalidValue { detail } });
                Settings::default()
            }
        },
    };
    let raw_data = dto.data.ok_or_else(|| ImportFailure::one("data", IssueKind::NotAnExport))?;
    let mut data = Collections::default();
    let mut decoded = 0;
    let mut syntax = false;
    for (name, items) in &raw_data {
        let Some(kind) = EntityKind::from_store_name(name) else {
            issues.push(ImportIssue {
                path: format!("data.{name}"),
                kind: IssueKind::UnknownKind { name: name.clone() },
            });
            continue;
        };
        data.reserve(kind, items.len());
        let mut start = 0;
        while start < items.len() {
            // A batch of about PAUSE_BYTES of JSON.
            let mut end = start;
            let mut bytes = 0;
            while end < items.len() && (end == start || bytes < PAUSE_BYTES) {
                bytes += items[end].len();
                end += 1;
            }
            for e in decode_kind(kind, &items[start..end], &mut data) {
                syntax |= e.syntax;
                issues.push(ImportIssue {
                    path: join(&format!("data.{name}[{}]", start + e.index), &e.path),
                    kind: IssueKind::InvalidValue { detail: e.message },
                });
            }
            decoded += bytes;
            start = end;
            pause(third + decoded.min(third), total).await;
        }
    }
    if syntax {
        return Err(Checked::Syntax);
    }
    // Reference checks only make sense once every record decoded.
    if issues.is_empty() {
        let mut known = KnownIds::new(existing);
        let mut problems = Vec::new();
        for &kind in EntityKind::ALL {
            problems.extend(known.add(&data, kind));
            pause(2 * third, total).await;
        }
        let records = data.len().max(1);
        let mut checked = 0;
        for &kind in EntityKind::ALL {
            let n = data.count(kind);
            let mut start = 0;
            while start < n {
                let end = (start + CHECK_BATCH).min(n);
                problems.extend(known.dangling(&data, kind, start..end));
                checked += end - start;
                start = end;
                pause(2 * third + third * checked / records, total).await;
            }
        }
        for p in problems {
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
        return Err(ImportFailure { issues, total }.into());
    }
    for &kind in EntityKind::ALL {
        data.sort_kind_by_id(kind);
        pause(total, total).await;
    }
    Ok(Parsed { workspace: Workspace { settings, data }, format_version: version, app_version: dto.app_version })
}

/// Records checked for dangling references between two pauses.
const CHECK_BATCH: usize = 5_000;

fn join(prefix: &str, inner: &str) -> String {
    if inner.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}.{inner}")
    }
}
