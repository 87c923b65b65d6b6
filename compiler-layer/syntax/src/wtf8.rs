//! `Wtf8Buf`: text that may hold lone surrogates, as a Python `str` may.
//!
//! Rust's `String` cannot hold `'\ud800'`, which a Python string literal can
//! spell. WTF-8 is UTF-8 extended to encode surrogate code points the same way
//! as any other; text without surrogates is plain UTF-8.

/// A growable WTF-8 string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Wtf8Buf {
    bytes: Vec<u8>,
}

impl Wtf8Buf {
    pub fn new() -> Self {
        Wtf8Buf::default()
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// Appends any code point up to U+10FFFF, surrogates included.
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push_str(c.encode_utf8(&mut [0; 4])),
            // A surrogate: the three-byte UTF-8 form, which `char` refuses.
            None => self.bytes.extend_from_slice(&[
                0xE0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]),
        }
    }

    /// Takes `bytes` if they are well-formed WTF-8: UTF-8 in which
    /// surrogates (encoded alone, as three bytes) may appear.
    pub fn from_wtf8_bytes(bytes: Vec<u8>) -> Option<Self> {
        let mut rest = &bytes[..];
        while let Err(e) = std::str::from_utf8(rest) {
            let bad = &rest[e.valid_up_to()..];
            // A lone surrogate: ED A0..BF 80..BF.
            match bad {
                [0xED, 0xA0..=0xBF, 0x80..=0xBF, ..] => rest = &bad[3..],
                _ => return None,
            }
        }
        Some(Wtf8Buf { bytes })
    }

    /// The text as `&str`, unless it holds a surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// The WTF-8 bytes (UTF-8, plus three-byte forms for surrogates).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn push_char(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// Appends another WTF-8 text. Surrogates stay separate code points, as
    /// in a Python `str` (`'\ud800' + '\udc00'` is two characters).
    pub fn push_wtf8(&mut self, other: &Wtf8Buf) {
        self.bytes.extend_from_slice(&other.bytes);
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let mut rest = &self.bytes[..];
        std::iter::from_fn(move || {
            let (&first, _) = rest.split_first()?;
            let width = match first {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            }
            .min(rest.len());
            let mut cp = match width {
                1 => first as u32,
                2 => (first & 0x1F) as u32,
                3 => (first & 0x0F) as u32,
                _ => (first & 0x07) as u32,
            };
            for &b in &rest[1..width] {
                cp = (cp << 6) | (b & 0x3F) as u32;
            }
            rest = &rest[width..];
            Some(cp)
        })
    }
}

impl From<&str> for Wtf8Buf {
    fn from(s: &str) -> Self {
        Wtf8Buf { bytes: s.as_bytes().to_vec() }
    }
}

impl From<String> for Wtf8Buf {
    fn from(s: String) -> Self {
        Wtf8Buf { bytes: s.into_bytes() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_through_code_points() {
        let mut s = Wtf8Buf::from("a\u{e9}");
        s.push_code_point(0xD800);
        s.push_code_point(0x1F600);
        assert_eq!(s.as_str(), None);
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0x61, 0xE9, 0xD800, 0x1F600]);
    }
}
