//! The methods of `bytes` and `bytearray`: installing them all (the
//! searching and splitting ones are in `bytes_search`, the `str`-like
//! transformations in `bytes_text`, argument checking in `bytes_args`),
//! and here `hex`/`fromhex`, `maketrans`/`translate`, `decode`, and the
//! mutators only `bytearray` has (`append`, `extend`, ...).

use crate::bytes_args::{byte_arg, bytes_arg, check, int_or, view, Owner, Parse};
use crate::bytes_search::make;
use crate::call::Args;
use crate::object::{Builtin, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::Value;
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm) {
    install_type::<false>(vm, TypeKind::Bytes);
    install_type::<true>(vm, TypeKind::ByteArray);
}

/// Installs the methods of `bytes` (`ARRAY` false) or `bytearray` on `kind`.
fn install_type<const ARRAY: bool>(vm: &mut Vm, kind: TypeKind) {
    let owner = Owner::of(ARRAY).name();
    let mut table: Vec<(&'static str, NativeFn)> = vec![
        ("hex", |vm, a| hex_of(vm, a, Owner::of(ARRAY))),
        ("translate", |vm, a| translate(vm, a, Owner::of(ARRAY))),
        ("decode", |vm, a| decode(vm, a, Owner::of(ARRAY))),
    ];
    table.extend(crate::bytes_search::methods::<ARRAY>());
    table.extend(crate::bytes_text::methods::<ARRAY>());
    if ARRAY {
        table.extend(MUTATORS);
    }
    let t = vm.types.get(kind);
    for (name, func) in table {
        let f = builtin(vm, owner, name, func);
        vm.set_type_attr(t, name, f);
    }
    // Called on the class: `bytes.fromhex(s)` builds an instance of it,
    // `bytes.maketrans(a, b)` is a plain function.
    let fromhex: NativeFn = |vm, a| fromhex(vm, a, Owner::of(ARRAY));
    let f = builtin(vm, owner, "fromhex", fromhex);
    let f = vm.heap.alloc_value(Object::ClassMethod(f));
    vm.set_type_attr(t, "fromhex", f);
    let maketrans: NativeFn = |vm, a| maketrans(vm, a, Owner::of(ARRAY));
    let f = builtin(vm, owner, "maketrans", maketrans);
    let f = vm.heap.alloc_value(Object::StaticMethod(f));
    vm.set_type_attr(t, "maketrans", f);
}

fn builtin(vm: &mut Vm, owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    vm.heap.alloc_value(Object::Builtin(Builtin { name, func, owner: Some(owner), takes_instance: false }))
}

/// `bytes.hex`, which `memoryview.hex` runs on a copy of its bytes.
pub(crate) fn hex(vm: &mut Vm, a: &Args) -> PResult<Value> {
    hex_of(vm, a, Owner::Bytes)
}

