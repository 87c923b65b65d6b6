//! The `math` module: CPython's `mathmodule.c` over Rust's `f64` (libm).
//!
//! Errors follow `math_1`: a NaN result from a non-NaN argument is
//! `ValueError: math domain error`; an infinite result from a finite argument
//! is `OverflowError: math range error` for the functions that can overflow
//! (`exp`, `cosh`, ...) and a domain error for the others (`log(0)`).

use crate::builtins::{add_fn, int_of};
use crate::call::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

pub fn install(vm: &mut Vm, math: ObjRef) {
    vm.dict_set_name(math, "pi", Value::Float(std::f64::consts::PI));
    vm.dict_set_name(math, "e", Value::Float(std::f64::consts::E));
    vm.dict_set_name(math, "tau", Value::Float(std::f64::consts::TAU));
    vm.dict_set_name(math, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_name(math, "nan", Value::Float(f64::NAN));

    // One float argument, one float result: (name, function, can overflow).
    let unary: &[(&'static str, crate::object::NativeFn)] = &[
        ("sin", |vm, a| math_1(vm, a, f64::sin, false)),
        ("cos", |vm, a| math_1(vm, a, f64::cos, false)),
        ("tan", |vm, a| math_1(vm, a, f64::tan, false)),
        ("asin", |vm, a| math_1(vm, a, f64::asin, false)),
        ("acos", |vm, a| math_1(vm, a, f64::acos, false)),
        ("atan", |vm, a| math_1(vm, a, f64::atan, false)),
        ("sinh", |vm, a| math_1(vm, a, f64::sinh, true)),
        ("cosh", |vm, a| math_1(vm, a, f64::cosh, true)),
        ("tanh", |vm, a| math_1(vm, a, f64::tanh, false)),
        ("asinh", |vm, a| math_1(vm, a, f64::asinh, false)),
        ("acosh", |vm, a| math_1(vm, a, f64::acosh, false)),
        ("atanh", |vm, a| math_1(vm, a, atanh, false)),
        ("exp", |vm, a| math_1(vm, a, f64::exp, true)),
        ("exp2", |vm, a| math_1(vm, a, f64::exp2, true)),
        ("expm1", |vm, a| math_1(vm, a, f64::exp_m1, true)),
        ("log1p", |vm, a| math_1(vm, a, log1p, false)),
        ("log2", |vm, a| math_1(vm, a, log_of(f64::log2), false)),
        ("log10", |vm, a| math_1(vm, a, log_of(f64::log10), false)),
        ("sqrt", |vm, a| math_1(vm, a, f64::sqrt, false)),
        ("cbrt", |vm, a| math_1(vm, a, f64::cbrt, false)),
        ("fabs", |vm, a| math_1(vm, a, f64::abs, false)),
        // CPython 3.11 calls the C library's erf/erfc; libm ports the same fdlibm code.
        ("erf", |vm, a| math_1(vm, a, libm::erf, false)),
        ("erfc", |vm, a| math_1(vm, a, libm::erfc, false)),
        ("degrees", |vm, a| float_arg(vm, a, 0).map(|x| Value::Float(x * (180.0 / std::f64::consts::PI)))),
        ("radians", |vm, a| float_arg(vm, a, 0).map(|x| Value::Float(x * (std::f64::consts::PI / 180.0)))),
        ("floor", |vm, a| int_round(vm, a, "__floor__", f64::floor)),
        ("ceil", |vm, a| int_round(vm, a, "__ceil__", f64::ceil)),
        ("trunc", |vm, a| int_round(vm, a, "__trunc__", f64::trunc)),
        ("isnan", |vm, a| float_arg(vm, a, 0).map(|x| Value::Bool(x.is_nan()))),
        ("isinf", |vm, a| float_arg(vm, a, 0).map(|x| Value::Bool(x.is_infinite()))),
        ("isfinite", |vm, a| float_arg(vm, a, 0).map(|x| Value::Bool(x.is_finite()))),
        ("ulp", |vm, a| float_arg(vm, a, 0).map(|x| Value::Float(ulp(x)))),
        ("log", log),
        ("pow", pow),
        ("atan2", |vm, a| {
            let (y, x) = (float_arg(vm, a, 0)?, float_arg(vm, a, 1)?);
            Ok(Value::Float(y.atan2(x)))
        }),
        ("copysign", |vm, a| {
            let (x, y) = (float_arg(vm, a, 0)?, float_arg(vm, a, 1)?);
            Ok(Value::Float(x.copysign(y)))
        }),
        ("fmod", |vm, a| {
            let (x, y) = (float_arg(vm, a, 0)?, float_arg(vm, a, 1)?);
            if y.is_infinite() && x.is_finite() {
                return Ok(Value::Float(x));
            }
            let r = x % y;
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return Err(vm.value_error("math domain error"));
            }
            Ok(Value::Float(r))
        }),
        ("remainder", |vm, a| {
            let (x, y) = (float_arg(vm, a, 0)?, float_arg(vm, a, 1)?);
            match remainder(x, y) {
                Some(r) => Ok(Value::Float(r)),
                None => Err(vm.value_error("math domain error")),
            }
        }),
        ("modf", |vm, a| {
            let x = float_arg(vm, a, 0)?;
            let int_part = if x.is_infinite() { x } else { x.trunc() };
            let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { (x - int_part).copysign(x) };
            Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int_part)]))
        }),
        ("frexp", |vm, a| {
            let (m, e) = frexp(float_arg(vm, a, 0)?);
            Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
        }),
        ("ldexp", |vm, a| {
            let x = float_arg(vm, a, 0)?;
            let e = int_of(vm, a.get(1).unwrap_or(Value::None))?;
            let e = e.clamp(BigInt::from(-5000), BigInt::from(5000));
            let r = ldexp(x, i32::try_from(e).unwrap_or(0));
            if r.is_infinite() && x.is_finite() {
                return Err(vm.err("OverflowError", "math range error"));
            }
            Ok(Value::Float(r))
        }),
        ("nextafter", |vm, a| {
            let (x, y) = (float_arg(vm, a, 0)?, float_arg(vm, a, 1)?);
            Ok(Value::Float(nextafter(x, y)))
        }),
        ("hypot", |vm, a| {
            let mut total = 0.0f64;
            for i in 0..a.pos.len() {
                total = total.hypot(float_arg(vm, a, i)?);
            }
            Ok(Value::Float(total))
        }),
        ("dist", dist),
        ("fsum", fsum),
        ("prod", prod),
        ("isclose", isclose),
        ("factorial", factorial),
        ("gcd", |vm, a| {
            let mut g = BigInt::zero();
            for v in &a.pos {
                g = g.gcd(&int_of(vm, *v)?);
            }
            Ok(vm.new_int(g))
        }),
        ("lcm", |vm, a| {
            let mut l = BigInt::one();
            for v in &a.pos {
                l = l.lcm(&int_of(vm, *v)?);
            }
            Ok(vm.new_int(l))
        }),
        ("isqrt", |vm, a| {
            let n = int_of(vm, a.get(0).unwrap_or(Value::None))?;
            if n.sign() == Sign::Minus {
                return Err(vm.value_error("isqrt() argument must be nonnegative"));
            }
            Ok(vm.new_int(n.sqrt()))
        }),
        ("comb", |vm, a| {
            let (n, k) = comb_args(vm, a)?;
            let rest = &n - &k;
            let k = k.min(rest);
            if k.sign() == Sign::Minus {
                return Ok(Value::Int(0));
            }
            let mut r = BigInt::one();
            let mut i = BigInt::zero();
            while i < k {
                i += 1;
                r = r * (&n - &k + &i) / &i;
            }
            Ok(vm.new_int(r))
        }),
        ("perm", |vm, a| {
            let (n, k) = match a.get(1) {
                Some(Value::None) | None => {
                    let n = nonnegative(vm, a.get(0), "n")?;
                    (n.clone(), n)
                }
                Some(_) => comb_args(vm, a)?,
            };
            if k > n {
                return Ok(Value::Int(0));
            }
            let mut r = BigInt::one();
            let mut f = &n - &k + 1;
            while f <= n {
                r *= &f;
                f += 1;
            }
            Ok(vm.new_int(r))
        }),
    ];
    for (name, func) in unary {
        add_fn(vm, math, name, *func);
    }
}

