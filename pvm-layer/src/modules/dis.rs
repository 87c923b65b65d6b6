//! `_dis`: the disassembler `strata -m dis` prints with
//! (`compiler_layer::dis`), for the embedded `dis` module. The listing is
//! of Strata's own instruction set, not CPython's.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm, d: ObjRef) {
    // `disassemble(code)`: the listing of a code object and of the code
    // objects nested in it, as one string.
    add_fn(vm, d, "disassemble", |vm, a: &Args| {
        let code = match a.get(0) {
            Some(Value::Obj(r)) => match vm.heap.get(r) {
                Object::Code(info) => Some(info.code.clone()),
                _ => None,
            },
            _ => None,
        };
        match code {
            Some(code) => Ok(vm.new_str(compiler_layer::dis::disassemble(&code))),
            None => Err(vm.type_error("disassemble() argument must be a code object")),
        }
    });
}
