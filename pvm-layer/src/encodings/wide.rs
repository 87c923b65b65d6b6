//! UTF-16 and UTF-32 of a fixed byte order (`width` 2 or 4 bytes a unit);
//! the plain codecs' byte order marks are handled by `Decoder` and
//! `Codec::encode` in `mod.rs`.

use super::DecodeError;

/// `s` in UTF-16 or UTF-32, without a byte order mark.
pub(super) fn encode(s: &str, width: usize, little: bool, out: &mut Vec<u8>) {
    out.reserve(s.len() * width);
    for c in s.chars() {
        if width == 4 {
            push_unit(out, c as u32, width, little);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                push_unit(out, u32::from(*unit), width, little);
            }
        }
    }
}

pub(super) fn push_unit(out: &mut Vec<u8>, unit: u32, width: usize, little: bool) {
    let bytes = unit.to_le_bytes();
    let bytes = &bytes[..width];
    if little {
        out.extend_from_slice(bytes);
    } else {
        out.extend(bytes.iter().rev());
    }
}

/// CPython's name for the codec in messages (`utf-16-le`...).
pub(super) fn name(width: usize, little: bool) -> &'static str {
    match (width, little) {
        (2, true) => "utf-16-le",
        (2, false) => "utf-16-be",
        (_, true) => "utf-32-le",
        (_, false) => "utf-32-be",
    }
}

/// Decodes `b` onto `out` and returns how many bytes it used: all unless
/// not `last` and `b` ends inside a unit or a surrogate pair. `on_error`
/// handles an undecodable stretch (true) or refuses it (false: the error
/// is returned).
pub(super) fn decode(
    b: &[u8],
    width: usize,
    little: bool,
    last: bool,
    out: &mut String,
    mut on_error: impl FnMut(&mut String, &[u8]) -> bool,
) -> Result<usize, DecodeError> {
    let unit_at = |at: usize| -> u32 {
        let bytes = &b[at..at + width];
        bytes.iter().enumerate().fold(0, |acc, (k, &byte)| {
            let shift = if little { 8 * k } else { 8 * (width - 1 - k) };
            acc | (u32::from(byte) << shift)
        })
    };
    let mut i = 0;
    while i < b.len() {
        let left = b.len() - i;
        let (decoded, used) = if left < width {
            if !last {
                return Ok(i);
            }
            (Err("truncated data"), left)
        } else if width == 4 {
            match unit_at(i) {
                0xd800..=0xdfff => (Err("code point in surrogate code point range(0xd800, 0xe000)"), 4),
                unit => (char::from_u32(unit).ok_or("code point not in range(0x110000)"), 4),
            }
        } else {
            match unit_at(i) {
                0xd800..=0xdbff if left < 4 && !last => return Ok(i),
                0xd800..=0xdbff if left < 4 => (Err("unexpected end of data"), left),
                high @ 0xd800..=0xdbff => match unit_at(i + 2) {
                    low @ 0xdc00..=0xdfff => {
                        (char::from_u32(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)).ok_or(""), 4)
                    }
                    _ => (Err("illegal UTF-16 surrogate"), 2),
                },
                0xdc00..=0xdfff => (Err("illegal encoding"), 2),
                unit => (char::from_u32(unit).ok_or(""), 2),
            }
        };
        match decoded {
            Ok(c) => out.push(c),
            Err(reason) => {
                if !on_error(out, &b[i..i + used]) {
                    return Err(DecodeError {
                        codec: name(width, little),
                        start: i,
                        end: i + used,
                        reason,
                        skipped: 0,
                    });
                }
            }
        }
        i += used;
    }
    Ok(i)
}
