//! Inline caches for `obj.name` on instances, and for `obj.name(...)`.
//!
//! A load or store of an instance attribute asks the class's MRO whether a
//! data descriptor or a `__getattribute__`/`__setattr__` hook takes over,
//! then looks the name up in the instance dict. Instances of one class made
//! by one `__init__` hold their attributes at the same dict positions, so
//! each code object remembers, per name, the class it last saw and where the
//! name was in that instance's dict; the next access checks the class and
//! that the entry there still has the name, and is done. A method call
//! (`LoadMethod`) remembers the function found on the class instead, and an
//! attribute of `__slots__` the slot it lives in, and a plain class
//! attribute (`self.K` of `class C: K = 3`, no descriptor) its value, good
//! while the instance dict does not shadow it, and a named tuple's field
//! (`p.x`, a `_tuplegetter`) its index in the tuple. CPython 3.11 specialises the
//! same instructions (`LOAD_ATTR_INSTANCE_VALUE`, `LOAD_ATTR_SLOT`,
//! `LOAD_METHOD_WITH_VALUES`; a class attribute through its type cache).
//!
//! **Invariant:** an entry holds only while the method cache's epoch is the
//! one recorded: the epoch advances whenever a class's dict may change and
//! after every collection, so what the class said (no hook, no data
//! descriptor; this function) is still true, and a cached function is alive.

use crate::frame::CodeInfo;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

#[derive(Clone, Copy)]
pub struct AttrCache {
    /// The type the answer holds for; 0 with epoch 0 never matches.
    class: ObjRef,
    epoch: u64,
    place: Place,
}

/// Where the cached name is found.
#[derive(Clone, Copy)]
enum Place {
    /// An instance attribute: its entry number in the instance dict.
    DictEntry(u32),
    /// A `__slots__` member: its index in the instance's slots.
    Slot(u32),
    /// A named tuple's field (a `_tuplegetter`): its index in the tuple.
    TupleItem(u32),
    /// A method: the function on the class.
    Method(Value),
    /// A class attribute that is its own value when read through an
    /// instance (`Vm::is_plain_class_value`).
    ClassAttr(Value),
    /// A module's global (`math.pi`, `os.path`): its entry number in the
    /// module's dict. The entry is keyed by the module itself, not a class.
    ModuleEntry(u32),
    /// `__class__`, not redefined by a class in Python: the instance's
    /// class (what `__eq__` and `__lt__` methods ask of both operands).
    InstanceClass,
    /// Nothing to cache: the class has an attribute hook or a data
    /// descriptor (a property) of that name. Remembered so that the slow
    /// path does not ask the class again on every access.
    Uncachable,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache { class: ObjRef(0), epoch: 0, place: Place::DictEntry(0) }
    }
}

impl Vm {
    /// The cache entry for `code.names[n]` when it holds for an object of class `class`.
    #[inline(always)]
    fn attr_cache_hit(&self, code: &CodeInfo, n: usize, class: ObjRef) -> Option<AttrCache> {
        let c = code.attr_cache.get(n)?.get();
        (c.class == class && c.epoch == self.method_cache.epoch()).then_some(c)
    }

