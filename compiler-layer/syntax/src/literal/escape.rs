//! Backslash escapes in `str` and `bytes` literals, decoded as CPython 3.11 does.
//!
//! `str` literals accept `\\ \' \" \a \b \f \n \r \t \v`, octal `\ooo`,
//! `\xhh`, `\uXXXX`, `\UXXXXXXXX`, `\N{NAME}` and backslash-newline (which
//! vanishes). Any other escape is *kept*: `'\d'` is the two characters `\d`.
//! `bytes` literals accept the same minus `\u`, `\U` and `\N`.
//!
//! Errors carry CPython's wording. For `str`, CPython first rewrites every
//! non-ASCII character as a ten-byte `\UXXXXXXXX` (and a backslash before one
//! as the six-byte `\u005c`) and reports positions in *that* text, so we count
//! positions the same way.

use crate::pyrepr::is_unassigned;
use crate::wtf8::Wtf8Buf;

/// Decodes the body of a non-raw `str` literal (quotes and prefix removed).
pub fn decode_str(body: &str) -> Result<Wtf8Buf, String> {
    let bytes = body.as_bytes();
    let mut out = Wtf8Buf::new();
    // Copy runs without backslashes in one go.
    let mut i = 0;
    // Position in CPython's rewritten text, for error messages.
    let mut pos = 0usize;
    while i < bytes.len() {
        let run_end = bytes[i..].iter().position(|&b| b == b'\\').map_or(bytes.len(), |k| i + k);
        let run = &body[i..run_end];
        out.push_str(run);
        pos += rewritten_len(run);
        i = run_end;
        if i >= bytes.len() {
            break;
        }
        // A backslash: `i` is on it.
        let start = pos;
        let Some(&c) = bytes.get(i + 1) else {
            // A trailing backslash stays (only reachable in f-string pieces).
            out.push_str("\\");
            break;
        };
        if c >= 0x80 {
            // A backslash before a non-ASCII character is kept literally.
            out.push_str("\\");
            pos += 6;
            i += 1;
            continue;
        }
        i += 2;
        pos += 2;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend_char(ch);
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let (value, used) = octal(c, &bytes[i..]);
                i += used;
                pos += used;
                out.push_code_point(value);
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = bytes[i..].iter().take(count).take_while(|b| b.is_ascii_hexdigit()).count();
                if digits < count {
                    return Err(unicode_error(start, pos + digits, what));
                }
                let value = hex_value(&bytes[i..i + count]);
                i += count;
                pos += count;
                if value > 0x10FFFF {
                    return Err(unicode_error(start, pos, "illegal Unicode character"));
                }
                out.push_code_point(value);
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if bytes.get(i) != Some(&b'{') {
                    return Err(unicode_error(start, pos, malformed));
                }
                let name_start = i + 1;
                let Some(len) = bytes[name_start..].iter().position(|&b| b == b'}') else {
                    // Unterminated: CPython reports up to the end of the text.
                    let rest = rewritten_len(&body[i..]);
                    return Err(unicode_error(start, pos + rest, malformed));
                };
                // Positions of the name are in rewritten text too.
                let name = &body[name_start..name_start + len];
                let name_pos = pos + 1;
                if len == 0 {
                    return Err(unicode_error(start, name_pos, malformed));
                }
                let end_pos = name_pos + rewritten_len(name) + 1;
                match lookup_name(name) {
                    Some(ch) => out.extend_char(Some(ch)),
                    None => return Err(unicode_error(start, end_pos, "unknown Unicode character name")),
                }
                i = name_start + len + 1;
                pos = end_pos;
            }
            _ => {
                // Not an escape: keep the backslash and the character.
                out.push_str("\\");
                out.push_char(c as char);
            }
        }
    }
    Ok(out)
}

/// Decodes the body of a non-raw `bytes` literal (already checked to be ASCII).
pub fn decode_bytes(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c) = body.get(i + 1) else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let (value, used) = octal(c, &body[i..]);
                i += used;
                // `b'\777'` keeps the low eight bits, as CPython does.
                out.push(value as u8);
            }
            b'x' => {
                let hex = body.get(i..i + 2);
                match hex {
                    Some(h) if h.iter().all(u8::is_ascii_hexdigit) => {
                        out.push(hex_value(h) as u8);
                        i += 2;
                    }
                    _ => return Err(format!("(value error) invalid \\x escape at position {start}")),
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// An octal escape: `first` and up to two more octal digits from `rest`.
/// Returns the value and how many bytes of `rest` it used.
fn octal(first: u8, rest: &[u8]) -> (u32, usize) {
    let mut value = (first - b'0') as u32;
    let mut used = 0;
    for &d in rest.iter().take(2) {
        if !(b'0'..=b'7').contains(&d) {
            break;
        }
        value = value * 8 + (d - b'0') as u32;
        used += 1;
    }
    (value, used)
}

fn hex_value(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |acc, &d| {
        let v = (d as char).to_digit(16).unwrap_or(0);
        (acc << 4) | v
    })
}

/// The length `text` has once CPython rewrites each non-ASCII character as `\UXXXXXXXX`.
fn rewritten_len(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum()
}

fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start,
        end.saturating_sub(1),
        reason
    )
}

/// The character `\N{name}` names, as CPython 3.11 looks it up: names and
/// aliases of Unicode 14.0, ignoring case only.
pub fn lookup_name(name: &str) -> Option<char> {
    // unicode_names2 also ignores spaces, underscores and medial hyphens
    // (UAX #44 loose matching); CPython does not, so refuse those spellings.
    let canonical = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
        && !name.starts_with(' ')
        && !name.ends_with(' ')
        && !name.contains("  ");
    if !canonical {
        return None;
    }
    let ch = unicode_names2::character(name)?;
    // Characters added after Unicode 14.0 are unknown to CPython 3.11.
    if is_unassigned(ch as u32) {
        return None;
    }
    // A loose match may still differ in spaces or hyphens; a real name or an
    // alias matches exactly, ignoring case.
    let upper = name.to_ascii_uppercase();
    let exact = unicode_names2::name(ch).is_some_and(|n| n.to_string() == upper);
    if exact || is_alias_spelling(&upper, ch) {
        Some(ch)
    } else {
        None
    }
}

/// Whether `upper` differs from `ch`'s name in more than spaces and hyphens, so
/// that unicode_names2 can only have found it as an alias.
fn is_alias_spelling(upper: &str, ch: char) -> bool {
    let squash = |s: &str| -> String { s.chars().filter(|c| *c != ' ' && *c != '-').collect() };
    match unicode_names2::name(ch) {
        Some(n) => squash(&n.to_string()) != squash(upper),
        // Control characters have no name, only aliases (`\N{NULL}`).
        None => true,
    }
}

/// Small helpers on `Wtf8Buf` used by the decoder.
trait PushOpt {
    fn extend_char(&mut self, ch: Option<char>);
}

impl PushOpt for Wtf8Buf {
    fn extend_char(&mut self, ch: Option<char>) {
        if let Some(c) = ch {
            self.push_char(c);
        }
    }
}
