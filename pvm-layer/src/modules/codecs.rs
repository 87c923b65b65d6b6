//! `_codecs`, the native side of the embedded `codecs` registry: which
//! text codecs `str.encode` and `bytes.decode` implement (`encodings/`).

use crate::builtins::add_fn;
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut crate::vm::Vm, m: ObjRef) {
    // `_text_codec(name)`: (CPython's codec name, its module name) of the
    // text codec `name` names, or None.
    add_fn(vm, m, "_text_codec", |vm, a| {
        let name = a.get(0).and_then(|v| vm.str_of(v)).unwrap_or("").to_string();
        Ok(match crate::encodings::lookup(&name) {
            Some(codec) => {
                let (name, module) = (vm.new_str(codec.name()), vm.new_str(codec.module()));
                vm.new_tuple(vec![name, module])
            }
            None => Value::None,
        })
    });
}
