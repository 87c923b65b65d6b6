//! The `cmath` module: CPython's `cmathmodule.c` for finite arguments —
//! the same formulas, so the same last bits (`sqrt` scales to dodge
//! underflow, `log` uses `log1p` near the unit circle, the inverse
//! functions go through `sqrt`). Errors as CPython's: a finite argument
//! whose result is infinite or NaN is `ValueError: math domain error`, or
//! `OverflowError: math range error` for the functions that can overflow.
//! Known gap: CPython looks infinite and NaN arguments up in tables of
//! special values (C99 Annex G); here they go through the same formulas.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::{NativeFn, Object};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};
use std::f64::consts::{E, LN_10, LN_2, PI, TAU};

type C = (f64, f64);

/// log(DBL_MAX / 4) is where `exp` needs the scaled form (CPython's
/// `CM_LOG_LARGE_DOUBLE`).
const LOG_LARGE_DOUBLE: f64 = 708.3964185322641;
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const SQRT_LARGE_DOUBLE: f64 = 6.703903964971298e153;

pub fn install(vm: &mut Vm, m: ObjRef) {
    vm.dict_set_name(m, "pi", Value::Float(PI));
    vm.dict_set_name(m, "e", Value::Float(E));
    vm.dict_set_name(m, "tau", Value::Float(TAU));
    vm.dict_set_name(m, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_name(m, "nan", Value::Float(f64::NAN));
    let infj = vm.heap.alloc_value(Object::Complex(0.0, f64::INFINITY));
    vm.dict_set_name(m, "infj", infj);
    let nanj = vm.heap.alloc_value(Object::Complex(0.0, f64::NAN));
    vm.dict_set_name(m, "nanj", nanj);
    // (name, function, can overflow)
    let unary: &[(&'static str, NativeFn)] = &[
        ("sqrt", |vm, a| apply(vm, a, sqrt, false)),
        ("exp", |vm, a| apply(vm, a, exp, true)),
        ("log10", |vm, a| apply(vm, a, |z| divide(log(z), LN_10), false)),
        ("sin", |vm, a| apply(vm, a, |z| times_minus_i(sinh(times_i(z))), true)),
        ("cos", |vm, a| apply(vm, a, |z| cosh(times_i(z)), true)),
        ("tan", |vm, a| apply(vm, a, |z| times_minus_i(tanh(times_i(z))), false)),
        ("sinh", |vm, a| apply(vm, a, sinh, true)),
        ("cosh", |vm, a| apply(vm, a, cosh, true)),
        ("tanh", |vm, a| apply(vm, a, tanh, false)),
        ("asin", |vm, a| apply(vm, a, |z| times_minus_i(asinh(times_i(z))), false)),
        ("acos", |vm, a| apply(vm, a, acos, false)),
        ("atan", |vm, a| apply(vm, a, |z| times_minus_i(atanh(times_i(z))), false)),
        ("asinh", |vm, a| apply(vm, a, asinh, false)),
        ("acosh", |vm, a| apply(vm, a, acosh, false)),
        ("atanh", |vm, a| apply(vm, a, atanh, false)),
        ("log", log_fn),
        ("phase", |vm, a| {
            let (re, im) = arg(vm, a, 0)?;
            Ok(Value::Float(im.atan2(re)))
        }),
        ("polar", |vm, a| {
            let (re, im) = arg(vm, a, 0)?;
            let r = re.hypot(im);
            if r.is_infinite() && re.is_finite() && im.is_finite() {
                return Err(vm.err("OverflowError", "math range error"));
            }
            Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(im.atan2(re))]))
        }),
        ("rect", rect),
        ("isfinite", |vm, a| arg(vm, a, 0).map(|(re, im)| Value::Bool(re.is_finite() && im.is_finite()))),
        ("isinf", |vm, a| arg(vm, a, 0).map(|(re, im)| Value::Bool(re.is_infinite() || im.is_infinite()))),
        ("isnan", |vm, a| arg(vm, a, 0).map(|(re, im)| Value::Bool(re.is_nan() || im.is_nan()))),
        ("isclose", isclose),
    ];
    for (name, f) in unary {
        add_fn(vm, m, name, *f);
    }
}

