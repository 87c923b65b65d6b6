//! Number literals: `0x_1f`, `1_000`, `1.5e3`, `2j` to their values.
//!
//! The lexer has already checked the shape of the text; this module still
//! refuses malformed text with an error rather than panicking.

use crate::ast::Constant;
use num_bigint::BigInt;

/// CPython 3.11 refuses decimal integer literals longer than this
/// (`sys.get_int_max_str_digits()`), since converting them is quadratic.
const MAX_STR_DIGITS: usize = 4300;

/// The value of a number literal's text (`0x_1f`, `1e3`, `2j`).
pub fn number(text: &str) -> Result<Constant, String> {
    let bad = || format!("invalid number literal: {text:?}");
    if let Some(body) = text.strip_suffix(['j', 'J']) {
        let imag = float(body).ok_or_else(bad)?;
        return Ok(Constant::Complex { real: 0.0, imag });
    }
    let bytes = text.as_bytes();
    if bytes.len() > 2 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => Some(16),
            b'o' | b'O' => Some(8),
            b'b' | b'B' => Some(2),
            _ => None,
        };
        if let Some(radix) = radix {
            return int(&text[2..], radix).map(Constant::Int).ok_or_else(bad);
        }
    }
    if text.contains(['.', 'e', 'E']) {
        return float(text).map(Constant::Float).ok_or_else(bad);
    }
    let digits = text.bytes().filter(|&b| b != b'_').count();
    if digits > MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit \
             - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
        ));
    }
    int(text, 10).map(Constant::Int).ok_or_else(bad)
}

/// Digits in `radix`, underscores allowed between them (and after a base prefix).
fn int(digits: &str, radix: u32) -> Option<BigInt> {
    let clean: Vec<u8> = digits.bytes().filter(|&b| b != b'_').collect();
    if clean.is_empty() || !clean.iter().all(|&b| (b as char).is_digit(radix)) {
        return None;
    }
    BigInt::parse_bytes(&clean, radix)
}

/// A decimal float: Rust's parser rounds correctly, as CPython's does; too
/// large a value becomes `inf`, as in CPython.
fn float(text: &str) -> Option<f64> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    // Rust would also accept "inf", "nan" and a sign, which Python's literals never have.
    if !clean.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        || !clean.starts_with(|c: char| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    clean.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_of(text: &str) -> String {
        match number(text) {
            Ok(Constant::Int(i)) => i.to_string(),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn integers_in_every_base() {
        assert_eq!(int_of("0"), "0");
        assert_eq!(int_of("00"), "0");
        assert_eq!(int_of("1_000_000"), "1000000");
        assert_eq!(int_of("0x_1f"), "31");
        assert_eq!(int_of("0XFF"), "255");
        assert_eq!(int_of("0o17"), "15");
        assert_eq!(int_of("0b_1010"), "10");
        assert_eq!(int_of("123456789012345678901234567890"), "123456789012345678901234567890");
    }

    #[test]
    fn floats_and_imaginaries() {
        assert_eq!(number("1.5"), Ok(Constant::Float(1.5)));
        assert_eq!(number("1_0.2_5e1_0"), Ok(Constant::Float(10.25e10)));
        assert_eq!(number(".5"), Ok(Constant::Float(0.5)));
        assert_eq!(number("5."), Ok(Constant::Float(5.0)));
        assert_eq!(number("1e400"), Ok(Constant::Float(f64::INFINITY)));
        assert_eq!(number("0.1"), Ok(Constant::Float(0.1)));
        assert_eq!(number("2j"), Ok(Constant::Complex { real: 0.0, imag: 2.0 }));
        assert_eq!(number("1.5E-3J"), Ok(Constant::Complex { real: 0.0, imag: 1.5e-3 }));
    }

    #[test]
    fn malformed_text_is_an_error_not_a_panic() {
        for bad in ["", "0x", "0b2", "1e", "inf", "j", "0o_", "abc", "1..2"] {
            assert!(number(bad).is_err(), "{bad}");
        }
        assert!(number(&"1".repeat(5000)).unwrap_err().contains("5000 digits"));
        assert!(matches!(number(&"1".repeat(4300)), Ok(Constant::Int(_))));
    }
}
