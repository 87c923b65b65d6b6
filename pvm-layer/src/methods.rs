//! Methods of the builtin types, installed into the types' dicts at start-up
//! (so method lookup is the same MRO walk a user class will use).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::one_of;
use crate::call::Args;
use crate::object::{Builtin, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

fn add(vm: &mut Vm, kind: TypeKind, owner: &'static str, name: &'static str, func: NativeFn) {
    let t = vm.types.get(kind);
    let dict = match vm.heap.get(t) {
        Object::Type(t) => t.dict,
        _ => return,
    };
    let f = vm.heap.alloc_value(Object::Builtin(Builtin { name, func, owner: Some(owner) }));
    vm.dict_set_name(dict, name, f);
}

pub fn install(vm: &mut Vm) {
    use TypeKind as K;
    let table: &[(K, &'static str, &'static str, NativeFn)] = &[
        (K::List, "list", "append", |vm, a| {
            let (l, v) = (list(vm, a)?, a.get(1).unwrap_or(Value::None));
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.push(v);
            }
            Ok(Value::None)
        }),
        (K::List, "list", "pop", |vm, a| {
            let l = list(vm, a)?;
            let n = vm.len_of(Value::Obj(l)).unwrap_or(0) as i64;
            if n == 0 {
                return Err(vm.err("IndexError", "pop from empty list"));
            }
            let i = match a.get(1) {
                Some(Value::Int(i)) => i,
                _ => -1,
            };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.err("IndexError", "pop index out of range"));
            }
            Ok(match vm.heap.get_mut(l) {
                Some(Object::List(items)) => items.remove(j as usize),
                _ => Value::None,
            })
        }),
        (K::List, "list", "insert", |vm, a| {
            let l = list(vm, a)?;
            let n = vm.len_of(Value::Obj(l)).unwrap_or(0) as i64;
            let i = match a.get(1) {
                Some(Value::Int(i)) => i,
                _ => return Err(vm.type_error("insert expected 2 arguments")),
            };
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            let v = a.get(2).unwrap_or(Value::None);
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.insert(j as usize, v);
            }
            Ok(Value::None)
        }),
        (K::List, "list", "extend", |vm, a| {
            let l = list(vm, a)?;
            let items = vm.collect_iter(a.get(1).unwrap_or(Value::None))?;
            if let Some(Object::List(dst)) = vm.heap.get_mut(l) {
                dst.extend(items);
            }
            Ok(Value::None)
        }),
        (K::List, "list", "sort", crate::builtins::list_sort),
        (K::List, "list", "reverse", |vm, a| {
            let l = list(vm, a)?;
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.reverse();
            }
            Ok(Value::None)
        }),
        (K::List, "list", "copy", |vm, a| {
            let l = list(vm, a)?;
            let items = vm.seq_items(Value::Obj(l)).unwrap_or_default();
            Ok(vm.new_list(items))
        }),
        (K::List, "list", "clear", |vm, a| {
            let l = list(vm, a)?;
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.clear();
            }
            Ok(Value::None)
        }),
        (K::List, "list", "remove", |vm, a| {
            let l = list(vm, a)?;
            let v = a.get(1).unwrap_or(Value::None);
            let items = vm.seq_items(Value::Obj(l)).unwrap_or_default();
            match items.iter().position(|x| vm.eq(*x, v)) {
                Some(i) => {
                    if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                        items.remove(i);
                    }
                    Ok(Value::None)
                }
                None => Err(vm.value_error("list.remove(x): x not in list")),
            }
        }),
        (K::List, "list", "index", seq_index),
        (K::List, "list", "count", seq_count),
        (K::Tuple, "tuple", "index", seq_index),
        (K::Tuple, "tuple", "count", seq_count),
        (K::Dict, "dict", "keys", |vm, a| view(vm, a, 0)),
        (K::Dict, "dict", "values", |vm, a| view(vm, a, 1)),
        (K::Dict, "dict", "items", |vm, a| view(vm, a, 2)),
        (K::Dict, "dict", "get", |vm, a| {
            let d = dict(vm, a)?;
            let k = a.get(1).unwrap_or(Value::None);
            Ok(vm.dict_get(d, k)?.unwrap_or(a.get(2).unwrap_or(Value::None)))
        }),
        (K::Dict, "dict", "setdefault", |vm, a| {
            let d = dict(vm, a)?;
            let k = a.get(1).unwrap_or(Value::None);
            if let Some(v) = vm.dict_get(d, k)? {
                return Ok(v);
            }
            let v = a.get(2).unwrap_or(Value::None);
            vm.dict_set(d, k, v)?;
            Ok(v)
        }),
        (K::Dict, "dict", "update", |vm, a| {
            let d = dict(vm, a)?;
            if let Some(m) = a.get(1) {
                vm.dict_update(d, m, false)?;
            }
            for (k, v) in &a.kw {
                vm.dict_set(d, *k, *v)?;
            }
            Ok(Value::None)
        }),
        (K::Dict, "dict", "pop", |vm, a| {
            let d = dict(vm, a)?;
            let k = a.get(1).unwrap_or(Value::None);
            match vm.dict_remove(d, k)? {
                Some(v) => Ok(v),
                None => match a.get(2) {
                    Some(v) => Ok(v),
                    None => {
                        let class = vm.types.exc("KeyError");
                        Err(vm.new_exception(class, vec![k]))
                    }
                },
            }
        }),
        (K::Dict, "dict", "popitem", |vm, a| {
            let d = dict(vm, a)?;
            let last = vm.dict_items(d).last().copied();
            match last {
                Some((k, v)) => {
                    vm.dict_remove(d, k)?;
                    Ok(vm.new_tuple(vec![k, v]))
                }
                None => Err(vm.err("KeyError", "popitem(): dictionary is empty")),
            }
        }),
        (K::Dict, "dict", "copy", |vm, a| {
            let d = dict(vm, a)?;
            let t = vm.table(d).cloned().unwrap_or_default();
            Ok(vm.heap.alloc_value(Object::Dict(t)))
        }),
        (K::Dict, "dict", "clear", |vm, a| {
            let d = dict(vm, a)?;
            if let Some(Object::Dict(t)) = vm.heap.get_mut(d) {
                t.clear();
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "add", |vm, a| {
            let s = set(vm, a)?;
            vm.set_add(s, a.get(1).unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        (K::Set, "set", "discard", |vm, a| {
            let s = set(vm, a)?;
            vm.dict_remove(s, a.get(1).unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        (K::Set, "set", "remove", |vm, a| {
            let s = set(vm, a)?;
            let k = a.get(1).unwrap_or(Value::None);
            if vm.dict_remove(s, k)?.is_none() {
                let class = vm.types.exc("KeyError");
                return Err(vm.new_exception(class, vec![k]));
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "pop", |vm, a| {
            let s = set(vm, a)?;
            let first = vm.dict_items(s).first().copied();
            match first {
                Some((k, _)) => {
                    vm.dict_remove(s, k)?;
                    Ok(k)
                }
                None => Err(vm.err("KeyError", "pop from an empty set")),
            }
        }),
        (K::Set, "set", "update", |vm, a| {
            let s = set(vm, a)?;
            for other in &a.pos[1..] {
                for v in vm.collect_iter(*other)? {
                    vm.set_add(s, v)?;
                }
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "clear", |vm, a| {
            let s = set(vm, a)?;
            if let Some(Object::Set(t)) = vm.heap.get_mut(s) {
                t.clear();
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "copy", |vm, a| {
            let s = set(vm, a)?;
            let t = vm.table(s).cloned().unwrap_or_default();
            Ok(vm.heap.alloc_value(Object::Set(t)))
        }),
        (K::Set, "set", "union", |vm, a| set_method(vm, a, compiler_layer::instruction::BinaryOperator::Or)),
        (K::Set, "set", "intersection", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::And)
        }),
        (K::Set, "set", "difference", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::Subtract)
        }),
        (K::Set, "set", "symmetric_difference", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::Xor)
        }),
        (K::Set, "set", "issubset", |vm, a| {
            let other = to_set(vm, a.get(1).unwrap_or(Value::None))?;
            vm.compare(
                a.get(0).unwrap_or(Value::None),
                other,
                compiler_layer::instruction::ComparisonOperator::LessEqual,
            )
        }),
        (K::Set, "set", "issuperset", |vm, a| {
            let other = to_set(vm, a.get(1).unwrap_or(Value::None))?;
            vm.compare(
                a.get(0).unwrap_or(Value::None),
                other,
                compiler_layer::instruction::ComparisonOperator::GreaterEqual,
            )
        }),
        (K::FrozenSet, "frozenset", "union", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::Or)
        }),
        (K::FrozenSet, "frozenset", "intersection", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::And)
        }),
        (K::FrozenSet, "frozenset", "difference", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::Subtract)
        }),
        (K::Str, "str", "join", str_join),
        (K::Str, "str", "split", |vm, a| str_split(vm, a, false)),
        (K::Str, "str", "rsplit", |vm, a| str_split(vm, a, true)),
        (K::Str, "str", "strip", |vm, a| str_strip(vm, a, true, true)),
        (K::Str, "str", "lstrip", |vm, a| str_strip(vm, a, true, false)),
        (K::Str, "str", "rstrip", |vm, a| str_strip(vm, a, false, true)),
        (K::Str, "str", "replace", |vm, a| {
            let s = text(vm, a, 0)?;
            let (old, new) = (text(vm, a, 1)?, text(vm, a, 2)?);
            let count = match a.get(3) {
                Some(Value::Int(n)) if n >= 0 => n as usize,
                _ => usize::MAX,
            };
            Ok(vm.new_str(s.replacen(&old, &new, count)))
        }),
        (K::Str, "str", "startswith", |vm, a| str_affix(vm, a, true)),
        (K::Str, "str", "endswith", |vm, a| str_affix(vm, a, false)),
        (K::Str, "str", "upper", |vm, a| {
            let s = text(vm, a, 0)?;
            Ok(vm.new_str(s.to_uppercase()))
        }),
        (K::Str, "str", "lower", |vm, a| {
            let s = text(vm, a, 0)?;
            Ok(vm.new_str(s.to_lowercase()))
        }),
        (K::Str, "str", "capitalize", |vm, a| {
            let s = text(vm, a, 0)?;
            let mut c = s.chars();
            let out = match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            };
            Ok(vm.new_str(out))
        }),
        (K::Str, "str", "title", |vm, a| {
            let s = text(vm, a, 0)?;
            let mut out = String::new();
            let mut prev = false;
            for ch in s.chars() {
                if ch.is_alphabetic() {
                    if prev {
                        out.extend(ch.to_lowercase())
                    } else {
                        out.extend(ch.to_uppercase())
                    }
                    prev = true;
                } else {
                    out.push(ch);
                    prev = false;
                }
            }
            Ok(vm.new_str(out))
        }),
        (K::Str, "str", "find", |vm, a| str_find(vm, a, false, false)),
        (K::Str, "str", "rfind", |vm, a| str_find(vm, a, true, false)),
        (K::Str, "str", "index", |vm, a| str_find(vm, a, false, true)),
        (K::Str, "str", "count", |vm, a| {
            let (s, sub) = (text(vm, a, 0)?, text(vm, a, 1)?);
            let n = if sub.is_empty() { s.chars().count() + 1 } else { s.matches(sub.as_str()).count() };
            Ok(Value::Int(n as i64))
        }),
        (K::Str, "str", "isdigit", |vm, a| str_pred(vm, a, |c| c.is_ascii_digit())),
        (K::Str, "str", "isdecimal", |vm, a| str_pred(vm, a, |c| c.is_ascii_digit())),
        (K::Str, "str", "isnumeric", |vm, a| str_pred(vm, a, char::is_numeric)),
        (K::Str, "str", "isalpha", |vm, a| str_pred(vm, a, char::is_alphabetic)),
        (K::Str, "str", "isalnum", |vm, a| str_pred(vm, a, char::is_alphanumeric)),
        (K::Str, "str", "isspace", |vm, a| str_pred(vm, a, char::is_whitespace)),
        (K::Str, "str", "isupper", |vm, a| {
            let s = text(vm, a, 0)?;
            Ok(Value::Bool(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)))
        }),
        (K::Str, "str", "islower", |vm, a| {
            let s = text(vm, a, 0)?;
            Ok(Value::Bool(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)))
        }),
        (K::Str, "str", "splitlines", |vm, a| {
            let s = text(vm, a, 0)?;
            let parts: Vec<String> = s.lines().map(str::to_string).collect();
            let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
            Ok(vm.new_list(items))
        }),
        (K::Str, "str", "center", |vm, a| str_pad(vm, a, '^')),
        (K::Str, "str", "ljust", |vm, a| str_pad(vm, a, '<')),
        (K::Str, "str", "rjust", |vm, a| str_pad(vm, a, '>')),
        (K::Str, "str", "zfill", |vm, a| {
            let s = text(vm, a, 0)?;
            let w = match a.get(1) {
                Some(Value::Int(w)) => w.max(0) as usize,
                _ => 0,
            };
            let n = s.chars().count();
            if n >= w {
                return Ok(vm.new_str(s));
            }
            let (sign, rest) = if s.starts_with(['-', '+']) { s.split_at(1) } else { ("", s.as_str()) };
            Ok(vm.new_str(format!("{sign}{}{rest}", "0".repeat(w - n))))
        }),
        (K::Str, "str", "encode", |vm, a| {
            let s = text(vm, a, 0)?;
            Ok(vm.heap.alloc_value(Object::Bytes(s.into_bytes())))
        }),
        (K::Str, "str", "format", str_format),
        (K::Bytes, "bytes", "decode", |vm, a| {
            let b = match a.get(0) {
                Some(Value::Obj(r)) => match vm.heap.get(r) {
                    Object::Bytes(b) | Object::ByteArray(b) => b.clone(),
                    _ => vec![],
                },
                _ => vec![],
            };
            match String::from_utf8(b) {
                Ok(s) => Ok(vm.new_str(s)),
                Err(e) => {
                    let pos = e.utf8_error().valid_up_to();
                    let byte = e.as_bytes()[pos];
                    let msg = format!(
                        "'utf-8' codec can't decode byte {byte:#04x} in position {pos}: invalid start byte"
                    );
                    Err(vm.err("UnicodeDecodeError", msg))
                }
            }
        }),
        (K::Int, "int", "bit_length", |vm, a| {
            let n = vm.to_bigint(a.get(0).unwrap_or(Value::Int(0))).unwrap_or_default();
            Ok(Value::Int(n.bits() as i64))
        }),
        (K::Float, "float", "is_integer", |vm, a| match a.get(0) {
            Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
            _ => Err(vm.type_error("descriptor 'is_integer' requires a 'float' object")),
        }),
        (K::TextFile, "TextIOWrapper", "write", crate::file::write),
        (K::TextFile, "TextIOWrapper", "read", crate::file::read),
        (K::TextFile, "TextIOWrapper", "readline", crate::file::readline_method),
        (K::TextFile, "TextIOWrapper", "readlines", crate::file::readlines),
        (K::TextFile, "TextIOWrapper", "close", crate::file::close),
        (K::TextFile, "TextIOWrapper", "flush", crate::file::flush),
        (K::TextFile, "TextIOWrapper", "__enter__", crate::file::enter),
        (K::TextFile, "TextIOWrapper", "__exit__", crate::file::exit),
        (K::BinaryFile, "BufferedReader", "write", crate::file::write),
        (K::BinaryFile, "BufferedReader", "read", crate::file::read),
        (K::BinaryFile, "BufferedReader", "readline", crate::file::readline_method),
        (K::BinaryFile, "BufferedReader", "close", crate::file::close),
        (K::BinaryFile, "BufferedReader", "__enter__", crate::file::enter),
        (K::BinaryFile, "BufferedReader", "__exit__", crate::file::exit),
        (K::Generator, "generator", "send", |vm, a| {
            let Some(Value::Obj(g)) = a.get(0) else { return Err(vm.type_error("send() needs a generator")) };
            match vm.resume(g, a.get(1).unwrap_or(Value::None))? {
                crate::generator::Sent::Yielded(v) => Ok(v),
                crate::generator::Sent::Returned(v) => Err(vm.stop_iteration(v)),
            }
        }),
        (K::Generator, "generator", "close", |vm, a| {
            if let Some(Value::Obj(g)) = a.get(0) {
                if let Some(Object::Generator(gen)) = vm.heap.get_mut(g) {
                    gen.finished = true;
                    gen.frame = None;
                    gen.saved.clear();
                }
            }
            Ok(Value::None)
        }),
    ];
    for (kind, owner, name, f) in table {
        add(vm, *kind, owner, name, *f);
    }
}

