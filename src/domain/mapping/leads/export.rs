//! Leads → rows of text, in the forms the importer reads back.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Timelike, Utc};

use super::LeadField;
use crate::domain::input::money_text;
use crate::domain::mapping::Target;
use crate::domain::{Currency, Id, Lead, Money, Person, Timestamp};

use LeadField as F;

/// How leads are written. Labels come from the caller (i18n), so this
/// module holds no user-facing text.
pub struct LeadExport<'a> {
    columns: Vec<LeadField>,
    /// Field names indexed by `LeadField::index` (the i18n array).
    headers: &'a [&'a str],
    channels: &'a [&'a str; 9],
    statuses: &'a [&'a str; 6],
    /// Budgets in this currency are written as bare numbers; others carry
    /// their code ("USD 1200.00").
    currency: Currency,
    offset: FixedOffset,
    /// Owner as written: the e-mail when it identifies one person, else
    /// the name.
    owners: HashMap<Id, String>,
}

impl<'a> LeadExport<'a> {
    /// `utc_offset_minutes` is the user's zone: times are written as local
    /// times, as the importer reads them.
    pub fn new(
        columns: Vec<LeadField>,
        headers: &'a [&'a str],
        channels: &'a [&'a str; 9],
        statuses: &'a [&'a str; 6],
        currency: Currency,
        utc_offset_minutes: i32,
        people: &[Person],
    ) -> LeadExport<'a> {
        let mut emails: HashMap<String, usize> = HashMap::new();
        for p in people.iter().filter(|p| !p.email.trim().is_empty()) {
            *emails.entry(p.email.trim().to_lowercase()).or_default() += 1;
        }
        let owners = people
            .iter()
            .map(|p| {
                let email = p.email.trim();
                let unique = emails.get(&email.to_lowercase()) == Some(&1);
                (p.id, if unique { email.to_string() } else { p.name.clone() })
            })
            .collect();
        let offset = utc_offset_minutes
            .checked_mul(60)
            .and_then(FixedOffset::east_opt)
            .unwrap_or(Utc.fix());
        LeadExport { columns, headers, channels, statuses, currency, offset, owners }
    }

    pub fn columns(&self) -> &[LeadField] {
        &self.columns
    }

    pub fn header_row(&self) -> Vec<String> {
        self.columns.iter().map(|f| self.headers.get(f.index()).copied().unwrap_or(f.key()).to_string()).collect()
    }

    /// One lead's cells, in column order, into `out` (cleared first).
    pub fn row(&self, lead: &Lead, out: &mut Vec<String>) {
        out.clear();
        out.extend(self.columns.iter().map(|f| self.cell(lead, *f)));
    }

    fn cell(&self, l: &Lead, f: LeadField) -> String {
        let consent = l.consent.as_ref();
        match f {
            F::Id => l.id.to_string(),
            F::Name => l.name.clone(),
            F::FirstName | F::LastName => String::new(),
            F::Company => l.company.clone(),
            F::Title => l.title.clone(),
            F::Email => l.email.clone(),
            F::Phone => l.phone.clone(),
            F::Industry => l.industry.clone(),
            F::Employees => l.employees.map(|n| n.to_string()).unwrap_or_default(),
            F::Region => l.region.clone(),
            F::City => l.city.clone(),
            F::Channel => self.channels.get(l.channel as usize).copied().unwrap_or_default().to_string(),
            F::ChannelDetail => l.channel_detail.clone(),
            F::ConsentVendor => consent.map(|c| c.vendor.clone()).unwrap_or_default(),
            F::ConsentDate => date(consent.map(|c| c.acquired_on)),
            F::ConsentBasis => consent.map(|c| c.basis.clone()).unwrap_or_default(),
            F::ConsentExpiry => date(consent.and_then(|c| c.expires_on)),
            F::Budget => l.budget.map(|m| self.money(m)).unwrap_or_default(),
            F::TimelineMonths => l.timeline_months.map(|n| n.to_string()).unwrap_or_default(),
            F::Status => self.statuses.get(l.status as usize).copied().unwrap_or_default().to_string(),
            F::Owner => l.owner_id.and_then(|id| self.owners.get(&id)).cloned().unwrap_or_default(),
            F::CreatedAt => self.time(Some(l.created_at)),
            F::FirstContactAt => self.time(l.first_contact_at),
            F::DisqualifyReason => l.disqualify_reason.clone().unwrap_or_default(),
            F::Notes => l.notes.clone(),
        }
    }

    fn money(&self, m: Money) -> String {
        let amount = money_text(m.minor, m.currency);
        match m.currency == self.currency {
            true => amount,
            false => format!("{} {amount}", m.currency.code()),
        }
    }

    /// Local time to the second; fractions only when present, so a
    /// re-import of the app's own export compares equal. Written out by hand
    /// (as chrono's `%Y-%m-%d %H:%M:%S%.f` would): a format string compiles
    /// in chrono's whole strftime engine.
    fn time(&self, at: Option<Timestamp>) -> String {
        at.map(|t| local_time(t.with_timezone(&self.offset))).unwrap_or_default()
    }
}

fn local_time(t: DateTime<FixedOffset>) -> String {
    let fraction = match t.nanosecond() % 1_000_000_000 {
        0 => String::new(),
        n if n % 1_000_000 == 0 => format!(".{:03}", n / 1_000_000),
        n if n % 1_000 == 0 => format!(".{:06}", n / 1_000),
        n => format!(".{n:09}"),
    };
    format!("{} {:02}:{:02}:{:02}{fraction}", t.date_naive(), t.hour(), t.minute(), t.second())
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod time_tests {
    use chrono::{TimeZone, Utc};

    use super::*;

    #[test]
    fn local_time_reads_like_the_strftime_form() {
        let offset = FixedOffset::east_opt(8 * 3600).expect("offset");
        for nanos in [0, 5_000_000, 120_000_000, 7_000, 123_456_789, 1] {
            let t = Utc.with_ymd_and_hms(2026, 1, 2, 20, 4, 5).single().expect("time") + chrono::Duration::nanoseconds(nanos);
            let t = t.with_timezone(&offset);
            assert_eq!(local_time(t), t.format("%Y-%m-%d %H:%M:%S%.f").to_string(), "{nanos}");
        }
    }
}
