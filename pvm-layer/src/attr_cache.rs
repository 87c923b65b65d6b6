//! Inline caches for `obj.name` on instances, and for `obj.name(...)`.
//!
//! A load or store of an instance attribute asks the class's MRO whether a
//! data descriptor or a `__getattribute__`/`__setattr__` hook takes over,
//! then looks the name up in the instance dict. Instances of one class made
//! by one `__init__` hold their attributes at the same dict positions, so
//! each code object remembers, per name, the class it last saw and where the
//! name was in that instance's dict; the next access checks the class and
//! that the entry there still has the name, and is done. A method call
//! (`LoadMethod`) remembers the function found on the class instead. CPython
//! 3.11 specialises the same instructions (`LOAD_ATTR_INSTANCE_VALUE`,
//! `LOAD_METHOD_WITH_VALUES`).
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
    /// For an instance attribute: its entry number in the instance dict.
    entry: u32,
    /// For a method: the function on the class (`Value::Null` otherwise).
    method: Value,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache { class: ObjRef(0), epoch: 0, entry: 0, method: Value::Null }
    }
}

impl Vm {
    /// The cache entry for `code.names[n]` when it holds for an object of class `class`.
    #[inline(always)]
    fn attr_cache_hit(&self, code: &CodeInfo, n: usize, class: ObjRef) -> Option<AttrCache> {
        let c = code.attr_cache.get(n)?.get();
        (c.class == class && c.epoch == self.method_cache.epoch()).then_some(c)
    }

    /// `obj.name` from the cache: an instance attribute at the remembered entry.
    #[inline(always)]
    pub(crate) fn load_attr_cached(&self, code: &CodeInfo, n: usize, obj: Value) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let Object::Instance(i) = self.heap.get(r) else { return None };
        let c = self.attr_cache_hit(code, n, i.class)?;
        if !c.method.is_null() {
            return None;
        }
        let Object::Dict(d) = self.heap.get(i.dict?) else { return None };
        let e = d.get_at(c.entry as usize)?;
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
        let Some(c) = self.attr_cache_hit(code, n, i.class).filter(|c| c.method.is_null()) else {
            return false;
        };
        let dict = match i.dict {
            Some(dict) => {
                if let Some(Object::Dict(d)) = self.heap.get_mut(dict) {
                    if d.get_at(c.entry as usize).is_some_and(|e| e.key.is(Value::Obj(name))) {
                        d.set_value_at(c.entry as usize, v);
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
    /// only for an instance whose class has neither attribute hook nor a
    /// data descriptor of that name, and whose dict holds the name.
    pub(crate) fn fill_attr_cache(&self, code: &CodeInfo, n: usize, obj: Value) {
        let (Value::Obj(r), Value::Obj(name), Some(cell)) = (obj, code.names[n], code.attr_cache.get(n))
        else {
            return;
        };
        let Object::Instance(i) = self.heap.get(r) else { return };
        let (class, Some(dict)) = (i.class, i.dict) else { return };
        if !self.plain_attributes(class, name) {
            return;
        }
        let hash = match self.heap.get(name) {
            Object::Str(s) => s.hash(),
            _ => return,
        };
        if let crate::dict::Slot::Found(entry) = self.find(dict, hash, code.names[n]) {
            let entry = u32::try_from(entry).unwrap_or(u32::MAX);
            let epoch = self.method_cache.epoch();
            cell.set(AttrCache { class, epoch, entry, method: Value::Null });
        }
    }

    /// Whether the class leaves `name` to the instance dict: no
    /// `__getattribute__` or `__setattr__` of its own, and no data descriptor.
    fn plain_attributes(&self, class: ObjRef, name: ObjRef) -> bool {
        self.lookup_user(class, self.special.getattribute).is_none()
            && self.lookup_user(class, self.special.setattr).is_none()
            && !self.lookup_type(class, name).is_some_and(|d| self.is_data_descriptor(d))
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
        let c = self.attr_cache_hit(code, n, class)?;
        if c.method.is_null() {
            return None;
        }
        if let (Some(d), Value::Obj(name)) = (dict, code.names[n]) {
            let hash = match self.heap.get(name) {
                Object::Str(s) => s.hash(),
                _ => return None,
            };
            let may_hold = self.table(d).is_some_and(|t| t.may_hold(hash));
            if may_hold && self.dict_get_str(d, name).is_some() {
                return None;
            }
        }
        Some(c.method)
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
        cell.set(AttrCache { class, epoch, entry: 0, method });
    }
}