    /// `obj.name` from the cache: an instance attribute at the remembered
    /// entry, or the remembered slot when it is set.
    #[inline(always)]
    pub(crate) fn load_attr_cached(&self, code: &CodeInfo, n: usize, obj: Value) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let Object::Instance(i) = self.heap.get(r) else { return None };
        match self.attr_cache_hit(code, n, i.class)?.place {
            Place::DictEntry(entry) => {
                let Object::Dict(d) = self.heap.get(i.dict?) else { return None };
                let e = d.get_at(entry as usize)?;
                e.key.is(code.names[n]).then_some(e.value)
            }
            Place::Slot(index) => i.slots.get(index as usize).copied().filter(|v| !v.is_null()),
            Place::TupleItem(index) => match self.heap.get(i.base.as_obj()?) {
                Object::Tuple(items) => items.get(index as usize).copied(),
                _ => None,
            },
            Place::ClassAttr(v) => (!self.dict_shadows(i.dict, code.names[n])).then_some(v),
            Place::InstanceClass => Some(Value::Obj(i.class)),
            Place::Method(_) | Place::ModuleEntry(_) | Place::Uncachable => None,
        }
    }

    /// `module.name` from the cache, when `obj` is a module: the entry
    /// remembered in the module's dict, when it still holds that name (a
    /// rebinding changes the value in place, which is read afresh). Asked
    /// after `load_attr_cached` misses, and by `LoadMethod` (`math.sqrt(x)`
    /// calls what the module holds, unbound).
    #[inline]
    pub(crate) fn load_module_attr_cached(&self, code: &CodeInfo, n: usize, obj: Value) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let Object::Module(m) = self.heap.get(r) else { return None };
        let Place::ModuleEntry(entry) = self.attr_cache_hit(code, n, r)?.place else { return None };
        let Object::Dict(d) = self.heap.get(m.dict) else { return None };
        let e = d.get_at(entry as usize)?;
        e.key.is(code.names[n]).then_some(e.value)
    }

    /// `obj.name = v` through the cache: the class is known to leave the
    /// name to the instance dict, so the value goes straight there (in place
    /// at the remembered entry, or by a lookup for an attribute `__init__` is
    /// adding). `false` when the slow path must run.
    #[inline]
    pub(crate) fn store_attr_cached(&mut self, code: &CodeInfo, n: usize, obj: Value, v: Value) -> bool {
        let (Value::Obj(r), Value::Obj(name)) = (obj, code.names[n]) else { return false };
        let Object::Instance(i) = self.heap.get(r) else { return false };
        let entry = match self.attr_cache_hit(code, n, i.class).map(|c| c.place) {
            Some(Place::DictEntry(entry)) => entry as usize,
            Some(Place::Slot(index)) => {
                if let Some(Object::Instance(i)) = self.heap.get_mut(r) {
                    if let Some(slot) = i.slots.get_mut(index as usize) {
                        *slot = v;
                        return true;
                    }
                }
                return false;
            }
            Some(
                Place::Method(_)
                | Place::ClassAttr(_)
                | Place::InstanceClass
                | Place::TupleItem(_)
                | Place::ModuleEntry(_)
                | Place::Uncachable,
            )
            | None => return false,
        };
        let dict = match i.dict {
            Some(dict) => {
                if let Some(Object::Dict(d)) = self.heap.get_mut(dict) {
                    if d.get_at(entry).is_some_and(|e| e.key.is(Value::Obj(name))) {
                        d.set_value_at(entry, v);
                        return true;
                    }
                }
                dict
            }
            None => self.instance_dict(r),
        };
        self.dict_set_str(dict, name, v);
        true
    }

    /// Records where `obj.name` is, after the slow path found or stored it:
    /// only for an instance whose class has no attribute hook, and then
    /// either a `__slots__` member of that name or no data descriptor of
    /// that name and an instance dict holding it.
    pub(crate) fn fill_attr_cache(&self, code: &CodeInfo, n: usize, obj: Value) {
        let (Value::Obj(r), Value::Obj(name), Some(cell)) = (obj, code.names[n], code.attr_cache.get(n))
        else {
            return;
        };
        let i = match self.heap.get(r) {
            Object::Instance(i) => i,
            Object::Module(_) => return self.fill_module_attr_cache(code, n, obj),
            _ => return,
        };
        let class = i.class;
        let epoch = self.method_cache.epoch();
        if self.attr_cache_hit(code, n, class).is_some_and(|c| matches!(c.place, Place::Uncachable)) {
            return;
        }
        let uncachable = AttrCache { class, epoch, place: Place::Uncachable };
        if self.lookup_user(class, self.special.getattribute).is_some()
            || self.lookup_user(class, self.special.setattr).is_some()
        {
            return cell.set(uncachable);
        }
        if self.str_of(code.names[n]) == Some("__class__") && self.lookup_user(class, name).is_none() {
            return cell.set(AttrCache { class, epoch, place: Place::InstanceClass });
        }
        let found = self.lookup_type(class, name);
        let place = match found.and_then(|d| d.as_obj()).map(|d| self.heap.get(d)) {
            Some(Object::Member { index, .. }) => match u32::try_from(*index) {
                Ok(index) => Place::Slot(index),
                Err(_) => return,
            },
            Some(Object::TupleGetter { index, .. }) => match u32::try_from(*index) {
                Ok(index) => Place::TupleItem(index),
                Err(_) => return cell.set(uncachable),
            },
            _ if found.is_some_and(|d| self.is_data_descriptor(d)) => return cell.set(uncachable),
            _ if found.is_some_and(|v| self.is_plain_class_value(v))
                && !self.dict_shadows(i.dict, code.names[n]) =>
            {
                Place::ClassAttr(found.unwrap_or(Value::Null))
            }
            _ => {
                let (Some(dict), Object::Str(s)) = (i.dict, self.heap.get(name)) else { return };
                let crate::dict::Slot::Found(entry) = self.find(dict, s.hash(), code.names[n]) else {
                    return;
                };
                Place::DictEntry(u32::try_from(entry).unwrap_or(u32::MAX))
            }
        };
        cell.set(AttrCache { class, epoch, place });
    }

    /// Records where `module.name` is in the module's dict, unless the
    /// module type itself has that name (`__dict__`, `__class__`: its
    /// descriptors come first).
    pub(crate) fn fill_module_attr_cache(&self, code: &CodeInfo, n: usize, obj: Value) {
        let (Value::Obj(module), name, Some(cell)) = (obj, code.names[n], code.attr_cache.get(n)) else {
            return;
        };
        let Object::Module(m) = self.heap.get(module) else { return };
        let (dict, Value::Obj(name_ref)) = (m.dict, name) else { return };
        let Object::Str(s) = self.heap.get(name_ref) else { return };
        if self.lookup_type(self.type_of(obj), name_ref).is_some() {
            return;
        }
        let crate::dict::Slot::Found(entry) = self.find(dict, s.hash(), name) else { return };
        let Ok(entry) = u32::try_from(entry) else { return };
        let epoch = self.method_cache.epoch();
        cell.set(AttrCache { class: module, epoch, place: Place::ModuleEntry(entry) });
    }

    /// For a receiver whose method calls the cache serves (an instance of a
    /// user class, or an object of a builtin type, whose dict cannot change):
    /// the class the entry is keyed by, and the instance dict that could
    /// shadow the method. Not for the objects `load_method` leaves to
    /// `getattr` (modules, classes, functions, exceptions, `super`).
    #[inline(always)]
    fn method_receiver(&self, obj: Value) -> Option<(ObjRef, Option<ObjRef>)> {
        match self.heap.get(obj.as_obj()?) {
            Object::Instance(i) => Some((i.class, i.dict)),
            Object::Module(_)
            | Object::Type(_)
            | Object::Function(_)
            | Object::Exception(_)
            | Object::Super { .. } => None,
            _ => Some((self.type_of(obj), None)),
        }
    }

    /// `LoadMethod` from the cache: the function on the class, when the
    /// instance's own dict does not shadow it.
    #[inline(always)]
    pub(crate) fn load_method_cached(&self, code: &CodeInfo, n: usize, obj: Value) -> Option<Value> {
        let (class, dict) = self.method_receiver(obj)?;
        let Place::Method(method) = self.attr_cache_hit(code, n, class)?.place else { return None };
        (!self.dict_shadows(dict, code.names[n])).then_some(method)
    }

    /// Whether instance dict `dict` holds `name` (a str), hiding what the class has.
    #[inline(always)]
    fn dict_shadows(&self, dict: Option<ObjRef>, name: Value) -> bool {
        let (Some(d), Value::Obj(name)) = (dict, name) else { return false };
        let Object::Str(s) = self.heap.get(name) else { return true };
        self.table(d).is_some_and(|t| t.may_hold(s.hash())) && self.dict_get_str(d, name).is_some()
    }

    /// Records the function `LoadMethod` found on `obj`'s class (see [`Vm::load_method_cached`]).
    pub(crate) fn fill_method_cache(&self, code: &CodeInfo, n: usize, obj: Value, method: Value) {
        let (Some((class, _)), Some(cell)) = (self.method_receiver(obj), code.attr_cache.get(n)) else {
            return;
        };
        if self.lookup_user(class, self.special.getattribute).is_some() {
            return;
        }
        let epoch = self.method_cache.epoch();
        cell.set(AttrCache { class, epoch, place: Place::Method(method) });
    }
}
