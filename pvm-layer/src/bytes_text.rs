//! The `str`-like methods of `bytes` and `bytearray` (searching, splitting,
//! padding, case, the `is...` predicates), by the rules of
//! `semantics::str_methods` applied to a text view of the bytes: ASCII
//! bytes are themselves, and the bytes from 0x80 are private-use characters,
//! which have no case and are neither letters, digits nor spaces — exactly
//! what the bytes methods, ASCII-only, make of them. Whitespace and line
//! breaks are the exceptions (`str` counts `\x1c`..`\x1f` and `\x85`), so
//! splitting on whitespace, `splitlines` and `isspace` are written here.

use crate::bytes_methods::{arg, make, this};
use crate::call::Args;
use crate::object::{NativeFn, Object};
use crate::semantics::str_methods as sm;
use crate::semantics::PyResult;
use crate::strings::{bound, int_arg};
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// The first private-use character, standing for byte 0x80.
const HIGH: u32 = 0xE000;

fn text(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c < 0x80 { c as char } else { char::from_u32(HIGH + u32::from(c)).unwrap_or('?') })
        .collect()
}

fn bytes(s: &str) -> Vec<u8> {
    s.chars().map(|c| if (c as u32) < 0x80 { c as u8 } else { (c as u32 - HIGH) as u8 }).collect()
}

/// `bytes.isspace`'s whitespace, which `split()` and `strip()` use too.
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", |vm, a| map(vm, a, sm::upper)),
    ("lower", |vm, a| map(vm, a, sm::lower)),
    ("capitalize", |vm, a| map(vm, a, sm::capitalize)),
    ("swapcase", |vm, a| map(vm, a, sm::swapcase)),
    ("title", |vm, a| map(vm, a, sm::title)),
    ("isalnum", |vm, a| pred(vm, a, sm::isalnum)),
    ("isalpha", |vm, a| pred(vm, a, sm::isalpha)),
    ("isascii", |vm, a| pred(vm, a, sm::isascii)),
    ("isdigit", |vm, a| pred(vm, a, sm::isdigit)),
    ("islower", |vm, a| pred(vm, a, sm::islower)),
    ("isupper", |vm, a| pred(vm, a, sm::isupper)),
    ("istitle", |vm, a| pred(vm, a, sm::istitle)),
    ("isspace", |vm, a| {
        let b = this(vm, a)?;
        Ok(Value::Bool(!b.is_empty() && b.iter().all(|&c| is_space(c))))
    }),
    ("find", |vm, a| search(vm, a, |s, t, b, e| Ok(sm::find(s, t, b, e)))),
    ("rfind", |vm, a| search(vm, a, |s, t, b, e| Ok(sm::rfind(s, t, b, e)))),
    ("count", |vm, a| search(vm, a, |s, t, b, e| Ok(sm::count(s, t, b, e)))),
    ("index", |vm, a| search(vm, a, |s, t, b, e| found(sm::find(s, t, b, e)))),
    ("rindex", |vm, a| search(vm, a, |s, t, b, e| found(sm::rfind(s, t, b, e)))),
    ("startswith", |vm, a| affix(vm, a, "startswith", sm::startswith)),
    ("endswith", |vm, a| affix(vm, a, "endswith", sm::endswith)),
    ("replace", |vm, a| {
        let (b, old, new) = (this(vm, a)?, arg(vm, a, 1)?, arg(vm, a, 2)?);
        let count = match a.get(3) {
            Some(v) => int_arg(vm, v)?,
            None => -1,
        };
        let r = sm::replace(&text(&b), &text(&old), &text(&new), count);
        result(vm, a, r)
    }),
    ("split", |vm, a| split(vm, a, false)),
    ("rsplit", |vm, a| split(vm, a, true)),
    ("splitlines", splitlines),
    ("partition", |vm, a| partition(vm, a, sm::partition)),
    ("rpartition", |vm, a| partition(vm, a, sm::rpartition)),
    ("center", |vm, a| pad(vm, a, "center", sm::center)),
    ("ljust", |vm, a| pad(vm, a, "ljust", sm::ljust)),
    ("rjust", |vm, a| pad(vm, a, "rjust", sm::rjust)),
    ("zfill", |vm, a| {
        let b = this(vm, a)?;
        let w = int_arg(vm, a.get(1).unwrap_or(Value::None))?;
        let r = sm::zfill(&text(&b), w);
        result(vm, a, r)
    }),
    ("expandtabs", |vm, a| {
        let b = this(vm, a)?;
        let n = match a.arg(vm, 1, "tabsize") {
            Some(v) => int_arg(vm, v)?,
            None => 8,
        };
        let r = sm::expandtabs(&text(&b), n);
        result(vm, a, r)
    }),
    ("removeprefix", |vm, a| {
        let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
        let out = b.strip_prefix(&p[..]).unwrap_or(&b).to_vec();
        make(vm, a, out)
    }),
    ("removesuffix", |vm, a| {
        let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
        let out = b.strip_suffix(&p[..]).unwrap_or(&b).to_vec();
        make(vm, a, out)
    }),
];

fn result(vm: &mut Vm, a: &Args, r: PyResult<String>) -> PResult<Value> {
    match r {
        Ok(s) => make(vm, a, bytes(&s)),
        Err(e) => Err(vm.raise(e)),
    }
}

