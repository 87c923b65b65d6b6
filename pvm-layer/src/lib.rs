//! The PVM layer: executes code objects.
//!
//! Code map (one concept per file):
//! - [`value`] — `Value`, 16-byte immediates and heap references.
//! - [`object`] — heap object payloads; [`heap`] — the arena; [`gc`] — the
//!   mark-sweep collector and **its invariant**; [`dict`] — the hash table.
//! - [`types`] — builtin type objects and the exception hierarchy.
//! - [`vm`] — the PVM's state and helpers; [`frame`] — frames, code info.
//! - [`interp`] — the dispatch loop and exception unwinding; [`call`] —
//!   argument binding; [`generator`] — suspending frames; [`coroutine`] —
//!   `await`, asynchronous generators, `async for`/`async with`.
//! - [`ops`], [`attrs`], [`format`] — operators, attributes/items, repr/format.
//! - [`classes`] — the `class` statement, `type(...)`, calling a class, C3 MRO;
//!   [`descriptors`] — `property`, `classmethod`, `staticmethod`, `super`,
//!   slots; [`datamodel`] — operators and protocols on instances of user
//!   classes through their special methods ([`special`] interns the names).
//! - [`generic_alias`] — `list[int]`, `int | None`; [`exception_group`] —
//!   `ExceptionGroup` and `except*`; [`sets`] — set operations in CPython's
//!   order; [`sort`] — `list.sort`/`sorted`.
//! - [`builtins`], [`methods`], [`modules`], [`file`] — the runtime library.
//! - [`iterators`] — the builtin iterator types (`list_iterator`, `zip`,
//!   `map`...): one class per kind of iterator state.
//! - [`import`] — the import protocol (`sys.modules`, packages, relative
//!   names, `-m`); [`loader`] — the [`ModuleLoader`] it asks for files
//!   (**API boundary**); [`stdlib`] — the standard library written in Python,
//!   embedded (`pvm-layer/lib/`).
//! - [`traceback`] — printing uncaught exceptions as CPython does;
//!   [`traceback_object`] — `__traceback__`, recorded compactly while an
//!   exception unwinds, made into objects on demand; [`frame_object`] —
//!   frame objects (`sys._getframe`, `tb_frame`), made on demand.
//! - [`interrupt`] — Ctrl-C as `KeyboardInterrupt` between instructions.
//! - `semantics/` holds Python's rules for numbers and text as plain Rust
//!   functions over Rust types (another branch; merged when needed).
//!
//! **Invariant:** Python-to-Python calls never recurse on the Rust stack.
//! **Invariant:** all I/O goes through the `OsBackend` the PVM is given.
//! **Invariant:** no Python program makes the PVM panic: errors are Python
//! exceptions.
//!
//! **API boundary:** [`Pvm`].

pub mod attr_cache;
pub mod attrs;
pub mod buffer_format;
pub mod builtins;
mod bytes_args;
pub mod bytes_methods;
mod bytes_search;
pub mod bytes_text;
pub mod call;
mod class_slots;
pub mod classes;
pub mod codecs;
mod compile_warnings;
pub mod coroutine;
pub mod datamodel;
pub mod deque;
pub mod descriptors;
pub mod dict;
mod display_hook;
pub mod encodings;
pub mod equality;
mod except_hook;
pub mod exception_group;
mod exception_keywords;
pub mod exports;
pub mod file;
pub mod finalize;
pub mod formatting;
pub mod frame;
pub mod frame_object;
pub mod gc;
pub mod gc_stress;
pub mod generator;
pub mod generic_alias;
pub mod heap;
pub mod import;
pub mod interner;
pub mod interp;
pub mod interrupt;
mod iter_pairs;
pub mod iterators;
pub mod loader;
pub mod memoryview;
pub mod method_cache;
pub mod methods;
pub mod modules;
pub mod object;
mod odict;
pub mod operator_methods;
pub mod ops;
mod os_error;
pub mod patterns;
pub mod quicken;
pub mod repr;
pub mod semantics;
pub mod sets;
pub mod sort;
pub mod special;
pub mod stdlib;
pub mod str_text;
pub mod strings;
pub mod struct_seq;
mod suggestions;
pub mod sys_flags;
mod sys_implementation;
pub mod text_layer;
pub mod traceback;
pub mod traceback_object;
pub mod types;
mod unicode_error;
mod unraisable;
pub mod value;
pub mod vm;

use std::sync::Arc;

use compiler_layer::{CodeObject, Compiler};
use os_layer::{OsBackend, OutStream};

pub use crate::loader::{
    FoundModule, LoadError, ModuleCode, ModuleLoader, ModuleLocation, NoLoader, SyntaxErrorInfo,
};
pub use crate::sys_flags::SysFlags;
use crate::value::Value;
pub use crate::vm::Vm;

