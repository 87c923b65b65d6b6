//! The data model for instances of user classes: operators and protocols
//! (`+`, `==`, `hash`, `len`, `iter`, `in`, `[]`, calls, `repr`, `format`...)
//! through the special methods their classes define, with CPython's rules
//! for reflected operands and `NotImplemented`.
//!
//! The operators in `ops.rs` handle builtin values natively and come here
//! when an operand is an [`Object::Instance`]. A special method is looked up
//! on the class among the classes defined in Python (`Vm::lookup_user`); when
//! none defines it, an instance of a subclass of a builtin type behaves as
//! the builtin value it extends, and a plain instance as `object` does.
//!
//! The builtin types' own special methods (`object.__setattr__`,
//! `dict.__setitem__`...) are installed here too, for programs that call
//! them explicitly, as in `super().__setitem__(key, value)` (their operators
//! are in `operator_methods.rs`).

use compiler_layer::instruction::{BinaryOperator as B, ComparisonOperator as C, UnaryOperator as U};

use crate::call::Args;
use crate::object::{Builtin, IterKind, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm) {
    let object: &[(&'static str, NativeFn)] = &[
        ("__setattr__", |vm, a| {
            let [obj, name, value] = three(vm, a, "__setattr__")?;
            let class = vm.type_of(obj);
            if matches!(obj, Value::Obj(r) if matches!(vm.heap.get(r), Object::Instance(_))) {
                vm.generic_setattr(obj, class, name, Some(value))?;
            } else {
                vm.store_attr(obj, name, value)?;
            }
            Ok(Value::None)
        }),
        ("__delattr__", |vm, a| {
            let (obj, name) = two(vm, a, "__delattr__")?;
            let class = vm.type_of(obj);
            if matches!(obj, Value::Obj(r) if matches!(vm.heap.get(r), Object::Instance(_))) {
                vm.generic_setattr(obj, class, name, None)?;
            } else {
                vm.delete_attr(obj, name)?;
            }
            Ok(Value::None)
        }),
        ("__getattribute__", |vm, a| {
            let (obj, name) = two(vm, a, "__getattribute__")?;
            let class = vm.type_of(obj);
            match vm.generic_getattr(obj, class, name)? {
                Some(v) => Ok(v),
                None => Err(vm.lookup_failed(obj, name)),
            }
        }),
        ("__repr__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            let text = vm.default_repr(obj);
            Ok(vm.new_str(text))
        }),
        ("__str__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            vm.repr(obj)
        }),
        ("__eq__", |vm, a| {
            let (x, y) = two(vm, a, "__eq__")?;
            Ok(if x.is(y) { Value::Bool(true) } else { vm.not_implemented })
        }),
        // Ordering is not defined for objects: each comparison defers to the
        // other operand's (so that `total_ordering` sees which a class defines).
        ("__lt__", |vm, a| two(vm, a, "__lt__").map(|_| vm.not_implemented)),
        ("__le__", |vm, a| two(vm, a, "__le__").map(|_| vm.not_implemented)),
        ("__gt__", |vm, a| two(vm, a, "__gt__").map(|_| vm.not_implemented)),
        ("__ge__", |vm, a| two(vm, a, "__ge__").map(|_| vm.not_implemented)),
        // CPython's size of a bare object; Strata's sizes are not CPython's
        // (`sys.getsizeof`), but the method exists.
        ("__sizeof__", |_, _| Ok(Value::Int(16))),
        ("__ne__", |vm, a| {
            let (x, y) = two(vm, a, "__ne__")?;
            let eq = vm.compare(x, y, C::Equal)?;
            if eq.is(vm.not_implemented) {
                return Ok(eq);
            }
            Ok(Value::Bool(!vm.truthy(eq)?))
        }),
        ("__hash__", |_, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            Ok(Value::Int(identity_hash(obj)))
        }),
        ("__format__", |vm, a| {
            let (obj, spec) = two(vm, a, "__format__")?;
            let spec = vm.str_of(spec).unwrap_or("").to_string();
            let text = vm.format_object(obj, &spec)?;
            Ok(vm.new_str(text))
        }),
        ("__dir__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            let names = vm.dir_names(obj)?;
            Ok(vm.new_list(names))
        }),
        // Pickling and copying: CPython's C code for these, written in
        // Python in `_object_reduce`.
        ("__reduce_ex__", |vm, a| {
            let (obj, protocol) = two(vm, a, "__reduce_ex__")?;
            object_reduce(vm, "_object_reduce_ex", &[obj, protocol])
        }),
        ("__reduce__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            object_reduce(vm, "_common_reduce", &[obj, Value::Int(0)])
        }),
        ("__getstate__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            object_reduce(vm, "_object_getstate", &[obj])
        }),
    ];
    let t = vm.types.get(TypeKind::Object);
    for (name, func) in object {
        vm.add_method(t, "object", name, *func);
    }
    // Every type has a `__doc__`; Strata's builtin types have no text for it.
    vm.set_type_attr(t, "__doc__", Value::None);
    // Repr, format and hashing of the scalar types, for explicit calls (`int.__repr__(x)`).
    let scalars: &[(K, &'static str)] =
        &[(K::Int, "int"), (K::Float, "float"), (K::Complex, "complex"), (K::Bool, "bool"), (K::Str, "str")];
    for &(kind, owner) in scalars {
        let t = vm.types.get(kind);
        let text: &[(&'static str, NativeFn)] = &[
            ("__repr__", |vm, a| {
                let obj = a.get(0).unwrap_or(Value::None);
                vm.repr(obj)
            }),
            ("__format__", |vm, a| {
                let (obj, spec) = two(vm, a, "__format__")?;
                let spec = vm.str_of(spec).unwrap_or("").to_string();
                vm.format(obj, &spec)
            }),
            ("__hash__", |vm, a| {
                let obj = a.get(0).unwrap_or(Value::None);
                Ok(Value::Int(vm.hash(obj)?))
            }),
        ];
        for (name, func) in text {
            vm.add_method(t, owner, name, *func);
        }
    }
    // Of the scalars only `str` has a `__str__`: the numbers inherit
    // `object.__str__`, which is their repr (a subclass's `__repr__` too).
    let str_type = vm.types.get(K::Str);
    vm.add_method(str_type, "str", "__str__", |vm, a| {
        let obj = a.get(0).unwrap_or(Value::None);
        vm.to_str(obj)
    });
    // Conversions: `n.__index__()`, `x.__int__()`, `x.__float__()`.
    let to_int: NativeFn =
        |vm, a| crate::methods::int_new(vm, &Args::new(vec![a.get(0).unwrap_or(Value::None)]));
    let to_float: NativeFn =
        |vm, a| crate::methods::float_new(vm, &Args::new(vec![a.get(0).unwrap_or(Value::None)]));
    for &(kind, owner) in &[(K::Int, "int"), (K::Bool, "bool")] {
        let t = vm.types.get(kind);
        vm.add_method(t, owner, "__index__", to_int);
    }
    for &(kind, owner) in &[(K::Int, "int"), (K::Bool, "bool"), (K::Float, "float")] {
        let t = vm.types.get(kind);
        vm.add_method(t, owner, "__int__", to_int);
        vm.add_method(t, owner, "__float__", to_float);
    }
    let dict = vm.types.get(TypeKind::Dict);
    let f = vm.new_method("dict", "fromkeys", dict_fromkeys);
    let method = vm.heap.alloc_value(Object::ClassMethod(f));
    vm.set_type_attr(dict, "fromkeys", method);
    // The container protocol of the builtin containers (the deque's is
    // installed with `_collections`).
    use TypeKind as K;
    let containers: &[(K, &'static str)] = &[
        (K::List, "list"),
        (K::Dict, "dict"),
        (K::Tuple, "tuple"),
        (K::Str, "str"),
        (K::Set, "set"),
        (K::FrozenSet, "frozenset"),
        (K::Bytes, "bytes"),
        (K::ByteArray, "bytearray"),
        (K::Range, "range"),
        (K::MemoryView, "memoryview"),
    ];
    for &(kind, owner) in containers {
        install_container_protocol(vm, kind, owner);
    }
    install_callables(vm);
    crate::operator_methods::install(vm);
}

/// The container protocol of builtin container type `kind` (`__len__`,
/// `__contains__`, `__iter__`, `__repr__`, items; a deque has its own
/// item methods), acting on the builtin value (an instance of a subclass
/// arrives as its base value).
pub(crate) fn install_container_protocol(vm: &mut Vm, kind: TypeKind, owner: &'static str) {
    use TypeKind as K;
    let t = vm.types.get(kind);
    let protocol: &[(&'static str, NativeFn)] = &[
        ("__len__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            Ok(Value::Int(vm.len(obj)? as i64))
        }),
        ("__contains__", |vm, a| {
            let (obj, item) = two(vm, a, "__contains__")?;
            vm.contains(obj, item).map(Value::Bool)
        }),
        ("__iter__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            vm.iter(obj)
        }),
        ("__repr__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            vm.repr(obj)
        }),
    ];
    for (name, func) in protocol {
        vm.add_method(t, owner, name, *func);
    }
    if kind == K::Dict {
        let f = Builtin {
            name: "__getitem__",
            func: |vm, a| {
                let (obj, key) = two(vm, a, "__getitem__")?;
                vm.dict_subscript(obj, key)
            },
            owner: Some(owner),
            takes_instance: true,
        };
        let f = vm.heap.alloc_value(Object::Builtin(f));
        vm.set_type_attr(t, "__getitem__", f);
    } else if !matches!(kind, K::Set | K::FrozenSet | K::Deque) {
        vm.add_method(t, owner, "__getitem__", |vm, a| {
            let (obj, key) = two(vm, a, "__getitem__")?;
            vm.getitem(obj, key)
        });
    }
    if matches!(kind, K::Tuple | K::FrozenSet | K::Range) {
        vm.add_method(t, owner, "__hash__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            Ok(Value::Int(vm.hash(obj)?))
        });
    }
    if matches!(kind, K::List | K::Dict | K::Range) {
        vm.add_method(t, owner, "__reversed__", |vm, a| {
            let obj = a.get(0).unwrap_or(Value::None);
            crate::builtins::reversed(vm, &Args::new(vec![obj]))
        });
    }
    if matches!(kind, K::List | K::Dict | K::Set | K::ByteArray | K::Deque) {
        // Mutable containers are unhashable: `__hash__` is None in their
        // dict, which is what `collections.abc.Hashable` looks for.
        vm.set_type_attr(t, "__hash__", Value::None);
    }
    if matches!(kind, K::List | K::Dict | K::ByteArray | K::MemoryView) {
        vm.add_method(t, owner, "__setitem__", |vm, a| {
            let [obj, key, value] = three(vm, a, "__setitem__")?;
            vm.setitem(obj, key, value).map(|()| Value::None)
        });
        vm.add_method(t, owner, "__delitem__", |vm, a| {
            let (obj, key) = two(vm, a, "__delitem__")?;
            vm.delitem(obj, key).map(|()| Value::None)
        });
    }
}

