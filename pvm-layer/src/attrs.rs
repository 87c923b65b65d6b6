//! Attributes (`obj.name`, method lookup through the type's MRO) and items
//! (`obj[key]`, slices).

use crate::method_cache::Lookup;
use crate::object::Object;
use crate::ops::range_len;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// What a slice assignment does to a list's or a bytearray's items.
enum SliceAssignment {
    /// A plain slice: the range is replaced, whatever the new length.
    Splice(std::ops::Range<usize>),
    /// An extended slice: one new item at each position.
    Positions(Vec<usize>),
}

impl SliceAssignment {
    fn apply<T>(self, items: &mut Vec<T>, new: Vec<T>) {
        match self {
            SliceAssignment::Splice(range) => {
                items.splice(range, new);
            }
            SliceAssignment::Positions(positions) => {
                for (i, item) in positions.into_iter().zip(new) {
                    if let Some(slot) = items.get_mut(i) {
                        *slot = item;
                    }
                }
            }
        }
    }
}

/// `n.real`, `n.imag`, `n.numerator` and `n.denominator` of an int `n`
/// (a bool passes its int value).
fn int_part(n: Value, name: &str) -> Option<Value> {
    match name {
        "real" | "numerator" => Some(n),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    }
}

impl Vm {
    /// Looks `name` up in the dicts of `t`'s MRO (remembered in the method cache).
    pub fn lookup_type(&self, t: ObjRef, name: ObjRef) -> Option<Value> {
        if let Some(found) = self.method_cache.get(t, name, Lookup::Mro) {
            return found;
        }
        let found = self.mro(t).iter().find_map(|c| match self.heap.get(*c) {
            Object::Type(ty) => self.dict_get_str(ty.dict, name),
            _ => None,
        });
        self.method_cache.put(t, name, Lookup::Mro, found);
        found
    }

