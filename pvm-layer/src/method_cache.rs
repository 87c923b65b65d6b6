//! A cache of attribute lookups on types, as CPython's type attribute cache:
//! `lookup_type(C, name)` walks C's MRO, a dict lookup per class, for every
//! method call and attribute access on an instance; the cache remembers the
//! answer (found or not) by `(type, name)`.
//!
//! **Invariant:** an entry is valid only while `epoch` is the cache's current
//! one. The epoch advances whenever a type's dict may have changed (an
//! attribute set or deleted on a class, a class created) and after every
//! garbage collection (a freed type's slot may be reused by another), so a
//! stale answer is never returned. Type dicts reached through `C.__dict__`
//! are plain dicts here (CPython gives a read-only proxy): writing to one
//! directly is a known gap the cache does not see.

use std::cell::Cell;

use crate::value::{ObjRef, Value};

/// 1,024 entries (32 kB): a program's (class, name) pairs are a few
/// hundred, and every entry is written at start-up, so a bigger table costs
/// each run page faults for no hits (4,096 cost 24 more pages).
const SIZE: usize = 1024;

#[derive(Clone, Copy, Default)]
struct Entry {
    epoch: u64,
    class: ObjRef,
    /// The name's index, with the high bit set for `lookup_user` answers.
    key: u32,
    /// `None`: the name is not found.
    found: Option<Value>,
}

pub struct MethodCache {
    entries: Box<[Cell<Entry>]>,
    /// Starts at 1, so the zeroed entries are never valid.
    epoch: Cell<u64>,
}

/// Which lookup an entry answers.
#[derive(Clone, Copy)]
pub enum Lookup {
    /// Along the whole MRO (`Vm::lookup_type`).
    Mro,
    /// Among the classes defined in Python only (`Vm::lookup_user`).
    User,
}

impl Lookup {
    /// The bit an entry's key carries for this lookup.
    fn tag(self) -> u32 {
        match self {
            Lookup::Mro => 0,
            Lookup::User => 1 << 31,
        }
    }
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache {
            entries: vec![Cell::new(Entry::default()); SIZE].into_boxed_slice(),
            epoch: Cell::new(1),
        }
    }
}

impl MethodCache {
    fn slot(&self, class: ObjRef, key: u32) -> &Cell<Entry> {
        let i = (class.0.wrapping_mul(0x9E37_79B9) ^ key.wrapping_mul(0x85EB_CA6B)) as usize % SIZE;
        &self.entries[i]
    }

    /// The remembered answer for `(class, name)`, if any: `Some(None)` means "not found".
    #[inline]
    pub fn get(&self, class: ObjRef, name: ObjRef, lookup: Lookup) -> Option<Option<Value>> {
        let key = name.0 | lookup.tag();
        let e = self.slot(class, key).get();
        (e.epoch == self.epoch.get() && e.class == class && e.key == key).then_some(e.found)
    }

    #[inline]
    pub fn put(&self, class: ObjRef, name: ObjRef, lookup: Lookup, found: Option<Value>) {
        let key = name.0 | lookup.tag();
        self.slot(class, key).set(Entry { epoch: self.epoch.get(), class, key, found });
    }

    /// The current epoch: an answer recorded in it still holds (`attr_cache.rs` relies on this too).
    #[inline]
    pub fn epoch(&self) -> u64 {
        self.epoch.get()
    }

    /// Forgets every entry (a type changed, or the collector ran).
    pub fn invalidate(&self) {
        self.epoch.set(self.epoch.get() + 1);
    }
}
