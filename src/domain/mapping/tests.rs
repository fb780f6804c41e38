use chrono::{NaiveDate, TimeZone, Utc};

use super::leads::LeadField as F;
use super::value::{parse_amount_in, parse_date, parse_timestamp, parse_whole, Choices};
use super::*;
use crate::domain::Currency;

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn headers_are_suggested_from_english_chinese_and_crm_names() {
    let headers = [
        "E-mail", "公司名称", "手机", "Job Title", "姓名", "Lead Source", "Organization - Name", "备注 ", "ＥＭＡＩＬ", "???",
    ];
    let m = Mapping::<F>::suggest(&headers, &[]);
    assert_eq!(
        m.columns(),
        [
            Some(F::Email),
            Some(F::Company),
            Some(F::Phone),
            Some(F::Title),
            Some(F::Name),
            Some(F::Channel),
            // The company is already fed by an earlier column.
            None,
            Some(F::Notes),
            // So is the e-mail: the leftmost column wins.
            None,
            None,
        ]
    );
    assert!(m.missing_required().is_empty());
    for (header, field) in [
        ("Email", F::Email),
        ("邮箱", F::Email),
        ("电子邮件", F::Email),
        ("Company", F::Company),
        ("Company Name", F::Company),
        ("公司", F::Company),
        ("Phone", F::Phone),
        ("Mobile", F::Phone),
        ("电话", F::Phone),
        ("职位", F::Title),
        ("Number of Employees", F::Employees),
        ("创建时间", F::CreatedAt),
        ("Lead Owner", F::Owner),
        ("channel_detail", F::ChannelDetail),
    ] {
        assert_eq!(Mapping::<F>::suggest(&[header], &[]).field_at(0), Some(field), "{header}");
    }
}

#[test]
fn caller_labels_win_and_mappings_can_be_edited_and_saved() {
    // The app's own (translated) headers map back even when unusual.
    let headers = ["Kontakt", "Firma", "Vorname", "Nachname"];
    let m = Mapping::suggest(&headers, &[(F::Name, "kontakt"), (F::Company, "FIRMA")]);
    assert_eq!(m.columns(), [Some(F::Name), Some(F::Company), None, None]);

    let mut m = Mapping::<F>::empty(4);
    assert_eq!(m.missing_required(), [F::Name]);
    m.set(2, Some(F::FirstName));
    assert!(m.missing_required().is_empty(), "first name stands in for the name");
    m.set(3, Some(F::FirstName));
    assert_eq!(m.columns(), [None, None, None, Some(F::FirstName)], "a field feeds from one column");

    let saved = m.to_saved(&headers);
    assert_eq!(saved, [("Nachname".to_string(), "first_name".to_string())]);
    let again = Mapping::<F>::from_saved(&["x", " nachname "], &saved);
    assert_eq!(again.columns(), [None, Some(F::FirstName)]);
}

#[test]
fn dates_in_common_forms_and_both_orders() {
    use DateOrder::{DayFirst as D, MonthFirst as M};
    for (text, order, want) in [
        ("2024-03-01", D, ymd(2024, 3, 1)),
        ("2024-03-01", M, ymd(2024, 3, 1)),
        ("2024/3/1", M, ymd(2024, 3, 1)),
        ("2024.3.1", D, ymd(2024, 3, 1)),
        ("2024年3月1日", D, ymd(2024, 3, 1)),
        ("20240301", D, ymd(2024, 3, 1)),
        ("01.03.2024", D, ymd(2024, 3, 1)),
        ("01.03.2024", M, ymd(2024, 1, 3)),
        ("3/1/2024", M, ymd(2024, 3, 1)),
        ("3/1/2024", D, ymd(2024, 1, 3)),
        ("13/1/2024", D, ymd(2024, 1, 13)),
        ("3/1/24", M, ymd(2024, 3, 1)),
        ("3/1/99", M, ymd(1999, 3, 1)),
        ("2024-03-01 14:30", D, ymd(2024, 3, 1)),
        ("２０２４－０３－０１", D, ymd(2024, 3, 1)),
    ] {
        assert_eq!(parse_date(text, order), Ok(want), "{text} {order:?}");
    }
    assert_eq!(parse_date("  ", D), Ok(None));
}

#[test]
fn bad_dates_say_why() {
    use DateOrder::{DayFirst as D, MonthFirst as M};
    for (text, order, why) in [
        ("2024-02-30", D, Reason::NoSuchDate),
        ("13/1/2024", M, Reason::NoSuchDate),
        ("2024-13-01", D, Reason::NoSuchDate),
        ("next Tuesday", D, Reason::NotADate),
        ("2024-03", D, Reason::NotADate),
        ("24/3/1", D, Reason::NotADate),
        ("1/2/3/4", D, Reason::NotADate),
        ("45352", D, Reason::NotADate),
    ] {
        assert_eq!(parse_date(text, order), Err(why), "{text}");
    }
}

