//! The dispatch loop: one flat `match` over [`Instruction`], frames pushed
//! and popped without Rust recursion, exceptions unwound through the code
//! object's exception table.
//!
//! **Invariant:** Python-to-Python calls never recurse on the Rust stack: a
//! call pushes a frame and the same loop continues. Only native code calling
//! back into Python (`sorted(key=...)`, generators resumed by `next()`) runs a
//! nested loop, and that nesting is bounded by `MAX_NATIVE_DEPTH`.
//!
//! Entering or returning to a frame and jumping backwards are the safe points:
//! the loop may collect garbage and notice Ctrl-C there, and nowhere else.

use std::rc::Rc;

use compiler_layer::code::CodeFlags;
use compiler_layer::instruction::{BinaryOperator as B, ComparisonOperator as C};
use compiler_layer::Instruction as I;

use crate::dict::Slot;
use crate::frame::{CodeInfo, Frame, GlobalCache, InPlace};
use crate::iter_pairs::Pair;
use crate::object::{Function, IterKind, Object};
use crate::ops::DictSource;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

/// Values an instruction may push beyond its net stack effect before it pops.
const STACK_SLACK: usize = 4;

/// What a call did: finished (native code, a type) or pushed a frame.
pub enum CallOutcome {
    Done(Value),
    Pushed,
}

impl Vm {
    // `pop`, `peek` and `push` serve the dispatch loop for the top frame,
    // whose code passed `verify` (`CodeObject::validate`): it never pops below
    // the frame's stack base nor pushes past its `max_stack`, for which `run`
    // reserved room on entering the frame. So they check neither. Reads go
    // through `Value::load` (two 8-byte loads): the top of the stack was
    // usually just written by two 8-byte stores.
    #[inline(always)]
    fn pop(&mut self) -> Value {
        let top = self.stack.len() - 1;
        // SAFETY: `top` is a live slot (see above); after `set_len(top)` it is
        // still allocated and holds a `Value`, which is `Copy`.
        unsafe {
            self.stack.set_len(top);
            Value::load(self.stack.as_ptr().add(top))
        }
    }

    #[inline(always)]
    fn peek(&self, depth: usize) -> Value {
        debug_assert!((1..=self.stack.len()).contains(&depth));
        // SAFETY: `len - depth` is a live slot (see above).
        unsafe { Value::load(self.stack.as_ptr().add(self.stack.len() - depth)) }
    }