/// The argument at `i` as a float ("must be real number, not str"); an
/// instance converts through `__float__` or `__index__` (`Decimal`,
/// `Fraction`), as CPython's `PyFloat_AsDouble` converts it.
fn float_arg(vm: &mut Vm, a: &Args, i: usize) -> PResult<f64> {
    let v = a.get(i).unwrap_or(Value::None);
    let s = vm.special.clone();
    let v = match vm.numeric_special(v, &[s.float, s.index], vec![])? {
        Ok(r) | Err(r) => r,
    };
    match vm.to_f64(v)? {
        Some(f) => Ok(f),
        None => {
            let msg = format!("must be real number, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// CPython's `math_1`: apply `f`, then turn NaN and infinity into errors.
fn math_1(vm: &mut Vm, a: &Args, f: impl Fn(f64) -> f64, can_overflow: bool) -> PResult<Value> {
    let x = float_arg(vm, a, 0)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            vm.err("OverflowError", "math range error")
        } else {
            vm.value_error("math domain error")
        });
    }
    Ok(Value::Float(r))
}

/// A logarithm that is NaN (a domain error) at zero and below.
fn log_of(f: fn(f64) -> f64) -> impl Fn(f64) -> f64 {
    move |x| if x <= 0.0 { f64::NAN } else { f(x) }
}

fn log1p(x: f64) -> f64 {
    if x <= -1.0 {
        f64::NAN
    } else {
        x.ln_1p()
    }
}

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        f64::NAN
    } else {
        x.atanh()
    }
}

