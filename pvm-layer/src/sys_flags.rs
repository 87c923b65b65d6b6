//! `sys.flags`: the command-line options a program runs under, as CPython
//! 3.11 shows them. The embedder (the app layer's command line) says which
//! were given; the others are CPython's defaults.

use crate::value::Value;
use crate::vm::Vm;

/// The options an embedder reports through `Interpreter::set_flags`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SysFlags {
    /// `-B` or `PYTHONDONTWRITEBYTECODE`.
    pub dont_write_bytecode: bool,
    /// `-E` (or `-I`).
    pub ignore_environment: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-q`.
    pub quiet: bool,
    /// `-v`.
    pub verbose: bool,
}

const FIELDS: [&str; 18] = [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];

/// Sets `sys.flags` in the `sys` namespace `sys`.
pub fn install(vm: &mut Vm, sys: crate::value::ObjRef, flags: SysFlags) {
    let int = |b: bool| Value::Int(i64::from(b));
    let values = vec![
        int(false),
        int(false),
        int(false),
        int(false),
        int(flags.dont_write_bytecode),
        // `-I` implies `-s`, and `-P` (a safe `sys.path`).
        int(flags.isolated),
        int(flags.no_site),
        int(flags.ignore_environment || flags.isolated),
        int(flags.verbose),
        int(false),
        int(flags.quiet),
        // String hashes are randomized unless PYTHONHASHSEED says otherwise.
        int(true),
        int(flags.isolated),
        Value::Bool(false),
        int(false),
        int(false),
        Value::Bool(flags.isolated),
        // -1: no `-X int_max_str_digits`, the default limit applies.
        Value::Int(-1),
    ];
    let seq = crate::struct_seq::new(vm, "sys", "flags", &FIELDS, values);
    vm.dict_set_name(sys, "flags", seq);
}
