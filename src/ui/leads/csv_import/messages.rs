//! Read problems and row problems, worded.

use super::{ReadProblem, ENCODINGS};
use crate::domain::mapping::{Reason, RowError};
use crate::domain::EntityKind;
use crate::i18n::Texts;
use crate::store::csv::{CsvError, DecodeError, ReadError, TextEncoding};
use crate::ui::areas::kind_label;

pub fn encoding_label(t: &'static Texts, e: TextEncoding) -> &'static str {
    ENCODINGS.iter().position(|x| *x == e).and_then(|i| t.csv.encodings.get(i)).copied().unwrap_or_default()
}

/// `chosen`: the encoding the user picked, if any (otherwise detection
/// tried UTF-8 and GBK).
pub fn read_problem(t: &'static Texts, p: ReadProblem, chosen: Option<TextEncoding>) -> String {
    let c = &t.csv;
    match p {
        ReadProblem::File => c.err_file.into(),
        ReadProblem::NoRows => c.err_no_rows.into(),
        ReadProblem::Csv(CsvError::Decode(DecodeError::Workbook)) => c.err_workbook.into(),
        ReadProblem::Csv(CsvError::Decode(DecodeError::Undecodable)) => {
            let tried = match chosen {
                Some(e) => encoding_label(t, e).to_string(),
                None => format!("{} / {}", encoding_label(t, TextEncoding::Utf8), encoding_label(t, TextEncoding::Gb18030)),
            };
            (c.err_undecodable)(&tried)
        }
        ReadProblem::Csv(CsvError::Read(ReadError::NoHeader)) => c.err_no_header.into(),
        ReadProblem::Csv(CsvError::Read(ReadError::UnterminatedQuote { row })) => (c.err_quote)(row as usize),
        ReadProblem::Csv(CsvError::Read(ReadError::TooLarge)) => c.err_too_large.into(),
    }
}

pub fn reason(t: &'static Texts, r: Reason) -> String {
    let c = &t.csv;
    match r {
        Reason::Required => c.reason_required.into(),
        Reason::NotADate => c.reason_not_a_date.into(),
        Reason::NoSuchDate => c.reason_no_such_date.into(),
        Reason::NotANumber => c.reason_not_a_number.into(),
        Reason::TooLarge => c.reason_too_large.into(),
        Reason::NotAnAmount => c.reason_not_an_amount.into(),
        Reason::NotAChoice => c.reason_not_a_choice.into(),
        Reason::NotAnEmail => c.reason_not_an_email.into(),
        Reason::NotAnId => c.reason_not_an_id.into(),
        Reason::UnknownReference(EntityKind::Person) => c.reason_unknown_person.into(),
        Reason::AmbiguousReference(EntityKind::Person) => c.reason_ambiguous_person.into(),
        Reason::UnknownReference(k) => (c.reason_unknown)(kind_label(t, k)),
        Reason::AmbiguousReference(k) => (c.reason_ambiguous)(kind_label(t, k)),
        Reason::ExtraCells { expected, found } => (c.reason_extra_cells)(expected, found),
        Reason::OtherCurrency(code) => (c.reason_other_currency)(code.code()),
        Reason::Overpaid(balance) => (c.reason_overpaid)(&crate::i18n::format::money(balance)),
    }
}

/// The column as the user knows it: its header, else its position.
pub fn column(t: &'static Texts, e: &RowError) -> String {
    match (e.column, e.header.as_str()) {
        (None, _) => t.csv.no_column.into(),
        (Some(c), "") => (t.csv.column_number)(c + 1),
        (Some(_), h) => h.into(),
    }
}
