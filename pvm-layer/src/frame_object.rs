//! Frame objects (`types.FrameType`): what `sys._getframe()`, a traceback's
//! `tb_frame` and `f_back` give a program, made only when it asks.
//!
//! A running [`Frame`] has no Python object. When one is needed, the frame
//! gets an id (`Frame::id`, 0 until then) and `Vm::frame_objects` maps the
//! id to its object while the frame is on the stack, so asking twice gives
//! the same object. The object reads the live frame (`f_lineno`, `f_locals`)
//! while the frame runs; when the frame is popped its object is *detached*:
//! it keeps a copy of the locals, so that `f_locals` still shows them after
//! the function is gone, as CPython keeps the frame alive. A frame that an
//! exception unwinds without having an object gets none: the exception's
//! traceback saves its variables (`traceback_object.rs`) and makes the
//! object if a program asks.
//!
//! Known gaps (in `known_gaps.txt`): a frame that returns normally keeps
//! its locals only if it already had an object; one that only handled an
//! exception (its traceback links to it by id) does not, so that
//! traceback's `tb_frame` then has no locals and no `f_back`. Generator
//! frames keep no locals when they finish.

use std::collections::HashMap;
use std::rc::Rc;

use crate::frame::{CodeInfo, Frame};
use crate::object::{NativeFn, Object};
use crate::stdlib;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// A frame object's payload.
pub struct FrameObj {
    pub code: Rc<CodeInfo>,
    pub globals: ObjRef,
    /// The instruction index shown (`f_lasti`, `f_lineno`) once the frame
    /// is gone; a running frame's is read from it.
    pub lasti: u32,
    /// While the frame runs: its id, and where on `Vm::frames` it was last seen.
    pub live: Option<(u32, usize)>,
    /// A detached frame's locals, copied when it was unwound.
    pub snapshot: Option<Locals>,
    /// The dict `f_locals` returns, refreshed on each read while the frame runs.
    pub locals_dict: Option<ObjRef>,
    /// The caller (`f_back`), once found: a link while its caller may still
    /// run without an object, the object once made.
    pub back: Option<FrameLink>,
}

/// The variables of a frame, in the places the frame kept them.
#[derive(Clone)]
pub struct Locals {
    /// The fast locals (`co_varnames`), `Null` when unbound.
    pub fast: Vec<Value>,
    pub cells: Vec<ObjRef>,
    /// The function whose closure holds the free variables' cells.
    pub func: Option<ObjRef>,
    /// A module or class body's namespace.
    pub namespace: Option<ObjRef>,
}

/// How a traceback entry or a frame object finds a frame object that may
/// not exist yet.
#[derive(Clone, Copy)]
pub enum FrameLink {
    /// A frame that was running when recorded: the one with this id (if
    /// still running), found near `index` on `Vm::frames`.
    Live {
        id: u32,
        index: u32,
    },
    Object(ObjRef),
}

/// The frame objects of running frames, by `Frame::id`.
#[derive(Default)]
pub struct FrameObjects {
    next_id: u32,
    by_id: HashMap<u32, ObjRef>,
}

impl FrameObjects {
    /// Forgets the objects of frames no longer running (called before
    /// marking, so such an object lives on only if a program holds it).
    pub fn retain_running(&mut self, frames: &[Frame]) {
        if !self.by_id.is_empty() {
            self.by_id.retain(|id, _| frames.iter().any(|f| f.id == *id));
        }
    }

    pub fn for_each_root(&self, f: &mut dyn FnMut(Value)) {
        self.by_id.values().for_each(|r| f(Value::Obj(*r)));
    }
}

impl FrameObj {
    pub fn for_each_value(&self, f: &mut dyn FnMut(Value)) {
        self.code.for_each_value(f);
        f(Value::Obj(self.globals));
        if let Some(l) = &self.snapshot {
            l.fast.iter().for_each(|v| f(*v));
            l.cells.iter().chain(&l.func).chain(&l.namespace).for_each(|r| f(Value::Obj(*r)));
        }
        if let Some(d) = self.locals_dict {
            f(Value::Obj(d));
        }
        match self.back {
            Some(FrameLink::Object(r)) => f(Value::Obj(r)),
            Some(FrameLink::Live { .. }) | None => {}
        }
    }
}

