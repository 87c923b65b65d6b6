//! `unicode_escape` and `raw_unicode_escape`: text as Python string
//! literal escapes in Latin-1 bytes (`'é\n'` ↔ `b'\\xe9\\n'`), as CPython's
//! `PyUnicode_AsUnicodeEscapeString` and `_PyUnicode_DecodeUnicodeEscape`
//! write and read them. The raw codec knows only `\u` and `\U`.
//!
//! Known gap: CPython warns (`DeprecationWarning: invalid escape sequence
//! '\q'`) when decoding an escape it does not know; here it is decoded as
//! CPython decodes it, silently.

use super::DecodeError;

/// `text` escaped: printable ASCII as itself (a backslash doubled), `\t`
/// `\n` `\r`, other Latin-1 as `\xhh` (the raw codec: as its byte), the
/// rest as `\uXXXX` or `\UXXXXXXXX`.
pub fn encode(text: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        let escaped = match c {
            _ if raw && n < 0x100 => {
                out.push(n as u8);
                continue;
            }
            '\\' => "\\\\".to_string(),
            ' '..='~' => {
                out.push(n as u8);
                continue;
            }
            '\t' => "\\t".to_string(),
            '\n' => "\\n".to_string(),
            '\r' => "\\r".to_string(),
            _ if n < 0x100 => format!("\\x{n:02x}"),
            _ if n < 0x10000 => format!("\\u{n:04x}"),
            _ => format!("\\U{n:08x}"),
        };
        out.extend_from_slice(escaped.as_bytes());
    }
    out
}

/// Decodes `b` onto `out`; returns how many bytes it used: all of them
/// when `last`, otherwise up to an escape the input ends inside.
pub fn decode(
    b: &[u8],
    raw: bool,
    last: bool,
    out: &mut String,
    mut on_error: impl FnMut(&mut String, &[u8]) -> bool,
) -> Result<usize, DecodeError> {
    let codec = if raw { "rawunicodeescape" } else { "unicodeescape" };
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(char::from(b[i]));
            i += 1;
            continue;
        }
        let start = i;
        let escape = if raw { raw_escape(b, i + 1) } else { escape(b, i + 1) };
        match escape {
            Escape::Text(text, next) => {
                out.push_str(&text);
                i = next;
            }
            Escape::Incomplete(_, _) if !last => return Ok(start),
            Escape::Incomplete(reason, end) | Escape::Invalid(reason, end) => {
                if !on_error(out, &b[start..end]) {
                    return Err(DecodeError { codec, start, end, reason, skipped: 0 });
                }
                i = end;
            }
        }
    }
    Ok(b.len())
}

/// What follows a backslash: its text and where the input goes on, or why
/// it cannot be read and where the bad stretch ends (`Incomplete` when the
/// input ends inside it).
enum Escape {
    Text(String, usize),
    Incomplete(&'static str, usize),
    Invalid(&'static str, usize),
}

fn escape(b: &[u8], at: usize) -> Escape {
    let Some(&c) = b.get(at) else { return Escape::Incomplete("\\ at end of string", at) };
    let next = at + 1;
    let simple = |s: &str| Escape::Text(s.to_string(), next);
    match c {
        b'\n' => simple(""),
        b'\\' => simple("\\"),
        b'\'' => simple("'"),
        b'"' => simple("\""),
        b'b' => simple("\u{8}"),
        b'f' => simple("\u{c}"),
        b't' => simple("\t"),
        b'n' => simple("\n"),
        b'r' => simple("\r"),
        b'v' => simple("\u{b}"),
        b'a' => simple("\u{7}"),
        b'0'..=b'7' => {
            let mut value = u32::from(c - b'0');
            let mut end = next;
            while end < b.len() && end < at + 3 && (b'0'..=b'7').contains(&b[end]) {
                value = value * 8 + u32::from(b[end] - b'0');
                end += 1;
            }
            Escape::Text(char::from_u32(value).map(String::from).unwrap_or_default(), end)
        }
        b'x' => hex(b, next, 2, "truncated \\xXX escape"),
        b'u' => hex(b, next, 4, "truncated \\uXXXX escape"),
        b'U' => hex(b, next, 8, "truncated \\UXXXXXXXX escape"),
        b'N' => named(b, next),
        // An unknown escape stays as it is.
        _ => Escape::Text(format!("\\{}", char::from(c)), next),
    }
}

fn raw_escape(b: &[u8], at: usize) -> Escape {
    match b.get(at) {
        None => Escape::Text("\\".to_string(), at),
        Some(b'u') => hex(b, at + 1, 4, "truncated \\uXXXX escape"),
        Some(b'U') => match hex(b, at + 1, 8, "truncated \\UXXXXXXXX escape") {
            Escape::Invalid("illegal Unicode character", end) => {
                Escape::Invalid("\\Uxxxxxxxx out of range", end)
            }
            other => other,
        },
        Some(&c) => Escape::Text(format!("\\{}", char::from(c)), at + 1),
    }
}

/// `count` hex digits from `at`: the character they number.
fn hex(b: &[u8], at: usize, count: usize, truncated: &'static str) -> Escape {
    let mut value: u32 = 0;
    for i in at..at + count {
        let Some(&c) = b.get(i) else { return Escape::Incomplete(truncated, i) };
        let Some(digit) = char::from(c).to_digit(16) else { return Escape::Invalid(truncated, i) };
        value = (value << 4) | digit;
    }
    match char::from_u32(value) {
        Some(ch) => Escape::Text(ch.to_string(), at + count),
        None => Escape::Invalid("illegal Unicode character", at + count),
    }
}

/// `\N{name}`, after the `N`.
fn named(b: &[u8], at: usize) -> Escape {
    const MALFORMED: &str = "malformed \\N character escape";
    match b.get(at) {
        None => return Escape::Incomplete(MALFORMED, at),
        Some(b'{') => {}
        Some(_) => return Escape::Invalid(MALFORMED, at),
    }
    let Some(close) = b[at + 1..].iter().position(|&c| c == b'}') else {
        return Escape::Incomplete(MALFORMED, b.len());
    };
    let name = &b[at + 1..at + 1 + close];
    let end = at + close + 2;
    if name.is_empty() {
        return Escape::Invalid(MALFORMED, at + 1);
    }
    let found = std::str::from_utf8(name).ok().and_then(crate::semantics::unicodedata::lookup);
    match found {
        Some(ch) => Escape::Text(ch.to_string(), end),
        None => Escape::Invalid("unknown Unicode character name", end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(b: &[u8]) -> Result<String, DecodeError> {
        let mut out = String::new();
        decode(b, false, true, &mut out, |_, _| false).map(|_| out)
    }

    #[test]
    fn escapes_read_as_python_literals() {
        assert_eq!(strict(b"a\\n\\x41\\101\\u00e9\\q\\\n").unwrap(), "a\nAA\u{e9}\\q");
        let e = strict(b"ab\\x4").unwrap_err();
        assert_eq!((e.start, e.end, e.reason), (2, 5, "truncated \\xXX escape"));
    }

    #[test]
    fn encode_writes_ascii() {
        assert_eq!(encode("t\t\\\u{e9}\u{2022}", false), b"t\\t\\\\\\xe9\\u2022");
        assert_eq!(encode("\u{e9}\u{2022}", true), b"\xe9\\u2022");
    }
}
