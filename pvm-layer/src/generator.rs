//! Generators: a frame that can be suspended (`YieldValue`) and resumed.
//!
//! `ReturnGenerator` (the first instruction of a generator's code) moves the
//! new frame and its stack slice into a `Generator` object and returns that
//! object to the caller. Resuming pushes the frame back with its values on
//! top of the value stack and runs a nested dispatch loop until the frame
//! yields (the loop returns with `Vm::yielded` set) or returns.

use compiler_layer::instruction::Instruction as I;

use crate::frame::{Frame, InPlace};
use compiler_layer::code::CodeFlags;

use crate::object::{Builtin, GenKind, Generator, Object};
use crate::value::{copy_values, ObjRef, Value};
use crate::vm::{Exc, PResult, Vm, MAX_NATIVE_DEPTH};

pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

/// Which yielded values a draining generator frame pushes on `Vm::roots`
/// and carries on past, instead of suspending.
#[derive(Clone, Copy)]
pub struct Drain {
    /// It suspends once `Vm::roots` is this long.
    pub roots_below: usize,
    /// Only ints and floats: any other value suspends the frame.
    pub numbers_only: bool,
}

impl Drain {
    /// Everything (`list(gen)`).
    pub const ALL: Drain = Drain { roots_below: usize::MAX, numbers_only: false };

    #[inline]
    pub fn takes(&self, v: Value, roots: usize) -> bool {
        roots < self.roots_below && (!self.numbers_only || matches!(v, Value::Int(_) | Value::Float(_)))
    }
}

/// A plain generator (not a coroutine) that is suspended: not running, not
/// finished. What `resumable_in_place` and `Vm::enter_in_place` ask of it.
fn suspended_plain(gen: &Generator) -> bool {
    gen.kind == GenKind::Generator && !gen.running && gen.frame.is_some()
}

/// Moves suspended generator `g`'s frame (`gen.frame`, which must be
/// `Some`) onto `frames`, and its values onto `stack` followed by `sent` if
/// given: the frame, on top, is returned, its values where it now runs. Bit
/// for bit: `take()` then `push` went through a temporary whose wide reloads
/// could not be forwarded from the narrow stores that wrote it, a stall
/// costing a tenth of every resumption (the `generators` bench).
#[inline(always)]
fn push_suspended_frame<'a>(
    frames: &'a mut Vec<Frame>,
    stack: &mut Vec<Value>,
    gen: &mut Generator,
    g: ObjRef,
    sent: Option<Value>,
) -> Option<&'a mut Frame> {
    let stored: *const Frame = gen.frame.as_ref()?;
    let len = frames.len();
    frames.reserve(1);
    // SAFETY: `reserve` made room at `len`, which `set_len` then covers;
    // the generator's `Some(frame)` is overwritten with `None` without
    // being dropped, so the frame, moved, is owned once.
    unsafe {
        std::ptr::copy_nonoverlapping(stored, frames.as_mut_ptr().add(len), 1);
        std::ptr::write(&mut gen.frame, None);
        frames.set_len(len + 1);
    }
    let base = stack.len();
    let saved = gen.saved.len();
    let pushed = saved + usize::from(sent.is_some());
    stack.reserve(pushed);
    // SAFETY: `reserve` made room for `pushed` values past `base`; values
    // are `Copy`, so clearing `saved` by `set_len(0)` drops nothing.
    unsafe {
        let dst = stack.as_mut_ptr().add(base);
        copy_values(gen.saved.as_ptr(), dst, saved);
        if let Some(sent) = sent {
            std::ptr::write(dst.add(saved), sent);
        }
        stack.set_len(base + pushed);
        gen.saved.set_len(0);
    }
    let top = frames.last_mut()?;
    top.base = base;
    top.ret = base;
    top.generator = Some(g);
    Some(top)
}

/// How many items a generator may run ahead of a consumer that takes
/// plain numbers in batches (`Vm::for_each_item`).
const NUMBER_BATCH: usize = 1024;

