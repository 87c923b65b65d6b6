//! `_io`: what the embedded `io` takes from the runtime, as CPython's `io`
//! takes it from its C module: the `UnsupportedOperation` that file objects
//! raise, so that `except io.UnsupportedOperation` catches it.

use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm, m: ObjRef) {
    let class = vm.types.exc("UnsupportedOperation");
    vm.dict_set_name(m, "UnsupportedOperation", Value::Obj(class));
}
