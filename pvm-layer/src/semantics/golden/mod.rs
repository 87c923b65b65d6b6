//! Golden tests: every case in the `*.txt` files beside this one was computed
//! by CPython 3.11 (`gen_golden.py`, which says how to regenerate them).
//! Each test renders our result the way the generator rendered Python's and
//! compares the text.

use super::PyResult;
use compiler_layer::syntax::pyrepr::float_repr;
use num_bigint::BigInt;

mod float_ops;
mod format;
mod hash;
mod int_ops;
mod printf;
mod str_format;
mod str_methods;

/// Undoes the generator's escaping of one field.
pub(super) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('u') => {
                let hex: String = it.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

/// `ok:value` or `err:Class:message`, as the generator writes a result.
pub(super) fn render<T>(r: PyResult<T>, f: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => format!("ok:{}", f(v)),
        Err(e) => format!("err:{}:{}", e.class_name(), e.message()),
    }
}

pub(super) fn fr(x: f64) -> String {
    float_repr(x)
}

pub(super) fn int(s: &str) -> BigInt {
    s.parse().unwrap()
}

pub(super) fn float(s: &str) -> f64 {
    match s {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "nan" => f64::NAN,
        _ => s.parse().unwrap(),
    }
}

/// Runs every line of `data` through `run` (which gets the operation and its
/// arguments and returns the rendered result) and reports all mismatches.
pub(super) fn check(name: &str, data: &str, run: impl Fn(&str, &[String]) -> String) {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines() {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let (op, rest) = fields.split_first().unwrap();
        let (expected, args) = rest.split_last().unwrap();
        let got = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(op, args)))
            .unwrap_or_else(|_| "PANIC".to_string());
        n += 1;
        if &got != expected {
            failures.push(format!("{op}{args:?}\n    expected {expected:?}\n    got      {got:?}"));
        }
    }
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(40).map(|f| cut(f)).collect();
        panic!("{name}: {} of {n} cases differ:\n{}", failures.len(), shown.join("\n"));
    }
}

fn cut(s: &str) -> String {
    if s.len() > 600 {
        let mut end = 600;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}...", &s[..end])
    } else {
        s.to_string()
    }
}
