//! The builtin types' operators as special methods, for programs that call
//! them explicitly: `(10**30).__eq__(x)`, `[1].__add__([2])`, `list.__add__(a, b)`,
//! `super().__or__(other)` in a subclass of `dict`.
//!
//! Each method runs the operator on the builtin values, or returns
//! `NotImplemented` for an operand its type does not take, as CPython's slot
//! wrappers do: `(5).__add__(2.5)` and `{}.__or__(1)` are `NotImplemented`
//! (so that the reflected method gets its turn: `float.__radd__` does that
//! sum), while `[1].__add__((2,))` raises the operator's own `TypeError`.
//! An instance of a subclass arrives as the builtin value it extends, so a
//! user's `__add__` calling `super().__add__` does not find itself again.

use compiler_layer::instruction::{BinaryOperator as B, ComparisonOperator as C, UnaryOperator as U};

use crate::call::Args;
use crate::object::{NativeFn, Object};
use crate::types::TypeKind as K;
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// What an operand is to the builtin operators: a number by rank (int,
/// float, complex: a number's method takes operands of its rank or lower),
/// or a family of values that combine with each other (bytes with
/// bytearray, set with frozenset).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number(u8),
    Str,
    List,
    Tuple,
    Bytes,
    Set,
    Dict,
    Range,
    Deque,
}

fn kind(vm: &Vm, v: Value) -> Option<Kind> {
    match v {
        Value::Int(_) | Value::Bool(_) => Some(Kind::Number(0)),
        Value::Float(_) => Some(Kind::Number(1)),
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Int(_) => Some(Kind::Number(0)),
            Object::Complex(..) => Some(Kind::Number(2)),
            Object::Str(_) => Some(Kind::Str),
            Object::List(_) => Some(Kind::List),
            Object::Tuple(_) => Some(Kind::Tuple),
            Object::Bytes(_) | Object::ByteArray(_) => Some(Kind::Bytes),
            Object::Set(_) | Object::FrozenSet(_) => Some(Kind::Set),
            Object::Dict(_) => Some(Kind::Dict),
            Object::Range { .. } => Some(Kind::Range),
            Object::Deque(_) => Some(Kind::Deque),
            _ => None,
        },
        _ => None,
    }
}

type Methods = &'static [(&'static str, NativeFn)];

/// Binary operator methods: `(name, reflected name, operator)` becomes two
/// methods, the reflected one with the operands swapped.
macro_rules! binary {
    ($(($name:literal, $rname:literal, $op:expr)),* $(,)?) => {
        &[$(
            ($name, |vm: &mut Vm, a: &Args| binary_method(vm, a, $op, false)),
            ($rname, |vm: &mut Vm, a: &Args| binary_method(vm, a, $op, true)),
        )*]
    };
}

/// In-place operator methods (`list.__iadd__`): they mutate the receiver.
macro_rules! inplace {
    ($(($name:literal, $op:expr)),* $(,)?) => {
        &[$(($name, |vm: &mut Vm, a: &Args| binary_method(vm, a, $op, false)),)*]
    };
}

/// The six rich comparison methods, each calling `$compare(vm, a, op)`.
macro_rules! orderings {
    ($compare:expr) => {
        &[
            ("__lt__", |vm: &mut Vm, a: &Args| $compare(vm, a, C::Less)),
            ("__le__", |vm: &mut Vm, a: &Args| $compare(vm, a, C::LessEqual)),
            ("__gt__", |vm: &mut Vm, a: &Args| $compare(vm, a, C::Greater)),
            ("__ge__", |vm: &mut Vm, a: &Args| $compare(vm, a, C::GreaterEqual)),
            ("__eq__", |vm: &mut Vm, a: &Args| $compare(vm, a, C::Equal)),
            ("__ne__", |vm: &mut Vm, a: &Args| $compare(vm, a, C::NotEqual)),
        ]
    };
}

const ORDERINGS: Methods = orderings!(compare_method);

