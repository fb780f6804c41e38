//! Lead CSV import and export end to end through the public API: the
//! fixture files (also used by the browser tests), the export → import
//! round trip, and an ignored timing run on 100,000 rows.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

use salesflow::domain::mapping::leads::{plan_leads, LeadExport, LeadField, LeadOptions, CHANNELS, STATUSES};
use salesflow::domain::mapping::{DupePolicy, Mapping, Outcome, Plan, Reason, Target};
use salesflow::domain::{Channel, Consent, Currency, EntityKind, Id, Lead, LeadStatus, Money, Person, Role};
use salesflow::i18n::Locale;
use salesflow::store::csv::{export_leads, read, ReadOptions, TextEncoding};

const UTF8_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/leads-zh-utf8.csv");
const GBK_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/leads-zh-gbk.csv");
const BAD_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/leads-bad-rows.csv");

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

/// The options the import screen would pass: both locales' labels.
fn options() -> LeadOptions {
    let (zh, en) = (Locale::Zh.texts(), Locale::En.texts());
    let mut o = LeadOptions::new(Currency::CNY).with_labels(&zh.channels, &zh.lead_status).with_labels(&en.channels, &en.lead_status);
    o.utc_offset_minutes = 480;
    o
}

fn import(bytes: &[u8], existing: &[Lead], people: &[Person], opts: LeadOptions, policy: DupePolicy) -> (TextEncoding, Plan<Lead>) {
    let file = read(bytes, ReadOptions::default()).expect("readable");
    let mapping = Mapping::suggest(file.table.headers(), &[]);
    assert!(mapping.missing_required().is_empty());
    let mut n = 0u128;
    let plan = plan_leads(&file.table, &mapping, policy, existing, people, opts, now(), || {
        n += 1;
        Id::from_u128(n)
    });
    (file.encoding, plan)
}

