//! Frames, and `CodeInfo`: a code object with its constants made values.
//!
//! All frames share the PVM's one value stack: a frame's fast locals are the
//! slots `base..base + nlocals`, and its temporaries follow. A call leaves
//! the arguments where the caller pushed them and they become the callee's
//! first locals, as in CPython, so a plain call copies nothing.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use compiler_layer::CodeObject;

use crate::value::{ObjRef, Value};

/// A code object as the PVM runs it: the constants and names turned into
/// values once, when the code object is first loaded.
pub struct CodeInfo {
    pub code: Arc<CodeObject>,
    /// The instructions the dispatch loop runs: `code`'s, quickened (`quicken.rs`).
    pub instructions: Box<[compiler_layer::instruction::Instruction]>,
    pub consts: Vec<Value>,
    /// `names` as `str` objects (attribute and global names).
    pub names: Vec<Value>,
    pub nlocals: usize,
    /// The argument count when the parameters are positional only in effect
    /// (no keyword-only, no `*args`, no `**kwargs`): a call with that many
    /// positional arguments binds them where they are.
    pub positional_arity: Option<usize>,
    pub ncells: usize,
    /// `varnames` as `str` objects, for keyword-argument binding.
    pub varnames: Vec<Value>,
    /// One cache per name, for `LoadGlobal`/`LoadName` (see `interp.rs`).
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// One cache per name, for `LoadAttr`/`StoreAttr`/`LoadMethod` (see `attr_cache.rs`).
    pub attr_cache: Box<[Cell<crate::attr_cache::AttrCache>]>,
}

/// Where a global name was found: the entry position in the globals dict (or,
/// when absent there, in the builtins dict), valid while the dicts' keys
/// stamps (`Dict::stamp`) are the ones recorded. Stamp 0 never matches.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_stamp: u64,
    /// 0 when the name was found in the globals.
    pub builtins_stamp: u64,
    pub entry: u32,
}

impl CodeInfo {
    pub fn for_each_value(&self, f: &mut dyn FnMut(Value)) {
        self.consts.iter().chain(&self.names).chain(&self.varnames).for_each(|v| f(*v));
    }
}

/// Who resumed a generator frame in place, and so where a return goes.
#[derive(Clone, Copy, Debug)]
pub enum InPlace {
    /// A `for` loop's `ForIter`: the loop drops the iterator and continues here.
    ForIter(u32),
    /// `yield from`'s `Send`: the return value replaces the delegate, and
    /// the delegating frame continues here.
    Send(u32),
    /// A call `next(g)`, `next(g, default)` or `g.send(v)` whose operands
    /// start at stack slot `slot`: a yielded value replaces them; a return
    /// raises `StopIteration` there (or gives `default`, the last operand).
    Call { slot: u32, default: bool },
}

pub struct Frame {
    pub code: Rc<CodeInfo>,
    /// The next instruction.
    pub pc: usize,
    /// Where the fast locals start on the value stack.
    pub base: usize,
    /// Where the stack returns to when this frame returns (the callable's slot).
    pub ret: usize,
    pub globals: ObjRef,
    /// Module and class bodies: the namespace `LoadName`/`StoreName` use.
    pub locals: Option<ObjRef>,
    /// The `cellvars`' cells (made per call; empty for most functions).
    pub cells: Vec<ObjRef>,
    /// The function whose closure holds the `freevars`' cells (cell index
    /// `cells.len() + i` is its `closure[i]`): read in place, not copied per call.
    pub func: Option<ObjRef>,
    /// The generator object running this frame, if any.
    pub generator: Option<ObjRef>,
    /// For the `__init__` frame of a class call: the new instance, which the
    /// call returns (`Value::Null` for every other frame).
    pub constructing: Value,
    /// For a generator frame resumed in place by its consumer's loop (not by
    /// a nested dispatch loop): how control goes back when it returns. A
    /// yield hands the value straight to that loop.
    pub in_place: Option<InPlace>,
    /// A generator frame run ahead for a native consumer (`list(gen)`, or a
    /// batch of numbers for `sum`): each yield that `Vm::drain` takes roots
    /// the value on `Vm::roots` and carries on, instead of suspending.
    pub draining: bool,
    /// 0, or the id under which this frame's Python frame object is known
    /// (`frame_object.rs`), given when a program or a traceback first needs it.
    pub id: u32,
}

impl Frame {
    pub fn stack_base(&self) -> usize {
        self.base + self.code.nlocals
    }

    /// The roots a frame holds outside the value stack.
    pub fn for_each_root(&self, f: &mut dyn FnMut(Value)) {
        self.code.for_each_value(f);
        f(Value::Obj(self.globals));
        if let Some(l) = self.locals {
            f(Value::Obj(l))
        }
        self.cells.iter().for_each(|c| f(Value::Obj(*c)));
        if let Some(func) = self.func {
            f(Value::Obj(func))
        }
        if let Some(g) = self.generator {
            f(Value::Obj(g))
        }
        f(self.constructing)
    }
}
