//! `OSError(errno, strerror[, filename[, winerror[, filename2]]])` as
//! CPython's `oserror_init` takes it apart: two to five arguments become the
//! attributes `errno`, `strerror`, `filename` and `filename2`, and a filename
//! given leaves `args` with the first two only (`e.args == (2, 'No such
//! file or directory')`); `str(e)` is read from the attributes.

use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Sets the attributes of OSError `exc` made with `args` (nothing for
/// another exception, or another number of arguments).
pub fn init(vm: &mut Vm, exc: ObjRef, args: &[Value]) -> PResult<()> {
    if !(2..=5).contains(&args.len()) || !vm.is_exc_instance(Value::Obj(exc), "OSError") {
        return Ok(());
    }
    let filename = args.get(2).copied().filter(|f| !f.is_none());
    let filename2 = args.get(4).copied().filter(|f| !f.is_none() && filename.is_some());
    let d = vm.exception_dict(exc);
    vm.dict_set_name(d, "errno", args[0]);
    vm.dict_set_name(d, "strerror", args[1]);
    vm.dict_set_name(d, "filename", filename.unwrap_or(Value::None));
    vm.dict_set_name(d, "filename2", filename2.unwrap_or(Value::None));
    if filename.is_some() {
        let first_two = vm.new_tuple(args[..2].to_vec());
        if let Some(e) = vm.exc_obj_mut(exc) {
            e.args = first_two;
        }
    }
    Ok(())
}

/// `str(e)` of an OSError that was given its fields: `[Errno 2] No such
/// file or directory: 'x'` (`-> 'y'` for a second filename), or `None` to
/// fall back on `BaseException.__str__`.
pub fn message(vm: &mut Vm, exc: Value) -> PResult<Option<String>> {
    let Some(d) = exc.as_obj().and_then(|r| vm.exc_obj(r)).and_then(|e| e.dict) else { return Ok(None) };
    let (Some(errno), Some(strerror)) = (vm.dict_get_name(d, "errno"), vm.dict_get_name(d, "strerror"))
    else {
        return Ok(None);
    };
    let field = |vm: &mut Vm, name| vm.dict_get_name(d, name).filter(|v| !v.is_none());
    let mut text = format!("[Errno {}] {}", vm.str_text(errno)?, vm.str_text(strerror)?);
    if let Some(filename) = field(vm, "filename") {
        text.push_str(": ");
        text.push_str(&vm.repr_text(filename)?);
        if let Some(other) = field(vm, "filename2") {
            text.push_str(" -> ");
            text.push_str(&vm.repr_text(other)?);
        }
    }
    Ok(Some(text))
}
