//! CPython's hash functions for numbers and tuples, and a string hash.
//!
//! Numbers hash by their value modulo the Mersenne prime 2**61 - 1, so that
//! `hash(1) == hash(1.0) == hash(True)` and equal numbers of any type land in
//! the same dict slot. `-1` is never a hash (CPython reserves it): it becomes `-2`.
//! String hashes are randomised per process in CPython, so any good hash is
//! conformant; we use FNV-1a (stable across runs, which makes runs reproducible).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

pub const MODULUS: u64 = (1 << 61) - 1;
pub const INF: i64 = 314_159;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn int_hash(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    fix(if n < 0 { -m } else { m })
}

pub fn bigint_hash(n: &BigInt) -> i64 {
    let m = (n.magnitude() % MODULUS).to_i64().unwrap_or(0);
    fix(if n.sign() == Sign::Minus { -m } else { m })
}

/// CPython's `_Py_HashDouble` (NaN hashes by identity there; we use 0, which
/// only affects dict placement of NaNs, never equality).
pub fn float_hash(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    if x.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    fix(x as i64 * sign)
}

/// `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (C's `frexp`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

pub fn complex_hash(real: f64, imag: f64) -> i64 {
    let h = float_hash(real).wrapping_add(1_000_003i64.wrapping_mul(float_hash(imag)));
    fix(h)
}

pub fn str_hash(s: &str) -> i64 {
    bytes_hash(s.as_bytes())
}

pub fn bytes_hash(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fix(h as i64)
}

/// CPython 3.11's tuple hash (xxHash-based), over the items' hashes.
pub fn tuple_hash(items: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(int_hash(1), 1);
        assert_eq!(int_hash(-1), -2);
        assert_eq!(float_hash(1.0), 1);
        assert_eq!(float_hash(1.5), 1_152_921_504_606_846_977);
        assert_eq!(float_hash(-2.5), -1_152_921_504_606_846_978);
        assert_eq!(int_hash(1 << 61), 1);
        assert_eq!(tuple_hash(&[1, 2]), -3_550_055_125_485_641_917);
        assert_eq!(tuple_hash(&[]), 5_740_354_900_026_072_187);
    }
}
