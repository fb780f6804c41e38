//! Text folding for matching what people type against known names.

/// Full-width ASCII forms (what Chinese input methods produce: "Ｅｍａｉｌ",
/// "（"), and the ideographic space, as their ASCII counterparts.
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A key for comparing header names and choice labels: half-width,
/// lower-case, with spaces and separator punctuation removed, so
/// "E-mail", "e_mail", "ＥＭＡＩＬ " and "Email" all fold to "email".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(half_width) {
        if c.is_whitespace() || is_separator(c) {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '_' | '.' | '/' | '\\' | ':' | '(' | ')' | '[' | ']' | '*' | '#' | '\'' | '"' | '·' | '：' | '、' | '（' | '）' | '【' | '】' | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_width_spaces_and_separators() {
        for s in ["E-mail", "e_mail", "ＥＭＡＩＬ ", "Email", "E-Mail:"] {
            assert_eq!(fold(s), "email", "{s}");
        }
        assert_eq!(fold("公司 名称（全称）"), "公司名称全称");
        assert_eq!(fold("Job Title*"), "jobtitle");
    }
}
