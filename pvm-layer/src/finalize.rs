//! Finalizers: `__del__` methods, the closing of generators abandoned
//! while suspended inside a `try` or `with`, and the warning for a
//! coroutine dropped before it ever ran ("was never awaited").
//!
//! CPython runs a finalizer the moment an object's last reference goes
//! (reference counting), and the cycle collector finalizes the garbage
//! cycles it finds. Strata has no reference counts, so:
//!
//! - **The collector finalizes** (PEP 442): an unreachable object that
//!   needs a finalizer is not freed by that collection; it is kept, with
//!   everything it reaches, and finalized once the sweep is done. An
//!   instance is finalized at most once (`Instance::finalized`); a closed
//!   generator needs no more closing. The next collection frees them if
//!   they are still unreachable (a `__del__` may resurrect its object).
//! - **Release points run a collection early**, so that the usual programs
//!   print what CPython prints, in the same order: a statement that drops a
//!   reference to an object that needs a finalizer (`del x`, `x = None`, a
//!   discarded value, a `break` out of a `for` over a generator, a return
//!   that drops a function's locals) collects at once. Only while such
//!   objects may be alive (`Finalization::live`), and with an exponential
//!   back-off when a collection finds nothing to finalize (the dropped
//!   reference was not the last one), so that the cost stays bounded.
//! - **At exit**, `__main__`'s names are dropped one by one in their order,
//!   as CPython's module teardown does, then the rest is finalized.
//!
//! Where the timing differs from CPython's (an object reachable only from
//! a dropped list, say, is finalized at the next collection rather than at
//! once) it is a known gap.

use crate::gc::Marks;
use crate::object::{GenKind, Object};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// The finalization state of a VM.
pub struct Finalization {
    /// Some class defines `__del__`: instances must be looked at.
    classes: bool,
    /// Some generator has a `try` or `with`: suspended ones must be looked at.
    generators: bool,
    /// Some coroutine was made: unstarted ones must be looked at.
    coroutines: bool,
    /// The program is over and its leftovers are being finalized
    /// (`sys.is_finalizing()`).
    pub(crate) at_exit: bool,
    /// Objects that may need finalizing and were alive at the last
    /// collection or made since: release points act only while nonzero.
    live: usize,
    /// The back-off of release points that drop one value (`del x`, `x = y`,
    /// a discarded value), and that of returns: a method called again and
    /// again on an object that needs a finalizer makes every return
    /// fruitless, which must not delay the `del` that comes after.
    drops: Backoff,
    returns: Backoff,
    /// Finalizers run so far: tells whether an early collection found any.
    finalized: u64,
    /// The value whose release started the early collection under way.
    dropped: Option<Value>,
    /// Instances of classes with `__del__` made so far.
    born: u32,
    /// What early collections may still cost (values traced): spent by each
    /// one, earned back by allocations, so that a loop dropping one such
    /// object per turn is not a collection per turn, forever.
    credit: i64,
}

/// What prompted an early collection.
#[derive(Clone, Copy)]
pub enum Release {
    /// A reference to this value was dropped.
    Value(Value),
    /// A frame returned, dropping its locals.
    Return,
}

/// Exponential back-off for early collections that find nothing to finalize.
#[derive(Default)]
struct Backoff {
    /// Release points to let pass before the next early collection.
    skip: u32,
    /// Early collections in a row that finalized nothing.
    fruitless: u32,
}

impl Backoff {
    /// Whether to let this release point pass without a collection.
    fn let_pass(&mut self) -> bool {
        let pass = self.skip > 0;
        self.skip = self.skip.saturating_sub(1);
        pass
    }

    fn record(&mut self, fruitful: bool) {
        if fruitful {
            self.fruitless = 0;
        } else {
            self.fruitless += 1;
            if self.fruitless > GRACE {
                self.skip = 1 << (self.fruitless - GRACE).min(MAX_BACKOFF_SHIFT);
            }
        }
    }
}

impl Default for Finalization {
    fn default() -> Self {
        Finalization {
            classes: false,
            generators: false,
            coroutines: false,
            at_exit: false,
            live: 0,
            drops: Backoff::default(),
            returns: Backoff::default(),
            finalized: 0,
            dropped: None,
            born: 0,
            credit: MAX_CREDIT,
        }
    }
}

impl Finalization {
    /// Whether release points have anything to look for.
    #[inline]
    pub(crate) fn pending(&self) -> bool {
        self.live > 0
    }
}