/// `b.hex([sep[, bytes_per_sep]])`: CPython's `_Py_strhex_impl` — groups of
/// `bytes_per_sep` bytes counted from the right (from the left if negative).
fn hex_of(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let c = check(vm, a, owner, "hex", Parse::Keywords { posonly: 0, names: &["sep", "bytes_per_sep"] })?;
    let sep = match c.get(0) {
        None => None,
        Some(v) => {
            let (text, len): (Vec<u8>, usize) = match vm.str_of(v) {
                Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
                None => match crate::bytes_args::buffer(vm, v) {
                    Some(b) => (b.to_vec(), b.len()),
                    None => {
                        let msg = format!("object of type '{}' has no len()", vm.type_name(v));
                        return Err(vm.type_error(msg));
                    }
                },
            };
            if len != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    let per = int_or(vm, c.get(1), 1)?;
    let b = view(vm, c.this);
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(b.len() * 3);
    let push = |out: &mut String, c: u8| {
        out.push(DIGITS[usize::from(c >> 4)] as char);
        out.push(DIGITS[usize::from(c & 15)] as char);
    };
    match sep {
        Some(sep) if per != 0 && !b.is_empty() => {
            let size = per.unsigned_abs().min(b.len() as u64) as usize;
            // Positive: the short group (if any) comes first.
            let first = if per > 0 { (b.len() - 1) % size + 1 } else { size };
            for (i, c) in b.iter().enumerate() {
                if i >= first && (i - first) % size == 0 {
                    out.push(sep);
                }
                push(&mut out, *c);
            }
        }
        _ => b.iter().for_each(|c| push(&mut out, *c)),
    }
    Ok(vm.new_str(out))
}

/// `b.decode(encoding="utf-8", errors="strict")`.
fn decode(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let c = check(vm, a, owner, "decode", Parse::Keywords { posonly: 0, names: &["encoding", "errors"] })?;
    let mut text_arg = |i: usize, name: &str, default: &str| -> PResult<String> {
        match c.get(i) {
            None => Ok(default.to_string()),
            Some(v) => match vm.str_of(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let msg = format!("decode() argument '{name}' must be str, not {}", vm.type_name(v));
                    Err(vm.type_error(msg))
                }
            },
        }
    };
    let encoding = text_arg(0, "encoding", "utf-8")?;
    let errors = text_arg(1, "errors", "strict")?;
    let b = view(vm, c.this).to_vec();
    let text = decode_bytes(vm, &b, &encoding, &errors)?;
    Ok(vm.new_str(text))
}

/// Bytes to text (`bytes.decode` and `str(b, encoding)`): the codecs
/// and their errors are `codecs.rs`'.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PResult<String> {
    crate::codecs::decode(vm, b, encoding, errors)
}

/// The methods only `bytearray` has: it is a mutable sequence of bytes.
const MUTATORS: [(&str, NativeFn); 8] = [
    ("append", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "append", Parse::One)?;
        let byte = byte_arg(vm, c.arg(0))?;
        mutate(vm, c.this, |b| b.push(byte))
    }),
    ("extend", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "extend", Parse::One)?;
        let src = c.arg(0);
        let add = match crate::bytes_args::buffer(vm, src) {
            Some(b) => b.to_vec(),
            None => {
                let Some(items) = vm.try_collect_iter(src)? else {
                    let msg = format!("can't extend bytearray with {}", vm.type_name(src));
                    return Err(vm.type_error(msg));
                };
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    out.push(byte_arg(vm, item)?);
                }
                out
            }
        };
        mutate(vm, c.this, |b| b.extend(add))
    }),
    ("insert", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "insert", Parse::Positional(2, 2))?;
        let i = crate::strings::int_arg(vm, c.arg(0))?;
        let byte = byte_arg(vm, c.arg(1))?;
        mutate(vm, c.this, |b| {
            let n = b.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            b.insert(at as usize, byte);
        })
    }),
    ("pop", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "pop", Parse::Positional(0, 1))?;
        let i = int_or(vm, c.get(0), -1)?;
        let n = view(vm, c.this).len() as i64;
        if n == 0 {
            return Err(vm.err("IndexError", "pop from empty bytearray"));
        }
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err(vm.err("IndexError", "pop index out of range"));
        }
        let byte = view(vm, c.this)[at as usize];
        mutate(vm, c.this, |b| {
            b.remove(at as usize);
        })?;
        Ok(Value::Int(i64::from(byte)))
    }),
    ("remove", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "remove", Parse::One)?;
        let byte = byte_arg(vm, c.arg(0))?;
        let Some(at) = view(vm, c.this).iter().position(|b| *b == byte) else {
            return Err(vm.value_error("value not found in bytearray"));
        };
        mutate(vm, c.this, |b| {
            b.remove(at);
        })
    }),
    ("clear", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "clear", Parse::NoArgs)?;
        mutate(vm, c.this, Vec::clear)
    }),
    ("reverse", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "reverse", Parse::NoArgs)?;
        mutate(vm, c.this, |b| b.reverse())
    }),
    ("copy", |vm, a| {
        let c = check(vm, a, Owner::ByteArray, "copy", Parse::NoArgs)?;
        let b = view(vm, c.this).to_vec();
        Ok(make(vm, Owner::ByteArray, b))
    }),
];

