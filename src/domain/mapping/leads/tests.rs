use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::mapping::{DupePolicy, Mapping, Match, Outcome, Plan, Reason, RowError, Table};
use crate::domain::{Channel, Consent, Currency, EntityKind, Id, Lead, LeadStatus, Money, Person, Role, Timestamp};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn person(id: u128, name: &str, email: &str) -> Person {
    Person {
        external_id: None,
        id: Id::from_u128(id),
        created_at: now(),
        updated_at: now(),
        name: name.into(),
        role: Role::Rep,
        title: String::new(),
        email: email.into(),
        phone: String::new(),
        manager_id: None,
        org_unit_id: None,
        specialties: vec![],
        available: true,
        active: true,
    }
}

fn team() -> Vec<Person> {
    vec![person(1, "李强", "li.qiang@example.cn"), person(2, "Anna Berg", "anna@example.com"), person(3, "Anna Berg", "")]
}

fn lead(id: u128, name: &str, email: &str, phone: &str, company: &str) -> Lead {
    Lead {
        id: Id::from_u128(id),
        created_at: now(),
        updated_at: now(),
        name: name.into(),
        company: company.into(),
        title: String::new(),
        email: email.into(),
        phone: phone.into(),
        industry: String::new(),
        employees: None,
        region: String::new(),
        city: String::new(),
        channel: Channel::Other,
        channel_detail: String::new(),
        consent: None,
        status: LeadStatus::New,
        owner_id: None,
        budget: None,
        timeline_months: None,
        engagement: vec![],
        first_contact_at: None,
        disqualify_reason: None,
        converted_deal_id: None,
        last_contact_at: None,
        assignment_history: Vec::new(),
        notes: String::new(),
    }
}

fn zh_options() -> LeadOptions {
    let t = crate::i18n::Locale::Zh.texts();
    let mut o = LeadOptions::new(Currency::CNY).with_labels(&t.channels, &t.lead_status);
    o.utc_offset_minutes = 480;
    o
}

/// Plans `rows` (first one the header) with suggested mapping.
fn plan(rows: &[Vec<&str>], existing: &[Lead], policy: DupePolicy, opts: LeadOptions) -> Plan<Lead> {
    let table = Table::from_rows(rows);
    let mapping = Mapping::suggest(table.headers(), &[]);
    let mut n = 1000u128;
    plan_leads(&table, &mapping, policy, existing, &team(), opts, now(), || {
        n += 1;
        Id::from_u128(n)
    })
}

#[test]
fn a_chinese_row_becomes_a_lead() {
    let p = plan(
        &[
            vec!["姓名", "公司名称", "职位", "手机", "邮箱", "员工人数", "来源", "渠道详情", "预算", "采购周期", "状态", "负责人", "创建日期", "供应商", "获取日期", "合法依据", "授权到期日"],
            vec!["王芳", "华东精密制造有限公司", "采购经理", "138 0013 8000", "wang.fang@hd.cn", "1,200", "数据库购买", "名录公司", "50万", "3个月", "已联系", "li.qiang@example.cn", "2024/3/1", "名录公司", "2024-01-15", "同意", "2025-01-15"],
        ],
        &[],
        DupePolicy::Skip,
        zh_options(),
    );
    assert!(plan_errors(&p).is_empty(), "{:?}", p.errors);
    assert_eq!(p.rows, [crate::domain::mapping::RowPlan { row: 2, outcome: Outcome::Create }]);
    let l = &p.create[0];
    assert_eq!(l.id, Id::from_u128(1001));
    assert_eq!((l.name.as_str(), l.company.as_str(), l.title.as_str()), ("王芳", "华东精密制造有限公司", "采购经理"));
    assert_eq!((l.phone.as_str(), l.email.as_str(), l.employees), ("138 0013 8000", "wang.fang@hd.cn", Some(1200)));
    assert_eq!((l.channel, l.channel_detail.as_str(), l.status), (Channel::PurchasedList, "名录公司", LeadStatus::Contacted));
    assert_eq!(l.budget, Some(Money::cny(50_000_000)));
    assert_eq!(l.timeline_months, Some(3));
    assert_eq!(l.owner_id, Some(Id::from_u128(1)));
    // Local midnight in Beijing.
    assert_eq!(l.created_at, Utc.with_ymd_and_hms(2024, 2, 29, 16, 0, 0).unwrap());
    assert_eq!(l.updated_at, now());
    let d = |m, day| NaiveDate::from_ymd_opt(2024 + (m == 13) as i32, if m == 13 { 1 } else { m }, day).unwrap();
    assert_eq!(
        l.consent,
        Some(Consent { vendor: "名录公司".into(), acquired_on: d(1, 15), basis: "同意".into(), expires_on: Some(d(13, 15)) })
    );
}

