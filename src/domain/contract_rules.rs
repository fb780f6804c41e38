//! Contract life cycle (SPEC §3 合同签订与审批): drafted from an accepted
//! quote, submitted for approval once the legal checklist is complete and
//! the credit check allows it, decided by each required role, and signed.
//!
//! A contract is edited only as a draft or after a rejection; while under
//! approval or once approved its content is frozen, so what the approvers
//! saw is what gets signed.

use super::approval::{self, outcome, ApprovalDecision, ApprovalError};
use super::credit::{approval_block, CreditAssessment, CreditBlock};
use super::{
    ApprovalStep, Contract, ContractStatus, Deal, Id, IdGen, LegalChecklist, Money, Quote, QuoteStatus, Role, Settings,
    Timestamp,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContractError {
    /// A contract is made from the accepted quote only.
    QuoteNotAccepted { status: QuoteStatus },
    /// Content is frozen while under approval, approved or signed.
    NotEditable { status: ContractStatus },
    EmptyTitle,
    NegativeAmount,
    /// Legal checklist items still open (by field name).
    LegalIncomplete { missing: Vec<&'static str> },
    Credit(CreditBlock),
    NotPending { status: ContractStatus },
    Approval(ApprovalError),
}

impl From<ApprovalError> for ContractError {
    fn from(e: ApprovalError) -> Self {
        ContractError::Approval(e)
    }
}

/// A draft contract for the deal's accepted quote; `total` is the quote's
/// priced total and `body` the opening text (the UI writes it in the
/// user's language).
pub fn from_quote(
    quote: &Quote,
    total: Money,
    deal: &Deal,
    body: String,
    id: Id,
    now: Timestamp,
) -> Result<Contract, ContractError> {
    if quote.status != QuoteStatus::Accepted {
        return Err(ContractError::QuoteNotAccepted { status: quote.status });
    }
    Ok(Contract {
        id,
        created_at: now,
        updated_at: now,
        title: deal.name.clone(),
        account_id: deal.account_id,
        deal_id: Some(deal.id),
        quote_id: Some(quote.id),
        amount: total,
        status: ContractStatus::Draft,
        body,
        legal: LegalChecklist::default(),
        deposit_clause: false,
        signature: None,
    })
}

pub fn is_editable(status: ContractStatus) -> bool {
    matches!(status, ContractStatus::Draft | ContractStatus::Rejected)
}

/// Applies an edit to a draft or rejected contract and checks the result.
pub fn edit(contract: &Contract, now: Timestamp, change: impl FnOnce(&mut Contract)) -> Result<Contract, ContractError> {
    if !is_editable(contract.status) {
        return Err(ContractError::NotEditable { status: contract.status });
    }
    let mut next = contract.clone();
    change(&mut next);
    next.title = next.title.trim().to_string();
    if next.title.is_empty() {
        return Err(ContractError::EmptyTitle);
    }
    if next.amount.minor < 0 {
        return Err(ContractError::NegativeAmount);
    }
    next.updated_at = now;
    Ok(next)
}

/// Checklist fields not yet ticked, in display order.
pub fn legal_missing(legal: &LegalChecklist) -> Vec<&'static str> {
    [("ip_ownership", legal.ip_ownership), ("confidentiality", legal.confidentiality), ("anti_bribery", legal.anti_bribery)]
        .into_iter()
        .filter(|(_, done)| !done)
        .map(|(k, _)| k)
        .collect()
}

/// Everything that stops `contract` from going to (or through) approval.
pub fn blockers(contract: &Contract, credit: &CreditAssessment) -> Vec<ContractError> {
    let mut out = Vec::new();
    let missing = legal_missing(&contract.legal);
    if !missing.is_empty() {
        out.push(ContractError::LegalIncomplete { missing });
    }
    if let Some(b) = approval_block(contract, credit) {
        out.push(ContractError::Credit(b));
    }
    out
}

/// Puts a draft (or a revised rejected contract) up for approval: the
/// contract and a new round of pending steps, one per required role.
pub fn submit(
    contract: &Contract,
    previous: &[ApprovalStep],
    credit: &CreditAssessment,
    settings: &Settings,
    now: Timestamp,
    idgen: &mut IdGen,
) -> Result<(Contract, Vec<ApprovalStep>), ContractError> {
    if !is_editable(contract.status) {
        return Err(ContractError::NotEditable { status: contract.status });
    }
    if let Some(first) = blockers(contract, credit).into_iter().next() {
        return Err(first);
    }
    let steps = approval::reroute_after_change(contract, previous, settings, now, idgen);
    let next = Contract { status: ContractStatus::PendingApproval, updated_at: now, ..contract.clone() };
    Ok((next, steps))
}

/// Records `approver` (acting as `role`) deciding on the current round.
/// Approving re-runs the credit check, since invoices may have fallen
/// overdue since submission; rejecting is always possible. Returns the
/// decided step and the contract with the status the round now implies.
pub fn decide(
    contract: &Contract,
    steps: &[ApprovalStep],
    role: Role,
    approver: Id,
    decision: ApprovalDecision,
    credit: &CreditAssessment,
    now: Timestamp,
) -> Result<(Contract, ApprovalStep), ContractError> {
    if contract.status != ContractStatus::PendingApproval {
        return Err(ContractError::NotPending { status: contract.status });
    }
    if decision == ApprovalDecision::Approve {
        if let Some(b) = approval_block(contract, credit) {
            return Err(ContractError::Credit(b));
        }
    }
    let step = approval::decide(steps, role, approver, decision, now)?;
    let after: Vec<ApprovalStep> = steps.iter().map(|s| if s.id == step.id { step.clone() } else { s.clone() }).collect();
    let status = outcome(&after);
    Ok((Contract { status, updated_at: now, ..contract.clone() }, step))
}

/// Roles in the current round still waiting for a decision.
pub fn pending_roles(steps: &[ApprovalStep]) -> Vec<Role> {
    approval::current_round(steps)
        .into_iter()
        .filter(|s| s.decision == super::Decision::Pending)
        .map(|s| s.role)
        .collect()
}

#[cfg(test)]
mod tests;
