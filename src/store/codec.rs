//! JSON encoding of records, shared by the export file and IndexedDB: both keep
//! records in the same shape, so a future record-shape migration can be one
//! function used by the file import and the database upgrade alike.

use serde::Serialize;

use crate::domain::{Collections, Entity, EntityKind, KindVisitor, Record};

/// Serialise one kind's records as a JSON array.
pub fn encode_kind(data: &Collections, kind: EntityKind) -> String {
    struct Enc<'a>(&'a Collections);
    impl KindVisitor for Enc<'_> {
        type Out = String;
        fn visit<T: Entity>(self) -> String {
            to_json(T::of(self.0))
        }
    }
    kind.dispatch(Enc(data))
}

pub fn encode_record(record: &Record) -> String {
    let mut c = Collections::default();
    c.upsert(record.clone());
    let json = encode_kind(&c, record.kind());
    // Strip the array brackets: one record, one object.
    json.strip_prefix('[').and_then(|s| s.strip_suffix(']')).unwrap_or("{}").to_string()
}

pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // Serialising our own plain data types to a String cannot fail.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// A problem decoding one record: JSON path inside the record and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub index: usize,
    pub path: String,
    pub message: String,
    /// Not JSON at all (as opposed to JSON of the wrong shape).
    pub syntax: bool,
}

/// Decode JSON texts of `kind` records into `into`, collecting per-record
/// errors: one bad record does not hide others.
pub fn decode_kind(kind: EntityKind, items: &[&str], into: &mut Collections) -> Vec<DecodeError> {
    struct Dec<'a, 'b> {
        items: &'a [&'b str],
        into: &'a mut Collections,
    }
    impl KindVisitor for Dec<'_, '_> {
        type Out = Vec<DecodeError>;
        fn visit<T: Entity>(self) -> Vec<DecodeError> {
            // Most files are fine: the records as one array, with the decoder
            // storage uses too, without tracking paths.
            let mut array = String::with_capacity(self.items.iter().map(|i| i.len() + 1).sum::<usize>() + 2);
            array.push('[');
            for (i, item) in self.items.iter().enumerate() {
                if i > 0 {
                    array.push(',');
                }
                array.push_str(item);
            }
            array.push(']');
            if let Ok(records) = serde_json::from_str::<Vec<T>>(&array) {
                T::of_mut(self.into).extend(records);
                return Vec::new();
            }
            drop(array);
            // Something is wrong: each record on its own, to say which and where.
            let mut errors = Vec::new();
            let out = T::of_mut(self.into);
            for (index, raw) in self.items.iter().enumerate() {
                match serde_json::from_str::<T>(raw) {
                    Ok(r) => out.push(r),
                    Err(e) => {
                        let (path, message) = describe(raw, &e);
                        errors.push(DecodeError { index, path, message, syntax: !e.is_data() });
                    }
                }
            }
            errors
        }
    }
    kind.dispatch(Dec { items, into })
}

/// Decodes one JSON value; on failure gives the JSON path inside it and the
/// reason. Plain `serde_json::from_str` is the same decoder the trusted path
/// runs (one copy of every record's decoding code in the app); the path is
/// recovered from the error's position only when decoding fails.
pub fn decode_one<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, (String, String)> {
    serde_json::from_str(json).map_err(|e| describe(json, &e))
}

/// JSON path inside `json` and the reason, for a decoding error of it.
fn describe(json: &str, e: &serde_json::Error) -> (String, String) {
    (error_path(json, e.line(), e.column()), without_position(&e.to_string()))
}

/// serde_json reports where it stopped reading: just after the offending
/// value (for a missing field or a short list, just after the closing
/// bracket). The innermost value holding the last byte read is at fault.
fn error_path(json: &str, line: usize, column: usize) -> String {
    let line_start = if line <= 1 {
        0
    } else {
        json.match_indices('\n').nth(line - 2).map_or(json.len(), |(i, _)| i + 1)
    };
    path_at(json, (line_start + column).saturating_sub(1))
}

/// JSON path (`amount.minor`, `lines[0].product_id`; empty for the whole
/// value) of the innermost value in `json` that contains byte `at`. Keys are
/// shown as written (our keys need no escapes).
pub fn path_at(json: &str, at: usize) -> String {
    let mut path = Vec::new();
    let mut found = None;
    scan(json, skip_ws(json.as_bytes(), 0), at, &mut path, &mut found);
    let mut out = String::new();
    for seg in found.unwrap_or_default() {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

#[derive(Clone)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// Skips the value starting at `i` (no leading blanks) and returns the index
/// after it; `None` once `found` is set (or on malformed input).
fn scan<'a>(json: &'a str, i: usize, at: usize, path: &mut Vec<Seg<'a>>, found: &mut Option<Vec<Seg<'a>>>) -> Option<usize> {
    let b = json.as_bytes();
    let end = match *b.get(i)? {
        open @ (b'{' | b'[') => {
            let close = if open == b'{' { b'}' } else { b']' };
            let mut j = skip_ws(b, i + 1);
            let mut index = 0;
            while *b.get(j)? != close {
                if open == b'{' {
                    let key_end = string_end(b, j)?;
                    path.push(Seg::Key(json.get(j + 1..key_end - 1)?));
                    j = skip_ws(b, skip_ws(b, key_end) + 1);
                } else {
                    path.push(Seg::Index(index));
                    index += 1;
                }
                j = skip_ws(b, scan(json, j, at, path, found)?);
                path.pop();
                if *b.get(j)? == b',' {
                    j = skip_ws(b, j + 1);
                }
            }
            j + 1
        }
        b'"' => string_end(b, i)?,
        _ => i + b[i..].iter().position(|c| matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\r' | b'\n')).unwrap_or(b.len() - i),
    };
    if (i..end).contains(&at) {
        *found = Some(path.clone());
        return None;
    }
    Some(end)
}

/// Index after the string literal starting at `i`.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        match *b.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\r' | b'\n')) {
        i += 1;
    }
    i
}