fn plan_errors(p: &Plan<Lead>) -> Vec<(u32, Option<usize>, &str, Reason)> {
    p.errors.iter().map(|e| (e.row, e.column, e.header.as_str(), e.reason)).collect()
}

#[test]
fn bad_rows_are_reported_with_row_column_and_reason() {
    let p = plan(
        &[
            vec!["Name", "Email", "Created", "Employees", "Source", "Owner", "Budget"],
            vec!["Ok Person", "ok@example.com", "2024-03-01", "10", "SEO", "Li Qiang", "100"],
            vec!["", "bad-email", "2024-02-30", "ten", "Carrier pigeon", "Anna Berg", "1.234"],
            vec![],
            vec!["Fine", "", "", "", "", "li.qiang@example.cn", ""],
            vec!["Extra", "", "", "", "", "", "", "surprise"],
            vec!["Trailing", "", "", "", "", "", "", "", ""],
        ],
        &[],
        DupePolicy::Skip,
        LeadOptions::new(Currency::CNY),
    );
    let e = |row, col: usize, header, reason| (row, Some(col), header, reason);
    assert_eq!(
        plan_errors(&p),
        [
            e(2, 5, "Owner", Reason::UnknownReference(EntityKind::Person)),
            e(3, 0, "Name", Reason::Required),
            e(3, 1, "Email", Reason::NotAnEmail),
            e(3, 2, "Created", Reason::NoSuchDate),
            e(3, 3, "Employees", Reason::NotANumber),
            e(3, 4, "Source", Reason::NotAChoice),
            e(3, 5, "Owner", Reason::AmbiguousReference(EntityKind::Person)),
            e(3, 6, "Budget", Reason::NotAnAmount),
            e(6, 7, "", Reason::ExtraCells { expected: 7, found: 8 }),
        ]
    );
    assert_eq!(p.errors[1].value, "");
    assert_eq!(p.errors[2].value, "bad-email");
    let outcomes: Vec<_> = p.rows.iter().map(|r| (r.row, r.outcome)).collect();
    assert_eq!(
        outcomes,
        [(2, Outcome::Invalid), (3, Outcome::Invalid), (5, Outcome::Create), (6, Outcome::Invalid), (7, Outcome::Create)]
    );
    assert_eq!(p.create.len(), 2, "invalid rows never produce records");
    // Nothing is written until the user leaves the bad rows out.
    assert_eq!(p.clone().accept(false), Err(3));
    let names: Vec<_> = p.accept(true).unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Fine", "Trailing"]);
}

#[test]
fn an_unmapped_required_consent_date_is_reported_without_a_column() {
    let p = plan(&[vec!["Name", "Vendor"], vec!["A", "ListCo"]], &[], DupePolicy::Skip, LeadOptions::new(Currency::CNY));
    assert_eq!(
        p.errors,
        [RowError { row: 2, column: None, header: String::new(), value: String::new(), reason: Reason::Required }]
    );
}

