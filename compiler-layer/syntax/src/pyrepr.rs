//! Python's `repr()` of the values a literal can hold: str, bytes, int, float, complex.
//!
//! `ast.dump` prints every constant with `repr`, so these must agree with
//! CPython 3.11 character for character:
//!
//! * `str`: single quotes unless the text has `'` and no `"`; `\\`, the quote,
//!   `\t`, `\n`, `\r` escaped; other ASCII controls as `\xNN`; non-ASCII kept
//!   when `str.isprintable()` accepts it, else `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
//! * `bytes`: the same quote rule, `\t\n\r`, and `\xNN` outside `0x20..0x7f`.
//! * `float`: the shortest digits that round-trip, positional for exponents
//!   in `-4..16`, scientific (`1e+16`, `1e-05`) otherwise.
//! * `complex`: `1j`, `(1+2j)`, `(-0-0j)`, as `complex.__repr__`.

mod printable;

use crate::wtf8::Wtf8Buf;
use num_bigint::BigInt;
use std::fmt::Write;

/// `str.isprintable()` for one code point (surrogates included: never printable).
pub fn is_printable(cp: u32) -> bool {
    if (0x20..0x7f).contains(&cp) {
        return true;
    }
    // Binary search for the last range starting at or before `cp`.
    let table = printable::NON_PRINTABLE;
    let i = table.partition_point(|&(start, _)| start <= cp);
    !(i > 0 && cp <= table[i - 1].1)
}

/// `repr(s)` for a `str` that cannot hold surrogates.
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str_repr(&mut out, s.chars().map(|c| c as u32), s.contains('\''), s.contains('"'));
    out
}

/// Appends `repr(s)` to `out`.
pub fn push_str_repr(out: &mut String, s: &str) {
    write_str_repr(out, s.chars().map(|c| c as u32), s.contains('\''), s.contains('"'));
}

/// `repr(s)` for a `str` that may hold lone surrogates.
pub fn wtf8_repr(s: &Wtf8Buf) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_wtf8_repr(&mut out, s);
    out
}

/// Appends `repr(s)` to `out`.
pub fn push_wtf8_repr(out: &mut String, s: &Wtf8Buf) {
    let bytes = s.as_bytes();
    write_str_repr(out, s.code_points(), bytes.contains(&b'\''), bytes.contains(&b'"'));
}

/// The shared loop of the `str` reprs, over code points.
fn write_str_repr(out: &mut String, cps: impl Iterator<Item = u32>, has_single: bool, has_double: bool) {
    let quote = if has_single && !has_double { '"' } else { '\'' };
    out.push(quote);
    for cp in cps {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if is_printable(cp) => {
                // Printable code points are never surrogates, so this is a `char`.
                out.extend(char::from_u32(cp));
            }
            _ => push_escape(out, cp),
        }
    }
    out.push(quote);
}

/// Python's backslash escape of a code point: `\xff`, `\u20ac`, `\U0001f600`
/// (what `repr`, `ascii()` and the codecs' error messages print).
pub fn push_escape(out: &mut String, cp: u32) {
    let _ = match cp {
        0..=0xFF => write!(out, "\\x{cp:02x}"),
        0x100..=0xFFFF => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// `ascii(x)` from `repr(x)`: every non-ASCII character escaped.
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c as u32);
        }
    }
    out
}

/// `repr(b)` for `bytes`.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    push_bytes_repr(&mut out, b);
    out
}

/// Appends `repr(b)` to `out`.
pub fn push_bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7E => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
}

/// `repr(i)` for an `int`.
///
/// Past CPython's limit on int-to-decimal conversion (4,300 digits,
/// `sys.get_int_max_str_digits()`), where `repr` raises `ValueError`, this
/// writes the value in hexadecimal instead: decimal conversion is quadratic,
/// and a megabyte of hex digits in the source would take a minute.
pub fn int_repr(i: &BigInt) -> String {
    const MAX_STR_DIGITS: usize = 4300;
    // 10**4300 < 2**14285: anything shorter is cheap to convert.
    if i.bits() <= 14_400 {
        let decimal = i.to_string();
        if decimal.trim_start_matches('-').len() <= MAX_STR_DIGITS {
            return decimal;
        }
    }
    let sign = if i.sign() == num_bigint::Sign::Minus { "-" } else { "" };
    format!("{sign}0x{:x}", i.magnitude())
}

/// `repr(x)` for a `float`: `1.5`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let mut out = String::new();
    push_float(&mut out, x, true, false);
    out
}

/// Appends `repr(x)` to `out`.
pub fn push_float_repr(out: &mut String, x: f64) {
    push_float(out, x, true, false);
}

/// `repr(complex(real, imag))`: `1j`, `(1+2j)`, `-0j`, `(-0-0j)`, `(nan+infj)`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let mut out = String::new();
    push_complex_repr(&mut out, real, imag);
    out
}

