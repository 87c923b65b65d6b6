//! Codec names as CPython's `encodings` package resolves them (`"UTF8"`,
//! `"u8"`, `"latin"`, `"646"`...), and the UTF-16 and UTF-32 codecs.
//! `str.encode` (`strings.rs`) and `bytes.decode` (`bytes_methods.rs`) run the
//! codec a name gives.

/// A codec Strata implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark written first and skipped when read.
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`width` 2 or 4): little- or big-endian, or `None`
    /// for the plain codec that writes a byte order mark and reads one.
    Wide {
        width: usize,
        little: Option<bool>,
    },
}

/// The codec `name` names, after CPython's normalization (case, and any
/// run of punctuation read as `_`) and its aliases.
pub fn lookup(name: &str) -> Option<Codec> {
    let mut norm = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    let wide = |width, little| Some(Codec::Wide { width, little });
    match norm.as_str() {
        "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Some(Codec::Utf8),
        "utf_8_sig" => Some(Codec::Utf8Sig),
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Some(Codec::Ascii),
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1"
        | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Some(Codec::Latin1),
        "utf_16" | "u16" | "utf16" => wide(2, None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => wide(2, Some(true)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => wide(2, Some(false)),
        "utf_32" | "u32" | "utf32" => wide(4, None),
        "utf_32_le" | "utf_32le" => wide(4, Some(true)),
        "utf_32_be" | "utf_32be" => wide(4, Some(false)),
        _ => None,
    }
}

/// `s` in UTF-16 or UTF-32; the plain codec writes a little-endian byte
/// order mark first.
pub fn encode_wide(s: &str, width: usize, little: Option<bool>) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * width + width);
    let le = little.unwrap_or(true);
    let mut push = |unit: u32| {
        let bytes = unit.to_le_bytes();
        let bytes = &bytes[..width];
        if le {
            out.extend_from_slice(bytes);
        } else {
            out.extend(bytes.iter().rev());
        }
    };
    if little.is_none() {
        push(0xfeff);
    }
    for c in s.chars() {
        if width == 4 {
            push(c as u32);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                push(u32::from(*unit));
            }
        }
    }
    out
}

/// A stretch of input a decoder cannot read: byte positions and CPython's reason.
pub struct DecodeError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// UTF-16 or UTF-32 bytes to text, with CPython's codec name for messages
/// (`utf-16-le`...). `on_error` handles each undecodable stretch: it pushes
/// a replacement, or returns the error to stop (strict).
pub fn decode_wide(
    b: &[u8],
    width: usize,
    little: Option<bool>,
    mut on_error: impl FnMut(&mut String, &DecodeError) -> Result<(), ()>,
) -> (String, &'static str, Result<(), DecodeError>) {
    let (mut le, mut i) = (little.unwrap_or(true), 0);
    if little.is_none() {
        let bom_le: &[u8] = if width == 2 { b"\xff\xfe" } else { b"\xff\xfe\x00\x00" };
        let bom_be: &[u8] = if width == 2 { b"\xfe\xff" } else { b"\x00\x00\xfe\xff" };
        if b.starts_with(bom_le) {
            i = width;
        } else if b.starts_with(bom_be) {
            (le, i) = (false, width);
        }
    }
    let name = match (width, le) {
        (2, true) => "utf-16-le",
        (2, false) => "utf-16-be",
        (_, true) => "utf-32-le",
        (_, false) => "utf-32-be",
    };
    let unit_at = |at: usize| -> u32 {
        let bytes = &b[at..at + width];
        bytes.iter().enumerate().fold(0, |acc, (k, &byte)| {
            let shift = if le { 8 * k } else { 8 * (width - 1 - k) };
            acc | (u32::from(byte) << shift)
        })
    };
    let mut out = String::with_capacity(b.len() / width);
    let mut fail = |out: &mut String, start, end, reason| {
        let e = DecodeError { start, end, reason };
        on_error(out, &e).map_err(|()| e)
    };
    while i < b.len() {
        if b.len() - i < width {
            if let Err(e) = fail(&mut out, i, b.len(), "truncated data") {
                return (out, name, Err(e));
            }
            break;
        }
        let unit = unit_at(i);
        let (decoded, used) = if width == 4 {
            match unit {
                0xd800..=0xdfff => (Err("code point in surrogate code point range(0xd800, 0xe000)"), 4),
                _ => (char::from_u32(unit).ok_or("code point not in range(0x110000)"), 4),
            }
        } else {
            match unit {
                0xd800..=0xdbff if b.len() - i < 4 => (Err("unexpected end of data"), b.len() - i),
                0xd800..=0xdbff => match unit_at(i + 2) {
                    low @ 0xdc00..=0xdfff => {
                        (char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)).ok_or(""), 4)
                    }
                    _ => (Err("illegal UTF-16 surrogate"), 2),
                },
                0xdc00..=0xdfff => (Err("illegal encoding"), 2),
                _ => (char::from_u32(unit).ok_or(""), 2),
            }
        };
        match decoded {
            Ok(c) => out.push(c),
            Err(reason) => {
                if let Err(e) = fail(&mut out, i, i + used, reason) {
                    return (out, name, Err(e));
                }
            }
        }
        i += used;
    }
    (out, name, Ok(()))
}
