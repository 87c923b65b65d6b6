//! Descriptors: `property`, `classmethod`, `staticmethod`, `__slots__`
//! members and descriptors written in Python (`__get__`, `__set__`,
//! `__delete__`), and `super`, as CPython's `descrobject.c` and
//! `typeobject.c` define them.

use crate::call::Args;
use crate::object::{NativeFn, Object, Property};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.get(TypeKind::Property);
    let methods: [(&'static str, NativeFn); 3] = [
        ("getter", |vm, a| property_with(vm, a, 0)),
        ("setter", |vm, a| property_with(vm, a, 1)),
        ("deleter", |vm, a| property_with(vm, a, 2)),
    ];
    for (name, func) in methods {
        vm.add_method(t, "property", name, func);
    }
    // `__get__` of the builtin descriptors, for code that asks for it
    // (`hasattr(f, '__get__')`) or calls it by hand.
    for (kind, owner) in [
        (TypeKind::Function, "function"),
        (TypeKind::Property, "property"),
        (TypeKind::GetSetDescriptor, "getset_descriptor"),
        (TypeKind::ClassMethod, "classmethod"),
        (TypeKind::StaticMethod, "staticmethod"),
    ] {
        let t = vm.types.get(kind);
        vm.add_method(t, owner, "__get__", descriptor_get);
    }
    // The data descriptors' `__set__` and `__delete__`, by which `inspect`
    // tells them from methods.
    for (kind, owner) in [(TypeKind::Property, "property"), (TypeKind::GetSetDescriptor, "getset_descriptor")]
    {
        let t = vm.types.get(kind);
        vm.add_method(t, owner, "__set__", |vm, a| match a.pos[..] {
            [d, obj, value] => vm.descr_set(d, obj, Some(value)).map(|_| Value::None),
            _ => Err(vm.type_error(format!("expected 2 arguments, got {}", a.pos.len().saturating_sub(1)))),
        });
        vm.add_method(t, owner, "__delete__", |vm, a| match a.pos[..] {
            [d, obj] => vm.descr_set(d, obj, None).map(|_| Value::None),
            _ => Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len().saturating_sub(1)))),
        });
    }
}

