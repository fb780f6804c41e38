//! Which leads are the same person, for the import's skip / merge / create
//! choice.
//!
//! The normalisers below are a stopgap local to the importer: the lead
//! screens' duplicate warning gets its own (`domain::leads::dupes`), and
//! `keys` is the one place to switch over to those once both exist, so the
//! import and the warning agree.

use crate::domain::mapping::text::{fold, half_width, lower};
use crate::domain::Lead;

/// A normalised property two records of one person share.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LeadKey {
    Email(String),
    Phone(String),
    /// Company and person name together: a company alone is not a person
    /// (two buyers at one firm are two leads).
    CompanyPerson(String, String),
}

/// The keys of `lead`, strongest first.
pub fn keys(lead: &Lead, out: &mut Vec<LeadKey>) {
    let email = lead.email.trim();
    let email = if email.is_ascii() { email.to_ascii_lowercase() } else { email.to_lowercase() };
    if !email.is_empty() {
        out.push(LeadKey::Email(email));
    }
    if let Some(phone) = phone_key(&lead.phone) {
        out.push(LeadKey::Phone(phone));
    }
    let company = company_key(&lead.company);
    if !company.is_empty() {
        out.push(LeadKey::CompanyPerson(company, fold(&lead.name)));
    }
}

/// Digits only, without the Chinese country code or trunk zeros, so
/// "+86 138-0013-8000", "0086 13800138000" and "13800138000" agree, as do
/// "010-6552 0000" and "+86 10 65520000". Fewer than six digits is no key.
fn phone_key(phone: &str) -> Option<String> {
    let mut digits = String::with_capacity(phone.len());
    digits.extend(phone.chars().map(half_width).filter(char::is_ascii_digit));
    let d = digits.strip_prefix("0086").unwrap_or(&digits);
    let d = match d.strip_prefix("86") {
        Some(rest) if rest.len() >= 10 => rest,
        _ => d,
    };
    let d = d.trim_start_matches('0');
    (d.len() >= 6).then(|| d.to_string())
}

/// Company name without case, width, punctuation or a trailing legal
/// form, so "华东精密制造有限公司" and "华东精密制造", or "Acme Co., Ltd." and
/// "ACME", agree. Latin forms go only as whole words ("Zinc" keeps its "inc").
fn company_key(company: &str) -> String {
    const LATIN: [&str; 10] = ["co", "ltd", "limited", "inc", "incorporated", "llc", "gmbh", "corp", "corporation", "company"];
    const HAN: [&str; 5] = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];
    let mut lowered = String::with_capacity(company.len());
    lowered.extend(company.chars().map(|c| lower(half_width(c))));
    let word = |c: char| match c.is_ascii() {
        true => c.is_ascii_alphanumeric(),
        // Cheaper than `is_alphanumeric`'s table search, which dominated
        // large imports: anything but spaces and general/CJK punctuation.
        false => !c.is_whitespace() && !matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}'),
    };
    let mut s = lowered.trim_end_matches(|c| !word(c));
    // Drop trailing legal-form words while another word remains before them.
    while let Some(cut) = s.rfind(|c| !word(c)) {
        let last = &s[cut..].trim_start_matches(|c| !word(c));
        let head = s[..cut].trim_end_matches(|c| !word(c));
        if head.is_empty() || !LATIN.contains(last) {
            break;
        }
        s = head;
    }
    let mut key = String::with_capacity(s.len());
    key.extend(s.chars().filter(|c| word(*c)));
    while let Some(form) = HAN.iter().find(|f| key.len() > f.len() && key.ends_with(*f)) {
        key.truncate(key.len() - form.len());
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_agree_across_formats() {
        let k = |s| phone_key(s);
        assert_eq!(k("+86 138-0013-8000"), Some("13800138000".into()));
        assert_eq!(k("0086 13800138000"), k("13800138000"));
        assert_eq!(k("010-6552 0000"), k("+86 10 65520000"));
        assert_eq!(k("１３８００１３８０００"), k("13800138000"));
        assert_eq!(k("12-34"), None);
    }

    #[test]
    fn companies_agree_without_legal_form() {
        assert_eq!(company_key("华东精密制造有限公司"), company_key("华东精密制造"));
        assert_eq!(company_key("Acme Co., Ltd."), "acme");
        assert_eq!(company_key("ACME Inc"), "acme");
        assert_eq!(company_key("Ｌｔｄ"), "ltd");
        assert_eq!(company_key("Zinc Corp."), "zinc");
        assert_eq!(company_key("  "), "");
    }
}
