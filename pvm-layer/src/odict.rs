//! `OrderedDict.move_to_end` and `OrderedDict.popitem`, native under the
//! embedded `collections` (whose `OrderedDict` is a Python subclass of
//! `dict`, `_collections._odict_move_to_end` and `_odict_popitem` its
//! methods). The order is the dict's own insertion order: moving a key
//! removes its entry and adds it again at one end, without calling the
//! instance's methods, as CPython's C `OrderedDict` moves a node of its list.

use crate::call::Args;
use crate::dict::{Entry, Slot};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm, module: ObjRef) {
    let move_to_end = vm.new_method("OrderedDict", "move_to_end", move_to_end);
    vm.dict_set_name(module, "_odict_move_to_end", move_to_end);
    let popitem = vm.new_method("OrderedDict", "popitem", popitem);
    vm.dict_set_name(module, "_odict_popitem", popitem);
}

/// `od.move_to_end(key, last=True)`.
fn move_to_end(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (od, d) = receiver(vm, a, "move_to_end")?;
    let Some(key) = a.arg(vm, 1, "key") else {
        return Err(vm.type_error("move_to_end() missing required argument 'key' (pos 1)"));
    };
    let last = match a.arg(vm, 2, "last") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    vm.rooted(&[od, key], |vm| {
        let hash = vm.hash(key)?;
        let found = match vm.find_key(d, hash, key)? {
            Slot::Found(e) => vm.table(d).and_then(|t| t.get_at(e)).copied().map(|entry| (e, entry)),
            Slot::Vacant(_) => None,
        };
        let Some((e, entry)) = found else {
            let class = vm.types.exc("KeyError");
            return Err(vm.new_exception(class, vec![key]));
        };
        if last {
            if let Some(t) = vm.table_mut(d) {
                t.remove_at(e);
            }
            insert(vm, d, entry);
        } else {
            // To the front: the table is rebuilt with this entry first.
            let rest: Vec<Entry> = match vm.table(d) {
                Some(t) => t.iter().filter(|x| !x.key.is(entry.key)).copied().collect(),
                None => Vec::new(),
            };
            if let Some(t) = vm.table_mut(d) {
                t.clear();
            }
            for x in std::iter::once(entry).chain(rest) {
                insert(vm, d, x);
            }
        }
        Ok(Value::None)
    })
}

/// `od.popitem(last=True)`: the last (or first) item, removed (a subclass's
/// `__getitem__` and `__delitem__` are not called, as in CPython).
fn popitem(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (_, d) = receiver(vm, a, "popitem")?;
    let last = match a.arg(vm, 1, "last") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let end = vm.table(d).and_then(|t| if last { t.iter().last() } else { t.iter().next() }).copied();
    let Some(entry) = end else {
        return Err(vm.err("KeyError", "dictionary is empty"));
    };
    if let Slot::Found(e) = vm.find(d, entry.hash, entry.key) {
        if let Some(t) = vm.table_mut(d) {
            t.remove_at(e);
        }
    }
    Ok(vm.new_tuple(vec![entry.key, entry.value]))
}

/// The instance and the dict it extends.
fn receiver(vm: &mut Vm, a: &Args, name: &str) -> PResult<(Value, ObjRef)> {
    let od = a.get(0).unwrap_or(Value::None);
    match vm.base_value(od) {
        Value::Obj(d) if matches!(vm.heap.get(d), crate::object::Object::Dict(_)) => Ok((od, d)),
        _ => {
            let msg = format!("descriptor '{name}' requires a 'collections.OrderedDict' object");
            Err(vm.type_error(msg))
        }
    }
}

/// Adds `entry` at the end of `d`'s order (its key is not in `d`).
fn insert(vm: &mut Vm, d: ObjRef, entry: Entry) {
    let slot = vm.find(d, entry.hash, entry.key);
    vm.set_at(d, slot, entry.hash, entry.key, entry.value);
}
