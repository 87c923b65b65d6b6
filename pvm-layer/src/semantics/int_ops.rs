//! `int` arithmetic with Python's rules: floor division and modulo take the
//! sign of the divisor, shifts and bitwise operators act on an infinite two's
//! complement, `**` with a negative exponent gives a float, three-argument
//! `pow` inverts for `-1`; and `int()` parsing, `str()`/`bin`/`oct`/`hex`,
//! `round(int, n)`, int → float conversion (correctly rounded).
//!
//! Small (`i64`) fast paths fall back to `BigInt` on overflow: see [`Int`].

use super::{overflow_error, value_error, zero_division, PyErrorKind, PyResult};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An int result of an `i64` operation: small when it fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    /// The value as a `BigInt`.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }

    /// `Small` when `b` fits in an `i64`.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int::Small(i),
            None => Int::Big(b),
        }
    }
}

/// The most bits an int result may have before we answer `MemoryError`
/// (CPython would try, for minutes, and usually fail the same way).
pub const MAX_INT_BITS: u64 = 1 << 32;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

// ---------------------------------------------------------------------------
// Division
// ---------------------------------------------------------------------------

const DIV_BY_ZERO: &str = "integer division or modulo by zero";
const MOD_BY_ZERO: &str = "integer modulo by zero";

/// `a // b` for small ints (`i64::MIN // -1` becomes a `BigInt`).
pub fn floordiv_i64(a: i64, b: i64) -> PyResult<Int> {
    if b == 0 {
        return zero_division(DIV_BY_ZERO);
    }
    match a.checked_div_euclid(b) {
        None => Ok(Int::Big(-BigInt::from(a))),
        Some(_) => {
            let q = a / b;
            let r = a % b;
            Ok(Int::Small(if r != 0 && ((r < 0) != (b < 0)) { q - 1 } else { q }))
        }
    }
}

/// `a % b` for small ints: the result takes the sign of `b`.
pub fn mod_i64(a: i64, b: i64) -> PyResult<i64> {
    if b == 0 {
        return zero_division(MOD_BY_ZERO);
    }
    if b == -1 {
        return Ok(0);
    }
    let r = a % b;
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// `divmod(a, b)` for small ints.
pub fn divmod_i64(a: i64, b: i64) -> PyResult<(Int, i64)> {
    if b == 0 {
        return zero_division(DIV_BY_ZERO);
    }
    Ok((floordiv_i64(a, b)?, mod_i64(a, b)?))
}

/// `a // b`.
pub fn floordiv(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return zero_division(DIV_BY_ZERO);
    }
    Ok(a.div_floor(b))
}

/// `a % b`: the result takes the sign of `b`.
pub fn modulo(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return zero_division(MOD_BY_ZERO);
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn divmod(a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return zero_division(DIV_BY_ZERO);
    }
    Ok(a.div_mod_floor(b))
}

/// `a / b`, correctly rounded like CPython.
pub fn true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return zero_division("division by zero");
    }
    match ratio_to_f64(a.magnitude(), b.magnitude()) {
        Some(x) => Ok(if (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus) { -x } else { x }),
        None => overflow_error("integer division result too large for a float"),
    }
}

/// `float(i)`, correctly rounded (half to even).
pub fn to_f64(i: &BigInt) -> PyResult<f64> {
    match ratio_to_f64(i.magnitude(), &BigUint::one()) {
        Some(x) => Ok(if i.sign() == Sign::Minus { -x } else { x }),
        None => overflow_error("int too large to convert to float"),
    }
}

