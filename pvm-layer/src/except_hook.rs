//! `sys.excepthook`: what reports an exception nothing caught. The report
//! of an uncaught exception (`lib.rs`) calls the program's own hook when it
//! replaced the default, as CPython's `_PyErr_PrintEx` does; the default
//! (`sys.__excepthook__` too, which a hook often hands over to) writes the
//! traceback `traceback.rs` formats to `sys.stderr`.

use crate::builtins::{add_fn, write_to};
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Adds `excepthook` and `__excepthook__` to `sys`'s dict `d`.
pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "excepthook", excepthook);
    let hook = vm.dict_get_name(d, "excepthook").unwrap_or(Value::None);
    vm.dict_set_name(d, "__excepthook__", hook);
}

/// The default hook: `(type, value, traceback)`, the value's report written
/// to `sys.stderr`.
fn excepthook(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let [_, value, _] = a.pos[..] else {
        let msg = format!("excepthook expected 3 arguments, got {}", a.pos.len());
        return Err(vm.type_error(msg));
    };
    let e = match value {
        Value::Obj(e) if matches!(vm.heap.get(e), Object::Exception(_)) => e,
        _ => {
            let msg =
                format!("print_exception(): Exception expected for value, {} found", vm.type_name(value));
            return Err(vm.type_error(msg));
        }
    };
    let text = vm.format_uncaught(e, "");
    let stderr = vm.sys_attr("stderr");
    if stderr.is_none() {
        return Err(vm.err("RuntimeError", "lost sys.stderr"));
    }
    write_to(vm, stderr, text)?;
    Ok(Value::None)
}

/// What became of an uncaught exception handed to the program's hook.
pub enum Hooked {
    /// The hook returned: the exception is reported.
    Reported,
    /// The hook raised: the text CPython writes for both exceptions.
    Failed(String),
    /// The hook raised `SystemExit`, which ends the program as it asks.
    Exit(ObjRef),
}

impl Vm {
    /// Hands uncaught exception `e` to `sys.excepthook` when the program
    /// replaced the default; `None` when the default is to report it.
    pub(crate) fn run_custom_excepthook(&mut self, e: ObjRef) -> Option<Hooked> {
        let sys = match self.heap.get(self.sys) {
            Object::Module(m) => m.dict,
            _ => return None,
        };
        let Some(hook) = self.dict_get_name(sys, "excepthook") else {
            let text = format!("sys.excepthook is missing\n{}", self.format_uncaught(e, ""));
            return Some(Hooked::Failed(text));
        };
        if hook.is(self.sys_attr("__excepthook__")) {
            return None;
        }
        let class = Value::Obj(self.type_of(Value::Obj(e)));
        let tb = self.exception_traceback(e);
        let result = self.rooted(&[hook, Value::Obj(e), tb], |vm| vm.call(hook, &[class, Value::Obj(e), tb]));
        Some(match result {
            Ok(_) => Hooked::Reported,
            Err(err) if self.is_exc_instance(Value::Obj(err.0), "SystemExit") => Hooked::Exit(err.0),
            Err(err) => Hooked::Failed(format!(
                "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                self.format_uncaught(err.0, ""),
                self.format_uncaught(e, "")
            )),
        })
    }
}
