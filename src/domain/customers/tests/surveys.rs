use chrono::{NaiveDate, TimeZone, Utc};

use crate::domain::customers::surveys::*;
use crate::domain::{Id, SurveyKind, Timestamp, Touchpoint};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}
fn input(kind: SurveyKind, score: &str, day: u32) -> ResponseInput {
    ResponseInput {
        contact_id: None,
        kind,
        touchpoint: Touchpoint::Delivery,
        score: score.into(),
        comment: " ok ".into(),
        responded_on: NaiveDate::from_ymd_opt(2026, 11, day),
    }
}

#[test]
fn scores_must_lie_in_the_survey_kinds_range() {
    let a = Id::from_u128(1);
    assert_eq!(record_response(a, &input(SurveyKind::Nps, "0", 27), Id::from_u128(2), now()).unwrap().score, 0);
    assert_eq!(record_response(a, &input(SurveyKind::Nps, "10", 27), Id::from_u128(2), now()).unwrap().comment, "ok");
    assert_eq!(record_response(a, &input(SurveyKind::Nps, "11", 27), Id::from_u128(2), now()).unwrap_err(), vec![ResponseError::NpsScore]);
    assert_eq!(record_response(a, &input(SurveyKind::Csat, "0", 27), Id::from_u128(2), now()).unwrap_err(), vec![ResponseError::CsatScore]);
    assert_eq!(record_response(a, &input(SurveyKind::Csat, "5", 27), Id::from_u128(2), now()).unwrap().score, 5);
    assert_eq!(
        record_response(a, &input(SurveyKind::Csat, "4.5", 28), Id::from_u128(2), now()).unwrap_err(),
        vec![ResponseError::CsatScore, ResponseError::DateInFuture]
    );
}
