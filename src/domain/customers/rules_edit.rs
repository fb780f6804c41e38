//! The rules form of the tiers page: every number as typed, turned into
//! `CustomerSettings` or every problem naming its field. Support and
//! confidence are typed as percentages (two decimals = basis points) and
//! lift as a decimal (two decimals = hundredths); the rest are whole numbers.

use super::settings::{validate, CustomerField, CustomerSettings, CustomerSettingsError};
use crate::domain::input::{parse_percent_bp, percent_text};
use crate::domain::money::parse_amount;

/// The editable numbers, in form order.
pub const FIELDS: [CustomerField; 16] = [
    CustomerField::ChurnedMaxR,
    CustomerField::ChurnedAfterDays,
    CustomerField::HighValueMin(0),
    CustomerField::HighValueMin(1),
    CustomerField::HighValueMin(2),
    CustomerField::PotentialMinR,
    CustomerField::PotentialFmBelow,
    CustomerField::EngagedDays,
    CustomerField::NewMonths,
    CustomerField::MatureOrders,
    CustomerField::ActiveDays,
    CustomerField::ChurnDays,
    CustomerField::DeclinePercent,
    CustomerField::MinSupport,
    CustomerField::MinConfidence,
    CustomerField::MinLift,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesError {
    NotANumber(CustomerField),
    Invalid(CustomerSettingsError),
}

fn slot(s: &mut CustomerSettings, f: CustomerField) -> Option<&mut u32> {
    use CustomerField as F;
    let (l, b) = (&mut s.lifecycle, &mut s.basket);
    Some(match f {
        F::ChurnedAfterDays => &mut s.tiers.churned_after_days,
        F::EngagedDays => &mut l.engaged_days,
        F::NewMonths => &mut l.new_months,
        F::MatureOrders => &mut l.mature_orders,
        F::ActiveDays => &mut l.active_days,
        F::ChurnDays => &mut l.churn_days,
        F::DeclinePercent => &mut l.decline_percent,
        F::MinSupport => &mut b.min_support_bp,
        F::MinConfidence => &mut b.min_confidence_bp,
        F::MinLift => &mut b.min_lift_hundredths,
        _ => return None,
    })
}

fn score_slot(s: &mut CustomerSettings, f: CustomerField) -> Option<&mut u8> {
    use CustomerField as F;
    let t = &mut s.tiers;
    Some(match f {
        F::ChurnedMaxR => &mut t.churned_max_r,
        F::HighValueMin(i) => t.high_value_min.get_mut(i)?,
        F::PotentialMinR => &mut t.potential_min_r,
        F::PotentialFmBelow => &mut t.potential_fm_below,
        _ => return None,
    })
}

/// The form prefilled from `s`, one text per `FIELDS` entry.
pub fn input_from(s: &CustomerSettings) -> Vec<String> {
    let mut s = s.clone();
    FIELDS
        .iter()
        .map(|&f| match f {
            CustomerField::MinSupport | CustomerField::MinConfidence => percent_text(slot(&mut s, f).map_or(0, |v| *v)),
            CustomerField::MinLift => {
                let h = slot(&mut s, f).map_or(0, |v| *v);
                format!("{}.{:02}", h / 100, h % 100)
            }
            _ => match score_slot(&mut s, f) {
                Some(v) => v.to_string(),
                None => slot(&mut s, f).map_or(0, |v| *v).to_string(),
            },
        })
        .collect()
}

fn parse(f: CustomerField, text: &str) -> Option<u32> {
    match f {
        CustomerField::MinSupport | CustomerField::MinConfidence => parse_percent_bp(text).ok().flatten(),
        CustomerField::MinLift => parse_amount(text).ok().flatten().and_then(|v| u32::try_from(v).ok()),
        _ => text.trim().parse::<u32>().ok(),
    }
}

/// `texts` (as `input_from` orders them) over `current`.
pub fn save(texts: &[String], current: &CustomerSettings) -> Result<CustomerSettings, Vec<RulesError>> {
    let mut next = current.clone();
    let mut errors = Vec::new();
    for (i, &f) in FIELDS.iter().enumerate() {
        let text = texts.get(i).map_or("", String::as_str);
        let Some(v) = parse(f, text) else {
            errors.push(RulesError::NotANumber(f));
            continue;
        };
        if let Some(s) = score_slot(&mut next, f) {
            // Out of u8 range is reported as out of the field's range below.
            *s = u8::try_from(v).unwrap_or(u8::MAX);
        } else if let Some(s) = slot(&mut next, f) {
            *s = v;
        }
    }
    errors.extend(validate(&next).into_iter().map(RulesError::Invalid));
    if errors.is_empty() {
        Ok(next)
    } else {
        Err(errors)
    }
}
