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
    // Sized up front: growing a string char by char dominates large imports.
    let mut out = String::with_capacity(s.len());
    out.extend(folded(s));
    out
}

/// [`fold`] without building the string, for comparing in place.
pub fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().map(half_width).filter(|c| !c.is_whitespace() && !is_separator(*c)).map(lower)
}

/// Lower case as one character (the few letters whose lower case is two
/// characters keep their first), which is all matching needs.
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
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
