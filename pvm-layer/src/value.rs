//! `Value`: what the value stack, locals and containers hold.
//!
//! Small immediates (`None`, `bool`, an `int` that fits in `i64`, `float`) live
//! in the value itself; everything else is an [`ObjRef`], an index into the
//! PVM's heap. A value is 16 bytes and `Copy`: no reference counts, the
//! collector (`gc.rs`) finds what is live.
//!
//! **Invariant:** an `int` is `Value::Int` whenever it fits in an `i64`, and a
//! heap `Object::Int` (a `BigInt`) only when it does not — so two equal ints
//! always have the same representation and the fast paths can compare `i64`s.

/// An index into the heap's slots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

impl ObjRef {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// `repr(C, u64)`: the tag is one aligned word and every payload starts at
/// byte 8, so a copy is two aligned words (or one 16-byte move). With the
/// default layout, `Bool`'s payload sits at byte 1 and LLVM copied bytes 1..16
/// as two overlapping unaligned moves, which stalled store forwarding in the
/// dispatch loop: `fib(30)` 0.31 s -> 0.25 s, a 10M-iteration loop 0.41 s -> 0.26 s.
#[derive(Clone, Copy, Debug)]
#[repr(C, u64)]
pub enum Value {
    /// Not a Python value: an unbound local, the `NULL` that `PushNull` pushes
    /// below a plain callable. Never reaches Python code.
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline]
    pub fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// `a is b`: identity. Immediates are identical when equal in kind and
    /// bits (CPython caches small ints; programs that rely on `is` for ints
    /// beyond that are already wrong in CPython).
    #[inline(always)]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    /// Reads the value at `src` as two 8-byte loads. A 16-byte load of a
    /// slot just written by two 8-byte stores (how a freshly made `Int` or
    /// `Float` is written) cannot be forwarded from the store buffer and
    /// stalls until the stores retire; two 8-byte loads each forward. They
    /// are volatile so that LLVM does not merge them back into one.
    ///
    /// SAFETY: `src` must point to a live `Value`.
    #[inline(always)]
    pub unsafe fn load(src: *const Value) -> Value {
        let words = src.cast::<std::mem::MaybeUninit<u64>>();
        let tag = std::ptr::read_volatile(words);
        let payload = std::ptr::read_volatile(words.add(1));
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>([tag, payload])
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<super::Value>>(), 16);
    }

    #[test]
    fn load_reads_back_every_kind() {
        use super::{ObjRef, Value};
        let values = [
            Value::Null,
            Value::None,
            Value::Bool(true),
            Value::Int(-7),
            Value::Float(2.5),
            Value::Obj(ObjRef(9)),
        ];
        for v in values {
            // SAFETY: `&v` points to a live value.
            let back = unsafe { Value::load(&v) };
            assert!(back.is(v) && format!("{back:?}") == format!("{v:?}"));
        }
    }
}

/// Copies `n` values from `src` to `dst` (not overlapping). A suspended
/// frame or a builtin call holds a handful of values, for which a call to `memcpy`, and the
/// registers the dispatch loop spills around it, cost more than the copy:
/// up to eight move as fixed-size blocks, inline.
///
/// # Safety
/// `src` must be valid for reading and `dst` for writing `n` values.
#[inline(always)]
pub(crate) unsafe fn copy_values(src: *const Value, dst: *mut Value, n: usize) {
    #[inline(always)]
    unsafe fn block<const N: usize>(src: *const Value, dst: *mut Value) {
        std::ptr::copy_nonoverlapping(src.cast::<[Value; N]>(), dst.cast::<[Value; N]>(), 1);
    }
    match n {
        0 => {}
        1 => block::<1>(src, dst),
        2 => block::<2>(src, dst),
        3 => block::<3>(src, dst),
        4 => block::<4>(src, dst),
        5 => block::<5>(src, dst),
        6 => block::<6>(src, dst),
        7 => block::<7>(src, dst),
        8 => block::<8>(src, dst),
        _ => std::ptr::copy_nonoverlapping(src, dst, n),
    }
}