pub fn install(vm: &mut Vm) {
    let orderings = ORDERINGS;
    let number: Methods = binary![
        ("__add__", "__radd__", B::Add),
        ("__sub__", "__rsub__", B::Subtract),
        ("__mul__", "__rmul__", B::Multiply),
        ("__truediv__", "__rtruediv__", B::TrueDivide),
    ];
    let power: Methods =
        &[("__pow__", |vm, a| pow_method(vm, a, false)), ("__rpow__", |vm, a| pow_method(vm, a, true))];
    let unary: Methods = &[
        ("__neg__", |vm, a| receiver(vm, a).and_then(|x| vm.unary_op(x, U::Negative))),
        ("__pos__", |vm, a| receiver(vm, a).and_then(|x| vm.unary_op(x, U::Positive))),
        ("__abs__", |vm, a| receiver(vm, a).and_then(|x| crate::builtins::abs(vm, &Args::new(vec![x])))),
        ("__bool__", |vm, a| receiver(vm, a).and_then(|x| vm.truthy(x).map(Value::Bool))),
    ];
    let real: Methods =
        binary![("__floordiv__", "__rfloordiv__", B::FloorDivide), ("__mod__", "__rmod__", B::Remainder),];
    let rounding: Methods = &[
        ("__divmod__", |vm, a| divmod_method(vm, a, false)),
        ("__rdivmod__", |vm, a| divmod_method(vm, a, true)),
        ("__trunc__", |vm, a| to_integer(vm, a, "__trunc__", f64::trunc)),
        ("__floor__", |vm, a| to_integer(vm, a, "__floor__", f64::floor)),
        ("__ceil__", |vm, a| to_integer(vm, a, "__ceil__", f64::ceil)),
        ("__round__", |vm, a| match a.pos.split_first() {
            Some((&x, rest)) => {
                let mut args = vec![vm.base_value(x)];
                args.extend_from_slice(rest);
                crate::builtins::round(vm, &Args::new(args))
            }
            None => Err(vm.type_error("descriptor '__round__' needs an argument")),
        }),
    ];
    let bits: Methods = binary![
        ("__lshift__", "__rlshift__", B::LeftShift),
        ("__rshift__", "__rrshift__", B::RightShift),
        ("__and__", "__rand__", B::And),
        ("__or__", "__ror__", B::Or),
        ("__xor__", "__rxor__", B::Xor),
    ];
    let invert: Methods = &[("__invert__", |vm, a| receiver(vm, a).and_then(|x| vm.unary_op(x, U::Invert)))];
    let complex: Methods = &[("__complex__", receiver)];
    let integer: &[Methods] = &[orderings, number, power, unary, real, rounding, bits, invert];
    let numbers: &[(K, &'static str, &[Methods])] = &[
        (K::Int, "int", integer),
        (K::Bool, "bool", integer),
        (K::Float, "float", &[orderings, number, power, unary, real, rounding]),
        (K::Complex, "complex", &[orderings, number, power, unary, complex]),
    ];

    let sequence: Methods = &[
        ("__add__", |vm, a| binary_method(vm, a, B::Add, false)),
        ("__mul__", |vm, a| binary_method(vm, a, B::Multiply, false)),
        // Repetition commutes: `n * seq` is `seq * n`.
        ("__rmul__", |vm, a| binary_method(vm, a, B::Multiply, false)),
    ];
    let text: Methods = binary![("__mod__", "__rmod__", B::Remainder)];
    let growable: Methods = inplace![("__iadd__", B::InplaceAdd), ("__imul__", B::InplaceMultiply)];
    let set: Methods = binary![
        ("__and__", "__rand__", B::And),
        ("__or__", "__ror__", B::Or),
        ("__xor__", "__rxor__", B::Xor),
        ("__sub__", "__rsub__", B::Subtract),
    ];
    let set_inplace: Methods = inplace![
        ("__iand__", B::InplaceAnd),
        ("__ior__", B::InplaceOr),
        ("__ixor__", B::InplaceXor),
        ("__isub__", B::InplaceSubtract),
    ];
    let dict: Methods = &[
        ("__or__", |vm, a| binary_method(vm, a, B::Or, false)),
        ("__ror__", |vm, a| binary_method(vm, a, B::Or, true)),
        ("__ior__", |vm, a| binary_method(vm, a, B::InplaceOr, false)),
    ];
    let containers: &[(K, &'static str, &[Methods])] = &[
        (K::Str, "str", &[orderings, sequence, text]),
        (K::List, "list", &[orderings, sequence, growable]),
        (K::Tuple, "tuple", &[orderings, sequence]),
        (K::Bytes, "bytes", &[orderings!(bytes_compare), sequence, text, &[("__hash__", hash_method)]]),
        (K::ByteArray, "bytearray", &[orderings!(bytearray_compare), sequence, text, growable]),
        (K::MemoryView, "memoryview", &[orderings!(memoryview_compare)]),
        (K::Set, "set", &[orderings, set, set_inplace]),
        (K::FrozenSet, "frozenset", &[orderings, set]),
        (K::Dict, "dict", &[orderings, dict]),
        (K::Range, "range", &[orderings]),
    ];
    for &(type_kind, owner, groups) in numbers.iter().chain(containers) {
        let t = vm.types.get(type_kind);
        for &(name, func) in groups.iter().copied().flatten() {
            vm.add_method(t, owner, name, func);
        }
    }
}

/// The rich comparison methods of a builtin type installed later than the
/// others (`collections.deque`, with `_collections`).
pub(crate) fn install_orderings(vm: &mut Vm, kind: K, owner: &'static str) {
    let t = vm.types.get(kind);
    for &(name, func) in ORDERINGS {
        vm.add_method(t, owner, name, func);
    }
}

/// The receiver of a method that takes no argument, as its builtin value.
fn receiver(vm: &mut Vm, a: &Args) -> PResult<Value> {
    match a.pos[..] {
        [x] => Ok(vm.base_value(x)),
        _ => Err(vm.type_error(format!("expected 0 arguments, got {}", a.pos.len().saturating_sub(1)))),
    }
}

/// The receiver and the operand of a binary method, as builtin values.
fn operands(vm: &mut Vm, a: &Args) -> PResult<(Value, Value)> {
    match a.pos[..] {
        [x, y] => Ok((vm.base_value(x), vm.base_value(y))),
        _ => Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len().saturating_sub(1)))),
    }
}