fn map(vm: &mut Vm, a: &Args, f: fn(&str) -> String) -> PResult<Value> {
    let b = this(vm, a)?;
    make(vm, a, bytes(&f(&text(&b))))
}

fn pred(vm: &mut Vm, a: &Args, f: fn(&str) -> bool) -> PResult<Value> {
    let b = this(vm, a)?;
    Ok(Value::Bool(f(&text(&b))))
}

/// `index`/`rindex`: a position, or CPython's error for bytes.
fn found(i: i64) -> PyResult<i64> {
    if i < 0 {
        return crate::semantics::value_error("subsection not found");
    }
    Ok(i)
}

type Search = fn(&str, &str, Option<i64>, Option<i64>) -> PyResult<i64>;

/// `find`, `count`, `index`...: the needle is bytes or a single byte (an int).
fn search(vm: &mut Vm, a: &Args, f: Search) -> PResult<Value> {
    let b = this(vm, a)?;
    let needle = match a.get(1) {
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = int_arg(vm, v)?;
            vec![u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))?]
        }
        Some(v) => match vm.bytes_like(v) {
            Some(needle) => needle.to_vec(),
            None => {
                let msg =
                    format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
        None => arg(vm, a, 1)?,
    };
    let (start, end) = (bound(vm, a.get(2))?, bound(vm, a.get(3))?);
    match f(&text(&b), &text(&needle), start, end) {
        Ok(i) => Ok(Value::Int(i)),
        Err(e) => Err(vm.raise(e)),
    }
}

fn affix(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PResult<Value> {
    let b = text(&this(vm, a)?);
    let (start, end) = (bound(vm, a.get(2))?, bound(vm, a.get(3))?);
    let given = a.get(1).unwrap_or(Value::None);
    let options = match given {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_)) => {
            vm.seq_items(given).unwrap_or_default()
        }
        _ => vec![given],
    };
    for o in options {
        let Some(p) = vm.bytes_like(o).map(text) else {
            let msg = format!("{name} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(o));
            return Err(vm.type_error(msg));
        };
        if f(&b, &p, start, end) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `split`/`rsplit`: on a separator by the `str` rules, on runs of ASCII
/// whitespace without one.
fn split(vm: &mut Vm, a: &Args, right: bool) -> PResult<Value> {
    let b = this(vm, a)?;
    let maxsplit = match a.arg(vm, 2, "maxsplit") {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let parts = match a.arg(vm, 1, "sep") {
        None | Some(Value::None) => split_whitespace(&b, maxsplit, right),
        Some(v) => {
            let Some(sep) = vm.bytes_like(v).map(text) else {
                let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
                return Err(vm.type_error(msg));
            };
            let f = if right { sm::rsplit } else { sm::split };
            match f(&text(&b), Some(&sep), maxsplit) {
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

/// CPython's whitespace split: runs of whitespace separate, the ends are
/// trimmed, and after `maxsplit` splits the rest is one part, as it is.
fn split_whitespace(b: &[u8], maxsplit: i64, right: bool) -> Vec<Vec<u8>> {
    let mut work: Vec<u8> = b.to_vec();
    if right {
        work.reverse();
    }
    let mut parts = Vec::new();
    let mut i = 0;
    let n = work.len();
    loop {
        while i < n && is_space(work[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if maxsplit >= 0 && parts.len() as i64 == maxsplit {
            parts.push(work[i..].to_vec());
            break;
        }
        let start = i;
        while i < n && !is_space(work[i]) {
            i += 1;
        }
        parts.push(work[start..i].to_vec());
    }
    if right {
        parts.reverse();
        for p in &mut parts {
            p.reverse();
        }
    }
    parts
}

/// `splitlines(keepends=False)`: only `\n`, `\r` and `\r\n` end a line.
fn splitlines(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let b = this(vm, a)?;
    let keep = match a.arg(vm, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut items = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let end_len = match (b[i], b.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if end_len == 0 {
            i += 1;
            continue;
        }
        let stop = if keep { i + end_len } else { i };
        items.push(make(vm, a, b[start..stop].to_vec())?);
        i += end_len;
        start = i;
    }
    if start < b.len() {
        items.push(make(vm, a, b[start..].to_vec())?);
    }
    Ok(vm.new_list(items))
}

type Partitioner = fn(&str, &str) -> PyResult<(String, String, String)>;

fn partition(vm: &mut Vm, a: &Args, f: Partitioner) -> PResult<Value> {
    let (b, sep) = (this(vm, a)?, arg(vm, a, 1)?);
    match f(&text(&b), &text(&sep)) {
        Ok((x, y, z)) => {
            let items = vec![make(vm, a, bytes(&x))?, make(vm, a, bytes(&y))?, make(vm, a, bytes(&z))?];
            Ok(vm.new_tuple(items))
        }
        Err(e) => Err(vm.raise(e)),
    }
}

fn pad(vm: &mut Vm, a: &Args, name: &str, f: fn(&str, i64, char) -> PyResult<String>) -> PResult<Value> {
    let b = this(vm, a)?;
    let w = int_arg(vm, a.get(1).unwrap_or(Value::None))?;
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match vm.bytes_like(v) {
            Some(&[c]) => c,
            _ => {
                let msg =
                    format!("{name}() argument 2 must be a byte string of length 1, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    let r = f(&text(&b), w, text(&[fill]).chars().next().unwrap_or(' '));
    result(vm, a, r)
}