#[test]
fn unknown_owners_can_be_left_unassigned() {
    let mut o = LeadOptions::new(Currency::CNY);
    o.unknown_owner_unassigned = true;
    let p = plan(&[vec!["Name", "Owner"], vec!["A", "Nobody"], vec!["B", "anna@EXAMPLE.com"]], &[], DupePolicy::Skip, o);
    assert!(p.errors.is_empty());
    assert_eq!(p.create[0].owner_id, None);
    assert_eq!(p.create[1].owner_id, Some(Id::from_u128(2)));
}

#[test]
fn first_and_last_names_make_the_name() {
    let p = plan(
        &[vec!["First Name", "Last Name"], vec!["Anna", "Berg"], vec!["芳", "王"], vec!["", "Solo"], vec!["", ""]],
        &[],
        DupePolicy::Skip,
        LeadOptions::new(Currency::CNY),
    );
    let names: Vec<_> = p.create.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Anna Berg", "王芳", "Solo"]);
    // The blank row is not reported at all.
    assert_eq!(p.rows.len(), 3);
}

fn existing() -> Vec<Lead> {
    let mut a = lead(10, "Wang Fang", "Wang.Fang@HD.cn", "", "");
    a.notes = "met at the fair".into();
    a.owner_id = Some(Id::from_u128(1));
    vec![a, lead(11, "Zhao Lei", "", "+86 138-0013-8000", ""), lead(12, "Liu Yang", "", "", "Acme Co., Ltd.")]
}

fn dupes_table() -> Vec<Vec<&'static str>> {
    vec![
        vec!["Name", "Email", "Phone", "Company", "Title"],
        vec!["Wang Fang", "wang.fang@hd.cn", "", "", "CFO"],
        vec!["Zhao Lei", "", "+86 138-0013-8000", "", ""],
        vec!["Liu Yang", "", "", "ACME", ""],
        vec!["New One", "new@x.cn", "", "", ""],
        vec!["New One again", "NEW@x.cn", "", "", "CTO"],
    ]
}

#[test]
fn duplicates_are_skipped() {
    let p = plan(&dupes_table(), &existing(), DupePolicy::Skip, LeadOptions::new(Currency::CNY));
    let outcomes: Vec<_> = p.rows.iter().map(|r| r.outcome).collect();
    let ex = |n| Outcome::Skipped(Match::Existing(Id::from_u128(n)));
    assert_eq!(outcomes, [ex(10), ex(11), ex(12), Outcome::Create, Outcome::Skipped(Match::Row(5))]);
    assert_eq!(p.create.len(), 1);
    assert!(p.update.is_empty());
}

#[test]
fn duplicates_are_merged_with_the_rows_filled_cells() {
    let before = existing();
    let p = plan(&dupes_table(), &before, DupePolicy::Merge, LeadOptions::new(Currency::CNY));
    let outcomes: Vec<_> = p.rows.iter().map(|r| r.outcome).collect();
    let id = Id::from_u128;
    assert_eq!(
        outcomes,
        [Outcome::Update(id(10)), Outcome::Unchanged(id(11)), Outcome::Update(id(12)), Outcome::Create, Outcome::MergedIntoRow(5)]
    );
    assert_eq!(p.update.len(), 2);
    assert_eq!(p.update[1].company, "ACME", "the file's spelling wins");
    let wang = &p.update[0];
    // The e-mail is written as the file has it; empty cells keep what was there.
    assert_eq!((wang.title.as_str(), wang.email.as_str(), wang.notes.as_str()), ("CFO", "wang.fang@hd.cn", "met at the fair"));
    assert_eq!((wang.id, wang.owner_id, wang.created_at), (id(10), Some(id(1)), before[0].created_at));
    assert_eq!(p.create.len(), 1);
    assert_eq!((p.create[0].name.as_str(), p.create[0].title.as_str()), ("New One again", "CTO"));
}