/// `_object_reduce.NAME(*args)`.
fn object_reduce(vm: &mut Vm, name: &str, args: &[Value]) -> PResult<Value> {
    vm.rooted(args, |vm| {
        let module = vm.import_module("_object_reduce")?;
        let name = Value::Obj(vm.intern(name));
        let f = vm.getattr(module, name)?;
        vm.call(f, args)
    })
}

/// `__call__` of functions, builtins and bound methods, for explicit calls
/// and for `collections.abc.Callable`, which looks for it in the type's dict.
fn install_callables(vm: &mut Vm) {
    for (kind, owner) in [
        (TypeKind::Function, "function"),
        (TypeKind::BuiltinFunction, "builtin_function_or_method"),
        (TypeKind::Method, "method"),
    ] {
        let t = vm.types.get(kind);
        vm.add_method(t, owner, "__call__", |vm, a| match a.pos.first() {
            Some(&f) => vm.call_args(f, Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() }),
            None => Err(vm.type_error("descriptor '__call__' needs an argument")),
        });
    }
}

/// `dict.fromkeys(iterable, value=None)`, a class method: a subclass gets an
/// instance of itself.
fn dict_fromkeys(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (Some(cls), Some(keys)) = (a.get(0), a.get(1)) else {
        return Err(vm.type_error("fromkeys expected at least 1 argument, got 0"));
    };
    let value = a.get(2).unwrap_or(Value::None);
    let keys = vm.collect_iter(keys)?;
    let d = vm.call(cls, &[])?;
    vm.roots.push(d);
    let mut r = Ok(());
    for k in keys {
        r = vm.setitem(d, k, value);
        if r.is_err() {
            break;
        }
    }
    vm.roots.pop();
    r.map(|()| d)
}

