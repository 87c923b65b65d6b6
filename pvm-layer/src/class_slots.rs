//! The `__dict__` and `__weakref__` attributes CPython's `type_new` gives a
//! new class whose instances gain a dict, or become weakly referenceable,
//! where none of its bases made them so: getset descriptors that show in
//! `C.__dict__` and `dir()`, and through which `obj.__dict__ = d` replaces
//! an instance's namespace. (Strata keeps no weak references: an
//! instance's `__weakref__` is always None.)

use std::borrow::Cow;

use crate::call::Args;
use crate::object::{NativeFn, Object, Property};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// What a class's `__slots__` asked for, when it has them.
pub(crate) struct SlotRequest {
    pub dict: bool,
    pub weakref: bool,
}

impl Vm {
    /// Adds `__dict__` and `__weakref__` to the namespace `dict` of new class
    /// `cls` (named `name`, with `bases`) as `type_new` does.
    pub(crate) fn add_dict_and_weakref(
        &mut self,
        cls: ObjRef,
        dict: ObjRef,
        bases: &[ObjRef],
        slots: Option<SlotRequest>,
    ) -> PResult<()> {
        let (wants_dict, wants_weakref) = slots.map_or((true, true), |s| (s.dict, s.weakref));
        let kinds: Vec<TypeKind> = bases.iter().map(|b| self.kind_of_type(*b)).collect();
        // Exceptions, types, modules carry a dict of their own.
        let has_dict = bases.iter().any(|b| self.type_instance_dict(*b))
            || kinds.iter().any(|k| matches!(k, TypeKind::Exception | TypeKind::Type | TypeKind::Module));
        // Variable-size objects (int, tuple, bytes) cannot hold a weak
        // reference list; sets, deques, types and modules have one already.
        let has_weakref = bases.iter().any(|b| self.adds_weakref_in_mro(*b))
            || kinds.iter().any(|k| {
                matches!(
                    k,
                    TypeKind::Int
                        | TypeKind::Bool
                        | TypeKind::Tuple
                        | TypeKind::Bytes
                        | TypeKind::Set
                        | TypeKind::FrozenSet
                        | TypeKind::Deque
                        | TypeKind::Type
                        | TypeKind::Module
                )
            });
        let owner = match self.heap.get(cls) {
            Object::Type(t) => t.name.clone(),
            _ => String::new(),
        };
        if wants_dict && !has_dict {
            let fset: NativeFn = set_dict;
            self.add_instance_getset(dict, &owner, "__dict__", get_dict, Some(fset))?;
        }
        if wants_weakref && !has_weakref {
            self.add_instance_getset(dict, &owner, "__weakref__", |_, _| Ok(Value::None), None)?;
        }
        Ok(())
    }

    fn kind_of_type(&self, t: ObjRef) -> TypeKind {
        match self.heap.get(t) {
            Object::Type(t) => t.kind,
            _ => TypeKind::Object,
        }
    }

    /// Whether a class on `t`'s MRO was given a `__weakref__`.
    fn adds_weakref_in_mro(&mut self, t: ObjRef) -> bool {
        let key = self.intern("__weakref__");
        self.mro(t).to_vec().into_iter().any(|c| match self.heap.get(c) {
            Object::Type(t) if t.heap_type => {
                let d = t.dict;
                self.dict_get_str(d, key).is_some()
            }
            _ => false,
        })
    }

    fn add_instance_getset(
        &mut self,
        dict: ObjRef,
        owner: &str,
        name: &'static str,
        get: NativeFn,
        set: Option<NativeFn>,
    ) -> PResult<()> {
        let fget = self.new_method("object", name, get);
        let fset = set.map_or(Value::None, |s| self.new_method("object", name, s));
        let attribute = self.new_str(name);
        let property = Property {
            fget,
            fset,
            fdel: Value::None,
            doc: Value::None,
            name: attribute,
            getset: Some(Cow::Owned(owner.to_string())),
        };
        let p = self.heap.alloc_value(Object::Property(Box::new(property)));
        let key = self.intern(name);
        self.dict_set_str(dict, key, p);
        Ok(())
    }
}

/// `obj.__dict__`: the instance's namespace (made on first use).
fn get_dict(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let obj = a.get(0).unwrap_or(Value::None);
    match vm.own_attr(obj, "__dict__") {
        Some(d) => Ok(d),
        None => {
            let name = Value::Obj(vm.intern("__dict__"));
            Err(vm.no_attribute(obj, name))
        }
    }
}

/// `obj.__dict__ = d`: `d` (a dict, or the dict a dict subclass extends)
/// becomes the instance's namespace.
fn set_dict(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (obj, value) = (a.get(0).unwrap_or(Value::None), a.get(1).unwrap_or(Value::None));
    let namespace = match vm.base_value(value) {
        Value::Obj(d) if matches!(vm.heap.get(d), Object::Dict(_)) => d,
        _ => {
            let msg = format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(value));
            return Err(vm.type_error(msg));
        }
    };
    if let Value::Obj(r) = obj {
        match vm.heap.get_mut(r) {
            Some(Object::Instance(i)) => i.dict = Some(namespace),
            Some(Object::Exception(e)) => e.dict = Some(namespace),
            _ => {}
        }
    }
    Ok(Value::None)
}
