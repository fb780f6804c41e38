//! Contract approval routing by amount (SPEC §3 合同签订与审批): below the
//! threshold the sales director approves; at or above it finance, legal and
//! the VP must all countersign.
//!
//! Steps are stored records and are never deleted, so earlier rounds stay as
//! history. A round is the set of steps created together; [`current_round`]
//! picks the latest one, and [`decide`] and [`outcome`] only look at it.

use super::{ApprovalStep, Contract, ContractStatus, Decision, Id, IdGen, Money, Role, Settings, Timestamp};

/// What an approver decides. A rejection must say what has to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApprovalDecision {
    Approve,
    Reject { reason: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApprovalError {
    /// The current round has no step for this role.
    NoPendingStep {
        role: Role,
    },
    EmptyRejectReason,
    AlreadyDecided {
        role: Role,
        decision: Decision,
    },
    /// Someone already rejected this round: the contract goes back for
    /// changes and a fresh round, so further votes on it would be lost.
    RoundRejected,
}

/// Roles that must approve a contract of `amount`. The threshold is in the
/// workspace currency; an amount in another currency cannot be shown to be
/// below it, so it takes the full countersign route.
/// An empty role list in the settings would approve nothing, so it falls
/// back to the default route rather than letting contracts through unseen.
pub fn required_roles(amount: Money, settings: &Settings) -> Vec<Role> {
    let below = amount.currency == settings.currency && amount.minor < settings.approval_threshold_minor;
    let configured = if below { &settings.approvers_below } else { &settings.approvers_above };
    let mut roles: Vec<Role> = Vec::new();
    for r in configured {
        if !roles.contains(r) {
            roles.push(*r);
        }
    }
    if roles.is_empty() {
        let d = Settings::default();
        roles = if below { d.approvers_below } else { d.approvers_above };
    }
    roles
}

/// One pending step per required role, all created at `now`.
pub fn route(contract: &Contract, settings: &Settings, now: Timestamp, idgen: &mut IdGen) -> Vec<ApprovalStep> {
    required_roles(contract.amount, settings)
        .into_iter()
        .map(|role| ApprovalStep {
            id: idgen.next(now),
            created_at: now,
            updated_at: now,
            contract_id: Some(contract.id),
            quote_id: None,
            role,
            approver_id: None,
            decision: Decision::Pending,
            reason: String::new(),
            decided_at: None,
            subject_sha256: String::new(),
        })
        .collect()
}

/// Fresh pending steps after the contract was changed (typically after a
/// rejection). Roles are recomputed, since the change may cross the threshold.
/// The new round is stamped strictly after everything in `previous`, even
/// when the (simulated) clock stands still, so [`current_round`] can tell the
/// rounds apart without an extra field.
pub fn reroute_after_change(
    contract: &Contract,
    previous: &[ApprovalStep],
    settings: &Settings,
    now: Timestamp,
    idgen: &mut IdGen,
) -> Vec<ApprovalStep> {
    let latest = previous.iter().flat_map(|s| [Some(s.created_at), s.decided_at]).flatten().max();
    let at = match latest {
        Some(t) if t >= now => t + chrono::Duration::milliseconds(1),
        _ => now,
    };
    route(contract, settings, at, idgen)
}

/// The latest round: the steps sharing the newest `created_at`. Pass the
/// steps of one contract.
pub fn current_round(steps: &[ApprovalStep]) -> Vec<&ApprovalStep> {
    let Some(latest) = steps.iter().map(|s| s.created_at).max() else {
        return Vec::new();
    };
    steps.iter().filter(|s| s.created_at == latest).collect()
}

/// The updated step for `role` in the current round; the caller stores it.
/// Whether `approver` holds `role` is the caller's check (acting-as is
/// role-play, not a security boundary).
pub fn decide(
    steps: &[ApprovalStep],
    role: Role,
    approver: Id,
    decision: ApprovalDecision,
    now: Timestamp,
) -> Result<ApprovalStep, ApprovalError> {
    let round = current_round(steps);
    if round.iter().any(|s| s.decision == Decision::Rejected) {
        return Err(ApprovalError::RoundRejected);
    }
    let step = round.iter().find(|s| s.role == role).ok_or(ApprovalError::NoPendingStep { role })?;
    if step.decision != Decision::Pending {
        return Err(ApprovalError::AlreadyDecided { role, decision: step.decision });
    }
    let (decision, reason) = match decision {
        ApprovalDecision::Approve => (Decision::Approved, String::new()),
        ApprovalDecision::Reject { reason } => {
            let reason = reason.trim();
            if reason.is_empty() {
                return Err(ApprovalError::EmptyRejectReason);
            }
            (Decision::Rejected, reason.to_string())
        }
    };
    Ok(ApprovalStep {
        approver_id: Some(approver),
        decision,
        reason,
        decided_at: Some(now),
        updated_at: now,
        ..(*step).clone()
    })
}

/// Status implied by the current round: any rejection → Rejected; every step
/// approved → Approved; otherwise (including no steps at all, which must not
/// count as approval) → PendingApproval.
pub fn outcome(steps: &[ApprovalStep]) -> ContractStatus {
    let round = current_round(steps);
    if round.iter().any(|s| s.decision == Decision::Rejected) {
        ContractStatus::Rejected
    } else if !round.is_empty() && round.iter().all(|s| s.decision == Decision::Approved) {
        ContractStatus::Approved
    } else {
        ContractStatus::PendingApproval
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Currency, LegalChecklist};
    use chrono::{TimeZone, Utc};

    fn t(min: u32) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, min, 0).unwrap()
    }
    fn contract(minor: i64) -> Contract {
        Contract {
            id: Id::from_u128(1),
            created_at: t(0),
            updated_at: t(0),
            title: "ERP rollout".into(),
            account_id: Id::from_u128(2),
            deal_id: None,
            quote_id: None,
            amount: Money::cny(minor),
            status: ContractStatus::PendingApproval,
            body: String::new(),
            legal: LegalChecklist::default(),
            deposit_clause: false,
            signature: None,
        }
    }
    fn reject(reason: &str) -> ApprovalDecision {
        ApprovalDecision::Reject { reason: reason.into() }
    }
    /// Applies a decision the way the UI would: replace the stored step.
    fn apply(steps: &mut [ApprovalStep], role: Role, d: ApprovalDecision, at: Timestamp) -> Result<(), ApprovalError> {
        let step = decide(steps, role, Id::from_u128(50), d, at)?;
        if let Some(slot) = steps.iter_mut().find(|s| s.id == step.id) {
            *slot = step;
        }
        Ok(())
    }

    #[test]
    fn threshold_is_inclusive_for_the_countersign_route() {
        let s = Settings::default(); // ¥500,000.00 = 50,000,000 fen
        assert_eq!(required_roles(Money::cny(49_999_999), &s), vec![Role::SalesDirector]); // ¥499,999.99
        assert_eq!(required_roles(Money::cny(50_000_000), &s), vec![Role::Finance, Role::Legal, Role::Vp]);
        assert_eq!(required_roles(Money::cny(50_000_001), &s), vec![Role::Finance, Role::Legal, Role::Vp]);
        assert_eq!(required_roles(Money::cny(0), &s), vec![Role::SalesDirector]);
        // $1.00 cannot be compared with a CNY threshold: full route.
        assert_eq!(required_roles(Money::new(100, Currency::USD), &s).len(), 3);
    }

    #[test]
    fn route_creates_pending_steps_for_the_contract() {
        let steps = route(&contract(60_000_000), &Settings::default(), t(1), &mut IdGen::new(1));
        assert_eq!(steps.len(), 3);
        assert!(steps.iter().all(|s| s.decision == Decision::Pending
            && s.contract_id == Some(Id::from_u128(1))
            && s.created_at == t(1)
            && s.approver_id.is_none()));
        assert_eq!(outcome(&steps), ContractStatus::PendingApproval);
    }

    #[test]
    fn all_three_must_countersign() {
        let mut steps = route(&contract(50_000_000), &Settings::default(), t(1), &mut IdGen::new(1));
        apply(&mut steps, Role::Finance, ApprovalDecision::Approve, t(2)).unwrap();
        apply(&mut steps, Role::Legal, ApprovalDecision::Approve, t(3)).unwrap();
        assert_eq!(outcome(&steps), ContractStatus::PendingApproval);
        apply(&mut steps, Role::Vp, ApprovalDecision::Approve, t(4)).unwrap();
        assert_eq!(outcome(&steps), ContractStatus::Approved);
        let vp = steps.iter().find(|s| s.role == Role::Vp).unwrap();
        assert_eq!((vp.approver_id, vp.decided_at), (Some(Id::from_u128(50)), Some(t(4))));
    }

    #[test]
    fn decide_refuses_bad_requests() {
        let mut steps = route(&contract(1_000), &Settings::default(), t(1), &mut IdGen::new(1));
        let err = decide(&steps, Role::Finance, Id::from_u128(50), ApprovalDecision::Approve, t(2));
        assert_eq!(err, Err(ApprovalError::NoPendingStep { role: Role::Finance }));
        assert_eq!(apply(&mut steps, Role::SalesDirector, reject("  "), t(2)), Err(ApprovalError::EmptyRejectReason));
        apply(&mut steps, Role::SalesDirector, ApprovalDecision::Approve, t(2)).unwrap();
        let again = apply(&mut steps, Role::SalesDirector, reject("price"), t(3));
        assert_eq!(
            again,
            Err(ApprovalError::AlreadyDecided { role: Role::SalesDirector, decision: Decision::Approved })
        );
        assert_eq!(outcome(&[]), ContractStatus::PendingApproval);
    }

    #[test]
    fn rejection_sends_the_contract_back_for_a_fresh_round() {
        let c = contract(80_000_000);
        let mut gen = IdGen::new(1);
        let mut steps = route(&c, &Settings::default(), t(1), &mut gen);
        apply(&mut steps, Role::Finance, ApprovalDecision::Approve, t(2)).unwrap();
        apply(&mut steps, Role::Legal, reject(" Missing IP clause "), t(3)).unwrap();
        assert_eq!(outcome(&steps), ContractStatus::Rejected);
        assert_eq!(steps[1].reason, "Missing IP clause");
        assert_eq!(apply(&mut steps, Role::Vp, ApprovalDecision::Approve, t(4)), Err(ApprovalError::RoundRejected));

        // The clock stands still at the rejection time; the new round is still later.
        let fresh = reroute_after_change(&c, &steps, &Settings::default(), t(3), &mut gen);
        assert!(fresh.iter().all(|s| s.created_at > t(3) && s.decision == Decision::Pending));
        steps.extend(fresh);
        assert_eq!(outcome(&steps), ContractStatus::PendingApproval);
        for role in [Role::Finance, Role::Legal, Role::Vp] {
            apply(&mut steps, role, ApprovalDecision::Approve, t(5)).unwrap();
        }
        assert_eq!(outcome(&steps), ContractStatus::Approved);
        assert_eq!(steps.len(), 6); // the rejected round stays as history
    }

    #[test]
    fn reroute_recomputes_roles_after_the_amount_changes() {
        let mut c = contract(80_000_000);
        let first = route(&c, &Settings::default(), t(1), &mut IdGen::new(1));
        c.amount = Money::cny(30_000_000);
        let fresh = reroute_after_change(&c, &first, &Settings::default(), t(9), &mut IdGen::new(2));
        assert_eq!(fresh.iter().map(|s| s.role).collect::<Vec<_>>(), vec![Role::SalesDirector]);
        assert_eq!(fresh[0].created_at, t(9));
    }
}
