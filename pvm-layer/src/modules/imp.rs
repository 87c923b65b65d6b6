//! `_imp`, the native side of `importlib.util.find_spec` and
//! `importlib.reload`: the importer's search without running the module it
//! finds, and a module's body run again (both in `import.rs`).

use crate::builtins::add_fn;
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut crate::vm::Vm, m: ObjRef) {
    // `find(name, parent)`: (origin, submodule_search_locations), or None.
    add_fn(vm, m, "find", |vm, a| {
        let Some(name) = a.get(0).and_then(|v| vm.str_of(v)).map(str::to_string) else {
            return Err(vm.type_error("find() argument 1 must be str"));
        };
        let parent = a.get(1).filter(|p| !p.is_none());
        Ok(match vm.find_spec_parts(&name, parent)? {
            Some((origin, locations)) => vm.new_tuple(vec![origin, locations]),
            None => Value::None,
        })
    });
    add_fn(vm, m, "reload", |vm, a| vm.reload(a.get(0).unwrap_or(Value::None)));
}
