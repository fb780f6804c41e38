//! Credit check (履约风险预警, SPEC §3) from an account's blacklist flag and
//! payment history. A high-risk customer's contract needs a deposit or
//! prepayment clause before it can be approved.
//!
//! Rules, every one that applies is reported as a reason; the level is the
//! highest any of them gives:
//! - blacklisted → High;
//! - an invoice more than 90 days overdue → High;
//! - overdue balance above the credit limit (when one is set) → High;
//! - an invoice 31–90 days overdue → Medium;
//! - otherwise Low (1–30 days overdue is still listed, but is not a risk
//!   signal on its own).
//!
//! "Today" is the UTC date of `now`. An invoice is overdue when its unpaid
//! balance is above zero and `due_on` is before today; days overdue =
//! today − due_on. Payments count towards their invoice only when in the
//! invoice's currency (nothing is converted) and dated on or before today,
//! so the check can be replayed as of any date of the simulated clock.

use crate::domain::sorting;
use chrono::NaiveDate;

use super::{Account, Contract, Currency, Id, Invoice, Money, Payment, Timestamp};

/// Days overdue from which an invoice is a Medium and (above 90) High risk.
pub const MEDIUM_FROM_DAYS: i64 = 31;
pub const HIGH_ABOVE_DAYS: i64 = 90;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RiskLevel {
    Low,
    Medium,
    High,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CreditReason {
    Blacklisted,
    /// The most overdue invoice above 90 days.
    SeverelyOverdue {
        invoice_id: Id,
        days: i64,
    },
    OverCreditLimit {
        overdue: Money,
        limit: Money,
    },
    /// The most overdue invoice in 31–90 days.
    Overdue {
        invoice_id: Id,
        days: i64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverdueInvoice {
    pub invoice_id: Id,
    pub number: String,
    pub due_on: NaiveDate,
    pub days_overdue: i64,
    pub balance: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditAssessment {
    pub level: RiskLevel,
    pub reasons: Vec<CreditReason>,
    /// Most overdue first.
    pub overdue_invoices: Vec<OverdueInvoice>,
    /// 0 when nothing is overdue.
    pub max_days_overdue: i64,
    /// Overdue balance in `currency`: the credit limit's currency when a limit
    /// is set, else the currency of the most overdue invoice (CNY if none).
    pub overdue_minor: i64,
    pub currency: Currency,
    /// Overdue invoices in another currency: listed and aged, not summed.
    pub overdue_other_currency: usize,
}

/// Why a contract cannot be approved yet; the UI explains it from the
/// assessment's reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditBlock {
    DepositRequired,
}

/// Unpaid balance of `invoice` on `today`: its amount minus payments in its
/// currency made by then. Negative when overpaid.
pub fn balance(invoice: &Invoice, payments: &[Payment], today: NaiveDate) -> i128 {
    let paid: i128 = payments
        .iter()
        .filter(|p| p.invoice_id == invoice.id && p.amount.currency == invoice.amount.currency && p.paid_on <= today)
        .map(|p| p.amount.minor as i128)
        .sum();
    invoice.amount.minor as i128 - paid
}

/// Assesses `account` from its invoices (others in `invoices` are ignored)
/// and the payments made on them.
pub fn assess(account: &Account, invoices: &[Invoice], payments: &[Payment], now: Timestamp) -> CreditAssessment {
    let today = now.date_naive();
    let mut overdue: Vec<OverdueInvoice> = invoices
        .iter()
        .filter(|i| i.account_id == account.id && i.due_on < today)
        .filter_map(|i| {
            let owed = balance(i, payments, today);
            (owed > 0).then(|| OverdueInvoice {
                invoice_id: i.id,
                number: i.number.clone(),
                due_on: i.due_on,
                days_overdue: (today - i.due_on).num_days(),
                balance: Money::new(super::money::saturate(owed), i.amount.currency),
            })
        })
        .collect();
    sorting::sort_by(&mut overdue, |a, b| b.days_overdue.cmp(&a.days_overdue).then_with(|| a.number.cmp(&b.number)));

    let limit = account.credit.credit_limit;
    let currency = limit.map(|l| l.currency).or(overdue.first().map(|o| o.balance.currency)).unwrap_or_default();
    let (same, other): (Vec<&OverdueInvoice>, Vec<&OverdueInvoice>) =
        overdue.iter().partition(|o| o.balance.currency == currency);
    let overdue_minor = super::money::saturate(same.iter().map(|o| o.balance.minor as i128).sum());
    let max_days_overdue = overdue.first().map_or(0, |o| o.days_overdue);

    let mut reasons = Vec::new();
    let mut level = RiskLevel::Low;
    let mut raise = |to: RiskLevel, why: CreditReason| {
        level = level.max(to);
        reasons.push(why);
    };
    if account.credit.blacklisted {
        raise(RiskLevel::High, CreditReason::Blacklisted);
    }
    let worst = overdue.first();
    if let Some(o) = worst.filter(|o| o.days_overdue > HIGH_ABOVE_DAYS) {
        raise(RiskLevel::High, CreditReason::SeverelyOverdue { invoice_id: o.invoice_id, days: o.days_overdue });
    }
    if let Some(l) = limit.filter(|l| overdue_minor > l.minor) {
        raise(
            RiskLevel::High,
            CreditReason::OverCreditLimit { overdue: Money::new(overdue_minor, currency), limit: l },
        );
    }
    // Sorted most overdue first, so the first one in 31–90 is the worst there.
    if let Some(o) = overdue.iter().find(|o| (MEDIUM_FROM_DAYS..=HIGH_ABOVE_DAYS).contains(&o.days_overdue)) {
        raise(RiskLevel::Medium, CreditReason::Overdue { invoice_id: o.invoice_id, days: o.days_overdue });
    }
    CreditAssessment {
        level,
        reasons,
        max_days_overdue,
        overdue_minor,
        currency,
        overdue_other_currency: other.len(),
        overdue_invoices: overdue,
    }
}

/// A high-risk customer's contract must carry a deposit or prepayment clause.
pub fn approval_block(contract: &Contract, assessment: &CreditAssessment) -> Option<CreditBlock> {
    (assessment.level == RiskLevel::High && !contract.deposit_clause).then_some(CreditBlock::DepositRequired)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ContractStatus, Credit, LegalChecklist};
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap() // today = 2026-11-27
    }
    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn account(credit: Credit) -> Account {
        Account {
            parent_id: None,
            external_id: None,
            id: Id::from_u128(1),
            created_at: now(),
            updated_at: now(),
            name: "Acme".into(),
            industry: String::new(),
            employees: None,
            region: String::new(),
            city: String::new(),
            website: String::new(),
            owner_id: None,
            segment_id: None,
            credit,
            notes: String::new(),
        }
    }
    fn invoice(n: u128, due_on: NaiveDate, amount: Money) -> Invoice {
        Invoice {
            id: Id::from_u128(100 + n),
            created_at: now(),
            updated_at: now(),
            account_id: Id::from_u128(1),
            order_id: None,
            contract_id: None,
            number: format!("INV-{n}"),
            issued_on: d(2026, 1, 1),
            due_on,
            amount,
            external_id: None,
        }
    }
    fn payment(n: u128, paid_on: NaiveDate, amount: Money) -> Payment {
        Payment {
            id: Id::from_u128(900 + n),
            created_at: now(),
            updated_at: now(),
            invoice_id: Id::from_u128(100 + n),
            account_id: Id::from_u128(1),
            paid_on,
            amount,
            method: String::new(),
            external_id: None,
        }
    }
    fn contract(deposit_clause: bool) -> Contract {
        Contract {
            id: Id::from_u128(7),
            created_at: now(),
            updated_at: now(),
            title: String::new(),
            account_id: Id::from_u128(1),
            deal_id: None,
            quote_id: None,
            amount: Money::cny(1),
            status: ContractStatus::PendingApproval,
            body: String::new(),
            legal: LegalChecklist::default(),
            deposit_clause,
            signature: None,
        }
    }
    /// (level, max days overdue, overdue invoice count) for one unpaid ¥1,000 invoice.
    fn level_for(due_on: NaiveDate) -> (RiskLevel, i64, usize) {
        let a = assess(&account(Credit::default()), &[invoice(1, due_on, Money::cny(100_000))], &[], now());
        (a.level, a.max_days_overdue, a.overdue_invoices.len())
    }

    #[test]
    fn days_overdue_boundaries() {
        assert_eq!(level_for(d(2026, 11, 27)), (RiskLevel::Low, 0, 0)); // due today: not overdue yet
        assert_eq!(level_for(d(2026, 11, 26)), (RiskLevel::Low, 1, 1));
        assert_eq!(level_for(d(2026, 10, 28)), (RiskLevel::Low, 30, 1)); // Oct 28 → Nov 1: 4, → Nov 27: 26
        assert_eq!(level_for(d(2026, 10, 27)), (RiskLevel::Medium, 31, 1));
        assert_eq!(level_for(d(2026, 8, 29)), (RiskLevel::Medium, 90, 1)); // 3 (to Sep 1) + 30 + 31 + 26
        assert_eq!(level_for(d(2026, 8, 28)), (RiskLevel::High, 91, 1));
    }

    #[test]
    fn payments_reduce_the_balance() {
        let inv = [invoice(1, d(2026, 9, 1), Money::cny(100_000)), invoice(2, d(2026, 9, 1), Money::cny(50_000))];
        let pays = [
            payment(1, d(2026, 9, 5), Money::cny(60_000)),
            payment(2, d(2026, 9, 5), Money::cny(50_000)), // paid in full
            payment(1, d(2026, 9, 6), Money::new(40_000, Currency::USD)), // other currency: ignored
            payment(1, d(2026, 12, 1), Money::cny(40_000)), // after today: not yet
        ];
        let a = assess(&account(Credit::default()), &inv, &pays, now());
        assert_eq!(a.overdue_invoices.len(), 1);
        assert_eq!(a.overdue_invoices[0].balance, Money::cny(40_000)); // 100,000 − 60,000
        assert_eq!(a.overdue_invoices[0].days_overdue, 87); // Sep 1 → Nov 27: 30 + 31 + 26
        assert_eq!(a.overdue_minor, 40_000);
        assert_eq!(a.level, RiskLevel::Medium);
        assert_eq!(a.reasons, vec![CreditReason::Overdue { invoice_id: Id::from_u128(101), days: 87 }]);
        let overpaid = [payment(2, d(2026, 9, 5), Money::cny(70_000))];
        assert_eq!(balance(&inv[1], &overpaid, d(2026, 11, 27)), -20_000);
    }

    #[test]
    fn overdue_above_the_credit_limit_is_high() {
        let inv = [invoice(1, d(2026, 11, 22), Money::cny(40_000)), invoice(2, d(2026, 11, 20), Money::cny(70_000))];
        let limit = |minor| account(Credit { blacklisted: false, credit_limit: Some(Money::cny(minor)) });
        // 40,000 + 70,000 = 110,000 overdue, only 5 and 7 days late.
        let a = assess(&limit(100_000), &inv, &[], now());
        assert_eq!(a.level, RiskLevel::High);
        assert_eq!(
            a.reasons,
            vec![CreditReason::OverCreditLimit { overdue: Money::cny(110_000), limit: Money::cny(100_000) }]
        );
        assert_eq!(a.overdue_invoices[0].number, "INV-2"); // 7 days before 5 days
        assert_eq!(assess(&limit(110_000), &inv, &[], now()).level, RiskLevel::Low); // equal is not above
        assert_eq!(assess(&limit(0), &inv[..1], &[], now()).level, RiskLevel::High);
    }

    #[test]
    fn blacklist_and_severe_overdue_are_high_and_all_reasons_are_listed() {
        let clean = assess(&account(Credit { blacklisted: true, credit_limit: None }), &[], &[], now());
        assert_eq!((clean.level, clean.reasons.clone()), (RiskLevel::High, vec![CreditReason::Blacklisted]));
        let inv = [invoice(1, d(2026, 8, 1), Money::cny(10)), invoice(2, d(2026, 10, 1), Money::cny(10))];
        let a = assess(&account(Credit { blacklisted: true, credit_limit: None }), &inv, &[], now());
        assert_eq!(a.max_days_overdue, 118); // Aug 1 → Nov 27: 31 + 30 + 31 + 26
        assert_eq!(
            a.reasons,
            vec![
                CreditReason::Blacklisted,
                CreditReason::SeverelyOverdue { invoice_id: Id::from_u128(101), days: 118 },
                CreditReason::Overdue { invoice_id: Id::from_u128(102), days: 57 }, // 31 + 26
            ]
        );
    }

    #[test]
    fn other_accounts_and_currencies_are_kept_apart() {
        let mut theirs = invoice(1, d(2026, 1, 1), Money::cny(10));
        theirs.account_id = Id::from_u128(2);
        let usd = invoice(2, d(2026, 8, 1), Money::new(500, Currency::USD));
        let cny = invoice(3, d(2026, 11, 1), Money::cny(300));
        let a = assess(
            &account(Credit { blacklisted: false, credit_limit: Some(Money::cny(1_000)) }),
            &[theirs, usd, cny],
            &[],
            now(),
        );
        assert_eq!(a.overdue_invoices.len(), 2);
        assert_eq!((a.currency, a.overdue_minor, a.overdue_other_currency), (Currency::CNY, 300, 1));
        assert_eq!(a.level, RiskLevel::High); // the USD invoice is 118 days late
    }

    #[test]
    fn high_risk_needs_a_deposit_clause() {
        let high = assess(&account(Credit { blacklisted: true, credit_limit: None }), &[], &[], now());
        assert_eq!(approval_block(&contract(false), &high), Some(CreditBlock::DepositRequired));
        assert_eq!(approval_block(&contract(true), &high), None);
        let medium = assess(&account(Credit::default()), &[invoice(1, d(2026, 10, 1), Money::cny(1))], &[], now());
        assert_eq!(medium.level, RiskLevel::Medium);
        assert_eq!(approval_block(&contract(false), &medium), None);
    }
}
