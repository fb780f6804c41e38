//! Duplicate detection on normalised e-mail, phone and company name, for the
//! lead form's warning and the CSV importer. Build a `DupeIndex` once over
//! the leads, then look up each new lead (the importer `insert`s each row it
//! keeps, so duplicates within one file are caught too).

use crate::domain::sorting;
use std::collections::HashMap;

use super::text::half_width;
use crate::domain::{Id, Lead};

/// Trimmed and lower-cased (full-width characters made half-width).
pub fn normalise_email(s: &str) -> String {
    s.trim().chars().map(half_width).flat_map(char::to_lowercase).filter(|c| !c.is_whitespace()).collect()
}

/// Digits only, with a mainland China country code (+86, 0086, or 86 before
/// an 11-digit mobile number) removed, so "+86 138-0013-8000", "0086
/// 13800138000" and "138 0013 8000" agree. A landline written with the
/// country code gets back its trunk 0 ("+86 10 8888 6666" = "010-8888-6666").
pub fn normalise_phone(s: &str) -> String {
    let s = s.trim();
    let plus = s.starts_with('+') || s.starts_with('＋');
    let digits: String = s.chars().map(half_width).filter(char::is_ascii_digit).collect();
    let national = if let Some(rest) = digits.strip_prefix("0086") {
        rest
    } else if let Some(rest) = digits.strip_prefix("86").filter(|r| plus || is_mobile(r)) {
        rest
    } else {
        return digits;
    };
    if is_mobile(national) || national.starts_with('0') {
        national.to_string()
    } else {
        format!("0{national}")
    }
}

fn is_mobile(d: &str) -> bool {
    d.len() == 11 && d.starts_with('1')
}

/// Legal-form words dropped from the end of a company name.
const SUFFIX_WORDS: &[&str] = &[
    "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh", "ag", "sa",
    "pte", "pty", "bv", "lp", "llp",
];
/// Longest first, so 股份有限公司 goes as a whole.
const SUFFIXES_ZH: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "公司"];

/// Lower case, legal forms (Co., Ltd., Inc., 有限公司, 股份有限公司, 公司 …)
/// dropped from the end, then punctuation and spaces removed: "Huaxin
/// Integration Co., Ltd." and "huaxin integration" agree, as do "华信系统集成
/// 有限公司" and "华信系统集成". A name that is nothing but a legal form keeps it.
pub fn normalise_company(s: &str) -> String {
    let lower: String = s.chars().map(half_width).flat_map(char::to_lowercase).collect();
    let mut words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    while words.len() > 1 && words.last().is_some_and(|w| SUFFIX_WORDS.contains(w)) {
        words.pop();
    }
    let mut joined = words.concat();
    'strip: loop {
        for suffix in SUFFIXES_ZH {
            if joined.ends_with(suffix) {
                if joined.len() == suffix.len() {
                    break 'strip;
                }
                joined.truncate(joined.len() - suffix.len());
                continue 'strip;
            }
        }
        break;
    }
    joined
}

/// The normalised keys of one lead (or CSV row). Keys too short to mean
/// anything are left empty and never match: an e-mail without "@", a phone
/// under 6 digits.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DupeKeys {
    pub email: String,
    pub phone: String,
    pub company: String,
}

impl DupeKeys {
    pub fn new(email: &str, phone: &str, company: &str) -> DupeKeys {
        let email = Some(normalise_email(email)).filter(|e| e.len() >= 3 && e.contains('@')).unwrap_or_default();
        let phone = Some(normalise_phone(phone)).filter(|p| p.len() >= 6).unwrap_or_default();
        DupeKeys { email, phone, company: normalise_company(company) }
    }
    pub fn of(lead: &Lead) -> DupeKeys {
        DupeKeys::new(&lead.email, &lead.phone, &lead.company)
    }
}

/// Which keys matched. A company alone is the weakest hint: colleagues share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MatchedOn {
    pub email: bool,
    pub phone: bool,
    pub company: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DupeMatch {
    pub lead_id: Id,
    pub on: MatchedOn,
}

#[derive(Clone, Debug, Default)]
pub struct DupeIndex {
    email: HashMap<String, Vec<Id>>,
    phone: HashMap<String, Vec<Id>>,
    company: HashMap<String, Vec<Id>>,
}

impl DupeIndex {
    pub fn build<'a>(leads: impl IntoIterator<Item = &'a Lead>) -> DupeIndex {
        let mut index = DupeIndex::default();
        for l in leads {
            index.insert(l.id, &DupeKeys::of(l));
        }
        index
    }

    pub fn insert(&mut self, id: Id, keys: &DupeKeys) {
        let (email, phone, company) = (&mut self.email, &mut self.phone, &mut self.company);
        for (map, key) in [(email, &keys.email), (phone, &keys.phone), (company, &keys.company)] {
            if !key.is_empty() {
                map.entry(key.clone()).or_default().push(id);
            }
        }
    }

    /// Leads sharing any key: those matching on e-mail first, then phone,
    /// then company only; by id within each.
    pub fn find(&self, keys: &DupeKeys) -> Vec<DupeMatch> {
        let mut found: HashMap<Id, MatchedOn> = HashMap::new();
        let hits = |map: &HashMap<String, Vec<Id>>, key: &str| -> Vec<Id> {
            if key.is_empty() {
                return Vec::new();
            }
            map.get(key).cloned().unwrap_or_default()
        };
        for id in hits(&self.email, &keys.email) {
            found.entry(id).or_default().email = true;
        }
        for id in hits(&self.phone, &keys.phone) {
            found.entry(id).or_default().phone = true;
        }
        for id in hits(&self.company, &keys.company) {
            found.entry(id).or_default().company = true;
        }
        let mut out: Vec<DupeMatch> = found.into_iter().map(|(lead_id, on)| DupeMatch { lead_id, on }).collect();
        sorting::sort_by_key(&mut out, |m| (!m.on.email, !m.on.phone, m.lead_id));
        out
    }

    /// Other leads that look like `lead` (itself left out).
    pub fn find_for(&self, lead: &Lead) -> Vec<DupeMatch> {
        let mut out = self.find(&DupeKeys::of(lead));
        out.retain(|m| m.lead_id != lead.id);
        out
    }
}
