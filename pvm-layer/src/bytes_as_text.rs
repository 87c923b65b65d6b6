//! The `bytes`/`bytearray` methods whose rules are `str`'s, byte for
//! character: padding, partitioning, searching from the right, splitting at
//! a separator, tabs. Each runs `semantics::str_methods` on the bytes read
//! as Latin-1 text (one character per byte, so that indices and widths
//! agree) and turns the result back into bytes. What is ASCII-only for bytes
//! — whitespace, line breaks, letter case and the `is...` tests — is written
//! on the bytes here instead.

use crate::call::Args;
use crate::object::NativeFn;
use crate::semantics::str_methods as sm;
use crate::semantics::PyResult;
use crate::strings::int_arg;
use crate::value::Value;
use crate::vm::{PResult, Vm};

use crate::bytes_methods::{arg, make, this};

/// The methods, for `bytes` and `bytearray` alike.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("center", |vm, a| pad(vm, a, "center", sm::center)),
    ("ljust", |vm, a| pad(vm, a, "ljust", sm::ljust)),
    ("rjust", |vm, a| pad(vm, a, "rjust", sm::rjust)),
    ("zfill", |vm, a| {
        let b = this(vm, a)?;
        let width = int_arg(vm, a.get(1).unwrap_or(Value::None))?;
        let r = sm::zfill(&text(&b), width);
        result(vm, a, r)
    }),
    ("expandtabs", |vm, a| {
        let b = this(vm, a)?;
        let size = match a.arg(vm, 1, "tabsize") {
            Some(v) => int_arg(vm, v)?,
            None => 8,
        };
        let r = sm::expandtabs(&text(&b), size);
        result(vm, a, r)
    }),
    ("partition", |vm, a| partition(vm, a, sm::partition)),
    ("rpartition", |vm, a| partition(vm, a, sm::rpartition)),
    ("find", |vm, a| {
        let (b, sub, start, end) = search_args(vm, a)?;
        Ok(Value::Int(sm::find(&text(&b), &text(&sub), start, end)))
    }),
    ("index", |vm, a| {
        let (b, sub, start, end) = search_args(vm, a)?;
        match sm::find(&text(&b), &text(&sub), start, end) {
            -1 => Err(vm.value_error("subsection not found")),
            i => Ok(Value::Int(i)),
        }
    }),
    ("count", |vm, a| {
        let (b, sub, start, end) = search_args(vm, a)?;
        Ok(Value::Int(sm::count(&text(&b), &text(&sub), start, end)))
    }),
    ("rfind", |vm, a| {
        let (b, sub, start, end) = search_args(vm, a)?;
        Ok(Value::Int(sm::rfind(&text(&b), &text(&sub), start, end)))
    }),
    ("rindex", |vm, a| {
        let (b, sub, start, end) = search_args(vm, a)?;
        match sm::rfind(&text(&b), &text(&sub), start, end) {
            -1 => Err(vm.value_error("subsection not found")),
            i => Ok(Value::Int(i)),
        }
    }),
    ("split", |vm, a| split(vm, a, false)),
    ("rsplit", |vm, a| split(vm, a, true)),
    ("splitlines", splitlines),
    ("removeprefix", |vm, a| {
        let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
        let r = b.strip_prefix(&p[..]).unwrap_or(&b).to_vec();
        make(vm, a, r)
    }),
    ("removesuffix", |vm, a| {
        let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
        let r = b.strip_suffix(&p[..]).unwrap_or(&b).to_vec();
        make(vm, a, r)
    }),
    ("capitalize", |vm, a| {
        let b = this(vm, a)?;
        let r =
            b.iter()
                .enumerate()
                .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() });
        make(vm, a, r.collect())
    }),
    ("swapcase", |vm, a| {
        let b = this(vm, a)?;
        let swap =
            |c: &u8| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
        make(vm, a, b.iter().map(swap).collect())
    }),
    ("title", |vm, a| {
        let b = this(vm, a)?;
        let mut after_letter = false;
        let mut out = Vec::with_capacity(b.len());
        for c in b {
            out.push(if after_letter { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
            after_letter = c.is_ascii_alphabetic();
        }
        make(vm, a, out)
    }),
    ("isalnum", |vm, a| all_of(vm, a, u8::is_ascii_alphanumeric)),
    ("isalpha", |vm, a| all_of(vm, a, u8::is_ascii_alphabetic)),
    ("isdigit", |vm, a| all_of(vm, a, u8::is_ascii_digit)),
    ("isspace", |vm, a| all_of(vm, a, is_space)),
    ("isascii", |vm, a| {
        let b = this(vm, a)?;
        Ok(Value::Bool(b.is_ascii()))
    }),
    ("islower", |vm, a| cased(vm, a, u8::is_ascii_lowercase, u8::is_ascii_uppercase)),
    ("isupper", |vm, a| cased(vm, a, u8::is_ascii_uppercase, u8::is_ascii_lowercase)),
    ("istitle", |vm, a| {
        let b = this(vm, a)?;
        Ok(Value::Bool(istitle(&b)))
    }),
];

/// The bytes as Latin-1 text: a character per byte.
fn text(b: &[u8]) -> String {
    b.iter().map(|&c| char::from(c)).collect()
}

/// Latin-1 text back to bytes (every character below 256).
fn bytes(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

fn result(vm: &mut Vm, a: &Args, r: PyResult<String>) -> PResult<Value> {
    match r {
        Ok(s) => make(vm, a, bytes(&s)),
        Err(e) => Err(vm.raise(e)),
    }
}

/// `bytes.isspace()`'s whitespace: ASCII's, with the vertical tab.
fn is_space(c: &u8) -> bool {
    c.is_ascii_whitespace() || *c == 0x0b
}

fn pad(vm: &mut Vm, a: &Args, name: &str, f: fn(&str, i64, char) -> PyResult<String>) -> PResult<Value> {
    let b = this(vm, a)?;
    let width = int_arg(vm, a.get(1).unwrap_or(Value::None))?;
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match vm.bytes_like(v) {
            Some([c]) => *c,
            _ => {
                let msg =
                    format!("{name}() argument 2 must be a byte string of length 1, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    let r = f(&text(&b), width, char::from(fill));
    result(vm, a, r)
}

fn partition(
    vm: &mut Vm,
    a: &Args,
    f: fn(&str, &str) -> PyResult<(String, String, String)>,
) -> PResult<Value> {
    let (b, sep) = (this(vm, a)?, arg(vm, a, 1)?);
    match f(&text(&b), &text(&sep)) {
        Ok((head, mid, tail)) => {
            let parts = [head, mid, tail].map(|p| make(vm, a, bytes(&p)));
            let [head, mid, tail] = parts;
            let items = vec![head?, mid?, tail?];
            Ok(vm.new_tuple(items))
        }
        Err(e) => Err(vm.raise(e)),
    }
}

/// The receiver, the subsequence (bytes, or an int for one byte) and the
/// optional `start`/`end` of a search.
fn search_args(vm: &mut Vm, a: &Args) -> PResult<(Vec<u8>, Vec<u8>, Option<i64>, Option<i64>)> {
    let b = this(vm, a)?;
    let needle = a.get(1).unwrap_or(Value::None);
    let sub = match vm.bytes_like(needle) {
        Some(sub) => sub.to_vec(),
        None if matches!(needle, Value::Int(_) | Value::Bool(_)) => {
            let byte = int_arg(vm, needle)?;
            match u8::try_from(byte) {
                Ok(byte) => vec![byte],
                Err(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
            }
        }
        None => {
            let msg =
                format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(needle));
            return Err(vm.type_error(msg));
        }
    };
    let mut window = [None, None];
    for (slot, i) in window.iter_mut().zip([2, 3]) {
        match a.get(i) {
            None | Some(Value::None) => {}
            Some(v) => match vm.slice_bound(v)? {
                Some(n) => *slot = Some(n),
                None => {
                    return Err(
                        vm.type_error("slice indices must be integers or None or have an __index__ method")
                    )
                }
            },
        }
    }
    let [start, end] = window;
    Ok((b, sub, start, end))
}

/// `split`/`rsplit([sep[, maxsplit]])`: at `sep` by `str`'s rule, else at
/// runs of ASCII whitespace.
fn split(vm: &mut Vm, a: &Args, from_right: bool) -> PResult<Value> {
    let b = this(vm, a)?;
    let maxsplit = match a.arg(vm, 2, "maxsplit") {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let parts = match a.arg(vm, 1, "sep") {
        None | Some(Value::None) => split_whitespace(&b, maxsplit, from_right),
        Some(_) => {
            let sep = arg(vm, a, 1)?;
            let f = if from_right { sm::rsplit } else { sm::split };
            match f(&text(&b), Some(&text(&sep)), maxsplit) {
                Ok(parts) => parts.iter().map(|p| bytes(p)).collect(),
                Err(e) => return Err(vm.raise(e)),
            }
        }
    };
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(make(vm, a, p)?);
    }
    Ok(vm.new_list(items))
}

/// Runs of ASCII whitespace separate the words; at most `maxsplit` splits
/// (negative: no limit), counted from the right for `rsplit`.
fn split_whitespace(b: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut words = Vec::new();
    let mut rest: Vec<u8> = if from_right { b.iter().rev().copied().collect() } else { b.to_vec() };
    loop {
        let start = rest.iter().position(|c| !is_space(c)).unwrap_or(rest.len());
        rest.drain(..start);
        if rest.is_empty() {
            break;
        }
        if words.len() == limit {
            words.push(std::mem::take(&mut rest));
            break;
        }
        let end = rest.iter().position(is_space).unwrap_or(rest.len());
        words.push(rest.drain(..end).collect());
    }
    if from_right {
        words.reverse();
        for w in &mut words {
            w.reverse();
        }
    }
    words
}

/// `splitlines([keepends])`: at `\n`, `\r` and `\r\n` only.
fn splitlines(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let b = this(vm, a)?;
    let keep = match a.arg(vm, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let brk = match (b[i], b.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if brk == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + brk } else { i };
        lines.push(b[start..end].to_vec());
        i += brk;
        start = i;
    }
    if start < b.len() {
        lines.push(b[start..].to_vec());
    }
    let mut items = Vec::with_capacity(lines.len());
    for line in lines {
        items.push(make(vm, a, line)?);
    }
    Ok(vm.new_list(items))
}

/// Whether every byte passes `test` (false for no bytes).
fn all_of(vm: &mut Vm, a: &Args, test: fn(&u8) -> bool) -> PResult<Value> {
    let b = this(vm, a)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(test)))
}

/// `islower`/`isupper`: some byte of the case `is`, none of the case `not`.
fn cased(vm: &mut Vm, a: &Args, is: fn(&u8) -> bool, not: fn(&u8) -> bool) -> PResult<Value> {
    let b = this(vm, a)?;
    Ok(Value::Bool(b.iter().any(is) && !b.iter().any(not)))
}

/// Uppercase bytes only after uncased ones, lowercase only after cased
/// ones, and at least one cased byte.
fn istitle(b: &[u8]) -> bool {
    let (mut any_cased, mut after_cased) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if after_cased {
                return false;
            }
            (any_cased, after_cased) = (true, true);
        } else if c.is_ascii_lowercase() {
            if !after_cased {
                return false;
            }
            (any_cased, after_cased) = (true, true);
        } else {
            after_cased = false;
        }
    }
    any_cased
}
