//! Number literals, scanned by hand so that malformed ones fail exactly as
//! CPython 3.11's tokenizer fails (same messages, same error columns).
//!
//! The scanner walks bytes with `i` pointing at the *current* character,
//! mirroring CPython's `tok_nextc`/`tok_backup` dance: an error raised after
//! backing up reports the column just before `i`, one raised on a consumed
//! character reports `i` itself.

/// A malformed number: the message and the byte range CPython reports.
#[derive(Debug, PartialEq)]
pub struct NumberError {
    pub msg: String,
    pub start: usize,
    pub end: usize,
}

fn err(msg: impl Into<String>, at: usize) -> NumberError {
    NumberError { msg: msg.into(), start: at, end: at }
}

/// The error position when CPython backs up over the character at `i`.
fn before(i: usize) -> usize {
    i.saturating_sub(1)
}

fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

/// Scans the number starting at `start` (a digit, or `.` before a digit) and
/// returns the byte offset just past it.
pub fn scan(s: &[u8], start: usize) -> Result<usize, NumberError> {
    let mut i = start;
    if at(s, i) == b'.' {
        i = decimal_tail(s, i + 1)?;
        return after_fraction(s, i);
    }
    if at(s, i) == b'0' {
        i += 1;
        match at(s, i) {
            b'x' | b'X' => return radix(s, i + 1, 16, "hexadecimal"),
            b'o' | b'O' => return radix(s, i + 1, 8, "octal"),
            b'b' | b'B' => return radix(s, i + 1, 2, "binary"),
            _ => {}
        }
        // `0`, `00`, `0_0`, or the start of a float like `0.5` / `09.5`.
        loop {
            if at(s, i) == b'_' {
                i += 1;
                if !at(s, i).is_ascii_digit() {
                    return Err(err("invalid decimal literal", before(i)));
                }
            }
            if at(s, i) != b'0' {
                break;
            }
            i += 1;
        }
        let zeros_end = i;
        let nonzero = at(s, i).is_ascii_digit();
        if nonzero {
            i = decimal_tail(s, i)?;
        }
        return match at(s, i) {
            b'.' => fraction(s, i + 1),
            b'e' | b'E' => exponent(s, i),
            b'j' | b'J' => imaginary(s, i),
            _ if nonzero => Err(NumberError {
                msg: "leading zeros in decimal integer literals are not permitted; \
                      use an 0o prefix for octal integers"
                    .into(),
                start,
                end: zeros_end,
            }),
            _ => end_of_number(s, i, "decimal"),
        };
    }
    i = decimal_tail(s, i)?;
    match at(s, i) {
        b'.' => fraction(s, i + 1),
        _ => after_fraction(s, i),
    }
}

/// Digits with single underscores between them; `i` is on a digit.
/// Returns the index of the first character after them.
fn decimal_tail(s: &[u8], mut i: usize) -> Result<usize, NumberError> {
    loop {
        while at(s, i).is_ascii_digit() {
            i += 1;
        }
        if at(s, i) != b'_' {
            return Ok(i);
        }
        i += 1;
        if !at(s, i).is_ascii_digit() {
            return Err(err("invalid decimal literal", before(i)));
        }
    }
}

/// After the `.` of a float: optional digits, then the common tail.
fn fraction(s: &[u8], mut i: usize) -> Result<usize, NumberError> {
    if at(s, i).is_ascii_digit() {
        i = decimal_tail(s, i)?;
    }
    after_fraction(s, i)
}

/// An optional exponent, then an optional `j`.
fn after_fraction(s: &[u8], i: usize) -> Result<usize, NumberError> {
    match at(s, i) {
        b'e' | b'E' => exponent(s, i),
        b'j' | b'J' => imaginary(s, i),
        _ => end_of_number(s, i, "decimal"),
    }
}

/// `i` is on the `e`. `1else` is the number `1` then `else`, so an `e`
/// without digits ends the number before it (if that is allowed there).
fn exponent(s: &[u8], e: usize) -> Result<usize, NumberError> {
    let mut i = e + 1;
    if matches!(at(s, i), b'+' | b'-') {
        i += 1;
        if !at(s, i).is_ascii_digit() {
            return Err(err("invalid decimal literal", before(i)));
        }
    } else if !at(s, i).is_ascii_digit() {
        end_of_number(s, e, "decimal")?;
        return Ok(e);
    }
    i = decimal_tail(s, i)?;
    match at(s, i) {
        b'j' | b'J' => imaginary(s, i),
        _ => end_of_number(s, i, "decimal"),
    }
}

