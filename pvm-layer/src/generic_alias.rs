//! `list[int]`, `dict[str, int]`... (PEP 585): subscripting a builtin
//! container type gives a `types.GenericAlias` remembering the origin and the
//! arguments; it shows as `list[int]` and calls its origin. `int | None`
//! (PEP 604) gives a `types.UnionType` of its arguments.
//!
//! Both classes are made at start-up as classes with native methods, so
//! their instances go through the data model like any user class's.

use crate::call::Args;
use crate::object::{Instance, NativeFn, Object, TypeObject};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Builtin types that take `[...]` (their `__class_getitem__`).
const SUBSCRIPTABLE: &[TypeKind] =
    &[TypeKind::List, TypeKind::Dict, TypeKind::Tuple, TypeKind::Set, TypeKind::FrozenSet, TypeKind::Type];

/// The classes of `list[int]` and of `int | None`.
#[derive(Clone, Copy, Default)]
pub struct AliasClasses {
    pub generic_alias: ObjRef,
    pub union: ObjRef,
}

pub fn install(vm: &mut Vm) -> AliasClasses {
    let generic_alias = make_class(vm, "GenericAlias");
    let union = make_class(vm, "UnionType");
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", |vm, a| {
            let this = a.get(0).unwrap_or(Value::None);
            let text = alias_repr(vm, this)?;
            Ok(vm.new_str(text))
        }),
        ("__eq__", alias_eq),
        ("__hash__", alias_hash),
        ("__or__", |vm, a| union_of(vm, a.get(0).unwrap_or(Value::None), a.get(1).unwrap_or(Value::None))),
        ("__ror__", |vm, a| union_of(vm, a.get(1).unwrap_or(Value::None), a.get(0).unwrap_or(Value::None))),
    ];
    for (class, owner) in [(generic_alias, "GenericAlias"), (union, "UnionType")] {
        for (name, func) in methods {
            vm.add_method(class, owner, name, *func);
        }
    }
    vm.add_method(generic_alias, "GenericAlias", "__call__", |vm, a| {
        let this = a.get(0).unwrap_or(Value::None);
        let origin = part(vm, this, "__origin__");
        vm.call_args(origin, Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() })
    });
    AliasClasses { generic_alias, union }
}

fn make_class(vm: &mut Vm, name: &str) -> ObjRef {
    let dict = vm.new_dict();
    let object = vm.types.get(TypeKind::Object);
    let mut class = TypeObject::builtin(name, dict, TypeKind::Object);
    class.module = "types".into();
    class.bases = vec![object];
    class.heap_type = true;
    class.instance_dict = true;
    let t = vm.heap.alloc(Object::Type(Box::new(class)));
    if let Some(Object::Type(ty)) = vm.heap.get_mut(t) {
        ty.mro = vec![t, object];
    }
    t
}

fn alias_eq(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (x, y) = (a.get(0).unwrap_or(Value::None), a.get(1).unwrap_or(Value::None));
    if vm.type_of(x) != vm.type_of(y) {
        return Ok(vm.not_implemented);
    }
    let (ox, oy) = (part(vm, x, "__origin__"), part(vm, y, "__origin__"));
    let (ax, ay) = (part(vm, x, "__args__"), part(vm, y, "__args__"));
    if vm.type_of(x) == vm.aliases.union {
        // A union's arguments compare as a set.
        let (p, q) = (vm.seq_items(ax).unwrap_or_default(), vm.seq_items(ay).unwrap_or_default());
        return Ok(Value::Bool(p.len() == q.len() && p.iter().all(|v| q.iter().any(|w| v.is(*w)))));
    }
    Ok(Value::Bool(vm.eq_values(ox, oy)? && vm.eq_values(ax, ay)?))
}

fn alias_hash(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let this = a.get(0).unwrap_or(Value::None);
    let origin = part(vm, this, "__origin__");
    let origin = vm.hash(origin)?;
    let args = part(vm, this, "__args__");
    let args = vm.hash(args)?;
    Ok(Value::Int(origin ^ args))
}

