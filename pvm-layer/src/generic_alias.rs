//! `list[int]`, `dict[str, int]`... (PEP 585): subscripting a builtin
//! container type gives a `types.GenericAlias` remembering the origin and the
//! arguments; it shows as `list[int]` and calls its origin. `int | None`
//! (PEP 604) gives a `types.UnionType` of its arguments.
//!
//! Both classes are made at start-up as classes with native methods, so
//! their instances go through the data model like any user class's. An
//! alias knows the type variables among its arguments (`__parameters__`),
//! which subscripting it replaces (`dict[str, T][int]`); as a base class it
//! stands for its origin (`class Registry(dict[str, int])`), and it cannot be
//! used with `isinstance()`.

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
    let alias_methods: &[(&'static str, NativeFn)] = &[
        ("__call__", |vm, a| {
            let this = a.get(0).unwrap_or(Value::None);
            let origin = part(vm, this, "__origin__");
            vm.call_args(origin, Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() })
        }),
        // `types.GenericAlias(origin, args)`.
        ("__init__", |vm, a| {
            let [this, origin, args] = a.pos[..] else {
                let msg = format!("GenericAlias expected 2 arguments, got {}", a.pos.len().saturating_sub(1));
                return Err(vm.type_error(msg));
            };
            fill(vm, this, origin, args)?;
            Ok(Value::None)
        }),
        ("__getitem__", substitute),
        ("__mro_entries__", |vm, a| {
            let origin = part(vm, a.get(0).unwrap_or(Value::None), "__origin__");
            Ok(vm.new_tuple(vec![origin]))
        }),
        ("__instancecheck__", |vm, _| {
            Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
        }),
        ("__subclasscheck__", |vm, _| {
            Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
        }),
    ];
    for (name, func) in alias_methods {
        vm.add_method(generic_alias, "GenericAlias", name, *func);
    }
    vm.set_type_attr(generic_alias, "__unpacked__", Value::Bool(false));
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
    new_alias(vm, Value::Obj(origin), key).map(Some)
}

/// A `GenericAlias` of `origin` and `args` (one argument or a tuple of them).
pub fn new_alias(vm: &mut Vm, origin: Value, args: Value) -> PResult<Value> {
    let instance = Instance::with_dict(vm.aliases.generic_alias, vm.new_dict());
    let alias = vm.heap.alloc_value(Object::Instance(instance));
    fill(vm, alias, origin, args)?;
    Ok(alias)
}

/// Sets an alias's `__origin__`, `__args__` and `__parameters__`.
fn fill(vm: &mut Vm, alias: Value, origin: Value, args: Value) -> PResult<()> {
    let args = match args {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_)) => args,
        _ => vm.new_tuple(vec![args]),
    };
    vm.rooted(&[alias, origin, args], |vm| {
        let items = vm.seq_items(args).unwrap_or_default();
        let parameters = parameters(vm, &items)?;
        for (name, value) in [("__origin__", origin), ("__args__", args), ("__parameters__", parameters)] {
            let name = Value::Obj(vm.intern(name));
            vm.setattr(alias, name, value)?;
        }
        Ok(())
    })
}

/// CPython's `_Py_make_parameters`: the type variables among the arguments
/// (anything with `__typing_subst__`) and those of the arguments that have
/// some (`list[T]` in `dict[str, list[T]]`), in order, each once.
fn parameters(vm: &mut Vm, args: &[Value]) -> PResult<Value> {
    let mut found: Vec<Value> = Vec::new();
    for &arg in args {
        if matches!(arg, Value::Obj(r) if matches!(vm.heap.get(r), Object::Type(_))) {
            continue;
        }
        let own = if vm.getattr_opt(arg, "__typing_subst__")?.is_some() {
            vec![arg]
        } else {
            match vm.getattr_opt(arg, "__parameters__")? {
                Some(ps) => vm.seq_items(ps).unwrap_or_default(),
                None => Vec::new(),
            }
        };
        for p in own {
            if !found.iter().any(|f| f.is(p)) {
                found.push(p);
            }
        }
    }
    Ok(vm.new_tuple(found))
}

/// `alias[args]`: the alias with its type variables replaced, in order, by
/// `args` (CPython's `_Py_subs_parameters`).
fn substitute(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (this, item) = (a.get(0).unwrap_or(Value::None), a.get(1).unwrap_or(Value::None));
    let params = vm.seq_items(part(vm, this, "__parameters__")).unwrap_or_default();
    if params.is_empty() {
        let msg = format!("{} is not a generic class", alias_repr(vm, this)?);
        return Err(vm.type_error(msg));
    }
    let items = match item {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_)) => vm.seq_items(item).unwrap_or_default(),
        _ => vec![item],
    };
    if items.len() != params.len() {
        let many = if items.len() > params.len() { "many" } else { "few" };
        let msg = format!(
            "Too {many} arguments for {}; actual {}, expected {}",
            alias_repr(vm, this)?,
            items.len(),
            params.len()
        );
        return Err(vm.type_error(msg));
    }
    let args = vm.seq_items(part(vm, this, "__args__")).unwrap_or_default();
    let mark = vm.roots.len();
    vm.roots.push(item);
    let result = (|| {
        let mut new_args = Vec::with_capacity(args.len());
        for arg in args {
            let new = substitute_one(vm, arg, &params, &items)?;
            vm.roots.push(new);
            new_args.push(new);
        }
        let origin = part(vm, this, "__origin__");
        let new_args = vm.new_tuple(new_args);
        new_alias(vm, origin, new_args)
    })();
    vm.roots.truncate(mark);
    result
}

/// One argument of an alias with the type variables `params` replaced by `items`.
fn substitute_one(vm: &mut Vm, arg: Value, params: &[Value], items: &[Value]) -> PResult<Value> {
    if matches!(arg, Value::Obj(r) if matches!(vm.heap.get(r), Object::Type(_))) {
        return Ok(arg);
    }
    if let Some(subst) = vm.getattr_opt(arg, "__typing_subst__")? {
        let i = params.iter().position(|p| p.is(arg)).unwrap_or(0);
        return vm.call(subst, &[items[i]]);
    }
    let own = match vm.getattr_opt(arg, "__parameters__")? {
        Some(ps) => vm.seq_items(ps).unwrap_or_default(),
        None => return Ok(arg),
    };
    if own.is_empty() {
        return Ok(arg);
    }
    let sub: Vec<Value> =
        own.iter().map(|p| params.iter().position(|q| q.is(*p)).map_or(*p, |i| items[i])).collect();
    let sub = vm.new_tuple(sub);
    vm.getitem(arg, sub)
}

fn alias_dict(vm: &Vm, alias: Value) -> Option<ObjRef> {
    match alias {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Instance(i) => i.dict,
            _ => None,
        },
        _ => None,
    }
}

fn part(vm: &Vm, alias: Value, name: &str) -> Value {
    let dict = alias_dict(vm, alias);
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
    // `tuple[()]`: no arguments show as an empty tuple.
    let args = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
    Ok(format!("{}[{args}]", type_repr(vm, origin)?))
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