impl Vm {
    /// Frame `index`'s id, given one now if it had none.
    pub(crate) fn frame_id(&mut self, index: usize) -> u32 {
        let objects = &mut self.frame_objects;
        let frame = &mut self.frames[index];
        if frame.id == 0 {
            objects.next_id = objects.next_id.wrapping_add(1).max(1);
            frame.id = objects.next_id;
        }
        frame.id
    }

    /// A link to running frame `index`, for a traceback entry.
    pub(crate) fn live_link(&mut self, index: usize) -> FrameLink {
        let id = self.frame_id(index);
        FrameLink::Live { id, index: index as u32 }
    }

    /// The globals of a frame known only by its code (one that handled an
    /// exception and has since returned: a link does not keep its globals
    /// alive): the module whose `__file__` is the code's file, else `__main__`'s.
    fn module_globals_for(&mut self, filename: &str) -> ObjRef {
        let mut main = None;
        for (name, module) in self.dict_items(self.modules) {
            let Value::Obj(m) = module else { continue };
            let Object::Module(m) = self.heap.get(m) else { continue };
            let dict = m.dict;
            if self.dict_get_name(dict, "__file__").is_some_and(|f| self.str_of(f) == Some(filename)) {
                return dict;
            }
            if self.str_of(name) == Some("__main__") {
                main = Some(dict);
            }
        }
        main.unwrap_or(self.builtins)
    }

    /// Where the frame with `id` is on the stack, looking at `hint` first.
    fn find_frame(&self, id: u32, hint: usize) -> Option<usize> {
        if self.frames.get(hint).is_some_and(|f| f.id == id) {
            return Some(hint);
        }
        self.frames.iter().rposition(|f| f.id == id)
    }

    /// The object of running frame `index`, made on first use.
    pub(crate) fn frame_object(&mut self, index: usize) -> ObjRef {
        let id = self.frame_id(index);
        if let Some(&r) = self.frame_objects.by_id.get(&id) {
            return r;
        }
        let frame = &self.frames[index];
        let obj = FrameObj {
            code: frame.code.clone(),
            globals: frame.globals,
            lasti: frame.pc.saturating_sub(1) as u32,
            live: Some((id, index)),
            snapshot: None,
            locals_dict: None,
            back: None,
        };
        let r = self.heap.alloc(Object::Frame(Box::new(obj)));
        self.frame_objects.by_id.insert(id, r);
        r
    }

    /// The frame object a link leads to. A frame that finished running
    /// without being detached gets an object that knows only its code.
    pub(crate) fn resolve_frame_link(&mut self, link: FrameLink, code: &Rc<CodeInfo>, lasti: u32) -> ObjRef {
        match link {
            FrameLink::Object(r) => r,
            FrameLink::Live { id, index } => match self.find_frame(id, index as usize) {
                Some(i) => self.frame_object(i),
                None => {
                    if let Some(&r) = self.frame_objects.by_id.get(&id) {
                        return r;
                    }
                    let globals = self.module_globals_for(&code.code.filename);
                    self.gone_frame_object(code.clone(), globals, lasti, None)
                }
            },
        }
    }

    /// The variables of running frame `index`, copied.
    pub(crate) fn frame_variables(&self, index: usize) -> Locals {
        let frame = &self.frames[index];
        let end = (frame.base + frame.code.nlocals).min(self.stack.len());
        let fast = self.stack.get(frame.base..end).map_or_else(Vec::new, <[Value]>::to_vec);
        Locals { fast, cells: frame.cells.clone(), func: frame.func, namespace: frame.locals }
    }