/// Applies `f` to the bytes of the bytearray `this`; returns None. While
/// a view of this bytearray exists, `f` runs on a copy first: a change of
/// length must be refused before anything changes (`exports.rs`).
fn mutate(vm: &mut Vm, this: Value, f: impl FnOnce(&mut Vec<u8>)) -> PResult<Value> {
    let Value::Obj(r) = this else { return Ok(Value::None) };
    if vm.exported(r) {
        let mut changed = vm.bytes_slice(r).to_vec();
        f(&mut changed);
        vm.check_resize(r, vm.bytes_slice(r).len(), changed.len())?;
        if let Some(Object::ByteArray(b)) = vm.heap.get_mut(r) {
            *b = changed;
        }
    } else if let Some(Object::ByteArray(b)) = vm.heap.get_mut(r) {
        f(b);
    }
    Ok(Value::None)
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place (a static method; always `bytes`).
fn maketrans(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let c =
        crate::bytes_args::arguments(vm, &a.pos, &a.kw, owner.name(), "maketrans", Parse::Positional(2, 2))?;
    let (from, to) = (c[0].unwrap_or(Value::None), c[1].unwrap_or(Value::None));
    let (from, to) = (bytes_arg(vm, from)?, bytes_arg(vm, to)?);
    let (from, to) = (view(vm, from), view(vm, to));
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to) {
        table[usize::from(*f)] = *t;
    }
    Ok(make(vm, Owner::Bytes, table))
}

/// `b.translate(table, /, delete=b'')`: each byte mapped through `table`
/// (a 256-byte table, or None for none), those in `delete` left out.
fn translate(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let c = check(vm, a, owner, "translate", Parse::Keywords { posonly: 1, names: &["table", "delete"] })?;
    let table = match c.opt(0) {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    if table.is_some_and(|t| view(vm, t).len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = match c.get(1) {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let mut deleted = [false; 256];
    for &d in delete.map_or(&[][..], |d| view(vm, d)) {
        deleted[usize::from(d)] = true;
    }
    let table = table.map(|t| view(vm, t));
    let out = view(vm, c.this)
        .iter()
        .filter(|c| !deleted[usize::from(**c)])
        .map(|&c| table.map_or(c, |t| t[usize::from(c)]))
        .collect();
    Ok(make(vm, owner, out))
}

/// `bytes.fromhex(string)` (a class method): pairs of hex digits, with
/// ASCII whitespace allowed between pairs; an instance of the class it
/// was called on.
fn fromhex(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let cls = a.get(0).unwrap_or(Value::None);
    let rest = a.pos.get(1..).unwrap_or_default();
    let c = crate::bytes_args::arguments(vm, rest, &a.kw, owner.name(), "fromhex", Parse::One)?;
    let v = c[0].unwrap_or(Value::None);
    let Some(text) = vm.str_of(v) else {
        let msg = format!("fromhex() argument must be str, not {}", vm.type_name(v));
        return Err(vm.type_error(msg));
    };
    let digits: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        if digits[i].is_ascii() && crate::semantics::bytes_ops::is_space(digits[i] as u8) {
            i += 1;
            continue;
        }
        let (Some(hi), lo) = (digits[i].to_digit(16), digits.get(i + 1).and_then(|d| d.to_digit(16))) else {
            return Err(non_hex(vm, i));
        };
        let Some(lo) = lo else { return Err(non_hex(vm, i + 1)) };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let made = make(vm, owner, out);
    let base = vm.types.get(if owner == Owner::Bytes { TypeKind::Bytes } else { TypeKind::ByteArray });
    match cls {
        // A subclass: `cls(result)`, as CPython calls it.
        Value::Obj(c) if c != base => vm.call(cls, &[made]),
        _ => Ok(made),
    }
}

fn non_hex(vm: &mut Vm, at: usize) -> crate::vm::Exc {
    vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {at}"))
}