/// **API boundary:** what the app layer asks of a PVM.
pub trait Pvm {
    /// Runs `code` as the `__main__` module. `source_text` is the program's
    /// text when it came from a file (traceback lines show it; `-c` programs
    /// have none). Uncaught exceptions are printed to stderr through the OS
    /// backend; returns the process exit status (0, 1, `SystemExit`'s, or
    /// [`EXIT_INTERRUPTED`] after an uncaught `KeyboardInterrupt`).
    fn run_main(&mut self, code: Arc<CodeObject>, source_text: Option<&str>) -> i32;

    /// `-m MODULE`: finds `module` through the importer (its parent packages
    /// are imported first; a package runs its `__main__` submodule) and runs
    /// it as `__main__`, as `runpy` does; the exit status. `Err(message)`
    /// when there is nothing to run (`No module named x`): the caller prints
    /// it after the program's name, as CPython does.
    fn run_module(&mut self, module: &str) -> Result<i32, String>;

    /// Runs one REPL input, compiled in `Mode::Single`, in the `__main__`
    /// module — made on the first call and kept, with its names, for the
    /// next. Expression statements echo their `repr` and set `builtins._`;
    /// an uncaught exception is printed and the session goes on. `Some`
    /// exit status when the input raised `SystemExit` (`exit()`): the REPL ends.
    fn run_interactive(&mut self, code: Arc<CodeObject>) -> Option<i32>;

    /// The REPL's prompt: `str(sys.ps1)`, or `str(sys.ps2)` when
    /// `continuation`, as the program last set it. Unset, it is set to
    /// `default` first, as CPython's REPL does; `default` also stands in for
    /// a prompt whose `str()` fails.
    fn prompt(&mut self, continuation: bool, default: &str) -> String;
}

/// The reference interpreter.
pub struct Interpreter {
    pub vm: Vm,
}

impl Interpreter {
    /// An interpreter that imports builtin and embedded modules only.
    pub fn new(os: Arc<dyn OsBackend>, compiler: Arc<dyn Compiler>) -> Interpreter {
        Interpreter { vm: Vm::new(os, compiler) }
    }

    /// An interpreter that also imports the modules `loader` finds (and
    /// whose `sys.path` is the loader's).
    pub fn with_loader(
        os: Arc<dyn OsBackend>,
        compiler: Arc<dyn Compiler>,
        loader: Arc<dyn ModuleLoader>,
    ) -> Interpreter {
        let mut vm = Vm::new(os, compiler);
        vm.set_loader(loader);
        Interpreter { vm }
    }

    /// Sets `sys.flags` to the options the program was started with.
    pub fn set_flags(&mut self, flags: SysFlags) {
        let sys = self.vm.module_dict(self.vm.sys);
        sys_flags::install(&mut self.vm, sys, flags);
    }

    /// `sys.modules['__main__']`, new, and its namespace.
    fn main_module(&mut self) -> value::ObjRef {
        let vm = &mut self.vm;
        let main = vm.new_module("__main__");
        let modules = vm.modules;
        vm.dict_set_name(modules, "__main__", Value::Obj(main));
        match vm.heap.get(main) {
            object::Object::Module(m) => m.dict,
            _ => vm.builtins,
        }
    }

    /// A new `__main__` set up as for a program read from stdin or `-c`.
    fn new_main(&mut self) -> value::ObjRef {
        let globals = self.main_module();
        let vm = &mut self.vm;
        vm.init_globals(globals, None);
        let b = Value::Obj(vm.builtins);
        vm.dict_set_name(globals, "__builtins__", b);
        globals
    }

    /// Runs `code` in `__main__`'s namespace; the exit status. An uncaught
    /// exception's traceback starts with `entry_frames`.
    fn run_in_main(
        &mut self,
        code: &Arc<CodeObject>,
        globals: value::ObjRef,
        entry_frames: &'static str,
    ) -> i32 {
        let vm = &mut self.vm;
        let status = match vm.exec_code(code, globals, None) {
            Ok(_) => 0,
            Err(e) => report_uncaught(vm, e.0, entry_frames),
        };
        run_exit_handlers(vm);
        vm.finalize_at_exit();
        flush(vm);
        status
    }
}

impl Pvm for Interpreter {
    fn run_main(&mut self, code: Arc<CodeObject>, source_text: Option<&str>) -> i32 {
        let globals = self.new_main();
        let vm = &mut self.vm;
        if let Some(text) = source_text {
            vm.sources.insert(code.filename.clone(), text.into());
        }
        if !code.filename.starts_with('<') {
            let f = vm.new_str(code.filename.as_str());
            vm.dict_set_name(globals, "__file__", f);
        }
        self.run_in_main(&code, globals, "")
    }

