//! `Dict`: CPython's compact, insertion-ordered hash table.
//!
//! Entries live in a `Vec` in insertion order (a deleted entry leaves a hole,
//! `key == Value::Null`, squeezed out when the table is rebuilt); `indices`
//! is an open-addressing table of entry numbers probed with CPython's
//! perturbation scheme. Sets use the same table with unused values.
//!
//! The table does not know Python's equality: lookups take a closure, so the
//! PVM can compare keys with the heap at hand. Because lookups only read, the
//! closure may look at other heap objects while the dict itself is borrowed.
//!
//! A set iterates in CPython's order, which is not insertion order but the
//! slot order of `setobject.c`'s table: a set's `Dict` also keeps a
//! [`SetOrder`], a replica of that table (same size, growth, probing and
//! dummies) holding entry numbers, so `{3, 1, 2}` prints as `{1, 2, 3}`.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::value::Value;

/// Source of key stamps; 0 is never handed out, so a zeroed cache never matches.
static NEXT_STAMP: AtomicU64 = AtomicU64::new(1);

fn new_stamp() -> u64 {
    NEXT_STAMP.fetch_add(1, Ordering::Relaxed)
}

/// A dict (not a set) of up to this many entries, holes included, has no
/// index: a lookup scans the entries, comparing hashes. Most dicts are that
/// small (instance attributes, keyword arguments), and they are made without
/// a second allocation and the rebuild that sizes an index.
const SMALL: usize = 8;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

impl Entry {
    /// A live entry whose key has hash `hash`: what a scan of a small table compares first.
    #[inline]
    fn live_with_hash(&self, hash: i64) -> bool {
        self.hash == hash && !self.key.is_null()
    }
}

pub struct Dict {
    entries: Vec<Entry>,
    /// Replaced whole by each rebuild, never grown in place: a boxed slice
    /// keeps `Dict`, and so every heap slot, 8 bytes smaller than a `Vec`.
    indices: Box<[u32]>,
    /// Entries are numbered by `u32` in the index, so counts fit one too;
    /// the two `u32`s keep `Dict`, and every heap slot, 8 bytes smaller.
    len: u32,
    /// Index slots in use, live or dummy: what the load factor counts. Not
    /// `entries.len()`, which trailing holes are trimmed from while their
    /// dummies stay; counting those let a dict that kept inserting and
    /// deleting new keys fill its index with dummies, and a lookup then
    /// probed for ever.
    fill: u32,
    /// For a set: CPython's slot order (see the module doc).
    order: Option<Box<SetOrder>>,
    /// The keys stamp: unique among all tables ever made, and renewed whenever
    /// the set of keys or the position of an entry changes (insert, remove,
    /// rebuild, clear, clone). Replacing a value keeps it. So a cached entry
    /// position (`interp.rs`' global cache) is valid while the stamp is equal.
    stamp: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict {
            entries: Vec::new(),
            indices: Box::default(),
            len: 0,
            fill: 0,
            order: None,
            stamp: new_stamp(),
        }
    }
}

impl Clone for Dict {
    fn clone(&self) -> Self {
        Dict {
            entries: self.entries.clone(),
            indices: self.indices.clone(),
            len: self.len,
            fill: self.fill,
            order: self.order.clone(),
            stamp: new_stamp(),
        }
    }
}

/// Where a key is, or where it would go.
pub enum Slot {
    Found(usize),
    /// Not present; the index-table slot to insert at.
    Vacant(usize),
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict whose entries go in `buffer`, a small dict's recycled
    /// by the collector (`Heap::spare_entries`): no allocation.
    pub fn with_buffer(mut buffer: Vec<Entry>) -> Dict {
        buffer.clear();
        Dict { entries: buffer, ..Dict::default() }
    }

    /// The entries buffer of a dead small dict, worth recycling: one that
    /// holds a small table (see `SMALL`).
    pub fn into_small_buffer(self) -> Option<Vec<Entry>> {
        let small = self.order.is_none() && (1..=SMALL).contains(&self.entries.capacity());
        small.then_some(self.entries)
    }