fn gbk_bytes_of_utf8_fixture() -> Vec<u8> {
    let utf8 = std::fs::read(UTF8_FIXTURE).unwrap();
    let text = std::str::from_utf8(&utf8).unwrap().trim_start_matches('\u{FEFF}');
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

/// Rewrites the GBK fixture from the UTF-8 one:
/// `cargo test --test csv_leads -- --ignored write_gbk_fixture`.
#[test]
#[ignore]
fn write_gbk_fixture() {
    std::fs::write(GBK_FIXTURE, gbk_bytes_of_utf8_fixture()).unwrap();
}

#[test]
fn gbk_fixture_is_the_utf8_one_in_gbk() {
    assert_eq!(std::fs::read(GBK_FIXTURE).unwrap(), gbk_bytes_of_utf8_fixture());
}

#[test]
fn chinese_fixtures_import_the_same_in_utf8_and_gbk() {
    let (enc, utf8) = import(&std::fs::read(UTF8_FIXTURE).unwrap(), &[], &[], options(), DupePolicy::Skip);
    assert_eq!(enc, TextEncoding::Utf8);
    let (enc, gbk) = import(&std::fs::read(GBK_FIXTURE).unwrap(), &[], &[], options(), DupePolicy::Skip);
    assert_eq!(enc, TextEncoding::Gb18030);
    assert_eq!(utf8, gbk);
    assert!(utf8.errors.is_empty(), "{:?}", utf8.errors);
    // Row 2's note spans two lines, so the next lead is still row 3.
    let rows: Vec<_> = utf8.rows.iter().map(|r| (r.row, r.outcome)).collect();
    assert_eq!(rows, [2, 3, 4, 5, 6].map(|r| (r, Outcome::Create)));
    let l = &utf8.create;
    assert_eq!(l[0].notes, "需要报价，\r\n下周回电");
    assert_eq!((l[0].channel, l[0].budget), (Channel::TradeShow, Some(Money::cny(50_000_000))));
    assert_eq!((l[1].channel, l[1].status), (Channel::WebForm, LeadStatus::Contacted));
    assert_eq!((l[2].notes.as_str(), l[2].budget), ("客户说\"尽快\"上线", Some(Money::cny(30_000_000))));
    assert_eq!(l[2].created_at, Utc.with_ymd_and_hms(2024, 3, 8, 6, 30, 0).unwrap());
    let consent = Consent {
        vendor: "名录数据公司".into(),
        acquired_on: NaiveDate::from_ymd_opt(2024, 1, 15).unwrap(),
        basis: "书面同意".into(),
        expires_on: NaiveDate::from_ymd_opt(2025, 1, 15),
    };
    assert_eq!((l[3].channel, l[3].status, l[3].consent.as_ref()), (Channel::PurchasedList, LeadStatus::Nurture, Some(&consent)));
    assert_eq!((l[4].channel, l[4].employees, l[4].timeline_months), (Channel::Seo, Some(2000), Some(2)));

    // Importing the same file again finds every lead already there.
    let (_, again) = import(&std::fs::read(GBK_FIXTURE).unwrap(), &utf8.create, &[], options(), DupePolicy::Merge);
    assert!(again.rows.iter().all(|r| matches!(r.outcome, Outcome::Unchanged(_))), "{:?}", again.rows);
}

#[test]
fn bad_rows_fixture_reports_each_problem_and_writes_nothing_unless_told() {
    let (_, plan) = import(&std::fs::read(BAD_FIXTURE).unwrap(), &[], &[], options(), DupePolicy::Skip);
    let errors: Vec<_> = plan.errors.iter().map(|e| (e.row, e.header.as_str(), e.value.as_str(), e.reason)).collect();
    assert_eq!(
        errors,
        [
            (3, "Name", "", Reason::Required),
            (4, "Email", "carl.diaz@example", Reason::NotAnEmail),
            (4, "Source", "Carrier pigeon", Reason::NotAChoice),
            (4, "Budget", "lots", Reason::NotAnAmount),
            (4, "Created", "31.02.2024", Reason::NoSuchDate),
            (4, "Employees", "many", Reason::NotANumber),
            (5, "", "unexpected", Reason::ExtraCells { expected: 8, found: 9 }),
        ]
    );
    let ok: Vec<_> = plan.create.iter().map(|l| (l.name.as_str(), l.channel, l.budget)).collect();
    assert_eq!(ok, [("Anna Berg", Channel::TradeShow, Some(Money::cny(1_200_000))), ("Erik Frey", Channel::Email, Some(Money::cny(100_050)))]);
    assert_eq!(plan.clone().accept(false), Err(3));
    assert_eq!(plan.accept(true).map(|v| v.len()), Ok(2));
}

#[test]
fn unknown_owners_are_reported_against_the_team() {
    let csv = "Name,Owner\nA,Li Qiang\nB,Nobody\n";
    let team = [person(1, "Li Qiang", "li@x.cn")];
    let (_, plan) = import(csv.as_bytes(), &[], &team, options(), DupePolicy::Skip);
    assert_eq!(plan.create[0].owner_id, Some(Id::from_u128(1)));
    assert_eq!(plan.errors[0].reason, Reason::UnknownReference(EntityKind::Person));
    assert_eq!((plan.errors[0].row, plan.errors[0].column), (3, Some(1)));
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
    vec![person(1, "李强", "li.qiang@example.cn"), person(2, "Anna Berg", "anna@example.com"), person(3, "王芳", "")]
}

/// Cell text as forms store it: trimmed, with the characters CSV and
/// spreadsheets treat specially.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ,;\"'=+@\\-\t\n\r中文公司王芳（）]{0,12}".prop_map(|s| s.trim().to_string())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..20_000).prop_map(|d| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Duration::days(d))
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..2_000_000_000_000).prop_map(|ms| DateTime::UNIX_EPOCH + Duration::milliseconds(ms))
}

prop_compose! {
    fn consent()(vendor in text(), acquired_on in date(), basis in text(), expires_on in proptest::option::of(date())) -> Consent {
        Consent { vendor, acquired_on, basis, expires_on }
    }
}

