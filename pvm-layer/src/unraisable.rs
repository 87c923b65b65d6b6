//! Errors nobody can catch — raised by a `__del__`, or by an abandoned
//! generator as it is closed — handed to `sys.unraisablehook`, whose
//! default (also `sys.__unraisablehook__`) writes CPython's
//! "Exception ignored in: ..." report to `sys.stderr`.

use crate::builtins::add_fn;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Installs the default hook in the `sys` namespace `sys`.
pub fn install(vm: &mut Vm, sys: ObjRef) {
    add_fn(vm, sys, "unraisablehook", default_hook);
    let hook = vm.dict_get_name(sys, "unraisablehook").unwrap_or(Value::None);
    vm.dict_set_name(sys, "__unraisablehook__", hook);
}

const FIELDS: [&str; 5] = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];

impl Vm {
    /// Reports error `e` raised while finalizing `culprit` (the `__del__`
    /// function, or the generator) through `sys.unraisablehook`.
    pub(crate) fn report_unraisable(&mut self, e: ObjRef, culprit: Value) {
        // As CPython: an error without a traceback of its own (a generator
        // that ignored GeneratorExit) is placed where the object was let go.
        let bare =
            self.exc_obj(e).is_some_and(|x| x.traceback.entries.is_empty() && x.traceback.objects.is_none());
        if let (true, Some(frame)) = (bare, self.frames.last()) {
            let lasti = frame.pc.saturating_sub(1) as u32;
            self.record_traceback(crate::vm::Exc(e), lasti, true);
        }
        let hook = self.sys_attr("unraisablehook");
        let default = self.sys_attr("__unraisablehook__");
        if !hook.is(default) {
            let exc_type = Value::Obj(self.type_of(Value::Obj(e)));
            let tb = self.exception_traceback(e);
            let values = vec![exc_type, Value::Obj(e), tb, Value::None, culprit];
            let args = crate::struct_seq::new(self, "sys", "UnraisableHookArgs", &FIELDS, values);
            // As CPython: the hook's own failure is reported by the default,
            // in place of the error it was given.
            if let Err(failure) = self.call(hook, &[args]) {
                self.write_unraisable(failure.0, hook, Some("Exception ignored in sys.unraisablehook"));
            }
            return;
        }
        self.write_unraisable(e, culprit, None);
    }

    /// The default hook's report: `err_msg: repr(object)` (or "Exception
    /// ignored in: ..."), then the traceback and `Type: message`.
    fn write_unraisable(&mut self, e: ObjRef, object: Value, err_msg: Option<&str>) {
        let mut text = String::new();
        if !object.is_none() {
            let shown = self.repr(object).ok().and_then(|v| self.str_of(v).map(str::to_string));
            let shown = shown.unwrap_or_else(|| "<object repr() failed>".to_string());
            text = format!("{}: {shown}\n", err_msg.unwrap_or("Exception ignored in"));
        }
        text += &self.format_unraisable(e);
        let stderr = self.sys_attr("stderr");
        let write = self.intern("write");
        let written = match self.getattr(stderr, Value::Obj(write)) {
            Ok(method) => {
                let text = self.new_str(text.as_str());
                self.call(method, &[text]).is_ok()
            }
            Err(_) => false,
        };
        if !written {
            let _ = self.os.write_stream(os_layer::OutStream::Stderr, text.as_bytes());
        }
    }
}

/// `sys.__unraisablehook__(unraisable)`.
fn default_hook(vm: &mut Vm, a: &crate::call::Args) -> PResult<Value> {
    let args = a.get(0).unwrap_or(Value::None);
    let field = |vm: &mut Vm, name: &str| vm.getattr_opt(args, name).map(|v| v.unwrap_or(Value::None));
    let (value, object, err_msg) = (field(vm, "exc_value")?, field(vm, "object")?, field(vm, "err_msg")?);
    let err_msg = vm.str_of(err_msg).map(str::to_string);
    if let Value::Obj(e) = value {
        vm.write_unraisable(e, object, err_msg.as_deref());
    }
    Ok(Value::None)
}
