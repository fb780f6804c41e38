//! The stage history an imported deal would have had, rebuilt from the
//! dates the file keeps, so that win rate, cycle days and funnel
//! conversion count imported deals like ones worked in SalesFlow.

use crate::domain::pipeline::Stage;
use crate::domain::{StageChange, Timestamp};

/// `(created_at, history)` for a deal now in `stage`.
///
/// Milestones: created → the first stage; engaged → needs confirmed (when
/// the deal got that far, or closed); closed → won or lost. A stage past
/// needs confirmed that is still open is entered at the latest date known.
/// Without a created date the deal was created when engaged, else when
/// closed, else `now`. Dates out of order (closed before engaged) are
/// moved up to the previous one, so the history never goes back in time.
pub fn rebuild_history(
    stage: Stage,
    created: Option<Timestamp>,
    engaged: Option<Timestamp>,
    closed: Option<Timestamp>,
    now: Timestamp,
) -> (Timestamp, Vec<StageChange>) {
    let created_at = created.or(engaged).or(closed).unwrap_or(now);
    let mut history = vec![StageChange { from: None, to: Stage::Identify, at: created_at, by: None }];
    let mut last = created_at;
    let mut go = |history: &mut Vec<StageChange>, to: Stage, at: Timestamp| {
        let from = history.last().map(|c| c.to);
        if from == Some(to) {
            return;
        }
        last = last.max(at);
        history.push(StageChange { from, to, at: last, by: None });
    };
    // Every stage after the first (won and lost included) passed through
    // needs confirmed when the file says the deal was engaged.
    if let Some(e) = engaged.filter(|_| stage != Stage::Identify) {
        go(&mut history, Stage::NeedsConfirmed, e);
    }
    let end = if stage.is_closed() { closed.or(engaged) } else { engaged.or(created) };
    go(&mut history, stage, end.unwrap_or(created_at));
    (created_at, history)
}