/// `floor`, `ceil`, `trunc`: an int stays itself, a float becomes an int,
/// an instance of a class that defines `special` (`__floor__`...) gives what
/// that returns.
pub(crate) fn int_round(vm: &mut Vm, a: &Args, special: &str, f: fn(f64) -> f64) -> PResult<Value> {
    let v = a.get(0).unwrap_or(Value::None);
    let special = vm.intern(special);
    if let Ok(r) = vm.numeric_special(v, &[special], vec![])? {
        return Ok(r);
    }
    if vm.to_bigint(v).is_some() && !matches!(v, Value::Float(_)) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(i64::from(b)),
            v => v,
        });
    }
    let x = float_arg(vm, a, 0)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.err("OverflowError", "cannot convert float infinity to integer"));
    }
    let r = f(x);
    if r.abs() < 9.2e18 {
        return Ok(Value::Int(r as i64));
    }
    let b: BigInt = num_traits::FromPrimitive::from_f64(r).unwrap_or_default();
    Ok(vm.new_int(b))
}

/// `log(x[, base])`; an int argument too large for a float still has a log.
fn log(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let ln = |vm: &mut Vm, v: Value| -> PResult<f64> {
        if !matches!(v, Value::Float(_)) {
            if let Some(n) = vm.to_bigint(v) {
                if n.sign() != Sign::Plus {
                    return Err(vm.value_error("math domain error"));
                }
                // ln(n) = ln(n / 2^k) + k ln 2, with n / 2^k within float range.
                let k = n.bits().saturating_sub(64);
                let top: f64 = num_traits::ToPrimitive::to_f64(&(n >> k)).unwrap_or(f64::NAN);
                return Ok(top.ln() + k as f64 * std::f64::consts::LN_2);
            }
        }
        let x = match vm.to_f64(v)? {
            Some(x) => x,
            None => {
                let msg = format!("must be real number, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        };
        if x.is_nan() || x == f64::INFINITY {
            return Ok(x);
        }
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(x.ln())
    };
    let x = ln(vm, a.get(0).unwrap_or(Value::None))?;
    match a.get(1) {
        None => Ok(Value::Float(x)),
        Some(b) => {
            let b = ln(vm, b)?;
            if b == 0.0 {
                return Err(vm.err("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(x / b))
        }
    }
}

/// `math.pow`: always floats; no complex results.
fn pow(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (x, y) = (float_arg(vm, a, 0)?, float_arg(vm, a, 1)?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(vm.value_error("math domain error"));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                vm.value_error("math domain error")
            } else {
                vm.err("OverflowError", "math range error")
            });
        }
    }
    Ok(Value::Float(r))
}

/// CPython's `m_remainder`: `x - n*y` with `n` the integer nearest `x/y`
/// (ties to even), computed exactly; None for a domain error.
fn remainder(x: f64, y: f64) -> Option<f64> {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return None;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return Some(1.0f64.copysign(x) * r);
    }
    if x.is_nan() {
        return Some(x);
    }
    if y.is_nan() {
        return Some(y);
    }
    if x.is_infinite() {
        return None;
    }
    Some(x)
}

/// `x = m * 2**e` with `0.5 <= |m| < 1` (or `m == x` for zero, inf, nan).
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// `x * 2**e`, exact unless the result overflows or is subnormal.
fn ldexp(x: f64, e: i32) -> f64 {
    let mut r = x;
    let mut e = e;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e)
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let next = nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        return x - nextafter(x, 0.0);
    }
    next - x
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `dist(p, q)`: the Euclidean distance between two points.
fn dist(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let p = vm.collect_iter(a.get(0).unwrap_or(Value::None))?;
    let q = vm.collect_iter(a.get(1).unwrap_or(Value::None))?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut total = 0.0f64;
    for (x, y) in p.into_iter().zip(q) {
        let args = Args::new(vec![x, y]);
        let (x, y) = (float_arg(vm, &args, 0)?, float_arg(vm, &args, 1)?);
        total = total.hypot(x - y);
    }
    Ok(Value::Float(total))
}

/// `fsum`: Shewchuk's exactly rounded sum, as CPython's `math_fsum`.
fn fsum(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let items = vm.collect_iter(a.get(0).unwrap_or(Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in items {
        let args = Args::new(vec![item]);
        let mut x = float_arg(vm, &args, 0)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x.is_infinite() {
            return Err(vm.err("OverflowError", "intermediate overflow in fsum"));
        }
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the remaining partials tip the balance.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// `prod(iterable, *, start=1)`, by the `*` operator.
fn prod(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let start = a.kwarg(vm, "start").unwrap_or(Value::Int(1));
    vm.fold(start, a.get(0).unwrap_or(Value::None), compiler_layer::instruction::BinaryOperator::Multiply)
}

/// CPython's `math_isclose_impl`: symmetric relative tolerance, or absolute.
fn isclose(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (x, y) = (float_arg(vm, a, 0)?, float_arg(vm, a, 1)?);
    let tolerance = |vm: &mut Vm, name: &str, default: f64| -> PResult<f64> {
        match a.kwarg(vm, name) {
            Some(v) => Ok(vm.to_f64(v)?.unwrap_or(default)),
            None => Ok(default),
        }
    };
    let rel_tol = tolerance(vm, "rel_tol", 1e-9)?;
    let abs_tol = tolerance(vm, "abs_tol", 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
}

fn factorial(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let n = int_of(vm, a.get(0).unwrap_or(Value::None))?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = u64::try_from(&n)
        .map_err(|_| vm.err("OverflowError", "factorial() argument should not exceed 9223372036854775807"))?;
    let mut product = BigInt::one();
    for k in 2..=n {
        product *= k;
    }
    Ok(vm.new_int(product))
}

/// An int argument that must not be negative ("n must be a non-negative integer").
fn nonnegative(vm: &mut Vm, v: Option<Value>, name: &str) -> PResult<BigInt> {
    let n = int_of(vm, v.unwrap_or(Value::None))?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error(format!("{name} must be a non-negative integer")));
    }
    Ok(n)
}

fn comb_args(vm: &mut Vm, a: &Args) -> PResult<(BigInt, BigInt)> {
    let n = nonnegative(vm, a.get(0), "n")?;
    let k = nonnegative(vm, a.get(1), "k")?;
    Ok((n, k))
}