fn two(vm: &mut Vm, a: &Args, name: &str) -> PResult<(Value, Value)> {
    match a.pos[..] {
        [x, y] => Ok((x, y)),
        _ => {
            Err(vm
                .type_error(format!("expected 1 argument for {name}, got {}", a.pos.len().saturating_sub(1))))
        }
    }
}

fn three(vm: &mut Vm, a: &Args, name: &str) -> PResult<[Value; 3]> {
    match a.pos[..] {
        [x, y, z] => Ok([x, y, z]),
        _ => Err(
            vm.type_error(format!("expected 2 arguments for {name}, got {}", a.pos.len().saturating_sub(1)))
        ),
    }
}

/// `object.__hash__`: from the object's identity, as CPython's `id() >> 4`.
pub fn identity_hash(v: Value) -> i64 {
    match v {
        Value::Obj(r) => (crate::repr::address(r.0) >> 4) as i64,
        _ => 0,
    }
}

/// Whether `v` is an instance of a user class (not an exception).
#[inline]
pub fn is_instance(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Instance(_)))
}

/// Whether `v`'s operators may be special methods defined in Python: an
/// instance of a user class, or a class whose metaclass is one (`Model |
/// Other`, `bool(Model)` through the metaclass's `__or__`, `__bool__`).
#[inline]
pub fn has_user_class(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if match vm.heap.get(r) {
        Object::Instance(_) => true,
        Object::Type(t) => t.meta.is_some(),
        _ => false,
    })
}

