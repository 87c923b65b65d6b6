//! The methods of `bytes` and `bytearray` (each returns the
//! receiver's type; the `str`-like ones are in `bytes_text`): stripping, `hex`/`fromhex`,
//! `maketrans`/`translate`, `decode`; and the mutators only `bytearray` has
//! (`append`, `extend`, ...).

use crate::call::Args;
use crate::object::{Builtin, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::Value;
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm) {
    let table: &[(&'static str, NativeFn)] = &[
        ("hex", hex),
        ("fromhex", fromhex),
        ("maketrans", maketrans),
        ("translate", translate),
        ("decode", decode),
        ("strip", |vm, a| strip(vm, a, true, true)),
        ("lstrip", |vm, a| strip(vm, a, true, false)),
        ("rstrip", |vm, a| strip(vm, a, false, true)),
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
        install_into(vm, kind, owner, table);
        install_into(vm, kind, owner, crate::bytes_text::METHODS);
    }
    install_into(vm, TypeKind::ByteArray, "bytearray", MUTATORS);
}

fn install_into(vm: &mut Vm, kind: TypeKind, owner: &'static str, table: &[(&'static str, NativeFn)]) {
    let t = vm.types.get(kind);
    let dict = match vm.heap.get(t) {
        Object::Type(t) => t.dict,
        _ => return,
    };
    for (name, func) in table {
        let f = vm.heap.alloc_value(Object::Builtin(Builtin {
            name,
            func: *func,
            owner: Some(owner),
            takes_instance: false,
        }));
        vm.dict_set_name(dict, name, f);
    }
}

