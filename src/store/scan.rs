//! A small string-aware JSON scanner: finds where values begin and end
//! without building them. Import uses it to cut a 100,000-record file into
//! one slice per record, so each record is decoded on its own between pauses
//! instead of in one long parse that freezes the page. It only follows the
//! structure (strings, brackets, commas); every slice is still parsed by
//! serde, and anything unexpected makes the caller fall back to serde's
//! whole-file parse, whose errors are the reference.

pub struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str) -> Scanner<'a> {
        Scanner { text, pos: 0 }
    }

    /// Bytes consumed so far.
    pub fn pos(&self) -> usize {
        self.pos
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    pub fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
    }

    /// Consumes `b` (after whitespace) if it comes next.
    pub fn eat(&mut self, b: u8) -> bool {
        self.skip_ws();
        if self.bytes().get(self.pos) == Some(&b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// True when only whitespace is left.
    pub fn at_end(&mut self) -> bool {
        self.skip_ws();
        self.pos == self.text.len()
    }

    /// A string without escapes (object keys); `None` for anything else.
    pub fn plain_string(&mut self) -> Option<&'a str> {
        self.skip_ws();
        let start = self.pos;
        if self.bytes().get(start) != Some(&b'"') {
            return None;
        }
        let end = self.string_end(start + 1)?;
        let inner = &self.text[start + 1..end - 1];
        if inner.contains('\\') {
            return None;
        }
        self.pos = end;
        Some(inner)
    }

    /// Index just past the closing quote of a string whose body starts at `from`.
    fn string_end(&self, mut i: usize) -> Option<usize> {
        let b = self.bytes();
        loop {
            match b.get(i)? {
                b'"' => return Some(i + 1),
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
    }

    /// Skips one value (after whitespace) and returns its text; `None` when
    /// the structure is broken (unclosed string or bracket, nothing there).
    pub fn value(&mut self) -> Option<&'a str> {
        self.skip_ws();
        let b = self.bytes();
        let start = self.pos;
        let mut i = start;
        let mut depth = 0usize;
        loop {
            match b.get(i) {
                None => {
                    if depth > 0 {
                        return None;
                    }
                    break;
                }
                Some(b'"') => i = self.string_end(i + 1)?,
                Some(b'{' | b'[') => {
                    depth += 1;
                    i += 1;
                }
                Some(b'}' | b']') => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
                Some(b',') if depth == 0 => break,
                Some(_) => i += 1,
            }
        }
        let raw = self.text[start..i].trim_end_matches([' ', '\t', '\n', '\r']);
        if raw.is_empty() {
            return None;
        }
        self.pos = i;
        Some(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_with_brackets_and_commas_inside_strings() {
        let mut s = Scanner::new(r#" [ {"a": "x,]}\"{", "b": [1, {"c": null}]} , 12.5e3 ,"s\\"] "#);
        assert!(s.eat(b'['));
        assert_eq!(s.value(), Some(r#"{"a": "x,]}\"{", "b": [1, {"c": null}]}"#));
        assert!(s.eat(b','));
        assert_eq!(s.value(), Some("12.5e3"));
        assert!(s.eat(b','));
        assert_eq!(s.value(), Some(r#""s\\""#));
        assert!(s.eat(b']'));
        assert!(s.at_end());
    }

    #[test]
    fn broken_structure_is_none() {
        assert_eq!(Scanner::new(r#"{"a": "open"#).value(), None);
        assert_eq!(Scanner::new(r#"[1, [2]"#).value(), None);
        assert_eq!(Scanner::new("   ").value(), None);
        let mut s = Scanner::new("[,1]");
        assert!(s.eat(b'['));
        assert_eq!(s.value(), None);
    }

    #[test]
    fn keys_with_escapes_are_left_to_serde() {
        assert_eq!(Scanner::new(r#""deals""#).plain_string(), Some("deals"));
        assert_eq!(Scanner::new(r#""de\u0061ls""#).plain_string(), None);
        assert_eq!(Scanner::new("12").plain_string(), None);
    }
}