prop_compose! {
    fn lead_strategy()(
        id in any::<u128>(),
        created_at in instant(),
        name in text().prop_filter("a name", |s| !s.is_empty()),
        company in text(), title in text(),
        email in "([a-z0-9.]{1,8}@[a-z]{1,8}\\.(cn|com))?",
        phone in text(), industry in text(),
        employees in proptest::option::of(any::<u32>()),
        region in text(), city in text(),
        channel in 0..CHANNELS.len(), channel_detail in text(),
        consent in proptest::option::of(consent()),
        status in 0..STATUSES.len(),
        owner in proptest::option::of(1u128..=3),
        budget in proptest::option::of((0i64..1_000_000_000_000, any::<bool>())),
        timeline_months in proptest::option::of(any::<u16>()),
        first_contact_at in proptest::option::of(instant()),
        disqualify_reason in text(),
        notes in text(),
    ) -> Lead {
        Lead {
            id: Id::from_u128(id), created_at, updated_at: now(), name, company, title, email, phone, industry,
            employees, region, city, channel: CHANNELS[channel], channel_detail, consent, status: STATUSES[status],
            owner_id: owner.map(Id::from_u128),
            budget: budget.map(|(m, usd)| Money::new(m, if usd { Currency::USD } else { Currency::CNY })),
            timeline_months, engagement: vec![], first_contact_at,
            disqualify_reason: Some(disqualify_reason).filter(|r| !r.is_empty()),
            converted_deal_id: None, notes,
            last_contact_at: None,
            assignment_history: Vec::new(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn export_then_import_gives_back_the_same_leads(leads in proptest::collection::vec(lead_strategy(), 0..12), zh in any::<bool>()) {
        let people = team();
        let t = if zh { Locale::Zh.texts() } else { Locale::En.texts() };
        // Header labels stand in for the i18n field names the UI will pass.
        let headers: Vec<String> = LeadField::ALL.iter().map(|f| format!("{} {}", if zh { "列" } else { "Col" }, f.key())).collect();
        let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
        let export = LeadExport::new(LeadField::export_columns(), &header_refs, &t.channels, &t.lead_status, Currency::CNY, 480, &people);
        let bytes = export_leads(&leads, &export);

        let file = read(&bytes, ReadOptions::default()).unwrap();
        prop_assert_eq!(file.encoding, TextEncoding::Utf8);
        let mapping = Mapping::suggest(file.table.headers(), &LeadField::labelled(&header_refs));
        let plan = plan_leads(&file.table, &mapping, DupePolicy::Create, &[], &people, options(), now(), || Id::from_u128(0));
        prop_assert!(plan.errors.is_empty(), "{:?}", plan.errors);
        prop_assert_eq!(plan.create, leads);
    }
}

/// A realistic lead for the timing runs: Chinese text, a multi-line note,
/// every tenth one with consent.
fn sample_lead(i: u128) -> Lead {
    let consent = i.is_multiple_of(10).then(|| Consent {
        vendor: "名录".into(),
        acquired_on: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
        basis: "同意".into(),
        expires_on: None,
    });
    Lead {
        id: Id::from_u128(i + 1),
        created_at: now() - Duration::minutes(i as i64),
        updated_at: now(),
        name: format!("王芳{i}"),
        company: format!("华东精密制造{}有限公司", i % 5000),
        title: "采购经理".into(),
        email: format!("user{i}@example.cn"),
        phone: format!("138{i:08}"),
        industry: "制造业".into(),
        employees: Some((i % 5000) as u32),
        region: "华东".into(),
        city: "苏州".into(),
        channel: CHANNELS[(i % 9) as usize],
        channel_detail: "2024 工业博览会".into(),
        consent,
        status: STATUSES[(i % 6) as usize],
        owner_id: Some(Id::from_u128(1 + i % 3)),
        budget: Some(Money::cny((i as i64) * 1000)),
        timeline_months: Some((i % 24) as u16),
        engagement: vec![],
        first_contact_at: None,
        disqualify_reason: None,
        converted_deal_id: None,
        last_contact_at: None,
        assignment_history: Vec::new(),
        notes: "需要报价，\n下周回电".into(),
    }
}

/// Timings for 100,000 leads (run with `--release -- --ignored --nocapture`).
#[test]
#[ignore]
fn time_100k_rows() {
    let people = team();
    let t = Locale::Zh.texts();
    let leads: Vec<Lead> = (0..100_000).map(sample_lead).collect();
    let headers: Vec<&str> = LeadField::ALL.iter().map(|f| f.key()).collect();
    let export = LeadExport::new(LeadField::export_columns(), &headers, &t.channels, &t.lead_status, Currency::CNY, 480, &people);
    let bytes = time("export", || export_leads(&leads, &export));
    let (gbk, _, _) = encoding_rs::GB18030.encode(std::str::from_utf8(&bytes[3..]).unwrap());
    let file = time("read UTF-8", || read(&bytes, ReadOptions::default()).unwrap());
    let file_gbk = time("read GB18030", || read(&gbk, ReadOptions::default()).unwrap());
    assert_eq!(file_gbk.table.len(), 100_000);
    let mapping = Mapping::suggest(file.table.headers(), &[]);
    let fresh = time("plan into an empty workspace", || {
        plan_leads(&file.table, &mapping, DupePolicy::Create, &[], &people, options(), now(), || Id::from_u128(0))
    });
    let merged = time("plan against the same 100k (merge)", || {
        plan_leads(&file.table, &mapping, DupePolicy::Merge, &leads, &people, options(), now(), || Id::from_u128(0))
    });
    assert!(fresh.errors.is_empty() && fresh.create.len() == 100_000);
    assert!(merged.rows.iter().all(|r| matches!(r.outcome, Outcome::Unchanged(_))));
    println!("file: {:.1} MB UTF-8, {:.1} MB GB18030", bytes.len() as f64 / 1e6, gbk.len() as f64 / 1e6);
}

/// Runs `f` three times, printing the fastest wall and CPU times of this
/// thread (the machine may be shared; CPU time is the steadier figure).
fn time<T>(what: &str, f: impl Fn() -> T) -> T {
    let cpu = || {
        let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
        s.split_whitespace().next().and_then(|n| n.parse::<u64>().ok()).unwrap_or(0)
    };
    let (mut best_cpu, mut best_wall) = (u64::MAX, f64::MAX);
    let mut out = None;
    for _ in 0..3 {
        let (wall, c0) = (std::time::Instant::now(), cpu());
        let result = f();
        best_cpu = best_cpu.min(cpu() - c0);
        best_wall = best_wall.min(wall.elapsed().as_secs_f64());
        // The previous result is dropped here, outside the measurement.
        out = Some(result);
    }
    println!("{what}: {:.0} ms CPU ({:.0} ms wall), best of 3", best_cpu as f64 / 1e6, best_wall * 1e3);
    out.unwrap()
}

/// A small run for instruction-level profiling (callgrind).
#[test]
#[ignore]
fn profile_plan_10k() {
    let people = team();
    let t = Locale::Zh.texts();
    let leads: Vec<Lead> = (0..10_000).map(sample_lead).collect();
    let headers: Vec<&str> = LeadField::ALL.iter().map(|f| f.key()).collect();
    let export = LeadExport::new(LeadField::export_columns(), &headers, &t.channels, &t.lead_status, Currency::CNY, 480, &people);
    let bytes = export_leads(&leads, &export);
    let file = read(&bytes, ReadOptions::default()).unwrap();
    let mapping = Mapping::suggest(file.table.headers(), &[]);
    let p = plan_leads(&file.table, &mapping, DupePolicy::Create, &[], &people, options(), now(), || Id::from_u128(0));
    assert_eq!(p.create.len(), 10_000);
}