/// `b.hex([sep[, bytes_per_sep]])`: CPython's `_Py_strhex_impl` — groups of
/// `bytes_per_sep` bytes counted from the right (from the left if negative).
pub(crate) fn hex(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let b = this(vm, a)?;
    let sep = match a.arg(vm, 1, "sep") {
        None => None,
        Some(v) => {
            let text: Vec<u8> = match vm.str_of(v) {
                Some(s) => s.as_bytes().to_vec(),
                None => match bytes_of(vm, v) {
                    Some(b) => b,
                    None => {
                        let msg = format!("object of type '{}' has no len()", vm.type_name(v));
                        return Err(vm.type_error(msg));
                    }
                },
            };
            if vm.str_of(v).map_or(text.len(), |s| s.chars().count()) != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    let per = match a.arg(vm, 2, "bytes_per_sep") {
        None => 1,
        Some(v) => crate::strings::int_arg(vm, v)?,
    };
    let digits = |c: &u8| format!("{c:02x}");
    let s: String = match sep {
        Some(sep) if per != 0 && !b.is_empty() => {
            let size = per.unsigned_abs().min(b.len() as u64) as usize;
            // Positive: the short group (if any) comes first.
            let first = if per > 0 { (b.len() - 1) % size + 1 } else { size };
            let mut out = String::with_capacity(b.len() * 3);
            for (i, c) in b.iter().enumerate() {
                let boundary = i >= first && (i - first) % size == 0;
                if boundary {
                    out.push(sep);
                }
                out.push_str(&digits(c));
            }
            out
        }
        _ => b.iter().map(digits).collect(),
    };
    Ok(vm.new_str(s))
}

/// `b.decode(encoding="utf-8", errors="strict")`.
fn decode(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let b = this(vm, a)?;
    let text_arg = |vm: &mut Vm, i: usize, name: &str, default: &str| -> PResult<String> {
        match a.arg(vm, i, name) {
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
    let encoding = text_arg(vm, 1, "encoding", "utf-8")?;
    let errors = text_arg(vm, 2, "errors", "strict")?;
    let text = decode_bytes(vm, &b, &encoding, &errors)?;
    Ok(vm.new_str(text))
}

/// Bytes to text (`bytes.decode` and `str(b, encoding)`): the codecs
/// and their errors are `codecs.rs`'.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PResult<String> {
    crate::codecs::decode(vm, b, encoding, errors)
}

/// The methods only `bytearray` has: it is a mutable sequence of bytes.
const MUTATORS: &[(&str, NativeFn)] = &[
    ("append", |vm, a| {
        let byte = byte_arg(vm, a.get(1).unwrap_or(Value::None))?;
        mutate(vm, a, |b| b.push(byte))
    }),
    ("extend", |vm, a| {
        let src = a.get(1).unwrap_or(Value::None);
        let add = match bytes_of(vm, src) {
            Some(b) => b,
            None => {
                if matches!(src, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None) {
                    let msg = format!("can't extend bytearray with {}", vm.type_name(src));
                    return Err(vm.type_error(msg));
                }
                let items = vm.collect_iter(src)?;
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    out.push(byte_arg(vm, item)?);
                }
                out
            }
        };
        mutate(vm, a, |b| b.extend(add))
    }),
    ("insert", |vm, a| {
        let i = crate::strings::int_arg(vm, a.get(1).unwrap_or(Value::None))?;
        let byte = byte_arg(vm, a.get(2).unwrap_or(Value::None))?;
        mutate(vm, a, |b| {
            let n = b.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            b.insert(at as usize, byte);
        })
    }),
    ("pop", |vm, a| {
        let b = this(vm, a)?;
        if b.is_empty() {
            return Err(vm.err("IndexError", "pop from empty bytearray"));
        }
        let i = match a.get(1) {
            Some(v) => crate::strings::int_arg(vm, v)?,
            None => -1,
        };
        let n = b.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err(vm.err("IndexError", "pop index out of range"));
        }
        mutate(vm, a, |b| {
            b.remove(at as usize);
        })?;
        Ok(Value::Int(i64::from(b[at as usize])))
    }),
    ("remove", |vm, a| {
        let byte = byte_arg(vm, a.get(1).unwrap_or(Value::None))?;
        let Some(at) = this(vm, a)?.iter().position(|c| *c == byte) else {
            return Err(vm.value_error("value not found in bytearray"));
        };
        mutate(vm, a, |b| {
            b.remove(at);
        })
    }),
    ("clear", |vm, a| mutate(vm, a, Vec::clear)),
    ("reverse", |vm, a| mutate(vm, a, |b| b.reverse())),
    ("copy", |vm, a| {
        let b = this(vm, a)?;
        make(vm, a, b)
    }),
];

/// An int in `range(0, 256)`, as `bytearray.append` takes it.
fn byte_arg(vm: &mut Vm, v: Value) -> PResult<u8> {
    if matches!(v, Value::Float(_)) || vm.to_bigint(v).is_none() {
        let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
        return Err(vm.type_error(msg));
    }
    let n = crate::strings::int_arg(vm, v)?;
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// Applies `f` to the receiving `bytearray`'s bytes; returns None. While
/// a view of this bytearray exists, `f` runs on a copy first: a change of
/// length must be refused before anything changes (`exports.rs`).
fn mutate(vm: &mut Vm, a: &Args, f: impl FnOnce(&mut Vec<u8>)) -> PResult<Value> {
    let r = match a.get(0) {
        Some(Value::Obj(r)) if matches!(vm.heap.get(r), Object::ByteArray(_)) => r,
        _ => return Err(vm.type_error("descriptor requires a 'bytearray' object")),
    };
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

fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    vm.bytes_like(v).map(<[u8]>::to_vec)
}

pub(crate) fn this(vm: &mut Vm, a: &Args) -> PResult<Vec<u8>> {
    match a.get(0).and_then(|v| bytes_of(vm, v)) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

pub(crate) fn arg(vm: &mut Vm, a: &Args, i: usize) -> PResult<Vec<u8>> {
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
pub(crate) fn make(vm: &mut Vm, a: &Args, b: Vec<u8>) -> PResult<Value> {
    let array = matches!(a.get(0), Some(Value::Obj(r)) if matches!(vm.heap.get(r), Object::ByteArray(_)));
    Ok(vm.heap.alloc_value(if array { Object::ByteArray(b) } else { Object::Bytes(b) }))
}

fn strip(vm: &mut Vm, a: &Args, left: bool, right: bool) -> PResult<Value> {
    let b = this(vm, a)?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(_) => Some(arg(vm, a, 1)?),
    };
    let strip_it = |c: &u8| match &chars {
        Some(cs) => cs.contains(c),
        None => crate::bytes_text::is_space(*c),
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

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place (called on the class).
fn maketrans(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (from, to) = (arg(vm, a, 0)?, arg(vm, a, 1)?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[usize::from(f)] = t;
    }
    Ok(vm.heap.alloc_value(Object::Bytes(table)))
}

/// `b.translate(table, /, delete=b'')`: each byte mapped through `table`
/// (a 256-byte table, or None for none), those in `delete` left out.
fn translate(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let b = this(vm, a)?;
    let table = match a.get(1) {
        None | Some(Value::None) => None,
        Some(_) => Some(arg(vm, a, 1)?),
    };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = match a.arg(vm, 2, "delete") {
        None => vec![],
        Some(v) => match bytes_of(vm, v) {
            Some(d) => d,
            None => {
                let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    let out = b
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    make(vm, a, out)
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