/// Whether `this`'s method for `op` takes `other`; `Err` when CPython's
/// method raises instead (a repeat count that is no integer).
fn takes(vm: &mut Vm, this: Value, other: Value, op: B, reflected: bool) -> PResult<bool> {
    let (k, o) = (kind(vm, this), kind(vm, other));
    Ok(match (k, o) {
        (Some(Kind::Number(t)), Some(Kind::Number(o))) => o <= t,
        (Some(Kind::Number(_)), _) | (None, _) => false,
        (Some(k), o) => match op {
            // Concatenation reports a wrong operand itself ("can only
            // concatenate list (not "tuple") to list"); so does `%`, whose
            // right operand may be anything; `dict |=` takes pairs too.
            B::Add | B::InplaceAdd => true,
            B::Remainder => !reflected || o == Some(k),
            B::InplaceOr if k == Kind::Dict => true,
            B::Multiply | B::InplaceMultiply => {
                crate::builtins::int_of(vm, other)?;
                true
            }
            _ => o == Some(k),
        },
    })
}

fn binary_method(vm: &mut Vm, a: &Args, op: B, reflected: bool) -> PResult<Value> {
    let (this, other) = operands(vm, a)?;
    if !takes(vm, this, other, op, reflected)? {
        return Ok(vm.not_implemented);
    }
    let (x, y) = if reflected { (other, this) } else { (this, other) };
    vm.binary_op(x, y, op)
}

/// `__pow__`/`__rpow__`, which take an optional modulus as `pow()` does.
fn pow_method(vm: &mut Vm, a: &Args, reflected: bool) -> PResult<Value> {
    let [x, y, m] = match a.pos[..] {
        [x, y, m] => [x, y, m].map(|v| vm.base_value(v)),
        _ => return binary_method(vm, a, B::Power, reflected),
    };
    if !takes(vm, x, y, B::Power, reflected)? {
        return Ok(vm.not_implemented);
    }
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    crate::builtins::pow(vm, &Args::new(vec![x, y, m]))
}

fn divmod_method(vm: &mut Vm, a: &Args, reflected: bool) -> PResult<Value> {
    let (this, other) = operands(vm, a)?;
    if !takes(vm, this, other, B::FloorDivide, reflected)? {
        return Ok(vm.not_implemented);
    }
    let (x, y) = if reflected { (other, this) } else { (this, other) };
    crate::builtins::divmod(vm, &Args::new(vec![x, y]))
}

