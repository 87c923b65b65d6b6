//! `float` arithmetic with Python's rules: `//`, `%` and `divmod` (the
//! remainder takes the divisor's sign), `**` (with the cases C's `pow` leaves
//! to Python: zero to a negative power, a negative base to a fractional
//! power, which needs a complex result), `round` (correctly rounded on the
//! exact binary value), `float(str)`, `is_integer`, `as_integer_ratio`,
//! float → int, `float.hex`, and comparing a float with an int.

use super::int_ops::ratio_to_f64;
use super::{overflow_error, value_error, zero_division, PyResult};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{FromPrimitive, One, Pow, Zero};

/// Orders a float against an int exactly, as `float_richcompare` does (the
/// int is never rounded to a float): `None` when `x` is NaN.
pub fn compare_with_int(x: f64, n: &BigInt) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Greater } else { Less });
    }
    let whole = x.floor();
    Some(match BigInt::from_f64(whole)?.cmp(n) {
        Equal if x > whole => Greater,
        ord => ord,
    })
}

/// `a / b`.
pub fn true_divide(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float division by zero");
    }
    Ok(a / b)
}

/// `a % b`: the result has the sign of `b` (a zero result too).
pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float modulo");
    }
    Ok(rem(a, b))
}

fn rem(a: f64, b: f64) -> f64 {
    let m = a % b; // C's fmod
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// `a // b`.
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float floor division by zero");
    }
    Ok(divmod_unchecked(a, b).0)
}

/// `divmod(a, b)`.
pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return zero_division("float divmod()");
    }
    Ok(divmod_unchecked(a, b))
}

/// CPython's `_float_div_mod`.
fn divmod_unchecked(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// What `float ** float` gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    Float(f64),
    /// A negative base to a non-integral power: the PVM computes
    /// `complex(a) ** complex(b)` instead, as CPython does.
    NeedsComplex,
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x % 2.0 != 0.0 && x == x.trunc() && (x % 2.0).abs() == 1.0
}