/// Appends `repr(complex(real, imag))` to `out`.
pub fn push_complex_repr(out: &mut String, real: f64, imag: f64) {
    // A real part of +0.0 is left out, and so are the parentheses.
    if real == 0.0 && real.is_sign_positive() {
        push_float(out, imag, false, false);
        out.push('j');
    } else {
        out.push('(');
        push_float(out, real, false, false);
        push_float(out, imag, false, true);
        out.push_str("j)");
    }
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: `add_dot_0` is
/// `Py_DTSF_ADD_DOT_0` (float repr), `sign` is `Py_DTSF_SIGN` (complex's imaginary part).
fn push_float(out: &mut String, x: f64, add_dot_0: bool, sign: bool) {
    if x.is_nan() {
        // NaN prints without a minus sign, whatever its sign bit.
        out.push_str(if sign { "+nan" } else { "nan" });
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    let (digits, exp) = shortest_digits(x.abs());
    // `decpt`: where the point goes, counted from the start of `digits`.
    let decpt = exp + 1;
    if !(-4 < decpt && decpt <= 16) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&digits);
    } else if decpt as usize >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', decpt as usize - digits.len()));
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

/// The shortest digits that read back as `x` (finite, non-negative) and the
/// decimal exponent of the first one, as David Gay's `dtoa` mode 0 gives them
/// to CPython: of the shortest candidates, the one nearest `x`, ties to even.
/// Rust's `{:e}` finds the shortest length but settles exact ties upwards
/// (`-0.18533706665039062` would print as `...063`), so the nearest candidate
/// of that length is rebuilt from `x`'s exact decimal expansion.
fn shortest_digits(x: f64) -> (String, i32) {
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if digits.len() < 2 {
        return (digits, exp);
    }
    let reads_back = |d: &str| format!("{}.{}e{exp}", &d[..1], &d[1..]).parse::<f64>() == Ok(x);
    // Rust's digits are the nearest of their length but for an exact tie,
    // where `x`'s expansion is those digits and a final 5: only then is the
    // exact expansion below (hundreds of digits, most of the time of a
    // `repr` if made for every float) needed. Nine more digits tell: not a
    // 5 followed by zeros, no tie.
    let longer = format!("{x:.*e}", digits.len() + 8);
    let (longer_mantissa, longer_exp) = longer.split_once('e').unwrap_or((&longer, "0"));
    let next: Vec<u8> = longer_mantissa.bytes().filter(u8::is_ascii_digit).skip(digits.len()).collect();
    let maybe_tie = longer_exp.parse::<i32>().ok() != Some(exp)
        || next.split_first().is_some_and(|(first, rest)| *first == b'5' && rest.iter().all(|&b| b == b'0'));
    if !maybe_tie {
        return (digits, exp);
    }
    // An f64's exact decimal expansion has at most 767 significant digits.
    let exact = format!("{x:.800e}");
    let (exact_mantissa, exact_exp) = exact.split_once('e').unwrap_or((&exact, "0"));
    if exact_exp.parse::<i32>().ok() != Some(exp) {
        return (digits, exp);
    }
    let exact_digits: Vec<u8> = exact_mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    let n = digits.len();
    let (kept, rest) = exact_digits.split_at(n.min(exact_digits.len()));
    let mut nearest = kept.to_vec();
    let round_up = match rest.first() {
        Some(b'5') if rest[1..].iter().all(|&b| b == b'0') => {
            kept.last().is_some_and(|d| (d - b'0') % 2 == 1)
        }
        Some(&d) => d >= b'5',
        None => false,
    };
    if round_up {
        // Carrying past the first digit would change the exponent: keep Rust's answer then.
        let mut i = nearest.len();
        while i > 0 && nearest[i - 1] == b'9' {
            nearest[i - 1] = b'0';
            i -= 1;
        }
        if i == 0 {
            return (digits, exp);
        }
        nearest[i - 1] += 1;
    }
    let candidate = String::from_utf8(nearest).unwrap_or_default();
    if reads_back(&candidate) {
        (candidate, exp)
    } else {
        (digits, exp)
    }
}

/// Whether CPython 3.11's Unicode database (14.0) has `cp` unassigned.
pub fn is_unassigned(cp: u32) -> bool {
    let table = printable::UNASSIGNED;
    let i = table.partition_point(|&(start, _)| start <= cp);
    i > 0 && cp <= table[i - 1].1
}

#[cfg(test)]
mod golden_tests;

#[cfg(test)]
mod tests {
    use super::golden_tests::*;
    use super::*;

    #[test]
    fn floats_match_cpython() {
        for &(bits, want) in FLOATS {
            assert_eq!(float_repr(f64::from_bits(bits)), want, "bits {bits:#x}");
        }
    }

    #[test]
    fn complexes_match_cpython() {
        for &(re, im, want) in COMPLEXES {
            assert_eq!(complex_repr(f64::from_bits(re), f64::from_bits(im)), want);
        }
    }

    #[test]
    fn strs_match_cpython() {
        for &(s, want) in STRS {
            assert_eq!(str_repr(s), want);
            assert_eq!(wtf8_repr(&Wtf8Buf::from(s)), want);
        }
    }

    #[test]
    fn lone_surrogates_are_escaped() {
        let mut s = Wtf8Buf::from("a");
        s.push_code_point(0xD800);
        s.push_code_point(0xDFFF);
        assert_eq!(wtf8_repr(&s), "'a\\ud800\\udfff'");
    }

    #[test]
    fn bytes_match_cpython() {
        for &(b, want) in BYTES {
            assert_eq!(bytes_repr(b), want);
        }
    }

    #[test]
    fn ints() {
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        assert_eq!(int_repr(&big), "-123456789012345678901234567890");
    }
}