/// `__trunc__`, `__floor__`, `__ceil__`: the int itself, or the float
/// rounded to an int as `math.trunc` and friends do.
fn to_integer(vm: &mut Vm, a: &Args, name: &str, round: fn(f64) -> f64) -> PResult<Value> {
    let x = receiver(vm, a)?;
    crate::modules::math::int_round(vm, &Args::new(vec![x]), name, round)
}

/// Rich comparison methods: `NotImplemented` unless both sides are of one
/// kind that has the ordering (dicts, ranges and complex numbers have only
/// `==` and `!=`).
fn compare_method(vm: &mut Vm, a: &Args, op: C) -> PResult<Value> {
    let (this, other) = operands(vm, a)?;
    let equality = matches!(op, C::Equal | C::NotEqual);
    let comparable = match (kind(vm, this), kind(vm, other)) {
        (Some(Kind::Number(t)), Some(Kind::Number(o))) => o <= t && (t < 2 || equality),
        (Some(Kind::Dict | Kind::Range), _) if !equality => false,
        (Some(k), o) => o == Some(k),
        (None, _) => false,
    };
    if !comparable {
        return Ok(vm.not_implemented);
    }
    vm.compare(this, other, op)
}

/// `b.__hash__()`: `hash(b)`.
fn hash_method(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let x = receiver(vm, a)?;
    vm.hash(x).map(Value::Int)
}

// ---------------------------------------------------------------------------
// The bytes-like types, which compare with each other by their buffers as
// CPython's slots do: `bytes` only with `bytes`, `bytearray` with any
// buffer, `memoryview` with any buffer but only for `==` and `!=`.
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Buffer {
    Bytes,
    ByteArray,
    MemoryView,
}

fn bytes_compare(vm: &mut Vm, a: &Args, op: C) -> PResult<Value> {
    buffer_compare(vm, a, Buffer::Bytes, op)
}

fn bytearray_compare(vm: &mut Vm, a: &Args, op: C) -> PResult<Value> {
    buffer_compare(vm, a, Buffer::ByteArray, op)
}

fn memoryview_compare(vm: &mut Vm, a: &Args, op: C) -> PResult<Value> {
    buffer_compare(vm, a, Buffer::MemoryView, op)
}

/// Which of the bytes-like types `v` is.
fn buffer_kind(vm: &Vm, v: Value) -> Option<Buffer> {
    match vm.heap.get(v.as_obj()?) {
        Object::Bytes(_) => Some(Buffer::Bytes),
        Object::ByteArray(_) => Some(Buffer::ByteArray),
        Object::MemoryView(_) => Some(Buffer::MemoryView),
        _ => None,
    }
}

fn buffer_compare(vm: &mut Vm, a: &Args, owner: Buffer, op: C) -> PResult<Value> {
    let (this, other) = operands(vm, a)?;
    if buffer_kind(vm, this) != Some(owner) {
        let name = match op {
            C::Less => "__lt__",
            C::LessEqual => "__le__",
            C::Greater => "__gt__",
            C::GreaterEqual => "__ge__",
            C::Equal => "__eq__",
            _ => "__ne__",
        };
        let owner = match owner {
            Buffer::Bytes => "bytes",
            Buffer::ByteArray => "bytearray",
            Buffer::MemoryView => "memoryview",
        };
        let msg = format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(this)
        );
        return Err(vm.type_error(msg));
    }
    let equality = matches!(op, C::Equal | C::NotEqual);
    let takes = match (owner, buffer_kind(vm, other)) {
        (Buffer::Bytes, other) => other == Some(Buffer::Bytes),
        // A strided view is no simple buffer: bytearray's comparison gives up.
        (Buffer::ByteArray, Some(_)) => vm.bytes_like(other).is_some(),
        (Buffer::MemoryView, Some(_)) => equality,
        (_, None) => false,
    };
    if !takes {
        return Ok(vm.not_implemented);
    }
    if owner == Buffer::MemoryView {
        return vm.compare(this, other, op);
    }
    // Byte strings order by their bytes, whatever buffer holds them.
    let (x, y) = (vm.bytes_like(this).unwrap_or_default(), vm.bytes_like(other).unwrap_or_default());
    let ord = x.cmp(y);
    Ok(Value::Bool(match op {
        C::Less => ord.is_lt(),
        C::LessEqual => ord.is_le(),
        C::Greater => ord.is_gt(),
        C::GreaterEqual => ord.is_ge(),
        C::Equal => ord.is_eq(),
        _ => ord.is_ne(),
    }))
}
