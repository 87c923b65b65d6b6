//! Operators and protocols on values: arithmetic, comparison, equality,
//! hashing, truth, iteration, items and attributes.

use compiler_layer::instruction::{BinaryOperator as B, ComparisonOperator as C, UnaryOperator as U};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::datamodel::{has_user_class, is_instance};
use crate::object::{IterKind, Object};
use crate::semantics::{complex_ops, float_ops, hash, int_ops};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

/// Python's `==` for builtin values, without running Python code: numbers
/// across types, strings, bytes, tuples, lists, dicts and sets by content,
/// anything else by identity. `depth` bounds the recursion through containers.
pub fn equal_in(heap: &crate::heap::Heap, a: Value, b: Value, depth: u32) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (x as f64) == y && (y as i128) == x as i128,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => i64::from(x) == y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => f64::from(u8::from(x)) == y,
        (None, None) | (Null, Null) => true,
        (Obj(x), Obj(y)) => {
            if x == y {
                return true;
            }
            if depth > 200 {
                return false;
            }
            match (heap.get(x), heap.get(y)) {
                (Object::Str(s), Object::Str(t)) => s.as_str() == t.as_str(),
                (Object::Int(m), Object::Int(n)) => m == n,
                (Object::Bytes(m) | Object::ByteArray(m), Object::Bytes(n) | Object::ByteArray(n)) => m == n,
                (Object::MemoryView(_), _) | (_, Object::MemoryView(_)) => {
                    crate::memoryview::equal(heap, x, y)
                }
                (Object::Tuple(m), Object::Tuple(n)) => {
                    m.len() == n.len()
                        && m.iter().zip(n.iter()).all(|(p, q)| equal_in(heap, *p, *q, depth + 1))
                }
                (Object::List(m), Object::List(n)) => {
                    m.len() == n.len()
                        && m.iter().zip(n.iter()).all(|(p, q)| equal_in(heap, *p, *q, depth + 1))
                }
                (Object::Deque(m), Object::Deque(n)) => {
                    m.items.len() == n.items.len()
                        && m.items.iter().zip(&n.items).all(|(p, q)| equal_in(heap, *p, *q, depth + 1))
                }
                (Object::Complex(a, b), Object::Complex(c, d)) => a == c && b == d,
                (Object::Dict(m), Object::Dict(n)) => {
                    m.len() == n.len()
                        && m.iter().all(|e| {
                            match n.find(e.hash, e.key, |p, q| equal_in(heap, p, q, depth + 1)) {
                                crate::dict::Slot::Found(i) => {
                                    n.get_at(i).is_some_and(|f| equal_in(heap, e.value, f.value, depth + 1))
                                }
                                _ => false,
                            }
                        })
                }
                (Object::Set(m) | Object::FrozenSet(m), Object::Set(n) | Object::FrozenSet(n)) => {
                    m.len() == n.len()
                        && m.iter().all(|e| {
                            matches!(
                                n.find(e.hash, e.key, |p, q| equal_in(heap, p, q, depth + 1)),
                                crate::dict::Slot::Found(_)
                            )
                        })
                }
                (
                    Object::Range { start: a, stop: b, step: c },
                    Object::Range { start: d, stop: e, step: f },
                ) => {
                    let la = range_len(*a, *b, *c);
                    la == range_len(*d, *e, *f) && (la == 0 || (a == d && (la == 1 || c == f)))
                }
                (Object::Slice(a, b, c), Object::Slice(d, e, f)) => {
                    equal_in(heap, *a, *d, depth + 1)
                        && equal_in(heap, *b, *e, depth + 1)
                        && equal_in(heap, *c, *f, depth + 1)
                }
                (
                    Object::BoundMethod { receiver: r1, func: f1 },
                    Object::BoundMethod { receiver: r2, func: f2 },
                ) => r1.is(*r2) && f1.is(*f2),
                _ => false,
            }
        }
        (Obj(x), Int(i)) | (Int(i), Obj(x)) => match heap.get(x) {
            Object::Complex(r, im) => *im == 0.0 && *r == i as f64,
            _ => false,
        },
        (Obj(x), Float(f)) | (Float(f), Obj(x)) => match heap.get(x) {
            Object::Complex(r, im) => *im == 0.0 && *r == f,
            Object::Int(n) => n.to_f64() == Some(f) && f.fract() == 0.0 && BigInt::from(f as i128) == *n,
            _ => false,
        },
        _ => false,
    }
}

/// Where two sequences first differ (`Vm::first_difference`).
enum Difference {
    /// Two ints or two strs, ordered so.
    Plain(std::cmp::Ordering),
    /// Two items that `==` says differ: still to be ordered.
    Items(Value, Value),
    /// One sequence ran out: the lengths decide.
    Exhausted,
}