    /// An empty table for a set or frozenset: it iterates in CPython's set order.
    pub fn new_set() -> Dict {
        Dict { order: Some(Box::default()), ..Dict::default() }
    }

    pub fn is_set(&self) -> bool {
        self.order.is_some()
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The keys stamp (see the field).
    #[inline]
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The value of the live entry at `entry`, for a cache validated by [`Dict::stamp`].
    #[inline]
    pub fn value_at(&self, entry: usize) -> Option<Value> {
        self.entries.get(entry).map(|e| e.value)
    }

    /// Whether a key of hash `hash` may be here: `false` is certain (a small
    /// table's hashes are all looked at), `true` asks for a lookup.
    #[inline]
    pub fn may_hold(&self, hash: i64) -> bool {
        !self.indices.is_empty() || self.entries.iter().any(|e| e.live_with_hash(hash))
    }

    /// Looks up `key` with `eq` deciding equality of keys with equal hashes.
    pub fn find(&self, hash: i64, key: Value, mut eq: impl FnMut(Value, Value) -> bool) -> Slot {
        if self.indices.is_empty() {
            // A small table: its few entries are scanned (see `SMALL`).
            let found =
                self.entries.iter().position(|e| e.live_with_hash(hash) && (e.key.is(key) || eq(e.key, key)));
            return found.map_or(Slot::Vacant(usize::MAX), Slot::Found);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_dummy = None;
        loop {
            match self.indices[i] {
                EMPTY => return Slot::Vacant(first_dummy.unwrap_or(i)),
                DUMMY => {
                    if first_dummy.is_none() {
                        first_dummy = Some(i)
                    }
                }
                e => {
                    let entry = &self.entries[e as usize];
                    if entry.hash == hash && (entry.key.is(key) || eq(entry.key, key)) {
                        return Slot::Found(e as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn get_at(&self, entry: usize) -> Option<&Entry> {
        self.entries.get(entry).filter(|e| !e.key.is_null())
    }

    pub fn set_value_at(&mut self, entry: usize, value: Value) {
        if let Some(e) = self.entries.get_mut(entry) {
            e.value = value;
        }
    }

    /// Whether inserting at index slot `slot` (from [`Dict::find`]) must
    /// rebuild the index first: none yet, or it would be two-thirds full
    /// counting dummies (`fill`) and holes.
    fn needs_room(&self, slot: usize) -> bool {
        slot == usize::MAX || ((self.fill as usize).max(self.entries.len()) + 1) * 3 >= self.indices.len() * 2
    }

    /// Counts index slot `slot` as used before an entry goes there.
    fn take_slot(&mut self, slot: usize) {
        if self.indices.get(slot) == Some(&EMPTY) {
            self.fill += 1;
        }
    }

    /// Inserts a key known to be absent; `slot` comes from [`Dict::find`].
    pub fn insert_vacant(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        self.stamp = new_stamp();
        let n = self.entries.len() as u32;
        if self.indices.is_empty() && self.order.is_none() && self.entries.len() < SMALL {
            self.entries.push(Entry { hash, key, value });
            self.len += 1;
        } else if self.needs_room(slot) {
            self.entries.push(Entry { hash, key, value });
            self.len += 1;
            self.rebuild();
        } else {
            self.take_slot(slot);
            self.indices[slot] = n;
            self.entries.push(Entry { hash, key, value });
            self.len += 1;
        }
        // `rebuild` may have renumbered the entries: the new one is the last.
        let n = (self.entries.len() - 1) as u32;
        if let Some(order) = &mut self.order {
            order.add(n, hash);
        }
    }

    /// Inserts with identity equality only (interned strings, immediates):
    /// for building namespaces from Rust.
    pub fn insert_identity(&mut self, hash: i64, key: Value, value: Value) {
        match self.find(hash, key, |_, _| false) {
            Slot::Found(e) => self.set_value_at(e, value),
            Slot::Vacant(s) => self.insert_vacant(s, hash, key, value),
        }
    }

    pub fn remove_at(&mut self, entry: usize) -> Option<Entry> {
        let e = *self.entries.get(entry)?;
        if e.key.is_null() {
            return None;
        }
        self.stamp = new_stamp();
        let mask = self.indices.len().wrapping_sub(1);
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        // A small table has no index to mark.
        while !self.indices.is_empty() {
            match self.indices[i] {
                EMPTY => break,
                x if x as usize == entry => {
                    self.indices[i] = DUMMY;
                    break;
                }
                _ => {}
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.entries[entry].key = Value::Null;
        self.entries[entry].value = Value::Null;
        self.len -= 1;
        if let Some(order) = &mut self.order {
            order.remove(entry as u32, e.hash);
        }
        // Trim trailing holes so `popitem` stays O(1) amortised.
        while matches!(self.entries.last(), Some(e) if e.key.is_null()) {
            self.entries.pop();
        }
        if self.entries.len() > 16 && (self.len as usize) * 2 < self.entries.len() {
            self.rebuild();
        }
        Some(e)
    }

    /// Rebuilds the index table for the live entries (no key comparisons needed).
    fn rebuild(&mut self) {
        self.stamp = new_stamp();
        if let Some(order) = &mut self.order {
            let mut renumbered = Vec::with_capacity(self.entries.len());
            let mut next = 0u32;
            for e in &self.entries {
                renumbered.push(next);
                next += u32::from(!e.key.is_null());
            }
            order.renumber(&renumbered);
        }
        self.entries.retain(|e| !e.key.is_null());
        let mut size = 8;
        while size * 2 <= self.entries.len() * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size].into_boxed_slice();
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = n as u32;
        }
        self.fill = self.entries.len() as u32;
    }

    pub fn clear(&mut self) {
        *self = if self.is_set() { Dict::new_set() } else { Dict::new() };
    }

    /// Live entries in iteration order: insertion order, or CPython's slot
    /// order for a set.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        (0..self.ordered_len()).filter_map(|n| self.ordered_entry(n)).filter(|e| !e.key.is_null())
    }

    /// How many positions [`Dict::ordered_entry`] has.
    pub fn ordered_len(&self) -> usize {
        match &self.order {
            Some(order) => order.slots.len(),
            None => self.entries.len(),
        }
    }

    /// The entry at position `n` of iteration order, for iterators that
    /// resume by position; `None` for a hole (skipped by the caller) and
    /// past the end (`n >= ordered_len()`).
    pub fn ordered_entry(&self, n: usize) -> Option<&Entry> {
        match &self.order {
            Some(order) => match order.slots.get(n)? {
                SetSlot::Full(e, _) => self.entries.get(*e as usize),
                _ => None,
            },
            None => self.entries.get(n),
        }
    }

    /// `set.pop()`'s choice, as CPython makes it: the first occupied slot at
    /// or after where the last pop stopped. The entry number.
    pub fn set_pop_entry(&mut self) -> Option<usize> {
        let order = self.order.as_mut()?;
        order.next_for_pop().map(|e| e as usize)
    }

    /// Adds the entries of set `other` to this set as CPython's `set_merge`
    /// does (its layout decides the copy's); `other`'s keys are known distinct.
    pub fn merge_set(&mut self, other: &Dict, eq: impl FnMut(Value, Value) -> bool) {
        let mut eq = eq;
        let other_used = other.len as usize;
        let incoming: Vec<Entry> = other.iter().copied().collect();
        let Some(order) = &mut self.order else {
            for e in incoming {
                if let Slot::Vacant(s) = self.find(e.hash, e.key, &mut eq) {
                    self.insert_vacant(s, e.hash, e.key, e.value);
                }
            }
            return;
        };
        if (order.fill + other_used) * 5 >= (order.slots.len() - 1) * 3 {
            order.resize((order.used + other_used) * 2);
        }
        let empty = order.fill == 0;
        let same_layout = empty
            && other.order.as_ref().is_some_and(|o| o.slots.len() == order.slots.len() && o.fill == o.used);
        if same_layout {
            // CPython copies the slots as they are.
            self.entries = incoming;
            self.len = self.entries.len() as u32;
            let mut slots = other.order.as_ref().map(|o| o.slots.clone()).unwrap_or_default();
            let mut n = 0u32;
            for slot in slots.iter_mut() {
                if let SetSlot::Full(e, _) = slot {
                    *e = n;
                    n += 1;
                }
            }
            let used = self.entries.len();
            self.order = Some(Box::new(SetOrder { slots, fill: used, used, finger: 0 }));
            self.rebuild_indices();
            return;
        }
        for e in incoming {
            if let Slot::Vacant(s) = self.find(e.hash, e.key, &mut eq) {
                if empty {
                    // Into an empty table, CPython places without probing for dummies.
                    let n = self.entries.len() as u32;
                    self.plain_insert(s, e);
                    if let Some(order) = &mut self.order {
                        order.insert_clean(n, e.hash);
                        order.fill += 1;
                        order.used += 1;
                    }
                } else {
                    self.insert_vacant(s, e.hash, e.key, e.value);
                }
            }
        }
    }

    /// Inserts into the entries and the index only (the set order is the caller's).
    fn plain_insert(&mut self, slot: usize, e: Entry) {
        self.stamp = new_stamp();
        if self.needs_room(slot) {
            self.entries.push(e);
            self.len += 1;
            let order = self.order.take();
            self.rebuild();
            self.order = order;
        } else {
            self.take_slot(slot);
            self.indices[slot] = self.entries.len() as u32;
            self.entries.push(e);
            self.len += 1;
        }
    }

    /// Rebuilds the index over entries known to hold no holes.
    fn rebuild_indices(&mut self) {
        let order = self.order.take();
        self.rebuild();
        self.order = order;
    }

    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    pub fn last_entry(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    pub fn for_each_value(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }
}

/// One slot of CPython's set table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetSlot {
    Empty,
    Dummy,
    /// A live element: its entry number and hash.
    Full(u32, i64),
}

/// `setobject.c`'s table, holding entry numbers: where each element would sit
/// in CPython, which is the order a set iterates in.
#[derive(Clone, Debug)]
pub struct SetOrder {
    slots: Vec<SetSlot>,
    /// Slots not `Empty` (live or dummy), and live ones.
    fill: usize,
    used: usize,
    /// Where `pop` looks first.
    finger: usize,
}

/// CPython's `PySet_MINSIZE`, `LINEAR_PROBES` and `PERTURB_SHIFT`.
const SET_MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

impl Default for SetOrder {
    fn default() -> Self {
        SetOrder { slots: vec![SetSlot::Empty; SET_MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

/// The slots CPython probes for `hash`, in order, in a table of `mask + 1`:
/// runs of up to `LINEAR_PROBES + 1` neighbours, then a perturbed jump.
fn probe(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    std::iter::from_fn(move || {
        let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        let start = i;
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        Some(start..=start + run)
    })
    .flatten()
}

impl SetOrder {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_add_entry` for a key known to be absent: the first dummy on its
    /// probe path, else the empty slot that ends it; grows as CPython does.
    fn add(&mut self, entry: u32, hash: i64) {
        let mut free = None;
        for i in probe(hash, self.mask()) {
            match self.slots[i] {
                SetSlot::Empty => {
                    match free {
                        Some(d) => self.slots[d] = SetSlot::Full(entry, hash),
                        None => {
                            self.slots[i] = SetSlot::Full(entry, hash);
                            self.fill += 1;
                        }
                    }
                    self.used += 1;
                    break;
                }
                SetSlot::Dummy if free.is_none() => free = Some(i),
                _ => {}
            }
        }
        if free.is_none() && self.fill * 5 >= self.mask() * 3 {
            let grow = if self.used > 50_000 { self.used * 2 } else { self.used * 4 };
            self.resize(grow);
        }
    }

    /// `set_insert_clean`: the first empty slot on the probe path (no dummies).
    fn insert_clean(&mut self, entry: u32, hash: i64) {
        let mask = self.mask();
        if let Some(i) = probe(hash, mask).find(|&i| self.slots[i] == SetSlot::Empty) {
            self.slots[i] = SetSlot::Full(entry, hash);
        }
    }

    /// `set_table_resize`: the smallest power of two above `min_used`,
    /// refilled in old slot order.
    fn resize(&mut self, min_used: usize) {
        let mut size = SET_MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![SetSlot::Empty; size]);
        for slot in old {
            if let SetSlot::Full(e, hash) = slot {
                self.insert_clean(e, hash);
            }
        }
        self.fill = self.used;
    }

    /// `set_discard_entry`: the element's slot becomes a dummy.
    fn remove(&mut self, entry: u32, hash: i64) {
        let mask = self.mask();
        let found = probe(hash, mask).take(self.slots.len() * 2).find(|&i| {
            matches!(self.slots[i], SetSlot::Full(e, _) if e == entry) || self.slots[i] == SetSlot::Empty
        });
        let at = match found {
            Some(i) if self.slots[i] != SetSlot::Empty => Some(i),
            _ => self.slots.iter().position(|s| matches!(s, SetSlot::Full(e, _) if *e == entry)),
        };
        if let Some(i) = at {
            self.slots[i] = SetSlot::Dummy;
            self.used -= 1;
        }
    }

    /// After the entries were compacted: `renumbered[old]` is each entry's new number.
    fn renumber(&mut self, renumbered: &[u32]) {
        for slot in &mut self.slots {
            if let SetSlot::Full(e, _) = slot {
                *e = renumbered.get(*e as usize).copied().unwrap_or(*e);
            }
        }
    }

    fn next_for_pop(&mut self) -> Option<u32> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let start = self.finger & mask;
        (0..self.slots.len()).map(|k| (start + k) & mask).find_map(|i| match self.slots[i] {
            SetSlot::Full(e, _) => {
                self.finger = i + 1;
                Some(e)
            }
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(a: Value, b: Value) -> bool {
        matches!((a, b), (Value::Int(x), Value::Int(y)) if x == y)
    }

    fn set(d: &mut Dict, k: i64, v: i64) {
        match d.find(k % 7, Value::Int(k), eq) {
            Slot::Found(e) => d.set_value_at(e, Value::Int(v)),
            Slot::Vacant(s) => d.insert_vacant(s, k % 7, Value::Int(k), Value::Int(v)),
        }
    }

    fn get(d: &Dict, k: i64) -> Option<i64> {
        match d.find(k % 7, Value::Int(k), eq) {
            Slot::Found(e) => match d.get_at(e)?.value {
                Value::Int(v) => Some(v),
                _ => None,
            },
            Slot::Vacant(_) => None,
        }
    }

    #[test]
    fn insert_lookup_delete_keep_order() {
        let mut d = Dict::new();
        for k in 0..1000 {
            set(&mut d, k, k * 2);
        }
        set(&mut d, 5, -1);
        assert_eq!(d.len(), 1000);
        assert_eq!(get(&d, 5), Some(-1));
        for k in (0..1000).filter(|k| k % 3 == 0) {
            if let Slot::Found(e) = d.find(k % 7, Value::Int(k), eq) {
                d.remove_at(e);
            }
        }
        assert_eq!(get(&d, 3), None);
        assert_eq!(get(&d, 4), Some(8));
        set(&mut d, 3, 33);
        let keys: Vec<i64> =
            d.iter().map(|e| if let Value::Int(k) = e.key { k } else { -1 }).take(4).collect();
        assert_eq!(keys, vec![1, 2, 4, 5]);
        assert_eq!(d.iter().last().map(|e| e.key.is(Value::Int(3))), Some(true));
        assert_eq!(d.len(), 1000 - 334 + 1);
    }

    #[test]
    fn inserting_and_deleting_new_keys_never_fills_the_index() {
        // `pprint`'s recursion guard: `ctx[id(x)] = 1; ...; del ctx[id(x)]`
        // with a new key each time. Each delete leaves a dummy; the lookups
        // must still find an empty slot to stop at.
        let mut d = Dict::new();
        for k in 0..10_000 {
            let key = Value::Int(k);
            match d.find(k, key, eq) {
                Slot::Vacant(s) => d.insert_vacant(s, k, key, key),
                Slot::Found(_) => panic!("{k} was deleted"),
            }
            match d.find(k, key, eq) {
                Slot::Found(e) => d.remove_at(e),
                Slot::Vacant(_) => panic!("{k} was just inserted"),
            };
        }
        assert!(d.is_empty());
        assert!(matches!(d.find(10_000, Value::Int(10_000), eq), Slot::Vacant(_)));
    }
}
