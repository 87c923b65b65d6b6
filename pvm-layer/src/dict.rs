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

use std::sync::atomic::{AtomicU64, Ordering};

use crate::value::Value;

/// Source of key stamps; 0 is never handed out, so a zeroed cache never matches.
static NEXT_STAMP: AtomicU64 = AtomicU64::new(1);

fn new_stamp() -> u64 {
    NEXT_STAMP.fetch_add(1, Ordering::Relaxed)
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

pub struct Dict {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    len: usize,
    /// The keys stamp: unique among all tables ever made, and renewed whenever
    /// the set of keys or the position of an entry changes (insert, remove,
    /// rebuild, clear, clone). Replacing a value keeps it. So a cached entry
    /// position (`interp.rs`' global cache) is valid while the stamp is equal.
    stamp: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict { entries: Vec::new(), indices: Vec::new(), len: 0, stamp: new_stamp() }
    }
}

impl Clone for Dict {
    fn clone(&self) -> Self {
        Dict {
            entries: self.entries.clone(),
            indices: self.indices.clone(),
            len: self.len,
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

    pub fn len(&self) -> usize {
        self.len
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

    /// Looks up `key` with `eq` deciding equality of keys with equal hashes.
    pub fn find(&self, hash: i64, key: Value, mut eq: impl FnMut(Value, Value) -> bool) -> Slot {
        if self.indices.is_empty() {
            return Slot::Vacant(usize::MAX);
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

    /// Inserts a key known to be absent; `slot` comes from [`Dict::find`].
    pub fn insert_vacant(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        self.stamp = new_stamp();
        if slot == usize::MAX || (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.entries.push(Entry { hash, key, value });
            self.len += 1;
            self.rebuild();
            return;
        }
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
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
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        loop {
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
        // Trim trailing holes so `popitem` stays O(1) amortised.
        while matches!(self.entries.last(), Some(e) if e.key.is_null()) {
            self.entries.pop();
        }
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.rebuild();
        }
        Some(e)
    }

    /// Rebuilds the index table for the live entries (no key comparisons needed).
    fn rebuild(&mut self) {
        self.stamp = new_stamp();
        self.entries.retain(|e| !e.key.is_null());
        let mut size = 8;
        while size * 2 <= self.entries.len() * 3 {
            size *= 2;
        }
        self.indices.clear();
        self.indices.resize(size, EMPTY);
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
    }

    pub fn clear(&mut self) {
        *self = Dict::new();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The entry at position `n` of the raw entry vector, for iterators that
    /// resume by position (holes are skipped by the caller).
    pub fn raw_entry(&self, n: usize) -> Option<&Entry> {
        self.entries.get(n)
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
}