fn imaginary(s: &[u8], j: usize) -> Result<usize, NumberError> {
    end_of_number(s, j + 1, "imaginary")
}

/// Hex, octal or binary digits after the prefix, underscores allowed
/// before each digit group.
fn radix(s: &[u8], mut i: usize, base: u32, kind: &str) -> Result<usize, NumberError> {
    let digit = |c: u8| (c as char).is_digit(base);
    loop {
        if at(s, i) == b'_' {
            i += 1;
        }
        let c = at(s, i);
        if !digit(c) {
            if base != 16 && c.is_ascii_digit() {
                return Err(err(format!("invalid digit '{}' in {kind} literal", c as char), i));
            }
            return Err(err(format!("invalid {kind} literal"), before(i)));
        }
        while digit(at(s, i)) {
            i += 1;
        }
        if at(s, i) != b'_' {
            break;
        }
    }
    let c = at(s, i);
    if base != 16 && c.is_ascii_digit() {
        return Err(err(format!("invalid digit '{}' in {kind} literal", c as char), i));
    }
    end_of_number(s, i, kind)
}

/// CPython's `verify_end_of_number`: a number may be glued to a following
/// keyword that can legally come after it (`1if x else 2`, only a warning),
/// but not to any other identifier character. Returns `i` when fine.
fn end_of_number(s: &[u8], i: usize, kind: &str) -> Result<usize, NumberError> {
    let rest = &s[i.min(s.len())..];
    let glued_keyword = rest.starts_with(b"and")
        || rest.starts_with(b"else")
        || rest.starts_with(b"for")
        || rest.starts_with(b"if")
        || rest.starts_with(b"in")
        || rest.starts_with(b"is")
        || rest.starts_with(b"or")
        || rest.starts_with(b"not");
    if !glued_keyword && is_ident_byte(at(s, i)) {
        return Err(err(format!("invalid {kind} literal"), before(i)));
    }
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(src: &str) -> usize {
        scan(src.as_bytes(), 0).unwrap()
    }

    fn bad(src: &str) -> (String, usize, usize) {
        let e = scan(src.as_bytes(), 0).unwrap_err();
        (e.msg, e.start, e.end)
    }

    #[test]
    fn valid_numbers() {
        assert_eq!(ok("0x_1f "), 5);
        assert_eq!(ok("1_000.0_1e1_0j+"), 14);
        assert_eq!(ok("1.e5"), 4);
        assert_eq!(ok(".5j"), 3);
        assert_eq!(ok("0008.5"), 6);
        assert_eq!(ok("09j"), 3);
        assert_eq!(ok("00"), 2);
        assert_eq!(ok("1if"), 1);
        assert_eq!(ok("1else"), 1);
        assert_eq!(ok("0b1_0)"), 5);
    }

    #[test]
    fn errors_match_cpython_columns() {
        // Columns are CPython's 1-based offsets minus one.
        assert_eq!(bad("1abc"), ("invalid decimal literal".into(), 0, 0));
        assert_eq!(bad("1_\n"), ("invalid decimal literal".into(), 1, 1));
        assert_eq!(bad("0x\n"), ("invalid hexadecimal literal".into(), 1, 1));
        assert_eq!(bad("0o8"), ("invalid digit '8' in octal literal".into(), 2, 2));
        assert_eq!(bad("0o\n"), ("invalid octal literal".into(), 1, 1));
        assert_eq!(bad("0b2"), ("invalid digit '2' in binary literal".into(), 2, 2));
        assert_eq!(bad("1e\n").1, 0);
        assert_eq!(bad("1e+\n").1, 2);
        assert_eq!(bad("1.5j_"), ("invalid imaginary literal".into(), 3, 3));
        assert_eq!(bad("0b1_\n"), ("invalid binary literal".into(), 3, 3));
        assert_eq!(bad("1__0").1, 1);
        assert_eq!(bad("1.__class__").1, 1);
        assert_eq!(bad("012").1, 0);
        assert_eq!(bad("012").2, 1);
        assert_eq!(bad("0_7").2, 2);
    }
}