/// Whether `v` may stand in a `X | Y` type union.
fn unionable(vm: &Vm, v: Value) -> bool {
    v.is_none()
        || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Type(_)))
        || vm.type_of(v) == vm.aliases.generic_alias
        || vm.type_of(v) == vm.aliases.union
}

/// `a | b` for types: a `UnionType` of their (flattened, distinct) arguments.
pub fn union_of(vm: &mut Vm, a: Value, b: Value) -> PResult<Value> {
    if !unionable(vm, a) || !unionable(vm, b) {
        return Ok(vm.not_implemented);
    }
    let mut members = Vec::new();
    for side in [a, b] {
        let items = if vm.type_of(side) == vm.aliases.union {
            let args = part(vm, side, "__args__");
            vm.seq_items(args).unwrap_or_default()
        } else if side.is_none() {
            vec![Value::Obj(vm.types.get(TypeKind::NoneType))]
        } else {
            vec![side]
        };
        for item in items {
            if !members.iter().any(|m: &Value| m.is(item)) {
                members.push(item);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members[0]);
    }
    let args = vm.new_tuple(members);
    vm.roots.push(args);
    let dict = vm.new_dict();
    vm.dict_set_name(dict, "__args__", args);
    vm.roots.pop();
    let instance = Instance::with_dict(vm.aliases.union, dict);
    Ok(vm.heap.alloc_value(Object::Instance(instance)))
}

/// `origin[args]` for a builtin type that takes it.
pub fn subscript(vm: &mut Vm, origin: ObjRef, key: Value) -> PResult<Option<Value>> {
    let kind = match vm.heap.get(origin) {
        Object::Type(t) if !t.heap_type => t.kind,
        _ => return Ok(None),
    };
    if !SUBSCRIPTABLE.contains(&kind) {
        return Ok(None);
    }
    Ok(Some(new_alias(vm, origin, key)))
}

/// `origin[key]`, a `GenericAlias` (a `__class_getitem__`'s result).
pub fn new_alias(vm: &mut Vm, origin: ObjRef, key: Value) -> Value {
    let args = match key {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_)) => key,
        _ => vm.new_tuple(vec![key]),
    };
    vm.roots.push(args);
    let dict = vm.new_dict();
    vm.dict_set_name(dict, "__origin__", Value::Obj(origin));
    vm.dict_set_name(dict, "__args__", args);
    vm.roots.pop();
    let instance = Instance::with_dict(vm.aliases.generic_alias, dict);
    vm.heap.alloc_value(Object::Instance(instance))
}

fn part(vm: &Vm, alias: Value, name: &str) -> Value {
    let dict = match alias {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Instance(i) => i.dict,
            _ => None,
        },
        _ => None,
    };
    let key = vm.interned_ref(name);
    dict.zip(key).and_then(|(d, k)| vm.dict_get_str(d, k)).unwrap_or(Value::None)
}

/// `list[int]` and `int | None`: arguments shown as types show in
/// annotations (`int`, not `<class 'int'>`).
fn alias_repr(vm: &mut Vm, alias: Value) -> PResult<String> {
    let args = vm.seq_items(part(vm, alias, "__args__")).unwrap_or_default();
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(type_repr(vm, a)?);
    }
    if vm.type_of(alias) == vm.aliases.union {
        return Ok(parts.join(" | "));
    }
    let origin = part(vm, alias, "__origin__");
    Ok(format!("{}[{}]", type_repr(vm, origin)?, parts.join(", ")))
}

fn type_repr(vm: &mut Vm, v: Value) -> PResult<String> {
    if v.is(vm.ellipsis) {
        return Ok("...".into());
    }
    if let Value::Obj(r) = v {
        if let Object::Type(t) = vm.heap.get(r) {
            if t.kind == TypeKind::NoneType {
                return Ok("None".into());
            }
            return Ok(if t.module == "builtins" {
                t.qualname.clone()
            } else {
                format!("{}.{}", t.module, t.qualname)
            });
        }
    }
    vm.repr_text(v)
}
