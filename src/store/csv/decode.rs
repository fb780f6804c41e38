//! File bytes → text. Spreadsheet CSVs come as UTF-8 (with or without a
//! byte-order mark), UTF-16 ("Unicode text" from Excel) or, from Chinese
//! Excel, GBK / GB18030 without any marker.


#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GB18030, a superset of GBK and GB2312, so it reads all three.
    Gb18030,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// An Excel workbook (.xlsx or .xls) rather than a CSV file.
    Workbook,
    /// Not text in any encoding tried (or not in the one chosen).
    Undecodable,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Detects the encoding: a byte-order mark decides; without one, UTF-8 if
/// the bytes are valid UTF-8, else GB18030 if they are valid GB18030.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if is_workbook(bytes) {
        return Err(DecodeError::Workbook);
    }
    let encoding = match bytes {
        [0xEF, 0xBB, 0xBF, ..] => TextEncoding::Utf8,
        [0xFF, 0xFE, ..] => TextEncoding::Utf16Le,
        [0xFE, 0xFF, ..] => TextEncoding::Utf16Be,
        _ if std::str::from_utf8(bytes).is_ok() => TextEncoding::Utf8,
        _ => TextEncoding::Gb18030,
    };
    let text = decode_as(bytes, encoding)?;
    Ok(Decoded { text, encoding })
}

/// Decodes in the encoding the user picked (when detection guessed wrong).
/// A byte-order mark of that encoding is dropped.
pub fn decode_as(bytes: &[u8], encoding: TextEncoding) -> Result<String, DecodeError> {
    let text = match encoding {
        TextEncoding::Utf8 => {
            let b = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
            std::str::from_utf8(b).map(str::to_string).map_err(|_| DecodeError::Undecodable)?
        }
        TextEncoding::Utf16Le => strict(encoding, bytes.strip_prefix(b"\xFF\xFE").unwrap_or(bytes))?,
        TextEncoding::Utf16Be => strict(encoding, bytes.strip_prefix(b"\xFE\xFF").unwrap_or(bytes))?,
        TextEncoding::Gb18030 => strict(encoding, bytes)?,
    };
    // NUL never occurs in a text CSV; it means a binary file that happened
    // to decode.
    if text.contains('\0') {
        return Err(DecodeError::Undecodable);
    }
    Ok(text)
}

/// Decodes without replacement characters (a wrong guess must fail, not
/// produce mojibake) and without BOM handling (done by the caller).
#[cfg(not(target_arch = "wasm32"))]
fn strict(encoding: TextEncoding, bytes: &[u8]) -> Result<String, DecodeError> {
    let encoding = match encoding {
        TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
        TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
        TextEncoding::Utf8 => encoding_rs::UTF_8,
        TextEncoding::Gb18030 => encoding_rs::GB18030,
    };
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| t.into_owned())
        .ok_or(DecodeError::Undecodable)
}

/// The browser's decoders, which follow the same WHATWG Encoding Standard
/// as `encoding_rs`: calling `encoding_rs` links every encoding's tables
/// into the wasm (it dispatches on the encoding at run time), which made
/// the release wasm 101 KB larger after brotli.
#[cfg(target_arch = "wasm32")]
fn strict(encoding: TextEncoding, bytes: &[u8]) -> Result<String, DecodeError> {
    let label = match encoding {
        TextEncoding::Utf16Le => "utf-16le",
        TextEncoding::Utf16Be => "utf-16be",
        TextEncoding::Utf8 => "utf-8",
        TextEncoding::Gb18030 => "gb18030",
    };
    let opts = web_sys::TextDecoderOptions::new();
    opts.set_fatal(true);
    let _ = js_sys::Reflect::set(&opts, &"ignoreBOM".into(), &true.into());
    let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &opts).map_err(|_| DecodeError::Undecodable)?;
    decoder.decode_with_u8_array(bytes).map_err(|_| DecodeError::Undecodable)
}

/// .xlsx files are zip archives; .xls files are OLE compound documents.
fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}
