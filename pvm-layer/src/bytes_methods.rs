//! The common methods of `bytes` and `bytearray` (each returns the
//! receiver's type): searching, splitting, stripping, case, `hex`/`fromhex`.

use crate::call::Args;
use crate::object::{Builtin, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::Value;
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm) {
    let table: &[(&'static str, NativeFn)] = &[
        ("hex", |vm, a| {
            let b = this(vm, a)?;
            let s: String = b.iter().map(|c| format!("{c:02x}")).collect();
            Ok(vm.new_str(s))
        }),
        ("fromhex", fromhex),
        ("upper", |vm, a| map(vm, a, |b| b.to_ascii_uppercase())),
        ("lower", |vm, a| map(vm, a, |b| b.to_ascii_lowercase())),
        ("strip", |vm, a| strip(vm, a, true, true)),
        ("lstrip", |vm, a| strip(vm, a, true, false)),
        ("rstrip", |vm, a| strip(vm, a, false, true)),
        ("startswith", |vm, a| {
            let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
            Ok(Value::Bool(b.starts_with(&p)))
        }),
        ("endswith", |vm, a| {
            let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
            Ok(Value::Bool(b.ends_with(&p)))
        }),
        ("find", |vm, a| {
            let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
            Ok(Value::Int(find(&b, &p).map_or(-1, |i| i as i64)))
        }),
        ("index", |vm, a| {
            let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
            match find(&b, &p) {
                Some(i) => Ok(Value::Int(i as i64)),
                None => Err(vm.value_error("subsection not found")),
            }
        }),
        ("count", |vm, a| {
            let (b, p) = (this(vm, a)?, arg(vm, a, 1)?);
            Ok(Value::Int(split_on(&b, &p, usize::MAX).len() as i64 - 1))
        }),
        ("replace", |vm, a| {
            let (b, old, new) = (this(vm, a)?, arg(vm, a, 1)?, arg(vm, a, 2)?);
            let parts = split_on(&b, &old, usize::MAX);
            make(vm, a, parts.join(&new[..]))
        }),
        ("split", |vm, a| {
            let b = this(vm, a)?;
            let parts: Vec<Vec<u8>> = match a.arg(vm, 1, "sep") {
                None | Some(Value::None) => {
                    b.split(u8::is_ascii_whitespace).filter(|p| !p.is_empty()).map(<[u8]>::to_vec).collect()
                }
                Some(_) => {
                    let sep = arg(vm, a, 1)?;
                    if sep.is_empty() {
                        return Err(vm.value_error("empty separator"));
                    }
                    split_on(&b, &sep, usize::MAX)
                }
            };
            let mut items = Vec::with_capacity(parts.len());
            for p in parts {
                items.push(make(vm, a, p)?);
            }
            Ok(vm.new_list(items))
        }),
        ("join", |vm, a| {
            let sep = this(vm, a)?;
            let items = vm.collect_iter(a.get(1).unwrap_or(Value::None))?;
            let mut out = Vec::new();
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                match bytes_of(vm, *v) {
                    Some(b) => out.extend(b),
                    None => {
                        let msg = format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            vm.type_name(*v)
                        );
                        return Err(vm.type_error(msg));
                    }
                }
            }
            make(vm, a, out)
        }),
    ];
    for kind in [TypeKind::Bytes, TypeKind::ByteArray] {
        let owner = if kind == TypeKind::Bytes { "bytes" } else { "bytearray" };
        let t = vm.types.get(kind);
        let dict = match vm.heap.get(t) {
            Object::Type(t) => t.dict,
            _ => continue,
        };
        for (name, func) in table {
            let f = vm.heap.alloc_value(Object::Builtin(Builtin { name, func: *func, owner: Some(owner) }));
            vm.dict_set_name(dict, name, f);
        }
    }
}

fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn this(vm: &mut Vm, a: &Args) -> PResult<Vec<u8>> {
    match a.get(0).and_then(|v| bytes_of(vm, v)) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

fn arg(vm: &mut Vm, a: &Args, i: usize) -> PResult<Vec<u8>> {
    let v = a.get(i).unwrap_or(Value::None);
    match bytes_of(vm, v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// A result of the receiver's type.
fn make(vm: &mut Vm, a: &Args, b: Vec<u8>) -> PResult<Value> {
    let array = matches!(a.get(0), Some(Value::Obj(r)) if matches!(vm.heap.get(r), Object::ByteArray(_)));
    Ok(vm.heap.alloc_value(if array { Object::ByteArray(b) } else { Object::Bytes(b) }))
}

fn map(vm: &mut Vm, a: &Args, f: fn(&[u8]) -> Vec<u8>) -> PResult<Value> {
    let b = this(vm, a)?;
    make(vm, a, f(&b))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn split_on(b: &[u8], sep: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = b;
    if sep.is_empty() {
        return vec![b.to_vec(); 1].into_iter().chain(std::iter::repeat(Vec::new()).take(b.len())).collect();
    }
    while out.len() < max {
        match find(rest, sep) {
            Some(i) => {
                out.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out
}

fn strip(vm: &mut Vm, a: &Args, left: bool, right: bool) -> PResult<Value> {
    let b = this(vm, a)?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(_) => Some(arg(vm, a, 1)?),
    };
    let strip_it = |c: &u8| match &chars {
        Some(cs) => cs.contains(c),
        None => c.is_ascii_whitespace() || *c == 0x0b,
    };
    let mut s = &b[..];
    while left && s.first().is_some_and(strip_it) {
        s = &s[1..];
    }
    while right && s.last().is_some_and(strip_it) {
        s = &s[..s.len() - 1];
    }
    let s = s.to_vec();
    make(vm, a, s)
}

fn fromhex(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let text = a.get(0).and_then(|v| vm.str_of(v)).unwrap_or("").to_string();
    let mut out = Vec::new();
    let digits: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < digits.len() {
        let (pos, c) = digits[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16);
        let lo = digits.get(i + 1).and_then(|(_, d)| d.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                let at = digits.get(i + 1).map_or(pos + 1, |(p, _)| *p);
                let msg = format!("non-hexadecimal number found in fromhex() arg at position {at}");
                return Err(vm.value_error(msg));
            }
            _ => {
                let msg = format!("non-hexadecimal number found in fromhex() arg at position {pos}");
                return Err(vm.value_error(msg));
            }
        }
        i += 2;
    }
    Ok(vm.heap.alloc_value(Object::Bytes(out)))
}
