//! Struct sequences (CPython's `PyStructSequence`): tuples whose items also
//! have names, shown as `sys.version_info(major=3, minor=11, ...)`.
//! Each is an instance of a class made here, a subclass of `tuple`, whose
//! instance dict holds the named items.

use crate::object::{Instance, Object, TypeObject};
use crate::types::TypeKind;
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// A new struct sequence of type `module.name` with `fields` = `values`.
pub fn new(vm: &mut Vm, module: &str, name: &str, fields: &[&str], values: Vec<Value>) -> Value {
    let dict = vm.new_dict();
    let tuple = vm.types.get(TypeKind::Tuple);
    let object = vm.types.get(TypeKind::Object);
    let mut class = TypeObject::builtin(name, dict, TypeKind::Tuple);
    class.module = module.into();
    class.bases = vec![tuple];
    class.heap_type = true;
    class.instance_dict = true;
    let cls = vm.heap.alloc(Object::Type(Box::new(class)));
    if let Some(Object::Type(t)) = vm.heap.get_mut(cls) {
        t.mro = vec![cls, tuple, object];
    }
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    vm.dict_set_name(dict, "_fields", names);
    vm.add_method(cls, "struct_sequence", "__repr__", repr);
    let items = vm.new_dict();
    for (f, v) in fields.iter().zip(&values) {
        vm.dict_set_name(items, f, *v);
    }
    let base = vm.new_tuple(values);
    let instance = Instance { base, ..Instance::with_dict(cls, items) };
    vm.heap.alloc_value(Object::Instance(instance))
}

/// `module.name(field=value, ...)`.
fn repr(vm: &mut Vm, a: &crate::call::Args) -> PResult<Value> {
    let this = a.get(0).unwrap_or(Value::None);
    let class = vm.type_of(this);
    let (module, name, dict) = match vm.heap.get(class) {
        Object::Type(t) => (t.module.clone(), t.name.clone(), t.dict),
        _ => return vm.repr(this),
    };
    let fields = vm.dict_get_name(dict, "_fields").and_then(|f| vm.seq_items(f)).unwrap_or_default();
    let values = vm.seq_items(vm.base_value(this)).unwrap_or_default();
    let mut parts = Vec::with_capacity(values.len());
    for (field, value) in fields.iter().zip(values) {
        let field = vm.str_of(*field).unwrap_or("?").to_string();
        parts.push(format!("{field}={}", vm.repr_text(value)?));
    }
    Ok(vm.new_str(format!("{module}.{name}({})", parts.join(", "))))
}
