//! Classes: the `class` statement (`__build_class__`), `type(name, bases,
//! ns)` and metaclasses, the C3 method resolution order, and calling a class
//! (`__new__`, then `__init__`), as CPython's `typeobject.c` does them.
//!
//! A user class is a [`TypeObject`] with `heap_type` set. Its instances are
//! [`Instance`]s, or exceptions when it derives from `BaseException`; a
//! subclass of a builtin type like `list` makes instances that carry the
//! builtin value they extend (`Instance::base`), on which the builtin
//! methods and operators act.

use crate::call::Args;
use crate::class_slots::SlotRequest;
use crate::method_cache::Lookup;
use crate::object::{Instance, Object, TypeObject};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Builtin types a class may not derive from (CPython lacks
/// `Py_TPFLAGS_BASETYPE` on them), besides most iterators
/// (`iterators::is_final_iterator`).
const FINAL_KINDS: &[TypeKind] = &[
    TypeKind::NoneType,
    TypeKind::Bool,
    TypeKind::Range,
    TypeKind::Slice,
    TypeKind::DictKeys,
    TypeKind::DictValues,
    TypeKind::DictItems,
    TypeKind::Function,
    TypeKind::BuiltinFunction,
    TypeKind::Method,
    TypeKind::Cell,
    TypeKind::Code,
    TypeKind::Frame,
    TypeKind::Traceback,
    TypeKind::Generator,
    TypeKind::NotImplementedType,
    TypeKind::Ellipsis,
    TypeKind::Super,
    TypeKind::MemberDescriptor,
    TypeKind::GetSetDescriptor,
    TypeKind::MemoryView,
    TypeKind::TupleGetter,
    TypeKind::LruCacheWrapper,
];

/// Builtin types whose instances are filled by `__init__` (so `__new__`
/// makes an empty one); the others take their value in `__new__`.
const MUTABLE_KINDS: &[TypeKind] =
    &[TypeKind::List, TypeKind::Dict, TypeKind::Set, TypeKind::ByteArray, TypeKind::Deque];

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    crate::builtins::add_fn(vm, b, "__build_class__", build_class);
    let object = vm.types.get(TypeKind::Object);
    let type_ = vm.types.get(TypeKind::Type);
    let base_exception = vm.types.exc("BaseException");
    for kind in [
        TypeKind::Object,
        TypeKind::Type,
        TypeKind::Int,
        TypeKind::Float,
        TypeKind::Complex,
        TypeKind::Str,
        TypeKind::Bytes,
        TypeKind::ByteArray,
        TypeKind::Tuple,
        TypeKind::List,
        TypeKind::Dict,
        TypeKind::Set,
        TypeKind::FrozenSet,
    ] {
        let t = vm.types.get(kind);
        let owner = static_name(kind);
        let new = vm.new_method(owner, "__new__", builtin_new);
        let new = vm.heap.alloc_value(Object::StaticMethod(new));
        vm.set_type_attr(t, "__new__", new);
    }
    let new = vm.new_method("BaseException", "__new__", builtin_new);
    let new = vm.heap.alloc_value(Object::StaticMethod(new));
    vm.set_type_attr(base_exception, "__new__", new);
    for (t, owner) in [
        (object, "object"),
        (type_, "type"),
        (base_exception, "BaseException"),
        (vm.types.get(TypeKind::List), "list"),
        (vm.types.get(TypeKind::Dict), "dict"),
        (vm.types.get(TypeKind::Set), "set"),
    ] {
        let init = vm.new_method(owner, "__init__", builtin_init);
        vm.set_type_attr(t, "__init__", init);
    }
    let call = vm.new_method("type", "__call__", |vm, a| match a.pos.first() {
        Some(&Value::Obj(cls)) if matches!(vm.heap.get(cls), Object::Type(_)) => {
            vm.type_call(cls, Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() })
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    });
    vm.set_type_attr(type_, "__call__", call);
    let mro = vm.new_method("type", "mro", |vm, a| match a.pos.first() {
        Some(&Value::Obj(cls)) => {
            let items: Vec<Value> = vm.mro(cls).iter().map(|c| Value::Obj(*c)).collect();
            Ok(vm.new_list(items))
        }
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    });
    vm.set_type_attr(type_, "mro", mro);
    let subclasses = vm.new_method("type", "__subclasses__", |vm, a| match a.pos.first() {
        Some(&Value::Obj(cls)) => {
            let listed = match vm.heap.get(cls) {
                Object::Type(t) => t.subclasses.clone(),
                _ => Vec::new(),
            };
            let mut alive: Vec<Value> = Vec::new();
            for s in listed {
                let is_subclass = matches!(vm.heap.get(s), Object::Type(t) if t.bases.contains(&cls));
                if is_subclass && !alive.iter().any(|v| v.is(Value::Obj(s))) {
                    alive.push(Value::Obj(s));
                }
            }
            Ok(vm.new_list(alive))
        }
        _ => Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")),
    });
    vm.set_type_attr(type_, "__subclasses__", subclasses);
    // The checks without a metaclass's hooks: what a metaclass's own
    // `__instancecheck__` reaches through `super()`.
    let instancecheck = vm.new_method("type", "__instancecheck__", |vm, a| match a.pos[..] {
        [Value::Obj(cls), inst] if matches!(vm.heap.get(cls), Object::Type(_)) => {
            Ok(Value::Bool(vm.isinstance(inst, cls)))
        }
        _ => Err(vm.type_error("descriptor '__instancecheck__' requires a 'type' object")),
    });
    vm.set_type_attr(type_, "__instancecheck__", instancecheck);
    let subclasscheck = vm.new_method("type", "__subclasscheck__", |vm, a| match a.pos[..] {
        [Value::Obj(cls), Value::Obj(sub)] if matches!(vm.heap.get(cls), Object::Type(_)) => {
            if !matches!(vm.heap.get(sub), Object::Type(_)) {
                return Err(vm.type_error("issubclass() arg 1 must be a class"));
            }
            Ok(Value::Bool(vm.is_subtype(sub, cls)))
        }
        [Value::Obj(cls), _] if matches!(vm.heap.get(cls), Object::Type(_)) => {
            Err(vm.type_error("issubclass() arg 1 must be a class"))
        }
        _ => Err(vm.type_error("descriptor '__subclasscheck__' requires a 'type' object")),
    });
    vm.set_type_attr(type_, "__subclasscheck__", subclasscheck);
    let init_subclass = vm.new_method("object", "__init_subclass__", |vm, a| {
        if a.kw.is_empty() && a.pos.len() <= 1 {
            return Ok(Value::None);
        }
        let name = a.pos.first().map_or("object".to_string(), |c| vm.callable_name(*c));
        Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")))
    });
    let init_subclass = vm.heap.alloc_value(Object::ClassMethod(init_subclass));
    vm.set_type_attr(object, "__init_subclass__", init_subclass);
    // The hook `abc` asks first: object's has no opinion.
    let subclasshook = vm.new_method("object", "__subclasshook__", |vm, _| Ok(vm.not_implemented));
    let subclasshook = vm.heap.alloc_value(Object::ClassMethod(subclasshook));
    vm.set_type_attr(object, "__subclasshook__", subclasshook);
    crate::descriptors::install(vm);
    crate::datamodel::install(vm);
    crate::coroutine::install(vm);
    crate::exception_group::install(vm);
}