impl Vm {
    /// `ReturnGenerator`: turns the top frame into a generator object.
    pub(crate) fn make_generator(&mut self) -> Value {
        let Some(frame) = self.frames.pop() else { return Value::None };
        let saved = self.stack.split_off(frame.base);
        self.stack.truncate(frame.ret);
        let name = self.new_str(frame.code.code.name.as_str());
        let qualname = self.new_str(frame.code.code.qualname.as_str());
        let flags = frame.code.code.flags;
        let has_handlers = !frame.code.code.exception_table.is_empty();
        let kind = if flags.contains(CodeFlags::COROUTINE) {
            GenKind::Coroutine
        } else if flags.contains(CodeFlags::ASYNC_GENERATOR) {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        self.note_new_generator(kind, has_handlers);
        self.heap.alloc_value(Object::Generator(Box::new(Generator {
            kind,
            frame: Some(frame),
            saved,
            running: false,
            finished: false,
            name,
            qualname,
        })))
    }

    /// `YieldValue`: moves the top frame back into its generator, to resume at `pc`.
    /// The values move into the generator's own buffer, which keeps its
    /// capacity between yields: suspending allocates nothing.
    #[inline(always)]
    pub(crate) fn suspend_generator(&mut self, pc: usize) {
        let Vm { heap, frames, stack, .. } = self;
        let Some(top) = frames.last() else { return };
        let (base, ret, in_place) = (top.base, top.ret, top.in_place.is_some());
        let gen = match top.generator.and_then(|g| heap.get_mut(g)) {
            Some(Object::Generator(gen)) if gen.frame.is_none() => gen,
            _ => {
                frames.pop();
                stack.truncate(ret);
                return;
            }
        };
        let values = stack.get(base..).unwrap_or(&[]);
        gen.saved.reserve(values.len());
        // SAFETY: `reserve` made room for `values.len()` values past the
        // (empty: resuming cleared it) buffer's length, which `set_len` covers.
        unsafe {
            let len = gen.saved.len();
            copy_values(values.as_ptr(), gen.saved.as_mut_ptr().add(len), values.len());
            gen.saved.set_len(len + values.len());
        }
        stack.truncate(ret);
        // The frame moves bit for bit, as in `enter_in_place`: `pop` then
        // `insert` copied it twice through a temporary.
        let len = frames.len();
        // SAFETY: `len >= 1` (the frame at `len - 1` was read above); after
        // `set_len` the vector no longer owns that frame, and `gen.frame`,
        // `None` (checked above), takes it without dropping anything.
        unsafe {
            frames.set_len(len - 1);
            std::ptr::write(&mut gen.frame, Some(std::ptr::read(frames.as_ptr().add(len - 1))));
        }
        if let Some(stored) = gen.frame.as_mut() {
            stored.pc = pc;
            stored.in_place = None;
            stored.draining = false;
        }
        if in_place {
            gen.running = false;
        }
    }

    /// Whether generator `g` has not run yet: its frame is still just after the
    /// `ReturnGenerator` that made it (CPython: `f_lasti == -1`).
    pub(crate) fn just_started(&self, g: ObjRef) -> bool {
        match self.heap.get(g) {
            Object::Generator(gen) => gen.frame.as_ref().is_some_and(|f| {
                f.pc > 0 && matches!(f.code.code.instructions.get(f.pc - 1), Some(I::ReturnGenerator))
            }),
            _ => false,
        }
    }

    /// A plain generator that a `for` loop can resume in place (see
    /// `Frame::in_place`): not running, not finished, and not
    /// past the recursion limit.
    #[inline]
    pub(crate) fn resumable_in_place(&self, it: Value) -> Option<ObjRef> {
        let Value::Obj(g) = it else { return None };
        match self.heap.get(g) {
            Object::Generator(gen) if suspended_plain(gen) && self.frames.len() < self.recursion_limit => {
                Some(g)
            }
            _ => None,
        }
    }

    /// `next(g)`, `next(g, default)`, `g.send(v)` or `g.__next__()` called
    /// from Python, its operands at `stack[slot..]` and its arguments from
    /// `first`: when `g` can be resumed in place, its frame is pushed (see
    /// `InPlace::Call`) and `true` returned; otherwise the builtin runs.
    pub(crate) fn enter_generator_call(&mut self, builtin: &Builtin, first: usize, slot: usize) -> bool {
        let args = self.stack.get(first..).unwrap_or(&[]);
        let (g, sent, default) = match (builtin.owner, builtin.name, args) {
            (None, "next", [g]) => (*g, Value::None, false),
            (None, "next", [g, _]) => (*g, Value::None, true),
            (Some("generator"), "__next__", [g]) => (*g, Value::None, false),
            (Some("generator"), "send", [g, v]) => (*g, *v, false),
            _ => return false,
        };
        // Sending a value into a generator not yet started is an error, which the builtin raises.
        if !sent.is_none() && g.as_obj().is_some_and(|g| self.just_started(g)) {
            return false;
        }
        let Ok(slot) = u32::try_from(slot) else { return false };
        self.enter_in_place(g, InPlace::Call { slot, default }, sent)
    }

    /// Resumes `it` in place when it is a generator that can be (see
    /// `resumable_in_place`): pushes its frame on the frame stack with its
    /// values and `sent` on the value stack, and returns `true`; `how` says
    /// where its consumer goes when it returns. One heap lookup for the check
    /// and the move: this runs once per item of every `for` over a generator.
    #[inline(always)]
    pub(crate) fn enter_in_place(&mut self, it: Value, how: InPlace, sent: Value) -> bool {
        let Value::Obj(g) = it else { return false };
        let Vm { heap, frames, stack, recursion_limit, .. } = self;
        let Some(Object::Generator(gen)) = heap.get_mut(g) else { return false };
        if !suspended_plain(gen) || frames.len() >= *recursion_limit {
            return false;
        }
        gen.running = true;
        if let Some(top) = push_suspended_frame(frames, stack, gen, g, Some(sent)) {
            top.in_place = Some(how);
        }
        true
    }

    /// An exception leaving a generator: `StopIteration` becomes CPython's
    /// `RuntimeError: generator raised StopIteration` (PEP 479).
    pub(crate) fn generator_stop_error(&mut self, e: Exc) -> Exc {
        if !self.is_exc_instance(Value::Obj(e.0), "StopIteration") {
            return e;
        }
        let re = self.err("RuntimeError", "generator raised StopIteration");
        if let Some(x) = self.exc_obj_mut(re.0) {
            x.cause = Value::Obj(e.0);
            x.context = Value::Obj(e.0);
            x.suppress_context = true;
        }
        re
    }

    /// A generator frame was popped by an exception: the generator is done.
    pub(crate) fn finish_generator_frame(&mut self, frame: &Frame) {
        if let Some(g) = frame.generator {
            if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
                gen.finished = true;
                gen.running = false;
                gen.frame = None;
                gen.saved.clear();
            }
        }
    }