/// A number argument as a complex: complex, float, int, or an object with
/// `__complex__`, `__float__` or `__index__`.
fn arg(vm: &mut Vm, a: &Args, i: usize) -> PResult<C> {
    let v = a.get(i).unwrap_or(Value::None);
    let s = vm.special.clone();
    let v = match vm.numeric_special(v, &[s.complex, s.float, s.index], vec![])? {
        Ok(r) | Err(r) => r,
    };
    if let Value::Obj(r) = v {
        if let Object::Complex(re, im) = vm.heap.get(r) {
            return Ok((*re, *im));
        }
    }
    match vm.to_f64(v)? {
        Some(x) => Ok((x, 0.0)),
        None => {
            let msg = format!("must be real number, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// Applies `f`; a finite argument with a non-finite result is an error.
fn apply(vm: &mut Vm, a: &Args, f: fn(C) -> C, can_overflow: bool) -> PResult<Value> {
    let z = arg(vm, a, 0)?;
    let r = f(z);
    result(vm, z, r, can_overflow)
}

fn result(vm: &mut Vm, z: C, r: C, can_overflow: bool) -> PResult<Value> {
    let finite = |c: C| c.0.is_finite() && c.1.is_finite();
    if finite(z) && !finite(r) {
        return Err(if can_overflow && (r.0.is_infinite() || r.1.is_infinite()) {
            vm.err("OverflowError", "math range error")
        } else {
            vm.value_error("math domain error")
        });
    }
    Ok(vm.heap.alloc_value(Object::Complex(r.0, r.1)))
}

fn times_i((re, im): C) -> C {
    (-im, re)
}

fn times_minus_i((re, im): C) -> C {
    (im, -re)
}

fn divide((re, im): C, k: f64) -> C {
    (re / k, im / k)
}

/// log|z| for a huge z, without overflowing (`log(hypot(x/2, y/2)) + 2·ln 2`).
fn log_abs_large((re, im): C) -> f64 {
    (re / 2.0).hypot(im / 2.0).ln() + LN_2 * 2.0
}

fn sqrt((re, im): C) -> C {
    if re == 0.0 && im == 0.0 {
        return (0.0, im);
    }
    let (mut ax, ay) = (re.abs(), im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up by 2**53, down by 2**27.
        ax = libm::ldexp(ax, 53);
        libm::ldexp((ax + ax.hypot(libm::ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if re >= 0.0 {
        (s, d.copysign(im))
    } else {
        (d, s.copysign(im))
    }
}

fn exp((re, im): C) -> C {
    if re > LOG_LARGE_DOUBLE {
        let l = (re - 1.0).exp();
        (l * im.cos() * E, l * im.sin() * E)
    } else {
        let l = re.exp();
        (l * im.cos(), l * im.sin())
    }
}

fn log((re, im): C) -> C {
    let (ax, ay) = (re.abs(), im.abs());
    let real = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::ldexp(ax, 53).hypot(libm::ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            f64::NEG_INFINITY
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (real, im.atan2(re))
}

/// `log(z[, base])`.
fn log_fn(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let z = arg(vm, a, 0)?;
    let mut r = log(z);
    if a.get(1).is_some() {
        let b = arg(vm, a, 1)?;
        let lb = log(b);
        match crate::semantics::complex_ops::quotient(r, lb) {
            Some(q) => r = q,
            None => return Err(vm.err("ZeroDivisionError", "complex division by zero")),
        }
        if z.0.is_finite()
            && z.1.is_finite()
            && b.0.is_finite()
            && b.1.is_finite()
            && !(r.0.is_finite() && r.1.is_finite())
        {
            return Err(vm.value_error("math domain error"));
        }
    }
    result(vm, z, r, false)
}

fn sinh((re, im): C) -> C {
    if re.abs() > LOG_LARGE_DOUBLE {
        let x_minus_one = re - 1.0_f64.copysign(re);
        (x_minus_one.sinh() * im.cos() * E, x_minus_one.cosh() * im.sin() * E)
    } else {
        (re.sinh() * im.cos(), re.cosh() * im.sin())
    }
}

fn cosh((re, im): C) -> C {
    if re.abs() > LOG_LARGE_DOUBLE {
        let x_minus_one = re - 1.0_f64.copysign(re);
        (x_minus_one.cosh() * im.cos() * E, x_minus_one.sinh() * im.sin() * E)
    } else {
        (re.cosh() * im.cos(), re.sinh() * im.sin())
    }
}

fn tanh((re, im): C) -> C {
    if re.abs() > LOG_LARGE_DOUBLE {
        (1.0_f64.copysign(re), 4.0 * im.sin() * im.cos() * (-2.0 * re.abs()).exp())
    } else {
        let (tx, ty) = (re.tanh(), im.tan());
        let cx = 1.0 / re.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn asinh((re, im): C) -> C {
    if re.abs() > LARGE_DOUBLE || im.abs() > LARGE_DOUBLE {
        let real = if im >= 0.0 {
            log_abs_large((re, im)).copysign(re)
        } else {
            -log_abs_large((re, im)).copysign(-re)
        };
        return (real, im.atan2(re.abs()));
    }
    let s1 = sqrt((1.0 + im, -re));
    let s2 = sqrt((1.0 - im, re));
    (libm::asinh(s1.0 * s2.1 - s2.0 * s1.1), im.atan2(s1.0 * s2.0 - s1.1 * s2.1))
}

fn acos((re, im): C) -> C {
    if re.abs() > LARGE_DOUBLE || im.abs() > LARGE_DOUBLE {
        let l = log_abs_large((re, im));
        let imag = if re < 0.0 { -l.copysign(im) } else { l.copysign(-im) };
        return (im.abs().atan2(re), imag);
    }
    let s1 = sqrt((1.0 - re, -im));
    let s2 = sqrt((1.0 + re, im));
    (2.0 * s1.0.atan2(s2.0), libm::asinh(s2.0 * s1.1 - s2.1 * s1.0))
}

fn acosh((re, im): C) -> C {
    if re.abs() > LARGE_DOUBLE || im.abs() > LARGE_DOUBLE {
        return (log_abs_large((re, im)), im.atan2(re));
    }
    let s1 = sqrt((re - 1.0, im));
    let s2 = sqrt((re + 1.0, im));
    (libm::asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
}

fn atanh((re, im): C) -> C {
    // atanh(z) = -atanh(-z) reduces to re >= 0.
    if re < 0.0 {
        let (r, i) = atanh((-re, -im));
        return (-r, -i);
    }
    let ay = im.abs();
    if re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE {
        // atanh(z) ≈ 1/z ± iπ/2 for a huge z.
        let h = (re / 2.0).hypot(im / 2.0);
        return (re / 4.0 / h / h, -(PI / 2.0).copysign(-im));
    }
    if re == 1.0 && ay < 1.4916681462400413e-154 {
        if ay == 0.0 {
            return (f64::INFINITY, im);
        }
        return (-((ay.sqrt()) / ay.hypot(2.0).sqrt()).ln(), (2.0_f64.atan2(-ay) / 2.0).copysign(im));
    }
    (
        (4.0 * re / ((1.0 - re) * (1.0 - re) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * im).atan2((1.0 - re) * (1.0 + re) - ay * ay) / 2.0,
    )
}

/// `rect(r, phi)`: r·(cos φ + i·sin φ).
fn rect(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (r, phi) = (arg(vm, a, 0)?, arg(vm, a, 1)?);
    if r.1 != 0.0 || phi.1 != 0.0 {
        return Err(vm.type_error("must be real number, not complex"));
    }
    let (r, phi) = (r.0, phi.0);
    // As CPython: phi == 0 keeps the sign of a zero imaginary part exact.
    let z = if phi == 0.0 { (r, r * phi) } else { (r * phi.cos(), r * phi.sin()) };
    result(vm, (r, phi), z, true)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (x, y) = (arg(vm, a, 0)?, arg(vm, a, 1)?);
    let mut tol = [1e-9, 0.0];
    for (slot, name) in tol.iter_mut().zip(["rel_tol", "abs_tol"]) {
        if let Some(v) = a.kwarg(vm, name) {
            match vm.to_f64(v)? {
                Some(t) => *slot = t,
                None => {
                    let msg = format!("must be real number, not {}", vm.type_name(v));
                    return Err(vm.type_error(msg));
                }
            }
        }
    }
    let [rel, abs] = tol;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let close = diff <= rel * y.0.hypot(y.1) || diff <= rel * x.0.hypot(x.1) || diff <= abs;
    Ok(Value::Bool(close))
}