    #[inline(always)]
    fn push(&mut self, v: Value) {
        let len = self.stack.len();
        debug_assert!(len < self.stack.capacity());
        // SAFETY: `run` reserved room for the frame's deepest stack (see above).
        unsafe {
            self.stack.as_mut_ptr().add(len).write(v);
            self.stack.set_len(len + 1);
        }
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    /// Runs frames until the frame at index `entry - 1` returns (its value)
    /// or an exception escapes it.
    pub(crate) fn run(&mut self, entry: usize) -> PResult<Value> {
        'outer: loop {
            let mut fi = self.frames.len() - 1;
            // Borrowed, not cloned: frame `fi` holds its `Rc` while this
            // iteration runs its instructions (an arm that pops or moves the
            // frame leaves the iteration or switches frames), and a clone cost
            // two read-modify-writes of one count per call, return and resumption.
            // SAFETY: as above; the `CodeInfo` itself never moves.
            let mut code: &CodeInfo = unsafe { &*Rc::as_ptr(&self.frames[fi].code) };
            let mut instrs = &code.instructions[..];
            let mut base = self.frames[fi].base;
            let mut pc = self.frames[fi].pc;
            // Room for the frame's deepest stack, which `push` relies on. The
            // slack covers an instruction that pushes before it pops.
            let mut stack_limit = self.frames[fi].stack_base() + code.code.max_stack as usize;
            self.stack.reserve((stack_limit + STACK_SLACK).saturating_sub(self.stack.len()));
            // Runs the top frame from here on, without a new iteration: for
            // a generator resumed in place by its consumer and for the
            // consumer it yields to, a switch made for every item. No safe
            // point (the loops of both have theirs) and no thrown exception
            // to look for (a resumption in place throws none). A frame
            // `entered` gets room for its stack; one `returned` to has it
            // from when it was entered, as the stack's capacity never shrinks.
            macro_rules! switch_to_top_frame {
                (entered) => {{
                    switch_to_top_frame!(@load);
                    self.stack.reserve((stack_limit + STACK_SLACK).saturating_sub(self.stack.len()));
                    continue;
                }};
                (returned) => {{
                    switch_to_top_frame!(@load);
                    continue;
                }};
                (@load) => {{
                    fi = self.frames.len() - 1;
                    // SAFETY: as for the first frame, above.
                    code = unsafe { &*Rc::as_ptr(&self.frames[fi].code) };
                    instrs = &code.instructions[..];
                    base = self.frames[fi].base;
                    pc = self.frames[fi].pc;
                    stack_limit = self.frames[fi].stack_base() + code.code.max_stack as usize;
                }};
            }
            // Runs the top frame, just pushed or returned to by a call: a safe
            // point, whose rare work (a collection, an interrupt) a new
            // iteration does, and otherwise a switch.
            macro_rules! enter_top_frame {
                ($how:ident) => {{
                    if self.heap.should_collect() || crate::interrupt::pending() {
                        continue 'outer;
                    }
                    switch_to_top_frame!($how);
                }};
            }
            // The exception raised by the instruction at `pc - 1`, and whether
            // it is a new raise (a traceback entry, implicit chaining) or a re-raise.
            // Checked once per frame entry, not per instruction.
            let thrown = self.pending_throw.take();
            // Safe points (CPython's eval breaker): entering or returning to a
            // frame, and a jump backwards, so every loop and every call passes
            // one; the collector runs and Ctrl-C is noticed only there.
            macro_rules! safe_point {
                () => {{
                    if self.heap.should_collect() {
                        self.frames[fi].pc = pc;
                        self.collect_at_safe_point();
                    }
                    crate::interrupt::take()
                }};
            }
            // A release point (`finalize.rs`): `$v` was just dropped; collect
            // now if it needs a finalizer.
            macro_rules! release {
                ($v:expr) => {{
                    let dropped = $v;
                    // Only an object can need a finalizer: a dropped int or
                    // float costs no call.
                    if self.finalization.pending() && matches!(dropped, Value::Obj(_)) {
                        self.frames[fi].pc = pc;
                        self.released(dropped);
                    }
                }};
            }
            let interrupted = thrown.is_none() && safe_point!();
            let (err, fresh): (Exc, bool) = if let Some(e) = thrown {
                (e, true)
            } else if interrupted {
                let class = self.types.exc("KeyboardInterrupt");
                (self.new_exception(class, vec![]), true)
            } else {
                'inner: loop {
                    debug_assert!(
                        (self.frames[fi].stack_base()..=stack_limit).contains(&self.stack.len()),
                        "{}: stack depth {} outside the verified bound at {pc}",
                        code.code.qualname,
                        self.stack.len() as isize - self.frames[fi].stack_base() as isize,
                    );
                    // SAFETY: verified code never runs past its end: jumps and
                    // handlers land inside it and its last instruction does not
                    // fall through (`verify`).
                    let ins = unsafe { *instrs.get_unchecked(pc) };
                    pc += 1;
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'inner (e, true),
                            }
                        };
                    }
                    // Continues at `target`; a jump backwards is a safe point.
                    macro_rules! jump {
                        ($target:expr) => {{
                            let target = $target.0 as usize;
                            let backwards = target < pc;
                            pc = target;
                            if backwards && safe_point!() {
                                let class = self.types.exc("KeyboardInterrupt");
                                break 'inner (self.new_exception(class, vec![]), true);
                            }
                        }};
                    }
                    // A fast local's value; `UnboundLocalError` if unset.
                    macro_rules! local {
                        ($index:expr) => {{
                            let index = $index as usize;
                            let slot: *const Value = &self.stack[base + index];
                            // SAFETY: `slot` is a live element of the stack.
                            let v = unsafe { Value::load(slot) };
                            if v.is_null() {
                                let name = &code.code.varnames[index];
                                break 'inner (self.unbound_local(name), true);
                            }
                            v
                        }};
                    }
                    // The end of a quickened triple whose operands are loaded
                    // (`pc` at its `BinaryOp`): the result past the `BinaryOp`
                    // on the fast path, else the operands for it to run on.
                    macro_rules! binary_or_operands {
                        ($a:expr, $b:expr, $op:expr) => {{
                            let (a, b) = ($a, $b);
                            match binary_fast(a, b, $op) {
                                Some(v) => {
                                    pc += 1;
                                    self.push(v);
                                }
                                None => {
                                    self.push(a);
                                    self.push(b);
                                }
                            }
                        }};
                    }
                    // A comparison's result, `pc` past its `CompareOp`, `IsOp` or
                    // `ContainsOp`: a conditional jump there (every `if` and
                    // `while` test) branches at once, without the bool;
                    // otherwise it is pushed.
                    macro_rules! branch_or_push {
                        ($r:expr) => {{
                            let r: bool = $r;
                            // SAFETY: a comparison is never the last instruction (`verify`).
                            match unsafe { *instrs.get_unchecked(pc) } {
                                I::PopJumpIfFalse { target } => {
                                    pc = if r { pc + 1 } else { target.0 as usize }
                                }
                                I::PopJumpIfTrue { target } => {
                                    pc = if r { target.0 as usize } else { pc + 1 }
                                }
                                _ => self.push(Value::Bool(r)),
                            }
                        }};
                    }
                    // The end of a quickened comparison triple whose operands
                    // are loaded (`pc` at its `CompareOp`), as `binary_or_operands`.
                    macro_rules! compare_or_operands {
                        ($a:expr, $b:expr, $op:expr) => {{
                            let (a, b) = ($a, $b);
                            match compare_fast(a, b, $op) {
                                Some(r) => {
                                    pc += 1;
                                    branch_or_push!(r);
                                }
                                None => {
                                    self.push(a);
                                    self.push(b);
                                }
                            }
                        }};
                    }
                    match ins {
                        I::Nop => {}
                        I::PopTop => {
                            if let Some(v) = self.stack.pop() {
                                release!(v);
                            }
                        }
                        I::PushNull => self.push(Value::Null),
                        I::Copy { depth } => {
                            let v = self.peek(depth as usize);
                            self.push(v);
                        }
                        I::Swap { depth } => {
                            let len = self.stack.len();
                            let d = depth as usize;
                            if d >= 1 && d <= len {
                                self.stack.swap(len - 1, len - d);
                            }
                        }
                        I::LoadConst { index } => self.push(code.consts[index.0 as usize]),
                        I::LoadFast { local } => {
                            let v = local!(local.0);
                            self.push(v);
                        }
                        // The quickened pairs (`quicken.rs`): `pc` moves past the
                        // second instruction once the first is done, so an error
                        // in the second is reported at the second.
                        I::LoadFastLoadFast { first, second } => {
                            let a = local!(first.0);
                            pc += 1;
                            let b = local!(second.0);
                            self.push(a);
                            self.push(b);
                        }
                        I::LoadFastLoadConst { local, index } => {
                            let v = local!(local.0);
                            pc += 1;
                            self.push(v);
                            self.push(code.consts[index.0 as usize]);
                        }
                        // Triples with only a fast path (ints and floats): otherwise
                        // they push their operands and the `BinaryOp` runs on its own.
                        I::LoadFastConstBinaryOp { local, index, op } => {
                            let a = local!(local.0);
                            pc += 1;
                            binary_or_operands!(a, code.consts[index.0 as usize], op);
                        }
                        I::LoadFastFastBinaryOp { first, second, op } => {
                            let a = local!(first.0);
                            pc += 1;
                            let b = local!(second.0);
                            binary_or_operands!(a, b, op);
                        }
                        I::LoadFastConstCompareOp { local, index, op } => {
                            let a = local!(local.0);
                            pc += 1;
                            compare_or_operands!(a, code.consts[index.0 as usize], op);
                        }
                        I::LoadFastFastCompareOp { first, second, op } => {
                            let a = local!(first.0);
                            pc += 1;
                            let b = local!(second.0);
                            compare_or_operands!(a, b, op);
                        }
                        // Pairs with only a cached fast path: otherwise the
                        // `LoadFast` runs alone and the second instruction after it.
                        I::LoadFastLoadAttr { local, name } => {
                            let obj = local!(local.0);
                            match self.load_attr_cached(&code, name.0 as usize, obj) {
                                Some(v) => {
                                    pc += 1;
                                    self.push(v);
                                }
                                None => self.push(obj),
                            }
                        }
                        I::LoadFastLoadMethod { local, name } => {
                            let obj = local!(local.0);
                            if let Some(method) = self.load_method_cached(&code, name.0 as usize, obj) {
                                pc += 1;
                                self.push(method);
                            }
                            self.push(obj);
                        }
                        I::LoadFastStoreAttr { local, name } => {
                            let obj = local!(local.0);
                            let v = self.peek(1);
                            if self.store_attr_cached(&code, name.0 as usize, obj, v) {
                                pc += 1;
                                self.stack.pop();
                            } else {
                                self.push(obj);
                            }
                        }
                        I::StoreFastLoadFast { store, load } => {
                            let v = self.pop();
                            let slot = base + store.0 as usize;
                            if self.finalization.pending() {
                                // A release point: the load runs on its own.
                                release!(std::mem::replace(&mut self.stack[slot], v));
                                continue;
                            }
                            self.stack[slot] = v;
                            pc += 1;
                            let v = local!(load.0);
                            self.push(v);
                        }
                        I::StoreFast { local } => {
                            let v = self.pop();
                            let slot = base + local.0 as usize;
                            // The hottest store: the old value is read only if finalizers may be due.
                            if self.finalization.pending() {
                                release!(std::mem::replace(&mut self.stack[slot], v));
                            } else {
                                self.stack[slot] = v;
                            }
                        }
                        I::DeleteFast { local } => {
                            let slot = base + local.0 as usize;
                            if self.stack[slot].is_null() {
                                let name = &code.code.varnames[local.0 as usize];
                                break 'inner (self.unbound_local(name), true);
                            }
                            release!(std::mem::replace(&mut self.stack[slot], Value::Null));
                        }
                        I::LoadDeref { cell } => {
                            let v = self.cell_get(fi, cell.0 as usize);
                            if v.is_null() {
                                break 'inner (self.unbound_cell(&code.code, cell.0 as usize), true);
                            }
                            self.push(v);
                        }
                        I::StoreDeref { cell } => {
                            let v = self.pop();
                            self.cell_set(fi, cell.0 as usize, v);
                        }
                        I::DeleteDeref { cell } => {
                            if self.cell_get(fi, cell.0 as usize).is_null() {
                                break 'inner (self.unbound_cell(&code.code, cell.0 as usize), true);
                            }
                            self.cell_set(fi, cell.0 as usize, Value::Null);
                        }
                        I::LoadClosure { cell } => {
                            let c = self.frame_cell(fi, cell.0 as usize);
                            match c {
                                Some(c) => self.push(Value::Obj(c)),
                                None => break 'inner (self.err("SystemError", "bad cell index"), true),
                            }
                        }
                        I::LoadClassDeref { cell } => {
                            let i = cell.0 as usize;
                            let name = code.code.cellvars.iter().chain(&code.code.freevars).nth(i).cloned();
                            let from_ns = match (self.frames[fi].locals, name) {
                                (Some(ns), Some(name)) => self.dict_get_name(ns, &name),
                                _ => None,
                            };
                            let v = match from_ns {
                                Some(v) => v,
                                None => self.cell_get(fi, i),
                            };
                            if v.is_null() {
                                break 'inner (self.unbound_cell(&code.code, i), true);
                            }
                            self.push(v);
                        }
                        I::LoadGlobal { name } | I::PushNullLoadGlobal { name } => {
                            if let I::PushNullLoadGlobal { .. } = ins {
                                self.push(Value::Null);
                                pc += 1;
                            }
                            let g = self.frames[fi].globals;
                            if let Some(v) = self.global_cache_hit(&code, name.0 as usize, g) {
                                self.push(v);
                                continue;
                            }
                            let v = tri!(self.load_global_miss(&code, name.0 as usize, g));
                            self.push(v);
                        }
                        I::StoreGlobal { name } => {
                            let v = self.pop();
                            let g = self.frames[fi].globals;
                            if self.finalization.pending() {
                                self.frames[fi].pc = pc;
                                tri!(self.store_releasing(g, code.names[name.0 as usize], v));
                                continue;
                            }
                            if self.store_global_cached(&code, name.0 as usize, g, v) {
                                continue;
                            }
                            tri!(self.store_global_miss(&code, name.0 as usize, g, v));
                        }
                        I::DeleteGlobal { name } => {
                            let g = self.frames[fi].globals;
                            let key = code.names[name.0 as usize];
                            match tri!(self.dict_remove(g, key)) {
                                Some(old) => release!(old),
                                None => break 'inner (self.name_error(key), true),
                            }
                        }
                        I::LoadName { name } => {
                            let g = self.frames[fi].globals;
                            let found = match self.frames[fi].locals {
                                // A module body: its namespace is its globals.
                                None => Some(tri!(self.load_global_cached(&code, name.0 as usize, g))),
                                Some(ns) if ns == g => {
                                    Some(tri!(self.load_global_cached(&code, name.0 as usize, g)))
                                }
                                Some(ns) => tri!(self.namespace_get(ns, code.names[name.0 as usize])),
                            };
                            let key = code.names[name.0 as usize];
                            let v = match found {
                                Some(v) => v,
                                None => tri!(self.load_global(self.frames[fi].globals, key)),
                            };
                            self.push(v);
                        }
                        I::StoreName { name } => {
                            let v = self.pop();
                            let ns = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                            if self.finalization.pending() {
                                self.frames[fi].pc = pc;
                                tri!(self.store_releasing(ns, code.names[name.0 as usize], v));
                                continue;
                            }
                            // A dict subclass as the namespace (`exec(code, d)`) gets its `__setitem__`.
                            if ns == self.frames[fi].globals && matches!(self.heap.get(ns), Object::Dict(_)) {
                                if !self.store_global_cached(&code, name.0 as usize, ns, v) {
                                    tri!(self.store_global_miss(&code, name.0 as usize, ns, v));
                                }
                                continue;
                            }
                            tri!(self.namespace_set(ns, code.names[name.0 as usize], v));
                        }
                        I::DeleteName { name } => {
                            let ns = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                            let key = code.names[name.0 as usize];
                            match tri!(self.dict_remove(ns, key)) {
                                Some(old) => release!(old),
                                None => break 'inner (self.name_error(key), true),
                            }
                        }
                        I::LoadAttr { name } => {
                            let obj = self.pop();
                            let n = name.0 as usize;
                            if let Some(v) = self.load_attr_cached(&code, n, obj) {
                                self.push(v);
                                continue;
                            }
                            if let Some(v) = self.load_module_attr_cached(&code, n, obj) {
                                self.push(v);
                                continue;
                            }
                            // A frame object's `f_lineno` reads the running frame's pc.
                            self.frames[fi].pc = pc;
                            let v = tri!(self.getattr(obj, code.names[n]));
                            self.fill_attr_cache(&code, n, obj);
                            self.push(v);
                        }
                        I::StoreAttr { name } => {
                            let obj = self.pop();
                            let v = self.pop();
                            let n = name.0 as usize;
                            if self.store_attr_cached(&code, n, obj, v) {
                                continue;
                            }
                            tri!(self.setattr(obj, code.names[n], v));
                            self.fill_attr_cache(&code, n, obj);
                        }
                        I::DeleteAttr { name } => {
                            let obj = self.pop();
                            tri!(self.delattr(obj, code.names[name.0 as usize]));
                        }
                        I::LoadMethod { name } => {
                            let obj = self.pop();
                            let n = name.0 as usize;
                            if let Some(method) = self.load_method_cached(&code, n, obj) {
                                self.push(method);
                                self.push(obj);
                                continue;
                            }
                            if let Some(v) = self.load_module_attr_cached(&code, n, obj) {
                                self.push(Value::Null);
                                self.push(v);
                                continue;
                            }
                            let (a, b) = tri!(self.load_method(obj, code.names[n]));
                            if a.is_null() {
                                self.fill_module_attr_cache(&code, n, obj);
                            } else {
                                self.fill_method_cache(&code, n, obj, a);
                            }
                            self.push(a);
                            self.push(b);
                        }
                        I::BinarySubscr => {
                            let key = self.pop();
                            let container = self.pop();
                            // Fast paths: list[int], tuple[int], dict[str or int] that hit.
                            if let Value::Obj(r) = container {
                                let hit = match (self.heap.get(r), key) {
                                    (Object::List(items), Value::Int(i)) => seq_get(items, i),
                                    (Object::Tuple(items), Value::Int(i)) => seq_get(items, i),
                                    (Object::Dict(_), _) => self.dict_lookup_fast(r, key),
                                    _ => None,
                                };
                                if let Some(v) = hit {
                                    self.push(v);
                                    continue;
                                }
                            }
                            // A key's Python `__hash__`/`__eq__` may collect: both stay rooted.
                            let v = tri!(self.rooted(&[container, key], |vm| vm.getitem(container, key)));
                            self.push(v);
                        }
                        I::StoreSubscr => {
                            let key = self.pop();
                            let container = self.pop();
                            let v = self.pop();
                            if let Value::Obj(r) = container {
                                match (self.heap.get_mut(r), key) {
                                    // list[int] = v within range.
                                    (Some(Object::List(items)), Value::Int(i)) => {
                                        if list_set(items, i, v) {
                                            continue;
                                        }
                                    }
                                    (Some(Object::Dict(_)), _) => {
                                        if let Some(hash) = self.quick_hash(key) {
                                            if let Some(slot) = self.find_native(r, hash, key) {
                                                self.set_at(r, slot, hash, key, v);
                                                continue;
                                            }
                                        }
                                    }
                                    _ => {}
                                }
                            }
                            tri!(self.setitem(container, key, v));
                        }
                        // `c[i] op= v` on a list or tuple item: otherwise the
                        // first instruction (`Copy 2`, `Swap 3`) runs alone.
                        I::CopyTwoBinarySubscr => {
                            let (container, key) = (self.peek(2), self.peek(1));
                            let hit = match (container, key) {
                                (Value::Obj(r), Value::Int(i)) => match self.heap.get(r) {
                                    Object::List(items) => seq_get(items, i),
                                    Object::Tuple(items) => seq_get(items, i),
                                    _ => None,
                                },
                                _ => None,
                            };
                            match hit {
                                Some(v) => {
                                    pc += 2;
                                    self.push(v);
                                }
                                None => self.push(container),
                            }
                        }
                        I::SwapTwoStoreSubscr => {
                            let (container, key, v) = (self.peek(3), self.peek(2), self.peek(1));
                            let stored = match (container, key) {
                                (Value::Obj(r), Value::Int(i)) => match self.heap.get_mut(r) {
                                    Some(Object::List(items)) => list_set(items, i, v),
                                    _ => false,
                                },
                                _ => false,
                            };
                            let len = self.stack.len();
                            if stored {
                                pc += 2;
                                self.stack.truncate(len - 3);
                            } else {
                                self.stack.swap(len - 1, len - 3);
                            }
                        }
                        I::DeleteSubscr => {
                            let key = self.pop();
                            let container = self.pop();
                            tri!(self.rooted(&[container, key], |vm| vm.delitem(container, key)));
                        }
                        // Only a fast path: otherwise the `LoadConst` runs alone.
                        I::LoadConstCompareOp { index, op } => {
                            let (a, b) = (self.peek(1), code.consts[index.0 as usize]);
                            if let Some(r) = compare_fast(a, b, op) {
                                pc += 1;
                                self.stack.pop();
                                branch_or_push!(r);
                                continue;
                            }
                            self.push(b);
                        }
                        I::LoadConstBinaryOp { index, op } => {
                            let b = code.consts[index.0 as usize];
                            pc += 1;
                            if let Some(a) = self.stack.last_mut() {
                                if let Some(v) = binary_fast(*a, b, op) {
                                    *a = v;
                                    continue;
                                }
                            }
                            // `a` stays on the stack: a Python `__index__`, `__mul__`... may collect.
                            let v = tri!(self.binary_op(self.peek(1), b, op));
                            self.stack.pop();
                            self.push(v);
                        }
                        I::BinaryOp { op } | I::BinaryOpStoreFast { op, .. } => {
                            // Fast path in place: the result overwrites `a` (or,
                            // for the pair, goes straight into the local), no push.
                            if let [.., a, b] = self.stack[..] {
                                if let Some(v) = binary_fast(a, b, op) {
                                    let len = self.stack.len();
                                    match ins {
                                        I::BinaryOpStoreFast { local, .. }
                                            if !self.finalization.pending() =>
                                        {
                                            self.stack.truncate(len - 2);
                                            self.stack[base + local.0 as usize] = v;
                                            pc += 1;
                                        }
                                        _ => {
                                            self.stack[len - 2] = v;
                                            self.stack.truncate(len - 1);
                                        }
                                    }
                                    continue;
                                }
                            }
                            // Both stay on the stack: a Python `__index__`, `__radd__`... may collect.
                            let v = tri!(self.binary_op(self.peek(2), self.peek(1), op));
                            self.stack.truncate(self.stack.len() - 2);
                            self.push(v);
                        }
                        I::UnaryOp { op } => {
                            let a = self.pop();
                            let v = tri!(self.unary_op(a, op));
                            self.push(v);
                        }
                        I::CompareOp { op } => {
                            let (a, b) = (self.peek(2), self.peek(1));
                            if let Some(r) = compare_fast(a, b, op) {
                                self.stack.truncate(self.stack.len() - 2);
                                branch_or_push!(r);
                                continue;
                            }
                            let b = self.pop();
                            let a = self.pop();
                            let v = tri!(self.compare(a, b, op));
                            self.push(v);
                        }
                        I::IsOp { invert } => {
                            let b = self.pop();
                            let a = self.pop();
                            branch_or_push!(a.is(b) != (invert != 0));
                        }
                        I::ContainsOp { invert } => {
                            // Both stay on the stack until the answer: a `__hash__`
                            // or `__eq__` run by the test may collect.
                            let (a, b) = (self.peek(2), self.peek(1));
                            // Fast path: `str`/`int` in a dict or set (a lookup that cannot fail).
                            let quick = match (b, self.quick_hash(a)) {
                                (Value::Obj(t), Some(hash))
                                    if matches!(
                                        self.heap.get(t),
                                        Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_)
                                    ) =>
                                {
                                    self.find_native(t, hash, a).map(|slot| matches!(slot, Slot::Found(_)))
                                }
                                _ => None,
                            };
                            let found = match quick {
                                Some(found) => found,
                                None => tri!(self.contains(b, a)),
                            };
                            self.stack.truncate(self.stack.len() - 2);
                            branch_or_push!(found != (invert != 0));
                        }
                        I::BuildTuple { count } => {
                            let items = self.pop_n(count as usize);
                            let t = self.new_tuple(items);
                            self.push(t);
                        }
                        I::BuildList { count } => {
                            let items = self.pop_n(count as usize);
                            let l = self.new_list(items);
                            self.push(l);
                        }
                        I::BuildSet { count } => {
                            let items = self.pop_n(count as usize);
                            let s = self.heap.alloc(Object::Set(crate::dict::Dict::new_set()));
                            self.push(Value::Obj(s));
                            tri!(self.set_add_all(s, &items));
                        }
                        I::BuildMap { count } => {
                            let items = self.pop_n(2 * count as usize);
                            let d = self.new_dict();
                            self.push(Value::Obj(d));
                            // Rooted: a key's `__hash__` may collect.
                            tri!(self.rooted(&items, |vm| items
                                .chunks(2)
                                .try_for_each(|pair| vm.dict_set(d, pair[0], pair[1]))));
                        }
                        I::BuildString { count } => self.build_string(count as usize),
                        I::BuildSlice { count } => {
                            let step = if count == 3 { self.pop() } else { Value::None };
                            let stop = self.pop();
                            let start = self.pop();
                            let v = self.heap.alloc_value(Object::Slice(start, stop, step));
                            self.push(v);
                        }
                        I::ListAppend { depth } => {
                            let v = self.pop();
                            if let Value::Obj(l) = self.peek(depth as usize) {
                                if let Some(Object::List(items)) = self.heap.get_mut(l) {
                                    items.push(v);
                                }
                            }
                        }
                        I::SetAdd { depth } => {
                            let v = self.pop();
                            if let Value::Obj(s) = self.peek(depth as usize) {
                                tri!(self.set_add(s, v));
                            }
                        }
                        I::MapAdd { depth } => {
                            let v = self.pop();
                            let k = self.pop();
                            if let Value::Obj(d) = self.peek(depth as usize) {
                                tri!(self.dict_set(d, k, v));
                            }
                        }
                        I::ListExtend { depth } => {
                            let it = self.peek(1);
                            let items = tri!(self.starred_items(it));
                            self.pop();
                            if let Value::Obj(l) = self.peek(depth as usize) {
                                if let Some(Object::List(list)) = self.heap.get_mut(l) {
                                    list.extend(items);
                                }
                            }
                        }
                        I::SetUpdate { depth } => {
                            let it = self.peek(1);
                            if let (Value::Obj(src), Value::Obj(s)) = (it, self.peek(depth as usize + 1)) {
                                if self.is_any_set(it) {
                                    tri!(self.set_merge(s, src));
                                    self.pop();
                                    continue;
                                }
                            }
                            let items = tri!(self.collect_iter(it));
                            self.pop();
                            if let Value::Obj(s) = self.peek(depth as usize) {
                                tri!(self.set_add_all(s, &items));
                            }
                        }
                        I::DictUpdate { depth } | I::DictMerge { depth } => {
                            let m = self.peek(1);
                            let source = match ins {
                                // Below the dict: the positional tuple, then the callee.
                                I::DictMerge { .. } => DictSource::Keywords(self.peek(depth as usize + 3)),
                                _ => DictSource::Mapping,
                            };
                            if let Value::Obj(d) = self.peek(depth as usize + 1) {
                                tri!(self.dict_update(d, m, source));
                            }
                            self.pop();
                        }
                        I::ListToTuple => {
                            let l = self.pop();
                            let items = match l {
                                Value::Obj(r) => match self.heap.get(r) {
                                    Object::List(items) => items.clone(),
                                    _ => vec![],
                                },
                                _ => vec![],
                            };
                            let t = self.new_tuple(items);
                            self.push(t);
                        }
                        I::UnpackSequence { count } => {
                            let it = self.peek(1);
                            // A tuple or list of the right length, without a copy of its items first.
                            if let Value::Obj(r) = it {
                                let Vm { heap, stack, .. } = self;
                                let items: Option<&[Value]> = match heap.get(r) {
                                    Object::Tuple(t) => Some(t),
                                    Object::List(l) => Some(l),
                                    _ => None,
                                };
                                if let Some(items) = items.filter(|items| items.len() == count as usize) {
                                    stack.pop();
                                    stack.extend(items.iter().rev());
                                    continue;
                                }
                            }
                            let items = tri!(self.unpack(it, count as usize, None));
                            self.pop();
                            self.stack.extend(items.into_iter().rev());
                        }
                        I::UnpackEx { before, after } => {
                            let it = self.peek(1);
                            let items = tri!(self.unpack(it, before as usize, Some(after as usize)));
                            self.pop();
                            let (b, after_items) = (before as usize, after as usize);
                            let n = items.len();
                            let middle = items[b..n - after_items].to_vec();
                            self.stack.extend(items[n - after_items..].iter().rev());
                            let l = self.new_list(middle);
                            self.push(l);
                            self.stack.extend(items[..b].iter().rev());
                        }
                        I::GetIter => {
                            let v = self.peek(1);
                            let it = tri!(self.iter(v));
                            self.pop();
                            self.push(it);
                        }
                        I::ForIter { target }
                        | I::ForIterStoreFast { target, .. }
                        | I::ForIterUnpackTwo { target } => {
                            let it = self.peek(1);
                            if let I::ForIterUnpackTwo { .. } = ins {
                                // Python code may run (`zip` of generators).
                                self.frames[fi].pc = pc;
                                match tri!(self.next_pair(it)) {
                                    Pair::Items(a, b) => {
                                        self.push(b);
                                        self.push(a);
                                        pc += 1;
                                        continue;
                                    }
                                    Pair::Exhausted => {
                                        self.stack.pop();
                                        pc = target.0 as usize;
                                        continue;
                                    }
                                    // Then the item is unpacked by the instruction after.
                                    Pair::Other => {}
                                }
                            }
                            // A range's next int, without a call; the pair puts it straight into the local.
                            if let (Value::Obj(r), false) = (it, self.finalization.pending()) {
                                if let Some(Object::Iter(IterKind::Range { next, stop, step })) =
                                    self.heap.get_mut(r)
                                {
                                    match crate::object::step_range(next, *stop, *step) {
                                        Some(cur) => match ins {
                                            I::ForIterStoreFast { local, .. } => {
                                                self.stack[base + local.0 as usize] = Value::Int(cur);
                                                pc += 1;
                                            }
                                            _ => self.push(Value::Int(cur)),
                                        },
                                        None => {
                                            self.stack.pop();
                                            pc = target.0 as usize;
                                        }
                                    }
                                    continue;
                                }
                            }
                            self.frames[fi].pc = pc;
                            if self.enter_in_place(it, InPlace::ForIter(target.0), Value::None) {
                                switch_to_top_frame!(entered);
                            }
                            match tri!(self.next(it)) {
                                Some(v) => self.push(v),
                                None => {
                                    self.stack.pop();
                                    pc = target.0 as usize;
                                }
                            }
                        }
                        I::PopTopJump { target } => {
                            if self.finalization.pending() {
                                // A release point: the jump runs on its own.
                                if let Some(v) = self.stack.pop() {
                                    release!(v);
                                }
                                continue;
                            }
                            self.stack.pop();
                            jump!(target);
                        }
                        I::Jump { target } => {
                            jump!(target);
                        }
                        I::PopJumpIfFalse { target } => {
                            let v = self.pop();
                            let t = match v {
                                Value::Bool(b) => b,
                                _ => tri!(self.truthy(v)),
                            };
                            if !t {
                                pc = target.0 as usize;
                            }
                        }
                        I::PopJumpIfTrue { target } => {
                            let v = self.pop();
                            let t = match v {
                                Value::Bool(b) => b,
                                _ => tri!(self.truthy(v)),
                            };
                            if t {
                                pc = target.0 as usize;
                            }
                        }
                        I::PopJumpIfNone { target } => {
                            if self.pop().is_none() {
                                pc = target.0 as usize;
                            }
                        }
                        I::PopJumpIfNotNone { target } => {
                            if !self.pop().is_none() {
                                pc = target.0 as usize;
                            }
                        }
                        I::JumpIfFalseOrPop { target } => {
                            let v = self.peek(1);
                            if tri!(self.truthy(v)) {
                                self.stack.pop();
                            } else {
                                pc = target.0 as usize;
                            }
                        }
                        I::JumpIfTrueOrPop { target } => {
                            let v = self.peek(1);
                            if tri!(self.truthy(v)) {
                                pc = target.0 as usize;
                            } else {
                                self.stack.pop();
                            }
                        }
                        I::MakeFunction { flags } => {
                            let f = tri!(self.make_function(fi, flags));
                            self.push(f);
                        }
                        I::KwNames { names } => self.kwnames = code.consts[names.0 as usize],
                        I::Call { .. } | I::CallNoArgsLoadMethod { .. } => {
                            let argc = match ins {
                                I::Call { argc } => argc as usize,
                                I::CallNoArgsLoadMethod { name } => {
                                    if let Some(found) = self.super_method_call(code.names[name.0 as usize]) {
                                        let [method, obj] = found;
                                        pc += 1;
                                        self.stack.truncate(self.stack.len() - 2);
                                        self.push(method);
                                        self.push(obj);
                                        continue;
                                    }
                                    0
                                }
                                _ => 0,
                            };
                            let len = self.stack.len();
                            if len < argc + 2 {
                                break 'inner (self.err("SystemError", "stack underflow in Call"), true);
                            }
                            let slot = len - argc - 2;
                            let kwnames = std::mem::replace(&mut self.kwnames, Value::Null);
                            let (callable, first) = if self.stack[slot].is_null() {
                                (self.stack[slot + 1], slot + 2)
                            } else {
                                (self.stack[slot], slot + 1)
                            };
                            self.frames[fi].pc = pc;
                            // `items.append(x)` on a list, in place (CPython's
                            // `PRECALL_NO_KW_LIST_APPEND`): the commonest method call.
                            if argc == 1
                                && first == slot + 1
                                && callable.is(self.list_append)
                                && kwnames.is_null()
                            {
                                let (receiver, item) = (self.stack[slot + 1], self.stack[slot + 2]);
                                if let Some(Object::List(items)) =
                                    receiver.as_obj().and_then(|l| self.heap.get_mut(l))
                                {
                                    items.push(item);
                                    self.stack.truncate(slot);
                                    self.push(Value::None);
                                    continue;
                                }
                            }
                            if let (Value::Obj(r), true) = (callable, kwnames.is_null()) {
                                if self.enter_positional(r, first, slot) {
                                    enter_top_frame!(entered);
                                }
                            }
                            match self.call_at(callable, first, slot, kwnames) {
                                Ok(CallOutcome::Pushed) => enter_top_frame!(entered),
                                Ok(CallOutcome::Done(v)) => {
                                    self.stack.truncate(slot);
                                    self.push(v);
                                }
                                Err(e) => break 'inner (e, true),
                            }
                        }
                        I::CallFunctionEx { has_kwargs } => {
                            let kwargs = if has_kwargs != 0 { self.pop() } else { Value::None };
                            let args = self.pop();
                            // `[null, callable]` stay, and the arguments are spread
                            // after them: then it is a `Call` (a frame, no nesting).
                            let slot = self.stack.len().saturating_sub(2);
                            let callable = self.peek(1);
                            self.frames[fi].pc = pc;
                            let mark = self.roots.len();
                            self.roots.extend([kwargs, args]);
                            let r = self.spread_ex_args(callable, args, kwargs);
                            self.roots.truncate(mark);
                            let kwnames = tri!(r);
                            match self.call_at(callable, slot + 2, slot, kwnames) {
                                Ok(CallOutcome::Pushed) => enter_top_frame!(entered),
                                Ok(CallOutcome::Done(v)) => {
                                    self.stack.truncate(slot);
                                    self.push(v);
                                }
                                Err(e) => break 'inner (e, true),
                            }
                        }
                        I::ReturnValue => {
                            if let Some(how) = self.frames[fi].in_place {
                                // The generator its consumer resumed in place is done.
                                let v = self.pop();
                                if let Some(frame) = self.frames.pop() {
                                    self.stack.truncate(frame.ret);
                                    self.finish_generator_frame(&frame);
                                }
                                let exit = match how {
                                    InPlace::ForIter(exit) => {
                                        self.stack.pop();
                                        exit
                                    }
                                    InPlace::Send(exit) => {
                                        self.stack.pop();
                                        self.push(v);
                                        exit
                                    }
                                    InPlace::Call { slot, default } => {
                                        let fallback =
                                            if default { self.stack.last().copied() } else { None };
                                        self.stack.truncate(slot as usize);
                                        match fallback {
                                            Some(d) => self.push(d),
                                            // Raised by the call, which the consumer's pc is past.
                                            None => self.pending_throw = Some(self.stop_iteration(v)),
                                        }
                                        continue 'outer;
                                    }
                                };
                                if let Some(caller) = self.frames.last_mut() {
                                    caller.pc = exit as usize;
                                }
                                switch_to_top_frame!(returned);
                            }
                            let instance = self.frames[fi].constructing;
                            if !instance.is_null() {
                                let returned = self.pop();
                                if !returned.is_none() {
                                    let msg = format!(
                                        "__init__() should return None, not '{}'",
                                        self.type_name(returned)
                                    );
                                    break 'inner (self.type_error(msg), true);
                                }
                                self.push(instance);
                            }
                            let v = self.pop();
                            // A release point for the locals and temporaries
                            // (`finalize.rs`), but for a return to a native caller,
                            // which may hold values it has not rooted.
                            let to_python = self.frames.len() > entry;
                            let releasing =
                                to_python && self.releasing_any(self.stack.get(base..).unwrap_or(&[]));
                            // A frame a program holds as an object keeps its locals (`frame_object.rs`).
                            if self.frames[fi].id != 0 {
                                self.detach_frame_object(fi);
                            }
                            // Dropped where it lies: popping it moved the whole frame first.
                            let ret = self.frames[fi].ret;
                            self.frames.truncate(fi);
                            self.stack.truncate(ret);
                            if !to_python {
                                return Ok(v);
                            }
                            self.push(v);
                            if releasing {
                                self.collect_early(crate::finalize::Release::Return);
                            }
                            enter_top_frame!(returned);
                        }
                        I::RaiseVarargs { count } => {
                            let e = match count {
                                0 => match self.handled {
                                    Value::Obj(h) => break 'inner (Exc(h), false),
                                    _ => self.err("RuntimeError", "No active exception to reraise"),
                                },
                                1 => {
                                    let v = self.pop();
                                    tri!(self.make_raisable(v))
                                }
                                _ => {
                                    let cause = self.pop();
                                    let v = self.pop();
                                    let e = tri!(self.make_raisable(v));
                                    let cause = if cause.is_none() {
                                        Value::None
                                    } else {
                                        match self.make_raisable(cause) {
                                            Ok(c) => Value::Obj(c.0),
                                            Err(_) => {
                                                break 'inner (
                                                    self.type_error(
                                                        "exception causes must derive from BaseException",
                                                    ),
                                                    true,
                                                )
                                            }
                                        }
                                    };
                                    if let Some(x) = self.exc_obj_mut(e.0) {
                                        x.cause = cause;
                                        x.suppress_context = true;
                                    }
                                    e
                                }
                            };
                            break 'inner (e, true);
                        }
                        I::Reraise { set_lasti } => {
                            let v = self.pop();
                            // The saved `lasti` only says which line a traceback shows; the
                            // handler search starts here, at the `Reraise` (as CPython's
                            // `exception_unwind` does), and this frame's traceback entry was
                            // recorded when the exception first passed through it.
                            if set_lasti != 0 {
                                self.pop();
                            }
                            match v {
                                Value::Obj(r) => break 'inner (Exc(r), false),
                                _ => {
                                    break 'inner (
                                        self.err("SystemError", "Reraise of a non-exception"),
                                        true,
                                    )
                                }
                            }
                        }
                        I::PushExcInfo => {
                            let exc = self.pop();
                            let previous = std::mem::replace(&mut self.handled, exc);
                            self.push(previous);
                            self.push(exc);
                        }
                        I::PopExcept => {
                            self.handled = self.pop();
                        }
                        I::CheckExcMatch => {
                            let t = self.pop();
                            let exc = self.peek(1);
                            let m = tri!(self.exception_matches(exc, t));
                            self.push(Value::Bool(m));
                        }
                        I::CheckEgMatch => {
                            let t = self.pop();
                            let exc = self.pop();
                            let (rest, matched) = tri!(self.check_eg_match(exc, t));
                            self.push(rest);
                            self.push(matched);
                            if !matched.is_none() {
                                self.handled = matched;
                            }
                        }
                        I::PrepReraiseStar => {
                            let raised = self.pop();
                            let original = self.pop();
                            let v = tri!(self.prep_reraise_star(original, raised));
                            self.push(v);
                        }
                        I::LoadAssertionError => {
                            let t = self.types.exc("AssertionError");
                            self.push(Value::Obj(t));
                        }
                        I::BeforeWith => {
                            let mgr = self.peek(1);
                            let exit_name = Value::Obj(self.intern("__exit__"));
                            let enter_name = Value::Obj(self.intern("__enter__"));
                            let exit = tri!(self.special_method(mgr, exit_name));
                            // Rooted while `__enter__` is looked up: a descriptor's
                            // `__get__` runs Python code, which may collect.
                            self.push(exit);
                            let enter = tri!(self.special_method(mgr, enter_name));
                            // `[mgr, exit]` becomes `[exit]`.
                            let len = self.stack.len();
                            self.stack.swap(len - 2, len - 1);
                            self.stack.pop();
                            self.frames[fi].pc = pc;
                            let v = tri!(self.call(enter, &[]));
                            self.push(v);
                        }
                        I::WithExceptStart => {
                            let exc = self.peek(1);
                            let exit = self.peek(4);
                            let t = Value::Obj(self.type_of(exc));
                            self.frames[fi].pc = pc;
                            let tb = exc.as_obj().map_or(Value::None, |e| self.exception_traceback(e));
                            let v = tri!(self.call(exit, &[t, exc, tb]));
                            self.push(v);
                        }
                        I::FormatValue { flags } => {
                            let spec = if flags & 4 != 0 { self.pop() } else { Value::Null };
                            let v = self.peek(1);
                            let converted = match flags & 3 {
                                1 => tri!(self.to_str(v)),
                                2 => tri!(self.repr(v)),
                                3 => tri!(self.ascii(v)),
                                _ => v,
                            };
                            let spec_text = self.str_of(spec).unwrap_or("").to_string();
                            self.frames[fi].pc = pc;
                            let s = tri!(self.format(converted, &spec_text));
                            self.stack.pop();
                            self.push(s);
                        }
                        I::YieldValue | I::LoadFastYieldValue { .. } => {
                            let v = match ins {
                                I::LoadFastYieldValue { local } => {
                                    let v = local!(local.0);
                                    pc += 1;
                                    v
                                }
                                _ => self.pop(),
                            };
                            if self.frames[fi].draining && self.drain.takes(v, self.roots.len()) {
                                self.roots.push(v);
                                self.push(Value::None);
                                continue;
                            }
                            let how = self.frames[fi].in_place;
                            self.suspend_generator(pc);
                            let Some(how) = how else {
                                self.yielded = true;
                                return Ok(v);
                            };
                            if let InPlace::Call { slot, .. } = how {
                                self.stack.truncate(slot as usize);
                            }
                            self.push(v);
                            switch_to_top_frame!(returned);
                        }
                        I::GetYieldFromIter => {
                            let v = self.peek(1);
                            let is_gen = matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Object::Generator(_)));
                            if !is_gen {
                                let it = tri!(self.iter(v));
                                self.pop();
                                self.push(it);
                            }
                        }
                        I::Send { target } => {
                            let v = self.peek(1);
                            let sub = self.peek(2);
                            self.frames[fi].pc = pc;
                            // `yield from` a plain generator: its frame runs in this
                            // loop, yielding straight back here.
                            if v.is_none() {
                                self.stack.pop();
                                if self.enter_in_place(sub, InPlace::Send(target.0), Value::None) {
                                    switch_to_top_frame!(entered);
                                }
                                self.push(v);
                            }
                            let r = tri!(self.send(sub, v));
                            match r {
                                crate::generator::Sent::Yielded(y) => {
                                    self.stack.pop();
                                    self.push(y);
                                }
                                crate::generator::Sent::Returned(r) => {
                                    self.stack.pop();
                                    self.stack.pop();
                                    self.push(r);
                                    pc = target.0 as usize;
                                }
                            }
                        }
                        I::ReturnGenerator => {
                            self.frames[fi].pc = pc;
                            let g = self.make_generator();
                            if self.frames.len() < entry {
                                return Ok(g);
                            }
                            self.push(g);
                            enter_top_frame!(returned);
                        }
                        I::ImportName { name } => {
                            let fromlist = self.pop();
                            let level = self.pop();
                            let globals = self.frames[fi].globals;
                            self.frames[fi].pc = pc;
                            let m =
                                tri!(self.import_name(code.names[name.0 as usize], level, fromlist, globals));
                            self.push(m);
                        }
                        I::ImportFrom { name } => {
                            let m = self.peek(1);
                            let v = tri!(self.import_from(m, code.names[name.0 as usize]));
                            self.push(v);
                        }
                        I::ImportStar => {
                            let m = self.pop();
                            let ns = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                            tri!(self.import_star(m, ns));
                        }
                        I::GetAwaitable { context } => {
                            let obj = self.pop();
                            self.frames[fi].pc = pc;
                            let it = tri!(self.get_awaitable(obj, context));
                            self.push(it);
                        }
                        I::AsyncGenWrap => {
                            let v = self.pop();
                            let w = self.heap.alloc_value(Object::AsyncGenWrapped(v));
                            self.push(w);
                        }
                        I::GetAIter => {
                            let obj = self.pop();
                            self.frames[fi].pc = pc;
                            let it = tri!(self.get_aiter(obj));
                            self.push(it);
                        }
                        I::GetANext => {
                            let aiter = self.peek(1);
                            self.frames[fi].pc = pc;
                            let awaitable = tri!(self.get_anext(aiter));
                            self.push(awaitable);
                        }
                        I::EndAsyncFor => {
                            let exc = self.pop();
                            self.pop();
                            if !self.is_exc_instance(exc, "StopAsyncIteration") {
                                if let Value::Obj(e) = exc {
                                    break 'inner (Exc(e), false);
                                }
                            }
                        }
                        I::BeforeAsyncWith => {
                            // The manager stays on the stack (rooted) while its
                            // methods are looked up and `__aenter__` runs.
                            let mgr = self.peek(1);
                            self.frames[fi].pc = pc;
                            let (exit, entered) = tri!(self.before_async_with(mgr));
                            self.stack.pop();
                            self.push(exit);
                            self.push(entered);
                        }
                        I::MatchSequence
                        | I::MatchMapping
                        | I::GetLen
                        | I::MatchKeys
                        | I::CopyDictWithoutKeys
                        | I::MatchClass { .. } => tri!(self.pattern_op(&ins)),
                        I::LoadBuildClass => {
                            let builtins = self.builtins;
                            match self.dict_get_name(builtins, "__build_class__") {
                                Some(f) => self.push(f),
                                None => {
                                    break 'inner (self.err("NameError", "__build_class__ not found"), true)
                                }
                            }
                        }
                        I::SetupAnnotations => {
                            let ns = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                            if self.dict_get_name(ns, "__annotations__").is_none() {
                                let d = self.new_dict();
                                self.dict_set_name(ns, "__annotations__", Value::Obj(d));
                            }
                        }
                        I::PrintExpr => {
                            let v = self.pop();
                            tri!(self.display(v));
                        }
                    }
                }
            };
            self.frames[fi].pc = pc;
            if fresh {
                self.set_context(err);
            }
            self.unwind(err, entry, fresh)?;
        }
    }

    /// Finds a handler for `exc` raised in the top frame, popping frames that
    /// have none; `Err` if it escapes the frame `entry - 1`.
    fn unwind(&mut self, mut exc: Exc, entry: usize, mut add_entry: bool) -> Result<(), Exc> {
        loop {
            let Some(frame) = self.frames.last_mut() else { return Err(exc) };
            let lasti = frame.pc.saturating_sub(1) as u32;
            let code = frame.code.clone();
            let handler = code
                .code
                .exception_table
                .iter()
                .filter(|h| h.start <= lasti && lasti < h.end)
                .min_by_key(|h| h.end - h.start);
            // The traceback (`traceback_object.rs`): an entry for a new raise
            // or a frame passed through; a re-raise leaving a frame keeps its locals.
            if add_entry {
                self.record_traceback(exc, lasti, handler.is_some());
            } else if handler.is_none() {
                self.detach_from_traceback(exc);
            }
            if let (Some(h), Some(frame)) = (handler, self.frames.last_mut()) {
                frame.pc = h.target as usize;
                let depth = frame.stack_base() + h.depth as usize;
                self.stack.truncate(depth);
                if h.push_lasti {
                    self.stack.push(Value::Int(i64::from(lasti)));
                }
                self.stack.push(Value::Obj(exc.0));
                return Ok(());
            }
            let frame = self.frames.pop();
            if let Some(frame) = frame {
                self.stack.truncate(frame.ret);
                if frame.generator.is_some() {
                    self.finish_generator_frame(&frame);
                    if frame.in_place.is_some() {
                        exc = self.generator_stop_error(exc);
                    }
                }
            }
            if self.frames.len() < entry {
                return Err(exc);
            }
            add_entry = true;
        }
    }

    /// Implicit chaining: a new exception raised while another is handled
    /// gets it as `__context__` (cycles broken as CPython does).
    fn set_context(&mut self, exc: Exc) {
        let Value::Obj(h) = self.handled else { return };
        if h == exc.0 {
            return;
        }
        // Break a cycle: if `exc` is already in the handled one's chain, cut it there.
        let mut cur = h;
        for _ in 0..10_000 {
            let next = match self.exc_obj(cur) {
                Some(x) => x.context,
                None => break,
            };
            match next {
                Value::Obj(n) if n == exc.0 => {
                    if let Some(x) = self.exc_obj_mut(cur) {
                        x.context = Value::None;
                    }
                    break;
                }
                Value::Obj(n) => cur = n,
                _ => break,
            }
        }
        if let Some(x) = self.exc_obj_mut(exc.0) {
            if x.context.is_none() {
                x.context = Value::Obj(h);
            }
        }
    }

    fn unbound_local(&mut self, name: &str) -> Exc {
        self.err(
            "UnboundLocalError",
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    fn unbound_cell(&mut self, code: &compiler_layer::CodeObject, i: usize) -> Exc {
        if i < code.cellvars.len() {
            let name = code.cellvars[i].clone();
            self.unbound_local(&name)
        } else {
            let name = code.freevars.get(i - code.cellvars.len()).cloned().unwrap_or_default();
            self.err(
                "NameError",
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        }
    }

    pub(crate) fn name_error(&mut self, key: Value) -> Exc {
        let name = self.str_of(key).unwrap_or("").to_string();
        let hint = self.name_hint(&name);
        let e = self.err("NameError", format!("name '{name}' is not defined"));
        let d = self.new_dict();
        self.dict_set_name(d, "name", key);
        if let Some(x) = self.exc_obj_mut(e.0) {
            x.dict = Some(d);
            x.hint = hint.map(String::into_boxed_str);
        }
        e
    }

    /// The hash of a `str` (cached in the object) or an `int` immediate: the
    /// keys whose hashing and equality never run Python code.
    #[inline]
    pub(crate) fn quick_hash(&self, key: Value) -> Option<i64> {
        match key {
            Value::Int(i) => Some(crate::semantics::hash::hash_i64(i)),
            Value::Obj(k) => match self.heap.get(k) {
                Object::Str(s) => Some(s.hash()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `d[key]` when `key` is a `str` or `int` that is present.
    #[inline]
    fn dict_lookup_fast(&self, d: ObjRef, key: Value) -> Option<Value> {
        self.dict_get_hashed(d, self.quick_hash(key)?, key)
    }

    /// `LoadGlobal`: the name `names[n]` in `globals`, then in the builtins,
    /// through the code object's cache (valid while the dicts' key stamps
    /// are those recorded; values are read afresh, so rebinding a name keeps
    /// the cache valid).
    #[inline]
    fn load_global_cached(&mut self, code: &CodeInfo, n: usize, globals: ObjRef) -> PResult<Value> {
        match self.global_cache_hit(code, n, globals) {
            Some(v) => Ok(v),
            None => self.load_global_miss(code, n, globals),
        }
    }

    /// The cached answer for the global `names[n]`, if the cache holds.
    /// `LoadGlobal` pushes it directly: merged with the miss path into one
    /// `PResult`, the value went through memory as two narrow stores and one
    /// wide load, a store-forwarding stall on every global read.
    #[inline(always)]
    fn global_cache_hit(&self, code: &CodeInfo, n: usize, globals: ObjRef) -> Option<Value> {
        let c = code.global_cache.get(n)?.get();
        let g = self.table(globals)?;
        if g.stamp() != c.globals_stamp {
            return None;
        }
        let hit = if c.builtins_stamp == 0 {
            g.value_at(c.entry as usize)
        } else {
            match self.table(self.builtins) {
                Some(b) if b.stamp() == c.builtins_stamp => b.value_at(c.entry as usize),
                _ => None,
            }
        };
        hit.filter(|v| !v.is_null())
    }

    /// Rebinds the global `names[n]` in place when the cache says where its
    /// entry is (a name already bound in the globals); `false` otherwise.
    #[inline]
    fn store_global_cached(&mut self, code: &CodeInfo, n: usize, globals: ObjRef, v: Value) -> bool {
        let c = code.global_cache[n].get();
        if c.builtins_stamp != 0 {
            return false;
        }
        match self.heap.get_mut(globals) {
            Some(Object::Dict(d)) if d.stamp() == c.globals_stamp => {
                d.set_value_at(c.entry as usize, v);
                true
            }
            _ => false,
        }
    }

    /// Binds the global `names[n]` when the cache did not say where, then
    /// remembers where its entry is: a module-level loop's variable, stored
    /// but never loaded, was looked up in the globals on every iteration.
    #[inline(never)]
    fn store_global_miss(&mut self, code: &CodeInfo, n: usize, globals: ObjRef, v: Value) -> PResult<()> {
        let key = code.names[n];
        self.dict_set(globals, key, v)?;
        let Some(hash) = self.quick_hash(key) else { return Ok(()) };
        if let (Slot::Found(e), Some(globals_stamp)) =
            (self.find(globals, hash, key), self.table(globals).map(|d| d.stamp()))
        {
            code.global_cache[n].set(GlobalCache { globals_stamp, builtins_stamp: 0, entry: e as u32 });
        }
        Ok(())
    }

    #[inline(never)]
    fn load_global_miss(&mut self, code: &CodeInfo, n: usize, globals: ObjRef) -> PResult<Value> {
        let key = code.names[n];
        let Some(hash) = self.quick_hash(key) else { return self.load_global(globals, key) };
        let Some(globals_stamp) = self.table(globals).map(|d| d.stamp()) else {
            return self.load_global(globals, key);
        };
        if let Slot::Found(e) = self.find(globals, hash, key) {
            if let Some(v) = self.table(globals).and_then(|d| d.value_at(e)) {
                code.global_cache[n].set(GlobalCache { globals_stamp, builtins_stamp: 0, entry: e as u32 });
                return Ok(v);
            }
        }
        let builtins = self.builtins;
        if let Slot::Found(e) = self.find(builtins, hash, key) {
            if let Some(b) = self.table(builtins) {
                let builtins_stamp = b.stamp();
                if let Some(v) = b.value_at(e) {
                    code.global_cache[n].set(GlobalCache { globals_stamp, builtins_stamp, entry: e as u32 });
                    return Ok(v);
                }
            }
        }
        Err(self.name_error(key))
    }

    #[inline]
    fn load_global(&mut self, globals: ObjRef, key: Value) -> PResult<Value> {
        if let Value::Obj(k) = key {
            if let Some(v) = self.dict_get_str(globals, k) {
                return Ok(v);
            }
            if let Some(v) = self.dict_get_str(self.builtins, k) {
                return Ok(v);
            }
            return Err(self.name_error(key));
        }
        Err(self.name_error(key))
    }

    fn cell_get(&self, fi: usize, i: usize) -> Value {
        match self.frame_cell(fi, i) {
            Some(c) => match self.heap.get(c) {
                Object::Cell(v) => *v,
                _ => Value::Null,
            },
            None => Value::Null,
        }
    }

    fn cell_set(&mut self, fi: usize, i: usize, v: Value) {
        if let Some(c) = self.frame_cell(fi, i) {
            if let Some(Object::Cell(slot)) = self.heap.get_mut(c) {
                *slot = v;
            }
        }
    }

    fn make_function(&mut self, fi: usize, flags: u32) -> PResult<Value> {
        let code = self.pop();
        let closure = if flags & 8 != 0 { self.pop() } else { Value::None };
        let annotations = if flags & 4 != 0 { self.pop() } else { Value::None };
        let kwdefaults = if flags & 2 != 0 { self.pop() } else { Value::None };
        let defaults = if flags & 1 != 0 { self.pop() } else { Value::None };
        let info = match code {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Code(info) => info.clone(),
                _ => return Err(self.err("SystemError", "MakeFunction without a code object")),
            },
            _ => return Err(self.err("SystemError", "MakeFunction without a code object")),
        };
        let seq = |vm: &Vm, v: Value| -> Vec<Value> {
            match v {
                Value::Obj(r) => match vm.heap.get(r) {
                    Object::Tuple(items) => items.to_vec(),
                    Object::List(items) => items.clone(),
                    _ => vec![],
                },
                _ => vec![],
            }
        };
        let defaults = seq(self, defaults);
        let closure: Vec<ObjRef> = seq(self, closure).into_iter().filter_map(Value::as_obj).collect();
        let globals = self.frames[fi].globals;
        let name = self.new_str(info.code.name.as_str());
        let qualname = self.new_str(info.code.qualname.as_str());
        let doc = match info.consts.first() {
            Some(v) if self.str_of(*v).is_some() && !info.code.name.starts_with('<') => *v,
            _ => Value::None,
        };
        let module = self.dict_get_name(globals, "__name__").unwrap_or(Value::None);
        Ok(self.heap.alloc_value(Object::Function(Box::new(Function {
            code: info,
            globals,
            defaults,
            kwdefaults,
            annotations,
            closure,
            name,
            qualname,
            doc,
            module,
            dict: None,
            binds: true,
        }))))
    }

    /// Calls `callable` whose arguments start at `stack[first]`; `slot` is
    /// where the result goes. Python functions get a frame in place.
    pub(crate) fn call_at(
        &mut self,
        callable: Value,
        first: usize,
        slot: usize,
        kwnames: Value,
    ) -> PResult<CallOutcome> {
        if let Value::Obj(r) = callable {
            match self.heap.get(r) {
                Object::Function(f) => {
                    let (info, globals) = (f.code.clone(), f.globals);
                    if kwnames.is_null()
                        && (self.enter_positional(r, first, slot)
                            || self.enter_with_defaults(r, first, slot)
                            || self.enter_varargs(r, first, slot))
                    {
                        return Ok(CallOutcome::Pushed);
                    }
                    if self.frames.len() >= self.recursion_limit {
                        return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
                    }
                    let args = self.args_from_stack(first, kwnames);
                    let locals = self.bind_args(r, &args)?;
                    self.stack.truncate(slot);
                    self.stack.extend(locals);
                    self.push_frame(info, slot, slot, globals, None, Some(r));
                    return Ok(CallOutcome::Pushed);
                }
                Object::Builtin(b) => {
                    let b = *b;
                    if kwnames.is_null() {
                        // `len(x)` of a builtin container, as loops write it: no argument list.
                        if callable.is(self.builtin_len) && first + 1 == self.stack.len() {
                            if let Some(n) = self.len_of(self.stack[first]) {
                                return Ok(CallOutcome::Done(Value::Int(n as i64)));
                            }
                        }
                        if callable.is(self.builtin_isinstance) && first + 2 == self.stack.len() {
                            let (obj, class) = (self.stack[first], self.stack[first + 1]);
                            if let Some(r) = crate::builtins::isinstance_of_plain_class(self, obj, class) {
                                return r.map(|b| CallOutcome::Done(Value::Bool(b)));
                            }
                        }
                        if self.generator_resumers.iter().any(|f| callable.is(*f))
                            && self.enter_generator_call(&b, first, slot)
                        {
                            return Ok(CallOutcome::Pushed);
                        }
                    }
                    let args = self.args_from_stack(first, kwnames);
                    return self.call_builtin(&b, args).map(CallOutcome::Done);
                }
                // A bound method: its receiver becomes the first argument.
                Object::BoundMethod { receiver, func }
                    if matches!(func, Value::Obj(f) if matches!(self.heap.get(*f), Object::Function(_)))
                        || crate::modules::functools::is_wrapper(self, *func) =>
                {
                    let (receiver, func) = (*receiver, *func);
                    self.stack.insert(first, receiver);
                    return self.call_at(func, first, slot, kwnames);
                }
                // An `lru_cache` wrapper: a hit without Python code, a miss as a frame.
                Object::Instance(i) if i.class == self.types.get(crate::types::TypeKind::LruCacheWrapper) => {
                    return crate::modules::functools::call_at(self, r, first, slot, kwnames);
                }
                // `range(...)` of small ints, as `for` loops write it: no argument list.
                Object::Type(t) if t.kind == crate::types::TypeKind::Range && kwnames.is_null() => {
                    let mut ints = [0i64; 3];
                    let args = self.stack.get(first..).unwrap_or(&[]);
                    let small_ints = args.iter().zip(&mut ints).all(|(v, slot)| match v {
                        Value::Int(i) => {
                            *slot = *i;
                            true
                        }
                        _ => false,
                    });
                    if args.len() <= 3 && small_ints {
                        let n = args.len();
                        return crate::builtins::new_range(self, &ints[..n]).map(CallOutcome::Done);
                    }
                }
                Object::Type(t)
                    if t.kind == crate::types::TypeKind::Super
                        && !t.heap_type
                        && first == self.stack.len()
                        && kwnames.is_null() =>
                {
                    return crate::descriptors::new_implicit_super(self).map(CallOutcome::Done);
                }
                Object::Type(t)
                    if t.heap_type && t.kind == crate::types::TypeKind::Object && t.meta.is_none() =>
                {
                    if let Some(init) = self.python_init(r) {
                        // A plain class with `__init__` in Python: the instance is made
                        // here and `__init__` runs as an ordinary frame that returns it,
                        // so building objects inside `__init__` does not nest the loop.
                        let obj = self.default_new(r, &crate::call::Args::default(), false)?;
                        self.stack.insert(first, obj);
                        let outcome = self.call_at(init, first, slot, kwnames)?;
                        if let Some(frame) = self.frames.last_mut() {
                            frame.constructing = obj;
                        }
                        return Ok(outcome);
                    }
                }
                // `str(x)`, `int(x)` and `type(x)` of one argument, as
                // conversions and type tests are written: no argument list.
                Object::Type(t)
                    if matches!(
                        t.kind,
                        crate::types::TypeKind::Str
                            | crate::types::TypeKind::Int
                            | crate::types::TypeKind::Type
                    ) && !t.heap_type
                        && first + 1 == self.stack.len()
                        && kwnames.is_null() =>
                {
                    if let Some(v) = self.convert(t.kind, self.stack[first])? {
                        return Ok(CallOutcome::Done(v));
                    }
                }
                _ => {}
            }
        }
        let args = self.args_from_stack(first, kwnames);
        self.call_args(callable, args).map(CallOutcome::Done)
    }

    /// `str(v)`, `int(v)` or `type(v)` when the answer needs no Python code
    /// and no general parse: `int.__str__` and `str.__str__` cannot be
    /// replaced, nor can the parse of a plain decimal. `None`: the full constructor.
    #[inline(never)]
    fn convert(&mut self, kind: crate::types::TypeKind, v: Value) -> PResult<Option<Value>> {
        use crate::types::TypeKind;
        Ok(match (kind, v) {
            (TypeKind::Str, Value::Int(_)) => Some(self.to_str(v)?),
            (TypeKind::Str, _) if self.str_of(v).is_some() => Some(v),
            (TypeKind::Type, _) => Some(Value::Obj(self.type_of(v))),
            (TypeKind::Int, Value::Int(_)) => Some(v),
            (TypeKind::Int, Value::Obj(r)) => match self.heap.get(r) {
                Object::Str(s) => crate::semantics::int_ops::parse_small_decimal(s.as_str()).map(Value::Int),
                _ => None,
            },
            _ => None,
        })
    }

    /// `CallNoArgsLoadMethod`'s fast path: the stack ends `[null, super]`,
    /// `super` the builtin, and `super().name` is a function to call with the
    /// instance (see `Vm::implicit_super_method`).
    #[inline]
    fn super_method_call(&self, name: Value) -> Option<[Value; 2]> {
        let [null, callable] = self.stack.last_chunk::<2>()?;
        let Value::Obj(r) = callable else { return None };
        let builtin_super = matches!(self.heap.get(*r), Object::Type(t) if t.kind == crate::types::TypeKind::Super && !t.heap_type);
        if !null.is_null() || !builtin_super || !self.kwnames.is_null() {
            return None;
        }
        let (method, obj) = self.implicit_super_method(name)?;
        Some([method, obj])
    }

    /// Calls Python function `r` with the positional arguments from
    /// `stack[first]` when they bind where they are (see
    /// `CodeInfo::positional_arity`) and the recursion limit allows: its
    /// frame is pushed and `true` returned. Inlined into `Call`, the
    /// commonest call, as well as used by `call_at` and by native code
    /// calling Python (`Vm::run_positional`).
    #[inline(always)]
    pub(crate) fn enter_positional(&mut self, r: ObjRef, first: usize, slot: usize) -> bool {
        let Object::Function(f) = self.heap.get(r) else { return false };
        let nargs = self.stack.len() - first;
        if f.code.positional_arity != Some(nargs) || self.frames.len() >= self.recursion_limit {
            return false;
        }
        let (info, globals) = (f.code.clone(), f.globals);
        let extra = info.nlocals - nargs;
        if extra > 0 {
            self.stack.resize(self.stack.len() + extra, Value::Null);
        }
        self.push_frame(info, first, slot, globals, None, Some(r));
        true
    }

    /// A positional call that leaves trailing parameters to their defaults
    /// (`f(x)` of `def f(x, y=1)`): the defaults go on the stack after the
    /// arguments, which then bind where they are, as for `enter_positional`.
    fn enter_with_defaults(&mut self, r: ObjRef, first: usize, slot: usize) -> bool {
        let Vm { heap, stack, frames, recursion_limit, .. } = self;
        let Object::Function(f) = heap.get(r) else { return false };
        let nargs = stack.len() - first;
        let Some(missing) = f.code.positional_arity.and_then(|arity| arity.checked_sub(nargs)) else {
            return false;
        };
        if missing == 0 || missing > f.defaults.len() || frames.len() >= *recursion_limit {
            return false;
        }
        stack.extend_from_slice(&f.defaults[f.defaults.len() - missing..]);
        self.enter_positional(r, first, slot)
    }

    /// A positional call of a function taking `*args` (and perhaps
    /// `**kwargs`) with at least its named positional parameters given,
    /// as every forwarding wrapper is called: the extra arguments become
    /// the `args` tuple where they are, `kwargs` a new empty dict, and the
    /// rest binds in place, as for `enter_positional`.
    fn enter_varargs(&mut self, r: ObjRef, first: usize, slot: usize) -> bool {
        let Object::Function(f) = self.heap.get(r) else { return false };
        let code = &f.code.code;
        let nparams = code.arg_count as usize;
        let flags = code.flags;
        let nargs = self.stack.len() - first;
        if !flags.contains(CodeFlags::VARARGS)
            || code.kwonly_arg_count != 0
            || nargs < nparams
            || self.frames.len() >= self.recursion_limit
        {
            return false;
        }
        let (info, globals) = (f.code.clone(), f.globals);
        let extra = self.stack.split_off(first + nparams);
        let args = self.new_tuple(extra);
        self.stack.push(args);
        if flags.contains(CodeFlags::VARKEYWORDS) {
            let kwargs = self.new_dict();
            self.stack.push(Value::Obj(kwargs));
        }
        let bound = self.stack.len() - first;
        self.stack.resize(self.stack.len() + (info.nlocals - bound), Value::Null);
        self.push_frame(info, first, slot, globals, None, Some(r));
        true
    }

    /// The `__init__` of class `cls` when it is a plain function (not a
    /// generator or coroutine) and `__new__` is `object`'s.
    fn python_init(&self, cls: ObjRef) -> Option<Value> {
        let Object::Type(t) = self.heap.get(cls) else { return None };
        let epoch = self.method_cache.epoch();
        let (known, init) = t.init_plan.get();
        if known == epoch {
            return (!init.is_null()).then_some(init);
        }
        let init = self.find_python_init(cls);
        t.init_plan.set((epoch, init.unwrap_or(Value::Null)));
        init
    }

    /// `python_init`, looked up.
    fn find_python_init(&self, cls: ObjRef) -> Option<Value> {
        if self.lookup_user(cls, self.special.new).is_some() {
            return None;
        }
        let init = self.lookup_user(cls, self.special.init)?;
        let Object::Function(func) = self.heap.get(init.as_obj()?) else { return None };
        let flags = func.code.code.flags;
        let plain = !flags.contains(CodeFlags::GENERATOR)
            && !flags.contains(CodeFlags::COROUTINE)
            && !flags.contains(CodeFlags::ASYNC_GENERATOR);
        plain.then_some(init)
    }

    /// Pushes a frame whose locals are already at `stack[base..]`, making its
    /// cells (copying cell arguments in); `func`'s closure holds the free cells.
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        code: Rc<crate::frame::CodeInfo>,
        base: usize,
        ret: usize,
        globals: ObjRef,
        locals: Option<ObjRef>,
        func: Option<ObjRef>,
    ) {
        let cells = if code.code.cellvars.is_empty() { Vec::new() } else { self.make_cells(&code, base) };
        // Written in place rather than by `push`: `push` built the frame in a
        // temporary, field by field, then copied it with wide loads that
        // could not be forwarded from those narrow stores, a stall costing a
        // tenth of every call (`fib`).
        let len = self.frames.len();
        self.frames.reserve(1);
        // SAFETY: `reserve` made room for one more frame at `len`, which
        // `set_len` then covers; nothing between them can fail.
        unsafe {
            self.frames.as_mut_ptr().add(len).write(Frame {
                code,
                pc: 0,
                base,
                ret,
                globals,
                locals,
                cells,
                func,
                generator: None,
                constructing: Value::Null,
                in_place: None,
                draining: false,
                id: 0,
            });
            self.frames.set_len(len + 1);
        }
    }

    fn make_cells(&mut self, code: &crate::frame::CodeInfo, base: usize) -> Vec<ObjRef> {
        let mut cells = Vec::with_capacity(code.code.cellvars.len());
        for _ in 0..code.code.cellvars.len() {
            cells.push(self.heap.alloc(Object::Cell(Value::Null)));
        }
        for &(cell, local) in &code.code.cell_args {
            let v = self.stack.get(base + local as usize).copied().unwrap_or(Value::Null);
            if let Some(Object::Cell(slot)) = self.heap.get_mut(cells[cell as usize]) {
                *slot = v;
            }
        }
        cells
    }

    /// Cell `i` of frame `fi`: a cellvar's cell, or a freevar's from the closure.
    #[inline]
    pub(crate) fn frame_cell(&self, fi: usize, i: usize) -> Option<ObjRef> {
        let frame = &self.frames[fi];
        if let Some(c) = frame.cells.get(i) {
            return Some(*c);
        }
        match self.heap.get(frame.func?) {
            Object::Function(f) => f.closure.get(i - frame.cells.len()).copied(),
            _ => None,
        }
    }

    /// Runs `code` in a frame of its own with `locals` as its namespace (a
    /// module, `exec`, a class body); `func` gives the free variables' cells.
    pub fn run_code(
        &mut self,
        code: Rc<crate::frame::CodeInfo>,
        globals: ObjRef,
        locals: Option<ObjRef>,
        func: Option<ObjRef>,
    ) -> PResult<Value> {
        if self.native_depth >= crate::vm::MAX_NATIVE_DEPTH {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        self.stack.extend(std::iter::repeat(Value::Null).take(code.nlocals));
        self.push_frame(code, base, base, globals, locals, func);
        self.native_depth += 1;
        let r = self.run(self.frames.len());
        self.native_depth -= 1;
        r
    }
}

/// `items[i]` for an in-range index (negative counts from the end).
#[inline(always)]
fn seq_get(items: &[Value], i: i64) -> Option<Value> {
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j >= 0 && j < n {
        Some(items[j as usize])
    } else {
        None
    }
}

/// `items[i] = v` for an in-range index (negative counts from the end): whether it was.
#[inline(always)]
fn list_set(items: &mut [Value], i: i64, v: Value) -> bool {
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    match usize::try_from(j).ok().and_then(|j| items.get_mut(j)) {
        Some(slot) => {
            *slot = v;
            true
        }
        None => false,
    }
}

/// `a op b` for ints and floats, which compare in place (IEEE order is
/// Python's: NaN is unordered); `None` for every other pair.
#[inline(always)]
pub(crate) fn compare_fast(a: Value, b: Value, op: C) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(ordered(op, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(ordered(op, x, y)),
        _ => None,
    }
}

/// `a op b` for the operand types that need no heap and cannot fail: `int`
/// arithmetic that stays in `i64`, `float` arithmetic. `None` means "take the
/// general path" (overflow, division by zero, other types).
#[inline(always)]
fn binary_fast(a: Value, b: Value, op: B) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let r = match op {
                B::Add | B::InplaceAdd => x.checked_add(y)?,
                B::Subtract | B::InplaceSubtract => x.checked_sub(y)?,
                B::Multiply | B::InplaceMultiply => x.checked_mul(y)?,
                B::Remainder | B::InplaceRemainder => {
                    // Python's `%` takes the divisor's sign.
                    let r = x.checked_rem(y)?;
                    if r != 0 && (r ^ y) < 0 {
                        r + y
                    } else {
                        r
                    }
                }
                B::FloorDivide | B::InplaceFloorDivide => {
                    let q = x.checked_div(y)?;
                    if (x % y != 0) && ((x % y) ^ y) < 0 {
                        q - 1
                    } else {
                        q
                    }
                }
                B::And | B::InplaceAnd => x & y,
                B::Or | B::InplaceOr => x | y,
                B::Xor | B::InplaceXor => x ^ y,
                _ => return None,
            };
            Some(Value::Int(r))
        }
        (Value::Float(x), Value::Float(y)) => float_fast(x, y, op),
        (Value::Float(x), Value::Int(y)) => float_fast(x, y as f64, op),
        (Value::Int(x), Value::Float(y)) => float_fast(x as f64, y, op),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(x: f64, y: f64, op: B) -> Option<Value> {
    let r = match op {
        B::Add | B::InplaceAdd => x + y,
        B::Subtract | B::InplaceSubtract => x - y,
        B::Multiply | B::InplaceMultiply => x * y,
        B::TrueDivide | B::InplaceTrueDivide if y != 0.0 => x / y,
        // A positive finite base to a finite power is `pow` itself (C's, as
        // CPython calls it); an infinite result is CPython's OverflowError,
        // left to the slow path.
        B::Power | B::InplacePower if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Value::Float(r))
}

/// A rich comparison of two numbers of one type, as Python orders them.
#[inline]
pub(crate) fn ordered<T: PartialOrd>(op: C, x: T, y: T) -> bool {
    match op {
        C::Less => x < y,
        C::LessEqual => x <= y,
        C::Equal => x == y,
        C::NotEqual => x != y,
        C::Greater => x > y,
        C::GreaterEqual => x >= y,
    }
}