#[test]
fn duplicates_can_be_created_anyway_but_an_id_is_the_record_itself() {
    let p = plan(&dupes_table(), &existing(), DupePolicy::Create, LeadOptions::new(Currency::CNY));
    assert!(p.rows.iter().all(|r| r.outcome == Outcome::Create));
    assert_eq!(p.create.len(), 5);

    let id10 = Id::from_u128(10).to_string();
    let p = plan(
        &[vec!["SalesFlow ID", "Name", "Title"], vec![&id10, "Wang Fang", "VP"], vec!["not-an-id", "X", ""]],
        &existing(),
        DupePolicy::Create,
        LeadOptions::new(Currency::CNY),
    );
    assert_eq!(p.rows[0].outcome, Outcome::Update(Id::from_u128(10)));
    assert_eq!(p.update[0].title, "VP");
    assert_eq!(plan_errors(&p), [(3, Some(0), "SalesFlow ID", Reason::NotAnId)]);
}

#[test]
fn an_id_unknown_here_creates_the_lead_with_that_id() {
    let id = Id::from_u128(77);
    let text = id.to_string();
    let p = plan(&[vec!["SalesFlow ID", "Name"], vec![&text, "Moved"], vec![&text, "Moved again"]], &[], DupePolicy::Merge, LeadOptions::new(Currency::CNY));
    assert_eq!(p.create.len(), 1);
    assert_eq!((p.create[0].id, p.create[0].name.as_str()), (id, "Moved again"));
    assert_eq!(p.rows[1].outcome, Outcome::MergedIntoRow(2));
}

#[test]
fn merge_adds_keys_later_rows_match() {
    // Row 2 gives Zhao Lei an e-mail; row 3 is found by it.
    let p = plan(
        &[vec!["Name", "Phone", "Email", "City"], vec!["Zhao Lei", "13800138000", "zl@x.cn", ""], vec!["Zhao", "", "ZL@x.cn", "杭州"]],
        &existing(),
        DupePolicy::Merge,
        LeadOptions::new(Currency::CNY),
    );
    let id = Id::from_u128(11);
    assert_eq!(p.rows.iter().map(|r| r.outcome).collect::<Vec<_>>(), [Outcome::Update(id), Outcome::Update(id)]);
    assert_eq!(p.update.len(), 1, "one record, updated twice");
    assert_eq!((p.update[0].name.as_str(), p.update[0].city.as_str()), ("Zhao", "杭州"));
}

#[test]
fn export_writes_what_import_reads() {
    let t = crate::i18n::Locale::En.texts();
    let headers: Vec<&str> = LeadField::ALL.iter().map(|f| f.key()).collect();
    let mut l = lead(5, "=HYPERLINK()", "a@b.cn", "+86 1", "Acme");
    l.budget = Some(Money::new(120_050, Currency::USD));
    l.owner_id = Some(Id::from_u128(3));
    l.created_at = Utc.with_ymd_and_hms(2024, 3, 1, 1, 30, 0).unwrap() + chrono::Duration::milliseconds(250);
    let people = team();
    let x = LeadExport::new(LeadField::export_columns(), &headers, &t.channels, &t.lead_status, Currency::CNY, 480, &people);
    let mut row = Vec::new();
    x.row(&l, &mut row);
    let cell = |f: LeadField| row[x.columns().iter().position(|c| *c == f).unwrap()].as_str();
    assert_eq!(x.header_row()[0], "id");
    assert_eq!(cell(LeadField::Budget), "USD 1200.50");
    assert_eq!(cell(LeadField::Channel), "Other");
    assert_eq!(cell(LeadField::Status), "New");
    // Two people are called Anna Berg, but person 3 has no e-mail: the name it is.
    assert_eq!(cell(LeadField::Owner), "Anna Berg");
    assert_eq!(cell(LeadField::CreatedAt), "2024-03-01 09:30:00.250");
    assert_eq!(cell(LeadField::ConsentDate), "");
}
