//! Entering a survey response by hand: the score as `nps::check_response`
//! takes it (NPS 0–10, touchpoint satisfaction 1–5), dated no later than
//! today.

use chrono::NaiveDate;

use crate::domain::{Id, SurveyKind, SurveyResponse, Timestamp, Touchpoint};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseInput {
    pub contact_id: Option<Id>,
    pub kind: SurveyKind,
    pub touchpoint: Touchpoint,
    pub score: String,
    pub comment: String,
    pub responded_on: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseError {
    /// Not a whole number in 0–10.
    NpsScore,
    /// Not a whole number in 1–5.
    CsatScore,
    DateRequired,
    DateInFuture,
}

pub fn score_range(kind: SurveyKind) -> (u8, u8) {
    match kind {
        SurveyKind::Nps => (0, 10),
        SurveyKind::Csat => (1, 5),
    }
}

pub fn record_response(account_id: Id, input: &ResponseInput, id: Id, now: Timestamp) -> Result<SurveyResponse, Vec<ResponseError>> {
    let mut errors = Vec::new();
    // Not a whole number counts as out of range: the message names the range.
    let score = input.score.trim().parse::<i64>().ok().and_then(|n| super::nps::check_response(input.kind, n).ok());
    if score.is_none() {
        errors.push(match input.kind {
            SurveyKind::Nps => ResponseError::NpsScore,
            SurveyKind::Csat => ResponseError::CsatScore,
        });
    }
    match input.responded_on {
        None => errors.push(ResponseError::DateRequired),
        Some(d) if d > now.date_naive() => errors.push(ResponseError::DateInFuture),
        Some(_) => {}
    }
    let (Some(score), Some(responded_on), true) = (score, input.responded_on, errors.is_empty()) else {
        return Err(errors);
    };
    Ok(SurveyResponse {
        id,
        created_at: now,
        updated_at: now,
        account_id,
        contact_id: input.contact_id,
        kind: input.kind,
        touchpoint: input.touchpoint,
        score,
        comment: input.comment.trim().to_string(),
        responded_on,
    })
}