/// `num / den` (`den` non-zero) rounded half to even to the nearest double,
/// subnormals included; `None` when it overflows.
pub(crate) fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Option<f64> {
    if num.is_zero() {
        return Some(0.0);
    }
    let shift = 55 - (num.bits() as i64 - den.bits() as i64);
    let (q, r) =
        if shift >= 0 { (num << shift as u64).div_rem(den) } else { num.div_rem(&(den << (-shift) as u64)) };
    let sticky = !r.is_zero();
    let qbits = q.bits() as i64;
    let q = q.to_u64()?; // 55 or 56 bits
                         // The value's leading bit is 2**e.
    let e = qbits - 1 - shift;
    if e > 1024 {
        return None;
    }
    let prec = if e >= -1022 { 53 } else { 53 - (-1022 - e) };
    let drop = qbits - prec;
    if drop > 63 {
        return Some(0.0);
    }
    let mut m = q >> drop;
    let rem = q & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    if rem > half || (rem == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    let x = ldexp(m as f64, drop - shift);
    if x.is_infinite() {
        None
    } else {
        Some(x)
    }
}

/// `x * 2**k`, exact whenever the result is representable.
pub(crate) fn ldexp(mut x: f64, mut k: i64) -> f64 {
    let big = f64::from_bits(((1023 + 1000) as u64) << 52); // 2**1000
    let small = f64::from_bits(((1023 - 1000) as u64) << 52); // 2**-1000
    while k > 1000 {
        x *= big;
        k -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1000 {
        x *= small;
        k += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * f64::from_bits(((1023 + k) as u64) << 52)
}

// ---------------------------------------------------------------------------
// Powers
// ---------------------------------------------------------------------------

/// What `int ** int` gives: an int, or a float for a negative exponent.
#[derive(Clone, Debug, PartialEq)]
pub enum PowResult {
    Int(BigInt),
    Float(f64),
}

/// `base ** exp` (two arguments).
pub fn pow(base: &BigInt, exp: &BigInt) -> PyResult<PowResult> {
    if exp.is_negative() {
        let b = to_f64(base)?;
        let e = to_f64(exp)?;
        return match super::float_ops::pow(b, e)? {
            super::float_ops::FloatPow::Float(x) => Ok(PowResult::Float(x)),
            // A negative integral exponent never needs a complex result.
            super::float_ops::FloatPow::NeedsComplex => Ok(PowResult::Float(f64::NAN)),
        };
    }
    if base.is_zero() {
        return Ok(PowResult::Int(if exp.is_zero() { BigInt::one() } else { BigInt::zero() }));
    }
    if base.magnitude().is_one() {
        let neg = base.is_negative() && exp.is_odd();
        return Ok(PowResult::Int(if neg { -BigInt::one() } else { BigInt::one() }));
    }
    let e = match exp.to_u64() {
        Some(e) if e.saturating_mul(base.bits().saturating_sub(1)) <= MAX_INT_BITS => e,
        _ => return Err(PyErrorKind::MemoryError),
    };
    Ok(PowResult::Int(num_traits::Pow::pow(base, e)))
}

/// `pow(base, exp, modulus)`: the result takes the sign of `modulus`; a
/// negative `exp` uses the modular inverse of `base`.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult<BigInt> {
    if modulus.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let m = BigInt::from(modulus.magnitude().clone());
    let mut b = base.mod_floor(&m);
    let mut e = exp.clone();
    if e.is_negative() {
        b = match mod_inverse(&b, &m) {
            Some(inv) => inv,
            None => return value_error("base is not invertible for the given modulus"),
        };
        e = -e;
    }
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let r = b.modpow(&e, &m);
    Ok(if modulus.is_negative() && !r.is_zero() { r - m } else { r })
}

/// The inverse of `a` modulo `m` (`m > 0`, `0 <= a < m`), if any.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r.is_one() {
        Some(old_s.mod_floor(m))
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Shifts and bitwise operators
// ---------------------------------------------------------------------------

/// `a << n`.
pub fn lshift(a: &BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return value_error("negative shift count");
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match n.to_u64() {
        Some(n) if n <= MAX_INT_BITS => Ok(a << n),
        _ => Err(PyErrorKind::MemoryError),
    }
}

/// `a >> n` (rounds toward negative infinity).
pub fn rshift(a: &BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return value_error("negative shift count");
    }
    match n.to_u64() {
        Some(n) if n < a.bits() + 1 => Ok(a >> n),
        _ => Ok(if a.is_negative() { -BigInt::one() } else { BigInt::zero() }),
    }
}

/// `a & b` on two's complement with infinite sign extension.
pub fn bit_and(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b`.
pub fn bit_or(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b`.
pub fn bit_xor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a`, which is `-(a + 1)`.
pub fn invert(a: &BigInt) -> BigInt {
    -(a + BigInt::one())
}

/// `a.bit_length()`.
pub fn bit_length(a: &BigInt) -> u64 {
    a.bits()
}

/// `a.bit_count()` (ones in `abs(a)`).
pub fn bit_count(a: &BigInt) -> u64 {
    a.magnitude().count_ones()
}

// ---------------------------------------------------------------------------
// Parsing: int(str, base)
// ---------------------------------------------------------------------------

/// `int(s)` of the commonest text, a sign and up to 18 decimal digits
/// between optional spaces, without `parse_int`'s copy and big integer;
/// `None` for anything else, which `parse_int` then decides.
pub fn parse_small_decimal(s: &str) -> Option<i64> {
    let b = s.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8)).as_bytes();
    let (negative, digits) = match b.split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some(if negative { -n } else { n })
}

/// `int(s, base)`: `base` is 0 (guess from the prefix, as in source code) or
/// 2..=36; `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit),
/// which applies to bases that are not powers of two.
pub fn parse_int(s: &str, base: i64, max_str_digits: usize) -> PyResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return value_error("int() base must be >= 2 and <= 36, or 0");
    }
    let invalid =
        || PyErrorKind::ValueError(format!("invalid literal for int() with base {base}: {}", repr200(s)));
    let text = super::unicode::to_ascii_number_text(s);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let negative = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut base = base as u32;
    let prefix = |c: u8| match c.to_ascii_lowercase() {
        b'x' => 16,
        b'o' => 8,
        b'b' => 2,
        _ => 0,
    };
    let mut after_prefix = false;
    if b.get(i) == Some(&b'0') && i + 1 < b.len() {
        let p = prefix(b[i + 1]);
        if p != 0 && (base == 0 || base == p) {
            base = p;
            i += 2;
            after_prefix = true;
        }
    }
    let only_zeros = base == 0; // base 0 without a prefix: decimal, but "010" is refused
    if base == 0 {
        base = 10;
    }
    // Digits with single underscores between them (one may follow a prefix).
    if after_prefix && b.get(i) == Some(&b'_') {
        i += 1;
    }
    let mut digits = Vec::new();
    let mut last_was_underscore = false;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if digits.is_empty() || last_was_underscore {
                return Err(invalid());
            }
            last_was_underscore = true;
            i += 1;
            continue;
        }
        let d = match (c as char).to_digit(36) {
            Some(d) if d < base => d as u8,
            _ => break,
        };
        digits.push(d);
        last_was_underscore = false;
        i += 1;
    }
    if digits.is_empty() || last_was_underscore {
        return Err(invalid());
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return value_error(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ));
    }
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    if only_zeros && digits.len() > 1 && digits.iter().any(|&d| d != 0) && digits[0] == 0 {
        return Err(invalid());
    }
    let mag = BigUint::from_radix_be(&digits, base).ok_or_else(invalid)?;
    Ok(BigInt::from_biguint(if negative { Sign::Minus } else { Sign::Plus }, mag))
}

