//! Calling: argument binding for Python functions, calls from native code.

use std::rc::Rc;

use compiler_layer::code::CodeFlags;

use crate::object::{Builtin, Object};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm, MAX_NATIVE_DEPTH};

/// How many emptied argument vectors `Vm::spare_args` keeps for reuse.
const SPARE_ARGS: usize = 8;

/// The arguments of a call: positional, then keyword (`(name str, value)`).
#[derive(Default, Clone)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Value, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args { pos, kw: Vec::new() }
    }

    /// Positional argument `i`, if given.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.pos.get(i).copied()
    }

    /// Keyword argument `name`, if given.
    pub fn kwarg(&self, vm: &Vm, name: &str) -> Option<Value> {
        self.kw.iter().find(|(k, _)| vm.str_of(*k) == Some(name)).map(|(_, v)| *v)
    }

    /// Positional `i` or keyword `name`.
    pub fn arg(&self, vm: &Vm, i: usize, name: &str) -> Option<Value> {
        self.get(i).or_else(|| self.kwarg(vm, name))
    }
}

impl Vm {
    /// The arguments at `stack[first..]`, the last `len(kwnames)` by keyword.
    pub(crate) fn args_from_stack(&mut self, first: usize, kwnames: Value) -> Args {
        let mut pos = self.spare_args.pop().unwrap_or_default();
        let all = &self.stack[first.min(self.stack.len())..];
        let names: &[Value] = match kwnames {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Tuple(t) => t,
                _ => &[],
            },
            _ => &[],
        };
        let npos = all.len().saturating_sub(names.len());
        pos.reserve(npos);
        // SAFETY: `reserve` made room for `npos` values past the (empty: a
        // spare vector is cleared) length, which `set_len` then covers.
        unsafe {
            let len = pos.len();
            crate::value::copy_values(all.as_ptr(), pos.as_mut_ptr().add(len), npos);
            pos.set_len(len + npos);
        }
        let kw = if names.is_empty() {
            Vec::new()
        } else {
            names.iter().copied().zip(all[npos..].iter().copied()).collect()
        };
        Args { pos, kw }
    }

    /// Binds `args` to the parameters of function `f`: its fast locals.
    pub(crate) fn bind_args(&mut self, f: ObjRef, args: &Args) -> PResult<Vec<Value>> {
        // Nothing is copied or formatted for a call that binds: the defaults
        // are read in place at the end, the name only for an error.
        let (info, ndefaults, kwdefaults, qualname) = match self.heap.get(f) {
            Object::Function(func) => {
                (func.code.clone(), func.defaults.len(), func.kwdefaults, func.qualname)
            }
            _ => return Err(self.type_error("not a function")),
        };
        let code = &info.code;
        let name = |vm: &Vm| vm.str_of(qualname).unwrap_or("?").to_string();
        let nparams = code.arg_count as usize;
        let nkwonly = code.kwonly_arg_count as usize;
        let varargs = code.flags.contains(CodeFlags::VARARGS);
        let varkw = code.flags.contains(CodeFlags::VARKEYWORDS);
        let mut locals = vec![Value::Null; info.nlocals];
        let npos = args.pos.len();
        if npos > nparams && !varargs {
            let name = name(self);
            let given = npos;
            let ndef = ndefaults;
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", nparams - ndef, nparams)
            } else {
                format!("{} positional argument{}", nparams, if nparams == 1 { "" } else { "s" })
            };
            let kwgiven = args.kw.len();
            let msg = if kwgiven > 0 && nkwonly > 0 {
                format!(
                    "{name}() takes {takes} but {given} positional argument{} (and {kwgiven} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{name}() takes {takes} but {given} {} given",
                    if given == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(msg));
        }
        for (i, v) in args.pos.iter().take(nparams).enumerate() {
            locals[i] = *v;
        }
        let mut slot = nparams + nkwonly;
        if varargs {
            let extra = args.pos.get(nparams..).unwrap_or(&[]).to_vec();
            locals[slot] = self.new_tuple(extra);
            slot += 1;
        }
        let kwdict = if varkw {
            let d = self.new_dict();
            locals[slot] = Value::Obj(d);
            Some(d)
        } else {
            None
        };
        for (k, v) in &args.kw {
            let posonly = code.posonly_arg_count as usize;
            let found = {
                let kname = self.str_of(*k).unwrap_or("");
                code.varnames[..nparams + nkwonly].iter().position(|n| n == kname).filter(|&i| i >= posonly)
            };
            match found {
                Some(i) => {
                    if !locals[i].is_null() {
                        let (name, kname) = (name(self), self.str_of(*k).unwrap_or("").to_string());
                        return Err(
                            self.type_error(format!("{name}() got multiple values for argument '{kname}'"))
                        );
                    }
                    locals[i] = *v;
                }
                None => match kwdict {
                    Some(d) => self.dict_set(d, *k, *v)?,
                    None => {
                        let (name, kname) = (name(self), self.str_of(*k).unwrap_or("").to_string());
                        if code.varnames[..posonly].contains(&kname) {
                            // CPython names every positional-only parameter passed by keyword.
                            let passed: Vec<String> = args
                                .kw
                                .iter()
                                .filter_map(|(k, _)| self.str_of(*k).map(str::to_string))
                                .collect();
                            let named: Vec<&str> = code.varnames[..posonly]
                                .iter()
                                .filter(|p| passed.contains(p))
                                .map(String::as_str)
                                .collect();
                            return Err(self.type_error(format!(
                                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                                named.join(", ")
                            )));
                        }
                        return Err(
                            self.type_error(format!("{name}() got an unexpected keyword argument '{kname}'"))
                        );
                    }
                },
            }
        }
        // Defaults for the last positional parameters.
        if let Object::Function(func) = self.heap.get(f) {
            let first_default = nparams.saturating_sub(func.defaults.len());
            for i in npos.min(nparams)..nparams {
                if locals[i].is_null() && i >= first_default {
                    locals[i] = func.defaults.get(i - first_default).copied().unwrap_or(Value::Null);
                }
            }
        }
        let missing: Vec<String> = (0..nparams)
            .filter(|&i| locals[i].is_null())
            .map(|i| format!("'{}'", code.varnames[i]))
            .collect();
        if !missing.is_empty() {
            let name = name(self);
            return Err(self.type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        for i in nparams..nparams + nkwonly {
            if locals[i].is_null() {
                if let Value::Obj(d) = kwdefaults {
                    let key = self.intern(&code.varnames[i]);
                    if let Some(v) = self.dict_get_str(d, key) {
                        locals[i] = v;
                    }
                }
            }
        }
        let missing: Vec<String> = (nparams..nparams + nkwonly)
            .filter(|&i| locals[i].is_null())
            .map(|i| format!("'{}'", code.varnames[i]))
            .collect();
        if !missing.is_empty() {
            let name = name(self);
            return Err(self.type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(locals)
    }

    /// Calls `callable` with positional arguments (from native code).
    pub fn call(&mut self, callable: Value, pos: &[Value]) -> PResult<Value> {
        if let Value::Obj(r) = callable {
            let bound = match self.heap.get(r) {
                Object::Function(_) => Some((r, None)),
                Object::BoundMethod { receiver, func: Value::Obj(f) } => Some((*f, Some(*receiver))),
                _ => None,
            };
            if let Some(result) = bound.and_then(|(f, receiver)| self.run_positional(f, receiver, pos)) {
                return result;
            }
        }
        let mut args = self.spare_args.pop().unwrap_or_default();
        args.extend_from_slice(pos);
        self.call_args(callable, Args::new(args))
    }

    /// Runs Python function `f` on `receiver` (a bound method's) and `pos`
    /// when they bind where they are (`CodeInfo::positional_arity`): they are
    /// pushed as its locals, with no argument list and no binding, the call
    /// `key=`, `map`, `filter` and special methods make per item. `None`
    /// when `f` is no such function or a limit is reached: the general path
    /// then calls it (and raises the error).
    #[inline]
    pub(crate) fn run_positional(
        &mut self,
        f: ObjRef,
        receiver: Option<Value>,
        pos: &[Value],
    ) -> Option<PResult<Value>> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return None;
        }
        let base = self.stack.len();
        self.stack.extend(receiver);
        self.stack.extend_from_slice(pos);
        if !self.enter_positional(f, base, base) {
            self.stack.truncate(base);
            return None;
        }
        self.native_depth += 1;
        let result = self.run(self.frames.len());
        self.native_depth -= 1;
        Some(result)
    }

    /// Calls anything callable with `args`.
    pub fn call_args(&mut self, callable: Value, mut args: Args) -> PResult<Value> {
        let Value::Obj(r) = callable else {
            return Err(self.not_callable(callable));
        };
        match self.heap.get(r) {
            Object::Function(f) => {
                if self.native_depth >= MAX_NATIVE_DEPTH || self.frames.len() >= self.recursion_limit {
                    return Err(self.err(
                        "RecursionError",
                        "maximum recursion depth exceeded while calling a Python object",
                    ));
                }
                let (info, globals) = (f.code.clone(), f.globals);
                let locals = self.bind_args(r, &args)?;
                let base = self.stack.len();
                self.stack.extend(locals);
                self.push_frame(info, base, base, globals, None, Some(r));
                self.native_depth += 1;
                let result = self.run(self.frames.len());
                self.native_depth -= 1;
                result
            }
            Object::Builtin(b) => {
                let b = *b;
                self.call_builtin(&b, args)
            }
            // A builtin type (`str(i)`, `int(s)`): built from borrowed arguments.
            Object::Type(t) if !t.heap_type && t.meta.is_none() => {
                let kind = t.kind;
                let result = crate::builtins::construct(self, r, kind, &args);
                self.reuse_args(args);
                result
            }
            Object::BoundMethod { receiver, func } => {
                let (receiver, func) = (*receiver, *func);
                args.pos.insert(0, receiver);
                self.call_args(func, args)
            }
            Object::Type(_) => self.call_type(r, args),
            Object::Instance(_) => self.call_instance(callable, args),
            Object::StaticMethod(f) => {
                let f = *f;
                self.call_args(f, args)
            }
            _ => Err(self.not_callable(callable)),
        }
    }

    /// Calls builtin function `b` with `args`.
    #[inline]
    pub(crate) fn call_builtin(&mut self, b: &Builtin, mut args: Args) -> PResult<Value> {
        // A builtin type's method acts on the builtin value an
        // instance of a subclass extends (`list.append` on a `Stack`).
        if let (Some(owner), Some(first), false) = (b.owner, args.pos.first_mut(), b.takes_instance) {
            let base = self.base_value(*first);
            if !base.is(*first) && self.type_is_named(base, owner) {
                *first = base;
            }
        }
        let result = (b.func)(self, &args);
        self.reuse_args(args);
        result
    }

    /// Keeps the argument vector of a finished native call for the next one
    /// (`args_from_stack`): a builtin call then allocates nothing.
    pub(crate) fn reuse_args(&mut self, args: Args) {
        if self.spare_args.len() < SPARE_ARGS {
            let mut pos = args.pos;
            pos.clear();
            self.spare_args.push(pos);
        }
    }

    fn not_callable(&mut self, v: Value) -> crate::vm::Exc {
        let msg = format!("'{}' object is not callable", self.type_name(v));
        self.type_error(msg)
    }

    /// The arguments of `f(*args, **kwargs)`, spread on the stack after
    /// `f` as `Call` has them; returns the keyword names (`Value::Null`
    /// when there are none) for `call_at`, which gives a Python function a
    /// frame, so wrappers that forward `*args, **kwargs` (decorators,
    /// `functools.lru_cache`) do not nest the dispatch loop.
    pub(crate) fn spread_ex_args(&mut self, callable: Value, args: Value, kwargs: Value) -> PResult<Value> {
        // A wrapper forwarding `*args, **kwargs` it was called without keywords.
        if let Value::Obj(t) = args {
            let no_keywords = match kwargs {
                Value::Obj(d) => matches!(self.heap.get(d), Object::Dict(d) if d.is_empty()),
                _ => kwargs.is_none(),
            };
            if let (Object::Tuple(items), true) = (self.heap.get(t), no_keywords) {
                self.stack.extend_from_slice(items);
                return Ok(Value::Null);
            }
        }
        let Args { pos, kw } = self.ex_args(callable, args, kwargs)?;
        self.stack.extend(pos);
        if kw.is_empty() {
            return Ok(Value::Null);
        }
        let names = kw.iter().map(|&(k, _)| k).collect();
        self.stack.extend(kw.iter().map(|&(_, v)| v));
        Ok(self.new_tuple(names))
    }

    /// The arguments of `f(*args, **kwargs)`, checked as CPython checks them.
    fn ex_args(&mut self, callable: Value, args: Value, kwargs: Value) -> PResult<Args> {
        let pos = match self.seq_items(args) {
            Some(items) => items,
            None => match self.try_collect_iter(args)? {
                Some(items) => items,
                None => {
                    let msg = format!(
                        "{} argument after * must be an iterable, not {}",
                        self.function_str(callable),
                        self.type_name(args)
                    );
                    return Err(self.type_error(msg));
                }
            },
        };
        let mut kw = Vec::new();
        if let Value::Obj(d) = kwargs {
            if matches!(self.heap.get(d), Object::Dict(_)) {
                for (k, v) in self.dict_items(d) {
                    if self.str_of(k).is_none() {
                        return Err(self.type_error("keywords must be strings"));
                    }
                    kw.push((k, v));
                }
            } else {
                let msg = format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.function_str(callable),
                    self.type_name(kwargs)
                );
                return Err(self.type_error(msg));
            }
        }
        Ok(Args { pos, kw })
    }

    /// How CPython names a callable in the errors of `f(*a, **k)`
    /// (`_PyObject_FunctionStr`): `module.qualname()`, without the module
    /// for builtins.
    pub fn function_str(&self, v: Value) -> String {
        let (module, qualname) = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Function(f) => (self.str_of(f.module), self.str_of(f.qualname).unwrap_or("?")),
                Object::BoundMethod { func, .. } => return self.function_str(*func),
                Object::Builtin(Builtin { name, owner: Some(owner), .. }) => {
                    return format!("{owner}.{name}()")
                }
                Object::Type(t) => (Some(t.module.as_str()), t.qualname.as_str()),
                _ => return format!("{}()", self.callable_name(v)),
            },
            _ => return format!("{}()", self.callable_name(v)),
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// The name CPython shows for a callable in argument errors.
    pub fn callable_name(&self, v: Value) -> String {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Function(f) => return self.str_of(f.qualname).unwrap_or("?").to_string(),
                Object::Builtin(b) => return b.name.to_string(),
                Object::Type(t) => return t.name.clone(),
                _ => {}
            }
        }
        self.type_name(v)
    }

    /// The length of the list or tuple `r` (0 for anything else).
    pub fn seq_len(&self, r: ObjRef) -> usize {
        self.seq_slice(r).len()
    }

    /// The items of the list or tuple `r`, borrowed (empty for anything else).
    pub fn seq_slice(&self, r: ObjRef) -> &[Value] {
        match self.heap.get(r) {
            Object::Tuple(t) => t,
            Object::List(l) => l,
            _ => &[],
        }
    }

    /// The bytes of the bytes or bytearray `r`, borrowed (empty for anything else).
    pub fn bytes_slice(&self, r: ObjRef) -> &[u8] {
        match self.heap.get(r) {
            Object::Bytes(b) | Object::ByteArray(b) => b,
            _ => &[],
        }
    }

    /// The bytes of a `bytes`, `bytearray` or contiguous `memoryview`
    /// value, borrowed; `None` for anything else (the check every
    /// bytes-like argument starts with).
    pub fn bytes_like(&self, v: Value) -> Option<&[u8]> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Bytes(b) | Object::ByteArray(b) => Some(b),
                Object::MemoryView(view) => crate::memoryview::bytes_like(&self.heap, view),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn seq_items(&self, v: Value) -> Option<Vec<Value>> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Tuple(t) => Some(t.to_vec()),
                Object::List(l) => Some(l.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Runs a code object as a module body in `globals` (`exec`, the main module).
    pub fn exec_code(
        &mut self,
        code: &std::sync::Arc<compiler_layer::CodeObject>,
        globals: ObjRef,
        locals: Option<ObjRef>,
    ) -> PResult<Value> {
        let info: Rc<crate::frame::CodeInfo> = self.code_info(code);
        self.run_code(info, globals, Some(locals.unwrap_or(globals)), None)
    }
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}