    fn attr_error(&mut self, obj: Value, name: Value) -> crate::vm::Exc {
        let n = self.str_of(name).unwrap_or("?").to_string();
        let msg = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Module(m) if self.import.is_initializing(&m.name) => format!(
                    "partially initialized module '{}' has no attribute '{n}' (most likely due to a circular import)",
                    m.name
                ),
                Object::Module(m) => format!("module '{}' has no attribute '{n}'", m.name),
                Object::Type(t) => format!("type object '{}' has no attribute '{n}'", t.name),
                _ => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
            },
            _ => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
        };
        let e = self.err("AttributeError", msg);
        self.set_attr_error_context(e, obj, name)
    }

    /// The `AttributeError` of a failed lookup on an instance, with its context.
    pub(crate) fn lookup_failed(&mut self, obj: Value, name: Value) -> crate::vm::Exc {
        let e = self.no_attribute(obj, name);
        self.set_attr_error_context(e, obj, name)
    }

    /// Sets `name` and `obj` on `AttributeError` `e`, as CPython's generic
    /// lookup does (not its setters): what the printed "Did you mean" hint
    /// is found from.
    fn set_attr_error_context(&mut self, e: crate::vm::Exc, obj: Value, name: Value) -> crate::vm::Exc {
        if let Some(x) = self.exc_obj_mut(e.0) {
            x.attr_context = Some((name, obj));
        }
        e
    }

    /// Attributes stored on the object itself, or computed from its payload.
    pub(crate) fn own_attr(&mut self, obj: Value, name: &str) -> Option<Value> {
        if name == "__class__" {
            return Some(Value::Obj(self.type_of(obj)));
        }
        match obj {
            Value::Int(_) => int_part(obj, name),
            Value::Bool(b) => int_part(Value::Int(i64::from(b)), name),
            Value::Float(f) => match name {
                "real" => Some(Value::Float(f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Obj(r) => match self.heap.get(r) {
                Object::Int(_) => int_part(obj, name),
                Object::Module(m) => {
                    let d = m.dict;
                    if name == "__dict__" {
                        return Some(Value::Obj(d));
                    }
                    self.dict_get_name(d, name)
                }
                Object::Complex(re, im) => match name {
                    "real" => Some(Value::Float(*re)),
                    "imag" => Some(Value::Float(*im)),
                    _ => None,
                },
                Object::Range { start, stop, step } => match name {
                    "start" => Some(Value::Int(*start)),
                    "stop" => Some(Value::Int(*stop)),
                    "step" => Some(Value::Int(*step)),
                    _ => None,
                },
                Object::Slice(a, b, c) => match name {
                    "start" => Some(*a),
                    "stop" => Some(*b),
                    "step" => Some(*c),
                    _ => None,
                },
                Object::Function(f) => match name {
                    "__name__" => Some(f.name),
                    "__qualname__" => Some(f.qualname),
                    "__doc__" => Some(f.doc),
                    "__module__" => Some(f.module),
                    "__globals__" => Some(Value::Obj(f.globals)),
                    "__kwdefaults__" => Some(f.kwdefaults),
                    // Made on first use, as CPython does for a function
                    // without annotations.
                    "__annotations__" if f.annotations.is_none() => {
                        let d = Value::Obj(self.new_dict());
                        if let Some(Object::Function(f)) = self.heap.get_mut(r) {
                            f.annotations = d;
                        }
                        Some(d)
                    }
                    "__annotations__" => Some(f.annotations),
                    "__defaults__" => {
                        let d = f.defaults.clone();
                        Some(if d.is_empty() { Value::None } else { self.new_tuple(d) })
                    }
                    "__closure__" => {
                        let cells: Vec<Value> = f.closure.iter().map(|&c| Value::Obj(c)).collect();
                        Some(if cells.is_empty() { Value::None } else { self.new_tuple(cells) })
                    }
                    "__code__" => {
                        let code = f.code.clone();
                        Some(self.heap.alloc_value(Object::Code(code)))
                    }
                    "__dict__" => {
                        let d = match f.dict {
                            Some(d) => d,
                            None => {
                                let d = self.new_dict();
                                if let Some(Object::Function(f)) = self.heap.get_mut(r) {
                                    f.dict = Some(d);
                                }
                                d
                            }
                        };
                        Some(Value::Obj(d))
                    }
                    _ => f.dict.and_then(|d| self.dict_get_name(d, name)),
                },
                Object::Cell(v) if name == "cell_contents" && !matches!(*v, Value::Null) => Some(*v),
                Object::Frame(_) => self.frame_attr(r, name),
                Object::Traceback(_) => self.traceback_attr(r, name),
                Object::Code(info) => {
                    let code = info.code.clone();
                    let strings = |vm: &mut Self, names: &[String]| {
                        let items: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
                        vm.new_tuple(items)
                    };
                    let count = |n: u32| Value::Int(i64::from(n));
                    match name {
                        "co_name" => Some(self.new_str(code.name.as_str())),
                        "co_qualname" => Some(self.new_str(code.qualname.as_str())),
                        "co_filename" => Some(self.new_str(code.filename.as_str())),
                        "co_firstlineno" => Some(count(code.first_line)),
                        "co_argcount" => Some(count(code.arg_count)),
                        "co_posonlyargcount" => Some(count(code.posonly_arg_count)),
                        "co_kwonlyargcount" => Some(count(code.kwonly_arg_count)),
                        "co_nlocals" => Some(Value::Int(code.varnames.len() as i64)),
                        "co_flags" => Some(count(code.flags.0)),
                        "co_varnames" => Some(strings(self, &code.varnames)),
                        "co_names" => Some(strings(self, &code.names)),
                        "co_cellvars" => Some(strings(self, &code.cellvars)),
                        "co_freevars" => Some(strings(self, &code.freevars)),
                        "co_consts" => {
                            let consts = info.consts.clone();
                            Some(self.new_tuple(consts))
                        }
                        "co_stacksize" => Some(count(code.max_stack)),
                        _ => None,
                    }
                }
                Object::Builtin(b) => match name {
                    "__name__" | "__qualname__" => {
                        let n = b.name;
                        Some(self.new_str(n))
                    }
                    "__doc__" => Some(Value::None),
                    _ => None,
                },
                Object::BoundMethod { receiver, func } => match name {
                    "__self__" => Some(*receiver),
                    "__func__" => Some(*func),
                    _ => {
                        let f = *func;
                        self.own_attr(f, name)
                    }
                },
                Object::Type(t) => match name {
                    "__name__" => {
                        let n = t.name.clone();
                        Some(self.new_str(n))
                    }
                    "__qualname__" => {
                        let n = t.qualname.clone();
                        Some(self.new_str(n))
                    }
                    "__mro__" => {
                        let m: Vec<Value> = t.mro.iter().map(|r| Value::Obj(*r)).collect();
                        Some(self.new_tuple(m))
                    }
                    "__bases__" => {
                        let m: Vec<Value> = t.bases.iter().map(|r| Value::Obj(*r)).collect();
                        Some(self.new_tuple(m))
                    }
                    "__base__" => Some(t.bases.first().map_or(Value::None, |b| Value::Obj(*b))),
                    "__dict__" => Some(Value::Obj(t.dict)),
                    _ => None,
                },
                Object::Exception(e) => match name {
                    "args" => Some(e.args),
                    "__cause__" => Some(e.cause),
                    "__context__" => Some(e.context),
                    "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                    "__traceback__" => Some(self.exception_traceback(r)),
                    "__dict__" => Some(Value::Obj(self.exception_dict(r))),
                    _ => {
                        let d = e.dict;
                        let from_dict = d.and_then(|d| self.dict_get_name(d, name));
                        if from_dict.is_some() {
                            return from_dict;
                        }
                        // StopIteration.value, SystemExit.code, KeyError & co.
                        let args = self
                            .seq_items(self.exc_obj(r).map_or(Value::None, |e| e.args))
                            .unwrap_or_default();
                        match name {
                            "value" if self.is_exc_instance(obj, "StopIteration") => {
                                Some(args.first().copied().unwrap_or(Value::None))
                            }
                            "code" if self.is_exc_instance(obj, "SystemExit") => Some(match args.len() {
                                0 => Value::None,
                                1 => args[0],
                                _ => self.new_tuple(args),
                            }),
                            // Fields OSError was not given (`os_error::init` sets the others).
                            "errno" | "strerror" | "filename" | "filename2"
                                if self.is_exc_instance(obj, "OSError") =>
                            {
                                Some(Value::None)
                            }
                            "name" | "obj" | "path" if self.is_exception_keyword(obj, name) => {
                                let context = self.exc_obj(r).and_then(|x| x.attr_context);
                                Some(match (context, name) {
                                    (Some((n, _)), "name") => n,
                                    (Some((_, o)), "obj") => o,
                                    _ => Value::None,
                                })
                            }
                            _ => None,
                        }
                    }
                },
                Object::Generator(g) => match name {
                    "__name__" => Some(g.name),
                    "__qualname__" => Some(g.qualname),
                    "gi_running" | "cr_running" | "ag_running" => Some(Value::Bool(g.running)),
                    "gi_suspended" | "cr_suspended" => {
                        let suspended = g.frame.is_some() && !g.running;
                        Some(Value::Bool(suspended && !self.just_started(r)))
                    }
                    _ => None,
                },
                Object::Instance(i) if name == "__dict__" => {
                    let (class, dict) = (i.class, i.dict);
                    match dict {
                        Some(d) => Some(Value::Obj(d)),
                        None if self.type_has_instance_dict(class) => Some(Value::Obj(self.instance_dict(r))),
                        None => None,
                    }
                }
                Object::Property(p) => match name {
                    "__name__" if p.getset.is_some() => Some(p.name),
                    "fget" => Some(p.fget),
                    "fset" => Some(p.fset),
                    "fdel" => Some(p.fdel),
                    "__doc__" => Some(p.doc),
                    _ => None,
                },
                // As 3.10's: the wrapped function's names, doc and annotations.
                Object::ClassMethod(f) | Object::StaticMethod(f) => match name {
                    "__func__" | "__wrapped__" => Some(*f),
                    "__isabstractmethod__" => {
                        let f = *f;
                        Some(self.own_attr(f, name).unwrap_or(Value::Bool(false)))
                    }
                    _ => {
                        let f = *f;
                        self.own_attr(f, name).filter(|_| {
                            matches!(
                                name,
                                "__name__" | "__qualname__" | "__doc__" | "__annotations__" | "__module__"
                            )
                        })
                    }
                },
                Object::Super { this, obj } => match name {
                    "__thisclass__" => Some(Value::Obj(*this)),
                    "__self__" => Some(*obj),
                    _ => None,
                },
                Object::Member { name: n, .. } if name == "__name__" => Some(*n),
                Object::TupleGetter { doc, .. } if name == "__doc__" => Some(*doc),
                Object::File(f) => match name {
                    "name" => Some(f.name),
                    "mode" => {
                        let m = f.mode.clone();
                        Some(self.new_str(m))
                    }
                    "closed" => Some(Value::Bool(f.fd.is_none() && f.stream.is_none())),
                    "buffer" => match obj {
                        Value::Obj(r) => crate::file::std_buffer(self, r),
                        _ => None,
                    },
                    _ => match obj {
                        Value::Obj(r) => crate::file::text_attr(self, r, name),
                        _ => None,
                    },
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn getattr(&mut self, obj: Value, name: Value) -> PResult<Value> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Instance(i) => {
                    let class = i.class;
                    return self.instance_getattr(obj, class, name);
                }
                Object::Exception(e) if self.is_heap_type(e.class) => {
                    let class = e.class;
                    return self.instance_getattr(obj, class, name);
                }
                Object::Type(_) => return self.type_getattr(r, name),
                Object::Super { .. } => return self.super_getattr(r, name),
                _ => {}
            }
        }
        let text = self.str_of(name).unwrap_or("").to_string();
        if let Some(v) = self.own_attr(obj, &text) {
            return Ok(v);
        }
        if matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Object::Cell(Value::Null)))
            && text == "cell_contents"
        {
            return Err(self.value_error("Cell is empty"));
        }
        let Value::Obj(n) = name else { return Err(self.attr_error(obj, name)) };
        if let Value::Obj(r) = obj {
            if let Object::Module(m) = self.heap.get(r) {
                // PEP 562: a module's own `__getattr__` answers for missing names.
                let d = m.dict;
                return match self.dict_get_name(d, "__getattr__") {
                    Some(hook) => self.call(hook, &[name]),
                    None => Err(self.attr_error(obj, name)),
                };
            }
        }
        let t = self.type_of(obj);
        match self.lookup_type(t, n) {
            Some(d) => self.descr_get(d, Some(obj), t),
            // Every object has its type's docstring; the builtin types have
            // none written yet (as `type_getattr` answers for them).
            None if text == "__doc__" => Ok(Value::None),
            None => Err(self.attr_error(obj, name)),
        }
    }

    /// Attribute access on an instance of a user class: `__getattribute__`
    /// if the class defines one, else the generic lookup, then `__getattr__`
    /// when either raised `AttributeError` (an unset slot, a property's
    /// getter) or found nothing.
    fn instance_getattr(&mut self, obj: Value, class: ObjRef, name: Value) -> PResult<Value> {
        let lookup = match self.lookup_user(class, self.special.getattribute) {
            Some(getattribute) => self.call(getattribute, &[obj, name]).map(Some),
            None => self.generic_getattr(obj, class, name),
        };
        let found = match lookup {
            Ok(found) => found,
            Err(e) if self.is_exc_instance(Value::Obj(e.0), "AttributeError") => {
                if self.lookup_user(class, self.special.getattr).is_none() {
                    return Err(e);
                }
                None
            }
            Err(e) => return Err(e),
        };
        // `__getattr__` is looked up only when the attribute was not found.
        match found {
            Some(v) => Ok(v),
            None => match self.lookup_user(class, self.special.getattr) {
                Some(hook) => self.call(hook, &[obj, name]),
                None => Err(self.lookup_failed(obj, name)),
            },
        }
    }

    /// `object.__getattribute__`: data descriptors on the class, then the
    /// instance dict, then other class attributes (bound), then what the
    /// object's payload provides. `None` when nothing has the name.
    pub fn generic_getattr(&mut self, obj: Value, class: ObjRef, name: Value) -> PResult<Option<Value>> {
        let Value::Obj(n) = name else { return Ok(None) };
        let descr = self.lookup_type(class, n);
        if let Some(d) = descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, Some(obj), class).map(Some);
            }
        }
        if let Some(d) = self.own_dict(obj) {
            if let Some(v) = self.dict_get_str(d, n) {
                return Ok(Some(v));
            }
        }
        if let Some(d) = descr {
            return self.descr_get(d, Some(obj), class).map(Some);
        }
        let text = self.str_of(name).unwrap_or("").to_string();
        if let Some(v) = self.own_attr(obj, &text) {
            return Ok(Some(v));
        }
        let base = self.base_value(obj);
        Ok(if base.is(obj) { None } else { self.own_attr(base, &text) })
    }

    /// Attribute access on a class: data descriptors of the metaclass, then
    /// the class's MRO, then the metaclass's other attributes.
    fn type_getattr(&mut self, cls: ObjRef, name: Value) -> PResult<Value> {
        let this = Value::Obj(cls);
        let text = self.str_of(name).unwrap_or("").to_string();
        if matches!(
            text.as_str(),
            "__name__" | "__qualname__" | "__mro__" | "__bases__" | "__base__" | "__dict__" | "__class__"
        ) {
            if let Some(v) = self.own_attr(this, &text) {
                return Ok(v);
            }
        }
        let Value::Obj(n) = name else { return Err(self.attr_error(this, name)) };
        let meta = self.type_of(this);
        let meta_attr = self.lookup_type(meta, n);
        if let Some(d) = meta_attr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, Some(this), meta);
            }
        }
        if let Some(v) = self.lookup_type(cls, n) {
            return self.descr_get(v, None, cls);
        }
        if let Some(d) = meta_attr {
            return self.descr_get(d, Some(this), meta);
        }
        match text.as_str() {
            "__module__" => {
                let m = match self.heap.get(cls) {
                    Object::Type(t) => t.module.clone(),
                    _ => String::new(),
                };
                return Ok(self.new_str(m));
            }
            "__doc__" => return Ok(Value::None),
            _ => {}
        }
        match self.lookup_user(meta, self.special.getattr) {
            Some(hook) => self.call(hook, &[this, name]),
            None => Err(self.attr_error(this, name)),
        }
    }

    /// The `__dict__` an object carries, if it has one yet.
    fn own_dict(&self, obj: Value) -> Option<ObjRef> {
        match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Instance(i) => i.dict,
                Object::Exception(e) => e.dict,
                _ => None,
            },
            _ => None,
        }
    }

    fn type_has_instance_dict(&self, class: ObjRef) -> bool {
        matches!(self.heap.get(class), Object::Type(t) if t.instance_dict)
    }

    /// Instance `r`'s `__dict__`, made on first use.
    pub(crate) fn instance_dict(&mut self, r: ObjRef) -> ObjRef {
        if let Object::Instance(i) = self.heap.get(r) {
            if let Some(d) = i.dict {
                return d;
            }
        }
        let d = self.new_dict();
        if let Some(Object::Instance(i)) = self.heap.get_mut(r) {
            i.dict = Some(d);
        }
        d
    }

    /// `object.__setattr__` (`value` given) and `object.__delattr__` (`None`):
    /// data descriptors first, then the instance dict.
    pub fn generic_setattr(
        &mut self,
        obj: Value,
        class: ObjRef,
        name: Value,
        value: Option<Value>,
    ) -> PResult<()> {
        if name.as_obj() == Some(self.special.class) {
            return match value {
                Some(v) => self.assign_class(obj, v),
                None => Err(self.type_error("can't delete __class__ attribute")),
            };
        }
        let on_class = name.as_obj().and_then(|n| self.lookup_type(class, n));
        if let Some(d) = on_class {
            if self.is_data_descriptor(d) {
                self.descr_set(d, obj, value)?;
                return Ok(());
            }
        }
        let Value::Obj(r) = obj else { return Err(self.no_attribute(obj, name)) };
        if !matches!(self.heap.get(r), Object::Instance(_)) || !self.type_has_instance_dict(class) {
            // No instance dict: a name the class has cannot be shadowed.
            if on_class.is_some() {
                let msg = format!(
                    "'{}' object attribute '{}' is read-only",
                    self.type_name(obj),
                    self.str_of(name).unwrap_or("?")
                );
                return Err(self.err("AttributeError", msg));
            }
            return Err(self.no_attribute(obj, name));
        }
        let d = self.instance_dict(r);
        match value {
            Some(v) => self.dict_set(d, name, v),
            None => match self.dict_remove(d, name)? {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    /// `LoadMethod`: `[method, obj]` for a method found on the type, else
    /// `[NULL, obj.name]`.
    pub fn load_method(&mut self, obj: Value, name: Value) -> PResult<(Value, Value)> {
        if let (Value::Obj(r), Value::Obj(n)) = (obj, name) {
            if let Object::Instance(i) = self.heap.get(r) {
                let (class, dict) = (i.class, i.dict);
                if self.lookup_user(class, self.special.getattribute).is_none() {
                    if let Some(f) = self.lookup_type(class, n) {
                        let shadowed = dict.is_some_and(|d| self.dict_get_str(d, n).is_some());
                        if self.binds(f) && !shadowed {
                            return Ok((f, obj));
                        }
                    }
                }
                return Ok((Value::Null, self.getattr(obj, name)?));
            }
            // `super().m(...)`: a plain function found is called with the
            // instance, without making a bound method; anything else found
            // is bound as `super_getattr` binds it, without a second search.
            if matches!(self.heap.get(r), Object::Super { .. }) && name.as_obj() != Some(self.special.class) {
                if let Some(found) = self.super_lookup(r, name) {
                    let function = matches!(found.attribute, Value::Obj(f) if matches!(self.heap.get(f), Object::Function(_)));
                    if function && self.binds(found.attribute) && !found.obj_is_class {
                        return Ok((found.attribute, found.obj));
                    }
                    let instance = if found.obj_is_class { None } else { Some(found.obj) };
                    return Ok((Value::Null, self.descr_get(found.attribute, instance, found.start)?));
                }
            }
        }
        if let (Value::Obj(n), false) = (
            name,
            matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Object::Module(_) | Object::Type(_) | Object::Function(_) | Object::Exception(_) | Object::Super { .. })),
        ) {
            let t = self.type_of(obj);
            if let Some(f) = self.lookup_type(t, n) {
                if self.binds(f) {
                    return Ok((f, obj));
                }
            }
        }
        Ok((Value::Null, self.getattr(obj, name)?))
    }

    /// A special method looked up on the type (`__enter__`, `__exit__`), bound.
    pub fn special_method(&mut self, obj: Value, name: Value) -> PResult<Value> {
        let t = self.type_of(obj);
        let found = name.as_obj().and_then(|n| self.lookup_type(t, n));
        match found {
            // Bound as any attribute is: a descriptor that is not a
            // function (`unittest.mock`'s MagicProxy) gives what its `__get__` returns.
            Some(f) => self.descr_get(f, Some(obj), t),
            None => {
                let msg =
                    format!("'{}' object does not support the context manager protocol", self.type_name(obj));
                Err(self.type_error(msg))
            }
        }
    }

    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PResult<()> {
        if let Some(hook) = self.metaclass_hook(obj, self.special.setattr) {
            return self.call(hook, &[obj, name, value]).map(|_| ());
        }
        self.store_attr(obj, name, value)
    }

    /// A class's metaclass's own `__setattr__` or `__delattr__` (`Enum`
    /// guards its members so).
    fn metaclass_hook(&self, obj: Value, hook: ObjRef) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let Object::Type(t) = self.heap.get(r) else { return None };
        self.lookup_user(t.meta?, hook)
    }

    /// `obj.name = value` as `object.__setattr__` does it.
    pub(crate) fn store_attr(&mut self, obj: Value, name: Value, value: Value) -> PResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Instance(i) => {
                    let class = i.class;
                    if let Some(hook) = self.lookup_user(class, self.special.setattr) {
                        return self.call(hook, &[obj, name, value]).map(|_| ());
                    }
                    return self.generic_setattr(obj, class, name, Some(value));
                }
                Object::Exception(e) if self.is_heap_type(e.class) => {
                    let class = e.class;
                    if let Some(hook) = self.lookup_user(class, self.special.setattr) {
                        return self.call(hook, &[obj, name, value]).map(|_| ());
                    }
                    if let Some(d) = name.as_obj().and_then(|n| self.lookup_type(class, n)) {
                        if self.is_data_descriptor(d) {
                            return self.descr_set(d, obj, Some(value)).map(|_| ());
                        }
                    }
                }
                _ => {}
            }
            match self.heap.get(r) {
                Object::Module(m) => {
                    let d = m.dict;
                    return self.dict_set(d, name, value);
                }
                Object::Function(f) => {
                    let text = self.str_of(name).unwrap_or("").to_string();
                    let d = f.dict;
                    match text.as_str() {
                        "__annotations__"
                            if !value.is_none()
                                && !matches!(self.base_value(value), Value::Obj(v) if matches!(self.heap.get(v), Object::Dict(_))) =>
                        {
                            return Err(self.type_error("__annotations__ must be set to a dict object"));
                        }
                        "__defaults__" | "__kwdefaults__" => {
                            return self.set_function_defaults(r, &text, value)
                        }
                        "__code__" if !matches!(value, Value::Obj(v) if matches!(self.heap.get(v), Object::Code(_))) =>
                        {
                            return Err(self.type_error("__code__ must be set to a code object"));
                        }
                        "__dict__" => {
                            let namespace = match self.base_value(value) {
                                Value::Obj(d) if matches!(self.heap.get(d), Object::Dict(_)) => d,
                                _ => {
                                    let msg = format!(
                                        "__dict__ must be set to a dictionary, not a '{}'",
                                        self.type_name(value)
                                    );
                                    return Err(self.type_error(msg));
                                }
                            };
                            if let Some(Object::Function(f)) = self.heap.get_mut(r) {
                                f.dict = Some(namespace);
                            }
                            return Ok(());
                        }
                        "__name__" | "__qualname__" if self.str_of(self.base_value(value)).is_none() => {
                            return Err(self.type_error(format!("{text} must be set to a string object")));
                        }
                        "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__" => {
                            if let Some(Object::Function(f)) = self.heap.get_mut(r) {
                                match text.as_str() {
                                    "__name__" => f.name = value,
                                    "__qualname__" => f.qualname = value,
                                    "__doc__" => f.doc = value,
                                    "__annotations__" => f.annotations = value,
                                    _ => f.module = value,
                                }
                            }
                            return Ok(());
                        }
                        _ => {}
                    }
                    let d = match d {
                        Some(d) => d,
                        None => {
                            let d = self.new_dict();
                            if let Some(Object::Function(f)) = self.heap.get_mut(r) {
                                f.dict = Some(d);
                            }
                            d
                        }
                    };
                    return self.dict_set(d, name, value);
                }
                Object::Exception(e) => {
                    let text = self.str_of(name).unwrap_or("").to_string();
                    let d = e.dict;
                    match text.as_str() {
                        "__traceback__" => return self.set_exception_traceback(r, value),
                        "__cause__" | "__context__" | "__suppress_context__" | "args" => {
                            let tuple = if text == "args" { Some(self.collect_iter(value)?) } else { None };
                            let tuple = tuple.map(|t| self.new_tuple(t));
                            if let Some(Object::Exception(e)) = self.heap.get_mut(r) {
                                match text.as_str() {
                                    "__cause__" => {
                                        e.cause = value;
                                        e.suppress_context = true;
                                    }
                                    "__context__" => e.context = value,
                                    "args" => e.args = tuple.unwrap_or(value),
                                    _ => e.suppress_context = matches!(value, Value::Bool(true)),
                                }
                            }
                            return Ok(());
                        }
                        _ => {}
                    }
                    let d = match d {
                        Some(d) => d,
                        None => {
                            let d = self.new_dict();
                            if let Some(x) = self.exc_obj_mut(r) {
                                x.dict = Some(d);
                            }
                            d
                        }
                    };
                    return self.dict_set(d, name, value);
                }
                Object::Type(t) if t.heap_type => {
                    let d = t.dict;
                    if let Some(attr @ ("__name__" | "__qualname__" | "__module__")) = self.str_of(name) {
                        let attr = attr.to_string();
                        self.rename_class(r, &attr, value)?;
                        if attr != "__module__" {
                            return Ok(());
                        }
                    }
                    self.method_cache.invalidate();
                    self.dict_set(d, name, value)?;
                    if name.as_obj() == Some(self.special.del) {
                        self.note_class_finalizer(r);
                    }
                    return Ok(());
                }
                // A property's `__doc__` is writable, as CPython's (namedtuple
                // fields' docs are set so).
                Object::Property(_) if self.str_of(name) == Some("__doc__") => {
                    if let Some(Object::Property(p)) = self.heap.get_mut(r) {
                        p.doc = value;
                    }
                    return Ok(());
                }
                Object::TupleGetter { .. } if self.str_of(name) == Some("__doc__") => {
                    if let Some(Object::TupleGetter { doc, .. }) = self.heap.get_mut(r) {
                        *doc = value;
                    }
                    return Ok(());
                }
                Object::Traceback(_) if self.str_of(name) == Some("tb_next") => {
                    return self.set_tb_next(r, value)
                }
                Object::Type(t) => {
                    let msg = format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        self.str_of(name).unwrap_or("?"),
                        t.name
                    );
                    return Err(self.type_error(msg));
                }
                _ => {}
            }
        }
        if name.as_obj() == Some(self.special.class) {
            return self.assign_class(obj, value);
        }
        if self.builtin_descr_set(obj, name, Some(value))? {
            return Ok(());
        }
        let n = self.str_of(name).unwrap_or("?").to_string();
        let t = self.type_of(obj);
        let type_name = self.type_name(obj);
        // A method is on the type; the data the PVM answers itself (`own_attr`)
        // are CPython's members ("readonly attribute") or getsets.
        let msg = if name.as_obj().and_then(|k| self.lookup_type(t, k)).is_some() {
            format!("'{type_name}' object attribute '{n}' is read-only")
        } else if self.own_attr(obj, &n).is_none() {
            format!("'{type_name}' object has no attribute '{n}'")
        } else if matches!(type_name.as_str(), "complex" | "range" | "slice") {
            "readonly attribute".to_string()
        } else {
            // The getset's owner: bool's numbers are int's.
            let owner = if type_name == "bool" { "int" } else { type_name.as_str() };
            format!("attribute '{n}' of '{owner}' objects is not writable")
        };
        Err(self.err("AttributeError", msg))
    }

    /// `cls.__name__`, `__qualname__` or `__module__ = text`: what the
    /// class's repr and messages show from now on (`__module__` is kept in
    /// the class dict as well, where any value may go).
    fn rename_class(&mut self, class: ObjRef, attr: &str, value: Value) -> PResult<()> {
        let text = self.str_of(value).map(str::to_string);
        let Some(text) = text else {
            if attr == "__module__" {
                return Ok(());
            }
            let msg = format!(
                "can only assign string to {}.{attr}, not '{}'",
                self.type_obj_name(class),
                self.type_name(value)
            );
            return Err(self.type_error(msg));
        };
        if attr == "__name__" && text.contains('\0') {
            return Err(self.value_error("type name must not contain null characters"));
        }
        if let Some(Object::Type(t)) = self.heap.get_mut(class) {
            match attr {
                "__name__" => t.name = text,
                "__qualname__" => t.qualname = text,
                _ => t.module = text,
            }
        }
        Ok(())
    }

    /// `f.__defaults__ = (...)` or `f.__kwdefaults__ = {...}`: what the
    /// next calls bind missing arguments to (`None` for none).
    fn set_function_defaults(&mut self, f: ObjRef, attr: &str, value: Value) -> PResult<()> {
        let (expected, is_expected): (&str, fn(&Object) -> bool) = match attr {
            "__defaults__" => ("tuple", |o| matches!(o, Object::Tuple(_))),
            _ => ("dict", |o| matches!(o, Object::Dict(_))),
        };
        let base = self.base_value(value);
        let accepted = value.is_none() || matches!(base, Value::Obj(v) if is_expected(self.heap.get(v)));
        if !accepted {
            return Err(self.type_error(format!("{attr} must be set to a {expected} object")));
        }
        let defaults = match base {
            Value::Obj(v) => match self.heap.get(v) {
                Object::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        if let Some(Object::Function(function)) = self.heap.get_mut(f) {
            match attr {
                "__defaults__" => function.defaults = defaults,
                _ => function.kwdefaults = base,
            }
        }
        Ok(())
    }

    pub fn delattr(&mut self, obj: Value, name: Value) -> PResult<()> {
        if let Some(hook) = self.metaclass_hook(obj, self.special.delattr) {
            return self.call(hook, &[obj, name]).map(|_| ());
        }
        self.delete_attr(obj, name)
    }

    /// `del obj.name` as `object.__delattr__` does it.
    pub(crate) fn delete_attr(&mut self, obj: Value, name: Value) -> PResult<()> {
        if let Value::Obj(r) = obj {
            if let Object::Instance(i) = self.heap.get(r) {
                let class = i.class;
                if let Some(hook) = self.lookup_user(class, self.special.delattr) {
                    return self.call(hook, &[obj, name]).map(|_| ());
                }
                return self.generic_setattr(obj, class, name, None);
            }
        }
        let dict = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Module(m) => Some(m.dict),
                Object::Type(t) if t.heap_type => {
                    self.method_cache.invalidate();
                    Some(t.dict)
                }
                Object::Function(f) => f.dict,
                Object::Exception(e) => e.dict,
                _ => None,
            },
            _ => None,
        };
        if let Some(d) = dict {
            if self.dict_remove(d, name)?.is_some() {
                return Ok(());
            }
        }
        if self.builtin_descr_set(obj, name, None)? {
            return Ok(());
        }
        Err(self.attr_error(obj, name))
    }

    /// `obj.name = value` (`del` for `None`) on a builtin value through a data
    /// descriptor of its type (`d.maxlen`, read-only); `false` if there is none.
    fn builtin_descr_set(&mut self, obj: Value, name: Value, value: Option<Value>) -> PResult<bool> {
        let t = self.type_of(obj);
        match name.as_obj().and_then(|n| self.lookup_type(t, n)) {
            Some(d) if self.is_data_descriptor(d) => self.descr_set(d, obj, value),
            _ => Ok(false),
        }
    }

    pub fn module_name(&self, m: Value) -> String {
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Module(m) => m.name.clone(),
                _ => "?".into(),
            },
            _ => "?".into(),
        }
    }

    // ---- items ----------------------------------------------------------------------

    /// Normalises an index for a sequence of length `n` (`IndexError` text given).
    fn index(&mut self, key: Value, n: usize, what: &str) -> PResult<usize> {
        let key = match key {
            Value::Int(_) => key,
            _ => match self.numeric_special(key, &[self.special.index], vec![])? {
                Ok(index) if self.to_bigint(self.base_value(index)).is_none() => {
                    let msg = format!("__index__ returned non-int (type {})", self.type_name(index));
                    return Err(self.type_error(msg));
                }
                Ok(index) | Err(index) => index,
            },
        };
        let i = match key {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
            Value::Obj(r) if matches!(self.heap.get(r), Object::Int(_)) => {
                return Err(self.err("IndexError", format!("cannot fit 'int' into an index-sized integer")));
            }
            _ => {
                // `str`'s own wording (`unicode_subscript`), which quotes the type.
                let msg = if what == "str" {
                    format!("string indices must be integers, not '{}'", self.type_name(key))
                } else {
                    format!("{what} indices must be integers or slices, not {}", self.type_name(key))
                };
                return Err(self.type_error(msg));
            }
        };
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            let msg = if what == "str" {
                "string index out of range".to_string()
            } else {
                format!("{what} index out of range")
            };
            return Err(self.err("IndexError", msg));
        }
        Ok(j as usize)
    }

    /// A slice bound as an i64: an int, a bool or an object with `__index__`
    /// (`None` when `v` is none of these); a huge int is clamped to half the
    /// i64 range, past either end of any sequence, so adding a length cannot
    /// overflow.
    pub fn slice_bound(&mut self, v: Value) -> PResult<Option<i64>> {
        let v = match self.numeric_special(v, &[self.special.index], vec![])? {
            Ok(index) | Err(index) => index,
        };
        Ok(match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i64::from(b)),
            Value::Obj(r) if matches!(self.heap.get(r), Object::Int(_)) => {
                let big = self.to_bigint(v).unwrap_or_default();
                Some(if big.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 })
            }
            _ => None,
        })
    }

    /// `slice.indices(n)`: (start, stop, step) clamped as CPython does.
    pub fn slice_indices(&mut self, s: ObjRef, n: usize) -> PResult<(i64, i64, i64)> {
        let (a, b, c) = match self.heap.get(s) {
            Object::Slice(a, b, c) => (*a, *b, *c),
            _ => (Value::None, Value::None, Value::None),
        };
        let int = |vm: &mut Vm, v: Value| -> PResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                _ => match vm.slice_bound(v)? {
                    Some(i) => Ok(Some(i)),
                    None => {
                        Err(vm
                            .type_error("slice indices must be integers or None or have an __index__ method"))
                    }
                },
            }
        };
        let step = int(self, c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let n = n as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
            None => default,
            Some(i) => {
                let i = if i < 0 { i + n } else { i };
                i.clamp(lo, hi)
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(int(self, a)?, 0, 0, n), clamp(int(self, b)?, n, 0, n))
        } else {
            (clamp(int(self, a)?, n - 1, -1, n - 1), clamp(int(self, b)?, -1, -1, n - 1))
        };
        Ok((start, stop, step))
    }

    fn slice_positions(&mut self, s: ObjRef, n: usize) -> PResult<Vec<usize>> {
        Ok(self.slice_picks(s, n)?.collect())
    }

    /// The positions `seq[s]` reads from a sequence of length `n`, in
    /// order; a slice of step 1 reads a range, which is copied as one block.
    fn slice_picks(&mut self, s: ObjRef, n: usize) -> PResult<SlicePicks> {
        let (start, stop, step) = self.slice_indices(s, n)?;
        let count = range_len(start, stop, step);
        Ok(SlicePicks { start, step, count, next: 0 })
    }

    /// A name read from a class body's namespace (`LoadName`): a dict
    /// directly, any other mapping that `__prepare__` returned through its
    /// `__getitem__`, a `KeyError` meaning "not here, try the globals".
    pub fn namespace_get(&mut self, ns: ObjRef, key: Value) -> PResult<Option<Value>> {
        if matches!(self.heap.get(ns), Object::Dict(_)) {
            return self.dict_get(ns, key);
        }
        match self.getitem(Value::Obj(ns), key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc_instance(Value::Obj(e.0), "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A name stored in a class body's namespace (`StoreName`): through the
    /// mapping's `__setitem__` when `__prepare__` returned something else
    /// than a dict (an enum's namespace resolves `auto()` there).
    pub fn namespace_set(&mut self, ns: ObjRef, key: Value, value: Value) -> PResult<()> {
        if matches!(self.heap.get(ns), Object::Dict(_)) {
            return self.dict_set(ns, key, value);
        }
        self.setitem(Value::Obj(ns), key, value)
    }

    pub fn getitem(&mut self, container: Value, key: Value) -> PResult<Value> {
        let Value::Obj(r) = container else {
            let msg = format!("'{}' object is not subscriptable", self.type_name(container));
            return Err(self.type_error(msg));
        };
        match self.heap.get(r) {
            Object::Instance(_) => return self.getitem_instance(container, key),
            Object::Deque(_) => return crate::deque::getitem(self, r, key),
            Object::Type(_) => {
                if let Some(f) = self.lookup_type(r, self.special.class_getitem) {
                    let f = self.descr_get(f, None, r)?;
                    return self.call(f, &[key]);
                }
                if let Some(f) = self.special_of(container, self.special.getitem) {
                    return self.call_special(f, container, &[key]);
                }
                if let Some(alias) = crate::generic_alias::subscript(self, r, key)? {
                    return Ok(alias);
                }
                let msg = format!("type '{}' is not subscriptable", self.type_obj_name(r));
                return Err(self.type_error(msg));
            }
            _ => {}
        }
        let slice = match key {
            Value::Obj(k) if matches!(self.heap.get(k), Object::Slice(..)) => Some(k),
            _ => None,
        };
        match self.heap.get(r) {
            // The length and kind are read first and the payload only once the
            // index is known: copying it out would make `s[i]` in a loop quadratic.
            Object::List(_) | Object::Tuple(_) => {
                let is_list = matches!(self.heap.get(r), Object::List(_));
                let n = self.seq_len(r);
                if let Some(s) = slice {
                    let picks = self.slice_picks(s, n)?;
                    let items = self.seq_slice(r);
                    let out: Vec<Value> = match picks.run() {
                        Some(run) => items.get(run).unwrap_or_default().to_vec(),
                        None => picks.filter_map(|i| items.get(i).copied()).collect(),
                    };
                    return Ok(if is_list { self.new_list(out) } else { self.new_tuple(out) });
                }
                let i = self.index(key, n, if is_list { "list" } else { "tuple" })?;
                Ok(self.seq_slice(r).get(i).copied().unwrap_or(Value::None))
            }
            Object::Str(s) => {
                let (ascii, n) = (s.is_ascii(), s.chars);
                if let Some(sl) = slice {
                    let picks = self.slice_picks(sl, n)?;
                    let text = self.str_of(container).unwrap_or("");
                    let out: String = if ascii {
                        match picks.run() {
                            Some(run) => text.get(run).unwrap_or_default().to_string(),
                            None => picks.map(|i| text.as_bytes()[i] as char).collect(),
                        }
                    } else {
                        let pos: Vec<usize> = picks.collect();
                        let chars: Vec<char> = text.chars().collect();
                        pos.into_iter().map(|i| chars[i]).collect()
                    };
                    return Ok(self.new_str(out));
                }
                let i = self.index(key, n, "str")?;
                let text = self.str_of(container).unwrap_or("");
                let c = if ascii { text.as_bytes()[i] as char } else { text.chars().nth(i).unwrap_or('\0') };
                Ok(self.char_str(c))
            }
            Object::Bytes(b) | Object::ByteArray(b) => {
                let is_bytes = matches!(self.heap.get(r), Object::Bytes(_));
                let n = b.len();
                if let Some(sl) = slice {
                    let picks = self.slice_picks(sl, n)?;
                    let b = self.bytes_slice(r);
                    let out: Vec<u8> = match picks.run() {
                        Some(run) => b.get(run).unwrap_or_default().to_vec(),
                        None => picks.filter_map(|i| b.get(i).copied()).collect(),
                    };
                    return Ok(self.heap.alloc_value(if is_bytes {
                        Object::Bytes(out)
                    } else {
                        Object::ByteArray(out)
                    }));
                }
                let i = self.index(key, n, if is_bytes { "bytes" } else { "bytearray" })?;
                Ok(Value::Int(i64::from(self.bytes_slice(r).get(i).copied().unwrap_or(0))))
            }
            Object::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let n = range_len(start, stop, step) as usize;
                if let Some(sl) = slice {
                    let (a, b, c) = self.slice_indices(sl, n)?;
                    return Ok(self.heap.alloc_value(Object::Range {
                        start: start + a * step,
                        stop: start + b * step,
                        step: step * c,
                    }));
                }
                let i = self.index(key, n, "range object")?;
                Ok(Value::Int(start + i as i64 * step))
            }
            Object::Dict(_) => match self.dict_get(r, key)? {
                Some(v) => Ok(v),
                None => {
                    let class = self.types.exc("KeyError");
                    Err(self.new_exception(class, vec![key]))
                }
            },
            Object::MemoryView(_) => crate::memoryview::getitem(self, r, key),
            _ => {
                let msg = format!("'{}' object is not subscriptable", self.type_name(container));
                Err(self.type_error(msg))
            }
        }
    }

    /// Where `seq[slice] = items` puts `count` new items in a sequence of
    /// length `n`; an extended slice must have exactly `count` places.
    fn slice_assignment(
        &mut self,
        slice: ObjRef,
        n: usize,
        count: usize,
        what: &str,
    ) -> PResult<SliceAssignment> {
        let (start, stop, step) = self.slice_indices(slice, n)?;
        if step == 1 {
            return Ok(SliceAssignment::Splice(start as usize..stop.max(start) as usize));
        }
        let positions = self.slice_positions(slice, n)?;
        if positions.len() != count {
            let msg = format!(
                "attempt to assign {what} of size {count} to extended slice of size {}",
                positions.len()
            );
            return Err(self.value_error(msg));
        }
        Ok(SliceAssignment::Positions(positions))
    }

    /// `buf[a:b] = data` (which may change the length) and `buf[a:b:c] = data`
    /// on bytearray `r` of length `n`.
    fn bytearray_set_slice(&mut self, r: ObjRef, slice: ObjRef, n: usize, value: Value) -> PResult<()> {
        let new = self.assigned_bytes(value)?;
        let plan = self.slice_assignment(slice, n, new.len(), "bytes")?;
        if let SliceAssignment::Splice(range) = &plan {
            self.check_resize(r, n, n - range.len() + new.len())?;
        }
        if let Some(Object::ByteArray(b)) = self.heap.get_mut(r) {
            plan.apply(b, new);
        }
        Ok(())
    }

    /// What may be assigned to a bytearray slice: bytes-like, or an
    /// iterable of ints in range(0, 256); copied first, as `b[:] = b` reads
    /// what it writes.
    fn assigned_bytes(&mut self, value: Value) -> PResult<Vec<u8>> {
        const ONLY: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
        if let Some(b) = self.bytes_like(value) {
            return Ok(b.to_vec());
        }
        let number = matches!(value, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || matches!(value, Value::Obj(d) if matches!(self.heap.get(d), Object::Int(_) | Object::Complex(..)));
        if number || self.str_of(value).is_some() {
            return Err(self.type_error(ONLY));
        }
        // Anything else as `bytearray(value)` reads it.
        let items = self.collect_iter(value).map_err(|e| {
            if self.is_exc_instance(Value::Obj(e.0), "TypeError") {
                let msg = format!("cannot convert '{}' object to bytearray", self.type_name(value));
                self.type_error(msg)
            } else {
                e
            }
        })?;
        items
            .into_iter()
            .map(|item| match crate::strings::int_arg(self, item)? {
                x @ 0..=255 => Ok(x as u8),
                _ => Err(self.value_error("byte must be in range(0, 256)")),
            })
            .collect()
    }

    pub fn setitem(&mut self, container: Value, key: Value, value: Value) -> PResult<()> {
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Object::Instance(_) => return self.setitem_instance(container, key, Some(value)),
                Object::Dict(_) => return self.dict_set(r, key, value),
                Object::Deque(_) => return crate::deque::setitem(self, r, key, Some(value)),
                Object::List(l) => {
                    let n = l.len();
                    if let Value::Obj(k) = key {
                        if matches!(self.heap.get(k), Object::Slice(..)) {
                            let Some(new) = self.try_collect_iter(value)? else {
                                let plain = matches!(self.heap.get(k), Object::Slice(_, _, step)
                                    if matches!(step, Value::None | Value::Int(1) | Value::Bool(true)));
                                return Err(self.type_error(if plain {
                                    "can only assign an iterable"
                                } else {
                                    "must assign iterable to extended slice"
                                }));
                            };
                            let plan = self.slice_assignment(k, n, new.len(), "sequence")?;
                            if let Some(Object::List(l)) = self.heap.get_mut(r) {
                                plan.apply(l, new);
                            }
                            return Ok(());
                        }
                    }
                    let i = self.index(key, n, "list").map_err(|e| {
                        if self.is_exc_instance(Value::Obj(e.0), "IndexError") {
                            self.err("IndexError", "list assignment index out of range")
                        } else {
                            e
                        }
                    })?;
                    if let Some(Object::List(l)) = self.heap.get_mut(r) {
                        l[i] = value;
                    }
                    return Ok(());
                }
                Object::ByteArray(b) => {
                    let n = b.len();
                    if let Value::Obj(k) = key {
                        if matches!(self.heap.get(k), Object::Slice(..)) {
                            return self.bytearray_set_slice(r, k, n, value);
                        }
                    }
                    let i = self.index(key, n, "bytearray")?;
                    let byte = match value {
                        Value::Int(x) if (0..256).contains(&x) => x as u8,
                        _ => return Err(self.value_error("byte must be in range(0, 256)")),
                    };
                    if let Some(Object::ByteArray(b)) = self.heap.get_mut(r) {
                        b[i] = byte;
                    }
                    return Ok(());
                }
                Object::MemoryView(_) => return crate::memoryview::setitem(self, r, key, value),
                _ => {}
            }
        }
        let msg = format!("'{}' object does not support item assignment", self.type_name(container));
        Err(self.type_error(msg))
    }

    pub fn delitem(&mut self, container: Value, key: Value) -> PResult<()> {
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Object::Instance(_) => return self.setitem_instance(container, key, None),
                Object::Deque(_) => return crate::deque::setitem(self, r, key, None),
                Object::Dict(_) => {
                    if self.dict_remove(r, key)?.is_none() {
                        let class = self.types.exc("KeyError");
                        return Err(self.new_exception(class, vec![key]));
                    }
                    return Ok(());
                }
                Object::List(l) => {
                    let n = l.len();
                    if let Value::Obj(k) = key {
                        if matches!(self.heap.get(k), Object::Slice(..)) {
                            let doomed = self.slice_positions(k, n)?;
                            if let Some(Object::List(l)) = self.heap.get_mut(r) {
                                remove_positions(l, &doomed);
                            }
                            return Ok(());
                        }
                    }
                    let i = self.index(key, n, "list").map_err(|e| {
                        if self.is_exc_instance(Value::Obj(e.0), "IndexError") {
                            self.err("IndexError", "list assignment index out of range")
                        } else {
                            e
                        }
                    })?;
                    if let Some(Object::List(l)) = self.heap.get_mut(r) {
                        l.remove(i);
                    }
                    return Ok(());
                }
                Object::ByteArray(b) => {
                    let n = b.len();
                    let doomed = match key {
                        Value::Obj(k) if matches!(self.heap.get(k), Object::Slice(..)) => {
                            self.slice_positions(k, n)?
                        }
                        _ => vec![self.index(key, n, "bytearray")?],
                    };
                    self.check_resize(r, n, n - doomed.len())?;
                    if let Some(Object::ByteArray(b)) = self.heap.get_mut(r) {
                        remove_positions(b, &doomed);
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        let msg = format!("'{}' object does not support item deletion", self.type_name(container));
        Err(self.type_error(msg))
    }
}

/// Removes the items at `doomed` (positions in any order) in one pass:
/// removing them one by one moved the tail once per item, and
/// `del items[:k]` was quadratic.
fn remove_positions<T>(items: &mut Vec<T>, doomed: &[usize]) {
    let mut keep = vec![true; items.len()];
    for &i in doomed {
        if let Some(k) = keep.get_mut(i) {
            *k = false;
        }
    }
    let mut kept = keep.into_iter();
    items.retain(|_| kept.next().unwrap_or(true));
}

/// The positions a slice reads: `count` of them from `start`, `step` apart.
struct SlicePicks {
    start: i64,
    step: i64,
    count: i64,
    next: i64,
}

impl SlicePicks {
    /// The positions as one range, when they are consecutive.
    fn run(&self) -> Option<std::ops::Range<usize>> {
        let start = usize::try_from(self.start).ok()?;
        (self.step == 1 || self.count <= 1).then(|| start..start + self.count.max(0) as usize)
    }
}

impl Iterator for SlicePicks {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.next >= self.count {
            return None;
        }
        let at = self.start + self.next * self.step;
        self.next += 1;
        Some(at as usize)
    }
}
