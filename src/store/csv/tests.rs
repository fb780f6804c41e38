use super::*;
use crate::domain::mapping::unescape_formula;

fn rows(t: &Table) -> Vec<(u32, Vec<&str>)> {
    t.rows().map(|r| (r.number, r.cells().collect())).collect()
}

fn table(text: &str) -> Table {
    parse(text, detect_delimiter(text)).unwrap()
}

#[test]
fn utf8_with_and_without_bom() {
    let with = decode("\u{FEFF}姓名,邮箱\n王芳,w@x.cn\n".as_bytes()).unwrap();
    assert_eq!(with, Decoded { text: "姓名,邮箱\n王芳,w@x.cn\n".into(), encoding: TextEncoding::Utf8 });
    let without = decode("姓名,邮箱\n".as_bytes()).unwrap();
    assert_eq!(without.text, "姓名,邮箱\n");
    // The header never starts with an invisible BOM.
    let f = read("\u{FEFF}Name\nA\n".as_bytes(), ReadOptions::default()).unwrap();
    assert_eq!(f.table.headers(), ["Name"]);
}

#[test]
fn gbk_from_chinese_excel_is_detected() {
    let text = "姓名,公司名称,手机\r\n王芳,华东精密制造有限公司,13800138000\r\n";
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "GBK bytes are not UTF-8");
    let f = read(&bytes, ReadOptions::default()).unwrap();
    assert_eq!(f.encoding, TextEncoding::Gb18030);
    assert_eq!(f.table.headers(), ["姓名", "公司名称", "手机"]);
    assert_eq!(rows(&f.table), [(2, vec!["王芳", "华东精密制造有限公司", "13800138000"])]);

    // GB18030's four-byte sequences (characters outside GBK) too.
    let (bytes, _, _) = encoding_rs::GB18030.encode("名字\n𠮷野家\n");
    assert_eq!(decode(&bytes).unwrap().text, "名字\n𠮷野家\n");
}

#[test]
fn utf16_with_a_bom() {
    let mut le = vec![0xFF, 0xFE];
    le.extend("A\t名\n".encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend("A\t名\n".encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(decode(&le).unwrap(), Decoded { text: "A\t名\n".into(), encoding: TextEncoding::Utf16Le });
    assert_eq!(decode(&be).unwrap().encoding, TextEncoding::Utf16Be);
    assert_eq!(read(&le, ReadOptions::default()).unwrap().delimiter, Delimiter::Tab);
}

#[test]
fn undecodable_files_are_refused_clearly() {
    // 0xFF starts no character in UTF-8 or GB18030.
    assert_eq!(decode(b"Name\n\xFF\xFF\n"), Err(DecodeError::Undecodable));
    assert_eq!(decode(b"Name\nA\x00B\n"), Err(DecodeError::Undecodable));
    assert_eq!(decode(b"PK\x03\x04\x14\x00rest"), Err(DecodeError::Workbook));
    assert_eq!(read(b"PK\x03\x04", ReadOptions::default()), Err(CsvError::Decode(DecodeError::Workbook)));
    // A chosen encoding is held to: GBK bytes are not UTF-8.
    let (gbk, _, _) = encoding_rs::GBK.encode("王芳");
    assert_eq!(decode_as(&gbk, TextEncoding::Utf8), Err(DecodeError::Undecodable));
    assert_eq!(read(b"", ReadOptions::default()), Err(CsvError::Read(ReadError::NoHeader)));
    assert_eq!(read(b"\r\n\r\n", ReadOptions::default()), Err(CsvError::Read(ReadError::NoHeader)));
}

#[test]
fn delimiters_are_detected_and_can_be_overridden() {
    assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), Delimiter::Comma);
    // Semicolons with decimal commas, as German or French Excel writes.
    assert_eq!(detect_delimiter("Name;Budget;Notes\nA;1,5;x\nB;2,25;\"y, z\"\n"), Delimiter::Semicolon);
    assert_eq!(detect_delimiter("Name\tCompany\nA\tAcme, Inc.\n"), Delimiter::Tab);
    assert_eq!(detect_delimiter("\"a,b\";c\n\"d,e\";f\n"), Delimiter::Semicolon);
    assert_eq!(detect_delimiter("OnlyOneColumn\nx\n"), Delimiter::Comma);
    assert_eq!(detect_delimiter("sep=;\na,b\n"), Delimiter::Semicolon);
    let t = table("sep=;\r\nName;City\r\nA;B\r\n");
    assert_eq!((t.headers(), t.header_row()), (&["Name".to_string(), "City".to_string()][..], 1));

    let opts = ReadOptions { delimiter: Some(Delimiter::Semicolon), ..Default::default() };
    let f = read(b"a,b;c\n1,2;3\n", opts).unwrap();
    assert_eq!(f.table.headers(), ["a,b", "c"]);
}

#[test]
fn quoted_fields_hold_delimiters_quotes_and_line_breaks() {
    let text = "Name,Notes,City\r\n\"Wang, Fang\",\"said \"\"call me\"\"\r\nnext week\",苏州\r\n\"\",\"\",\r\nLi,\"multi\nline\rcr\",\"\"\"\"\r\n";
    let t = table(text);
    assert_eq!(
        rows(&t),
        [
            (2, vec!["Wang, Fang", "said \"call me\"\r\nnext week", "苏州"]),
            (3, vec!["", "", ""]),
            // A cell's line breaks stay inside its row, as in a spreadsheet.
            (4, vec!["Li", "multi\nline\rcr", "\""]),
        ]
    );
}