fn receiver(vm: &mut Vm, a: &Args, what: &str, ok: fn(&Object) -> bool) -> PResult<ObjRef> {
    match a.get(0) {
        Some(Value::Obj(r)) if ok(vm.heap.get(r)) => Ok(r),
        _ => Err(vm.type_error(format!("descriptor requires a '{what}' object"))),
    }
}

fn list(vm: &mut Vm, a: &Args) -> PResult<ObjRef> {
    receiver(vm, a, "list", |o| matches!(o, Object::List(_)))
}

fn dict(vm: &mut Vm, a: &Args) -> PResult<ObjRef> {
    receiver(vm, a, "dict", |o| matches!(o, Object::Dict(_)))
}

fn set(vm: &mut Vm, a: &Args) -> PResult<ObjRef> {
    receiver(vm, a, "set", |o| matches!(o, Object::Set(_)))
}

fn view(vm: &mut Vm, a: &Args, kind: u8) -> PResult<Value> {
    let d = dict(vm, a)?;
    Ok(vm.heap.alloc_value(Object::DictView(d, kind)))
}

fn to_set(vm: &mut Vm, v: Value) -> PResult<Value> {
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Set(_) | Object::FrozenSet(_))) {
        return Ok(v);
    }
    let s = vm.heap.alloc(Object::Set(Default::default()));
    for item in vm.collect_iter(v)? {
        vm.set_add(s, item)?;
    }
    Ok(Value::Obj(s))
}