/// `a ** b` (CPython's `float_pow`).
pub fn pow(iv: f64, iw: f64) -> PyResult<FloatPow> {
    use FloatPow::Float;
    if iw == 0.0 {
        return Ok(Float(1.0));
    }
    if iv.is_nan() {
        return Ok(Float(iv));
    }
    if iw.is_nan() {
        return Ok(Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(Float(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return zero_division("0.0 cannot be raised to a negative power");
        }
        return Ok(Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut v = iv;
    let mut negate = false;
    if v < 0.0 {
        if iw != iw.floor() {
            return Ok(FloatPow::NeedsComplex);
        }
        v = -v;
        negate = is_odd_integer(iw);
    }
    if v == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = v.powf(iw);
    if r.is_infinite() {
        return overflow_error("(34, 'Numerical result out of range')");
    }
    Ok(Float(if negate { -r } else { r }))
}

// ---------------------------------------------------------------------------
// round, conversions to int
// ---------------------------------------------------------------------------

/// `int(x)` (truncates toward zero).
pub fn to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// `round(x)`: the nearest int, halves to even.
pub fn round_to_int(x: f64) -> PyResult<BigInt> {
    to_int(x.round_ties_even())
}

/// `x` as `m * 2**e` with an integer `m` (`x` finite).
fn decompose(x: f64) -> (BigUint, i64) {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (BigUint::from(frac), -1074)
    } else {
        (BigUint::from(frac | (1u64 << 52)), exp - 1075)
    }
}

/// `round(x, ndigits)`: the exact binary value of `x` rounded half to even at
/// `10**-ndigits`, then to the nearest float (CPython's `double_round`).
pub fn round(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let ten = BigUint::from(10u32);
    let (mut num, mut den) = (m, BigUint::one());
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if ndigits >= 0 {
        num *= ten.clone().pow(ndigits as u64);
    } else {
        den *= ten.clone().pow((-ndigits) as u64);
    }
    let (q, r) = num_integer::Integer::div_rem(&num, &den);
    let twice = r * 2u32;
    let q = if twice > den || (twice == den && num_integer::Integer::is_odd(&q)) { q + 1u32 } else { q };
    let y = if ndigits >= 0 {
        ratio_to_f64(&q, &ten.pow(ndigits as u64))
    } else {
        ratio_to_f64(&(q * ten.pow((-ndigits) as u64)), &BigUint::one())
    };
    match y {
        Some(y) => Ok(y.copysign(x)),
        None => overflow_error("rounded value too large to represent"),
    }
}

/// `x.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `x.as_integer_ratio()`: the exact value as a fraction in lowest terms.
pub fn as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert Infinity to integer ratio");
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (mut m, mut e) = decompose(x);
    let tz = m.trailing_zeros().unwrap_or(0);
    m >>= tz;
    e += tz as i64;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    if e >= 0 {
        Ok((BigInt::from_biguint(sign, m << e as u64), BigInt::one()))
    } else {
        Ok((BigInt::from_biguint(sign, m), BigInt::one() << (-e) as u64))
    }
}

// ---------------------------------------------------------------------------
// float(str)
// ---------------------------------------------------------------------------

/// `float(s)`: surrounding whitespace, a sign, `inf`/`infinity`/`nan` in any
/// case, decimal digits (Unicode ones too) with single underscores between
/// digits, an optional exponent.
pub fn parse_float(s: &str) -> PyResult<f64> {
    let err = || {
        super::PyErrorKind::ValueError(format!(
            "could not convert string to float: {}",
            compiler_layer::syntax::pyrepr::str_repr(s)
        ))
    };
    let text = super::unicode::to_ascii_number_text(s);
    let t = text.trim_matches(|c: char| c == ' ' || c.is_ascii_whitespace() || c == '\x0b');
    parse_float_ascii(t).ok_or_else(err)
}

/// The number syntax of `float()` after whitespace is stripped; `None` if invalid.
fn parse_float_ascii(t: &str) -> Option<f64> {
    let b = t.as_bytes();
    let (neg, body) = match b.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // Validate: digits [. digits] [e [sign] digits], '_' only between digits.
    let bb = body.as_bytes();
    let mut clean = String::with_capacity(bb.len() + 1);
    if neg {
        clean.push('-');
    }
    let mut i = 0;
    let digits = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let start = *i;
        let mut n = 0;
        while *i < bb.len() {
            let c = bb[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                n += 1;
            } else if c == b'_' {
                let ok = *i > start
                    && bb[*i - 1].is_ascii_digit()
                    && bb.get(*i + 1).is_some_and(|d| d.is_ascii_digit());
                if !ok {
                    return None;
                }
            } else {
                break;
            }
            *i += 1;
        }
        Some(n)
    };
    let int_digits = digits(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if bb.get(i) == Some(&b'.') {
        clean.push('.');
        i += 1;
        frac_digits = digits(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(bb.get(i), Some(b'e' | b'E')) {
        clean.push('e');
        i += 1;
        if let Some(&c) = bb.get(i).filter(|c| **c == b'+' || **c == b'-') {
            clean.push(c as char);
            i += 1;
        }
        if digits(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != bb.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}

// ---------------------------------------------------------------------------
// float.hex, float.fromhex
// ---------------------------------------------------------------------------

/// `x.hex()`: `0x1.8000000000000p+1`, `-0x0.0p+0`, `inf`, `nan`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

/// `float.fromhex(s)`: CPython's `float_fromhex` — `[sign] ['0x'] digits
/// ['.' digits] ['p' [sign] digits]`, or `inf`/`infinity`/`nan`, with
/// surrounding whitespace; correctly rounded (half to even).
pub fn from_hex(s: &str) -> PyResult<f64> {
    const INVALID: &str = "invalid hexadecimal floating-point string";
    let t = s.trim_matches(super::unicode::is_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let body = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")).unwrap_or(body);
    let (digits, exponent) = match body.find(['p', 'P']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (whole, frac) = match digits.find('.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    let all_hex = |d: &str| d.bytes().all(|c| c.is_ascii_hexdigit());
    if whole.len() + frac.len() == 0 || !all_hex(whole) || !all_hex(frac) {
        return value_error(INVALID);
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let unsigned = e.strip_prefix(['+', '-']).unwrap_or(e);
            if unsigned.is_empty() || !unsigned.bytes().all(|c| c.is_ascii_digit()) {
                return value_error(INVALID);
            }
            // Saturate: anything this large over- or underflows anyway.
            let n = unsigned.parse::<i64>().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -n
            } else {
                n
            }
        }
    };
    let mantissa = BigUint::parse_bytes(format!("{whole}{frac}").as_bytes(), 16).unwrap_or_default();
    if mantissa.is_zero() {
        return Ok(sign(0.0));
    }
    let exp = exp.saturating_sub(4 * frac.len() as i64);
    // The value lies in [2**(top-1), 2**top).
    let top = mantissa.bits() as i64 + exp;
    if top > 1025 {
        return overflow_error("hexadecimal value too large to represent as a float");
    }
    if top < -1080 {
        return Ok(sign(0.0));
    }
    let one = BigUint::one();
    let (num, den) =
        if exp >= 0 { (mantissa << exp as usize, one) } else { (mantissa, one << (-exp) as usize) };
    match ratio_to_f64(&num, &den) {
        Some(x) => Ok(sign(x)),
        None => overflow_error("hexadecimal value too large to represent as a float"),
    }
}

/// `complex(s)`: `[ws] ['('] [ws] real | imag'j' | real±imag'j' [ws] [')'] [ws]`,
/// each part in `float()`'s syntax without inner whitespace; a bare `j`
/// (or `+j`, `-j`) is an imaginary unit. Returns (real, imag).
pub fn parse_complex(s: &str) -> PyResult<(f64, f64)> {
    let malformed = || super::PyErrorKind::ValueError("complex() arg is a malformed string".into());
    let mut t = s.trim_matches(super::unicode::is_space);
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim_matches(super::unicode::is_space);
    }
    if t.is_empty() || t.chars().any(super::unicode::is_space) {
        return Err(malformed());
    }
    let part = |p: &str| parse_float(p).map_err(|_| malformed());
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Ok((part(t)?, 0.0));
    };
    // The imaginary part starts at the last sign that is not an exponent's.
    let b = body.as_bytes();
    let split = (1..b.len()).rev().find(|&k| matches!(b[k], b'+' | b'-') && !matches!(b[k - 1], b'e' | b'E'));
    let (real, imag) = match split {
        Some(k) => (part(&body[..k])?, &body[k..]),
        None => (0.0, body),
    };
    let imag = match imag {
        "" | "+" => 1.0,
        "-" => -1.0,
        text => part(text)?,
    };
    Ok((real, imag))
}