    /// As frame `index` (the top one) is popped, by an exception or a
    /// return: its object, if it has one, detached with a copy of its
    /// locals and its caller linked as `f_back`.
    pub(crate) fn detach_frame_object(&mut self, index: usize) -> Option<ObjRef> {
        let id = self.frames[index].id;
        let r = *self.frame_objects.by_id.get(&id).filter(|_| id != 0)?;
        self.frame_objects.by_id.remove(&id);
        // The caller's object now, so that it too is detached when it
        // returns and the `f_back` chain stays whole.
        let back = match self.visible_frame(0, index) {
            Some(i) if !is_generator(&self.frames[index].code) => {
                Some(FrameLink::Object(self.frame_object(i)))
            }
            _ => None,
        };
        let snapshot = self.frame_variables(index);
        let lasti = self.frames[index].pc.saturating_sub(1) as u32;
        if let Some(Object::Frame(f)) = self.heap.get_mut(r) {
            f.lasti = lasti;
            f.live = None;
            f.snapshot = Some(snapshot);
            f.back = f.back.or(back);
        }
        Some(r)
    }

    /// The object of a frame that is gone, with its variables as saved.
    pub(crate) fn gone_frame_object(
        &mut self,
        code: Rc<CodeInfo>,
        globals: ObjRef,
        lasti: u32,
        snapshot: Option<Locals>,
    ) -> ObjRef {
        let obj = FrameObj { code, globals, lasti, live: None, snapshot, locals_dict: None, back: None };
        self.heap.alloc(Object::Frame(Box::new(obj)))
    }

    /// Sets a gone frame's caller, unless it knows it already (or is a
    /// generator's: a suspended or finished generator has no caller).
    pub(crate) fn set_frame_back(&mut self, r: ObjRef, back: ObjRef) {
        if let Some(Object::Frame(f)) = self.heap.get_mut(r) {
            let known = matches!(f.back, Some(FrameLink::Object(_)));
            if f.live.is_none() && !known && !is_generator(&f.code) {
                f.back = Some(FrameLink::Object(back));
            }
        }
    }

    /// The index of the running frame `depth` Python frames below the top,
    /// skipping the frames of embedded modules that stand for C code.
    pub(crate) fn visible_frame(&self, depth: usize, below: usize) -> Option<usize> {
        (0..below).rev().filter(|&i| !stdlib::has_no_frames(&self.frames[i].code.code.filename)).nth(depth)
    }

    /// `sys._getframe(depth)`.
    pub(crate) fn getframe(&mut self, depth: usize) -> PResult<Value> {
        match self.visible_frame(depth, self.frames.len()) {
            Some(i) => Ok(Value::Obj(self.frame_object(i))),
            None => Err(self.value_error("call stack is not deep enough")),
        }
    }

    fn frame_payload(&self, r: ObjRef) -> Option<&FrameObj> {
        match self.heap.get(r) {
            Object::Frame(f) => Some(f),
            _ => None,
        }
    }

    /// Where frame object `r`'s frame runs now, if it does (updating the hint).
    fn running_index(&mut self, r: ObjRef) -> Option<usize> {
        let (id, hint) = self.frame_payload(r)?.live?;
        let found = self.find_frame(id, hint);
        if let Some(Object::Frame(f)) = self.heap.get_mut(r) {
            f.live = found.map(|i| (id, i));
        }
        found
    }

    /// The instruction index frame object `r` shows.
    fn frame_lasti(&mut self, r: ObjRef) -> u32 {
        if let Some(i) = self.running_index(r) {
            let lasti = self.frames[i].pc.saturating_sub(1) as u32;
            if let Some(Object::Frame(f)) = self.heap.get_mut(r) {
                f.lasti = lasti;
            }
        }
        self.frame_payload(r).map_or(0, |f| f.lasti)
    }

    /// `f_back`: the caller's frame object, or None.
    fn frame_back(&mut self, r: ObjRef) -> Value {
        let link = match self.running_index(r) {
            Some(i) => self.visible_frame(0, i).map(|c| self.live_link(c)),
            None => self.frame_payload(r).and_then(|f| f.back),
        };
        let Some(link) = link else { return Value::None };
        let back = match link {
            FrameLink::Object(b) => b,
            FrameLink::Live { id, index, .. } => match self.find_frame(id, index as usize) {
                Some(i) => self.frame_object(i),
                None => return Value::None,
            },
        };
        if let Some(Object::Frame(f)) = self.heap.get_mut(r) {
            f.back = Some(FrameLink::Object(back));
        }
        Value::Obj(back)
    }