/// Whether objects of this kind have no hash: the mutable builtin
/// containers (and slices).
pub(crate) fn unhashable(o: &Object) -> bool {
    matches!(
        o,
        Object::List(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::ByteArray(_)
            | Object::Deque(_)
            | Object::Slice(..)
    )
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

/// A number widened for arithmetic.
enum Num {
    I(i64),
    Big(BigInt),
    F(f64),
    C(f64, f64),
}

impl Vm {
    fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::I(i)),
            Value::Bool(b) => Some(Num::I(i64::from(b))),
            Value::Float(f) => Some(Num::F(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Object::Int(n) => Some(Num::Big(n.clone())),
                Object::Complex(a, b) => Some(Num::C(*a, *b)),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match self.num(v)? {
            Num::I(i) => Some(BigInt::from(i)),
            Num::Big(b) => Some(b),
            _ => None,
        }
    }

    /// The value as an `f64` if it is an int or float (`OverflowError` for huge ints).
    pub fn to_f64(&mut self, v: Value) -> PResult<Option<f64>> {
        Ok(match self.num(v) {
            Some(Num::I(i)) => Some(i as f64),
            Some(Num::F(f)) => Some(f),
            Some(Num::Big(b)) => Some(int_ops::to_f64(&b).map_err(|e| self.raise(e))?),
            _ => None,
        })
    }

    /// Whether `a % args` formats: `a` is a `str`, `bytes` or `bytearray`
    /// (a memoryview is bytes-like but has no `%`).
    fn is_percent_template(&self, a: Value) -> bool {
        matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_)))
    }

    pub fn binary_op(&mut self, a: Value, b: Value, op: B) -> PResult<Value> {
        // Instances first go through their special methods; when none
        // applies, the builtin operators still may: on the builtin values
        // they extend (`stack += items`), or taking them as they are
        // (`"%s" % obj`, `items += iterable`), as CPython's sequence slots
        // do, with errors naming the instances' own types.
        if has_user_class(self, a) || has_user_class(self, b) {
            if let Some(v) = self.binary_op_instances(a, b, op)? {
                return Ok(v);
            }
            let (x, y) = (self.base_value(a), self.base_value(b));
            let r = self.builtin_binary_op(x, y, op, (a, b))?;
            // `stack += items` extends the list in place and is still `stack`.
            let inplace = self.binary_names.of(op).1;
            let mutated = inplace && matches!(r, Value::Obj(_)) && r.is(x) && !x.is(a);
            return Ok(if mutated { a } else { r });
        }
        self.builtin_binary_op(a, b, op, (a, b))
    }

    /// `a op b` by the builtin types' rules; `shown` are the operands
    /// errors name (instances whose builtin values `a` and `b` are).
    fn builtin_binary_op(&mut self, a: Value, b: Value, op: B, shown: (Value, Value)) -> PResult<Value> {
        let plain = match op {
            B::InplaceAdd => B::Add,
            B::InplaceSubtract => B::Subtract,
            B::InplaceMultiply => B::Multiply,
            B::InplaceMatrixMultiply => B::MatrixMultiply,
            B::InplaceTrueDivide => B::TrueDivide,
            B::InplaceFloorDivide => B::FloorDivide,
            B::InplaceRemainder => B::Remainder,
            B::InplacePower => B::Power,
            B::InplaceLeftShift => B::LeftShift,
            B::InplaceRightShift => B::RightShift,
            B::InplaceAnd => B::And,
            B::InplaceOr => B::Or,
            B::InplaceXor => B::Xor,
            other => other,
        };
        // In-place list operators mutate.
        if op != plain {
            if let Value::Obj(r) = a {
                if matches!(self.heap.get(r), Object::List(_)) {
                    if plain == B::Add {
                        let items = self.collect_iter(b)?;
                        if let Some(Object::List(l)) = self.heap.get_mut(r) {
                            l.extend(items);
                        }
                        return Ok(a);
                    }
                }
                // `+=` on a bytearray and `*=` on a list or bytearray: the
                // new value, written over the old object's.
                let resizable = matches!(
                    (self.heap.get(r), plain),
                    (Object::ByteArray(_), B::Add | B::Multiply) | (Object::List(_), B::Multiply)
                );
                if resizable {
                    // `b += x`: appended in place (a new value each time made a
                    // loop of them quadratic).
                    if let (Object::ByteArray(old), B::Add) = (self.heap.get(r), plain) {
                        let old_len = old.len();
                        if let Some(extra) = self.bytes_like(b).map(<[u8]>::to_vec) {
                            self.check_resize(r, old_len, old_len + extra.len())?;
                            if let Some(Object::ByteArray(v)) = self.heap.get_mut(r) {
                                v.extend_from_slice(&extra);
                            }
                            return Ok(a);
                        }
                    }
                    let new = self.binary_op(a, b, plain)?;
                    if let (Object::ByteArray(old), Value::Obj(n)) = (self.heap.get(r), new) {
                        let (old, new) = (old.len(), self.bytes_slice(n).len());
                        self.check_resize(r, old, new)?;
                    }
                    // The fresh value is garbage once its contents move over.
                    let contents = match new {
                        Value::Obj(n) => match self.heap.get_mut(n) {
                            Some(Object::List(v)) => Object::List(std::mem::take(v)),
                            Some(Object::ByteArray(v)) => Object::ByteArray(std::mem::take(v)),
                            _ => return Ok(new),
                        },
                        _ => return Ok(new),
                    };
                    if let Some(old) = self.heap.get_mut(r) {
                        *old = contents;
                    }
                    return Ok(a);
                }
                if matches!(self.heap.get(r), Object::Set(_))
                    && matches!(plain, B::Or | B::And | B::Subtract | B::Xor)
                    && self.is_any_set(b)
                {
                    if let Value::Obj(other) = b {
                        self.set_inplace(r, other, plain)?;
                        return Ok(a);
                    }
                }
                if matches!(self.heap.get(r), Object::Dict(_)) && plain == B::Or {
                    self.dict_update(r, b, DictSource::MappingOrPairs)?;
                    return Ok(a);
                }
            }
        }
        // `&`, `|` and `^` of two bools stay bools (`True & False` is `False`).
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match plain {
                B::And => return Ok(Value::Bool(x & y)),
                B::Or => return Ok(Value::Bool(x | y)),
                B::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            if let Some(v) = self.arith(x, y, plain)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.seq_op(a, b, plain, shown.1)? {
            return Ok(v);
        }
        if let Some(v) = crate::deque::binary_op(self, a, b, op, shown)? {
            return Ok(v);
        }
        if plain == B::Or {
            let union = crate::generic_alias::union_of(self, a, b)?;
            if !union.is(self.not_implemented) {
                return Ok(union);
            }
        }
        // A sequence times a non-integer: CPython names the repeat count's type.
        if plain == B::Multiply {
            let is_sequence = |vm: &Self, v: Value| {
                matches!(v, Value::Obj(r) if matches!(vm.heap.get(r),
                    Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_)))
            };
            let other = if is_sequence(self, a) {
                Some(shown.1)
            } else if is_sequence(self, b) {
                Some(shown.0)
            } else {
                None
            };
            if let Some(count) = other {
                let msg = format!("can't multiply sequence by non-int of type '{}'", self.type_name(count));
                return Err(self.type_error(msg));
            }
        }
        Err(self.unsupported_operands(shown.0, shown.1, op))
    }

    fn unsupported_operands(&mut self, a: Value, b: Value, op: B) -> Exc {
        // CPython names `**` with its builtin twin: "for ** or pow()".
        let symbol = match op {
            B::Power => "** or pow()",
            B::InplacePower => "**= or pow()",
            _ => op.symbol(),
        };
        let msg = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            symbol,
            self.type_name(a),
            self.type_name(b)
        );
        self.type_error(msg)
    }

    fn arith(&mut self, x: Num, y: Num, op: B) -> PResult<Option<Value>> {
        use Num::*;
        Ok(Some(match (x, y) {
            (I(a), I(b)) => return self.int_op(a, b, op),
            (x @ C(..), y) | (x, y @ C(..)) => {
                let c = |n: Num| match n {
                    I(i) => (i as f64, 0.0),
                    Big(b) => (b.to_f64().unwrap_or(f64::INFINITY), 0.0),
                    F(f) => (f, 0.0),
                    C(a, b) => (a, b),
                };
                let ((a, b), (c2, d)) = (c(x), c(y));
                let (re, im) = match op {
                    B::Add => (a + c2, b + d),
                    B::Subtract => (a - c2, b - d),
                    B::Multiply => complex_ops::multiply((a, b), (c2, d)),
                    B::TrueDivide => complex_ops::divide((a, b), (c2, d)).map_err(|e| self.raise(e))?,
                    B::Power => complex_ops::power((a, b), (c2, d)).map_err(|e| self.raise(e))?,
                    _ => return Ok(None),
                };
                self.heap.alloc_value(Object::Complex(re, im))
            }
            (x, y) if matches!(x, F(_)) || matches!(y, F(_)) => {
                // `@`, shifts and bitwise operators: float has none.
                if !matches!(
                    op,
                    B::Add
                        | B::Subtract
                        | B::Multiply
                        | B::TrueDivide
                        | B::FloorDivide
                        | B::Remainder
                        | B::Power
                ) {
                    return Ok(None);
                }
                let f = |vm: &mut Vm, n: Num| -> PResult<f64> {
                    Ok(match n {
                        I(i) => i as f64,
                        F(f) => f,
                        Big(b) => int_ops::to_f64(&b).map_err(|e| vm.raise(e))?,
                        C(..) => 0.0,
                    })
                };
                let a = f(self, x)?;
                let b = f(self, y)?;
                return self.float_op(a, b, op).map(Some);
            }
            (x, y) => {
                let to_big = |n: Num| match n {
                    I(i) => BigInt::from(i),
                    Big(b) => b,
                    _ => BigInt::zero(),
                };
                return self.big_op(to_big(x), to_big(y), op);
            }
        }))
    }

    /// `int` op `int` on small ints; overflow falls back to [`Vm::big_op`].
    fn int_op(&mut self, a: i64, b: i64, op: B) -> PResult<Option<Value>> {
        let r = match op {
            B::Add => a.checked_add(b),
            B::Subtract => a.checked_sub(b),
            B::Multiply => a.checked_mul(b),
            B::FloorDivide => match int_ops::floordiv_i64(a, b) {
                Ok(q) => return Ok(Some(self.int_value(q))),
                Err(e) => return Err(self.raise(e)),
            },
            B::Remainder => Some(int_ops::mod_i64(a, b).map_err(|e| self.raise(e))?),
            B::And => Some(a & b),
            B::Or => Some(a | b),
            B::Xor => Some(a ^ b),
            B::RightShift if b >= 0 => Some(a >> b.min(63)),
            B::LeftShift if (0..63).contains(&b) && (a.unsigned_abs() as u128) << b < (1u128 << 63) => {
                Some(a << b)
            }
            B::TrueDivide if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) && b != 0 => {
                return Ok(Some(Value::Float(a as f64 / b as f64)));
            }
            B::Power if (0..64).contains(&b) => u32::try_from(b).ok().and_then(|e| a.checked_pow(e)),
            _ => None,
        };
        match r {
            Some(v) => Ok(Some(Value::Int(v))),
            None => self.big_op(BigInt::from(a), BigInt::from(b), op),
        }
    }

    fn int_value(&mut self, i: int_ops::Int) -> Value {
        match i {
            int_ops::Int::Small(i) => Value::Int(i),
            int_ops::Int::Big(b) => self.new_int(b),
        }
    }

    /// `int` op `int` by `semantics::int_ops`.
    fn big_op(&mut self, a: BigInt, b: BigInt, op: B) -> PResult<Option<Value>> {
        let r = match op {
            B::Add => Ok(a + b),
            B::Subtract => Ok(a - b),
            B::Multiply => Ok(a * b),
            B::FloorDivide => int_ops::floordiv(&a, &b),
            B::Remainder => int_ops::modulo(&a, &b),
            B::TrueDivide => {
                return int_ops::true_divide(&a, &b).map(|f| Some(Value::Float(f))).map_err(|e| self.raise(e))
            }
            B::Power => match int_ops::pow(&a, &b) {
                Ok(int_ops::PowResult::Int(i)) => Ok(i),
                Ok(int_ops::PowResult::Float(f)) => return Ok(Some(Value::Float(f))),
                Err(e) => Err(e),
            },
            B::LeftShift => int_ops::lshift(&a, &b),
            B::RightShift => int_ops::rshift(&a, &b),
            B::And => Ok(int_ops::bit_and(&a, &b)),
            B::Or => Ok(int_ops::bit_or(&a, &b)),
            B::Xor => Ok(int_ops::bit_xor(&a, &b)),
            _ => return Ok(None),
        };
        match r {
            Ok(i) => Ok(Some(self.new_int(i))),
            Err(e) => Err(self.raise(e)),
        }
    }

    /// `float` op `float` by `semantics::float_ops`.
    fn float_op(&mut self, a: f64, b: f64, op: B) -> PResult<Value> {
        let r = match op {
            B::Add => Ok(a + b),
            B::Subtract => Ok(a - b),
            B::Multiply => Ok(a * b),
            B::TrueDivide => float_ops::true_divide(a, b),
            B::FloorDivide => float_ops::floordiv(a, b),
            B::Remainder => float_ops::modulo(a, b),
            B::Power => match float_ops::pow(a, b) {
                Ok(float_ops::FloatPow::Float(f)) => Ok(f),
                Ok(float_ops::FloatPow::NeedsComplex) => {
                    let (re, im) = complex_ops::power((a, 0.0), (b, 0.0)).map_err(|e| self.raise(e))?;
                    return Ok(self.heap.alloc_value(Object::Complex(re, im)));
                }
                Err(e) => Err(e),
            },
            // Not reached: `arith` passes the float operators only.
            _ => {
                let msg = format!("unsupported operand type(s) for {}: 'float' and 'float'", op.symbol());
                return Err(self.type_error(msg));
            }
        };
        r.map(Value::Float).map_err(|e| self.raise(e))
    }

    /// The error of `a + b` when `a` (`x`) is a sequence and `b` cannot be
    /// added to it, in the sequence's own words; `None` for other values.
    /// `b` is the operand as the program gave it (an instance, maybe of a
    /// subclass of the builtin type added).
    fn concat_error(&mut self, x: ObjRef, b: Value) -> Option<Exc> {
        let msg = match self.heap.get(x) {
            Object::Str(_) | Object::List(_) | Object::Tuple(_) => {
                let what = self.type_name(Value::Obj(x));
                format!("can only concatenate {what} (not \"{}\") to {what}", self.type_name(b))
            }
            Object::Bytes(_) | Object::ByteArray(_) => {
                format!("can't concat {} to {}", self.type_name(b), self.type_name(Value::Obj(x)))
            }
            _ => return None,
        };
        Some(self.type_error(msg))
    }

    /// `+` and `*` on sequences, `%` on strings, set operators; `shown_b`
    /// is `b` as errors name it.
    fn seq_op(&mut self, a: Value, b: Value, op: B, shown_b: Value) -> PResult<Option<Value>> {
        let ((Value::Obj(_), _) | (_, Value::Obj(_))) = (a, b) else { return Ok(None) };
        match op {
            B::Add => {
                let (Value::Obj(x), y) = (a, b) else { return Ok(None) };
                let y = match y {
                    Value::Obj(y) => y,
                    // A str/list/tuple plus a non-object: CPython's wording.
                    _ => x,
                };
                if y == x && !b.is(a) {
                    return self.concat_error(x, shown_b).map_or(Ok(None), Err);
                }
                let r = match (self.heap.get(x), self.heap.get(y)) {
                    (Object::Str(s), Object::Str(t)) => Object::Str(s.concat(t)),
                    (Object::List(s), Object::List(t)) => {
                        Object::List(s.iter().chain(t.iter()).copied().collect())
                    }
                    (Object::Tuple(s), Object::Tuple(t)) => {
                        Object::Tuple(s.iter().chain(t.iter()).copied().collect())
                    }
                    (Object::Bytes(s), Object::Bytes(t) | Object::ByteArray(t)) => {
                        Object::Bytes(s.iter().chain(t.iter()).copied().collect())
                    }
                    (Object::ByteArray(s), Object::Bytes(t) | Object::ByteArray(t)) => {
                        Object::ByteArray(s.iter().chain(t.iter()).copied().collect())
                    }
                    (Object::Bytes(s) | Object::ByteArray(s), Object::MemoryView(view)) => {
                        let Some(t) = crate::memoryview::bytes_like(&self.heap, view) else {
                            return self.concat_error(x, shown_b).map_or(Ok(None), Err);
                        };
                        let joined = [&s[..], t].concat();
                        match self.heap.get(x) {
                            Object::Bytes(_) => Object::Bytes(joined),
                            _ => Object::ByteArray(joined),
                        }
                    }
                    _ => return self.concat_error(x, shown_b).map_or(Ok(None), Err),
                };
                Ok(Some(self.heap.alloc_value(r)))
            }
            B::Multiply => {
                // A repeat count may be any object with `__index__`, and too
                // big an int overflows (CPython's `sequence_repeat`).
                let repeatable = |vm: &Self, v: Value| {
                    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r),
                        Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_)))
                };
                let (a, b) = match (repeatable(self, a), repeatable(self, b)) {
                    (true, false) => (a, self.repeat_count(b)?),
                    (false, true) => (self.repeat_count(a)?, b),
                    _ => (a, b),
                };
                let (seq, n) = match (a, b) {
                    (Value::Obj(r), Value::Int(n)) | (Value::Int(n), Value::Obj(r)) => (r, n),
                    (Value::Obj(r), Value::Bool(n)) | (Value::Bool(n), Value::Obj(r)) => (r, i64::from(n)),
                    _ => return Ok(None),
                };
                let n = n.max(0) as usize;
                let size = match self.heap.get(seq) {
                    Object::Str(s) => s.as_str().len(),
                    Object::List(l) => l.len(),
                    Object::Tuple(t) => t.len(),
                    Object::Bytes(b) | Object::ByteArray(b) => b.len(),
                    _ => return Ok(None),
                };
                if size.saturating_mul(n) > 1 << 32 {
                    return Err(self.err("MemoryError", ""));
                }
                let r = match self.heap.get(seq) {
                    Object::Str(s) => Object::Str(crate::object::PyStr::new(s.as_str().repeat(n))),
                    Object::List(l) => Object::List(l.repeat(n)),
                    Object::Tuple(t) => Object::Tuple(t.repeat(n).into_boxed_slice()),
                    Object::Bytes(b) => Object::Bytes(b.repeat(n)),
                    Object::ByteArray(b) => Object::ByteArray(b.repeat(n)),
                    _ => return Ok(None),
                };
                Ok(Some(self.heap.alloc_value(r)))
            }
            B::Remainder => {
                if self.is_percent_template(a) {
                    // The arguments as given: `%s` of an int subclass is its `str()`.
                    return crate::formatting::percent_format(self, a, shown_b).map(Some);
                }
                Ok(None)
            }
            B::Or | B::And | B::Subtract | B::Xor => {
                if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
                    if matches!(self.heap.get(x), Object::Dict(_))
                        && matches!(self.heap.get(y), Object::Dict(_))
                        && op == B::Or
                    {
                        let d = self.new_dict();
                        self.dict_update(d, a, DictSource::MappingOrPairs)?;
                        self.dict_update(d, b, DictSource::MappingOrPairs)?;
                        return Ok(Some(Value::Obj(d)));
                    }
                }
                // `keys()` and `items()` views combine with any iterable as sets.
                let is_view = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::DictView(_, 0 | 2)));
                if is_view(self, a) || is_view(self, b) {
                    let (Some(x), Some(y)) = (self.set_of(a)?, self.set_of(b)?) else { return Ok(None) };
                    self.roots.push(x);
                    self.roots.push(y);
                    let r = self.set_op(x, y, op);
                    self.roots.truncate(self.roots.len() - 2);
                    return r;
                }
                self.set_op(a, b, op)
            }
            _ => Ok(None),
        }
    }

    /// The count of a sequence repetition: an int as it is, an object's
    /// `__index__`; `OverflowError` for an int past `isize`.
    pub(crate) fn repeat_count(&mut self, v: Value) -> PResult<Value> {
        let n = match self.numeric_special(v, &[self.special.index], vec![])? {
            Ok(n) | Err(n) => self.base_value(n),
        };
        if let Value::Obj(r) = n {
            if matches!(self.heap.get(r), Object::Int(_)) {
                return Err(self.err("OverflowError", "cannot fit 'int' into an index-sized integer"));
            }
        }
        Ok(n)
    }

    /// A new `set` of the items of an iterable (`None` if it is not iterable).
    pub(crate) fn set_of(&mut self, v: Value) -> PResult<Option<Value>> {
        let Some(items) = self.try_collect_iter(v)? else {
            return Ok(None);
        };
        let s = self.heap.alloc(Object::Set(crate::dict::Dict::new_set()));
        self.rooted(&[Value::Obj(s)], |vm| vm.set_add_all(s, &items))?;
        Ok(Some(Value::Obj(s)))
    }

    /// `|`, `&`, `-`, `^` on sets and frozensets (the left operand's type wins).
    pub fn set_op(&mut self, a: Value, b: Value, op: B) -> PResult<Option<Value>> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(None) };
        let frozen = match self.heap.get(x) {
            Object::Set(_) => false,
            Object::FrozenSet(_) => true,
            _ => return Ok(None),
        };
        if !matches!(self.heap.get(y), Object::Set(_) | Object::FrozenSet(_)) {
            return Ok(None);
        }
        let out = self.set_binary(x, y, op, frozen)?;
        Ok(Some(Value::Obj(out)))
    }

    /// `start op item0 op item1 ...` over an iterable (`sum`, `math.prod`),
    /// item by item, with small ints added and multiplied without leaving
    /// `i64` while they fit.
    pub fn fold(&mut self, start: Value, iterable: Value, op: B) -> PResult<Value> {
        let mark = self.roots.len();
        self.roots.push(start);
        let mut acc = start;
        let r = self.for_each_item(iterable, |vm, v| {
            let fast = match (acc, v, op) {
                (Value::Int(x), Value::Int(y), B::Add) => x.checked_add(y),
                (Value::Int(x), Value::Int(y), B::Multiply) => x.checked_mul(y),
                _ => None,
            };
            acc = match fast {
                Some(n) => Value::Int(n),
                None => vm.binary_op(acc, v, op)?,
            };
            vm.roots[mark] = acc;
            // A sum of an int or float with up to a batch of ints and floats
            // cannot fail (it stays far below float overflow); a product
            // of ints can grow past what converts to float.
            Ok(match op {
                B::Add => matches!(acc, Value::Int(_) | Value::Float(_)),
                _ => matches!(acc, Value::Float(_)),
            })
        });
        self.roots.truncate(mark);
        r.map(|()| acc)
    }

    pub fn unary_op(&mut self, a: Value, op: U) -> PResult<Value> {
        // Here, not in the dispatch loop: inlined there, the extra arm cost
        // the loop's register allocation 3% on benchmarks without a unary op.
        if let Some(v) = unary_fast(a, op) {
            return Ok(v);
        }
        if op == U::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if has_user_class(self, a) {
            if let Some(v) = self.unary_instance(a, op)? {
                return Ok(v);
            }
        }
        let r = match (self.num(a), op) {
            (Some(Num::I(i)), U::Negative) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_int(-BigInt::from(i)),
            },
            (Some(Num::I(i)), U::Positive) => Value::Int(i),
            (Some(Num::I(i)), U::Invert) => Value::Int(!i),
            (Some(Num::Big(b)), U::Negative) => self.new_int(-b),
            (Some(Num::Big(b)), U::Positive) => self.new_int(b),
            (Some(Num::Big(b)), U::Invert) => self.new_int(-b - 1),
            (Some(Num::F(f)), U::Negative) => Value::Float(-f),
            (Some(Num::F(f)), U::Positive) => Value::Float(f),
            (Some(Num::C(x, y)), U::Negative) => self.heap.alloc_value(Object::Complex(-x, -y)),
            (Some(Num::C(x, y)), U::Positive) => self.heap.alloc_value(Object::Complex(x, y)),
            _ => {
                let msg = format!("bad operand type for unary {}: '{}'", op.symbol(), self.type_name(a));
                return Err(self.type_error(msg));
            }
        };
        Ok(r)
    }

    /// `a == b` (builtin types only until user classes land).
    pub fn eq(&self, a: Value, b: Value) -> bool {
        equal_in(&self.heap, a, b, 0)
    }

    pub fn compare(&mut self, a: Value, b: Value, op: C) -> PResult<Value> {
        if has_user_class(self, a) || has_user_class(self, b) {
            return self.compare_instances(a, b, op);
        }
        self.compare_builtin(a, b, op, (a, b))
    }

    /// `a op b` by the builtin types' rules; `shown` are the operands
    /// errors name (instances whose builtin values `a` and `b` are).
    pub(crate) fn compare_builtin(
        &mut self,
        a: Value,
        b: Value,
        op: C,
        shown: (Value, Value),
    ) -> PResult<Value> {
        // Instances of a subclass of deque compare through their iterator,
        // which the subclass may replace (a plain deque's comes below).
        if !shown.0.is(a) || !shown.1.is(b) {
            if let Some(r) = crate::deque::compare(self, shown.0, shown.1, op, 0)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            C::Equal => return Ok(Value::Bool(self.eq_values(a, b)?)),
            C::NotEqual => return Ok(Value::Bool(!self.eq_values(a, b)?)),
            _ => {}
        }
        if let Some(r) = self.set_like_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = self.sequence_compare(a, b, op)? {
            return Ok(r);
        }
        match self.try_order(a, b)? {
            Err((x, y)) => {
                let (x, y) = if x.is(a) && y.is(b) { shown } else { (x, y) };
                // Deques order item by item, running Python code.
                match crate::deque::compare(self, x, y, op, 0)? {
                    Some(r) => Ok(Value::Bool(r)),
                    None => Err(self.unorderable(op, x, y)),
                }
            }
            Ok(Some(ord)) => {
                use std::cmp::Ordering::*;
                Ok(Value::Bool(match op {
                    C::Less => ord == Less,
                    C::LessEqual => ord != Greater,
                    C::Greater => ord == Greater,
                    _ => ord != Less,
                }))
            }
            // Unordered: NaN.
            Ok(None) => Ok(Value::Bool(false)),
        }
    }

    /// `a op b` for two lists or two tuples, as CPython's `list_richcompare`:
    /// the first pair of items that differ is compared with `op` itself (so
    /// their `__ge__` runs for `>=`); with none, the lengths are.
    fn sequence_compare(&mut self, a: Value, b: Value, op: C) -> PResult<Option<Value>> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(None) };
        let same_kind = matches!(
            (self.heap.get(x), self.heap.get(y)),
            (Object::List(_), Object::List(_)) | (Object::Tuple(_), Object::Tuple(_))
        );
        if !same_kind {
            return Ok(None);
        }
        let mark = self.roots.len();
        let r = match self.first_difference(x, y) {
            Ok(Difference::Plain(ord)) => {
                Ok(Value::Bool(crate::interp::ordered(op, ord, std::cmp::Ordering::Equal)))
            }
            Ok(Difference::Items(p, q)) => self.compare(p, q, op),
            Ok(Difference::Exhausted) => {
                Ok(Value::Bool(crate::interp::ordered(op, self.seq_len(x), self.seq_len(y))))
            }
            Err(e) => Err(e),
        };
        self.roots.truncate(mark);
        r.map(Some)
    }

    /// Where two lists or tuples first differ, walked as CPython walks them:
    /// ints and strs (priority-queue entries, sort keys) compared here, other
    /// pairs by `==`, the items read afresh at every step (an `__eq__` may
    /// change a list) and held while it runs. A differing pair is left on
    /// `Vm::roots` for the caller to order, then unroot.
    fn first_difference(&mut self, x: ObjRef, y: ObjRef) -> PResult<Difference> {
        let mark = self.roots.len();
        let mut i = 0;
        while let Some((p, q)) = self.items_at(x, y, i) {
            match self.plain_order(p, q) {
                Some(std::cmp::Ordering::Equal) => {}
                Some(ord) => return Ok(Difference::Plain(ord)),
                None => {
                    self.roots.extend([p, q]);
                    match self.eq_values(p, q) {
                        Ok(false) => return Ok(Difference::Items(p, q)),
                        Ok(true) => self.roots.truncate(mark),
                        Err(e) => {
                            self.roots.truncate(mark);
                            return Err(e);
                        }
                    }
                }
            }
            i += 1;
        }
        Ok(Difference::Exhausted)
    }

    /// How two small ints or two strs order: values whose comparison runs
    /// no Python code and cannot fail; `None` for any other pair.
    #[inline]
    fn plain_order(&self, p: Value, q: Value) -> Option<std::cmp::Ordering> {
        match (p, q) {
            (Value::Int(m), Value::Int(n)) => Some(m.cmp(&n)),
            (Value::Obj(m), Value::Obj(n)) => match (self.heap.get(m), self.heap.get(n)) {
                (Object::Str(s), Object::Str(t)) => Some(s.as_str().cmp(t.as_str())),
                _ => None,
            },
            _ => None,
        }
    }

    /// Item `i` of each of two lists or tuples; `None` past either's end,
    /// read afresh at every step as CPython does: comparing items may run
    /// Python code that changes a list. Nothing is copied.
    pub(crate) fn items_at(&self, x: ObjRef, y: ObjRef, i: usize) -> Option<(Value, Value)> {
        Some((*self.seq_slice(x).get(i)?, *self.seq_slice(y).get(i)?))
    }

    /// CPython's `TypeError` for `x op y` between types that do not compare.
    fn unorderable(&mut self, op: C, x: Value, y: Value) -> Exc {
        let msg = format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(x),
            self.type_name(y)
        );
        self.type_error(msg)
    }

    /// Ordering for `<` & co.; `None` when unordered (NaN, sets);
    /// `TypeError` for types that do not compare (as `<` does: `sort`).
    pub fn order(&mut self, a: Value, b: Value) -> PResult<Option<std::cmp::Ordering>> {
        match self.try_order(a, b)? {
            Ok(ord) => Ok(ord),
            Err((x, y)) => Err(self.unorderable(C::Less, x, y)),
        }
    }

    /// `order`, with the pair that does not compare (perhaps items of
    /// `a` and `b`) instead of an error, for the caller to name its operator.
    fn try_order(
        &mut self,
        a: Value,
        b: Value,
    ) -> PResult<Result<Option<std::cmp::Ordering>, (Value, Value)>> {
        if is_instance(self, a) || is_instance(self, b) {
            use std::cmp::Ordering::*;
            let less = self.compare_instances(a, b, C::Less)?;
            if self.truthy(less)? {
                return Ok(Ok(Some(Less)));
            }
            let greater = self.compare_instances(a, b, C::Greater)?;
            return Ok(Ok(Some(if self.truthy(greater)? { Greater } else { Equal })));
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            use Num::*;
            match (x, y) {
                (I(p), I(q)) => return Ok(Ok(Some(p.cmp(&q)))),
                (C(..), _) | (_, C(..)) => {}
                (F(p), F(q)) => return Ok(Ok(p.partial_cmp(&q))),
                (x, y) => {
                    let big = |n: &Num| match n {
                        I(i) => BigInt::from(*i),
                        Big(b) => b.clone(),
                        _ => BigInt::zero(),
                    };
                    return Ok(Ok(match (x, y) {
                        (F(p), n) => float_ops::compare_with_int(p, &big(&n)),
                        (n, F(q)) => {
                            float_ops::compare_with_int(q, &big(&n)).map(std::cmp::Ordering::reverse)
                        }
                        (x, y) => Some(big(&x).cmp(&big(&y))),
                    }));
                }
            }
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            match (self.heap.get(x), self.heap.get(y)) {
                (Object::Str(s), Object::Str(t)) => return Ok(Ok(Some(s.as_str().cmp(t.as_str())))),
                (Object::Bytes(s) | Object::ByteArray(s), Object::Bytes(t) | Object::ByteArray(t)) => {
                    return Ok(Ok(Some(s.cmp(t))))
                }
                (Object::List(_), Object::List(_)) | (Object::Tuple(_), Object::Tuple(_)) => {
                    let mark = self.roots.len();
                    let r = match self.first_difference(x, y) {
                        Ok(Difference::Plain(ord)) => Ok(Ok(Some(ord))),
                        Ok(Difference::Items(p, q)) => self.try_order(p, q),
                        Ok(Difference::Exhausted) => Ok(Ok(Some(self.seq_len(x).cmp(&self.seq_len(y))))),
                        Err(e) => Err(e),
                    };
                    self.roots.truncate(mark);
                    return r;
                }
                (Object::Set(_) | Object::FrozenSet(_), Object::Set(_) | Object::FrozenSet(_)) => {
                    return Ok(Ok(None))
                }
                _ => {}
            }
        }
        Ok(Err((a, b)))
    }

    pub fn hash(&mut self, v: Value) -> PResult<i64> {
        self.hash_shown(v, v)
    }

    /// `hash(v)`; `shown` is what an "unhashable type" error names (an
    /// instance of a subclass of `dict` whose builtin value `v` is).
    pub(crate) fn hash_shown(&mut self, v: Value, shown: Value) -> PResult<i64> {
        Ok(match v {
            Value::Int(i) => hash::hash_i64(i),
            Value::Bool(b) => i64::from(b),
            Value::Float(f) => hash::hash_float(f, 0),
            Value::None | Value::Null => 0x5f3c_a1e,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => s.hash(),
                Object::Int(n) => hash::hash_bigint(n),
                Object::Bytes(b) => hash::hash_bytes(b, hash::HashKey::ZERO),
                Object::Complex(a, b) => hash::hash_complex(*a, *b, r.0 as usize),
                Object::Tuple(items) => {
                    // By index: an element's `__hash__` may run Python code
                    // (and a collection), which cannot change a tuple.
                    let mut tuple = hash::TupleHasher::default();
                    for i in 0..items.len() {
                        let item = match self.heap.get(r) {
                            Object::Tuple(items) => items[i],
                            _ => break,
                        };
                        tuple.add(self.hash(item)?);
                    }
                    tuple.finish()
                }
                Object::FrozenSet(d) => {
                    // CPython's `frozenset_hash`: shuffled item hashes, xor-ed.
                    let mut h: u64 = 0;
                    for e in d.iter() {
                        let x = e.hash as u64;
                        h ^= ((x ^ 89_869_747) ^ (x << 16)).wrapping_mul(3_644_798_167);
                    }
                    h ^= (d.len() as u64 + 1).wrapping_mul(1_927_868_237);
                    h ^= (h >> 11) ^ (h >> 25);
                    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
                    if h as i64 == -1 {
                        590_923_713
                    } else {
                        h as i64
                    }
                }
                Object::Range { start, stop, step } => {
                    // `hash((len, start, step))`, with None for what the length makes irrelevant.
                    let (start, stop, step) = (*start, *stop, *step);
                    let n = range_len(start, stop, step);
                    let none = self.hash(Value::None)?;
                    match n {
                        0 => hash::hash_tuple(&[0, none, none]),
                        1 => hash::hash_tuple(&[1, hash::hash_i64(start), none]),
                        _ => hash::hash_tuple(&[
                            hash::hash_i64(n),
                            hash::hash_i64(start),
                            hash::hash_i64(step),
                        ]),
                    }
                }
                o if unhashable(o) => {
                    let msg = format!("unhashable type: '{}'", self.type_name(shown));
                    return Err(self.type_error(msg));
                }
                Object::Instance(_) => return self.hash_instance(v),
                Object::MemoryView(_) => return crate::memoryview::hash(self, r),
                _ => (r.0 as i64).rotate_right(4),
            },
        })
    }

    pub fn truthy(&mut self, v: Value) -> PResult<bool> {
        Ok(match v {
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::None | Value::Null => false,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => !s.as_str().is_empty(),
                Object::List(l) => !l.is_empty(),
                Object::Tuple(t) => !t.is_empty(),
                Object::Deque(d) => !d.items.is_empty(),
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => !d.is_empty(),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::Int(n) => !n.is_zero(),
                Object::Complex(a, b) => *a != 0.0 || *b != 0.0,
                Object::Range { start, stop, step } => range_len(*start, *stop, *step) != 0,
                Object::DictView(d, _) => self.dict_len(*d) != 0,
                Object::MemoryView(_) => return Ok(crate::memoryview::len(self, r)? != 0),
                Object::Instance(_) => return self.truthy_instance(v),
                Object::Type(t) if t.meta.is_some() => return self.truthy_instance(v),
                _ => true,
            },
        })
    }

    /// `len(v)`, `None` when `v` has no length.
    pub fn len_of(&self, v: Value) -> Option<usize> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Some(s.chars),
                Object::List(l) => Some(l.len()),
                Object::Tuple(t) => Some(t.len()),
                Object::Deque(d) => Some(d.items.len()),
                Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => Some(d.len()),
                Object::Bytes(b) | Object::ByteArray(b) => Some(b.len()),
                Object::Range { start, stop, step } => Some(range_len(*start, *stop, *step) as usize),
                Object::DictView(d, _) => Some(self.dict_len(*d)),
                Object::MemoryView(view) if !view.released => Some(view.len),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- iteration ----------------------------------------------------------------

    pub fn iter(&mut self, v: Value) -> PResult<Value> {
        match self.try_iter(v)? {
            Some(it) => Ok(it),
            None => Err(self.not_iterable(v)),
        }
    }

    /// `iter(v)`, or `None` when `v` has no way to be iterated (the caller
    /// words the error: "not iterable", "Value after * must be an iterable").
    pub(crate) fn try_iter(&mut self, v: Value) -> PResult<Option<Value>> {
        let kind = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(_)
                | Object::List(_)
                | Object::Tuple(_)
                | Object::Bytes(_)
                | Object::ByteArray(_) => IterKind::Seq(v, 0),
                Object::Range { start, stop, step } => {
                    IterKind::Range { next: *start, stop: *stop, step: *step }
                }
                Object::Dict(t) | Object::Set(t) | Object::FrozenSet(t) => IterKind::Dict(r, 0, 0, t.len()),
                Object::DictView(d, k) => IterKind::Dict(*d, 0, *k, self.dict_len(*d)),
                Object::Generator(g) if g.kind != crate::object::GenKind::Generator => return Ok(None),
                Object::Iter(_) | Object::Generator(_) | Object::File(_) => return Ok(Some(v)),
                Object::Instance(_) => return self.iter_instance(v),
                Object::Type(t) if t.meta.is_some() => return self.iter_instance(v),
                Object::MemoryView(_) => return crate::memoryview::iter(self, r).map(Some),
                Object::Deque(_) => return Ok(Some(crate::deque::iter(self, r, false))),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(self.heap.alloc_value(Object::Iter(kind))))
    }

    pub(crate) fn not_iterable(&mut self, v: Value) -> Exc {
        let msg = format!("'{}' object is not iterable", self.type_name(v));
        self.type_error(msg)
    }

    /// The next item of iterator `it`, `None` when exhausted.
    pub fn next(&mut self, it: Value) -> PResult<Option<Value>> {
        let Value::Obj(r) = it else {
            let msg = format!("'{}' object is not an iterator", self.type_name(it));
            return Err(self.type_error(msg));
        };
        if let Some(item) = self.next_in_place(r) {
            return Ok(Some(item));
        }
        let kind = match self.heap.get_mut(r) {
            // Parked while it steps, holding nothing; `step` shows its class
            // there before running Python code (only then can anything look).
            Some(Object::Iter(kind)) => std::mem::replace(kind, IterKind::Exhausted(TypeKind::Iterator)),
            Some(Object::Generator(_)) => {
                return match self.resume(r, Value::None)? {
                    crate::generator::Sent::Yielded(v) => Ok(Some(v)),
                    crate::generator::Sent::Returned(_) => Ok(None),
                }
            }
            Some(Object::File(_)) => {
                let line = crate::file::readline(self, r, None)?;
                return Ok(if self.len_of(line) == Some(0) { None } else { Some(line) });
            }
            Some(Object::Instance(_)) => return self.next_instance(it),
            _ => {
                let msg = format!("'{}' object is not an iterator", self.type_name(it));
                return Err(self.type_error(msg));
            }
        };
        let (kind, out) = self.step(r, kind)?;
        if let Some(Object::Iter(slot)) = self.heap.get_mut(r) {
            *slot = kind;
        }
        Ok(out)
    }

    /// The commonest steps, done in place: a range's next int, a list's next
    /// item, a dict's next key or value, a set's next element. `None` for
    /// the others, and at the end (or a change of size), which `step` records.
    #[inline(always)]
    fn next_in_place(&mut self, r: ObjRef) -> Option<Value> {
        match self.heap.get_mut(r)? {
            Object::Iter(IterKind::Range { next, stop, step }) => {
                crate::object::step_range(next, *stop, *step).map(Value::Int)
            }
            Object::Iter(IterKind::Seq(Value::Obj(seq), i)) => {
                let (seq, index) = (*seq, *i);
                let Object::List(items) = self.heap.get(seq) else { return None };
                let item = items.get(index).copied()?;
                if let Some(Object::Iter(IterKind::Seq(_, i))) = self.heap.get_mut(r) {
                    *i += 1;
                }
                Some(item)
            }
            Object::Iter(IterKind::Dict(d, i, what @ (0 | 1), size)) => {
                let (d, index, what, size) = (*d, *i, *what, *size);
                let table = self.table(d).filter(|t| t.len() == size)?;
                let entry = table.ordered_entry(index).filter(|e| !e.key.is_null())?;
                let item = if what == 0 { entry.key } else { entry.value };
                if let Some(Object::Iter(IterKind::Dict(_, i, ..))) = self.heap.get_mut(r) {
                    *i += 1;
                }
                Some(item)
            }
            _ => None,
        }
    }

    /// Shows iterator `r`, parked, as an exhausted iterator of `class`.
    fn park(&mut self, r: ObjRef, class: TypeKind) {
        if let Some(Object::Iter(slot)) = self.heap.get_mut(r) {
            *slot = IterKind::Exhausted(class);
        }
    }

    /// One step of iterator `r`, whose state is `kind`: its next state and
    /// item; once exhausted, `Exhausted` of its class and no item.
    #[inline]
    fn step(&mut self, r: ObjRef, kind: IterKind) -> PResult<(IterKind, Option<Value>)> {
        Ok(match kind {
            IterKind::Exhausted(class) => (IterKind::Exhausted(class), None),
            IterKind::Range { mut next, stop, step } => {
                match crate::object::step_range(&mut next, stop, step) {
                    Some(cur) => (IterKind::Range { next, stop, step }, Some(Value::Int(cur))),
                    None => (IterKind::Exhausted(TypeKind::RangeIterator), None),
                }
            }
            IterKind::Seq(seq, i) => {
                let Value::Obj(s) = seq else { return Ok((IterKind::Exhausted(TypeKind::Iterator), None)) };
                let item = match self.heap.get(s) {
                    Object::List(l) => l.get(i).copied().map(|v| (v, 1)),
                    Object::Tuple(t) => t.get(i).copied().map(|v| (v, 1)),
                    Object::Bytes(b) | Object::ByteArray(b) => {
                        b.get(i).map(|b| (Value::Int(i64::from(*b)), 1))
                    }
                    Object::MemoryView(_) => {
                        return Ok(match crate::memoryview::next_item(self, s, i)? {
                            Some(v) => (IterKind::Seq(seq, i + 1), Some(v)),
                            None => (IterKind::Exhausted(TypeKind::MemoryIterator), None),
                        });
                    }
                    Object::Str(st) => {
                        // `i` is a byte offset into the text here.
                        match st.as_str().get(i..).and_then(|rest| rest.chars().next()) {
                            Some(c) => {
                                let v = self.char_str(c);
                                return Ok((IterKind::Seq(seq, i + c.len_utf8()), Some(v)));
                            }
                            None => None,
                        }
                    }
                    _ => None,
                };
                match item {
                    Some((v, n)) => (IterKind::Seq(seq, i + n), Some(v)),
                    None => (IterKind::Exhausted(self.iter_class(&IterKind::Seq(seq, i))), None),
                }
            }
            kind @ IterKind::Deque { .. } => crate::deque::step(self, r, kind)?,
            IterKind::Dict(d, i, what, size) => match self.dict_step(r, d, i, what, size)? {
                (kind, None) => (kind, None),
                (kind, Some(e)) => {
                    let v = match what {
                        0 => e.key,
                        1 => e.value,
                        _ => self.new_tuple(vec![e.key, e.value]),
                    };
                    (kind, Some(v))
                }
            },
            // No Python code runs: the indices move in place.
            IterKind::Combinatoric(mut c) => match c.advance() {
                Some(items) => {
                    let t = self.new_tuple(items);
                    (IterKind::Combinatoric(c), Some(t))
                }
                None => (IterKind::Exhausted(c.kind()), None),
            },
            kind => {
                // The others may run Python code: the parked iterator shows
                // its class meanwhile, and as it no longer holds its state
                // (which a collection must not free), the state is rooted.
                let class = self.iter_class(&kind);
                self.park(r, class);
                let mark = self.roots.len();
                kind.for_each_value(&mut |v| self.roots.push(v));
                let stepped = self.step_calling(kind);
                self.roots.truncate(mark);
                match stepped? {
                    Some((kind, v)) => (kind, Some(v)),
                    None => (IterKind::Exhausted(class), None),
                }
            }
        })
    }

    /// One step of dict (or set) iterator `r` over table `d` from entry `i`
    /// (see `IterKind::Dict`): its next state and the entry it reached.
    pub(crate) fn dict_step(
        &mut self,
        r: ObjRef,
        d: ObjRef,
        mut i: usize,
        what: u8,
        size: usize,
    ) -> PResult<(IterKind, Option<crate::dict::Entry>)> {
        let (len, entry) = loop {
            let Some(t) = self.table(d) else { break (0, None) };
            if i >= t.ordered_len() {
                break (t.len(), None);
            }
            match t.ordered_entry(i) {
                Some(e) if !e.key.is_null() => break (t.len(), Some(*e)),
                _ => i += 1,
            }
        };
        let class = |vm: &Vm| vm.iter_class(&IterKind::Dict(d, 0, what, size));
        if len != size {
            self.park(r, class(self));
            let what = if matches!(self.heap.get(d), Object::Dict(_)) { "dictionary" } else { "Set" };
            return Err(self.err("RuntimeError", format!("{what} changed size during iteration")));
        }
        Ok(match entry {
            None => (IterKind::Exhausted(class(self)), None),
            Some(e) => (IterKind::Dict(d, i + 1, what, size), Some(e)),
        })
    }

    /// `step` for the iterators that call back into Python (their state rooted).
    fn step_calling(&mut self, kind: IterKind) -> PResult<Option<(IterKind, Value)>> {
        Ok(match kind {
            IterKind::GetItem(obj, i) => {
                self.getitem_protocol_step(obj, i)?.map(|v| (IterKind::GetItem(obj, i + 1), v))
            }
            IterKind::Reversed(seq, i) => {
                if i == 0 {
                    return Ok(None);
                }
                let v = self.getitem(seq, Value::Int(i as i64 - 1))?;
                Some((IterKind::Reversed(seq, i - 1), v))
            }
            IterKind::Enumerate(it, n) => match self.next(it)? {
                Some(v) => {
                    let next = self.enumerate_count_after(n)?;
                    let t = self.new_tuple(vec![n, v]);
                    Some((IterKind::Enumerate(it, next), t))
                }
                None => None,
            },
            IterKind::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let Some(items) = self.next_of_each(&its, strict)? else { return Ok(None) };
                let t = self.new_tuple(items);
                Some((IterKind::Zip(its, strict), t))
            }
            // One iterable, the common `map(f, xs)`: no argument list per item.
            IterKind::Map(f, its) if its.len() == 1 => {
                let Some(v) = self.next(its[0])? else { return Ok(None) };
                Some((IterKind::Map(f, its), self.call(f, &[v])?))
            }
            IterKind::Map(f, its) => {
                let Some(args) = self.next_of_each(&its, false)? else { return Ok(None) };
                Some((IterKind::Map(f, its), self.call(f, &args)?))
            }
            IterKind::Filter(f, it) => loop {
                let Some(v) = self.next(it)? else { break None };
                let keep = if f.is_none() {
                    self.truthy(v)?
                } else {
                    self.roots.push(v);
                    let r = self.call(f, &[v]);
                    self.roots.pop();
                    let r = r?;
                    self.truthy(r)?
                };
                if keep {
                    break Some((IterKind::Filter(f, it), v));
                }
            },
            IterKind::Islice(s) => self.islice_step(s)?.map(|(s, v)| (IterKind::Islice(s), v)),
            IterKind::Accumulate(s) => self.accumulate_step(s)?.map(|(s, v)| (IterKind::Accumulate(s), v)),
            IterKind::Chain(source, active) => {
                self.chain_step(source, active)?.map(|(a, v)| (IterKind::Chain(source, a), v))
            }
            IterKind::Callable(f, sentinel) => {
                let v = self.call(f, &[])?;
                if self.eq(v, sentinel) {
                    None
                } else {
                    Some((IterKind::Callable(f, sentinel), v))
                }
            }
            // Never passed here: `step` steps them itself, without the
            // rooting (calling it back would cost every step its inlining).
            IterKind::Exhausted(_)
            | IterKind::Range { .. }
            | IterKind::Seq(..)
            | IterKind::Dict(..)
            | IterKind::Deque { .. }
            | IterKind::Combinatoric(_) => None,
        })
    }

    /// The next item of each of `its` (for `zip` and `map`), rooted while
    /// the next iterator runs; `None` as soon as one is exhausted. With
    /// `strict` (`zip(strict=True)`), iterators that end at different
    /// points are CPython's `ValueError`.
    fn next_of_each(&mut self, its: &[Value], strict: bool) -> PResult<Option<Vec<Value>>> {
        let mark = self.roots.len();
        let r = (|| {
            for (k, it) in its.iter().enumerate() {
                match self.next(*it)? {
                    Some(v) => self.roots.push(v),
                    None if strict => return self.check_zip_lengths(its, k).map(|()| false),
                    None => return Ok(false),
                }
            }
            Ok(true)
        })();
        let items = self.roots.split_off(mark);
        Ok(r?.then_some(items))
    }

    /// `zip(strict=True)` found argument `k` (from 0) exhausted: the others
    /// must end there too.
    fn check_zip_lengths(&mut self, its: &[Value], k: usize) -> PResult<()> {
        // "argument 1", "arguments 1-2"...
        let firsts = |n: usize| if n > 1 { format!("s 1-{n}") } else { " 1".to_string() };
        if k > 0 {
            let msg = format!("zip() argument {} is shorter than argument{}", k + 1, firsts(k));
            return Err(self.value_error(msg));
        }
        for (j, other) in its.iter().enumerate().skip(1) {
            if self.next(*other)?.is_some() {
                let msg = format!("zip() argument {} is longer than argument{}", j + 1, firsts(j));
                return Err(self.value_error(msg));
            }
        }
        Ok(())
    }

    /// All items of an iterable, in a Vec (rooted while Python code runs).
    pub fn collect_iter(&mut self, v: Value) -> PResult<Vec<Value>> {
        match self.try_collect_iter(v)? {
            Some(items) => Ok(items),
            None => Err(self.not_iterable(v)),
        }
    }

    /// `*v` in a display or among a call's arguments (`ListExtend`): its items.
    pub(crate) fn starred_items(&mut self, v: Value) -> PResult<Vec<Value>> {
        match self.try_collect_iter(v)? {
            Some(items) => Ok(items),
            None => {
                let msg = format!("Value after * must be an iterable, not {}", self.type_name(v));
                Err(self.type_error(msg))
            }
        }
    }

    /// `collect_iter`, or `None` when `v` cannot be iterated.
    pub(crate) fn try_collect_iter(&mut self, v: Value) -> PResult<Option<Vec<Value>>> {
        if let Some(items) = self.seq_items(v) {
            return Ok(Some(items));
        }
        if let Some(g) = self.resumable_in_place(v) {
            let mark = self.roots.len();
            self.roots.push(v);
            let r = self.drain_generator(g);
            let items = self.roots.split_off((mark + 1).min(self.roots.len()));
            self.roots.truncate(mark);
            return r.map(|()| Some(items));
        }
        let Some(it) = self.try_iter(v)? else {
            return Ok(None);
        };
        let mark = self.roots.len();
        self.roots.push(it);
        let mut out = Vec::new();
        let r = loop {
            match self.next(it) {
                Ok(Some(x)) => {
                    self.roots.push(x);
                    out.push(x)
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(mark);
        r.map(|_| Some(out))
    }

    /// `UnpackSequence`/`UnpackEx`: exactly `n` items, or at least `n + after`.
    pub(crate) fn unpack(&mut self, v: Value, n: usize, after: Option<usize>) -> PResult<Vec<Value>> {
        let items = match (self.seq_items(v), after) {
            (Some(items), _) => items,
            // `a, b = it` takes at most one item too many, as CPython does:
            // an endless iterator is not drained.
            (None, None) => {
                let Some(it) = self.try_iter(v)? else {
                    let msg = format!("cannot unpack non-iterable {} object", self.type_name(v));
                    return Err(self.type_error(msg));
                };
                let mark = self.roots.len();
                self.roots.push(it);
                let mut items = Vec::with_capacity(n);
                let mut result = Ok(());
                while items.len() <= n {
                    match self.next(it) {
                        Ok(Some(x)) => {
                            self.roots.push(x);
                            items.push(x);
                        }
                        Ok(None) => break,
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                self.roots.truncate(mark);
                result?;
                items
            }
            (None, Some(_)) => match self.try_collect_iter(v)? {
                Some(items) => items,
                None => {
                    let msg = format!("cannot unpack non-iterable {} object", self.type_name(v));
                    return Err(self.type_error(msg));
                }
            },
        };
        match after {
            None if items.len() < n => {
                let msg = format!("not enough values to unpack (expected {n}, got {})", items.len());
                Err(self.value_error(msg))
            }
            None if items.len() > n => {
                let msg = format!("too many values to unpack (expected {n})");
                Err(self.value_error(msg))
            }
            Some(a) if items.len() < n + a => {
                let msg =
                    format!("not enough values to unpack (expected at least {}, got {})", n + a, items.len());
                Err(self.value_error(msg))
            }
            _ => Ok(items),
        }
    }

    pub fn contains(&mut self, container: Value, item: Value) -> PResult<bool> {
        // An instance, or a class whose metaclass may define `__contains__`: one look at the heap.
        let by_protocol = match container {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Instance(_) => true,
                Object::Type(t) => t.meta.is_some(),
                _ => false,
            },
            _ => false,
        };
        if by_protocol {
            if let Some(found) = self.contains_instance(container, item)? {
                return Ok(found);
            }
        } else if is_instance(self, item) {
            if let Some(items) = self.seq_items(container) {
                // Rooted: the container may have been popped, and `__eq__` may collect.
                return self.rooted(&items, |vm| {
                    for &v in &items {
                        if vm.eq_values(v, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                });
            }
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Object::Str(s) => {
                    return match self.str_of(item) {
                        Some(t) => Ok(s.as_str().contains(t)),
                        None => {
                            let msg = format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(item)
                            );
                            Err(self.type_error(msg))
                        }
                    }
                }
                Object::List(l) => return Ok(l.iter().any(|v| self.eq(*v, item))),
                Object::Deque(_) => return crate::deque::contains(self, r, item),
                Object::Tuple(l) => return Ok(l.iter().any(|v| self.eq(*v, item))),
                Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_) | Object::DictView(_, 0) => {
                    let d = match self.heap.get(r) {
                        Object::DictView(d, _) => *d,
                        _ => r,
                    };
                    return Ok(self.dict_get(d, item)?.is_some());
                }
                Object::Range { start, stop, step } => {
                    if let Value::Int(i) = item {
                        let (start, stop, step) = (*start, *stop, *step);
                        let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                        return Ok(inside && (i - start) % step == 0);
                    }
                }
                Object::Bytes(b) | Object::ByteArray(b) => {
                    if let Value::Int(i) = item {
                        return Ok(b.contains(&(i as u8)));
                    }
                    if let Value::Obj(o) = item {
                        if let Object::Bytes(n) | Object::ByteArray(n) = self.heap.get(o) {
                            return Ok(n.is_empty() || b.windows(n.len()).any(|w| w == &n[..]));
                        }
                    }
                }
                _ => {}
            }
        }
        let Some(it) = self.try_iter(container)? else {
            let msg = format!("argument of type '{}' is not iterable", self.type_name(container));
            return Err(self.type_error(msg));
        };
        // Iterate only as far as the first match: `x in iterator` consumes that much.
        let mark = self.roots.len();
        self.roots.push(it);
        let found = loop {
            match self.next(it) {
                Ok(Some(v)) => match self.eq_values(v, item) {
                    Ok(false) => {}
                    other => break other,
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(mark);
        found
    }

    pub fn set_add(&mut self, s: ObjRef, v: Value) -> PResult<()> {
        // `v`'s `__hash__`/`__eq__` may collect, and a `SetAdd` popped it.
        self.rooted(&[Value::Obj(s), v], |vm| {
            if vm.dict_get(s, v)?.is_none() {
                vm.dict_set(s, v, Value::None)?;
            }
            Ok(())
        })
    }

    /// Adds each of `items` to the set `s`. They stay rooted until added: the
    /// `__hash__`/`__eq__` of one may collect while the others are held only
    /// in the slice (the items of a generator, of a `{...}` display).
    pub fn set_add_all(&mut self, s: ObjRef, items: &[Value]) -> PResult<()> {
        self.rooted(items, |vm| items.iter().try_for_each(|&v| vm.set_add(s, v)))
    }

    /// `d.update(m)`, `{**m}` or `f(**m)`: what `m` may be and how a failure
    /// is worded depend on `source`.
    pub fn dict_update(&mut self, d: ObjRef, m: Value, source: DictSource) -> PResult<()> {
        let mark = self.roots.len();
        self.roots.extend([Value::Obj(d), m]);
        let done = self.dict_update_rooted(d, m, source);
        self.roots.truncate(mark);
        done
    }

    /// `dict_update` with `d` and `m` rooted: reading a mapping, iterating
    /// and hashing keys may run Python code (and so collect), so the keys,
    /// values and items it holds meanwhile are rooted as they come.
    fn dict_update_rooted(&mut self, d: ObjRef, m: Value, source: DictSource) -> PResult<()> {
        // A subclass of dict is its dict; another mapping is read through `keys()`.
        let m = self.base_value(m);
        let pairs = match m {
            Value::Obj(r) if matches!(self.heap.get(r), Object::Dict(_)) => Some(self.dict_items(r)),
            _ if is_instance(self, m) => {
                let keys_name = self.intern("keys");
                match self.special_of(m, keys_name) {
                    Some(keys) => {
                        let keys = self.call_special(keys, m, &[])?;
                        self.roots.push(keys);
                        let keys = self.collect_iter(keys)?;
                        self.roots.extend(keys.iter().copied());
                        let mut pairs = Vec::new();
                        for k in keys {
                            let v = self.getitem(m, k)?;
                            self.roots.push(v);
                            pairs.push((k, v));
                        }
                        Some(pairs)
                    }
                    None => None,
                }
            }
            _ => None,
        };
        if let Some(pairs) = pairs {
            self.roots.extend(pairs.iter().flat_map(|&(k, v)| [k, v]));
            for (k, v) in pairs {
                if let DictSource::Keywords(callee) = source {
                    if self.dict_get(d, k)?.is_some() {
                        let msg = format!(
                            "{} got multiple values for keyword argument '{}'",
                            self.function_str(callee),
                            self.str_of(k).unwrap_or("?")
                        );
                        return Err(self.type_error(msg));
                    }
                }
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        match source {
            DictSource::MappingOrPairs => {}
            DictSource::Mapping => {
                let msg = format!("'{}' object is not a mapping", self.type_name(m));
                return Err(self.type_error(msg));
            }
            DictSource::Keywords(callee) => {
                let msg = format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.function_str(callee),
                    self.type_name(m)
                );
                return Err(self.type_error(msg));
            }
        }
        let items = self.collect_iter(m)?;
        self.roots.extend(items.iter().copied());
        for (i, item) in items.into_iter().enumerate() {
            let Some(pair) = self.try_collect_iter(item)? else {
                let msg = format!("cannot convert dictionary update sequence element #{i} to a sequence");
                return Err(self.type_error(msg));
            };
            self.roots.extend(pair.iter().copied());
            if pair.len() != 2 {
                let msg = format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                );
                return Err(self.value_error(msg));
            }
            self.roots.extend(pair.iter().copied());
            self.dict_set(d, pair[0], pair[1])?;
        }
        Ok(())
    }

    // ---- exceptions as values ----------------------------------------------------------

    /// `raise v`: an instance as is, a class instantiated.
    pub(crate) fn make_raisable(&mut self, v: Value) -> PResult<Exc> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Exception(_) => return Ok(Exc(r)),
                Object::Type(_) if self.is_subtype(r, self.types.exc("BaseException")) => {
                    let e = self.call(v, &[])?;
                    if let Value::Obj(e) = e {
                        return Ok(Exc(e));
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `gen.throw(typ[, val])`: an instance as is; a class with `val` as its
    /// instance, its constructor's argument (a tuple: its arguments) or none.
    pub(crate) fn thrown_exception(&mut self, typ: Value, val: Option<Value>) -> PResult<Exc> {
        let val = val.filter(|v| !matches!(v, Value::None));
        match typ {
            Value::Obj(t)
                if matches!(self.heap.get(t), Object::Type(_))
                    && self.is_subtype(t, self.types.exc("BaseException")) =>
            {
                let Some(val) = val else { return self.make_raisable(typ) };
                if self.isinstance(val, t) {
                    return self.make_raisable(val);
                }
                let args = match val {
                    Value::Obj(r) if matches!(self.heap.get(r), Object::Tuple(_)) => {
                        self.seq_slice(r).to_vec()
                    }
                    _ => vec![val],
                };
                let e = self.call(typ, &args)?;
                self.make_raisable(e)
            }
            Value::Obj(e) if matches!(self.heap.get(e), Object::Exception(_)) => match val {
                Some(_) => Err(self.type_error("instance exception may not have a separate value")),
                None => Ok(Exc(e)),
            },
            _ => {
                let msg = format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    self.type_name(typ)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `except T:`: whether `exc` matches the class or tuple of classes `t`.
    pub(crate) fn exception_matches(&mut self, exc: Value, t: Value) -> PResult<bool> {
        let classes = match self.seq_items(t) {
            Some(items) => items,
            None => vec![t],
        };
        let base = self.types.exc("BaseException");
        for c in &classes {
            match c {
                Value::Obj(r)
                    if matches!(self.heap.get(*r), Object::Type(_)) && self.is_subtype(*r, base) => {}
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(classes.iter().any(|c| matches!(c, Value::Obj(r) if self.isinstance(exc, *r))))
    }
}

/// Where the mapping of a dict update comes from, which decides what it may
/// be and how its errors read.
#[derive(Clone, Copy)]
pub enum DictSource {
    /// `dict(m)`, `d.update(m)`: a mapping or an iterable of pairs.
    MappingOrPairs,
    /// `{**m}`: a mapping.
    Mapping,
    /// `f(**m)`: a mapping whose keys are not yet among the call's keywords;
    /// the callee is named in errors.
    Keywords(Value),
}

/// `op a` for the operands that need no heap and cannot fail: an `int`
/// whose negation fits, a `float`, a `bool` negated by `not`.
#[inline(always)]
fn unary_fast(a: Value, op: U) -> Option<Value> {
    match (a, op) {
        (Value::Int(i), U::Negative) => i.checked_neg().map(Value::Int),
        (Value::Int(i), U::Invert) => Some(Value::Int(!i)),
        (Value::Float(f), U::Negative) => Some(Value::Float(-f)),
        (Value::Bool(b), U::Not) => Some(Value::Bool(!b)),
        _ => None,
    }
}
