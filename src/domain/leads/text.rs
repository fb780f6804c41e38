//! Case folding for matching typed text against keyword tables without
//! allocating per lead: lower case, full-width ASCII (as Chinese input methods
//! type it) made half-width, outer spaces trimmed and inner runs of spaces
//! collapsed to one.

/// Room for a folded title or industry on the stack. Longer text is cut at a
/// character boundary; real titles are far shorter.
const CAP: usize = 192;

/// Full-width ASCII and the ideographic space, as Chinese input methods
/// type them, made half-width.
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Calls `push` with each folded character until it returns false. A plain
/// loop with fast paths for ASCII and for CJK ideographs (which have no
/// case), as this runs for every lead scored.
fn fold_each(s: &str, mut push: impl FnMut(char) -> bool) {
    let mut space = false;
    for c in s.trim().chars() {
        let c = half_width(c);
        let more = if c.is_whitespace() {
            let first = !space;
            space = true;
            !first || push(' ')
        } else {
            space = false;
            if c.is_ascii() {
                push(c.to_ascii_lowercase())
            } else if ('\u{3400}'..='\u{9FFF}').contains(&c) {
                push(c)
            } else {
                c.to_lowercase().all(&mut push)
            }
        };
        if !more {
            return;
        }
    }
}

/// The folded form, allocated: for building keyword tables once.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s, |c| {
        out.push(c);
        true
    });
    out
}

/// Whether `raw` folds to `folded`, stopping at the first difference.
pub fn folds_to(raw: &str, folded: &str) -> bool {
    let mut want = folded.chars();
    let mut same = true;
    fold_each(raw, |c| {
        same = want.next() == Some(c);
        same
    });
    same && want.next().is_none()
}

/// The folded form in a stack buffer: for the per-lead hot path.
pub struct Folded {
    buf: [u8; CAP],
    len: usize,
}

impl Folded {
    pub fn new(s: &str) -> Folded {
        let mut f = Folded { buf: [0; CAP], len: 0 };
        fold_each(s, |c| {
            let n = c.len_utf8();
            if f.len + n > CAP {
                return false;
            }
            c.encode_utf8(&mut f.buf[f.len..f.len + n]);
            f.len += n;
            true
        });
        f
    }
    pub fn as_str(&self) -> &str {
        // Only whole UTF-8 encodings are ever written, so this never fails.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// A folded keyword. Where it starts or ends with an ASCII letter or digit,
/// it must meet a word boundary there, so "cto" is not found in "director";
/// Chinese keywords match anywhere, as Chinese has no spaces between words.
#[derive(Clone, Debug)]
struct Keyword {
    text: String,
    bound_start: bool,
    bound_end: bool,
}

impl Keyword {
    /// `None` for a keyword that folds to nothing (it would match everything).
    fn new(raw: &str) -> Option<Keyword> {
        let text = fold(raw);
        let bound_start = text.chars().next()?.is_ascii_alphanumeric();
        let bound_end = text.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
        Some(Keyword { text, bound_start, bound_end })
    }

    /// Whether the keyword occurs in folded `hay` at byte `start`.
    fn at(&self, hay: &str, start: usize) -> bool {
        let end = start + self.text.len();
        let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        hay.get(start..end) == Some(self.text.as_str())
            && !(self.bound_start && alnum(hay[..start].chars().next_back()))
            && !(self.bound_end && alnum(hay[end..].chars().next()))
    }
}

/// Keywords with a value each, ordered by priority: longer first, then the
/// higher value. `best` finds the highest-priority keyword in a text by
/// trying, at each character, only the keywords starting with that byte, so
/// a title is read once rather than once per keyword.
#[derive(Clone, Debug)]
pub struct KeywordTable {
    keywords: Vec<(Keyword, u8)>,
    /// Indices into `keywords` by first byte, ascending.
    by_first: Vec<Vec<u32>>,
}

impl KeywordTable {
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, u8)>) -> KeywordTable {
        let mut keywords: Vec<(Keyword, u8)> =
            entries.into_iter().filter_map(|(k, v)| Keyword::new(k).map(|k| (k, v))).collect();
        let len = |k: &Keyword| k.text.chars().count();
        crate::domain::sorting::sort_by(&mut keywords, |(a, va), (b, vb)| len(b).cmp(&len(a)).then(vb.cmp(va)).then(a.text.cmp(&b.text)));
        let mut by_first = vec![Vec::new(); 256];
        for (i, (k, _)) in keywords.iter().enumerate() {
            if let Some(&b) = k.text.as_bytes().first() {
                by_first[usize::from(b)].push(i as u32);
            }
        }
        KeywordTable { keywords, by_first }
    }

    /// The highest-priority keyword found in folded `hay`, and its value.
    pub fn best(&self, hay: &str) -> Option<(&str, u8)> {
        let mut best = u32::MAX;
        for (pos, &b) in hay.as_bytes().iter().enumerate() {
            // Continuation bytes never start a character, so never a keyword.
            if (0x80..0xC0).contains(&b) {
                continue;
            }
            let candidates = &self.by_first[usize::from(b)];
            if let Some(&i) =
                candidates.iter().take_while(|&&i| i < best).find(|&&i| self.keywords[i as usize].0.at(hay, pos))
            {
                best = i;
            }
        }
        self.keywords.get(best as usize).map(|(k, v)| (k.text.as_str(), *v))
    }
}
