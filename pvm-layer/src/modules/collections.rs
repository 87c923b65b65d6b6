//! `_collections`: what CPython writes in C under the embedded `collections`:
//! `deque` and its iterators (`deque.rs`), `_tuplegetter`, the descriptor
//! of a named tuple's field (`p.x` is item 0 of the tuple: read natively by
//! `Vm::descr_get` and from the attribute cache, `attr_cache.rs`), and
//! `_count_elements`, the counting loop of `Counter`, and `OrderedDict`'s
//! `move_to_end` and `popitem` (`odict.rs`).

use compiler_layer::instruction::BinaryOperator as B;

use crate::builtins::add_fn;
use crate::call::Args;
use crate::datamodel::compares_in_python;
use crate::dict::Slot;
use crate::object::{NativeFn, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm, d: ObjRef) {
    crate::deque::install(vm);
    let getter = vm.types.get(TypeKind::TupleGetter);
    if let Some(Object::Type(t)) = vm.heap.get_mut(getter) {
        t.module = "_collections".into();
    }
    let owner = "_collections._tuplegetter";
    let methods: &[(&'static str, NativeFn)] = &[
        ("__get__", crate::descriptors::descriptor_get),
        ("__set__", |vm, a| match a.pos[..] {
            [d, obj, v] => vm.descr_set(d, obj, Some(v)).map(|_| Value::None),
            _ => Err(vm.type_error(format!(" expected 2 arguments, got {}", a.pos.len().saturating_sub(1)))),
        }),
        ("__delete__", |vm, a| match a.pos[..] {
            [d, obj] => vm.descr_set(d, obj, None).map(|_| Value::None),
            _ => Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len().saturating_sub(1)))),
        }),
        ("__reduce__", |vm, a| {
            let Some(Object::TupleGetter { index, doc }) =
                a.get(0).and_then(|g| g.as_obj()).map(|g| vm.heap.get(g))
            else {
                return Err(
                    vm.type_error("descriptor '__reduce__' requires a '_collections._tuplegetter' object")
                );
            };
            let args = vec![Value::Int(*index), *doc];
            let args = vm.new_tuple(args);
            let class = Value::Obj(vm.types.get(TypeKind::TupleGetter));
            Ok(vm.new_tuple(vec![class, args]))
        }),
    ];
    for &(name, func) in methods {
        vm.add_method(getter, owner, name, func);
    }
    for (name, kind) in [
        ("deque", TypeKind::Deque),
        ("_deque_iterator", TypeKind::DequeIterator),
        ("_deque_reverse_iterator", TypeKind::DequeReverseIterator),
        ("_tuplegetter", TypeKind::TupleGetter),
    ] {
        let t = Value::Obj(vm.types.get(kind));
        vm.dict_set_name(d, name, t);
    }
    add_fn(vm, d, "_count_elements", count_elements);
    crate::odict::install(vm, d);
    // The builtin types' dicts changed.
    vm.method_cache.invalidate();
}

/// `_tuplegetter(index, doc)`.
pub fn new_tuplegetter(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let [index, doc] = a.pos[..] else {
        return Err(vm.type_error(format!("_tuplegetter expected 2 arguments, got {}", a.pos.len())));
    };
    let index = crate::strings::int_arg(vm, index)?;
    Ok(vm.heap.alloc_value(Object::TupleGetter { index, doc }))
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for each item `x`, as CPython's: straight on the dict's table (one hash
/// per item) when `mapping` is a dict whose class keeps dict's `get` and
/// `__setitem__` (`Counter`), else through its `get` and `__setitem__`.
fn count_elements(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let [mapping, iterable] = a.pos[..] else {
        return Err(vm.type_error(format!("_count_elements expected 2 arguments, got {}", a.pos.len())));
    };
    vm.rooted(&[mapping, iterable], |vm| {
        let it = vm.iter(iterable)?;
        vm.rooted(&[it], |vm| {
            let get = Value::Obj(vm.intern("get"));
            match plain_dict(vm, mapping, get) {
                Some(d) => vm.for_each_item(it, |vm, key| {
                    vm.rooted(&[key], |vm| count_in(vm, d, key)).map(|()| false)
                }),
                None => {
                    let get = vm.getattr(mapping, get)?;
                    vm.rooted(&[get], |vm| {
                        vm.for_each_item(it, |vm, key| {
                            vm.rooted(&[key], |vm| {
                                let old = vm.call(get, &[key, Value::Int(0)])?;
                                let new = vm.binary_op(old, Value::Int(1), B::Add)?;
                                vm.setitem(mapping, key, new)
                            })
                            .map(|()| false)
                        })
                    })
                }
            }
        })?;
        Ok(Value::None)
    })
}

/// The dict `mapping` is or extends, when its class has dict's own `get`
/// and `__setitem__`.
fn plain_dict(vm: &Vm, mapping: Value, get: Value) -> Option<ObjRef> {
    let d = vm.base_value(mapping).as_obj().filter(|&d| matches!(vm.heap.get(d), Object::Dict(_)))?;
    let (class, dict) = (vm.type_of(mapping), vm.types.get(TypeKind::Dict));
    let same = |name: ObjRef| match (vm.lookup_type(class, name), vm.lookup_type(dict, name)) {
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    (same(get.as_obj()?) && same(vm.special.setitem)).then_some(d)
}

/// One count of `key` in dict `d`, hashing it once.
fn count_in(vm: &mut Vm, d: ObjRef, key: Value) -> PResult<()> {
    let (hash, slot) = vm.find_slot(d, key)?;
    let old = match slot {
        Slot::Found(e) => vm.table(d).and_then(|t| t.get_at(e)).map(|entry| entry.value),
        Slot::Vacant(_) => None,
    };
    let (new, ran_python) = match old {
        None => (Value::Int(1), false),
        Some(Value::Int(n)) if n < i64::MAX => (Value::Int(n + 1), false),
        Some(old) => (vm.binary_op(old, Value::Int(1), B::Add)?, true),
    };
    // CPython looks the key up again to store the count: a key comparing
    // by Python code sees both lookups, and `__add__` may change the dict.
    let slot = if ran_python || compares_in_python(vm, key) { vm.find_key(d, hash, key)? } else { slot };
    vm.set_at(d, slot, hash, key, new);
    Ok(())
}