    /// `f_locals`: a module or class body's namespace itself; for a
    /// function, one dict per frame object, refreshed from the frame's
    /// variables on each read (CPython's `PyFrame_FastToLocals`).
    fn frame_locals(&mut self, r: ObjRef) -> Value {
        let locals = match self.running_index(r) {
            Some(i) => Some(self.frame_variables(i)),
            None => self.frame_payload(r).and_then(|f| f.snapshot.as_ref()).map(Locals::clone),
        };
        let Some(frame) = self.frame_payload(r) else { return Value::None };
        let (code, existing) = (frame.code.clone(), frame.locals_dict);
        let d = match existing {
            Some(d) => d,
            None => {
                let d = locals.as_ref().and_then(|l| l.namespace).unwrap_or_else(|| self.new_dict());
                self.set_locals_dict(r, d);
                d
            }
        };
        let Some(locals) = locals.filter(|l| l.namespace.is_none()) else { return Value::Obj(d) };
        // Read the variables first: the cells and closure are in the heap.
        let mut pairs = Vec::new();
        let c = &code.code;
        for (i, name) in c.varnames.iter().enumerate() {
            let cell = c.cell_args.iter().find(|&&(_, local)| local as usize == i).map(|&(cell, _)| cell);
            let v = match cell {
                Some(cell) => self.cell_value(locals.cells.get(cell as usize).copied()),
                None => locals.fast.get(i).copied().unwrap_or(Value::Null),
            };
            pairs.push((name.clone(), v));
        }
        for (i, name) in c.cellvars.iter().enumerate() {
            if !c.cell_args.iter().any(|&(cell, _)| cell as usize == i) {
                pairs.push((name.clone(), self.cell_value(locals.cells.get(i).copied())));
            }
        }
        let closure = match locals.func.map(|f| self.heap.get(f)) {
            Some(Object::Function(f)) => f.closure.clone(),
            _ => Vec::new(),
        };
        for (i, name) in c.freevars.iter().enumerate() {
            pairs.push((name.clone(), self.cell_value(closure.get(i).copied())));
        }
        for (name, v) in pairs {
            let key = self.intern(&name);
            if v.is_null() {
                // A str key: removing it cannot fail.
                let _ = self.dict_remove(d, Value::Obj(key));
            } else {
                self.dict_set_str(d, key, v);
            }
        }
        Value::Obj(d)
    }

    fn set_locals_dict(&mut self, r: ObjRef, d: ObjRef) {
        if let Some(Object::Frame(f)) = self.heap.get_mut(r) {
            f.locals_dict = Some(d);
        }
    }

    fn cell_value(&self, cell: Option<ObjRef>) -> Value {
        match cell.map(|c| self.heap.get(c)) {
            Some(Object::Cell(v)) => *v,
            _ => Value::Null,
        }
    }

    /// The attributes of frame object `r`.
    pub(crate) fn frame_attr(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        let frame = self.frame_payload(r)?;
        let (code, globals) = (frame.code.clone(), frame.globals);
        Some(match name {
            "f_code" => self.heap.alloc_value(Object::Code(code)),
            "f_globals" => Value::Obj(globals),
            "f_builtins" => Value::Obj(self.builtins_dict_of(globals)),
            "f_locals" => self.frame_locals(r),
            "f_back" => self.frame_back(r),
            // CPython's offsets count 2-byte code units.
            "f_lasti" => Value::Int(2 * i64::from(self.frame_lasti(r))),
            "f_lineno" => {
                let lasti = self.frame_lasti(r) as usize;
                Value::Int(code.code.locations.get(lasti).map_or(0, |l| i64::from(l.line)))
            }
            "f_trace" => Value::None,
            "f_trace_lines" | "f_trace_opcodes" => Value::Bool(name == "f_trace_lines"),
            _ => return None,
        })
    }

    /// The builtins a frame with `globals` sees: its `__builtins__` (a
    /// module's dict, or a dict), else the interpreter's.
    fn builtins_dict_of(&mut self, globals: ObjRef) -> ObjRef {
        match self.dict_get_name(globals, "__builtins__") {
            Some(Value::Obj(b)) => match self.heap.get(b) {
                Object::Module(m) => m.dict,
                Object::Dict(_) => b,
                _ => self.builtins,
            },
            _ => self.builtins,
        }
    }
}