    fn run_module(&mut self, module: &str) -> Result<i32, String> {
        let globals = self.main_module();
        let vm = &mut self.vm;
        let (name, found) = match vm.module_as_main(module)? {
            Ok(found) => found,
            Err(e) => {
                let status = report(vm, e.0);
                flush(vm);
                return Ok(status);
            }
        };
        vm.init_main_from(globals, &name, &found);
        Ok(self.run_in_main(&found.code, globals, RUNPY_FRAMES))
    }

    fn run_interactive(&mut self, code: Arc<CodeObject>) -> Option<i32> {
        let modules = self.vm.modules;
        let existing = match self.vm.dict_get_name(modules, "__main__") {
            Some(Value::Obj(m)) => match self.vm.heap.get(m) {
                object::Object::Module(m) => Some(m.dict),
                _ => None,
            },
            _ => None,
        };
        let globals = match existing {
            Some(g) => g,
            None => self.new_main(),
        };
        let vm = &mut self.vm;
        let outcome = match vm.exec_code(&code, globals, None) {
            Ok(_) => None,
            Err(e) => {
                let leaving = vm.is_exc_instance(Value::Obj(e.0), "SystemExit");
                let status = report(vm, e.0);
                leaving.then_some(status)
            }
        };
        flush(vm);
        outcome
    }

    fn prompt(&mut self, continuation: bool, default: &str) -> String {
        let vm = &mut self.vm;
        let sys = match vm.heap.get(vm.sys) {
            object::Object::Module(m) => m.dict,
            _ => return default.to_string(),
        };
        let name = if continuation { "ps2" } else { "ps1" };
        let value = match vm.dict_get_name(sys, name) {
            Some(value) => value,
            None => {
                let value = vm.new_str(default);
                vm.dict_set_name(sys, name, value);
                value
            }
        };
        vm.str_text(value).unwrap_or_else(|_| default.to_string())
    }
}

/// Runs the functions registered with `atexit`, as CPython does once the
/// main program is over; only a program that imported `atexit` has any.
/// The handlers report their own exceptions (`atexit._run_exitfuncs`).
fn run_exit_handlers(vm: &mut Vm) {
    let modules = vm.modules;
    let Some(atexit) = vm.dict_get_name(modules, "atexit") else { return };
    let name = vm.new_str("_run_exitfuncs");
    if let Ok(run) = vm.getattr(atexit, name) {
        let _ = vm.call(run, &[]);
    }
}

fn flush(vm: &mut Vm) {
    let _ = vm.os.flush_stream(OutStream::Stdout);
    let _ = vm.os.flush_stream(OutStream::Stderr);
}

/// The frames of CPython's `runpy` above a `-m` module's, in its tracebacks.
const RUNPY_FRAMES: &str = "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
     File \"<frozen runpy>\", line 88, in _run_code\n";

/// Prints an uncaught exception (or handles `SystemExit`); the exit status.
fn report(vm: &mut Vm, e: value::ObjRef) -> i32 {
    report_uncaught(vm, e, "")
}

/// `report`, the traceback starting with `entry_frames`.
fn report_uncaught(vm: &mut Vm, e: value::ObjRef, entry_frames: &'static str) -> i32 {
    let ev = Value::Obj(e);
    if vm.is_exc_instance(ev, "SystemExit") {
        let args = vm.exc_obj(e).map_or(Value::None, |x| x.args);
        let args = vm.seq_items(args).unwrap_or_default();
        let code = match args.len() {
            0 => Value::None,
            1 => args[0],
            _ => vm.new_tuple(args),
        };
        return match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => i32::from(b),
            other => {
                let text = vm.str_text(other).unwrap_or_default();
                let _ = vm.os.flush_stream(OutStream::Stdout);
                let _ = vm.os.write_stream(OutStream::Stderr, format!("{text}\n").as_bytes());
                1
            }
        };
    }
    let _ = vm.os.flush_stream(OutStream::Stdout);
    let text = match vm.run_custom_excepthook(e) {
        None => Some(vm.format_uncaught(e, entry_frames)),
        Some(except_hook::Hooked::Reported) => None,
        Some(except_hook::Hooked::Failed(text)) => Some(text),
        Some(except_hook::Hooked::Exit(exit)) => return report_uncaught(vm, exit, ""),
    };
    if let Some(text) = text {
        let _ = vm.os.write_stream(OutStream::Stderr, text.as_bytes());
    }
    if vm.is_exc_instance(ev, "KeyboardInterrupt") {
        EXIT_INTERRUPTED
    } else {
        1
    }
}

/// The status of a program a `KeyboardInterrupt` ended: CPython kills
/// itself with `SIGINT` then, which a shell reports as 128 + `SIGINT` (2).
/// The PVM cannot end the process, so it returns the number.
pub const EXIT_INTERRUPTED: i32 = 130;
