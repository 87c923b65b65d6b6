//! Coroutines (`async def`), `await`, asynchronous generators, `async for`
//! and `async with`: the instructions of `instruction.rs`'s "Coroutines"
//! section, on top of the generator machinery (`generator.rs`).
//!
//! A coroutine is a [`Generator`](crate::object::Generator) of kind
//! `Coroutine`, driven by `send()` like a generator; `await x` is the
//! `GetAwaitable` + `Send`/`YieldValue` loop, so whatever the innermost
//! awaitable yields travels up to whoever drives the outermost coroutine (an
//! event loop, `asyncio` here). An asynchronous generator's `__anext__()`,
//! `asend()` and `athrow()` return an [`Object::AsyncGenStep`]: awaiting it
//! resumes the generator until it yields a value wrapped by `AsyncGenWrap`
//! (the step's result) or something unwrapped (passed up, as an `await`
//! inside the generator does).

use compiler_layer::instruction::AwaitContext;

use crate::call::Args;
use crate::generator::Sent;
use crate::object::{GenKind, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm) {
    // Coroutines share the generator's send/throw/close.
    let (generator, coroutine) = (vm.types.get(TypeKind::Generator), vm.types.get(TypeKind::Coroutine));
    for name in ["send", "throw", "close"] {
        let key = vm.intern(name);
        if let Some(f) = vm.lookup_type(generator, key) {
            vm.set_type_attr(coroutine, name, f);
        }
    }
    let async_gen: &[(&'static str, NativeFn)] = &[
        ("__aiter__", |_, a| Ok(a.get(0).unwrap_or(Value::None))),
        ("__anext__", |vm, a| step(vm, a, Ok(Value::None), false)),
        ("asend", |vm, a| step(vm, a, Ok(a.get(1).unwrap_or(Value::None)), false)),
        ("athrow", |vm, a| {
            let exc = vm.thrown_exception(a.get(1).unwrap_or(Value::None), a.get(2))?;
            step(vm, a, Err(exc.0), false)
        }),
        ("aclose", |vm, a| {
            let class = vm.types.exc("GeneratorExit");
            let exit = vm.new_exception(class, vec![]);
            step(vm, a, Err(exit.0), true)
        }),
    ];
    let t = vm.types.get(TypeKind::AsyncGenerator);
    for (name, func) in async_gen {
        vm.add_method(t, "async_generator", name, *func);
    }
    let awaitable: &[(&'static str, NativeFn)] = &[
        ("send", |vm, a| {
            let Some(Value::Obj(s)) = a.get(0) else { return Err(vm.type_error("send() needs an argument")) };
            let sent = vm.async_gen_step(s, Ok(a.get(1).unwrap_or(Value::None)))?;
            finish(vm, sent)
        }),
        ("__next__", |vm, a| {
            let Some(Value::Obj(s)) = a.get(0) else {
                return Err(vm.type_error("__next__() needs an argument"));
            };
            let sent = vm.async_gen_step(s, Ok(Value::None))?;
            finish(vm, sent)
        }),
        ("throw", |vm, a| {
            let Some(Value::Obj(s)) = a.get(0) else {
                return Err(vm.type_error("throw() needs an argument"));
            };
            let exc = vm.thrown_exception(a.get(1).unwrap_or(Value::None), a.get(2))?;
            let sent = vm.async_gen_step(s, Err(exc.0))?;
            finish(vm, sent)
        }),
        ("close", |_, _| Ok(Value::None)),
        ("__await__", |_, a| Ok(a.get(0).unwrap_or(Value::None))),
        ("__iter__", |_, a| Ok(a.get(0).unwrap_or(Value::None))),
    ];
    let t = vm.types.get(TypeKind::AsyncGenStep);
    for (name, func) in awaitable {
        vm.add_method(t, "async_generator_asend", name, *func);
    }
}

/// `agen.__anext__()`, `asend(v)`, `athrow(e)`, `aclose()` (`closing`): a new
/// step awaitable.
fn step(vm: &mut Vm, a: &Args, first: Result<Value, ObjRef>, closing: bool) -> PResult<Value> {
    let Some(Value::Obj(g)) = a.get(0) else { return Err(vm.type_error("expected an async generator")) };
    Ok(vm.heap.alloc_value(Object::AsyncGenStep {
        generator: g,
        first,
        started: false,
        done: false,
        closing,
    }))
}

/// `aiter(obj)`: `type(obj).__aiter__(obj)`, which must be an asynchronous iterator.
pub(crate) fn aiter(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let obj = crate::builtins::one_of(vm, a, "aiter", 1, 1)?;
    if vm.is_async_generator(obj) {
        return Ok(obj);
    }
    let Some(f) = vm.special_of(obj, vm.special.aiter) else {
        let msg = format!("'{}' object is not an async iterable", vm.type_name(obj));
        return Err(vm.type_error(msg));
    };
    let it = vm.call_special(f, obj, &[])?;
    if !vm.is_async_generator(it) && vm.special_of(it, vm.special.anext).is_none() {
        let msg = format!("aiter() returned not an async iterator of type '{}'", vm.type_name(it));
        return Err(vm.type_error(msg));
    }
    Ok(it)
}

/// `anext(iterator[, default])`: the awaitable of the iterator's next step;
/// with a default, one that gives the default at the end of the iteration
/// (`_anext.awaiting`).
pub(crate) fn anext(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let it = crate::builtins::one_of(vm, a, "anext", 1, 2)?;
    let step = if vm.is_async_generator(it) {
        vm.get_anext(it)?
    } else {
        let Some(f) = vm.special_of(it, vm.special.anext) else {
            let msg = format!("'{}' object is not an async iterator", vm.type_name(it));
            return Err(vm.type_error(msg));
        };
        vm.call_special(f, it, &[])?
    };
    let Some(&default) = a.pos.get(1) else { return Ok(step) };
    vm.roots.push(step);
    let awaiting = vm.import_module("_anext").and_then(|m| {
        let name = vm.intern("awaiting");
        vm.getattr(m, Value::Obj(name))
    });
    vm.roots.pop();
    vm.call(awaiting?, &[step, default])
}

/// The result of driving an awaitable by hand: a yielded value, or `StopIteration(value)`.
fn finish(vm: &mut Vm, sent: Sent) -> PResult<Value> {
    match sent {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

impl Vm {
    /// Resumes the asynchronous generator behind step `s`: `Returned(v)`
    /// when it yields `v` to its `async for` (wrapped), `Yielded(x)` when an
    /// `await` inside passes `x` up; `StopAsyncIteration` when it returns.
    pub(crate) fn async_gen_step(&mut self, s: ObjRef, sent: Result<Value, ObjRef>) -> PResult<Sent> {
        let (g, first, started, done, closing) = match self.heap.get(s) {
            Object::AsyncGenStep { generator, first, started, done, closing } => {
                (*generator, *first, *started, *done, *closing)
            }
            _ => return Err(self.type_error("not an async generator step")),
        };
        if done {
            return Err(self.err("RuntimeError", "cannot reuse already awaited __anext__()/asend()"));
        }
        let input = if started { sent } else { first };
        if let Some(Object::AsyncGenStep { started, .. }) = self.heap.get_mut(s) {
            *started = true;
        }
        let r = match input {
            Ok(v) => self.resume(g, v),
            Err(e) => self.throw(g, crate::vm::Exc(e)),
        };
        let finished = |vm: &mut Vm| {
            if let Some(Object::AsyncGenStep { done, .. }) = vm.heap.get_mut(s) {
                *done = true;
            }
        };
        if closing {
            // `aclose()` is done when the generator returns or lets the
            // `GeneratorExit` (or a `StopAsyncIteration`) out; yielding a
            // value instead is an error.
            return match r {
                Ok(Sent::Yielded(Value::Obj(w)))
                    if matches!(self.heap.get(w), Object::AsyncGenWrapped(_)) =>
                {
                    finished(self);
                    Err(self.err("RuntimeError", "async generator ignored GeneratorExit"))
                }
                Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
                Ok(Sent::Returned(_)) => {
                    finished(self);
                    Ok(Sent::Returned(Value::None))
                }
                Err(e) => {
                    finished(self);
                    let quiet = ["GeneratorExit", "StopAsyncIteration"]
                        .iter()
                        .any(|name| self.is_exc_instance(Value::Obj(e.0), name));
                    if quiet {
                        Ok(Sent::Returned(Value::None))
                    } else {
                        Err(e)
                    }
                }
            };
        }
        match r {
            Ok(Sent::Yielded(Value::Obj(w))) if matches!(self.heap.get(w), Object::AsyncGenWrapped(_)) => {
                finished(self);
                let Object::AsyncGenWrapped(v) = self.heap.get(w) else {
                    return Ok(Sent::Returned(Value::None));
                };
                Ok(Sent::Returned(*v))
            }
            Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
            Ok(Sent::Returned(_)) => {
                finished(self);
                Err(self.err("StopAsyncIteration", ""))
            }
            Err(e) => {
                finished(self);
                Err(e)
            }
        }
    }

    /// `GetAwaitable`: the iterator an `await` drives.
    pub(crate) fn get_awaitable(&mut self, obj: Value, context: AwaitContext) -> PResult<Value> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Generator(g) if g.kind == GenKind::Coroutine => return Ok(obj),
                Object::AsyncGenStep { .. } => return Ok(obj),
                _ => {}
            }
        }
        let await_name = self.special.await_;
        if let Some(f) = self.special_of(obj, await_name) {
            let it = self.call_special(f, obj, &[])?;
            let is_coroutine = matches!(it, Value::Obj(r) if matches!(self.heap.get(r), Object::Generator(g) if g.kind == GenKind::Coroutine));
            if is_coroutine {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            let is_iterator = matches!(it, Value::Obj(r) if matches!(self.heap.get(r), Object::Generator(_) | Object::Iter(_)))
                || self.special_of(it, self.special.next).is_some();
            if !is_iterator {
                let msg = format!("__await__() returned non-iterator of type '{}'", self.type_name(it));
                return Err(self.type_error(msg));
            }
            return Ok(it);
        }
        let t = self.type_name(obj);
        let msg = match context {
            AwaitContext::Await => format!("object {t} can't be used in 'await' expression"),
            AwaitContext::AEnter => {
                format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {t}"
                )
            }
            AwaitContext::AExit => {
                format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {t}"
                )
            }
        };
        Err(self.type_error(msg))
    }

    /// `GetAIter`: `type(obj).__aiter__(obj)`.
    pub(crate) fn get_aiter(&mut self, obj: Value) -> PResult<Value> {
        if self.is_async_generator(obj) {
            return Ok(obj);
        }
        let aiter = self.special.aiter;
        let Some(f) = self.special_of(obj, aiter) else {
            let msg =
                format!("'async for' requires an object with __aiter__ method, got {}", self.type_name(obj));
            return Err(self.type_error(msg));
        };
        let it = self.call_special(f, obj, &[])?;
        if !self.is_async_generator(it) && self.special_of(it, self.special.anext).is_none() {
            let msg = format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(it)
            );
            return Err(self.type_error(msg));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable of the next step of `aiter`.
    pub(crate) fn get_anext(&mut self, aiter: Value) -> PResult<Value> {
        if let (true, Value::Obj(g)) = (self.is_async_generator(aiter), aiter) {
            let first = Ok(Value::None);
            return Ok(self.heap.alloc_value(Object::AsyncGenStep {
                generator: g,
                first,
                started: false,
                done: false,
                closing: false,
            }));
        }
        let anext = self.special.anext;
        let Some(f) = self.special_of(aiter, anext) else {
            let msg = format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            );
            return Err(self.type_error(msg));
        };
        let awaitable = self.call_special(f, aiter, &[])?;
        self.get_awaitable(awaitable, AwaitContext::Await).map_err(|_| {
            let msg = format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(awaitable)
            );
            self.type_error(msg)
        })
    }

    /// `BeforeAsyncWith`: `(bound __aexit__, mgr.__aenter__())`.
    pub(crate) fn before_async_with(&mut self, mgr: Value) -> PResult<(Value, Value)> {
        let (aenter, aexit) = (self.special.aenter, self.special.aexit);
        let (Some(enter), Some(exit)) = (self.special_of(mgr, aenter), self.special_of(mgr, aexit)) else {
            let msg = format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(mgr)
            );
            return Err(self.type_error(msg));
        };
        let class = self.type_of(mgr);
        let exit = self.descr_get(exit, Some(mgr), class)?;
        self.roots.push(exit);
        let entered = self.call_special(enter, mgr, &[]);
        self.roots.pop();
        Ok((exit, entered?))
    }

    fn is_async_generator(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Object::Generator(g) if g.kind == GenKind::AsyncGenerator))
    }
}