/// serde_json appends " at line L column C", counted from the start of the one
/// record being decoded, which would mislead; the JSON path says where.
pub fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Fast path for trusted data (our own IndexedDB): decode a JSON array of
/// `kind` records and append them to `into`.
pub fn append_kind_trusted(kind: EntityKind, json: &str, into: &mut Collections) -> Result<(), String> {
    struct Dec<'a>(&'a str, &'a mut Collections);
    impl KindVisitor for Dec<'_> {
        type Out = Result<(), String>;
        fn visit<T: Entity>(self) -> Result<(), String> {
            let items: Vec<T> = serde_json::from_str(self.0).map_err(|e| e.to_string())?;
            T::of_mut(self.1).extend(items);
            Ok(())
        }
    }
    kind.dispatch(Dec(json, into))
}

/// `kind` records `range` of `data` as one JSON array (a storage chunk).
pub fn encode_range(data: &Collections, kind: EntityKind, range: std::ops::Range<usize>) -> Vec<u8> {
    struct Enc<'a>(&'a Collections, std::ops::Range<usize>);
    impl KindVisitor for Enc<'_> {
        type Out = Vec<u8>;
        fn visit<T: Entity>(self) -> Vec<u8> {
            let items = T::of(self.0);
            let end = self.1.end.min(items.len());
            let start = self.1.start.min(end);
            to_json(&items[start..end]).into_bytes()
        }
    }
    kind.dispatch(Enc(data, range))
}

/// Every leaf of a record as (dotted path, text), in field order, for a
/// generic "all fields" view.
pub fn flatten_record(record: &Record) -> Vec<(String, String)> {
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    walk(&p, v, out);
                }
            }
            serde_json::Value::Array(items) if !items.is_empty() => {
                for (i, v) in items.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), v, out);
                }
            }
            serde_json::Value::String(s) => out.push((prefix.to_string(), s.clone())),
            serde_json::Value::Null => out.push((prefix.to_string(), "—".into())),
            other => out.push((prefix.to_string(), other.to_string())),
        }
    }
    let mut out = Vec::new();
    // Through the JSON text rather than `to_value`: the records' one compiled
    // serialiser (the compact writer) serves here too.
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(&to_json(record)) {
        walk("", &v, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Line {
        product_id: u32,
        qty: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        lines: Vec<Line>,
        pair: (u8, u8),
        #[serde(default)]
        tags: Vec<String>,
    }

    fn err(json: &str) -> (String, String) {
        decode_one::<Doc>(json).expect_err("should not decode")
    }

    #[test]
    fn error_paths_point_at_the_offending_value() {
        let ok = r#"{"name":"a","lines":[{"product_id":1,"qty":2}],"pair":[1,2]}"#;
        assert!(decode_one::<Doc>(ok).is_ok());
        // Wrong type deep in a list, as the last field before a closing brace.
        let (path, msg) = err(r#"{"name":"a","lines":[{"product_id":1,"qty":2},{"product_id":1,"qty":"x"}],"pair":[1,2]}"#);
        assert_eq!((path.as_str(), msg.as_str()), ("lines[1].qty", "invalid type: string \"x\", expected u32"));
        // A missing field belongs to the object that lacks it, not its last value.
        assert_eq!(err(r#"{"name":"a","lines":[{"product_id":1}],"pair":[1,2]}"#).0, "lines[0]");
        assert_eq!(err(r#"{"lines":[],"pair":[1,2]}"#).0, "");
        // Too short a list, a number of the wrong kind, a value of the wrong type.
        assert_eq!(err(r#"{"name":"a","lines":[],"pair":[1]}"#).0, "pair");
        assert_eq!(err(r#"{"name":"a","lines":[],"pair":[1,300]}"#).0, "pair[1]");
        assert_eq!(err(r#"{"name":"a","lines":[],"pair":[1,2],"tags":["x",null]}"#).0, "tags[1]");
        assert_eq!(err(r#"{"name":17,"lines":[],"pair":[1,2]}"#).0, "name");
        assert_eq!(err(r#""doc""#).0, "");
    }

    #[test]
    fn error_paths_survive_pretty_printing_and_escapes() {
        let json = "{\n  \"name\": \"a \\\" b\",\n  \"lines\": [\n    { \"product_id\": 1, \"qty\": -1 }\n  ],\n  \"pair\": [1, 2]\n}";
        assert_eq!(err(json).0, "lines[0].qty");
        let json = "{\n  \"name\": \"x\",\n  \"lines\": [\n    { \"qty\": 1 }\n  ],\n  \"pair\": [1, 2]\n}";
        assert_eq!(err(json).0, "lines[0]");
    }
}