/// `descriptor.__get__(obj, type=None)`.
pub(crate) fn descriptor_get(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let given = a.pos.len().saturating_sub(1);
    let (Some(d), Some(obj), 1..=2) = (a.get(0), a.get(1), given) else {
        let bound = if given == 0 { "least 1 argument" } else { "most 2 arguments" };
        return Err(vm.type_error(format!(" expected at {bound}, got {given}")));
    };
    let class = match a.get(2) {
        Some(Value::Obj(t)) if matches!(vm.heap.get(t), Object::Type(_)) => t,
        Some(Value::None) | None if obj.is_none() => {
            return Err(vm.type_error("__get__(None, None) is invalid"))
        }
        _ => vm.type_of(obj),
    };
    let instance = if obj.is_none() { None } else { Some(obj) };
    vm.descr_get(d, instance, class)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn new_property(vm: &mut Vm, a: &Args) -> PResult<Value> {
    if a.pos.len() > 4 {
        let msg = format!("property() takes at most 4 arguments ({} given)", a.pos.len());
        return Err(vm.type_error(msg));
    }
    let arg = |vm: &Vm, i: usize, name: &str| a.arg(vm, i, name).unwrap_or(Value::None);
    let (fget, fset, fdel, doc) =
        (arg(vm, 0, "fget"), arg(vm, 1, "fset"), arg(vm, 2, "fdel"), arg(vm, 3, "doc"));
    let doc = if doc.is_none() { doc_of(vm, fget) } else { doc };
    let p = Property { fget, fset, fdel, doc, name: Value::None, getset: None };
    Ok(vm.heap.alloc_value(Object::Property(Box::new(p))))
}

/// A function's `__doc__`, or `None`.
fn doc_of(vm: &mut Vm, f: Value) -> Value {
    match f {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Function(func) => func.doc,
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// `prop.getter(f)` (0), `setter(f)` (1), `deleter(f)` (2): a copy with one accessor replaced.
fn property_with(vm: &mut Vm, a: &Args, which: usize) -> PResult<Value> {
    let (Some(Value::Obj(p)), Some(f)) = (a.get(0), a.get(1)) else {
        return Err(vm.type_error("property accessor takes exactly one argument"));
    };
    let Object::Property(old) = vm.heap.get(p) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut new = Property {
        fget: old.fget,
        fset: old.fset,
        fdel: old.fdel,
        doc: old.doc,
        name: old.name,
        getset: None,
    };
    match which {
        0 => {
            new.fget = f;
            if new.doc.is_none() {
                new.doc = doc_of(vm, f);
            }
        }
        1 => new.fset = f,
        _ => new.fdel = f,
    }
    Ok(vm.heap.alloc_value(Object::Property(Box::new(new))))
}

/// `super()` (in a method: its class and first argument) or `super(type, obj)`.
pub fn new_super(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (this, obj) = match a.pos[..] {
        [t, obj] => (t, obj),
        [] => implicit_super_args(vm)?,
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    super_of(vm, this, obj)
}

/// `super()` called with no arguments from Python: what `Call` does
/// without building an argument list first (`super().__init__()` runs in
/// most constructors of a class hierarchy).
pub(crate) fn new_implicit_super(vm: &mut Vm) -> PResult<Value> {
    let (this, obj) = implicit_super_args(vm)?;
    super_of(vm, this, obj)
}

/// `super(this, obj)`, its arguments checked.
fn super_of(vm: &mut Vm, this: Value, obj: Value) -> PResult<Value> {
    let Value::Obj(this) = this else {
        let msg = format!("super() argument 1 must be a type, not {}", vm.type_name(this));
        return Err(vm.type_error(msg));
    };
    if !matches!(vm.heap.get(this), Object::Type(_)) {
        let msg = format!("super() argument 1 must be a type, not {}", vm.type_name(Value::Obj(this)));
        return Err(vm.type_error(msg));
    }
    let is_subclass =
        matches!(obj, Value::Obj(r) if matches!(vm.heap.get(r), Object::Type(_)) && vm.is_subtype(r, this));
    if !vm.isinstance(obj, this) && !is_subclass {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(vm.heap.alloc_value(Object::Super { this, obj }))
}

/// The class (`__class__` cell) and first argument of the calling method.
fn implicit_super_args(vm: &mut Vm) -> PResult<(Value, Value)> {
    match implicit_super_cells(vm) {
        Ok(found) => Ok(found),
        Err(why) => Err(vm.err("RuntimeError", why)),
    }
}

/// `implicit_super_args` without the mutable borrow an exception needs:
/// the frame's code is read in place (cloning its `Rc` cost two reference
/// count updates per call); an error is CPython's message.
fn implicit_super_cells(vm: &Vm) -> Result<(Value, Value), &'static str> {
    let fi = vm.frames.len().checked_sub(1).ok_or("super(): no current frame")?;
    let code = &vm.frames[fi].code.code;
    // As CPython: `*args` alone is no first argument.
    if code.arg_count == 0 {
        return Err("super(): no arguments");
    }
    let cell_value = |cell: usize| match vm.frame_cell(fi, cell).map(|c| vm.heap.get(c)) {
        Some(Object::Cell(v)) => Some(*v),
        _ => None,
    };
    // A first argument captured by a closure lives in its cell.
    let first = match code.cell_args.iter().find(|(_, local)| *local == 0) {
        Some(&(cell, _)) => cell_value(cell as usize),
        None => vm.stack.get(vm.frames[fi].base).copied(),
    };
    let first = first.filter(|v| !v.is_null()).ok_or("super(): arg[0] deleted")?;
    let pos =
        code.freevars.iter().position(|n| n == "__class__").ok_or("super(): __class__ cell not found")?;
    let class = cell_value(code.cellvars.len() + pos).filter(|v| !v.is_null());
    Ok((class.ok_or("super(): empty __class__ cell")?, first))
}

impl Vm {
    /// Whether `d`, found on a class, takes precedence over the instance dict:
    /// it defines `__set__` or `__delete__`.
    pub fn is_data_descriptor(&self, d: Value) -> bool {
        let Value::Obj(r) = d else { return false };
        match self.heap.get(r) {
            Object::Property(_) | Object::Member { .. } | Object::TupleGetter { .. } => true,
            Object::Instance(_) => {
                self.special_of(d, self.special.set).is_some()
                    || self.special_of(d, self.special.delete).is_some()
            }
            _ => false,
        }
    }

    /// Whether `descr_get` gives class attribute `d` back unchanged for any
    /// instance (a number, a str, a tuple...: no `__get__`), so that a cache
    /// may hold `d` itself as what `obj.name` reads.
    pub fn is_plain_class_value(&self, d: Value) -> bool {
        let Value::Obj(r) = d else { return true };
        !matches!(
            self.heap.get(r),
            Object::Function(_)
                | Object::Builtin(_)
                | Object::ClassMethod(_)
                | Object::StaticMethod(_)
                | Object::Property(_)
                | Object::Member { .. }
                | Object::TupleGetter { .. }
                | Object::Instance(_)
        )
    }

    /// Whether `v`, found on a type, binds to the instance: a Python function
    /// or a builtin type's method. A builtin function (`len`) stored in a class
    /// does not, as in CPython, nor the functions standing for C ones
    /// (`Function::binds`).
    pub fn binds(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Function(f) => f.binds,
                Object::Builtin(b) => b.owner.is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// `d.__get__(obj, class)` for an attribute `d` found on `class`: `obj`
    /// is the instance, or `None` for an access through the class itself.
    pub fn descr_get(&mut self, d: Value, obj: Option<Value>, class: ObjRef) -> PResult<Value> {
        let Value::Obj(r) = d else { return Ok(d) };
        if let Some(obj) = obj.filter(|_| self.binds(d)) {
            return Ok(self.heap.alloc_value(Object::BoundMethod { receiver: obj, func: d }));
        }
        match (self.heap.get(r), obj) {
            (Object::ClassMethod(f), _) => {
                let f = *f;
                Ok(self.heap.alloc_value(Object::BoundMethod { receiver: Value::Obj(class), func: f }))
            }
            (Object::StaticMethod(f), _) => Ok(*f),
            (Object::Property(p), Some(obj)) => {
                let (fget, name) = (p.fget, p.name);
                if fget.is_none() {
                    return Err(self.property_error(name, obj, "getter"));
                }
                self.call(fget, &[obj])
            }
            (Object::Member { name, index, .. }, Some(obj)) => {
                let (name, index) = (*name, *index);
                match self.slot_value(obj, index) {
                    Some(v) => Ok(v),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
            (Object::TupleGetter { index, .. }, Some(obj)) if !obj.is_none() => {
                let index = *index;
                self.tuple_field(obj, index)
            }
            (Object::Instance(_), Some(obj)) if crate::modules::functools::is_wrapper(self, d) => {
                Ok(crate::modules::functools::descr_get(self, d, obj))
            }
            (Object::Instance(_), _) => match self.special_of(d, self.special.get) {
                Some(get) => self.call(get, &[d, obj.unwrap_or(Value::None), Value::Obj(class)]),
                None => Ok(d),
            },
            _ => Ok(d),
        }
    }

    /// `obj.name = value` (or `del obj.name` when `value` is `None`) through
    /// a data descriptor `d`; `Ok(false)` when `d` is not one.
    pub fn descr_set(&mut self, d: Value, obj: Value, value: Option<Value>) -> PResult<bool> {
        let Value::Obj(r) = d else { return Ok(false) };
        match self.heap.get(r) {
            Object::Property(p) => {
                let (accessor, name, what) =
                    if value.is_some() { (p.fset, p.name, "setter") } else { (p.fdel, p.name, "deleter") };
                if let (true, Some(owner)) = (accessor.is_none(), p.getset.clone()) {
                    let msg = format!(
                        "attribute '{}' of '{owner}' objects is not writable",
                        self.str_of(name).unwrap_or("?")
                    );
                    return Err(self.err("AttributeError", msg));
                }
                if accessor.is_none() {
                    return Err(self.property_error(name, obj, what));
                }
                match value {
                    Some(v) => self.call(accessor, &[obj, v])?,
                    None => self.call(accessor, &[obj])?,
                };
                Ok(true)
            }
            Object::Member { name, index, .. } => {
                let (name, index) = (*name, *index);
                let Value::Obj(o) = obj else { return Err(self.no_attribute(obj, name)) };
                let old = self.slot_value(obj, index);
                if value.is_none() && old.is_none() {
                    // CPython's `member_set` of an unset slot: the bare name.
                    let msg = self.str_of(name).unwrap_or("?").to_string();
                    return Err(self.err("AttributeError", msg));
                }
                if let Some(Object::Instance(i)) = self.heap.get_mut(o) {
                    if let Some(slot) = i.slots.get_mut(index) {
                        *slot = value.unwrap_or(Value::Null);
                    }
                }
                Ok(true)
            }
            Object::TupleGetter { .. } => {
                let what = if value.is_some() { "set" } else { "delete" };
                Err(self.err("AttributeError", format!("can't {what} attribute")))
            }
            Object::Instance(_) => {
                let hook = if value.is_some() { self.special.set } else { self.special.delete };
                match self.special_of(d, hook) {
                    Some(f) => {
                        match value {
                            Some(v) => self.call(f, &[d, obj, v])?,
                            None => self.call(f, &[d, obj])?,
                        };
                        Ok(true)
                    }
                    None => {
                        let what = if value.is_some() { "__set__" } else { "__delete__" };
                        let msg = format!("'{}' object has no attribute '{what}'", self.type_name(d));
                        Err(self.err("AttributeError", msg))
                    }
                }
            }
            _ => Ok(false),
        }
    }

    /// Field `index` of named tuple `obj` (a `_tuplegetter`'s read).
    pub(crate) fn tuple_field(&mut self, obj: Value, index: i64) -> PResult<Value> {
        let Some(Object::Tuple(items)) = self.base_value(obj).as_obj().map(|t| self.heap.get(t)) else {
            let msg = format!(
                "descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object",
                self.type_name(obj)
            );
            return Err(self.type_error(msg));
        };
        match usize::try_from(index).ok().and_then(|i| items.get(i)) {
            Some(v) => Ok(*v),
            None => Err(self.err("IndexError", "tuple index out of range")),
        }
    }

    fn slot_value(&self, obj: Value, index: usize) -> Option<Value> {
        match obj {
            Value::Obj(o) => match self.heap.get(o) {
                Object::Instance(i) => i.slots.get(index).copied().filter(|v| !v.is_null()),
                _ => None,
            },
            _ => None,
        }
    }

    fn property_error(&mut self, name: Value, obj: Value, what: &str) -> Exc {
        let name = self.str_of(name).unwrap_or("").to_string();
        let msg = format!("property '{name}' of '{}' object has no {what}", self.type_name(obj));
        self.err("AttributeError", msg)
    }

    /// `'C' object has no attribute 'x'`.
    pub fn no_attribute(&mut self, obj: Value, name: Value) -> Exc {
        let msg = format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            self.str_of(name).unwrap_or("?")
        );
        self.err("AttributeError", msg)
    }

    /// `super(this, obj).name`: the MRO of `obj`'s type (or of `obj`, a
    /// class) after `this`, binding what it finds to `obj`.
    pub fn super_getattr(&mut self, s: ObjRef, name: Value) -> PResult<Value> {
        let Object::Super { .. } = self.heap.get(s) else {
            return Err(self.type_error("not a super object"));
        };
        if self.str_of(name) == Some("__class__") {
            return Ok(Value::Obj(self.types.get(TypeKind::Super)));
        }
        match self.super_lookup(s, name) {
            Some(found) => {
                let instance = if found.obj_is_class { None } else { Some(found.obj) };
                self.descr_get(found.attribute, instance, found.start)
            }
            None => {
                let msg = format!("'super' object has no attribute '{}'", self.str_of(name).unwrap_or("?"));
                Err(self.err("AttributeError", msg))
            }
        }
    }

    /// `name` along the MRO of super object `s`'s object, after its class.
    pub(crate) fn super_lookup(&self, s: ObjRef, name: Value) -> Option<SuperFound> {
        let Object::Super { this, obj } = self.heap.get(s) else { return None };
        self.super_lookup_for(*this, *obj, name)
    }

    /// `super().name(...)` in a method, where `super` is the builtin: the
    /// function found and the instance to call it with, without making the
    /// super object (CPython 3.12's `LOAD_SUPER_ATTR`). `None` when anything
    /// is unusual (no `__class__` cell, a class as the first argument, no
    /// plain function found): then `super()` is called as usual, and raises.
    pub(crate) fn implicit_super_method(&self, name: Value) -> Option<(Value, Value)> {
        let (Value::Obj(this), obj) = implicit_super_cells(self).ok()? else { return None };
        let is_type = matches!(self.heap.get(this), Object::Type(_));
        if !is_type || matches!(self.heap.get(obj.as_obj()?), Object::Type(_)) {
            return None;
        }
        if !self.is_subtype(self.type_of(obj), this) {
            return None;
        }
        let found = self.super_lookup_for(this, obj, name)?;
        let function =
            matches!(found.attribute, Value::Obj(f) if matches!(self.heap.get(f), Object::Function(_)));
        (function && self.binds(found.attribute)).then_some((found.attribute, obj))
    }

    /// `name` along the MRO of `obj`'s type (or of `obj`, a class), after `this`.
    fn super_lookup_for(&self, this: ObjRef, obj: Value, name: Value) -> Option<SuperFound> {
        let obj_is_class = matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Object::Type(_)) && self.is_subtype(r, this));
        let start = if obj_is_class { obj.as_obj().unwrap_or(this) } else { self.type_of(obj) };
        let Value::Obj(n) = name else { return None };
        let mro = self.mro(start);
        let after = mro.iter().position(|c| *c == this).map_or(mro.len(), |i| i + 1);
        let rest = &mro[after..];
        // When the classes after `this` are the MRO of the first of them
        // (single inheritance, the usual case), the search is that class's
        // `lookup_type`, which the method cache answers.
        let attribute = match rest.first() {
            Some(&next) if self.mro(next) == rest => self.lookup_type(next, n),
            _ => rest.iter().find_map(|c| match self.heap.get(*c) {
                Object::Type(t) => self.dict_get_str(t.dict, n),
                _ => None,
            }),
        }?;
        Some(SuperFound { attribute, obj, obj_is_class, start })
    }
}

/// What `super().name` found: the attribute, on the class `start`'s MRO,
/// for `obj` (an instance, or a class when `obj_is_class`).
pub(crate) struct SuperFound {
    pub attribute: Value,
    pub obj: Value,
    pub obj_is_class: bool,
    pub start: ObjRef,
}