#[test]
fn times_are_local_unless_a_zone_is_written() {
    let d = DateOrder::DayFirst;
    let utc = |h, mi, s| Some(Utc.with_ymd_and_hms(2024, 3, 1, h, mi, s).unwrap());
    // Beijing (UTC+8) local times.
    assert_eq!(parse_timestamp("2024-03-01", d, 480), Ok(Some(Utc.with_ymd_and_hms(2024, 2, 29, 16, 0, 0).unwrap())));
    assert_eq!(parse_timestamp("2024/3/1 9:30", d, 480), Ok(utc(1, 30, 0)));
    assert_eq!(parse_timestamp("2024-03-01T09:30:15Z", d, 480), Ok(utc(9, 30, 15)));
    assert_eq!(parse_timestamp("2024-03-01 10:00:00+02:00", d, 480), Ok(utc(8, 0, 0)));
    assert_eq!(parse_timestamp("3/1/2024 2:30 PM", DateOrder::MonthFirst, 0), Ok(utc(14, 30, 0)));
    assert_eq!(parse_timestamp("2024年3月1日 下午2:30", d, 0), Ok(utc(14, 30, 0)));
    assert_eq!(parse_timestamp("2024-03-01 12:00 AM", d, 0), Ok(utc(0, 0, 0)));
    let ms = parse_timestamp("2024-03-01 09:30:15.250", d, 0).unwrap().unwrap();
    assert_eq!(ms.timestamp_subsec_millis(), 250);
    assert_eq!(parse_timestamp("2024-03-01 25:00", d, 0), Err(Reason::NoSuchDate));
    assert_eq!(parse_timestamp("2024-03-01 13:00 PM", d, 0), Err(Reason::NoSuchDate));
    assert_eq!(parse_timestamp("2024-03-01 noon", d, 0), Err(Reason::NotADate));
    for odd in ["2024-03-01 9:30+a中", "2024-03-01 9:30+中", "2024-03-01 9:30+99:00", "2024-03-01 中:文"] {
        assert!(parse_timestamp(odd, d, 0).is_err(), "{odd}");
    }
}

#[test]
fn whole_numbers_and_amounts() {
    assert_eq!(parse_whole::<u32>("1,200"), Ok(Some(1200)));
    assert_eq!(parse_whole::<u32>("1200.00"), Ok(Some(1200)));
    assert_eq!(parse_whole::<u32>(""), Ok(None));
    assert_eq!(parse_whole::<u32>("12.5"), Err(Reason::NotANumber));
    assert_eq!(parse_whole::<u32>("-3"), Err(Reason::NotANumber));
    assert_eq!(parse_whole::<u16>("70000"), Err(Reason::TooLarge));

    let cny = Currency::CNY;
    let usd = Currency::USD;
    assert_eq!(parse_amount_in("50,000", cny), Ok(Some((5_000_000, cny))));
    assert_eq!(parse_amount_in("¥1,200.50", cny), Ok(Some((120_050, cny))));
    assert_eq!(parse_amount_in("50万", cny), Ok(Some((50_000_000, cny))));
    assert_eq!(parse_amount_in("50万元", cny), Ok(Some((50_000_000, cny))));
    assert_eq!(parse_amount_in("USD 1,200", cny), Ok(Some((120_000, usd))));
    assert_eq!(parse_amount_in("1200 usd", cny), Ok(Some((120_000, usd))));
    assert_eq!(parse_amount_in("$99.99", cny), Ok(Some((9_999, usd))));
    assert_eq!(parse_amount_in("RMB 10", usd), Ok(Some((1_000, cny))));
    assert_eq!(parse_amount_in("", cny), Ok(None));
    assert_eq!(parse_amount_in("100 pcs", cny), Err(Reason::NotAnAmount));
    assert_eq!(parse_amount_in("1.234", cny), Err(Reason::NotAnAmount));
    assert_eq!(parse_amount_in("-5", cny), Err(Reason::NotAnAmount));
    let jpy = Currency::parse("JPY").unwrap();
    assert_eq!(parse_amount_in("¥1200", jpy), Ok(Some((1_200, jpy))));
    assert_eq!(parse_amount_in("1200.5", jpy), Err(Reason::NotAnAmount));
}

#[test]
fn choices_match_codes_and_labels_in_any_case_or_width() {
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Size {
        S,
        L,
    }
    let mut c = Choices::new(&[(Size::S, "small"), (Size::L, "large")]);
    c.add(Size::L, "大号");
    c.add(Size::S, "LARGE"); // already taken: the first name wins
    assert_eq!(c.parse(" Small "), Ok(Some(Size::S)));
    assert_eq!(c.parse("ＬＡＲＧＥ"), Ok(Some(Size::L)));
    assert_eq!(c.parse("大号"), Ok(Some(Size::L)));
    assert_eq!(c.parse(""), Ok(None));
    assert_eq!(c.parse("medium"), Err(Reason::NotAChoice));
}

#[test]
fn formula_escape_is_reversible() {
    for cell in ["=1+1", "+86 138", "-5", "@SUM(A1)", "\tx", "'quoted", "''", "plain", ""] {
        let escaped = if needs_formula_escape(cell) { format!("'{cell}") } else { cell.to_string() };
        assert_eq!(unescape_formula(&escaped), cell, "{cell:?}");
    }
    assert_eq!(unescape_formula("'abc"), "'abc", "an apostrophe before plain text is the user's");
}

mod never_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Cells come from any file: every parser answers, none panics.
        #[test]
        fn parsers_accept_any_text(s in "\\PC{0,24}", digits in "[0-9年月日:./ +\\-TZAPM下午]{0,24}") {
            for t in [&s, &digits] {
                for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
                    let _ = parse_date(t, order);
                    let _ = parse_timestamp(t, order, 480);
                    let _ = parse_timestamp(t, order, i32::MAX);
                }
                let _ = parse_whole::<u32>(t);
                let _ = parse_amount_in(t, Currency::CNY);
                let _ = Mapping::<F>::suggest(&[t.as_str()], &[]);
                let _ = unescape_formula(t);
            }
        }
    }
}