fn set_method(vm: &mut Vm, a: &Args, op: compiler_layer::instruction::BinaryOperator) -> PResult<Value> {
    let mut acc = a.get(0).unwrap_or(Value::None);
    let base = acc;
    if a.pos.len() == 1 {
        let t = vm.table(acc.as_obj().unwrap_or(crate::value::ObjRef(0))).cloned().unwrap_or_default();
        let frozen = matches!(acc, Value::Obj(r) if matches!(vm.heap.get(r), Object::FrozenSet(_)));
        return Ok(vm.heap.alloc_value(if frozen { Object::FrozenSet(t) } else { Object::Set(t) }));
    }
    for other in &a.pos[1..] {
        let o = to_set(vm, *other)?;
        vm.roots.push(o);
        let r = vm.set_op(acc, o, op);
        vm.roots.pop();
        acc = r?.unwrap_or(acc);
    }
    let _ = base;
    Ok(acc)
}

fn seq_index(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let items = vm.seq_items(a.get(0).unwrap_or(Value::None)).unwrap_or_default();
    let v = a.get(1).unwrap_or(Value::None);
    match items.iter().position(|x| vm.eq(*x, v)) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let is_list =
                matches!(a.get(0), Some(Value::Obj(r)) if matches!(vm.heap.get(r), Object::List(_)));
            if is_list {
                let r = vm.repr_text(v)?;
                Err(vm.value_error(format!("{r} is not in list")))
            } else {
                Err(vm.value_error("tuple.index(x): x not in tuple"))
            }
        }
    }
}

