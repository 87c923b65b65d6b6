//! `sys.displayhook`: what shows the value of an expression statement in
//! `single` mode (the REPL, `exec(compile(src, f, "single"))` as doctest
//! runs its examples). `PrintExpr` calls whatever `sys.displayhook` is now;
//! the default (`sys.__displayhook__` too) writes the value's `repr` to
//! `sys.stdout`, as CPython's `sys_displayhook` does, and keeps it as `_`.

use crate::builtins::{add_fn, write_to};
use crate::call::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Adds `displayhook` and `__displayhook__` to `sys`'s dict `d`.
pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "displayhook", displayhook);
    let hook = vm.dict_get_name(d, "displayhook").unwrap_or(Value::None);
    vm.dict_set_name(d, "__displayhook__", hook);
}

/// The default hook: nothing for `None`; else `_` cleared, the repr and a
/// newline written to `sys.stdout`, then `_` set to the value.
fn displayhook(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let [v] = a.pos[..] else {
        let msg = format!("displayhook() takes exactly one argument ({} given)", a.pos.len());
        return Err(vm.type_error(msg));
    };
    if v.is_none() {
        return Ok(Value::None);
    }
    let underscore = vm.intern("_");
    vm.dict_set_str(vm.builtins, underscore, Value::None);
    let r = vm.repr(v)?;
    let text = format!("{}\n", vm.str_of(r).unwrap_or(""));
    let stdout = vm.sys_attr("stdout");
    if stdout.is_none() {
        return Err(vm.err("RuntimeError", "lost sys.stdout"));
    }
    write_to(vm, stdout, text)?;
    vm.dict_set_str(vm.builtins, underscore, v);
    Ok(Value::None)
}

impl Vm {
    /// `PrintExpr`: the value handed to the current `sys.displayhook`.
    pub(crate) fn display(&mut self, v: Value) -> PResult<()> {
        let hook = self.sys_attr("displayhook");
        if hook.is_none() {
            return Err(self.err("RuntimeError", "lost sys.displayhook"));
        }
        self.call(hook, &[v]).map(|_| ())
    }
}