/// Whether comparing `v` with `==` may take Python code: an instance of a
/// user class, or a tuple holding one (`(K(1),) == (K(1),)` asks `K.__eq__`).
/// Hashed tables compare such keys through `Vm::eq_values`, not `equal_in`.
pub fn compares_in_python(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Instance(_) => true,
            Object::Tuple(items) => items.iter().any(|&item| compares_in_python(vm, item)),
            _ => false,
        },
        _ => false,
    }
}

impl Vm {
    /// Calls special method `f` (found on `obj`'s class) on `obj`.
    pub fn call_special(&mut self, f: Value, obj: Value, rest: &[Value]) -> PResult<Value> {
        if let Value::Obj(r) = f {
            if let Some(result) = self.run_positional(r, Some(obj), rest) {
                return result;
            }
            if matches!(self.heap.get(r), Object::Function(_)) {
                let mut args = self.spare_args.pop().unwrap_or_default();
                args.push(obj);
                args.extend_from_slice(rest);
                return self.call_args(f, crate::call::Args::new(args));
            }
        }
        if f.is_none() {
            let msg = format!("'{}' object is not callable", self.type_name(f));
            return Err(self.type_error(msg));
        }
        let class = self.type_of(obj);
        let bound = self.descr_get(f, Some(obj), class)?;
        self.call(bound, rest)
    }

    /// `obj.name(*rest)` when `obj`'s class defines `name` in Python.
    pub(crate) fn try_special(&mut self, obj: Value, name: ObjRef, rest: &[Value]) -> PResult<Option<Value>> {
        match self.special_of(obj, name) {
            Some(f) => self.call_special(f, obj, rest).map(Some),
            None => Ok(None),
        }
    }

    /// `a op b` when `a` or `b` is an instance of a user class.
    pub(crate) fn binary_op_instances(&mut self, a: Value, b: Value, op: B) -> PResult<Option<Value>> {
        let ([forward, reflected, in_place], inplace) = self.binary_names.of(op);
        let ni = self.not_implemented;
        if inplace {
            if let Some(r) = self.try_special(a, in_place, &[b])? {
                if !r.is(ni) {
                    return Ok(Some(r));
                }
            }
        }
        self.binary_special(a, b, forward, reflected)
    }

