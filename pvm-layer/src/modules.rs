//! Native modules: `sys`, `gc`, `_time` (in `modules/time.rs`, under the
//! Python `time`), `math` (in `modules/math.rs`),
//! `posix` (in `modules/posix.rs`, under the Python `os`), `_sre` (in
//! `modules/sre.rs`, under the Python `re`), `_struct` (in
//! `modules/struct_.rs`, under `struct`), `_traceback` (in
//! `modules/traceback.rs`, under `traceback`, `linecache`,
//! `unittest`), `_hashlib` (in `modules/hashlib.rs`, under `hashlib`),
//! `cmath` (in `modules/cmath.rs`), `_ast` (in `modules/ast.rs`, under
//! `ast`), `_tokenize` (in `modules/tokenize.rs`, under `tokenize`), `_dis`
//! (in `modules/dis.rs`, under `dis`), `unicodedata` (in
//! `modules/unicodedata.rs`), `_codecs` (in `modules/codecs.rs`, under
//! `codecs`), `_io` (in `modules/io.rs`, under `io`), `_json` (in
//! `modules/json.rs`, under `json`), `_random` (in `modules/random.rs`,
//! under `random`), `_heapq` (in `modules/heapq.rs`, under `heapq`),
//! `_collections` (in `modules/collections.rs`, under `collections`),
//! `_itertools` (in `modules/itertools.rs`, under `itertools`),
//! `_functools` (in `modules/functools.rs`, under `functools`).

mod ast;
pub(crate) mod cmath;
mod codecs;
pub(crate) mod collections;
mod dis;
pub(crate) mod functools;
mod hashlib;
mod heapq;
mod imp;
mod io;
pub(crate) mod itertools;
mod json;
pub(crate) mod math;
pub(crate) mod posix;
mod random;
mod sre;
mod struct_;
mod time;
mod tokenize;
mod traceback;
mod unicodedata;

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

fn add_to_sys_modules(vm: &mut Vm, name: &str, m: ObjRef) {
    let key = Value::Obj(vm.intern(name));
    let modules = vm.modules;
    vm.dict_set_hashed(
        modules,
        crate::semantics::hash::hash_str(name, crate::semantics::hash::HashKey::ZERO),
        key,
        Value::Obj(m),
    );
}

fn register(vm: &mut Vm, name: &str) -> (ObjRef, ObjRef) {
    let m = vm.new_module(name);
    add_to_sys_modules(vm, name, m);
    let d = match vm.heap.get(m) {
        Object::Module(md) => md.dict,
        _ => vm.builtins,
    };
    (m, d)
}

/// `sys.exit([status])`, and the builtins `exit` and `quit`, which `site`
/// defines in CPython (we have no `site` yet): raise `SystemExit(status)`.
pub fn exit(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let class = vm.types.exc("SystemExit");
    let args = a.get(0).map_or(vec![], |v| vec![v]);
    Err(vm.new_exception(class, args))
}