/// CPython's `%.200R`: the repr, cut to its first 200 characters.
pub(crate) fn repr200(s: &str) -> String {
    let r = compiler_layer::syntax::pyrepr::str_repr(s);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

// ---------------------------------------------------------------------------
// To text
// ---------------------------------------------------------------------------

/// `str(i)`, refused past `max_str_digits` decimal digits (0: no limit).
pub fn to_decimal_string(i: &BigInt, max_str_digits: usize) -> PyResult<String> {
    check_str_digits(i, max_str_digits)?;
    Ok(i.to_string())
}

/// `sys.set_int_max_str_digits`'s check for int → decimal text.
pub fn check_str_digits(i: &BigInt, max_str_digits: usize) -> PyResult<()> {
    // A quick bound first: bits * log10(2) ≈ decimal digits.
    if max_str_digits > 0 && i.bits() as f64 * std::f64::consts::LOG10_2 > max_str_digits as f64 - 1.0 {
        let n = i.magnitude().to_str_radix(10).len();
        if n > max_str_digits {
            return value_error(format!(
                "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ));
        }
    }
    Ok(())
}

/// `bin(i)`, `oct(i)`, `hex(i)` (`radix` 2, 8, 16 with `prefix`), or the
/// digits alone: `-0b101`, `-101`.
pub fn to_radix_string(i: &BigInt, radix: u32, prefix: bool) -> String {
    let mut out = String::new();
    if i.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&i.magnitude().to_str_radix(radix));
    out
}

// ---------------------------------------------------------------------------
// round
// ---------------------------------------------------------------------------

/// `round(x, ndigits)` for an int: a non-negative `ndigits` leaves `x`; a
/// negative one rounds to a multiple of `10**-ndigits`, halves to even.
pub fn round(x: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() || x.is_zero() {
        return x.clone();
    }
    // 10**k > |x| * 2 makes the result 0 whatever k is beyond.
    let k = match (-ndigits).to_u64() {
        Some(k) if (k as f64) * std::f64::consts::LOG2_10 <= x.bits() as f64 + 2.0 => k,
        _ => return BigInt::zero(),
    };
    let pow10: BigInt = num_traits::Pow::pow(BigInt::from(10), k);
    let (q, r) = x.div_mod_floor(&pow10);
    let twice: BigInt = &r * BigInt::from(2);
    let q = match twice.cmp(&pow10) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * pow10
}

/// C's `isspace` (what `int()` skips around the digits, after Unicode
/// whitespace became `' '`).
pub(crate) fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}