    /// Resumes generator `g` with `sent` (None for `next`).
    pub fn resume(&mut self, g: ObjRef, sent: Value) -> PResult<Sent> {
        self.resume_with(g, Ok(sent), false)
    }

    /// Runs plain generator `g` to its end, its items pushed on `Vm::roots`
    /// in order (see `Frame::draining`): what `list(gen)` & co. need, without
    /// a suspension and a resumption per item.
    pub(crate) fn drain_generator(&mut self, g: ObjRef) -> PResult<()> {
        let outer = std::mem::replace(&mut self.drain, Drain::ALL);
        let r = self.resume_with(g, Ok(Value::None), true).map(|_| ());
        self.drain = outer;
        r
    }

    /// Calls `each` on the items of `iterable` in order, stopping at the
    /// first error. A plain generator is resumed once per item, unless the
    /// last call of `each` returned `true`, promising that handling any run
    /// of up to `NUMBER_BATCH` ints and floats from its current state can
    /// neither fail nor run Python code: then the generator runs ahead and
    /// hands over the numbers it yields in a batch, which no program can
    /// tell from one at a time (`sum`, `min`, `max` of numbers).
    pub(crate) fn for_each_item(
        &mut self,
        iterable: Value,
        mut each: impl FnMut(&mut Vm, Value) -> PResult<bool>,
    ) -> PResult<()> {
        let it = self.iter(iterable)?;
        let mark = self.roots.len();
        self.roots.push(it);
        let r = (|| {
            let mut batch = false;
            loop {
                let g = if batch { self.resumable_in_place(it) } else { None };
                let Some(g) = g else {
                    match self.next(it)? {
                        Some(v) => batch = each(self, v)?,
                        None => return Ok(()),
                    }
                    continue;
                };
                let items = self.roots.len();
                let outer = std::mem::replace(
                    &mut self.drain,
                    Drain { roots_below: items + NUMBER_BATCH, numbers_only: true },
                );
                let sent = self.resume_with(g, Ok(Value::None), true);
                self.drain = outer;
                let sent = sent?;
                // The batch stays rooted while `each` runs; a batch always
                // ends with a yield or a return, whose answer decides the next.
                for i in items..self.roots.len() {
                    each(self, self.roots[i])?;
                }
                self.roots.truncate(items);
                match sent {
                    Sent::Yielded(v) => batch = each(self, v)?,
                    Sent::Returned(_) => return Ok(()),
                }
            }
        })();
        self.roots.truncate(mark);
        r
    }

