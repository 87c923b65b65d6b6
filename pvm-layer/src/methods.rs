//! Methods of the builtin types, installed into the types' dicts at start-up
//! (so method lookup is the same MRO walk a user class will use).

use crate::builtins::one_of;
use crate::call::Args;
use crate::object::{Builtin, NativeFn, Object};
use crate::semantics::{float_ops, int_ops};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

fn add(vm: &mut Vm, kind: TypeKind, owner: &'static str, name: &'static str, func: NativeFn) {
    let t = vm.types.get(kind);
    vm.add_method(t, owner, name, func);
}

pub fn install(vm: &mut Vm) {
    use TypeKind as K;
    let table: &[(K, &'static str, &'static str, NativeFn)] = &[
        (K::List, "list", "append", |vm, a| {
            arity(vm, a, "list", "append", 1, 1)?;
            let (l, v) = (list(vm, a)?, a.get(1).unwrap_or(Value::None));
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.push(v);
            }
            Ok(Value::None)
        }),
        (K::List, "list", "pop", |vm, a| {
            arity(vm, a, "list", "pop", 0, 1)?;
            let l = list(vm, a)?;
            let n = vm.len_of(Value::Obj(l)).unwrap_or(0) as i64;
            if n == 0 {
                return Err(vm.err("IndexError", "pop from empty list"));
            }
            let i = match a.get(1) {
                Some(v) => crate::strings::int_arg(vm, v)?,
                None => -1,
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
            if a.pos.len() != 3 {
                let msg = format!("insert expected 2 arguments, got {}", a.pos.len().saturating_sub(1));
                return Err(vm.type_error(msg));
            }
            let i = crate::strings::int_arg(vm, a.pos[1])?;
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            let v = a.get(2).unwrap_or(Value::None);
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.insert(j as usize, v);
            }
            Ok(Value::None)
        }),
        (K::List, "list", "extend", |vm, a| {
            arity(vm, a, "list", "extend", 1, 1)?;
            let l = list(vm, a)?;
            let items = vm.collect_iter(a.get(1).unwrap_or(Value::None))?;
            if let Some(Object::List(dst)) = vm.heap.get_mut(l) {
                dst.extend(items);
            }
            Ok(Value::None)
        }),
        (K::List, "list", "sort", crate::builtins::list_sort),
        (K::List, "list", "reverse", |vm, a| {
            arity(vm, a, "list", "reverse", 0, 0)?;
            let l = list(vm, a)?;
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.reverse();
            }
            Ok(Value::None)
        }),
        (K::List, "list", "copy", |vm, a| {
            arity(vm, a, "list", "copy", 0, 0)?;
            let l = list(vm, a)?;
            let items = vm.seq_items(Value::Obj(l)).unwrap_or_default();
            Ok(vm.new_list(items))
        }),
        (K::List, "list", "clear", |vm, a| {
            arity(vm, a, "list", "clear", 0, 0)?;
            let l = list(vm, a)?;
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.clear();
            }
            Ok(Value::None)
        }),
        (K::List, "list", "remove", |vm, a| {
            arity(vm, a, "list", "remove", 1, 1)?;
            let l = list(vm, a)?;
            let v = a.get(1).unwrap_or(Value::None);
            let items = vm.seq_items(Value::Obj(l)).unwrap_or_default();
            match matches(vm, &items, v, true)?.first() {
                Some(&i) => {
                    if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                    Ok(Value::None)
                }
                None => Err(vm.value_error("list.remove(x): x not in list")),
            }
        }),
        (K::List, "list", "index", |vm, a| {
            arity(vm, a, "list", "index", 1, 3)?;
            seq_index(vm, a)
        }),
        (K::List, "list", "count", |vm, a| {
            arity(vm, a, "list", "count", 1, 1)?;
            seq_count(vm, a)
        }),
        (K::Tuple, "tuple", "index", |vm, a| {
            arity(vm, a, "tuple", "index", 1, 3)?;
            seq_index(vm, a)
        }),
        (K::Tuple, "tuple", "count", |vm, a| {
            arity(vm, a, "tuple", "count", 1, 1)?;
            seq_count(vm, a)
        }),
        (K::Dict, "dict", "keys", |vm, a| {
            arity(vm, a, "dict", "keys", 0, 0)?;
            view(vm, a, 0)
        }),
        (K::Dict, "dict", "values", |vm, a| {
            arity(vm, a, "dict", "values", 0, 0)?;
            view(vm, a, 1)
        }),
        (K::Dict, "dict", "items", |vm, a| {
            arity(vm, a, "dict", "items", 0, 0)?;
            view(vm, a, 2)
        }),
        (K::Dict, "dict", "get", |vm, a| {
            arity(vm, a, "dict", "get", 1, 2)?;
            let d = dict(vm, a)?;
            let k = a.get(1).unwrap_or(Value::None);
            Ok(vm.dict_get(d, k)?.unwrap_or(a.get(2).unwrap_or(Value::None)))
        }),
        (K::Dict, "dict", "setdefault", |vm, a| {
            arity(vm, a, "dict", "setdefault", 1, 2)?;
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
            if a.pos.len() > 2 {
                let msg = format!("update expected at most 1 argument, got {}", a.pos.len() - 1);
                return Err(vm.type_error(msg));
            }
            let d = dict(vm, a)?;
            if let Some(m) = a.get(1) {
                vm.dict_update(d, m, crate::ops::DictSource::MappingOrPairs)?;
            }
            for (k, v) in &a.kw {
                vm.dict_set(d, *k, *v)?;
            }
            Ok(Value::None)
        }),
        (K::Dict, "dict", "pop", |vm, a| {
            arity(vm, a, "dict", "pop", 1, 2)?;
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
            arity(vm, a, "dict", "popitem", 0, 0)?;
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
            arity(vm, a, "dict", "copy", 0, 0)?;
            let d = dict(vm, a)?;
            let t = vm.table(d).cloned().unwrap_or_default();
            Ok(vm.heap.alloc_value(Object::Dict(t)))
        }),
        (K::Dict, "dict", "clear", |vm, a| {
            arity(vm, a, "dict", "clear", 0, 0)?;
            let d = dict(vm, a)?;
            if let Some(Object::Dict(t)) = vm.heap.get_mut(d) {
                t.clear();
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "add", |vm, a| {
            arity(vm, a, "set", "add", 1, 1)?;
            let s = set(vm, a)?;
            vm.set_add(s, a.get(1).unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        (K::Set, "set", "discard", |vm, a| {
            arity(vm, a, "set", "discard", 1, 1)?;
            let s = set(vm, a)?;
            vm.dict_remove(s, a.get(1).unwrap_or(Value::None))?;
            Ok(Value::None)
        }),
        (K::Set, "set", "remove", |vm, a| {
            arity(vm, a, "set", "remove", 1, 1)?;
            let s = set(vm, a)?;
            let k = a.get(1).unwrap_or(Value::None);
            if vm.dict_remove(s, k)?.is_none() {
                let class = vm.types.exc("KeyError");
                return Err(vm.new_exception(class, vec![k]));
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "pop", |vm, a| {
            arity(vm, a, "set", "pop", 0, 0)?;
            let s = set(vm, a)?;
            // CPython's choice: the first element at or after the last pop's slot.
            let entry = match vm.heap.get_mut(s) {
                Some(Object::Set(t)) => t.set_pop_entry(),
                _ => None,
            };
            let key = entry.and_then(|e| vm.table(s).and_then(|t| t.get_at(e)).map(|e| e.key));
            match key {
                Some(k) => {
                    vm.dict_remove(s, k)?;
                    Ok(k)
                }
                None => Err(vm.err("KeyError", "pop from an empty set")),
            }
        }),
        (K::Set, "set", "update", |vm, a| {
            let s = set(vm, a)?;
            for other in &a.pos[1..] {
                if let (true, Value::Obj(o)) = (vm.is_any_set(*other), *other) {
                    vm.set_merge(s, o)?;
                    continue;
                }
                let items = vm.collect_iter(*other)?;
                vm.set_add_all(s, &items)?;
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "clear", |vm, a| {
            arity(vm, a, "set", "clear", 0, 0)?;
            let s = set(vm, a)?;
            if let Some(Object::Set(t)) = vm.heap.get_mut(s) {
                t.clear();
            }
            Ok(Value::None)
        }),
        (K::Set, "set", "copy", |vm, a| {
            arity(vm, a, "set", "copy", 0, 0)?;
            let s = set(vm, a)?;
            Ok(Value::Obj(vm.set_copy(s, false)))
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
        (K::Set, "set", "issubset", |vm, a| containment(vm, a, "set", "issubset")),
        (K::Set, "set", "issuperset", |vm, a| containment(vm, a, "set", "issuperset")),
        (K::FrozenSet, "frozenset", "issubset", |vm, a| containment(vm, a, "frozenset", "issubset")),
        (K::FrozenSet, "frozenset", "issuperset", |vm, a| containment(vm, a, "frozenset", "issuperset")),
        (K::FrozenSet, "frozenset", "union", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::Or)
        }),
        (K::FrozenSet, "frozenset", "intersection", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::And)
        }),
        (K::FrozenSet, "frozenset", "difference", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::Subtract)
        }),
        (K::Set, "set", "isdisjoint", |vm, a| {
            arity(vm, a, "set", "isdisjoint", 1, 1)?;
            isdisjoint(vm, a)
        }),
        (K::FrozenSet, "frozenset", "isdisjoint", |vm, a| {
            arity(vm, a, "frozenset", "isdisjoint", 1, 1)?;
            isdisjoint(vm, a)
        }),
        (K::DictKeys, "dict_keys", "isdisjoint", |vm, a| {
            arity(vm, a, "dict_keys", "isdisjoint", 1, 1)?;
            isdisjoint(vm, a)
        }),
        (K::DictItems, "dict_items", "isdisjoint", |vm, a| {
            arity(vm, a, "dict_items", "isdisjoint", 1, 1)?;
            isdisjoint(vm, a)
        }),
        (K::FrozenSet, "frozenset", "symmetric_difference", |vm, a| {
            set_method(vm, a, compiler_layer::instruction::BinaryOperator::Xor)
        }),
        (K::FrozenSet, "frozenset", "copy", |vm, a| {
            arity(vm, a, "frozenset", "copy", 0, 0)?;
            Ok(a.get(0).unwrap_or(Value::None))
        }),
        (K::Set, "set", "intersection_update", |vm, a| {
            set_update(vm, a, compiler_layer::instruction::BinaryOperator::And)
        }),
        (K::Set, "set", "difference_update", |vm, a| {
            set_update(vm, a, compiler_layer::instruction::BinaryOperator::Subtract)
        }),
        (K::Set, "set", "symmetric_difference_update", |vm, a| {
            set_update(vm, a, compiler_layer::instruction::BinaryOperator::Xor)
        }),
        (K::Slice, "slice", "indices", |vm, a| {
            let Some(Value::Obj(s)) = a.get(0) else {
                return Err(vm.type_error("descriptor requires a 'slice'"));
            };
            let n = crate::strings::int_arg(vm, a.get(1).unwrap_or(Value::None))?;
            if n < 0 {
                return Err(vm.value_error("length should not be negative"));
            }
            let (start, stop, step) = vm.slice_indices(s, n as usize)?;
            Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
        }),
        (K::Range, "range", "count", |vm, a| {
            let (r, v) = (a.get(0).unwrap_or(Value::None), a.get(1).unwrap_or(Value::None));
            Ok(Value::Int(i64::from(vm.contains(r, v)?)))
        }),
        (K::Range, "range", "index", |vm, a| {
            let (r, v) = (a.get(0).unwrap_or(Value::None), a.get(1).unwrap_or(Value::None));
            let start_step = match r {
                Value::Obj(o) => match vm.heap.get(o) {
                    Object::Range { start, step, .. } => Some((*start, *step)),
                    _ => None,
                },
                _ => None,
            };
            match (start_step, v) {
                (Some((start, step)), Value::Int(i)) if vm.contains(r, v)? => {
                    Ok(Value::Int((i - start) / step))
                }
                _ => {
                    let t = vm.repr_text(v)?;
                    Err(vm.value_error(format!("{t} is not in range")))
                }
            }
        }),
        (K::Int, "int", "bit_count", |vm, a| {
            let n = crate::builtins::int_of(vm, a.get(0).unwrap_or(Value::Int(0)))?;
            Ok(Value::Int(int_ops::bit_count(&n) as i64))
        }),
        (K::Int, "int", "conjugate", |vm, a| {
            let n = crate::builtins::int_of(vm, a.get(0).unwrap_or(Value::Int(0)))?;
            Ok(vm.new_int(n))
        }),
        (K::Int, "int", "as_integer_ratio", |vm, a| {
            let n = crate::builtins::int_of(vm, a.get(0).unwrap_or(Value::Int(0)))?;
            let n = vm.new_int(n);
            Ok(vm.new_tuple(vec![n, Value::Int(1)]))
        }),
        (K::Int, "int", "to_bytes", |vm, a| {
            let n = crate::builtins::int_of(vm, a.get(0).unwrap_or(Value::Int(0)))?;
            let len = match a.arg(vm, 1, "length") {
                Some(v) => crate::strings::int_arg(vm, v)?,
                None => 1,
            };
            let order = a.arg(vm, 2, "byteorder").and_then(|v| vm.str_of(v).map(str::to_string));
            let signed = match a.kwarg(vm, "signed") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            if n.sign() == num_bigint::Sign::Minus && !signed {
                return Err(vm.err("OverflowError", "can't convert negative int to unsigned"));
            }
            let mut bytes = n.to_signed_bytes_be();
            if !signed && bytes.len() > 1 && bytes[0] == 0 {
                bytes.remove(0);
            }
            let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
            let len = usize::try_from(len).unwrap_or(0);
            let fits = bytes.len() <= len || (n == num_bigint::BigInt::from(0) && len == 0);
            if !fits {
                return Err(vm.err("OverflowError", "int too big to convert"));
            }
            let mut out = vec![fill; len.saturating_sub(bytes.len())];
            out.extend(bytes.iter().skip(bytes.len().saturating_sub(len)));
            match order.as_deref() {
                Some("big") | None => {}
                Some("little") => out.reverse(),
                Some(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            }
            Ok(vm.heap.alloc_value(Object::Bytes(out)))
        }),
        // Called on the type (`int.from_bytes(...)`), like `dict.fromkeys`.
        (K::Int, "int", "from_bytes", |vm, a| {
            let data = a.get(0).unwrap_or(Value::None);
            let bytes: Vec<u8> = match data {
                Value::Obj(r) => match vm.heap.get(r) {
                    Object::Bytes(b) => b.clone(),
                    Object::MemoryView(_) => crate::memoryview::to_bytes(vm, r)?,
                    _ => {
                        let items = vm.collect_iter(data)?;
                        let mut out = Vec::with_capacity(items.len());
                        for item in items {
                            let n = crate::strings::int_arg(vm, item)?;
                            let b = u8::try_from(n)
                                .map_err(|_| vm.value_error("bytes must be in range(0, 256)"))?;
                            out.push(b);
                        }
                        out
                    }
                },
                _ => return Err(vm.type_error("cannot convert object to bytes")),
            };
            let order = a.arg(vm, 1, "byteorder").and_then(|v| vm.str_of(v).map(str::to_string));
            let signed = match a.kwarg(vm, "signed") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut big_endian = bytes;
            match order.as_deref() {
                Some("big") | None => {}
                Some("little") => big_endian.reverse(),
                Some(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            }
            let n = if signed {
                num_bigint::BigInt::from_signed_bytes_be(&big_endian)
            } else {
                num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &big_endian)
            };
            Ok(vm.new_int(n))
        }),
        (K::Float, "float", "as_integer_ratio", |vm, a| {
            let x = float_self(vm, a)?;
            match float_ops::as_integer_ratio(x) {
                Ok((n, d)) => {
                    let (n, d) = (vm.new_int(n), vm.new_int(d));
                    Ok(vm.new_tuple(vec![n, d]))
                }
                Err(e) => Err(vm.raise(e)),
            }
        }),
        (K::Float, "float", "hex", |vm, a| {
            let x = float_self(vm, a)?;
            Ok(vm.new_str(float_ops::to_hex(x)))
        }),
        // Called on the type (`float.fromhex(...)`), like `int.from_bytes`.
        (K::Float, "float", "fromhex", |vm, a| {
            let v = a.get(0).unwrap_or(Value::None);
            let Some(text) = vm.str_of(v).map(str::to_string) else {
                let msg = format!("fromhex() argument must be str, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            };
            float_ops::from_hex(&text).map(Value::Float).map_err(|e| vm.raise(e))
        }),
        (K::Complex, "complex", "conjugate", |vm, a| match a.get(0) {
            Some(Value::Obj(r)) => match vm.heap.get(r) {
                Object::Complex(re, im) => {
                    let (re, im) = (*re, -*im);
                    Ok(vm.heap.alloc_value(Object::Complex(re, im)))
                }
                _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
            },
            _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
        }),
        (K::Float, "float", "conjugate", |vm, a| Ok(Value::Float(float_self(vm, a)?))),
        (K::Int, "int", "bit_length", |vm, a| {
            let n = vm.to_bigint(a.get(0).unwrap_or(Value::Int(0))).unwrap_or_default();
            Ok(Value::Int(n.bits() as i64))
        }),
        (K::Float, "float", "is_integer", |vm, a| match a.get(0) {
            Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
            _ => Err(vm.type_error("descriptor 'is_integer' requires a 'float' object")),
        }),
        (K::TextFile, "TextIOWrapper", "write", crate::file::write),
        (K::TextFile, "TextIOWrapper", "reconfigure", crate::file::reconfigure),
        (K::TextFile, "TextIOWrapper", "seekable", crate::file::seekable),
        (K::BinaryFile, "BufferedReader", "seekable", crate::file::seekable),
        (K::BinaryFile, "BufferedReader", "flush", crate::file::flush),
        (K::TextFile, "TextIOWrapper", "writelines", crate::file::writelines),
        (K::TextFile, "TextIOWrapper", "isatty", crate::file::isatty),
        (K::TextFile, "TextIOWrapper", "fileno", crate::file::fileno),
        (K::TextFile, "TextIOWrapper", "readable", |vm, a| crate::file::can(vm, a, false)),
        (K::TextFile, "TextIOWrapper", "writable", |vm, a| crate::file::can(vm, a, true)),
        (K::BinaryFile, "BufferedReader", "isatty", crate::file::isatty),
        (K::BinaryFile, "BufferedReader", "fileno", crate::file::fileno),
        (K::BinaryFile, "BufferedReader", "readable", |vm, a| crate::file::can(vm, a, false)),
        (K::BinaryFile, "BufferedReader", "writable", |vm, a| crate::file::can(vm, a, true)),
        (K::TextFile, "TextIOWrapper", "read", crate::file::read),
        (K::TextFile, "TextIOWrapper", "readline", crate::file::readline_method),
        (K::TextFile, "TextIOWrapper", "readlines", crate::file::readlines),
        (K::TextFile, "TextIOWrapper", "close", crate::file::close),
        (K::TextFile, "TextIOWrapper", "flush", crate::file::flush),
        (K::TextFile, "TextIOWrapper", "tell", crate::file::tell),
        (K::TextFile, "TextIOWrapper", "seek", crate::file::seek),
        (K::BinaryFile, "BufferedReader", "tell", crate::file::tell),
        (K::BinaryFile, "BufferedReader", "seek", crate::file::seek),
        (K::TextFile, "TextIOWrapper", "__enter__", crate::file::enter),
        (K::TextFile, "TextIOWrapper", "__exit__", crate::file::exit),
        (K::BinaryFile, "BufferedReader", "write", crate::file::write),
        (K::BinaryFile, "BufferedReader", "writelines", crate::file::writelines),
        (K::BinaryFile, "BufferedReader", "readlines", crate::file::readlines),
        (K::BinaryFile, "BufferedReader", "read", crate::file::read),
        (K::BinaryFile, "BufferedReader", "readline", crate::file::readline_method),
        (K::BinaryFile, "BufferedReader", "close", crate::file::close),
        (K::BinaryFile, "BufferedReader", "__enter__", crate::file::enter),
        (K::BinaryFile, "BufferedReader", "__exit__", crate::file::exit),
        (K::Generator, "generator", "send", |vm, a| {
            let Some(Value::Obj(g)) = a.get(0) else { return Err(vm.type_error("send() needs a generator")) };
            let sent = a.get(1).unwrap_or(Value::None);
            if !sent.is_none() && vm.just_started(g) {
                return Err(vm.type_error("can't send non-None value to a just-started generator"));
            }
            match vm.resume(g, sent)? {
                crate::generator::Sent::Yielded(v) => Ok(v),
                crate::generator::Sent::Returned(v) => Err(vm.stop_iteration(v)),
            }
        }),
        (K::Generator, "generator", "__next__", |vm, a| {
            let Some(Value::Obj(g)) = a.get(0) else {
                return Err(vm.type_error("__next__() needs a generator"));
            };
            match vm.resume(g, Value::None)? {
                crate::generator::Sent::Yielded(v) => Ok(v),
                crate::generator::Sent::Returned(v) => Err(vm.stop_iteration(v)),
            }
        }),
        (K::Generator, "generator", "__iter__", |vm, a| match a.get(0) {
            Some(g @ Value::Obj(r)) if matches!(vm.heap.get(r), Object::Generator(_)) => Ok(g),
            _ => Err(vm.type_error("__iter__() needs a generator")),
        }),
        (K::Generator, "generator", "close", |vm, a| {
            if let Some(Value::Obj(g)) = a.get(0) {
                vm.close_generator(g)?;
            }
            Ok(Value::None)
        }),
        (K::Generator, "generator", "throw", |vm, a| {
            let Some(Value::Obj(g)) = a.get(0) else {
                return Err(vm.type_error("throw() needs a generator"));
            };
            let exc = vm.thrown_exception(a.get(1).unwrap_or(Value::None), a.get(2))?;
            match vm.throw(g, exc)? {
                crate::generator::Sent::Yielded(v) => Ok(v),
                crate::generator::Sent::Returned(v) => Err(vm.stop_iteration(v)),
            }
        }),
    ];
    for (kind, owner, name, f) in table {
        add(vm, *kind, owner, name, *f);
    }
    // `BaseException.with_traceback(tb)`: sets `__traceback__`, returns the exception.
    let base = vm.types.exc("BaseException");
    if let Object::Type(t) = vm.heap.get(base) {
        let dict = t.dict;
        let f = vm.heap.alloc_value(Object::Builtin(Builtin {
            name: "with_traceback",
            func: |vm, a| match a.get(0) {
                Some(e @ Value::Obj(r)) if matches!(vm.heap.get(r), Object::Exception(_)) => {
                    vm.set_exception_traceback(r, a.get(1).unwrap_or(Value::None))?;
                    Ok(e)
                }
                _ => Err(vm.type_error("descriptor 'with_traceback' requires a 'BaseException' object")),
            },
            owner: Some("BaseException"),
            takes_instance: false,
        }));
        vm.dict_set_name(dict, "with_traceback", f);
        let f = vm.heap.alloc_value(Object::Builtin(Builtin {
            name: "add_note",
            func: add_note,
            owner: Some("BaseException"),
            takes_instance: false,
        }));
        vm.dict_set_name(dict, "add_note", f);
        // The exception's own text, for a subclass's `super().__str__()`.
        vm.add_method(base, "BaseException", "__str__", |vm, a| {
            let exc = exception_receiver(vm, a, "__str__")?;
            let text = vm.exception_args_str(exc)?;
            Ok(vm.new_str(text))
        });
        for owner in [
            "KeyError",
            "OSError",
            "UnicodeEncodeError",
            "UnicodeDecodeError",
            "UnicodeTranslateError",
            "BaseExceptionGroup",
        ] {
            let class = vm.types.exc(owner);
            vm.add_method(class, owner, "__str__", |vm, a| {
                let exc = exception_receiver(vm, a, "__str__")?;
                let text = vm.exception_str(exc)?;
                Ok(vm.new_str(text))
            });
        }
        vm.add_method(base, "BaseException", "__repr__", |vm, a| {
            let exc = exception_receiver(vm, a, "__repr__")?;
            let text = vm.exception_repr(exc)?;
            Ok(vm.new_str(text))
        });
    }
    crate::strings::install(vm);
    crate::frame_object::install(vm);
    crate::bytes_methods::install(vm);
}

/// The exception a `BaseException` method was called on.
fn exception_receiver(vm: &mut Vm, a: &Args, name: &str) -> PResult<Value> {
    match a.pos.first() {
        Some(&e @ Value::Obj(r)) if matches!(vm.heap.get(r), Object::Exception(_)) => Ok(e),
        Some(&other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseException' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => {
            Err(vm.type_error(format!("descriptor '{name}' of 'BaseException' object needs an argument")))
        }
    }
}

/// `BaseException.add_note(note)`: appends to the list `__notes__`, which
/// the traceback prints after the exception's message.
fn add_note(vm: &mut Vm, a: &Args) -> PResult<Value> {
    arity(vm, a, "BaseException", "add_note", 1, 1)?;
    let (exc, note) = (a.pos[0], a.pos[1]);
    if vm.str_of(note).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = match vm.getattr_opt(exc, "__notes__")? {
        Some(notes) => notes,
        None => {
            let notes = vm.new_list(vec![]);
            let name = Value::Obj(vm.intern("__notes__"));
            vm.setattr(exc, name, notes)?;
            notes
        }
    };
    match notes {
        Value::Obj(l) if matches!(vm.heap.get(l), Object::List(_)) => {
            if let Some(Object::List(items)) = vm.heap.get_mut(l) {
                items.push(note);
            }
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}

/// CPython's argument-count errors for builtin methods (`a.pos[0]` is the
/// receiver): exactly one argument, none, or a range; and none of them take
/// keywords.
pub(crate) fn arity(vm: &mut Vm, a: &Args, owner: &str, name: &str, min: usize, max: usize) -> PResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len().saturating_sub(1);
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = match (min, max) {
        (1, 1) => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        (0, 0) => format!("{owner}.{name}() takes no arguments ({n} given)"),
        _ if n < min => format!("{name} expected at least {min} argument{}, got {n}", plural(min)),
        _ => format!("{name} expected at most {max} argument{}, got {n}", plural(max)),
    };
    Err(vm.type_error(msg))
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
    let items = vm.collect_iter(v)?;
    let s = vm.heap.alloc(Object::Set(crate::dict::Dict::new_set()));
    vm.set_add_all(s, &items)?;
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

fn float_self(vm: &mut Vm, a: &Args) -> PResult<f64> {
    match a.get(0) {
        Some(Value::Float(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

/// `s.issubset(iterable)` / `s.issuperset(iterable)` of a set or frozenset:
/// `<=` / `>=` against the iterable made a set.
fn containment(vm: &mut Vm, a: &Args, owner: &str, name: &str) -> PResult<Value> {
    use compiler_layer::instruction::ComparisonOperator as C;
    arity(vm, a, owner, name, 1, 1)?;
    let other = to_set(vm, a.get(1).unwrap_or(Value::None))?;
    let op = if name == "issubset" { C::LessEqual } else { C::GreaterEqual };
    vm.compare(a.get(0).unwrap_or(Value::None), other, op)
}

fn isdisjoint(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let s = a.get(0).unwrap_or(Value::None);
    for item in vm.collect_iter(a.get(1).unwrap_or(Value::None))? {
        if vm.contains(s, item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `s.op_update(*others)`: `s op= other` for each.
fn set_update(vm: &mut Vm, a: &Args, op: compiler_layer::instruction::BinaryOperator) -> PResult<Value> {
    let s = set(vm, a)?;
    for other in &a.pos[1..] {
        let o = to_set(vm, *other)?;
        vm.roots.push(o);
        let r = vm.set_op(Value::Obj(s), o, op);
        vm.roots.pop();
        if let Some(v) = r? {
            let table = vm.table(v.as_obj().unwrap_or(s)).cloned().unwrap_or_default();
            if let Some(Object::Set(t)) = vm.heap.get_mut(s) {
                *t = table;
            }
        }
    }
    Ok(Value::None)
}

/// `list.index(x[, start[, stop]])` and `tuple.index`: the window is
/// clamped like a slice's.
fn seq_index(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let items = vm.seq_items(a.get(0).unwrap_or(Value::None)).unwrap_or_default();
    let v = a.get(1).unwrap_or(Value::None);
    let n = items.len() as i64;
    let mut window = [0, n];
    for (slot, arg) in window.iter_mut().zip([a.get(2), a.get(3)]) {
        let Some(arg) = arg else { continue };
        let Some(i) = vm.slice_bound(arg)? else {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        };
        *slot = if i < 0 { (i + n).max(0) } else { i.min(n) };
    }
    let [start, stop] = window;
    let window = if start < stop { &items[start as usize..stop as usize] } else { &[] };
    match matches(vm, window, v, true)?.first().copied() {
        Some(i) => Ok(Value::Int(i as i64 + start)),
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
    Ok(Value::Int(matches(vm, &items, v, false)?.len() as i64))
}

/// The positions of `items` equal to `v` (`item == v`, so a user `__eq__`
/// runs), stopping at the first if `first_only`. The items are rooted while
/// Python code may run.
fn matches(vm: &mut Vm, items: &[Value], v: Value, first_only: bool) -> PResult<Vec<usize>> {
    let mark = vm.roots.len();
    vm.roots.extend(items.iter().copied());
    vm.roots.push(v);
    let mut found = Vec::new();
    let mut result = Ok(());
    for (i, x) in items.iter().enumerate() {
        match vm.eq_values(*x, v) {
            Ok(true) => {
                found.push(i);
                if first_only {
                    break;
                }
            }
            Ok(false) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.roots.truncate(mark);
    result.map(|_| found)
}

/// `int(x)`, `int(s, base)`: parsing by `semantics::int_ops::parse_int`.
pub fn int_new(vm: &mut Vm, a: &Args) -> PResult<Value> {
    if a.pos.len() > 2 {
        let msg = format!("int() takes at most 2 arguments ({} given)", a.pos.len());
        return Err(vm.type_error(msg));
    }
    let Some(v) = a.arg(vm, 0, "x") else {
        if a.kwarg(vm, "base").is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    let base = match a.arg(vm, 1, "base") {
        Some(b) => Some(crate::strings::int_arg(vm, b)?),
        None => None,
    };
    if let (Value::Obj(r), None | Some(10)) = (v, base) {
        if let Object::Str(s) = vm.heap.get(r) {
            if let Some(n) = int_ops::parse_small_decimal(s.as_str()) {
                return Ok(Value::Int(n));
            }
        }
    }
    // A str, bytes or bytearray subclass's instance is parsed as its text.
    let text = match vm.base_value(v) {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Str(s) => Some(s.as_str().to_string()),
            Object::Bytes(b) | Object::ByteArray(b) => Some(String::from_utf8_lossy(b).into_owned()),
            _ => None,
        },
        _ => None,
    };
    if let Some(s) = text {
        let base = base.unwrap_or(10);
        return match int_ops::parse_int(&s, base, vm.int_max_str_digits) {
            Ok(n) => Ok(vm.new_int(n)),
            Err(e) => Err(vm.raise(e)),
        };
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    let s = vm.special.clone();
    let v = match vm.numeric_special(v, &[s.int, s.index], vec![])? {
        Ok(r) | Err(r) => r,
    };
    match v {
        Value::Int(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Float(f) => match float_ops::to_int(f) {
            Ok(n) => Ok(vm.new_int(n)),
            Err(e) => Err(vm.raise(e)),
        },
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Int(_)) => Ok(v),
        _ => {
            let msg = format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `float(x)`: parsing by `semantics::float_ops::parse_float`.
pub fn float_new(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let v = one_of(vm, a, "float", 0, 1)?;
    if a.pos.is_empty() {
        return Ok(Value::Float(0.0));
    }
    let text = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Str(s) => Some(s.as_str().to_string()),
            Object::Bytes(b) | Object::ByteArray(b) => Some(String::from_utf8_lossy(b).into_owned()),
            _ => None,
        },
        _ => None,
    };
    if let Some(s) = text {
        return match float_ops::parse_float(&s) {
            Ok(f) => Ok(Value::Float(f)),
            Err(e) => Err(vm.raise(e)),
        };
    }
    let v = crate::builtins::float_operand(vm, v)?;
    match vm.to_f64(v)? {
        Some(f) => Ok(Value::Float(f)),
        None => {
            let msg =
                format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}
