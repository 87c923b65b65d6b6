//! Identifiers beyond ASCII: CPython scans any run of ASCII word characters
//! and non-ASCII characters, then checks it against XID_Start/XID_Continue and
//! NFKC-normalises it. An identifier that fails the check is reported at its
//! first bad character, as "invalid character" or "invalid non-printable
//! character".

use unicode_normalization::UnicodeNormalization;

/// The byte length of the identifier-ish run at the start of `rest`.
pub fn run_len(rest: &str) -> usize {
    rest.char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()))
        .map_or(rest.len(), |(i, _)| i)
}

/// Checks a (non-ASCII) identifier; on failure, the byte offset of the first
/// bad character and CPython's message for it.
pub fn verify(text: &str) -> Result<(), (usize, String)> {
    for (i, c) in text.char_indices() {
        let ok = c == '_'
            || if i == 0 { unicode_ident::is_xid_start(c) } else { unicode_ident::is_xid_continue(c) };
        if !ok {
            let msg = if is_printable(c) {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err((i, msg));
        }
    }
    Ok(())
}

/// The identifier's value: NFKC-normalised when it is not plain ASCII.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        text.to_string()
    } else {
        text.nfkc().collect()
    }
}

/// An approximation of `str.isprintable` for one character: control,
/// format, separator (other than space) and private-use characters are not.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7f..=0xa0).contains(&u)
        || u == 0xad
        || (0x600..=0x605).contains(&u)
        || u == 0x61c
        || u == 0x6dd
        || u == 0x70f
        || u == 0x1680
        || u == 0x180e
        || (0x2000..=0x200f).contains(&u)
        || (0x2028..=0x202f).contains(&u)
        || (0x205f..=0x2064).contains(&u)
        || (0x2066..=0x206f).contains(&u)
        || u == 0x3000
        || (0xd800..=0xf8ff).contains(&u)
        || u == 0xfeff
        || (0xfff9..=0xfffb).contains(&u)
        || u == 0x110bd
        || (0x1bca0..=0x1bca3).contains(&u)
        || (0x1d173..=0x1d17a).contains(&u)
        || u == 0xe0001
        || (0xe0020..=0xe007f).contains(&u)
        || u >= 0xf0000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert_eq!(run_len("héllo+1"), 6);
        assert!(verify("héllo").is_ok());
        assert_eq!(verify("€abc"), Err((0, "invalid character '€' (U+20AC)".to_string())));
        assert_eq!(verify("b\u{200b}"), Err((1, "invalid non-printable character U+200B".to_string())));
        assert_eq!(normalize("ﬁ"), "fi");
    }
}
