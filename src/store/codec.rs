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
                let mut de = serde_json::Deserializer::from_str(raw);
                let result = match serde_path_to_error::deserialize::<_, T>(&mut de) {
                    Ok(r) => de.end().map(|()| r).map_err(|e| (String::new(), e)),
                    Err(e) => Err((e.path().to_string(), e.into_inner())),
                };
                match result {
                    Ok(r) => out.push(r),
                    Err((path, inner)) => {
                        let syntax = !inner.is_data();
                        let message = without_position(&inner.to_string());
                        errors.push(DecodeError { index, path, message, syntax });
                    }
                }
            }
            errors
        }
    }
    kind.dispatch(Dec { items, into })
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
    if let Ok(v) = serde_json::to_value(record) {
        walk("", &v, &mut out);
    }
    out
}