/// Fruitless early collections in a row before the back-off starts: a
/// program that drops a few references to objects still held elsewhere
/// keeps prompt finalization.
const GRACE: u32 = 8;

/// The most early collections may cost before allocations pay for them
/// (values traced: a few tenths of a second), and what an allocation pays.
const MAX_CREDIT: i64 = 30_000_000;
const CREDIT_PER_ALLOCATION: i64 = 32;

/// How many objects an early collection may look at in all to find which
/// garbage is in cycles (see `in_garbage_cycle`).
const CYCLE_SEARCH_BUDGET: usize = 1 << 20;

/// How many items of a dropped list or tuple a release point looks at.
const ITEMS_LOOKED_AT: usize = 64;

/// The longest run of release points let pass between two early collections.
const MAX_BACKOFF_SHIFT: u32 = 16;

impl Vm {
    /// A class was made, or given a `__del__`: does it have one now?
    pub(crate) fn note_class_finalizer(&mut self, class: ObjRef) {
        if self.lookup_user(class, self.special.del).is_some() {
            self.finalization.classes = true;
        }
    }

    /// An instance of `class` is being made: counts it among the objects that
    /// may need finalizing; its `Instance::born`.
    #[inline]
    pub(crate) fn note_new_instance(&mut self, class: ObjRef) -> u32 {
        if self.finalization.classes && self.lookup_user(class, self.special.del).is_some() {
            self.finalization.live += 1;
            self.finalization.born = self.finalization.born.wrapping_add(1);
            return self.finalization.born;
        }
        0
    }

    /// A generator was made: one with a `try` or `with` may need closing,
    /// and a coroutine warns if it is dropped before it runs.
    pub(crate) fn note_new_generator(&mut self, kind: GenKind, has_handlers: bool) {
        match kind {
            GenKind::Generator if has_handlers => self.finalization.generators = true,
            GenKind::Coroutine => self.finalization.coroutines = true,
            _ => return,
        }
        self.finalization.live += 1;
    }

    /// Generator `g` is being closed. A coroutine closed before it ran will
    /// never warn that it was not awaited: it leaves the count of objects
    /// that may need finalizing, which has counted it since it was made
    /// (`types` closes its sample coroutine so at every start-up; still
    /// counted, it kept every release point looking for finalizers until
    /// the first collection).
    pub(crate) fn note_closing(&mut self, g: ObjRef) {
        let coroutine = matches!(self.heap.get(g), Object::Generator(gen) if gen.kind == GenKind::Coroutine);
        if coroutine && self.just_started(g) {
            self.finalization.live = self.finalization.live.saturating_sub(1);
        }
    }

    /// Whether any kind of object that needs a finalizer was ever made.
    fn any_finalizers(&self) -> bool {
        let f = &self.finalization;
        f.classes || f.generators || f.coroutines
    }

    /// Whether the object `r` needs finalizing now if it is garbage.
    fn needs_finalizer(&self, r: ObjRef) -> bool {
        match self.heap.get(r) {
            Object::Instance(i) => {
                self.finalization.classes
                    && !i.finalized
                    && self.lookup_user(i.class, self.special.del).is_some()
            }
            Object::Generator(g) if g.kind == GenKind::Coroutine => {
                self.finalization.coroutines && !g.running && !g.finished && self.just_started(r)
            }
            Object::Generator(g) => {
                self.finalization.generators
                    && g.kind == GenKind::Generator
                    && !g.running
                    && !g.finished
                    && g.frame.as_ref().is_some_and(|f| {
                        // Suspended at the yield before `pc`, inside a handler's range.
                        let at = f.pc.saturating_sub(1) as u32;
                        f.pc > 0 && f.code.code.exception_table.iter().any(|h| h.start <= at && at < h.end)
                    })
            }
            _ => false,
        }
    }