/// Whether `code` runs as a generator, coroutine or asynchronous generator.
fn is_generator(code: &CodeInfo) -> bool {
    use compiler_layer::code::CodeFlags;
    let flags = code.code.flags;
    [CodeFlags::GENERATOR, CodeFlags::COROUTINE, CodeFlags::ASYNC_GENERATOR]
        .iter()
        .any(|&f| flags.contains(f))
}

/// The methods of frames and code objects that tracebacks use.
pub fn install(vm: &mut Vm) {
    let code = vm.types.get(crate::types::TypeKind::Code);
    // `co_positions()`: `(line, end_line, col, end_col)` per instruction
    // (Strata's instructions, so `tb_lasti // 2` indexes it as in CPython).
    vm.add_method(code, "code", "co_positions", |vm, a| {
        let Some(Value::Obj(r)) = a.get(0) else {
            return Err(vm.type_error("co_positions() needs a code object"));
        };
        let Object::Code(info) = vm.heap.get(r) else {
            return Err(vm.type_error("co_positions() needs a code object"));
        };
        let locations = info.code.locations.clone();
        let known = |n: u32, line: u32| if line == 0 { Value::None } else { Value::Int(i64::from(n)) };
        let items: Vec<Value> = locations
            .iter()
            .map(|l| {
                let t = vec![
                    known(l.line, l.line),
                    known(l.end_line, l.line),
                    known(l.col, l.line),
                    known(l.end_col, l.line),
                ];
                vm.new_tuple(t)
            })
            .collect();
        let list = vm.new_list(items);
        vm.iter(list)
    });
    // The `co_*` attributes, answered by `Vm::own_attr`, also listed on the
    // type as CPython's members are (`dir(CodeType)`, which
    // `unittest.mock`'s `spec_set=CodeType` allows).
    let attributes: &[(&'static str, NativeFn)] = &[
        ("co_name", |vm, a| code_attribute(vm, a, "co_name")),
        ("co_qualname", |vm, a| code_attribute(vm, a, "co_qualname")),
        ("co_filename", |vm, a| code_attribute(vm, a, "co_filename")),
        ("co_firstlineno", |vm, a| code_attribute(vm, a, "co_firstlineno")),
        ("co_argcount", |vm, a| code_attribute(vm, a, "co_argcount")),
        ("co_posonlyargcount", |vm, a| code_attribute(vm, a, "co_posonlyargcount")),
        ("co_kwonlyargcount", |vm, a| code_attribute(vm, a, "co_kwonlyargcount")),
        ("co_nlocals", |vm, a| code_attribute(vm, a, "co_nlocals")),
        ("co_flags", |vm, a| code_attribute(vm, a, "co_flags")),
        ("co_varnames", |vm, a| code_attribute(vm, a, "co_varnames")),
        ("co_names", |vm, a| code_attribute(vm, a, "co_names")),
        ("co_cellvars", |vm, a| code_attribute(vm, a, "co_cellvars")),
        ("co_freevars", |vm, a| code_attribute(vm, a, "co_freevars")),
        ("co_consts", |vm, a| code_attribute(vm, a, "co_consts")),
        ("co_stacksize", |vm, a| code_attribute(vm, a, "co_stacksize")),
    ];
    for (name, getter) in attributes {
        vm.add_getter(code, "code", name, *getter);
    }
    let frame = vm.types.get(crate::types::TypeKind::Frame);
    // `frame.clear()`: nothing to release early without reference counts.
    vm.add_method(frame, "frame", "clear", |_, _| Ok(Value::None));
}

/// Attribute `name` of the code object a getter was called on.
fn code_attribute(vm: &mut Vm, a: &crate::call::Args, name: &'static str) -> PResult<Value> {
    let obj = a.get(0).unwrap_or(Value::None);
    match vm
        .own_attr(obj, name)
        .filter(|_| matches!(obj, Value::Obj(r) if matches!(vm.heap.get(r), Object::Code(_))))
    {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for 'code' objects doesn't apply to a '{}' object",
            vm.type_name(obj)
        ))),
    }
}
