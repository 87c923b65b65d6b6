//! Python's `repr()` of a `str`, as used in `OSError` messages
//! (`[Errno 2] No such file or directory: 'x'`).
//!
//! CPython picks single quotes unless the text contains a single quote and no
//! double quote, escapes backslashes, the chosen quote, `\t`, `\n`, `\r`, and
//! writes other non-printable characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
//! "Printable" here is approximated by `char::is_control` plus the Unicode
//! separators other than the ASCII space (CPython uses the full Unicode
//! category table; the difference is limited to rare format characters).

/// Returns `repr(text)` as CPython 3.11 would print it.
pub fn repr_str(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // Unassigned / format characters CPython commonly escapes.
    !matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::repr_str;

    #[test]
    fn matches_cpython() {
        assert_eq!(repr_str("x"), "'x'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("'\""), "'\\'\"'");
        assert_eq!(repr_str("a\nb\u{1}é\u{2028}"), "'a\\nb\\x01é\\u2028'");
        assert_eq!(repr_str("a\\b"), "'a\\\\b'");
        assert_eq!(repr_str(""), "''");
    }
}
