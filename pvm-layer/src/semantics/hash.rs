//! CPython 3.11's `hash()` of numbers, strings, bytes and tuples (64-bit).
//!
//! Numbers hash by their value modulo the Mersenne prime `2**61 - 1`, so that
//! `hash(1) == hash(1.0) == hash(True) == hash(1+0j)`; `-1` is never a hash
//! (it becomes `-2`). A NaN hashes by object identity (3.10+), so
//! [`hash_float`] takes the object's address.
//!
//! `str` and `bytes` use SipHash-1-3 keyed by a per-process secret. CPython
//! draws the key at random unless `PYTHONHASHSEED` is set (`0` gives the zero
//! key); [`HashKey::ZERO`] reproduces `PYTHONHASHSEED=0` exactly, and the
//! tests check that. With any other key, the iteration order of sets (and
//! the hashes of strings) differ from a given CPython run exactly as they
//! differ between two CPython runs.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `2**61 - 1`.
pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const INF: i64 = 314159;
/// The multiplier of a complex's imaginary hash.
const IMAG: u64 = 1000003;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` (and `hash(True)`, `hash(False)`).
pub fn hash_i64(i: i64) -> i64 {
    let r = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -r } else { r })
}

/// `hash(i)` for any int.
pub fn hash_bigint(i: &BigInt) -> i64 {
    let r = (i.magnitude() % MODULUS).to_i64().unwrap_or(0);
    fix(if i.sign() == Sign::Minus { -r } else { r })
}

/// `hash(x)`; `identity` (the object's address) is used only for NaN.
pub fn hash_float(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    if x == 0.0 {
        return 0;
    }
    // x = m * 2**e with 0.5 <= |m| < 1 (C's frexp).
    let bits = x.abs().to_bits();
    let (mut m, mut e) = {
        let exp = ((bits >> 52) & 0x7ff) as i32;
        if exp == 0 {
            let y = x.abs() * f64::from_bits(((1023 + 54) as u64) << 52);
            let exp2 = ((y.to_bits() >> 52) & 0x7ff) as i32;
            (f64::from_bits((y.to_bits() & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp2 - 1022 - 54)
        } else {
            (f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp - 1022)
        }
    };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e as u32 % BITS } else { BITS - 1 - ((-1 - e) as u32 % BITS) };
    h = ((h << e) & MODULUS) | (h >> (BITS - e));
    let h = if x < 0.0 { (h as i64).wrapping_neg() } else { h as i64 };
    fix(h)
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub fn hash_pointer(identity: usize) -> i64 {
    let y = (identity as u64).rotate_right(4);
    fix(y as i64)
}

/// `hash(complex(real, imag))`; the identities are for NaN parts.
pub fn hash_complex(real: f64, imag: f64, identity: usize) -> i64 {
    let r = hash_float(real, identity) as u64;
    let i = hash_float(imag, identity) as u64;
    fix(r.wrapping_add(IMAG.wrapping_mul(i)) as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(t)` of a tuple from its elements' hashes (the xxHash-based combiner of 3.8+).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut tuple = TupleHasher::default();
    item_hashes.iter().for_each(|&h| tuple.add(h));
    tuple.finish()
}

/// The tuple hash fed one element hash at a time, so that hashing a tuple
/// needs no buffer of its elements' hashes.
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> TupleHasher {
        TupleHasher { acc: XXPRIME_5, len: 0 }
    }
}

impl TupleHasher {
    #[inline]
    pub fn add(&mut self, h: i64) {
        self.acc =
            self.acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2)).rotate_left(31).wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

/// The secret key of `str`/`bytes` hashing (CPython's `_Py_HashSecret.siphash`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HashKey {
    pub k0: u64,
    pub k1: u64,
}

impl HashKey {
    /// The key of `PYTHONHASHSEED=0`.
    pub const ZERO: HashKey = HashKey { k0: 0, k1: 0 };
}

/// `hash(b)` of `bytes` (and `memoryview`, read-only `bytearray` never hashes).
pub fn hash_bytes(b: &[u8], key: HashKey) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13(key.k0, key.k1, b) as i64)
}

/// `hash(s)` of a `str`: SipHash-1-3 over CPython's internal representation
/// (1, 2 or 4 bytes per character, little-endian, by the widest character).
pub fn hash_str(s: &str, key: HashKey) -> i64 {
    // ASCII text is its own one-byte-per-character representation.
    if s.is_ascii() {
        return hash_bytes(s.as_bytes(), key);
    }
    hash_code_points(s.chars().map(|c| c as u32), key)
}

/// `hash(s)` of a `str` given as code points (lone surrogates allowed).
pub fn hash_code_points(cps: impl Iterator<Item = u32> + Clone, key: HashKey) -> i64 {
    let max = cps.clone().max().unwrap_or(0);
    let mut buf = Vec::new();
    for cp in cps {
        if max < 0x100 {
            buf.push(cp as u8);
        } else if max < 0x10000 {
            buf.extend_from_slice(&(cp as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&cp.to_le_bytes());
        }
    }
    hash_bytes(&buf, key)
}

/// SipHash-1-3 (one compression round, three finalisation rounds), as CPython's `pyhash.c`.
pub fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let chunks = src.chunks_exact(8);
    let tail = chunks.remainder();
    for c in chunks {
        let mi = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    let mut t = (src.len() as u64) << 56;
    for (i, &byte) in tail.iter().enumerate() {
        t |= (byte as u64) << (8 * i);
    }
    v3 ^= t;
    round!();
    v0 ^= t;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}
