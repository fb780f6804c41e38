//! Quote life cycle (SPEC §3 报价): drafts, versions, discount approval,
//! sending and acceptance. Pricing itself is in [`super::pricing`].
//!
//! Only a draft can be edited; a sent quote is changed by making a new
//! version, so what the customer saw stays on record. A discount above the
//! workspace threshold must be approved before the quote is sent or
//! accepted, and the approval covers the exact pricing terms (hashed), so
//! editing the quote afterwards asks for approval again.

use chrono::{Duration, NaiveDate};

use super::approval::current_round;
use super::pricing::{needs_discount_approval, PricingError};
use super::signature::sha256_hex;
use super::{ApprovalStep, Deal, Decision, Discount, Id, Product, Quote, QuoteStatus, Settings, Timestamp};

/// Days a new quote stays valid unless the user changes it.
pub const DEFAULT_VALIDITY_DAYS: i64 = 30;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteError {
    /// Only drafts are edited; sent quotes get a new version.
    NotDraft { status: QuoteStatus },
    NoLines,
    ZeroQuantity { line: usize },
    Pricing(PricingError),
    DiscountNeedsApproval,
    /// Accepting needs a quote that was sent (or a draft, accepted on the spot).
    CannotAccept { status: QuoteStatus },
    /// The validity date has passed (by the app clock).
    Expired { valid_until: NaiveDate },
}

impl From<PricingError> for QuoteError {
    fn from(e: PricingError) -> Self {
        QuoteError::Pricing(e)
    }
}

/// Where the quote stands on its discount approval.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiscountApproval {
    NotNeeded,
    /// Above the threshold and not (or no longer) put up for approval.
    Required,
    Pending,
    Approved,
    Rejected { reason: String },
}

impl DiscountApproval {
    pub fn clears(&self) -> bool {
        matches!(self, DiscountApproval::NotNeeded | DiscountApproval::Approved)
    }
}

/// A fresh draft for `deal`, numbered after the deal's existing versions.
pub fn new_quote(deal: &Deal, existing: &[Quote], settings: &Settings, id: Id, now: Timestamp) -> Quote {
    Quote {
        id,
        created_at: now,
        updated_at: now,
        deal_id: deal.id,
        version: next_version(deal.id, existing),
        status: QuoteStatus::Draft,
        currency: settings.currency,
        lines: Vec::new(),
        discount: Discount::None,
        valid_until: Some(now.date_naive() + Duration::days(DEFAULT_VALIDITY_DAYS)),
        price_adjustment: String::new(),
        delivery: String::new(),
        clauses: Vec::new(),
    }
}

fn next_version(deal_id: Id, existing: &[Quote]) -> u32 {
    existing.iter().filter(|q| q.deal_id == deal_id).map(|q| q.version).max().unwrap_or(0) + 1
}

/// A new draft copying `source`'s terms, plus the older versions that are
/// still open (draft or sent) marked superseded. Accepted and rejected
/// versions stay as they are: they are the record of what happened.
pub fn new_version(source: &Quote, existing: &[Quote], id: Id, now: Timestamp) -> (Quote, Vec<Quote>) {
    let draft = Quote {
        id,
        created_at: now,
        updated_at: now,
        version: next_version(source.deal_id, existing),
        status: QuoteStatus::Draft,
        valid_until: source.valid_until.map(|v| v.max(now.date_naive() + Duration::days(DEFAULT_VALIDITY_DAYS))),
        ..source.clone()
    };
    let superseded = existing
        .iter()
        .filter(|q| q.deal_id == source.deal_id && matches!(q.status, QuoteStatus::Draft | QuoteStatus::Sent))
        .map(|q| Quote { status: QuoteStatus::Superseded, updated_at: now, ..q.clone() })
        .collect();
    (draft, superseded)
}

/// Applies an edit to a draft; anything else is refused.
pub fn edit(quote: &Quote, now: Timestamp, change: impl FnOnce(&mut Quote)) -> Result<Quote, QuoteError> {
    if quote.status != QuoteStatus::Draft {
        return Err(QuoteError::NotDraft { status: quote.status });
    }
    let mut next = quote.clone();
    change(&mut next);
    next.updated_at = now;
    Ok(next)
}

/// The pricing terms an approval covers: currency, each line's product,
/// quantity, price override and discount, and the quote discount.
pub fn pricing_fingerprint(quote: &Quote) -> String {
    let disc = |d: Discount| match d {
        Discount::None => "none".to_string(),
        Discount::Percent(bp) => format!("pct:{bp}"),
        Discount::Amount(m) => format!("amt:{m}"),
    };
    let mut text = format!("salesflow-quote-terms-v1\ncurrency={}\ndiscount={}", quote.currency.code(), disc(quote.discount));
    for l in &quote.lines {
        let price = l.unit_price_minor.map_or_else(|| "-".to_string(), |p| p.to_string());
        text.push_str(&format!("\nline={} {} {} {}", l.product_id, l.quantity, price, disc(l.discount)));
    }
    sha256_hex(&text)
}