#[test]
fn line_ends_blank_lines_and_ragged_rows() {
    for text in ["H1,H2\nA,B\n", "H1,H2\r\nA,B\r\n", "H1,H2\rA,B\r", "H1,H2\nA,B", "H1,H2\nA,B\n\n\n\r\n"] {
        assert_eq!(rows(&table(text)), [(2, vec!["A", "B"])], "{text:?}");
    }
    // Blank lines keep their numbers; the header may come after them.
    let t = table("\n\nH1,H2\nA,B\n\nC\nD,E,F\n");
    assert_eq!(t.header_row(), 3);
    assert_eq!(rows(&t), [(4, vec!["A", "B"]), (6, vec!["C"]), (7, vec!["D", "E", "F"])]);
    assert_eq!(t.ragged(), [(6, 1), (7, 3)]);
    // Unquoted text keeps stray quotes as written.
    assert_eq!(rows(&table("H\n5\"\n")), [(2, vec!["5\""])]);
}

#[test]
fn an_unclosed_quote_is_an_error_at_its_row() {
    assert_eq!(parse("H1,H2\nA,B\nC,\"open\nmore\n", Delimiter::Comma), Err(ReadError::UnterminatedQuote { row: 3 }));
}

#[test]
fn writer_quotes_and_defuses_formulas() {
    let mut w = CsvWriter::new();
    w.row(["Name", "Notes"]);
    w.row(["=cmd|' /C calc'!A0", "+86 138"]);
    w.row(["-5", "@SUM(1)"]);
    w.row(["\tTab", "'apostrophe"]);
    w.row(["a,b", "say \"hi\"\nbye"]);
    w.row([" padded ", "plain 中文"]);
    let bytes = w.finish();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert_eq!(
        text,
        "Name,Notes\r\n'=cmd|' /C calc'!A0,'+86 138\r\n'-5,'@SUM(1)\r\n'\tTab,''apostrophe\r\n\"a,b\",\"say \"\"hi\"\"\nbye\"\r\n\" padded \",plain 中文\r\n"
    );
    // Read back, each cell is what was written.
    let f = read(&bytes, ReadOptions::default()).unwrap();
    let back: Vec<Vec<&str>> = f.table.rows().map(|r| r.cells().map(unescape_formula).collect()).collect();
    assert_eq!(
        back,
        [
            vec!["=cmd|' /C calc'!A0", "+86 138"],
            vec!["-5", "@SUM(1)"],
            vec!["\tTab", "'apostrophe"],
            vec!["a,b", "say \"hi\"\nbye"],
            vec![" padded ", "plain 中文"],
        ]
    );
}

#[test]
fn a_plan_becomes_one_change_only_when_accepted() {
    use crate::domain::mapping::leads::{plan_leads, LeadOptions};
    use crate::domain::mapping::{DupePolicy, Mapping};
    use crate::domain::{Currency, Id};
    let f = read(b"Name,Email\nA,a@x.cn\n,b@x.cn\nC,\n", ReadOptions::default()).unwrap();
    let mapping = Mapping::suggest(f.table.headers(), &[]);
    let now = chrono::DateTime::UNIX_EPOCH;
    let mut n = 0;
    let mut next = || {
        n += 1;
        Id::from_u128(n)
    };
    let plan = plan_leads(&f.table, &mapping, DupePolicy::Skip, &[], &[], LeadOptions::new(Currency::CNY), now, &mut next);
    assert_eq!(import_change(plan.clone(), false), Err(1));
    let change = import_change(plan, true).unwrap();
    assert_eq!(change.upserts.len(), 2);
    assert!(!change.clear_all && change.deletes.is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any bytes are read or refused, never a panic.
        #[test]
        fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = read(&bytes, ReadOptions::default());
            for d in Delimiter::ALL {
                let _ = read(&bytes, ReadOptions { encoding: Some(TextEncoding::Gb18030), delimiter: Some(d) });
            }
        }

        /// Whatever cells are written are read back, row for row.
        #[test]
        fn written_cells_read_back(rows in proptest::collection::vec(
            proptest::collection::vec("[a-z ,;\"'=+@\\-\t\r\n中文]{0,6}", 2..4), 1..6)) {
            let mut w = CsvWriter::new();
            let header = ["a", "b", "c", "d"];
            let width = rows[0].len();
            w.row(&header[..width]);
            for r in &rows {
                w.row(r);
            }
            let f = read(&w.finish(), ReadOptions::default()).unwrap();
            prop_assert_eq!(f.delimiter, Delimiter::Comma);
            // Rows whose cells are all empty are blank lines to a reader;
            // a lone empty cell is written as nothing at all.
            let kept: Vec<&Vec<String>> = rows.iter().filter(|r| !(r.len() == 1 && r[0].is_empty())).collect();
            let back: Vec<Vec<String>> = f.table.rows().map(|r| r.cells().map(|c| unescape_formula(c).to_string()).collect()).collect();
            prop_assert_eq!(back.len(), kept.len());
            for (b, r) in back.iter().zip(kept) {
                prop_assert_eq!(b, r);
            }
        }
    }
}