fn seq_count(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let items = vm.seq_items(a.get(0).unwrap_or(Value::None)).unwrap_or_default();
    let v = a.get(1).unwrap_or(Value::None);
    Ok(Value::Int(items.iter().filter(|x| vm.eq(**x, v)).count() as i64))
}

fn text(vm: &mut Vm, a: &Args, i: usize) -> PResult<String> {
    let v = a.get(i).unwrap_or(Value::None);
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let msg = if i == 0 {
                "descriptor requires a 'str' object".to_string()
            } else {
                format!("must be str, not {}", vm.type_name(v))
            };
            Err(vm.type_error(msg))
        }
    }
}

fn str_join(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let sep = text(vm, a, 0)?;
    let items = vm.collect_iter(a.get(1).unwrap_or(Value::None))?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_of(*v) {
            Some(s) => out.push_str(s),
            None => {
                let msg = format!("sequence item {i}: expected str instance, {} found", vm.type_name(*v));
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(vm.new_str(out))
}

fn str_split(vm: &mut Vm, a: &Args, right: bool) -> PResult<Value> {
    let s = text(vm, a, 0)?;
    let sep = a.arg(vm, 1, "sep").filter(|v| !v.is_none());
    let maxsplit = match a.arg(vm, 2, "maxsplit") {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        _ => usize::MAX,
    };
    let parts: Vec<String> = match sep {
        None => {
            let words: Vec<&str> = s.split_whitespace().collect();
            if maxsplit >= words.len() {
                words.into_iter().map(str::to_string).collect()
            } else if !right {
                // Split off `maxsplit` words, keep the rest (left-stripped) whole.
                let mut out = Vec::new();
                let mut rest = s.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest = s.trim_end();
                for _ in 0..maxsplit {
                    let start = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            let sep = match vm.str_of(sep) {
                Some(t) => t.to_string(),
                None => return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(sep)))),
            };
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                let mut v: Vec<String> =
                    s.rsplitn(maxsplit.saturating_add(1), sep.as_str()).map(str::to_string).collect();
                v.reverse();
                v
            } else {
                s.splitn(maxsplit.saturating_add(1), sep.as_str()).map(str::to_string).collect()
            }
        }
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn str_strip(vm: &mut Vm, a: &Args, left: bool, right: bool) -> PResult<Value> {
    let s = text(vm, a, 0)?;
    let chars: Option<Vec<char>> = match a.get(1) {
        Some(v) if !v.is_none() => Some(vm.str_of(v).unwrap_or("").chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(vm.new_str(t))
}

fn str_affix(vm: &mut Vm, a: &Args, start: bool) -> PResult<Value> {
    let s = text(vm, a, 0)?;
    let arg = a.get(1).unwrap_or(Value::None);
    let options = match vm.seq_items(arg) {
        Some(items) if matches!(arg, Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_))) => items,
        _ => vec![arg],
    };
    for o in options {
        let Some(p) = vm.str_of(o) else {
            let name = if start { "startswith" } else { "endswith" };
            let msg = format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name(o));
            return Err(vm.type_error(msg));
        };
        if (start && s.starts_with(p)) || (!start && s.ends_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_find(vm: &mut Vm, a: &Args, right: bool, raise: bool) -> PResult<Value> {
    let (s, sub) = (text(vm, a, 0)?, text(vm, a, 1)?);
    let byte = if right { s.rfind(sub.as_str()) } else { s.find(sub.as_str()) };
    match byte {
        Some(b) => Ok(Value::Int(s[..b].chars().count() as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_pred(vm: &mut Vm, a: &Args, p: fn(char) -> bool) -> PResult<Value> {
    let s = text(vm, a, 0)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(p)))
}

fn str_pad(vm: &mut Vm, a: &Args, align: char) -> PResult<Value> {
    let s = text(vm, a, 0)?;
    let w = match a.get(1) {
        Some(Value::Int(w)) => w.max(0) as usize,
        _ => return Err(vm.type_error("expected an integer width")),
    };
    let fill = match a.get(2) {
        Some(v) => vm.str_of(v).and_then(|f| f.chars().next()).unwrap_or(' '),
        None => ' ',
    };
    let n = s.chars().count();
    if n >= w {
        return Ok(vm.new_str(s));
    }
    let total = w - n;
    let f = |k: usize| fill.to_string().repeat(k);
    let out = match align {
        '<' => format!("{s}{}", f(total)),
        '>' => format!("{}{s}", f(total)),
        _ => {
            // CPython's center puts the extra fill on the right when widths are odd... and left when `n` is odd.
            let left = total / 2 + (total & w & 1);
            format!("{}{s}{}", f(left), f(total - left))
        }
    };
    Ok(vm.new_str(out))
}

/// `str.format`: `{}`, `{0}`, `{name}`, attribute/index-free fields with
/// conversions and format specs.
fn str_format(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let s = text(vm, a, 0)?;
    let mut out = String::new();
    let mut auto = 0usize;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' && chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' && chars.get(i + 1) == Some(&'}') {
            out.push('}');
            i += 2;
            continue;
        }
        if c == '}' {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(end) = chars[i..].iter().position(|&c| c == '}').map(|p| p + i) else {
            return Err(vm.value_error("Single '{' encountered in format string"));
        };
        let field: String = chars[i + 1..end].iter().collect();
        i = end + 1;
        let (name_conv, spec) = match field.split_once(':') {
            Some((n, s)) => (n.to_string(), s.to_string()),
            None => (field.clone(), String::new()),
        };
        let (name, conv) = match name_conv.split_once('!') {
            Some((n, c)) => (n.to_string(), c.chars().next()),
            None => (name_conv, None),
        };
        let value = if name.is_empty() {
            let v = a.pos.get(1 + auto).copied();
            auto += 1;
            match v {
                Some(v) => v,
                None => {
                    return Err(vm.err(
                        "IndexError",
                        format!("Replacement index {} out of range for positional args tuple", auto - 1),
                    ))
                }
            }
        } else if let Ok(n) = name.parse::<usize>() {
            match a.pos.get(1 + n) {
                Some(v) => *v,
                None => {
                    return Err(vm.err(
                        "IndexError",
                        format!("Replacement index {n} out of range for positional args tuple"),
                    ))
                }
            }
        } else {
            match a.kwarg(vm, &name) {
                Some(v) => v,
                None => {
                    let k = vm.new_str(name);
                    let class = vm.types.exc("KeyError");
                    return Err(vm.new_exception(class, vec![k]));
                }
            }
        };
        let value = match conv {
            Some('r') => vm.repr(value)?,
            Some('s') => vm.to_str(value)?,
            Some('a') => vm.ascii(value)?,
            _ => value,
        };
        let piece = vm.format(value, &spec)?;
        out.push_str(vm.str_of(piece).unwrap_or(""));
    }
    Ok(vm.new_str(out))
}

/// `int(x)`, `int(s, base)`.
pub fn int_new(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let Some(v) = a.arg(vm, 0, "x") else { return Ok(Value::Int(0)) };
    let base = a.arg(vm, 1, "base");
    if let Some(s) = vm.str_of(v).map(str::to_string) {
        let base = match base {
            Some(Value::Int(b)) => b as u32,
            _ => 10,
        };
        return parse_int(vm, &s, base);
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    match v {
        Value::Int(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.err("OverflowError", "cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.2e18 {
                return Ok(Value::Int(t as i64));
            }
            let b: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
            Ok(vm.new_int(b))
        }
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Int(_) => Ok(v),
            Object::Bytes(b) | Object::ByteArray(b) => {
                let s = String::from_utf8_lossy(b).into_owned();
                parse_int(vm, &s, 10)
            }
            _ => {
                let msg = format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(v)
                );
                Err(vm.type_error(msg))
            }
        },
        _ => Err(vm.type_error(
            "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        )),
    }
}

fn parse_int(vm: &mut Vm, s: &str, base: u32) -> PResult<Value> {
    let bad = |vm: &mut Vm| {
        let r = crate::format::str_repr(s);
        vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits = lower.as_str();
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && digits.starts_with(p) {
            digits = &digits[2..];
            base = b;
        }
    }
    if base == 0 {
        base = 10;
    }
    if !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let digits = digits.strip_prefix('_').unwrap_or(digits);
    if digits.is_empty() || digits.ends_with('_') || digits.contains("__") {
        return Err(bad(vm));
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    match BigInt::parse_bytes(clean.as_bytes(), base) {
        Some(n) => {
            let n = if neg { -n } else { n };
            Ok(vm.new_int(n))
        }
        None => Err(bad(vm)),
    }
}

pub fn float_new(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let v = one_of(vm, a, "float", 0, 1)?;
    if a.pos.is_empty() {
        return Ok(Value::Float(0.0));
    }
    if let Some(s) = vm.str_of(v).map(str::to_string) {
        let t = s.trim().replace('_', "");
        let lower = t.to_ascii_lowercase();
        let parsed = match lower.trim_start_matches(['+', '-']) {
            "inf" | "infinity" => {
                Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY })
            }
            "nan" => Some(f64::NAN),
            _ if lower.chars().all(|c| c.is_ascii_digit() || "+-.e".contains(c)) => lower.parse::<f64>().ok(),
            _ => None,
        };
        return match parsed {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = crate::format::str_repr(&s);
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    match vm.to_f64(v)? {
        Some(f) => Ok(Value::Float(f)),
        None => {
            let msg =
                format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

#[allow(dead_code)]
fn to_i64(v: &BigInt) -> Option<i64> {
    v.to_i64()
}
