//! `for a, b in it`: a loop that unpacks each item into two names. For the
//! iterators that make a 2-tuple per item (a dict's `items()`, `enumerate`,
//! a two-way `zip`), the two values go straight to the stack; CPython
//! reuses the tuple in place when nothing else holds it, which no program
//! can tell from making none. An allocation (and a collection's work) per
//! item was most of such a loop's time.

use compiler_layer::instruction::BinaryOperator as B;

use crate::object::{IterKind, Object};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// What `next_pair` found.
pub(crate) enum Pair {
    Items(Value, Value),
    Exhausted,
    /// Not an iterator of pairs: the loop takes the item and unpacks it.
    Other,
}

impl Vm {
    /// The next two values of `it` when it iterates in pairs (see the module doc).
    pub(crate) fn next_pair(&mut self, it: Value) -> PResult<Pair> {
        let Value::Obj(r) = it else { return Ok(Pair::Other) };
        let Object::Iter(kind) = self.heap.get(r) else { return Ok(Pair::Other) };
        match *kind {
            IterKind::Dict(d, i, 2, size) => {
                let (kind, entry) = self.dict_step(r, d, i, 2, size)?;
                self.set_iter_state(r, kind);
                Ok(entry.map_or(Pair::Exhausted, |e| Pair::Items(e.key, e.value)))
            }
            // As CPython's `enumerate` and `zip`, the state stays in place
            // while the inner iterators run, holding them (and so rooting them).
            IterKind::Enumerate(inner, n) => match self.next(inner)? {
                Some(v) => {
                    let next = self.enumerate_count_after(n)?;
                    if let Some(Object::Iter(IterKind::Enumerate(_, count))) = self.heap.get_mut(r) {
                        *count = next;
                    }
                    Ok(Pair::Items(n, v))
                }
                None => self.exhaust(r),
            },
            // `zip(strict=True)` checks the lengths when one ends: the general path does.
            IterKind::Zip(ref its, false) if its.len() == 2 => {
                let (first, second) = (its[0], its[1]);
                let Some(a) = self.next(first)? else { return self.exhaust(r) };
                self.roots.push(a);
                let b = self.next(second);
                self.roots.pop();
                match b? {
                    Some(b) => Ok(Pair::Items(a, b)),
                    None => self.exhaust(r),
                }
            }
            _ => Ok(Pair::Other),
        }
    }

    /// An `enumerate`'s count after `n` (an int, so no Python code runs).
    pub(crate) fn enumerate_count_after(&mut self, n: Value) -> PResult<Value> {
        match n {
            Value::Int(i) if i < i64::MAX => Ok(Value::Int(i + 1)),
            _ => self.binary_op(n, Value::Int(1), B::Add),
        }
    }

    fn set_iter_state(&mut self, r: ObjRef, state: IterKind) {
        if let Some(Object::Iter(slot)) = self.heap.get_mut(r) {
            *slot = state;
        }
    }

    /// Iterator `r` has ended: it holds nothing more, as `Vm::next` leaves it.
    fn exhaust(&mut self, r: ObjRef) -> PResult<Pair> {
        if let Object::Iter(kind) = self.heap.get(r) {
            let class = self.iter_class(kind);
            self.set_iter_state(r, IterKind::Exhausted(class));
        }
        Ok(Pair::Exhausted)
    }
}
