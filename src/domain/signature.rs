//! E-signature tamper evidence (SPEC §3): the signature stores a SHA-256 of
//! the contract's content at signing time; any later change to that content
//! no longer matches the stored hash.
//!
//! The canonical text is versioned (`salesflow-contract-v1`) and built by
//! hand rather than with serde or `{:?}`, whose output may change between
//! library or compiler versions and would then break every stored hash.

use sha2::{Digest, Sha256};

use super::{Contract, ContractStatus, Signature, Timestamp};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignError {
    EmptyName,
    /// Only an approved contract can be signed.
    NotApproved {
        status: ContractStatus,
    },
    /// The drawing must be an image data URL (or empty: a typed name alone
    /// is accepted, so someone who cannot draw can still sign).
    InvalidDrawing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureCheck {
    Unsigned,
    Valid,
    Tampered,
}

/// Text strings as a quoted literal: `"`, `\` and control characters are
/// escaped so a field's content can never pass for a field boundary.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The content the signature covers, one `key=value` line per field in a
/// fixed order: title, account, amount, quote, deposit clause, the legal
/// checklist and the body. Not covered: ids of the contract itself and its
/// deal, status, timestamps and the signature. Text is hashed as stored
/// (no Unicode normalisation), so visually equal but differently encoded
/// text counts as a change.
pub fn contract_content(contract: &Contract) -> String {
    let quote = contract.quote_id.map_or_else(|| "-".to_string(), |id| id.to_string());
    let legal = &contract.legal;
    [
        "salesflow-contract-v1".to_string(),
        format!("title={}", quoted(&contract.title)),
        format!("account_id={}", contract.account_id),
        format!("amount={} {}", contract.amount.minor, contract.amount.currency.code()),
        format!("quote_id={quote}"),
        format!("deposit_clause={}", contract.deposit_clause),
        format!("legal.ip_ownership={}", legal.ip_ownership),
        format!("legal.confidentiality={}", legal.confidentiality),
        format!("legal.anti_bribery={}", legal.anti_bribery),
        format!("body={}", quoted(&contract.body)),
    ]
    .join("\n")
}

/// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The signed contract: signature stamped with `now` and the content hash,
/// status Signed, `updated_at` = `now`. The name is stored trimmed.
pub fn sign(
    contract: &Contract,
    signer_name: &str,
    drawing_data_url: &str,
    now: Timestamp,
) -> Result<Contract, SignError> {
    let name = signer_name.trim();
    if name.is_empty() {
        return Err(SignError::EmptyName);
    }
    if contract.status != ContractStatus::Approved {
        return Err(SignError::NotApproved { status: contract.status });
    }
    if !drawing_data_url.is_empty() && !drawing_data_url.starts_with("data:image/") {
        return Err(SignError::InvalidDrawing);
    }
    Ok(Contract {
        signature: Some(Signature {
            signer_name: name.to_string(),
            drawing: drawing_data_url.to_string(),
            signed_at: now,
            content_sha256: sha256_hex(&contract_content(contract)),
        }),
        status: ContractStatus::Signed,
        updated_at: now,
        ..contract.clone()
    })
}

/// Whether the covered content still matches the hash taken at signing.
/// The stored hash is compared case-insensitively, as hex may have been
/// re-encoded in upper case by an export tool.
pub fn verify(contract: &Contract) -> SignatureCheck {
    match &contract.signature {
        None => SignatureCheck::Unsigned,
        Some(sig) if sig.content_sha256.eq_ignore_ascii_case(&sha256_hex(&contract_content(contract))) => {
            SignatureCheck::Valid
        }
        Some(_) => SignatureCheck::Tampered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Currency, Id, LegalChecklist, Money};
    use chrono::{Duration, TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
    }
    fn approved() -> Contract {
        Contract {
            id: Id::from_u128(1),
            created_at: now(),
            updated_at: now(),
            title: "ERP rollout".into(),
            account_id: Id::from_u128(2),
            deal_id: Some(Id::from_u128(3)),
            quote_id: Some(Id::from_u128(4)),
            amount: Money::cny(50_000_000),
            status: ContractStatus::Approved,
            body: "Delivery within 30 days.\nPayment net 60.".into(),
            legal: LegalChecklist { ip_ownership: true, confidentiality: true, anti_bribery: true },
            deposit_clause: false,
            signature: None,
        }
    }
    fn signed() -> Contract {
        sign(&approved(), "  Li Wei ", "data:image/png;base64,AAAA", now()).unwrap()
    }

    #[test]
    fn sha256_matches_known_vectors() {
        assert_eq!(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn content_is_a_stable_canonical_text() {
        let expected = "salesflow-contract-v1\n\
            title=\"ERP rollout\"\n\
            account_id=00000000-0000-0000-0000-000000000002\n\
            amount=50000000 CNY\n\
            quote_id=00000000-0000-0000-0000-000000000004\n\
            deposit_clause=false\n\
            legal.ip_ownership=true\n\
            legal.confidentiality=true\n\
            legal.anti_bribery=true\n\
            body=\"Delivery within 30 days.\\nPayment net 60.\"";
        assert_eq!(contract_content(&approved()), expected);
        assert_eq!(quoted("a\"b\\c\u{7}"), "\"a\\\"b\\\\c\\u{7}\"");
    }

    #[test]
    fn signing_stamps_name_time_hash_and_status() {
        let c = signed();
        let sig = c.signature.clone().unwrap();
        assert_eq!((sig.signer_name.as_str(), sig.signed_at), ("Li Wei", now()));
        assert_eq!(sig.content_sha256, sha256_hex(&contract_content(&approved())));
        assert_eq!(sig.content_sha256.len(), 64);
        assert_eq!(c.status, ContractStatus::Signed);
        assert_eq!(verify(&c), SignatureCheck::Valid);
        assert_eq!(verify(&approved()), SignatureCheck::Unsigned);
        assert!(sign(&approved(), "Li Wei", "", now()).is_ok());
    }

    #[test]
    fn signing_refuses_bad_requests() {
        assert_eq!(sign(&approved(), " \t", "", now()), Err(SignError::EmptyName));
        let mut draft = approved();
        draft.status = ContractStatus::PendingApproval;
        assert_eq!(
            sign(&draft, "Li Wei", "", now()),
            Err(SignError::NotApproved { status: ContractStatus::PendingApproval })
        );
        assert_eq!(
            sign(&signed(), "Li Wei", "", now()),
            Err(SignError::NotApproved { status: ContractStatus::Signed })
        );
        assert_eq!(sign(&approved(), "Li Wei", "javascript:alert(1)", now()), Err(SignError::InvalidDrawing));
    }

    #[test]
    fn any_change_to_covered_content_is_detected() {
        type Edit = fn(&mut Contract);
        let edits: Vec<(&str, Edit)> = vec![
            ("title", |c| c.title.push('!')),
            ("account", |c| c.account_id = Id::from_u128(9)),
            ("amount", |c| c.amount.minor += 1),
            ("currency", |c| c.amount.currency = Currency::USD),
            ("body", |c| c.body = c.body.replace("60", "90")),
            ("ip", |c| c.legal.ip_ownership = false),
            ("confidentiality", |c| c.legal.confidentiality = false),
            ("anti-bribery", |c| c.legal.anti_bribery = false),
            ("deposit", |c| c.deposit_clause = true),
            ("quote", |c| c.quote_id = Some(Id::from_u128(5))),
            ("quote removed", |c| c.quote_id = None),
            ("hash", |c| c.signature.as_mut().unwrap().content_sha256 = sha256_hex("forged")),
        ];
        for (name, edit) in edits {
            let mut c = signed();
            edit(&mut c);
            assert_eq!(verify(&c), SignatureCheck::Tampered, "{name}");
        }
    }

    #[test]
    fn text_cannot_forge_field_lines() {
        // Without escaping, this title would add a second `amount=` line.
        let mut c = approved();
        c.title = "X\"\namount=1 CNY\n".into();
        c.body = "\r\n\"quoted\"\t\\".into();
        let content = contract_content(&c);
        assert_eq!(content.lines().count(), 10);
        assert_eq!(content.lines().filter(|l| l.starts_with("amount=")).count(), 1);
    }

    #[test]
    fn bookkeeping_fields_are_not_covered() {
        let mut c = signed();
        c.updated_at = now() + Duration::days(3);
        c.created_at = now() - Duration::days(3);
        c.deal_id = None;
        assert_eq!(verify(&c), SignatureCheck::Valid);
        // Upper-case hex (re-encoded by some tool) is still the same hash.
        if let Some(s) = c.signature.as_mut() {
            s.content_sha256 = s.content_sha256.to_uppercase();
        }
        assert_eq!(verify(&c), SignatureCheck::Valid);
    }
}