pub fn install(vm: &mut Vm) {
    // `import builtins` gives the module whose dict is the builtins themselves.
    let dict = vm.builtins;
    let builtins = vm.heap.alloc(Object::Module(crate::object::Module { name: "builtins".into(), dict }));
    add_to_sys_modules(vm, "builtins", builtins);
    let (sys, d) = register(vm, "sys");
    vm.sys = sys;
    let argv: Vec<String> = vm.os.argv();
    let argv: Vec<Value> = argv.into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_name(d, "argv", argv);
    let orig_argv: Vec<Value> = vm.os.orig_argv().into_iter().map(|a| vm.new_str(a)).collect();
    let orig_argv = vm.new_list(orig_argv);
    vm.dict_set_name(d, "orig_argv", orig_argv);
    let executable = vm.os.executable();
    let executable = vm.new_str(executable);
    vm.dict_set_name(d, "executable", executable);
    vm.stdout = crate::file::new_stream(vm, "<stdout>", Some(os_layer::OutStream::Stdout), false);
    vm.stderr = crate::file::new_stream(vm, "<stderr>", Some(os_layer::OutStream::Stderr), false);
    vm.stdin = crate::file::new_stream(vm, "<stdin>", None, true);
    let (o, e, i) = (vm.stdout, vm.stderr, vm.stdin);
    for (n, v) in
        [("stdout", o), ("stderr", e), ("stdin", i), ("__stdout__", o), ("__stderr__", e), ("__stdin__", i)]
    {
        vm.dict_set_name(d, n, v);
    }
    vm.dict_set_name(d, "maxsize", Value::Int(i64::MAX));
    let version = vm.new_str("3.11.7 (Strata)");
    vm.dict_set_name(d, "version", version);
    let rel = vm.new_str("final");
    let fields = ["major", "minor", "micro", "releaselevel", "serial"];
    let values = vec![Value::Int(3), Value::Int(11), Value::Int(7), rel, Value::Int(0)];
    let vi = crate::struct_seq::new(vm, "sys", "version_info", &fields, values);
    vm.dict_set_name(d, "version_info", vi);
    // Numeric facts programs read: sys.hash_info (fractions' hashes) and
    // sys.float_info (IEEE 754 double, as CPython's on this platform).
    let siphash = vm.new_str("siphash13");
    let fields = ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
    let values = vec![
        Value::Int(64),
        Value::Int(crate::semantics::hash::MODULUS as i64),
        Value::Int(crate::semantics::hash::INF),
        Value::Int(0),
        Value::Int(1_000_003),
        siphash,
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    let hash_info = crate::struct_seq::new(vm, "sys", "hash_info", &fields, values);
    vm.dict_set_name(d, "hash_info", hash_info);
    let fields = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let values = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    let float_info = crate::struct_seq::new(vm, "sys", "float_info", &fields, values);
    vm.dict_set_name(d, "float_info", float_info);
    let fields = ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
    let default_digits = crate::semantics::int_ops::DEFAULT_MAX_STR_DIGITS as i64;
    let values = vec![Value::Int(30), Value::Int(4), Value::Int(default_digits), Value::Int(640)];
    let int_info = crate::struct_seq::new(vm, "sys", "int_info", &fields, values);
    vm.dict_set_name(d, "int_info", int_info);
    vm.dict_set_name(d, "maxunicode", Value::Int(0x10ffff));
    crate::sys_flags::install(vm, d, crate::sys_flags::SysFlags::default());
    crate::display_hook::install(vm, d);
    crate::except_hook::install(vm, d);
    crate::unraisable::install(vm, d);
    let platform = vm.new_str("linux");
    vm.dict_set_name(d, "platform", platform);
    let empty = vm.new_str("");
    let path = vm.new_list(vec![empty]);
    vm.dict_set_name(d, "path", path);
    let modules = Value::Obj(vm.modules);
    vm.dict_set_name(d, "modules", modules);
    // No -W options: `warnings` reads this list at import.
    let warnoptions = vm.new_list(vec![]);
    vm.dict_set_name(d, "warnoptions", warnoptions);
    let bo = vm.new_str("little");
    vm.dict_set_name(d, "byteorder", bo);
    // 3.11.7 final, as PY_VERSION_HEX.
    vm.dict_set_name(d, "hexversion", Value::Int(0x030b_07f0));
    add_fn(vm, d, "getdefaultencoding", |vm, _| Ok(vm.new_str("utf-8")));
    add_fn(vm, d, "exit", exit);
    add_fn(vm, d, "getrecursionlimit", |vm, _| Ok(Value::Int(vm.recursion_limit as i64)));
    add_fn(vm, d, "setrecursionlimit", |vm, a| match a.get(0) {
        Some(Value::Int(n)) if n >= 1 => {
            if (n as usize) <= vm.frames.len() {
                let msg = format!(
                    "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                    vm.frames.len()
                );
                return Err(vm.err("RecursionError", msg));
            }
            vm.recursion_limit = n.min(10_000_000) as usize;
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        _ => Err(vm.type_error("an integer is required")),
    });
    // The limit on int/str conversions (CPython's 3.11 default, 4300 digits).
    add_fn(vm, d, "get_int_max_str_digits", |vm, _| Ok(Value::Int(vm.int_max_str_digits as i64)));
    add_fn(vm, d, "set_int_max_str_digits", |vm, a| {
        let value = match (a.pos.get(1), a.pos.first(), a.kw.first()) {
            (Some(_), ..) => {
                let msg =
                    format!("set_int_max_str_digits() takes at most 1 argument ({} given)", a.pos.len());
                return Err(vm.type_error(msg));
            }
            (None, Some(&v), None) => v,
            (None, None, Some(&(k, v))) if vm.str_of(k) == Some("maxdigits") => v,
            _ => {
                return Err(
                    vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
                )
            }
        };
        let n = match value {
            Value::Int(n) => n,
            Value::Bool(b) => i64::from(b),
            other => {
                let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(other));
                return Err(vm.type_error(msg));
            }
        };
        if n != 0 && n < 640 {
            return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
        }
        vm.int_max_str_digits = n as usize;
        Ok(Value::None)
    });
    add_fn(vm, d, "is_finalizing", |vm, _| Ok(Value::Bool(vm.finalization.at_exit)));
    add_fn(vm, d, "exc_info", |vm, _| {
        let h = vm.handled;
        if h.is_none() {
            return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
        }
        let t = Value::Obj(vm.type_of(h));
        let tb = match h {
            Value::Obj(e) => vm.exception_traceback(e),
            _ => Value::None,
        };
        Ok(vm.new_tuple(vec![t, h, tb]))
    });
    add_fn(vm, d, "exception", |vm, _| Ok(vm.handled));
    // `_getframe(depth=0)`: a C int; a negative depth is 0.
    add_fn(vm, d, "_getframe", |vm, a| match a.get(0) {
        None => vm.getframe(0),
        Some(Value::Int(n)) if i32::try_from(n).is_ok() => vm.getframe(usize::try_from(n).unwrap_or(0)),
        Some(Value::Bool(b)) => vm.getframe(usize::from(b)),
        Some(Value::Int(_)) => Err(vm.err("OverflowError", "Python int too large to convert to C int")),
        Some(Value::Obj(r)) if matches!(vm.heap.get(r), Object::Int(_)) => {
            Err(vm.err("OverflowError", "Python int too large to convert to C int"))
        }
        Some(v) => {
            let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    });
    add_fn(vm, d, "getsizeof", |_, _| Ok(Value::Int(64)));
    // Strata counts no references: 2 is what CPython shows for an object
    // held by one variable (that reference and the argument's).
    add_fn(vm, d, "getrefcount", |_, _| Ok(Value::Int(2)));
    add_fn(vm, d, "intern", |_, a| Ok(a.get(0).unwrap_or(Value::None)));
    // PEP 578's audit events: no hook can be added (no `sys.addaudithook`),
    // so raising one does nothing, as in CPython without hooks.
    add_fn(vm, d, "audit", |_, _| Ok(Value::None));

    let (_, gc) = register(vm, "gc");
    add_fn(vm, gc, "collect", |vm, _| Ok(Value::Int(vm.collect_garbage() as i64)));
    add_fn(vm, gc, "disable", |vm, _| {
        vm.heap.set_enabled(false);
        Ok(Value::None)
    });
    add_fn(vm, gc, "enable", |vm, _| {
        vm.heap.set_enabled(true);
        Ok(Value::None)
    });
    add_fn(vm, gc, "isenabled", |vm, _| Ok(Value::Bool(vm.heap.enabled())));
    add_fn(vm, gc, "get_count", |vm, _| {
        let c = vm.heap.allocations as i64;
        Ok(vm.new_tuple(vec![Value::Int(c), Value::Int(0), Value::Int(0)]))
    });
}

/// The native modules made on their first import, as CPython's builtin
/// modules are, rather than at start-up: each costs start-up time that most
/// programs never use.
const ON_IMPORT: &[(&str, fn(&mut Vm, ObjRef))] = &[
    ("posix", posix::install),
    ("_time", time::install),
    ("math", math::install),
    ("cmath", cmath::install),
    ("_sre", sre::install),
    ("_struct", struct_::install),
    ("_traceback", traceback::install),
    ("_hashlib", hashlib::install),
    ("_io", io::install),
    ("_ast", ast::install),
    ("_tokenize", tokenize::install),
    ("_dis", dis::install),
    ("unicodedata", unicodedata::install),
    ("_codecs", codecs::install),
    ("_json", json::install),
    ("_random", random::install),
    ("_heapq", heapq::install),
    ("_collections", collections::install),
    ("_itertools", itertools::install),
    ("_imp", imp::install),
    ("_functools", functools::install),
];

/// Whether `name` is a native module (made at start-up or on import).
pub fn is_native(name: &str) -> bool {
    matches!(name, "sys" | "builtins" | "gc") || ON_IMPORT.iter().any(|(n, _)| *n == name)
}

/// `import name` of a native module not made yet: makes it, in `sys.modules`.
pub fn import_native(vm: &mut Vm, name: &str) -> Option<Value> {
    let (_, install) = ON_IMPORT.iter().find(|(n, _)| *n == name)?;
    let (m, d) = register(vm, name);
    install(vm, d);
    Some(Value::Obj(m))
}

impl Vm {
    /// An attribute of `sys` (`stdout`, `stderr`, ...), as the program left it.
    pub fn sys_attr(&mut self, name: &str) -> Value {
        let d = match self.heap.get(self.sys) {
            Object::Module(m) => m.dict,
            _ => return Value::None,
        };
        self.dict_get_name(d, name).unwrap_or(Value::None)
    }
}