    /// `a op b` by the special methods `forward` of `a` and `reflected` of
    /// `b`, with CPython's order (`binary_op1`); `None` when neither applies.
    pub(crate) fn binary_special(
        &mut self,
        a: Value,
        b: Value,
        forward: ObjRef,
        reflected: ObjRef,
    ) -> PResult<Option<Value>> {
        let ni = self.not_implemented;
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let fa = self.special_of(a, forward);
        let mut fb = if ta != tb { self.special_of(b, reflected) } else { None };
        // A subclass's reflected method goes first (CPython's binary_op1).
        if let Some(g) = fb {
            if self.is_subtype(tb, ta) {
                let r = self.call_special(g, b, &[a])?;
                if !r.is(ni) {
                    return Ok(Some(r));
                }
                fb = None;
            }
        }
        if let Some(f) = fa {
            let r = self.call_special(f, a, &[b])?;
            if !r.is(ni) {
                return Ok(Some(r));
            }
        }
        if let Some(g) = fb {
            let r = self.call_special(g, b, &[a])?;
            if !r.is(ni) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a op b` for a rich comparison when `a` or `b` is an instance of a user class.
    pub(crate) fn compare_instances(&mut self, a: Value, b: Value, op: C) -> PResult<Value> {
        let s = &self.special;
        let (forward, reflected) = match op {
            C::Less => (s.lt, s.gt),
            C::LessEqual => (s.le, s.ge),
            C::Equal => (s.eq, s.eq),
            C::NotEqual => (s.ne, s.ne),
            C::Greater => (s.gt, s.lt),
            C::GreaterEqual => (s.ge, s.le),
        };
        let ni = self.not_implemented;
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let fb = self.special_of(b, reflected);
        let reflected_first = ta != tb && self.is_subtype(tb, ta) && fb.is_some();
        if reflected_first {
            if let Some(g) = fb {
                let r = self.call_special(g, b, &[a])?;
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.special_of(a, forward) {
            let r = self.call_special(f, a, &[b])?;
            if !r.is(ni) {
                return Ok(r);
            }
        } else if op == C::NotEqual {
            // `object.__ne__` inverts `__eq__`.
            if let Some(f) = self.special_of(a, self.special.eq) {
                let r = self.call_special(f, a, &[b])?;
                if !r.is(ni) {
                    return Ok(Value::Bool(!self.truthy(r)?));
                }
            }
        }
        if !reflected_first {
            if let Some(g) = fb {
                let r = self.call_special(g, b, &[a])?;
                if !r.is(ni) {
                    return Ok(r);
                }
            } else if op == C::NotEqual {
                if let Some(g) = self.special_of(b, self.special.eq) {
                    let r = self.call_special(g, b, &[a])?;
                    if !r.is(ni) {
                        return Ok(Value::Bool(!self.truthy(r)?));
                    }
                }
            }
        }
        let (x, y) = (self.base_value(a), self.base_value(b));
        if !x.is(a) || !y.is(b) {
            return self.compare_builtin(x, y, op, (a, b));
        }
        match op {
            C::Equal => Ok(Value::Bool(a.is(b))),
            C::NotEqual => Ok(Value::Bool(!a.is(b))),
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `hash(obj)` for an instance of a user class.
    pub(crate) fn hash_instance(&mut self, obj: Value) -> PResult<i64> {
        let hash = self.special.hash;
        match self.special_of(obj, hash) {
            Some(Value::None) => {
                let msg = format!("unhashable type: '{}'", self.type_name(obj));
                Err(self.type_error(msg))
            }
            Some(f) => {
                let r = self.call_special(f, obj, &[])?;
                // A result that fits is the hash as it is (CPython's
                // slot_tp_hash), so `hash(x) == x.__hash__()` for a builtin
                // `__hash__` whose values use the whole range (bytes).
                match r {
                    Value::Int(-1) => Ok(-2),
                    Value::Int(i) => Ok(i),
                    Value::Bool(b) => Ok(i64::from(b)),
                    Value::Obj(o) if matches!(self.heap.get(o), Object::Int(_)) => self.hash(r),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            None => {
                let base = self.base_value(obj);
                if base.is(obj) {
                    Ok(identity_hash(obj))
                } else {
                    self.hash_shown(base, obj)
                }
            }
        }
    }

    /// `bool(obj)` for an instance of a user class: `__bool__`, else `__len__`.
    pub(crate) fn truthy_instance(&mut self, obj: Value) -> PResult<bool> {
        if let Some(r) = self.try_special(obj, self.special.bool, &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let msg = format!("__bool__ should return bool, returned {}", self.type_name(r));
                    Err(self.type_error(msg))
                }
            };
        }
        if self.special_of(obj, self.special.len).is_some() {
            return Ok(self.len(obj)? != 0);
        }
        let base = self.base_value(obj);
        if base.is(obj) {
            Ok(true)
        } else {
            self.truthy(base)
        }
    }

    /// `len(obj)`: builtin lengths, or `__len__`.
    pub fn len(&mut self, obj: Value) -> PResult<usize> {
        if let Some(n) = self.len_of(obj) {
            return Ok(n);
        }
        if let Some(view) = crate::memoryview::view_of(self, obj) {
            return crate::memoryview::len(self, view);
        }
        if let Some(r) = self.try_special(obj, self.special.len, &[])? {
            return match r {
                Value::Int(n) if n >= 0 => Ok(n as usize),
                Value::Bool(b) => Ok(usize::from(b)),
                Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
                Value::Obj(big) if matches!(self.heap.get(big), Object::Int(_)) => {
                    match self.to_bigint(r).map(|n| n.sign()) {
                        Some(num_bigint::Sign::Minus) => {
                            Err(self.value_error("__len__() should return >= 0"))
                        }
                        _ => Err(self.err("OverflowError", "cannot fit 'int' into an index-sized integer")),
                    }
                }
                _ => {
                    let msg = format!("'{}' object cannot be interpreted as an integer", self.type_name(r));
                    Err(self.type_error(msg))
                }
            };
        }
        let base = self.base_value(obj);
        if let Some(n) = self.len_of(base) {
            return Ok(n);
        }
        let msg = format!("object of type '{}' has no len()", self.type_name(obj));
        Err(self.type_error(msg))
    }

    /// `iter(obj)` for an instance: `__iter__`, else the `__getitem__` protocol.
    pub(crate) fn iter_instance(&mut self, obj: Value) -> PResult<Option<Value>> {
        if let Some(it) = self.try_special(obj, self.special.iter, &[])? {
            let next = self.special.next;
            let is_iterator = self.special_of(it, next).is_some()
                || matches!(it, Value::Obj(r) if matches!(self.heap.get(r), Object::Iter(_) | Object::Generator(_) | Object::File(_)));
            if !is_iterator {
                let msg = format!("iter() returned non-iterator of type '{}'", self.type_name(it));
                return Err(self.type_error(msg));
            }
            return Ok(Some(it));
        }
        // A subclass of `zip`, `map`... is its own iterator; a subclass of
        // another builtin iterates as its base (a dict's keys, even when it
        // overrides `__getitem__`); else the old sequence protocol.
        if self.base_iterator(obj).is_some() {
            return Ok(Some(obj));
        }
        let base = self.base_value(obj);
        if !base.is(obj) {
            return self.try_iter(base);
        }
        if self.special_of(obj, self.special.getitem).is_some() {
            return Ok(Some(self.heap.alloc_value(Object::Iter(IterKind::GetItem(obj, 0)))));
        }
        Ok(None)
    }

    /// `next(obj)` for an instance: `__next__` (or the next item of the
    /// builtin iterator it extends); `None` on `StopIteration`.
    pub(crate) fn next_instance(&mut self, obj: Value) -> PResult<Option<Value>> {
        match self.try_special(obj, self.special.next, &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                if let Some(base) = self.base_iterator(obj) {
                    return self.next(base);
                }
                let msg = format!("'{}' object is not an iterator", self.type_name(obj));
                Err(self.type_error(msg))
            }
            Err(e) if self.is_exc_instance(Value::Obj(e.0), "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Item `i` of the old sequence protocol (`__getitem__` with 0, 1, 2...);
    /// `None` at `IndexError` or `StopIteration`.
    pub(crate) fn getitem_protocol_step(&mut self, obj: Value, i: usize) -> PResult<Option<Value>> {
        match self.getitem(obj, Value::Int(i as i64)) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if self.is_exc_instance(Value::Obj(e.0), "IndexError")
                    || self.is_exc_instance(Value::Obj(e.0), "StopIteration") =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `item in obj` for an instance: `__contains__`, else by iterating.
    pub(crate) fn contains_instance(&mut self, obj: Value, item: Value) -> PResult<Option<bool>> {
        if let Some(r) = self.try_special(obj, self.special.contains, &[item])? {
            return self.truthy(r).map(Some);
        }
        let base = self.base_value(obj);
        if !base.is(obj) {
            return self.contains(base, item).map(Some);
        }
        Ok(None)
    }

    /// `obj[key]` for an instance: `__getitem__`, or the base value's
    /// (with `__missing__` for a subclass of `dict`).
    pub(crate) fn getitem_instance(&mut self, obj: Value, key: Value) -> PResult<Value> {
        if let Some(r) = self.try_special(obj, self.special.getitem, &[key])? {
            return Ok(r);
        }
        let base = self.base_value(obj);
        if base.is(obj) {
            let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
            return Err(self.type_error(msg));
        }
        if matches!(base, Value::Obj(d) if matches!(self.heap.get(d), Object::Dict(_))) {
            return self.dict_subscript(obj, key);
        }
        self.getitem(base, key)
    }

    /// `dict.__getitem__(obj, key)`: the dict's own lookup, then
    /// `__missing__` for an instance of a subclass (as `dict_subscript`).
    pub(crate) fn dict_subscript(&mut self, obj: Value, key: Value) -> PResult<Value> {
        let base = self.base_value(obj);
        let Some(d) = base.as_obj().filter(|&d| matches!(self.heap.get(d), Object::Dict(_))) else {
            let msg = format!(
                "descriptor '__getitem__' for 'dict' objects doesn't apply to a '{}' object",
                self.type_name(obj)
            );
            return Err(self.type_error(msg));
        };
        if let Some(v) = self.dict_get(d, key)? {
            return Ok(v);
        }
        if !base.is(obj) {
            if let Some(r) = self.try_special(obj, self.special.missing, &[key])? {
                return Ok(r);
            }
        }
        self.getitem(base, key)
    }

    /// `obj[key] = value` (or `del obj[key]` for `None`) for an instance.
    pub(crate) fn setitem_instance(&mut self, obj: Value, key: Value, value: Option<Value>) -> PResult<()> {
        let done = match value {
            Some(v) => self.try_special(obj, self.special.setitem, &[key, v])?,
            None => self.try_special(obj, self.special.delitem, &[key])?,
        };
        if done.is_some() {
            return Ok(());
        }
        let base = self.base_value(obj);
        if base.is(obj) {
            let msg = match value {
                Some(_) => format!("'{}' object does not support item assignment", self.type_name(obj)),
                None => format!("'{}' object doesn't support item deletion", self.type_name(obj)),
            };
            return Err(self.type_error(msg));
        }
        match value {
            Some(v) => self.setitem(base, key, v),
            None => self.delitem(base, key),
        }
    }

    /// `-obj`, `+obj`, `~obj` for an instance.
    pub(crate) fn unary_instance(&mut self, obj: Value, op: U) -> PResult<Option<Value>> {
        let name = match op {
            U::Negative => self.special.neg,
            U::Positive => self.special.pos,
            U::Invert => self.special.invert,
            U::Not => return Ok(None),
        };
        if let Some(r) = self.try_special(obj, name, &[])? {
            return Ok(Some(r));
        }
        let base = self.base_value(obj);
        if base.is(obj) {
            return Ok(None);
        }
        self.unary_op(base, op).map(Some)
    }

    /// For a numeric builtin (`abs`, `int()`, `round`...): the result of
    /// the first of `names` `obj`'s class defines, or `obj` as the value the
    /// builtin should work on (its base value, for a subclass of a builtin).
    pub(crate) fn numeric_special(
        &mut self,
        obj: Value,
        names: &[ObjRef],
        rest: Vec<Value>,
    ) -> PResult<Result<Value, Value>> {
        if !is_instance(self, obj) {
            return Ok(Err(obj));
        }
        for name in names {
            if let Some(r) = self.try_special(obj, *name, &rest)? {
                return Ok(Ok(r));
            }
        }
        Ok(Err(self.base_value(obj)))
    }

    /// `repr(obj)` when its class defines `__repr__` in Python.
    pub(crate) fn repr_special(&mut self, obj: Value) -> PResult<Option<String>> {
        self.text_special(obj, self.special.repr, "__repr__")
    }

    /// `str(obj)` when its class defines `__str__` in Python.
    pub(crate) fn str_special(&mut self, obj: Value) -> PResult<Option<String>> {
        self.text_special(obj, self.special.str, "__str__")
    }

    fn text_special(&mut self, obj: Value, name: ObjRef, label: &str) -> PResult<Option<String>> {
        match self.try_special(obj, name, &[])? {
            Some(r) => match self.str_of(r) {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    let msg = format!("{label} returned non-string (type {})", self.type_name(r));
                    Err(self.type_error(msg))
                }
            },
            None => Ok(None),
        }
    }

    /// `<__main__.C object at 0x...>`: `object.__repr__`.
    pub fn default_repr(&self, obj: Value) -> String {
        let class = self.type_of(obj);
        let (module, qualname) = match self.heap.get(class) {
            Object::Type(t) => (t.module.clone(), t.qualname.clone()),
            _ => (String::new(), "?".into()),
        };
        let address = crate::repr::address(obj.as_obj().map_or(0, |r| r.0));
        if module == "builtins" {
            format!("<{qualname} object at {address:#x}>")
        } else {
            format!("<{module}.{qualname} object at {address:#x}>")
        }
    }

    /// `format(obj, spec)` for an instance: `__format__`, or `object.__format__`.
    pub(crate) fn format_instance(&mut self, obj: Value, spec: &str) -> PResult<String> {
        if let Some(f) = self.special_of(obj, self.special.format) {
            let spec = self.new_str(spec);
            let r = self.call_special(f, obj, &[spec])?;
            return match self.str_of(r) {
                Some(text) => Ok(text.to_string()),
                None => {
                    let msg = format!("__format__ must return a str, not {}", self.type_name(r));
                    Err(self.type_error(msg))
                }
            };
        }
        // The builtin base's `__format__`, which gives `str(obj)` for an empty spec.
        let base = self.base_value(obj);
        if !base.is(obj) && !spec.is_empty() {
            return self.format_text(base, spec);
        }
        self.format_object(obj, spec)
    }

    /// Calling an instance: its class's `__call__`.
    pub(crate) fn call_instance(&mut self, obj: Value, mut args: Args) -> PResult<Value> {
        if crate::modules::functools::is_wrapper(self, obj) {
            return crate::modules::functools::call(self, obj, args);
        }
        match self.special_of(obj, self.special.call) {
            Some(f) if matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Object::Function(_))) => {
                args.pos.insert(0, obj);
                self.call_args(f, args)
            }
            Some(f) => {
                let class = self.type_of(obj);
                let bound = self.descr_get(f, Some(obj), class)?;
                self.call_args(bound, args)
            }
            None => {
                let msg = format!("'{}' object is not callable", self.type_name(obj));
                Err(self.type_error(msg))
            }
        }
    }

    /// The names `dir(obj)` lists: the instance dict's, then every class's
    /// of the MRO (for a class, its own MRO), sorted.
    pub fn dir_names(&mut self, obj: Value) -> PResult<Vec<Value>> {
        let mut dicts = Vec::new();
        let classes: Vec<ObjRef> = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Type(t) => t.mro.clone(),
                Object::Module(m) => {
                    dicts.push(m.dict);
                    Vec::new()
                }
                Object::Instance(i) => {
                    dicts.extend(i.dict);
                    self.mro(i.class).to_vec()
                }
                Object::Exception(e) => {
                    dicts.extend(e.dict);
                    self.mro(e.class).to_vec()
                }
                _ => self.mro(self.type_of(obj)).to_vec(),
            },
            _ => self.mro(self.type_of(obj)).to_vec(),
        };
        for c in classes {
            if let Object::Type(t) = self.heap.get(c) {
                dicts.push(t.dict);
            }
        }
        let mut names: Vec<String> = Vec::new();
        for d in dicts {
            for (k, _) in self.dict_items(d) {
                if let Some(s) = self.str_of(k) {
                    names.push(s.to_string());
                }
            }
        }
        // `object.__class__`, a descriptor in CPython, is on every MRO.
        if !matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Object::Module(_))) {
            names.push("__class__".into());
        }
        names.sort();
        names.dedup();
        Ok(names.into_iter().map(|n| self.new_str(n)).collect())
    }
}

/// `dir([obj])`: the sorted attribute names of `obj`, or the caller's names.
pub fn dir(vm: &mut Vm, a: &Args) -> PResult<Value> {
    match a.pos[..] {
        [] => {
            let names = match crate::builtins::locals(vm, &Args::default())? {
                Value::Obj(d) => vm.dict_items(d).into_iter().map(|(k, _)| k).collect(),
                _ => Vec::new(),
            };
            Ok(sorted_names(vm, names))
        }
        [obj] => {
            let hook = vm.intern("__dir__");
            if let Some(r) = vm.try_special(obj, hook, &[])? {
                let names = vm.collect_iter(r)?;
                return Ok(sorted_names(vm, names));
            }
            let names = vm.dir_names(obj)?;
            Ok(vm.new_list(names))
        }
        _ => Err(vm.type_error(format!("dir expected at most 1 argument, got {}", a.pos.len()))),
    }
}

/// A list of `names` (strs) in sorted order.
fn sorted_names(vm: &mut Vm, names: Vec<Value>) -> Value {
    let mut keyed: Vec<(String, Value)> =
        names.into_iter().map(|k| (vm.str_of(k).unwrap_or("").to_string(), k)).collect();
    keyed.sort_by(|x, y| x.0.cmp(&y.0));
    let sorted = keyed.into_iter().map(|(_, k)| k).collect();
    vm.new_list(sorted)
}