/// The Python name of a builtin type, as a `'static` string for `Builtin::owner`.
fn static_name(kind: TypeKind) -> &'static str {
    crate::types::BUILTIN_TYPES.iter().find(|(k, _)| *k == kind).map_or("object", |(_, n)| n)
}

/// The classes `bases` stand for, and whether any base named others.
fn resolve_bases(vm: &mut Vm, bases: &[Value], original: Value) -> PResult<(Vec<Value>, bool)> {
    let mut resolved = Vec::with_capacity(bases.len());
    let mut replaced = false;
    for &b in bases {
        let is_type = matches!(b, Value::Obj(r) if matches!(vm.heap.get(r), Object::Type(_)));
        let entries_of = if is_type { None } else { vm.getattr_opt(b, "__mro_entries__")? };
        let Some(f) = entries_of else {
            resolved.push(b);
            continue;
        };
        let entries = vm.call(f, &[original])?;
        vm.roots.push(entries); // the caller truncates its roots after the class is made
        match entries {
            Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_)) => {
                resolved.extend(vm.seq_items(entries).unwrap_or_default());
                replaced = true;
            }
            _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok((resolved, replaced))
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`: what a
/// `class` statement calls. Runs the body in a fresh namespace, then calls
/// the metaclass with `(name, bases, namespace)`.
fn build_class(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (Some(func), Some(name)) = (a.get(0), a.get(1)) else {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    };
    let Value::Obj(body) = func else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    if !matches!(vm.heap.get(body), Object::Function(_)) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    if vm.str_of(name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    // Bases that are not classes may name the classes they stand for (PEP
    // 560); CPython looks `__mro_entries__` up on the base itself, so a
    // function with the attribute (typing.NamedTuple) can stand for a class.
    let original = vm.new_tuple(a.pos[2..].to_vec());
    let mark = vm.roots.len();
    vm.roots.push(original);
    let (bases, replaced) = match resolve_bases(vm, &a.pos[2..], original) {
        Ok(resolved) => resolved,
        Err(e) => {
            vm.roots.truncate(mark);
            return Err(e);
        }
    };
    let mut meta = None;
    let mut kw = Vec::new();
    for (k, v) in &a.kw {
        if vm.str_of(*k) == Some("metaclass") {
            meta = Some(*v);
        } else {
            kw.push((*k, *v));
        }
    }
    let bases_tuple = vm.new_tuple(bases.clone());
    vm.roots.push(bases_tuple);
    let result = (|| {
        let meta = match meta {
            Some(Value::Obj(m)) if matches!(vm.heap.get(m), Object::Type(_)) => {
                Value::Obj(vm.calculate_meta(m, &bases)?)
            }
            Some(m) => m,
            None => Value::Obj(vm.calculate_meta(vm.types.get(TypeKind::Type), &bases)?),
        };
        vm.roots.push(meta);
        let prepare = vm.special.prepare;
        let ns = match meta.as_obj().and_then(|m| vm.lookup_user(m, prepare)) {
            Some(_) => {
                // `meta.__prepare__`, found as an attribute of the class: a
                // plain function there is not bound (usually it is a classmethod).
                let p = vm.getattr(meta, Value::Obj(prepare))?;
                vm.call_args(p, Args { pos: vec![name, bases_tuple], kw: kw.clone() })?
            }
            None => Value::Obj(vm.new_dict()),
        };
        vm.roots.push(ns);
        let Value::Obj(ns_ref) = ns else { return Err(vm.type_error("__prepare__() must return a mapping")) };
        let cell = vm.run_class_body(body, ns_ref)?;
        if replaced {
            let key = vm.new_str("__orig_bases__");
            vm.setitem(ns, key, original)?;
        }
        let cls = vm.call_args(meta, Args { pos: vec![name, bases_tuple, ns], kw })?;
        if let (Value::Obj(c), Value::Obj(_)) = (cell, cls) {
            if let Some(Object::Cell(contents)) = vm.heap.get_mut(c) {
                if contents.is_null() {
                    *contents = cls;
                }
            }
        }
        Ok(cls)
    })();
    vm.roots.truncate(mark);
    result
}

impl Vm {
    /// Whether `t` is a class defined in Python (`class` or `type(...)`).
    #[inline]
    pub fn is_heap_type(&self, t: ObjRef) -> bool {
        matches!(self.heap.get(t), Object::Type(ty) if ty.heap_type)
    }

    /// A special method as the data model finds it: looked up along `t`'s MRO
    /// among the classes defined in Python. A builtin type that has the name
    /// ends the search (the PVM implements its behaviour natively); one that
    /// lacks it is passed over, so that a mixin after it still counts
    /// (`class F(int, Flag)` iterates with `Flag.__iter__`), as in CPython.
    pub fn lookup_user(&self, t: ObjRef, name: ObjRef) -> Option<Value> {
        let Object::Type(ty) = self.heap.get(t) else { return None };
        if !ty.heap_type {
            return None;
        }
        if let Some(found) = self.method_cache.get(t, name, Lookup::User) {
            return found;
        }
        let mut found = None;
        for c in ty.mro.iter() {
            let Object::Type(ct) = self.heap.get(*c) else { break };
            if let Some(v) = self.dict_get_str(ct.dict, name) {
                found = ct.heap_type.then_some(v);
                break;
            }
        }
        self.method_cache.put(t, name, Lookup::User, found);
        found
    }

    /// The special method `name` of `v`'s class, when that class is defined
    /// in Python and defines (or inherits) it. Builtin values give `None`.
    #[inline]
    pub fn special_of(&self, v: Value, name: ObjRef) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let class = match self.heap.get(r) {
            Object::Instance(i) => i.class,
            Object::Exception(e) => e.class,
            Object::Type(t) => t.meta?,
            _ => return None,
        };
        self.lookup_user(class, name)
    }

    /// The builtin value an instance of a subclass of a builtin type extends
    /// (`v` itself for anything else).
    #[inline]
    pub fn base_value(&self, v: Value) -> Value {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Instance(i) if !i.base.is_null() => i.base,
                _ => v,
            },
            _ => v,
        }
    }

    /// `type(name, bases, ns, **kwds)`. When a base's metaclass is more
    /// derived than `type`, it makes the class: CPython's `type_new` hands
    /// over to its `__new__`, and `type.__call__` then runs its `__init__`.
    pub(crate) fn type_three_args(&mut self, a: &Args) -> PResult<Value> {
        let meta = self.types.get(TypeKind::Type);
        let (name, bases, ns) = (a.pos[0], a.pos[1], a.pos[2]);
        if let Value::Obj(r) = bases {
            if let Object::Tuple(items) = self.heap.get(r) {
                let items = items.to_vec();
                let winner = self.calculate_meta(meta, &items)?;
                if winner != meta {
                    return self.type_call(winner, a.clone());
                }
            }
        }
        self.new_class(meta, name, bases, ns, &a.kw)
    }

    /// The most derived of `meta` and the metaclasses of `bases`.
    fn calculate_meta(&mut self, meta: ObjRef, bases: &[Value]) -> PResult<ObjRef> {
        let mut winner = meta;
        for b in bases {
            let t = self.type_of(*b);
            if self.is_subtype(winner, t) {
                continue;
            }
            if self.is_subtype(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Runs a class body (a function of no arguments) with `ns` as its
    /// namespace; its value is the `__class__` cell, or `None`.
    fn run_class_body(&mut self, body: ObjRef, ns: ObjRef) -> PResult<Value> {
        let (code, globals) = match self.heap.get(body) {
            Object::Function(f) => (f.code.clone(), f.globals),
            _ => return Err(self.type_error("__build_class__: func must be a function")),
        };
        self.run_code(code, globals, Some(ns), Some(body))
    }

    /// `type.__new__(meta, name, bases, ns, **kwds)`: makes a class.
    pub fn new_class(
        &mut self,
        meta: ObjRef,
        name: Value,
        bases: Value,
        ns: Value,
        kw: &[(Value, Value)],
    ) -> PResult<Value> {
        let Some(class_name) = self.str_of(name).map(str::to_string) else {
            let msg = format!("type.__new__() argument 1 must be str, not {}", self.type_name(name));
            return Err(self.type_error(msg));
        };
        let base_values = match bases {
            Value::Obj(r) if matches!(self.heap.get(r), Object::Tuple(_)) => {
                self.seq_items(bases).unwrap_or_default()
            }
            _ => {
                let msg = format!("type.__new__() argument 2 must be tuple, not {}", self.type_name(bases));
                return Err(self.type_error(msg));
            }
        };
        let ns_ref = match ns {
            Value::Obj(r) if matches!(self.heap.get(r), Object::Dict(_)) => r,
            _ => {
                let msg = format!("type.__new__() argument 3 must be dict, not {}", self.type_name(ns));
                return Err(self.type_error(msg));
            }
        };
        let mut bases = Vec::with_capacity(base_values.len());
        let mut kind = TypeKind::Object;
        for b in &base_values {
            let (r, base_kind, heap) = match b {
                Value::Obj(r) => match self.heap.get(*r) {
                    Object::Type(t) => (*r, t.kind, t.heap_type),
                    _ => return Err(self.type_error("bases must be types")),
                },
                _ => return Err(self.type_error("bases must be types")),
            };
            if !heap && (FINAL_KINDS.contains(&base_kind) || crate::iterators::is_final_iterator(base_kind)) {
                let msg = format!("type '{}' is not an acceptable base type", self.type_obj_name(r));
                return Err(self.type_error(msg));
            }
            if bases.contains(&r) {
                let msg = format!("duplicate base class {}", self.type_obj_name(r));
                return Err(self.type_error(msg));
            }
            if base_kind != TypeKind::Object {
                if kind == TypeKind::Object || self.kind_derives(base_kind, kind) {
                    kind = base_kind;
                } else if !self.kind_derives(kind, base_kind) {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            }
            bases.push(r);
        }
        if bases.is_empty() {
            bases.push(self.types.get(TypeKind::Object));
        }
        let mro_tail = self.c3_merge(&bases)?;

        // The class dict: a copy of the namespace, adjusted as type_new does.
        let dict = self.new_dict();
        self.roots.push(Value::Obj(dict));
        let result = self.fill_class(meta, class_name, bases, mro_tail, kind, ns_ref, dict, kw);
        self.roots.pop();
        result
    }

    /// Whether instances of layout `a` are also of layout `b` (`bool` of `int`, any exception of `BaseException`...).
    fn kind_derives(&self, a: TypeKind, b: TypeKind) -> bool {
        a == b || b == TypeKind::Object || (a == TypeKind::Bool && b == TypeKind::Int)
    }

    #[allow(clippy::too_many_arguments)]
    fn fill_class(
        &mut self,
        meta: ObjRef,
        name: String,
        bases: Vec<ObjRef>,
        mro_tail: Vec<ObjRef>,
        kind: TypeKind,
        ns: ObjRef,
        dict: ObjRef,
        kw: &[(Value, Value)],
    ) -> PResult<Value> {
        for (k, v) in self.dict_items(ns) {
            self.dict_set(dict, k, v)?;
        }
        let s = self.special.clone();
        let qualname = match self.dict_get_str(dict, s.qualname) {
            Some(q) => match self.str_of(q) {
                Some(text) => {
                    let text = text.to_string();
                    self.dict_remove(dict, Value::Obj(s.qualname))?;
                    text
                }
                None => {
                    let msg = format!("type __qualname__ must be a str, not {}", self.type_name(q));
                    return Err(self.type_error(msg));
                }
            },
            None => name.clone(),
        };
        let module = match self.dict_get_str(dict, s.module) {
            Some(m) => self.str_text(m)?,
            None => {
                let module = match self.frames.last() {
                    Some(f) => {
                        let g = f.globals;
                        self.dict_get_name(g, "__name__")
                    }
                    None => None,
                };
                let module = module.unwrap_or(Value::None);
                self.dict_set_str(dict, s.module, module);
                self.str_text(module)?
            }
        };
        // `__new__` is a static method, `__init_subclass__` and
        // `__class_getitem__` class methods, without being declared so.
        for (key, wrap_static) in [(s.new, true), (s.init_subclass, false), (s.class_getitem, false)] {
            if let Some(Value::Obj(f)) = self.dict_get_str(dict, key) {
                if matches!(self.heap.get(f), Object::Function(_)) {
                    let wrapped = if wrap_static {
                        Object::StaticMethod(Value::Obj(f))
                    } else {
                        Object::ClassMethod(Value::Obj(f))
                    };
                    let w = self.heap.alloc_value(wrapped);
                    self.dict_set_str(dict, key, w);
                }
            }
        }
        // `__slots__`: names whose values live in the instance, not its dict.
        let base_slots = bases.iter().map(|b| self.type_nslots(*b)).max().unwrap_or(0);
        let bases_have_dict = bases.iter().any(|b| self.type_instance_dict(*b));
        let slot_names = match self.dict_get_str(dict, s.slots) {
            Some(v) if self.str_of(v).is_some() => Some(vec![v]),
            Some(v) => Some(self.collect_iter(v)?),
            None => None,
        };
        let (nslots, instance_dict, own_slots, slot_request) = match &slot_names {
            None => (base_slots, true, Vec::new(), None),
            Some(names) => {
                let mut own = Vec::new();
                let mut request = SlotRequest { dict: false, weakref: false };
                for n in names {
                    match self.str_of(*n) {
                        Some("__dict__") => request.dict = true,
                        Some("__weakref__") => request.weakref = true,
                        Some(text) if n.as_obj().is_some_and(|k| self.dict_get_str(dict, k).is_some()) => {
                            let msg = format!("'{text}' in __slots__ conflicts with class variable");
                            return Err(self.value_error(msg));
                        }
                        Some(_) => own.push(*n),
                        None => {
                            let msg =
                                format!("__slots__ items must be strings, not '{}'", self.type_name(*n));
                            return Err(self.type_error(msg));
                        }
                    }
                }
                // CPython's type_new sorts the names: the members' order in the
                // class's namespace.
                own.sort_by(|a, b| self.str_of(*a).cmp(&self.str_of(*b)));
                (base_slots + own.len(), bases_have_dict || request.dict, own, Some(request))
            }
        };
        let type_ = self.types.get(TypeKind::Type);
        let class = TypeObject {
            name,
            qualname,
            module,
            bases,
            mro: Vec::new(),
            dict,
            kind,
            heap_type: true,
            meta: (meta != type_).then_some(meta),
            nslots,
            instance_dict,
            subclasses: Vec::new(),
            init_plan: std::cell::Cell::new((0, Value::Null)),
        };
        let bases_of_new: Vec<ObjRef> = class.bases.clone();
        let cls = self.heap.alloc(Object::Type(Box::new(class)));
        self.method_cache.invalidate();
        for &b in &bases_of_new {
            if let Some(Object::Type(t)) = self.heap.get_mut(b) {
                t.subclasses.push(cls);
            }
        }
        if let Some(Object::Type(t)) = self.heap.get_mut(cls) {
            t.mro = std::iter::once(cls).chain(mro_tail).collect();
        }
        for (i, slot_name) in own_slots.into_iter().enumerate() {
            let member =
                self.heap.alloc_value(Object::Member { name: slot_name, owner: cls, index: base_slots + i });
            self.dict_set(dict, slot_name, member)?;
        }
        self.add_dict_and_weakref(cls, dict, &bases_of_new, slot_request)?;
        // After the slots, as type_new does: `__doc__` may be one of them.
        if self.dict_get_str(dict, s.doc).is_none() {
            self.dict_set_str(dict, s.doc, Value::None);
        }
        if self.dict_get_str(dict, s.eq).is_some() && self.dict_get_str(dict, s.hash).is_none() {
            self.dict_set_str(dict, s.hash, Value::None);
        }
        if let Some(cell) = self.dict_get_str(dict, s.classcell) {
            if let Value::Obj(c) = cell {
                if let Some(Object::Cell(contents)) = self.heap.get_mut(c) {
                    *contents = Value::Obj(cls);
                }
            }
            self.dict_remove(dict, Value::Obj(s.classcell))?;
        }
        self.note_class_finalizer(cls);
        self.roots.push(Value::Obj(cls));
        let r = self.announce_class(cls, dict, kw);
        self.roots.pop();
        r.map(|()| Value::Obj(cls))
    }

    fn type_nslots(&self, t: ObjRef) -> usize {
        match self.heap.get(t) {
            Object::Type(t) => t.nslots,
            _ => 0,
        }
    }

    pub(crate) fn type_instance_dict(&self, t: ObjRef) -> bool {
        matches!(self.heap.get(t), Object::Type(t) if t.instance_dict)
    }

    /// After a class exists: `__set_name__` on its attributes, then the
    /// parent's `__init_subclass__` with the class keywords.
    fn announce_class(&mut self, cls: ObjRef, dict: ObjRef, kw: &[(Value, Value)]) -> PResult<()> {
        let set_name = self.special.set_name;
        for (k, v) in self.dict_items(dict) {
            if let Value::Obj(r) = v {
                if let Some(Object::Property(p)) = self.heap.get_mut(r) {
                    if p.name.is_null() || p.name.is_none() {
                        p.name = k;
                    }
                    continue;
                }
            }
            if let Some(f) = self.special_of(v, set_name) {
                self.call(f, &[v, Value::Obj(cls), k])?;
            }
        }
        let init_subclass = self.special.init_subclass;
        let parent_hook = self.mro(cls)[1..].iter().find_map(|c| match self.heap.get(*c) {
            Object::Type(t) => self.dict_get_str(t.dict, init_subclass),
            _ => None,
        });
        if let Some(hook) = parent_hook {
            let bound = self.bind_descriptor(hook, Value::Obj(cls), Value::Obj(cls))?;
            self.call_args(bound, Args { pos: vec![], kw: kw.to_vec() })?;
        }
        Ok(())
    }

    /// C3 linearisation of `bases` (the MRO without the class itself).
    fn c3_merge(&mut self, bases: &[ObjRef]) -> PResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| self.mro(*b).to_vec()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs.iter().map(|s| s[0]).find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
            let Some(next) = candidate else {
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                let names: Vec<String> = heads.iter().map(|h| self.type_obj_name(*h)).collect();
                let msg = format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(self.type_error(msg));
            };
            out.push(next);
            for s in seqs.iter_mut() {
                if s[0] == next {
                    s.remove(0);
                }
            }
        }
    }

    /// Calling a class: its metaclass's `__call__` when one is defined in
    /// Python, else `type.__call__`.
    pub fn call_type(&mut self, cls: ObjRef, mut args: Args) -> PResult<Value> {
        let call = self.special.call;
        if let Object::Type(t) = self.heap.get(cls) {
            if let Some(meta) = t.meta {
                if let Some(f) = self.lookup_user(meta, call) {
                    if matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Object::Function(_))) {
                        args.pos.insert(0, Value::Obj(cls));
                        return self.call_args(f, args);
                    }
                    // Any other callable binds as its `__get__` says (`__call__ = dict` does not).
                    let bound = self.descr_get(f, Some(Value::Obj(cls)), meta)?;
                    return self.call_args(bound, args);
                }
            }
        }
        self.type_call(cls, args)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `cls.__new__`, then `__init__`
    /// on the result if it is an instance of `cls`.
    pub fn type_call(&mut self, cls: ObjRef, args: Args) -> PResult<Value> {
        let (heap, kind) = match self.heap.get(cls) {
            Object::Type(t) => (t.heap_type, t.kind),
            _ => return Err(self.type_error("type.__call__() requires a type")),
        };
        if !heap {
            return crate::builtins::construct(self, cls, kind, &args);
        }
        let obj = self.new_instance(cls, &args)?;
        self.roots.push(obj);
        let r = self.init_instance(cls, obj, args);
        self.roots.pop();
        r.map(|()| obj)
    }

    /// `cls.__new__(cls, *args)`: the class's own, or the builtin one of its layout.
    pub(crate) fn new_instance(&mut self, cls: ObjRef, args: &Args) -> PResult<Value> {
        let new = self.special.new;
        match self.lookup_user(cls, new) {
            Some(f) => {
                let f = match f {
                    Value::Obj(r) => match self.heap.get(r) {
                        Object::StaticMethod(inner) => *inner,
                        _ => f,
                    },
                    _ => f,
                };
                // A Python `__new__` taking the arguments as given (a named
                // tuple's): they are pushed as its locals, no list is built.
                if let (Value::Obj(r), true) = (f, args.kw.is_empty()) {
                    if let Some(result) = self.run_positional(r, Some(Value::Obj(cls)), &args.pos) {
                        return result;
                    }
                }
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Obj(cls));
                pos.extend_from_slice(&args.pos);
                self.call_args(f, Args { pos, kw: args.kw.clone() })
            }
            None => self.default_new(cls, args, true),
        }
    }

    /// `obj.__init__(*args)` after `__new__`, unless `__new__` returned
    /// something that is not an instance of `cls`.
    fn init_instance(&mut self, cls: ObjRef, obj: Value, args: Args) -> PResult<()> {
        let class = self.type_of(obj);
        if !self.is_subtype(class, cls) {
            return Ok(());
        }
        let init = self.special.init;
        match self.lookup_user(class, init) {
            Some(f) => {
                let f = self.bind_descriptor(f, obj, Value::Obj(class))?;
                let r = self.call_args(f, args)?;
                if !r.is_none() {
                    let msg = format!("__init__() should return None, not '{}'", self.type_name(r));
                    return Err(self.type_error(msg));
                }
                Ok(())
            }
            None => default_init(self, obj, &args, false),
        }
    }

    /// The builtin `__new__` of `cls`'s layout. `from_call` is set when
    /// called by calling the class (which checks for unexpected arguments).
    /// `obj.__class__ = cls`: allowed between classes defined in Python whose
    /// instances have the same layout, as CPython's `object.__class__` setter.
    pub(crate) fn assign_class(&mut self, obj: Value, cls: Value) -> PResult<()> {
        let layout = |vm: &Vm, t: ObjRef| match vm.heap.get(t) {
            Object::Type(t) if t.heap_type => Some((t.kind, t.nslots, t.instance_dict)),
            _ => None,
        };
        let new = match cls {
            Value::Obj(c) if matches!(self.heap.get(c), Object::Type(_)) => c,
            _ => {
                let msg = format!("__class__ must be set to a class, not '{}' object", self.type_name(cls));
                return Err(self.type_error(msg));
            }
        };
        let old = self.type_of(obj);
        let instance = matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Object::Instance(_)));
        let (Some(from), Some(to), true) = (layout(self, old), layout(self, new), instance) else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        if from != to {
            let msg = format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                self.type_obj_name(new),
                self.type_obj_name(old)
            );
            return Err(self.type_error(msg));
        }
        if let Some(Object::Instance(i)) = obj.as_obj().and_then(|r| self.heap.get_mut(r)) {
            i.class = new;
        }
        Ok(())
    }

    pub(crate) fn default_new(&mut self, cls: ObjRef, args: &Args, from_call: bool) -> PResult<Value> {
        let (kind, heap, nslots) = match self.heap.get(cls) {
            Object::Type(t) => (t.kind, t.heap_type, t.nslots),
            _ => return Err(self.type_error("__new__(X): X is not a type object")),
        };
        if !heap {
            return crate::builtins::construct(self, cls, kind, args);
        }
        let base = match kind {
            TypeKind::Object => {
                let init = self.special.init;
                if from_call
                    && (!args.pos.is_empty() || !args.kw.is_empty())
                    && self.lookup_user(cls, init).is_none()
                {
                    let msg = format!("{}() takes no arguments", self.type_obj_name(cls));
                    return Err(self.type_error(msg));
                }
                Value::Null
            }
            TypeKind::Exception if self.is_subtype(cls, self.types.exc("BaseExceptionGroup")) => {
                return self.new_group(cls, args.pos.clone());
            }
            TypeKind::Exception => {
                let e = self.new_exception(cls, args.pos.clone());
                return Ok(Value::Obj(e.0));
            }
            TypeKind::Type => {
                let [name, bases, ns] = args.pos[..] else {
                    let msg = format!("type.__new__() takes exactly 3 arguments ({} given)", args.pos.len());
                    return Err(self.type_error(msg));
                };
                return self.new_class(cls, name, bases, ns, &args.kw);
            }
            k if MUTABLE_KINDS.contains(&k) => {
                let t = self.types.get(k);
                crate::builtins::construct(self, t, k, &Args::default())?
            }
            k => {
                let t = self.types.get(k);
                crate::builtins::construct(self, t, k, args)?
            }
        };
        let born = self.note_new_instance(cls);
        let slots = vec![Value::Null; nslots].into();
        let instance = Instance { class: cls, dict: None, slots, base, finalized: false, born };
        Ok(self.heap.alloc_value(Object::Instance(instance)))
    }

    /// Binds a class attribute found for `obj` (an instance, or the class
    /// itself for class-level lookups through `type`): functions become bound
    /// methods, class methods bind to the class, static methods unwrap.
    pub fn bind_descriptor(&mut self, attr: Value, obj: Value, class: Value) -> PResult<Value> {
        let Value::Obj(r) = attr else { return Ok(attr) };
        if self.binds(attr) {
            return Ok(self.heap.alloc_value(Object::BoundMethod { receiver: obj, func: attr }));
        }
        Ok(match self.heap.get(r) {
            Object::ClassMethod(f) => {
                let f = *f;
                self.heap.alloc_value(Object::BoundMethod { receiver: class, func: f })
            }
            Object::StaticMethod(f) => *f,
            _ => attr,
        })
    }
}

/// `object.__new__(cls, ...)`, `int.__new__(cls, x)` & co.
pub(crate) fn builtin_new(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let cls = match a.pos.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Object::Type(_)) => *r,
        Some(v) => {
            let msg = format!("object.__new__(X): X is not a type object ({})", vm.type_name(*v));
            return Err(vm.type_error(msg));
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    let rest = Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() };
    vm.default_new(cls, &rest, false)
}

/// `object.__init__`, `list.__init__`, `dict.__init__`, `set.__init__`,
/// `deque.__init__`, `BaseException.__init__`, `type.__init__` (the
/// receiver of a builtin subclass arrives as its builtin value).
pub(crate) fn builtin_init(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let Some(&this) = a.pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    let rest = Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() };
    default_init(vm, this, &rest, true).map(|()| Value::None)
}

/// The builtin `__init__` of `this`'s layout. `explicit` for a call written
/// in the program (`super().__init__(x)`); calling a class already checked
/// the arguments of a plain instance in `__new__`.
fn default_init(vm: &mut Vm, this: Value, args: &Args, explicit: bool) -> PResult<()> {
    let target = vm.base_value(this);
    let Value::Obj(r) = target else { return Ok(()) };
    match vm.heap.get(r) {
        Object::List(_) => {
            let items = match args.get(0) {
                Some(v) => vm.collect_iter(v)?,
                None => Vec::new(),
            };
            if let Some(Object::List(l)) = vm.heap.get_mut(r) {
                *l = items;
            }
        }
        Object::Dict(_) => {
            if let Some(v) = args.get(0) {
                vm.dict_update(r, v, crate::ops::DictSource::MappingOrPairs)?;
            }
            for (k, v) in &args.kw {
                vm.dict_set(r, *k, *v)?;
            }
        }
        Object::Set(_) => {
            if let Some(v) = args.get(0) {
                let items = vm.collect_iter(v)?;
                vm.set_add_all(r, &items)?;
            }
        }
        Object::Deque(_) => crate::deque::init(vm, target, args)?,
        Object::ByteArray(_) => {
            let t = vm.types.get(TypeKind::ByteArray);
            let made = crate::builtins::construct(vm, t, TypeKind::ByteArray, args)?;
            let bytes = match made {
                Value::Obj(m) => match vm.heap.get_mut(m) {
                    Some(Object::ByteArray(b)) => std::mem::take(b),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            if let Some(Object::ByteArray(b)) = vm.heap.get_mut(r) {
                *b = bytes;
            }
        }
        Object::Exception(_) => {
            let t = vm.new_tuple(args.pos.clone());
            if let Some(e) = vm.exc_obj_mut(r) {
                e.args = t;
            }
            crate::unicode_error::init(vm, r, &args.pos)?;
            crate::os_error::init(vm, r, &args.pos)?;
        }
        Object::Instance(_) if explicit && (!args.pos.is_empty() || !args.kw.is_empty()) => {
            return Err(
                vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)")
            );
        }
        _ => {}
    }
    Ok(())
}