    /// `generator.throw(exc)`: resumes `g` by raising `exc` where it is
    /// suspended. Suspended in a `yield from`/`await`, the exception goes to
    /// the delegate first, as CPython's `_gen_throw` does: closed for
    /// `GeneratorExit`, else thrown into it; what the delegate does then
    /// decides how `g` goes on.
    pub fn throw(&mut self, g: ObjRef, exc: Exc) -> PResult<Sent> {
        let Some((sub, send_target)) = self.delegate_of(g) else {
            return self.resume_with(g, Err(exc), false);
        };
        // The delegate's cleanup runs Python code, which may collect: the
        // exception, held here alone until it is thrown into `g`, stays rooted.
        let exc_root = [Value::Obj(exc.0), sub];
        if self.is_exc_instance(Value::Obj(exc.0), "GeneratorExit") {
            self.rooted(&exc_root, |vm| vm.close_delegate(sub))?;
            return self.resume_with(g, Err(exc), false);
        }
        let r = self.rooted(&exc_root, |vm| vm.throw_into_delegate(sub, exc));
        match r {
            Some(Ok(Sent::Yielded(v))) => Ok(Sent::Yielded(v)),
            // The delegate returned: `g` goes on after its `yield from`, with the value.
            Some(Ok(Sent::Returned(value))) => {
                if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
                    gen.saved.pop();
                    if let Some(frame) = &mut gen.frame {
                        frame.pc = send_target;
                    }
                }
                self.resume_with(g, Ok(value), false)
            }
            Some(Err(e)) => self.resume_with(g, Err(e), false),
            None => self.resume_with(g, Err(exc), false),
        }
    }

    /// The delegate a suspended generator is waiting on in a `yield from`
    /// (its frame stopped just after the `Send`/`YieldValue` pair), and the
    /// `Send`'s exit.
    fn delegate_of(&self, g: ObjRef) -> Option<(Value, usize)> {
        let Object::Generator(gen) = self.heap.get(g) else { return None };
        let frame = gen.frame.as_ref()?;
        let instrs = &frame.code.code.instructions;
        let yield_at = frame.pc.checked_sub(1)?;
        let send_at = yield_at.checked_sub(1)?;
        match (instrs.get(send_at), instrs.get(yield_at)) {
            (Some(I::Send { target }), Some(I::YieldValue)) => Some((*gen.saved.last()?, target.0 as usize)),
            _ => None,
        }
    }

    /// `delegate.throw(exc)`; `None` when the delegate has no `throw`.
    fn throw_into_delegate(&mut self, sub: Value, exc: Exc) -> Option<PResult<Sent>> {
        let Value::Obj(r) = sub else { return None };
        match self.heap.get(r) {
            Object::Generator(_) => Some(self.throw(r, exc)),
            Object::AsyncGenStep { .. } => Some(self.async_gen_step(r, Err(exc.0))),
            _ => {
                let name = self.intern("throw");
                let f = self.special_of(sub, name)?;
                Some(match self.call_special(f, sub, &[Value::Obj(exc.0)]) {
                    Ok(v) => Ok(Sent::Yielded(v)),
                    Err(e) if self.is_exc_instance(Value::Obj(e.0), "StopIteration") => {
                        Ok(Sent::Returned(self.stop_value(e)))
                    }
                    Err(e) => Err(e),
                })
            }
        }
    }

    /// Closes a `yield from` delegate before `GeneratorExit` reaches its delegator.
    fn close_delegate(&mut self, sub: Value) -> PResult<()> {
        let Value::Obj(r) = sub else { return Ok(()) };
        if matches!(self.heap.get(r), Object::Generator(_)) {
            return self.close_generator(r);
        }
        let name = self.intern("close");
        match self.special_of(sub, name) {
            Some(f) => self.call_special(f, sub, &[]).map(|_| ()),
            None => Ok(()),
        }
    }

    /// `generator.close()`: raises `GeneratorExit` inside; a generator that
    /// yields instead gets CPython's `RuntimeError`.
    pub fn close_generator(&mut self, g: ObjRef) -> PResult<()> {
        let done = match self.heap.get(g) {
            Object::Generator(gen) => gen.finished || gen.frame.is_none(),
            _ => true,
        };
        if done {
            return Ok(());
        }
        self.note_closing(g);
        let class = self.types.exc("GeneratorExit");
        let exit = self.new_exception(class, vec![]);
        match self.throw(g, exit) {
            Ok(Sent::Yielded(_)) => Err(self.err("RuntimeError", "generator ignored GeneratorExit")),
            Ok(Sent::Returned(_)) => Ok(()),
            Err(e) if self.is_exc_instance(Value::Obj(e.0), "GeneratorExit") => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Resumes `g`, sending a value (`Ok`) or raising an exception (`Err`) at its yield.
    fn resume_with(&mut self, g: ObjRef, sent: Result<Value, Exc>, drain: bool) -> PResult<Sent> {
        match self.heap.get(g) {
            Object::Generator(gen) => {
                if gen.running {
                    return Err(self.value_error("generator already executing"));
                }
                if gen.finished {
                    return match sent {
                        Ok(_) => Ok(Sent::Returned(Value::None)),
                        Err(e) => Err(e),
                    };
                }
                if gen.frame.is_none() {
                    return Ok(Sent::Returned(Value::None));
                }
            }
            _ => return Err(self.type_error("not a generator")),
        }
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let Vm { heap, frames, stack, .. } = self;
        if let Some(Object::Generator(gen)) = heap.get_mut(g) {
            gen.running = true;
            if let Some(top) = push_suspended_frame(frames, stack, gen, g, sent.as_ref().ok().copied()) {
                top.draining = drain;
            }
        }
        if let Err(e) = sent {
            self.pending_throw = Some(e);
        }
        self.native_depth += 1;
        let r = self.run(self.frames.len());
        self.native_depth -= 1;
        let yielded = std::mem::replace(&mut self.yielded, false);
        if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
            gen.running = false;
            if !yielded {
                gen.finished = true;
                gen.frame = None;
                gen.saved.clear();
            }
        }
        match r {
            Ok(v) if yielded => Ok(Sent::Yielded(v)),
            Ok(v) => Ok(Sent::Returned(v)),
            Err(e) => Err(self.generator_stop_error(e)),
        }
    }

    /// `Send`: a value into a sub-iterator (`yield from`).
    pub(crate) fn send(&mut self, sub: Value, v: Value) -> PResult<Sent> {
        if let Value::Obj(r) = sub {
            match self.heap.get(r) {
                Object::Generator(_) => return self.resume(r, v),
                Object::AsyncGenStep { .. } => return self.async_gen_step(r, Ok(v)),
                Object::Instance(_) => {
                    // An iterator from `__await__` written as a class: `send` if it has one.
                    let send = self.intern("send");
                    if !v.is_none() || self.special_of(sub, send).is_some() {
                        if let Some(f) = self.special_of(sub, send) {
                            return match self.call_special(f, sub, &[v]) {
                                Ok(y) => Ok(Sent::Yielded(y)),
                                Err(e) if self.is_exc_instance(Value::Obj(e.0), "StopIteration") => {
                                    let value = self.stop_value(e);
                                    Ok(Sent::Returned(value))
                                }
                                Err(e) => Err(e),
                            };
                        }
                    }
                }
                _ => {}
            }
        }
        if !v.is_none() {
            return Err(self.type_error("can't send non-None value to a non-generator iterator"));
        }
        match self.next_or_stop(sub)? {
            Ok(y) => Ok(Sent::Yielded(y)),
            Err(value) => Ok(Sent::Returned(value)),
        }
    }

    /// `next(it)`, or the value of the `StopIteration` that ended it.
    fn next_or_stop(&mut self, it: Value) -> PResult<Result<Value, Value>> {
        if crate::datamodel::is_instance(self, it) {
            return match self.try_special(it, self.special.next, &[]) {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => {
                    let msg = format!("'{}' object is not an iterator", self.type_name(it));
                    Err(self.type_error(msg))
                }
                Err(e) if self.is_exc_instance(Value::Obj(e.0), "StopIteration") => {
                    Ok(Err(self.stop_value(e)))
                }
                Err(e) => Err(e),
            };
        }
        Ok(match self.next(it)? {
            Some(v) => Ok(v),
            None => Err(Value::None),
        })
    }

    /// `StopIteration.value` of exception `e`.
    pub(crate) fn stop_value(&mut self, e: Exc) -> Value {
        let args = self.exc_obj(e.0).map_or(Value::None, |x| x.args);
        self.seq_items(args).and_then(|a| a.first().copied()).unwrap_or(Value::None)
    }

    /// `StopIteration(value)` for a generator that returned through `send()`.
    pub fn stop_iteration(&mut self, value: Value) -> Exc {
        let class = self.types.exc("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(class, args)
    }
}
