//! Cross-department support requests (跨部门协作): a rep asks pre-sales,
//! technical, legal or finance colleagues for help on a deal.

use chrono::NaiveDate;

use super::{Deal, Id, SupportRequest, SupportStatus, SupportTeam, Timestamp};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SupportError {
    EmptySubject,
    /// A "needed by" date before today would be overdue on creation.
    NeededByPast { needed_by: NaiveDate },
    UnknownRequest,
}

pub struct NewRequest {
    pub team: SupportTeam,
    pub subject: String,
    pub details: String,
    pub needed_by: Option<NaiveDate>,
    pub requested_by: Option<Id>,
}

/// The deal with `req` added (newest last).
pub fn add_request(deal: &Deal, req: NewRequest, id: Id, now: Timestamp) -> Result<Deal, SupportError> {
    let subject = req.subject.trim();
    if subject.is_empty() {
        return Err(SupportError::EmptySubject);
    }
    if let Some(d) = req.needed_by.filter(|d| *d < now.date_naive()) {
        return Err(SupportError::NeededByPast { needed_by: d });
    }
    let mut next = deal.clone();
    next.support_requests.push(SupportRequest {
        id,
        team: req.team,
        subject: subject.to_string(),
        details: req.details.trim().to_string(),
        requested_by: req.requested_by,
        requested_at: now,
        needed_by: req.needed_by,
        status: SupportStatus::Open,
        updated_at: None,
    });
    next.updated_at = now;
    Ok(next)
}

pub fn set_status(deal: &Deal, request: Id, status: SupportStatus, now: Timestamp) -> Result<Deal, SupportError> {
    let mut next = deal.clone();
    let r = next.support_requests.iter_mut().find(|r| r.id == request).ok_or(SupportError::UnknownRequest)?;
    r.status = status;
    r.updated_at = Some(now);
    next.updated_at = now;
    Ok(next)
}

/// Open or in-progress requests whose "needed by" date has passed.
pub fn is_overdue(r: &SupportRequest, now: Timestamp) -> bool {
    r.status != SupportStatus::Done && r.needed_by.is_some_and(|d| d < now.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{generate, DemoSize, Lang};
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
    }
    fn deal() -> Deal {
        generate(DemoSize::Small, Lang::En, 7).data.deals.into_iter().next().expect("a demo deal")
    }
    fn req(subject: &str, needed_by: Option<NaiveDate>) -> NewRequest {
        NewRequest { team: SupportTeam::PreSales, subject: subject.into(), details: " demo ".into(), needed_by, requested_by: None }
    }

    #[test]
    fn a_request_is_added_open_and_trimmed() {
        let d = deal();
        let tomorrow = NaiveDate::from_ymd_opt(2026, 11, 28);
        let next = add_request(&d, req("  Demo for CTO ", tomorrow), Id::from_u128(5), now()).unwrap();
        let r = next.support_requests.last().unwrap();
        assert_eq!((r.subject.as_str(), r.details.as_str(), r.status), ("Demo for CTO", "demo", SupportStatus::Open));
        assert_eq!((r.requested_at, next.updated_at), (now(), now()));
        assert!(!is_overdue(r, now()));
        assert!(is_overdue(r, now() + chrono::Duration::days(2)));
    }

    #[test]
    fn bad_requests_are_refused() {
        let d = deal();
        assert_eq!(add_request(&d, req(" ", None), Id::from_u128(5), now()), Err(SupportError::EmptySubject));
        let past = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(add_request(&d, req("x", Some(past)), Id::from_u128(5), now()), Err(SupportError::NeededByPast { needed_by: past }));
        assert_eq!(set_status(&d, Id::from_u128(404), SupportStatus::Done, now()), Err(SupportError::UnknownRequest));
    }

    #[test]
    fn status_changes_are_stamped_and_done_is_never_overdue() {
        let past_due = NaiveDate::from_ymd_opt(2026, 11, 28);
        let d = add_request(&deal(), req("Sizing", past_due), Id::from_u128(5), now()).unwrap();
        let later = now() + chrono::Duration::days(5);
        let done = set_status(&d, Id::from_u128(5), SupportStatus::Done, later).unwrap();
        let r = done.support_requests.last().unwrap();
        assert_eq!((r.status, r.updated_at), (SupportStatus::Done, Some(later)));
        assert!(!is_overdue(r, later));
    }
}