    /// During a collection, once `marks` holds what the roots reach: the
    /// garbage that needs finalizing, which is marked too (kept, with what it
    /// reaches, until it is finalized). Counts the live objects that may need it.
    ///
    /// An early collection stands for reference counting, which never frees
    /// a cycle: garbage in a cycle is kept for a full collection to finalize.
    pub(crate) fn find_finalizable(&mut self, marks: &mut Marks, early: bool) -> Vec<ObjRef> {
        if !self.any_finalizers() {
            return Vec::new();
        }
        let mut doomed = Vec::new();
        let mut kept = Vec::new();
        let mut live = 0;
        let mut budget = CYCLE_SEARCH_BUDGET;
        for r in self.heap.occupied() {
            if self.needs_finalizer(r) {
                if marks.is_marked(r) {
                    live += 1;
                } else if early && self.in_garbage_cycle(r, marks, &mut budget) {
                    kept.push(r);
                } else {
                    doomed.push(r);
                }
            }
        }
        self.finalization.live = live + kept.len();
        for &r in &doomed {
            if let Some(Object::Instance(i)) = self.heap.get_mut(r) {
                i.finalized = true;
            }
        }
        kept.extend(&doomed);
        self.heap.mark_from(marks, kept);
        doomed.sort_by_key(|&r| match self.heap.get(r) {
            Object::Instance(i) => i.born,
            _ => 0,
        });
        if let Some(dropped) = self.finalization.dropped {
            self.in_release_order(&mut doomed, dropped);
        }
        doomed
    }

    /// Orders `doomed` as reference counting would have freed them when
    /// `dropped` went: a list or tuple releases its items last to first.
    fn in_release_order(&self, doomed: &mut [ObjRef], dropped: Value) {
        let Value::Obj(r) = dropped else { return };
        let items: &[Value] = match self.heap.get(r) {
            Object::List(items) => items,
            Object::Tuple(items) => items,
            _ => return,
        };
        let position =
            |d: &ObjRef| items.iter().rev().position(|v| v.as_obj() == Some(*d)).unwrap_or(usize::MAX);
        doomed.sort_by_key(position);
    }

    /// Whether the garbage object `start` is part of a cycle of garbage. Its
    /// references to itself do not count: a suspended generator's frame
    /// names its generator, which CPython does not count as a reference.
    /// Each object looked at spends `budget`; once it is spent the answer is
    /// yes, which only defers the finalizer to the next full collection (a
    /// long ring of such objects would otherwise cost its length squared).
    fn in_garbage_cycle(&self, start: ObjRef, marks: &Marks, budget: &mut usize) -> bool {
        let mut seen = rustc_hash::FxHashSet::default();
        let mut work = vec![start];
        while let Some(r) = work.pop() {
            if marks.is_marked(r) || !seen.insert(r) {
                continue;
            }
            if *budget == 0 {
                return true;
            }
            *budget -= 1;
            let mut closes_cycle = false;
            self.heap.get(r).for_each_child(&mut |v| match v {
                Value::Obj(c) if c == start => closes_cycle |= r != start,
                Value::Obj(c) => work.push(c),
                _ => {}
            });
            if closes_cycle {
                return true;
            }
        }
        false
    }

    /// Runs the finalizers of `doomed`, in order; their errors are printed
    /// as CPython prints them ("Exception ignored in: ..."), never raised.
    pub(crate) fn run_finalizers(&mut self, doomed: Vec<ObjRef>) {
        let mark = self.roots.len();
        self.roots.extend(doomed.iter().map(|&r| Value::Obj(r)));
        for r in doomed {
            self.finalization.finalized += 1;
            let (culprit, outcome) = match self.heap.get(r) {
                Object::Instance(i) => {
                    let Some(del) = self.lookup_user(i.class, self.special.del) else { continue };
                    (del, self.call(del, &[Value::Obj(r)]).map(|_| ()))
                }
                Object::Generator(g) if g.kind == GenKind::Coroutine => {
                    (Value::Obj(r), self.warn_unawaited_coroutine(r))
                }
                // The error's traceback is the generator's frame alone: CPython
                // closes it from the deallocator, which has no Python frame.
                Object::Generator(_) => (Value::Obj(r), self.close_generator(r)),
                _ => continue,
            };
            if let Err(e) = outcome {
                self.roots.push(Value::Obj(e.0));
                self.report_unraisable(e.0, culprit);
                self.roots.pop();
            }
        }
        self.roots.truncate(mark);
    }

    /// CPython's `_PyErr_WarnUnawaitedCoroutine`: a `RuntimeWarning` through
    /// `warnings`, placed where the coroutine was let go. The coroutine is
    /// then done with, so it warns once.
    fn warn_unawaited_coroutine(&mut self, coro: ObjRef) -> PResult<()> {
        if let Some(Object::Generator(g)) = self.heap.get_mut(coro) {
            g.finished = true;
        }
        let module = self.import_module("warnings")?;
        let name = Value::Obj(self.intern("_warn_unawaited_coroutine"));
        let warn = self.getattr(module, name)?;
        self.call(warn, &[Value::Obj(coro)]).map(|_| ())
    }

