//! The interned `str`s: one object per name (attribute and global names,
//! special methods), so that dict lookups by name hit the identity fast path.
//!
//! The table holds only the objects' references and finds a name by the
//! text of the object in the heap: a map keyed by the text would keep a
//! second copy of every name, and start-up interns over a thousand of them
//! (a tenth of its page faults went to that map and those copies).

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use std::hash::BuildHasher;

use crate::heap::Heap;
use crate::object::Object;
use crate::value::ObjRef;

pub struct Interner {
    table: HashTable<ObjRef>,
}

/// The text of interned object `r` (a `str`, by construction).
fn text(heap: &Heap, r: ObjRef) -> &str {
    match heap.get(r) {
        Object::Str(s) => s.as_str(),
        _ => "",
    }
}

/// FxHash: the names are the program's and ours, not input picked to collide.
fn hash(s: &str) -> u64 {
    FxBuildHasher.hash_one(s)
}

impl Interner {
    /// Room for `n` names without growing.
    pub fn with_capacity(n: usize) -> Interner {
        Interner { table: HashTable::with_capacity(n) }
    }

    /// The interned object for `s`, if there is one.
    pub fn get(&self, heap: &Heap, s: &str) -> Option<ObjRef> {
        self.table.find(hash(s), |r| text(heap, *r) == s).copied()
    }

    /// Records `r`, a `str` object whose text no interned object has yet.
    pub fn insert(&mut self, heap: &Heap, r: ObjRef) {
        self.table.insert_unique(hash(text(heap, r)), r, |r| hash(text(heap, *r)));
    }

    /// Every interned object (roots for the collector).
    pub fn iter(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.table.iter().copied()
    }
}
