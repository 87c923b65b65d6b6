//! `complex` arithmetic as CPython's `complexobject.c` computes it: division
//! by Smith's method (`_Py_c_quot`), and `**` by repeated squaring for small
//! integer exponents (`c_powi`), so that `1j ** 2` is exactly `(-1+0j)`,
//! else through polar form (`_Py_c_pow`).

use super::{overflow_error, zero_division, PyResult};

/// A complex number as `(real, imag)`.
pub type Complex = (f64, f64);

/// Exponents up to this size take the exact route of repeated squaring.
const INT_EXPONENT_LIMIT: f64 = 100.0;

/// `a * b`.
pub fn multiply(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b`.
pub fn divide(a: Complex, b: Complex) -> PyResult<Complex> {
    quotient(a, b).map_or_else(|| zero_division("complex division by zero"), Ok)
}

/// `_Py_c_quot` (Smith's division, which `cmath` uses too): `None` when `b` is zero.
pub fn quotient(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_real, abs_imag) = (b.0.abs(), b.1.abs());
    if abs_real >= abs_imag {
        if abs_real == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_imag >= abs_real {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b`.
pub fn power(a: Complex, b: Complex) -> PyResult<Complex> {
    let zero_base_error = || zero_division("0.0 to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= INT_EXPONENT_LIMIT {
        let n = b.0 as i64;
        let p = power_unsigned(a, n.unsigned_abs());
        if n >= 0 {
            p
        } else {
            match quotient((1.0, 0.0), p) {
                Some(r) => r,
                None => return zero_base_error(),
            }
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return zero_base_error();
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return overflow_error("complex exponentiation");
    }
    Ok(r)
}

/// `c_powu`: `x ** n` by repeated squaring.
fn power_unsigned(x: Complex, n: u64) -> Complex {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = multiply(r, p);
        }
        mask <<= 1;
        p = multiply(p, p);
    }
    r
}
