//! The set operations as CPython's `setobject.c` performs them, step for
//! step, because the order in which elements land in the table is the order
//! a set prints in: a copy merges the whole table at once, `a & b` walks
//! the smaller set, `a -= b` leaves dummies, `a ^ b` starts from a copy of
//! `b`. (`dict.rs` keeps the replica of CPython's table.)

use compiler_layer::instruction::BinaryOperator as B;

use crate::dict::Dict;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

impl Vm {
    /// The elements of set `s`, in its order.
    fn set_elements(&self, s: ObjRef) -> Vec<Value> {
        self.table(s).map(|t| t.iter().map(|e| e.key).collect()).unwrap_or_default()
    }

    /// Whether `v` is a set or frozenset.
    pub fn is_any_set(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Object::Set(_) | Object::FrozenSet(_)))
    }

    /// A new empty set (or frozenset).
    pub fn new_set(&mut self, frozen: bool) -> ObjRef {
        self.heap.alloc(if frozen {
            Object::FrozenSet(Dict::new_set())
        } else {
            Object::Set(Dict::new_set())
        })
    }

    /// `set_merge`: adds every element of set `src` to set `dst`. (Keys are
    /// compared as builtin values: a user `__eq__` is not run here.)
    pub fn set_merge(&mut self, dst: ObjRef, src: ObjRef) -> PResult<()> {
        // Elements of user classes may be equal without being the same
        // object: into a non-empty set they go one by one, through their `__eq__`.
        let user_elements = |vm: &Vm| {
            vm.table(src).is_some_and(|t| t.iter().any(|e| crate::datamodel::compares_in_python(vm, e.key)))
        };
        if self.dict_len(dst) > 0 && user_elements(self) {
            let elements = self.set_elements(src);
            return self.set_add_all(dst, &elements);
        }
        let Some(source) = self.table(src).cloned() else { return Ok(()) };
        let mut target = match self.heap.get_mut(dst) {
            Some(Object::Set(d) | Object::FrozenSet(d)) => std::mem::take(d),
            _ => return Ok(()),
        };
        target.merge_set(&source, |a, b| crate::ops::equal_in(&self.heap, a, b, 0));
        if let Some(Object::Set(d) | Object::FrozenSet(d)) = self.heap.get_mut(dst) {
            *d = target;
        }
        Ok(())
    }

    /// A copy of set `src` (CPython's `make_new_set`): the copy's layout
    /// may differ from the original's, as in CPython.
    pub fn set_copy(&mut self, src: ObjRef, frozen: bool) -> ObjRef {
        let out = self.new_set(frozen);
        self.roots.push(Value::Obj(out));
        // Into an empty set nothing compares: the merge cannot fail.
        let _ = self.set_merge(out, src);
        self.roots.pop();
        out
    }

    /// Removes `key` from set `s` if present (a dummy in CPython's table).
    pub fn set_discard(&mut self, s: ObjRef, key: Value) -> PResult<bool> {
        Ok(self.dict_remove(s, key)?.is_some())
    }

    /// `a op b` for two sets: a new set of `a`'s kind.
    pub(crate) fn set_binary(&mut self, x: ObjRef, y: ObjRef, op: B, frozen: bool) -> PResult<ObjRef> {
        let out = match op {
            B::Or => {
                let out = self.set_copy(x, frozen);
                self.roots.push(Value::Obj(out));
                let r = self.set_merge(out, y);
                self.roots.pop();
                r?;
                out
            }
            B::And => {
                let (small, large) = if self.dict_len(y) > self.dict_len(x) { (x, y) } else { (y, x) };
                self.set_select(small, large, true, frozen)?
            }
            B::Subtract if (self.dict_len(x) >> 2) > self.dict_len(y) => {
                let out = self.set_copy(x, frozen);
                self.roots.push(Value::Obj(out));
                let r = self.set_discard_all(out, y);
                self.roots.pop();
                r?;
                out
            }
            B::Subtract => self.set_select(x, y, false, frozen)?,
            _ => {
                let out = self.set_copy(y, frozen);
                self.roots.push(Value::Obj(out));
                let r = self.set_toggle(out, x);
                self.roots.pop();
                r?;
                out
            }
        };
        Ok(out)
    }

    /// A new set of the elements of `from`, in its order, that are (`inside`)
    /// or are not in `other`: `&` and `-` as `setobject.c` walks them.
    fn set_select(&mut self, from: ObjRef, other: ObjRef, inside: bool, frozen: bool) -> PResult<ObjRef> {
        let out = self.new_set(frozen);
        let keys = self.set_elements(from);
        self.roots.push(Value::Obj(out));
        let r = (|| {
            for k in keys {
                if self.dict_get(other, k)?.is_some() == inside {
                    self.set_add(out, k)?;
                }
            }
            Ok(())
        })();
        self.roots.pop();
        r.map(|()| out)
    }

    /// `s op= other` for a set `s` and a set `other`, in place as CPython does.
    pub(crate) fn set_inplace(&mut self, s: ObjRef, other: ObjRef, op: B) -> PResult<()> {
        match op {
            B::Or => self.set_merge(s, other),
            B::Subtract => {
                if s == other {
                    if let Some(Object::Set(t)) = self.heap.get_mut(s) {
                        t.clear();
                    }
                    return Ok(());
                }
                self.set_discard_all(s, other)
            }
            B::Xor => self.set_toggle(s, other),
            _ => {
                let result = self.set_binary(s, other, B::And, false)?;
                let table = self.table(result).cloned().unwrap_or_else(Dict::new_set);
                if let Some(Object::Set(t)) = self.heap.get_mut(s) {
                    *t = table;
                }
                Ok(())
            }
        }
    }

    /// `set_difference_update`: every element of `other` leaves `s`.
    fn set_discard_all(&mut self, s: ObjRef, other: ObjRef) -> PResult<()> {
        for k in self.set_elements(other) {
            self.set_discard(s, k)?;
        }
        Ok(())
    }

    /// `set_symmetric_difference_update`: each element of `other` leaves `s`
    /// if there, else joins it.
    fn set_toggle(&mut self, s: ObjRef, other: ObjRef) -> PResult<()> {
        for k in self.set_elements(other) {
            if !self.set_discard(s, k)? {
                self.set_add(s, k)?;
            }
        }
        Ok(())
    }
}
