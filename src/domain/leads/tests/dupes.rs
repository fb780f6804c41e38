use super::*;

#[test]
fn emails_are_trimmed_and_lower_cased() {
    assert_eq!(normalise_email("  Li.Lei@Example.COM \t"), "li.lei@example.com");
    assert_eq!(normalise_email("ＬＩ＠ＨＸ．ＣＮ"), "li@hx.cn");
    assert_eq!(normalise_email(""), "");
}

#[test]
fn phones_keep_digits_without_the_china_prefix() {
    for raw in [
        "+86 138-0013-8000",
        "0086 138 0013 8000",
        "13800138000",
        "(+86)13800138000",
        "86 13800138000",
        "＋８６ １３８００１３８０００",
    ] {
        assert_eq!(normalise_phone(raw), "13800138000", "{raw}");
    }
    assert_eq!(normalise_phone("+86 10 8888 6666"), "01088886666");
    assert_eq!(normalise_phone("010-8888-6666"), "01088886666");
    assert_eq!(normalise_phone("0086-21-5555-1234"), "02155551234");
    // Other countries keep their code; a domestic number starting 86 is left alone.
    assert_eq!(normalise_phone("+1 (415) 555-0100"), "14155550100");
    assert_eq!(normalise_phone("8612345"), "8612345");
    assert_eq!(normalise_phone("n/a"), "");
}

#[test]
fn companies_lose_case_punctuation_and_legal_forms() {
    let same = [
        "Huaxin Integration Co., Ltd.",
        "huaxin integration",
        "HUAXIN INTEGRATION INC",
        "Huaxin-Integration Company Limited",
    ];
    for raw in same {
        assert_eq!(normalise_company(raw), "huaxinintegration", "{raw}");
    }
    for raw in [
        "华信系统集成有限公司",
        "华信系统集成",
        "华信系统集成股份有限公司",
        "华信系统集成公司",
        " 华信系统集成（有限公司） ",
        "华信系统集成有限责任公司",
    ] {
        assert_eq!(normalise_company(raw), "华信系统集成", "{raw}");
    }
    // Only whole words go: "Costco" keeps its "co"; a bare legal form stays.
    assert_eq!(normalise_company("Costco Wholesale"), "costcowholesale");
    assert_eq!(normalise_company("Company Ltd"), "company");
    assert_eq!(normalise_company("有限公司"), "有限公司");
    assert_eq!(normalise_company(""), "");
}

fn person(n: u128, email: &str, phone: &str, company: &str) -> Lead {
    Lead { email: email.into(), phone: phone.into(), company: company.into(), ..lead(n) }
}

#[test]
fn the_index_finds_leads_matching_any_key() {
    let leads = vec![
        person(1, "li@hx.cn", "13800138000", "华信系统集成有限公司"),
        person(2, "wang@hx.cn", "+86 139 0000 0000", "华信系统集成"),
        person(3, "", "", "Acme Ltd."),
        person(4, "", "", ""),
    ];
    let index = DupeIndex::build(&leads);
    let on = |email, phone, company| MatchedOn { email, phone, company };
    let got = index.find(&DupeKeys::new(" LI@HX.CN", "0086 139-0000-0000", "华信系统集成股份有限公司"));
    assert_eq!(
        got,
        vec![
            DupeMatch { lead_id: id(1), on: on(true, false, true) },
            DupeMatch { lead_id: id(2), on: on(false, true, true) },
        ]
    );
    assert_eq!(
        index.find(&DupeKeys::new("", "", "ACME, Inc")),
        vec![DupeMatch { lead_id: id(3), on: on(false, false, true) }]
    );
    // Empty and too-short keys never match, so blank leads are not each other's duplicates.
    assert_eq!(index.find_for(&leads[3]), vec![]);
    assert_eq!(index.find(&DupeKeys::new("x", "123", "")), vec![]);
    // A lead is not its own duplicate; the importer adds rows as it keeps them.
    assert_eq!(index.find_for(&leads[2]), vec![]);
    let mut index = index;
    let row = DupeKeys::new("new@x.cn", "", "");
    index.insert(id(9), &row);
    assert_eq!(index.find(&row), vec![DupeMatch { lead_id: id(9), on: on(true, false, false) }]);
}

#[test]
fn folding_for_keyword_matching() {
    use crate::domain::leads::text::{fold, folds_to};
    assert_eq!(fold("  Purchasing\u{3000}\t MANAGER "), "purchasing manager");
    assert_eq!(fold("ＩＴ主管"), "it主管");
    assert_eq!(fold("Directeur Général"), "directeur général");
    assert!(folds_to(" MANUFACTURING ", "manufacturing"));
    assert!(folds_to("制造业", "制造业"));
    assert!(!folds_to("Manufacturing Services", "manufacturing"));
    assert!(!folds_to("Manu", "manufacturing"));
    assert!(!folds_to("", "manufacturing"));
}
