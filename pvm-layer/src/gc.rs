//! The garbage collector: mark-sweep from precise roots, at safe points only.
//!
//! **The GC invariant.** A collection runs only *between two instructions*
//! of the dispatch loop (a safe point, or a release point where an
//! instruction ends: `finalize.rs`), never inside an instruction or a
//! native function (but `gc.collect()`, whose caller holds nothing). At a safe point every value the program can still reach
//! is reachable from the roots:
//!
//! - the value stack (`Vm::stack`, shared by all frames: their locals and
//!   temporaries), each frame's globals, namespace, cells and function;
//! - module globals (`sys.modules`), the builtins, the builtin types;
//! - the exception being handled and the one in flight;
//! - the constants and names of every loaded code object;
//! - `Vm::roots`, the stack on which native code pushes the temporaries it
//!   holds in Rust variables before calling back into Python (which runs a
//!   nested dispatch loop, and so may reach a safe point).
//!
//! Native code that keeps a `Value` in a Rust variable across a call back into
//! Python must therefore root it first. Native code that does not call back
//! cannot be interrupted by a collection, so it needs no care.
//!
//! Marking uses an explicit work list (no recursion, so deep structures
//! cannot overflow the Rust stack); sweeping frees every unmarked slot onto
//! the free list. Cycles are collected like anything else. Between marking
//! and sweeping, the VM marks the garbage that needs a finalizer too, and
//! finalizes it after the sweep (`finalize.rs`).

use crate::heap::Heap;
use crate::object::Object;
use crate::value::{ObjRef, Value};

/// What a marking found reachable; `Heap::sweep` frees the rest.
pub struct Marks {
    marked: Vec<bool>,
    /// Every value looked at while marking: with the slot count, what the
    /// collection cost.
    traced: usize,
}

impl Marks {
    pub fn is_marked(&self, r: ObjRef) -> bool {
        self.marked.get(r.index()).copied().unwrap_or(false)
    }
}

impl Heap {
    /// Marks everything reachable from `roots` and frees the rest; returns
    /// the number of objects freed.
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut dyn FnMut(Value))) -> usize {
        let marks = self.mark(roots);
        self.sweep(marks)
    }

    /// Marks everything reachable from `roots`.
    pub fn mark(&self, roots: &mut dyn FnMut(&mut dyn FnMut(Value))) -> Marks {
        let mut marked = self.spare_marks.take();
        marked.clear();
        marked.resize(self.slots.len(), false);
        let mut marks = Marks { marked, traced: 0 };
        let mut work: Vec<ObjRef> = Vec::new();
        roots(&mut |v: Value| {
            if let Value::Obj(r) = v {
                work.push(r)
            }
        });
        self.mark_from(&mut marks, work);
        marks
    }

    /// Marks `work` and everything reachable from it, as well.
    pub fn mark_from(&self, marks: &mut Marks, mut work: Vec<ObjRef>) {
        let Marks { marked, traced } = marks;
        while let Some(r) = work.pop() {
            let i = r.index();
            if i >= marked.len() || marked[i] {
                continue;
            }
            marked[i] = true;
            if let Some(Some(object)) = self.slots.get(i) {
                object.for_each_child(&mut |v| {
                    *traced += 1;
                    if let Value::Obj(c) = v {
                        let i = c.index();
                        if !marked.get(i).copied().unwrap_or(true) {
                            // Strings and big ints refer to nothing: marked
                            // here, they need not pass through the work list.
                            match self.slots.get(i) {
                                Some(Some(Object::Str(_) | Object::Int(_))) => marked[i] = true,
                                _ => work.push(c),
                            }
                        }
                    }
                });
            }
        }
    }

    /// Frees every object `marks` did not reach; the number freed.
    pub fn sweep(&mut self, marks: Marks) -> usize {
        let Marks { marked, traced } = marks;
        self.last_cost = traced + marked.len();
        let mut freed = 0;
        for i in 0..self.slots.len() {
            if self.slots[i].is_some() && !marked[i] {
                self.free_slot(i);
                freed += 1;
            }
        }
        // Trailing free slots are given back so the footprint can shrink.
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
        }
        // The free list is rebuilt from the slots, highest index first, so
        // that allocation (which pops) reuses low slots first and keeps the
        // footprint compact, without sorting it.
        self.free.clear();
        self.free.extend((0..self.slots.len()).rev().filter(|&i| self.slots[i].is_none()).map(|i| i as u32));
        self.live -= freed;
        self.spare_marks.set(marked);
        self.reset_counts();
        self.set_thresholds(traced);
        self.collections += 1;
        freed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::MIN_THRESHOLD;
    use crate::object::Object;

    #[test]
    fn unreachable_cycles_are_freed_and_slots_reused() {
        let mut heap = Heap::new();
        let keep = heap.alloc(Object::List(vec![]));
        for _ in 0..100_000 {
            let a = heap.alloc(Object::List(vec![]));
            let b = heap.alloc(Object::List(vec![Value::Obj(a)]));
            if let Some(Object::List(items)) = heap.get_mut(a) {
                items.push(Value::Obj(b));
            }
            if heap.should_collect() {
                heap.collect(&mut |mark| mark(Value::Obj(keep)));
            }
        }
        heap.collect(&mut |mark| mark(Value::Obj(keep)));
        assert_eq!(heap.live(), 1);
        assert!(heap.slot_count() <= 2 * MIN_THRESHOLD + 10, "{}", heap.slot_count());
        assert!(matches!(heap.get(keep), Object::List(_)));
    }
}