/// Discount approval state from the approval steps (pass the quote's own).
pub fn discount_approval(
    quote: &Quote,
    catalogue: &[Product],
    settings: &Settings,
    steps: &[ApprovalStep],
) -> Result<DiscountApproval, QuoteError> {
    if !needs_discount_approval(quote, catalogue, settings)? {
        return Ok(DiscountApproval::NotNeeded);
    }
    let mine: Vec<ApprovalStep> = steps.iter().filter(|s| s.quote_id == Some(quote.id)).cloned().collect();
    let round = current_round(&mine);
    let fp = pricing_fingerprint(quote);
    if round.is_empty() || round.iter().any(|s| s.subject_sha256 != fp) {
        return Ok(DiscountApproval::Required);
    }
    if let Some(r) = round.iter().find(|s| s.decision == Decision::Rejected) {
        return Ok(DiscountApproval::Rejected { reason: r.reason.clone() });
    }
    Ok(if round.iter().all(|s| s.decision == Decision::Approved) {
        DiscountApproval::Approved
    } else {
        DiscountApproval::Pending
    })
}

/// The approval request for the quote's current terms, stamped after any
/// earlier round so rounds stay distinct under a stopped simulated clock.
pub fn request_discount_approval(quote: &Quote, settings: &Settings, previous: &[ApprovalStep], id: Id, now: Timestamp) -> ApprovalStep {
    let latest = previous
        .iter()
        .filter(|s| s.quote_id == Some(quote.id))
        .flat_map(|s| [Some(s.created_at), s.decided_at])
        .flatten()
        .max();
    let at = match latest {
        Some(t) if t >= now => t + Duration::milliseconds(1),
        _ => now,
    };
    ApprovalStep {
        id,
        created_at: at,
        updated_at: at,
        contract_id: None,
        quote_id: Some(quote.id),
        role: settings.discount_approver,
        approver_id: None,
        decision: Decision::Pending,
        reason: String::new(),
        decided_at: None,
        subject_sha256: pricing_fingerprint(quote),
    }
}

fn check_ready(quote: &Quote, approval: &DiscountApproval) -> Result<(), QuoteError> {
    if quote.lines.is_empty() {
        return Err(QuoteError::NoLines);
    }
    if let Some(line) = quote.lines.iter().position(|l| l.quantity == 0) {
        return Err(QuoteError::ZeroQuantity { line });
    }
    if !approval.clears() {
        return Err(QuoteError::DiscountNeedsApproval);
    }
    Ok(())
}

/// Marks a draft as sent to the customer.
pub fn send(quote: &Quote, approval: &DiscountApproval, now: Timestamp) -> Result<Quote, QuoteError> {
    if quote.status != QuoteStatus::Draft {
        return Err(QuoteError::NotDraft { status: quote.status });
    }
    check_ready(quote, approval)?;
    Ok(Quote { status: QuoteStatus::Sent, updated_at: now, ..quote.clone() })
}

/// Accepts `quote`; every other open or accepted version of the same deal is
/// superseded, so exactly one version is marked accepted.
pub fn accept(
    quote: &Quote,
    existing: &[Quote],
    approval: &DiscountApproval,
    now: Timestamp,
) -> Result<Vec<Quote>, QuoteError> {
    if !matches!(quote.status, QuoteStatus::Draft | QuoteStatus::Sent) {
        return Err(QuoteError::CannotAccept { status: quote.status });
    }
    if let Some(v) = quote.valid_until.filter(|v| *v < now.date_naive()) {
        return Err(QuoteError::Expired { valid_until: v });
    }
    check_ready(quote, approval)?;
    let mut out = vec![Quote { status: QuoteStatus::Accepted, updated_at: now, ..quote.clone() }];
    out.extend(
        existing
            .iter()
            .filter(|q| {
                q.deal_id == quote.deal_id
                    && q.id != quote.id
                    && matches!(q.status, QuoteStatus::Draft | QuoteStatus::Sent | QuoteStatus::Accepted)
            })
            .map(|q| Quote { status: QuoteStatus::Superseded, updated_at: now, ..q.clone() }),
    );
    Ok(out)
}

/// Marks a sent quote as declined by the customer.
pub fn decline(quote: &Quote, now: Timestamp) -> Result<Quote, QuoteError> {
    if quote.status != QuoteStatus::Sent {
        return Err(QuoteError::CannotAccept { status: quote.status });
    }
    Ok(Quote { status: QuoteStatus::Rejected, updated_at: now, ..quote.clone() })
}

#[cfg(test)]
mod tests;