    /// Whether dropping a reference to `v` may be what makes it, or one of
    /// the first items of a list or tuple it is, need finalizing.
    fn finalizable(&self, v: Value) -> bool {
        let Value::Obj(r) = v else { return false };
        if self.needs_finalizer(r) {
            return true;
        }
        let items: &[Value] = match self.heap.get(r) {
            Object::List(items) => items,
            Object::Tuple(items) => items,
            _ => return false,
        };
        items.iter().take(ITEMS_LOOKED_AT).any(|&v| matches!(v, Value::Obj(c) if self.needs_finalizer(c)))
    }

    /// A release point: a reference to `v` was just dropped. Collects now if
    /// `v` needs a finalizer (see the module's notes); every value the
    /// program still holds must be rooted (as between two instructions).
    /// Out of line: the dispatch loop checks `Finalization::pending` first.
    #[cold]
    #[inline(never)]
    pub(crate) fn released(&mut self, v: Value) {
        if self.finalization.pending() && self.finalizable(v) {
            self.collect_early(Release::Value(v));
        }
    }

    /// `ns[name] = v` where finalizers may be due: a release point for the
    /// value it replaces.
    pub(crate) fn store_releasing(&mut self, ns: ObjRef, name: Value, v: Value) -> PResult<()> {
        let old = name.as_obj().and_then(|key| self.dict_get_str(ns, key));
        self.namespace_set(ns, name, v)?;
        if let Some(old) = old {
            self.released(old);
        }
        Ok(())
    }

    /// A release point for a frame's locals and temporaries, `values`
    /// (about to be dropped).
    /// True if one of them needs a finalizer: the caller then collects
    /// once the frame is gone.
    #[inline]
    pub(crate) fn releasing_any(&self, values: &[Value]) -> bool {
        self.finalization.pending() && self.any_finalizable(values)
    }

    #[cold]
    #[inline(never)]
    fn any_finalizable(&self, values: &[Value]) -> bool {
        values.iter().any(|&v| self.finalizable(v))
    }

    /// An early collection, unless the back-off says to let this one pass.
    pub(crate) fn collect_early(&mut self, why: Release) {
        let f = &mut self.finalization;
        let (backoff, dropped) = match why {
            Release::Value(v) => (&mut f.drops, Some(v)),
            Release::Return => (&mut f.returns, None),
        };
        if backoff.let_pass() {
            return;
        }
        let earned = (self.heap.allocations as i64).saturating_mul(CREDIT_PER_ALLOCATION);
        f.credit = f.credit.saturating_add(earned).min(MAX_CREDIT);
        if f.credit < 0 {
            // Over budget: the next collection finalizes it.
            return;
        }
        let before = f.finalized;
        self.collect_releasing(dropped);
        let f = &mut self.finalization;
        f.credit -= self.heap.last_cost() as i64;
        let fruitful = f.finalized != before;
        match why {
            Release::Value(_) => f.drops.record(fruitful),
            Release::Return => f.returns.record(fruitful),
        }
    }

    /// A collection that stands for reference counting after `dropped` went.
    fn collect_releasing(&mut self, dropped: Option<Value>) {
        self.finalization.dropped = dropped;
        self.collect(true);
        self.finalization.dropped = None;
    }

    /// The end of the program: `__main__` leaves `sys.modules`, and what
    /// only it held is finalized, in the order it was made, with its names
    /// still bound, as CPython's teardown does.
    pub(crate) fn finalize_at_exit(&mut self) {
        self.finalization.at_exit = true;
        if !self.any_finalizers() {
            return;
        }
        let (modules, main) = (self.modules, self.intern("__main__"));
        let _ = self.dict_remove(modules, Value::Obj(main));
        self.collect_garbage();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    /// Every release point (a store, a return) looks for finalizers while
    /// one may be due: a start-up that left one counted made a loop of
    /// global stores twice as slow.
    #[test]
    fn start_up_leaves_no_finalizer_pending() {
        let os = Arc::new(os_layer::SandboxOs::new());
        let vm = crate::vm::Vm::new(os, Arc::new(compiler_layer::BytecodeCompiler));
        assert!(
            !vm.finalization.pending(),
            "{} objects may need finalizing after start-up",
            vm.finalization.live
        );
    }
}
