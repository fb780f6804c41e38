//! The run's report as text: per file, rows read, created, updated,
//! unchanged, left out, and every problem with file, row, column and
//! reason. Shown before the commit and downloadable after it.

use crate::domain::migration::MigrationPlan;
use crate::i18n::Texts;
use crate::ui::leads::csv_import::messages::{column, reason};

pub fn report_text(t: &'static Texts, plan: &MigrationPlan) -> String {
    let m = &t.migrate;
    let mut out = format!("{}\n\n", m.report_title);
    for f in &plan.files {
        let s = f.summary;
        out.push_str(&format!(
            "{} ({})\n  {}: {}\n  {}: {}\n  {}: {}\n  {}: {}\n  {}: {}\n  {}: {}\n",
            f.name,
            m.file_kinds[f.kind.index()],
            m.col_rows,
            f.rows,
            m.col_new,
            s.create,
            m.col_updated,
            s.update + s.merged_in_file,
            m.col_unchanged,
            s.unchanged,
            m.col_skipped,
            s.skipped + s.excluded,
            m.col_invalid,
            s.invalid,
        ));
        for e in &f.errors {
            out.push_str(&format!("  {} {} · {} · «{}» · {}\n", t.csv.col_row, e.row, column(t, e), e.value, reason(t, e.reason)));
        }
        out.push('\n');
    }
    let created: usize = plan.created_by_resolution.iter().map(|c| c.1).sum();
    if created > 0 {
        out.push_str(&(m.created_by_choice)(created));
        out.push('\n');
    }
    out
}
