//! The heap: an arena of object slots with a free list.
//!
//! Objects are named by [`ObjRef`] (a slot index). Allocation reuses freed
//! slots first, so a program in a steady state keeps a steady slot count.
//! The heap never frees anything by itself: the collector (`gc.rs`) decides.

use crate::dict::{Dict, Entry};
use crate::gc_stress::GcStress;
use crate::object::Object;
use crate::value::{ObjRef, Value};

/// Below this many allocations since the last collection, never collect.
pub const MIN_THRESHOLD: usize = 10_000;

/// Collect once this many payload bytes were allocated since the last
/// collection, however few the objects: without reference counts, garbage
/// is only freed by a collection, and 10,000 dead 50 kB strings (a loop of
/// `s += ...`) would otherwise be half a gigabyte of fresh pages. The bound
/// grows with the live objects (64 bytes each), so that a collection, which
/// costs O(live), stays amortised. 2 MB rather than more: garbage freed
/// while it is still in the cache is reused from there (list-building loops
/// ran a third faster than with 8 MB, at a few more collections).
pub const MIN_BYTES_THRESHOLD: usize = 2 << 20;

/// At most this many spare dict buffers (`Heap::spare_entries`) are kept
/// (2.5 MB at most): about as many dicts as the allocations between two
/// collections make when they are instances'.
const MAX_SPARE_ENTRIES: usize = 8192;

pub struct Heap {
    pub(crate) slots: Vec<Option<Object>>,
    pub(crate) free: Vec<u32>,
    /// Objects alive now (allocated and not yet swept).
    pub(crate) live: usize,
    /// Allocations since the last collection (`gc.get_count()[0]`).
    pub(crate) allocations: usize,
    /// Payload bytes of the large objects allocated since the last collection.
    pub(crate) allocated_bytes: usize,
    pub(crate) bytes_threshold: usize,
    /// Collect once `allocations` exceeds this: max(MIN_THRESHOLD, objects
    /// that survived the last collection, a quarter of the values it looked at).
    /// Each collection costs O(live objects + their values), and at least
    /// that many allocations (over four) separate two of them, so the cost
    /// per allocation is amortised O(1).
    pub(crate) threshold: usize,
    enabled: bool,
    /// Whether a threshold was crossed while collecting is enabled: decided
    /// by the allocation that crossed it, so that the safe point on every
    /// call, return and backward jump (`should_collect`) reads one flag.
    /// Stress mode keeps it set (thresholds of zero).
    due: bool,
    /// `STRATA_GC_STRESS` (`gc_stress.rs`).
    stress: Option<GcStress>,
    /// Entry buffers of small dicts the collector freed, for new dicts to
    /// take: most dicts made in a loop are instances' attributes, and one
    /// dies for every one made. Reusing the buffer saves a `malloc` and a
    /// `free` per instance (a sixth of making one).
    pub(crate) spare_entries: Vec<Vec<Entry>>,
    /// The mark bits of the last collection, for the next to reuse: a new
    /// vector for each collection of a large heap came as fresh pages from
    /// the OS, each first touch a page fault (a fifth of the collector's time).
    pub(crate) spare_marks: std::cell::Cell<Vec<bool>>,
    pub(crate) collections: usize,
    /// What the last collection cost: slots swept and values traced.
    pub(crate) last_cost: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            // Room for the objects the builtins make, so start-up never regrows it.
            slots: Vec::with_capacity(4096),
            free: Vec::new(),
            live: 0,
            allocations: 0,
            allocated_bytes: 0,
            bytes_threshold: MIN_BYTES_THRESHOLD,
            threshold: MIN_THRESHOLD,
            enabled: true,
            due: false,
            stress: None,
            spare_entries: Vec::new(),
            spare_marks: Default::default(),
            collections: 0,
            last_cost: 0,
        }
    }

    #[inline]
    pub fn alloc(&mut self, object: Object) -> ObjRef {
        self.live += 1;
        self.allocations += 1;
        self.allocated_bytes += object.payload_bytes();
        self.due = self.over_threshold() && self.enabled;
        if let Some(index) = self.free.pop() {
            self.slots[index as usize] = Some(object);
            ObjRef(index)
        } else {
            // More than 2**32 slots would exhaust memory long before; the
            // index saturates rather than wrapping (then the push fails first).
            let index = u32::try_from(self.slots.len()).unwrap_or(u32::MAX);
            self.slots.push(Some(object));
            ObjRef(index)
        }
    }

    pub fn alloc_value(&mut self, object: Object) -> Value {
        Value::Obj(self.alloc(object))
    }

    /// The object at `r`. A live `ObjRef` always names an occupied slot (the
    /// collector never frees what is reachable); a dangling one would be a PVM
    /// bug, which we report as the `Ellipsis` placeholder rather than panic.
    #[inline]
    pub fn get(&self, r: ObjRef) -> &Object {
        match self.slots.get(r.index()) {
            Some(Some(object)) => object,
            _ => &Object::Ellipsis,
        }
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> Option<&mut Object> {
        self.slots.get_mut(r.index()).and_then(Option::as_mut)
    }

    /// Every live object's reference, in slot order.
    pub fn occupied(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots.iter().enumerate().filter(|(_, slot)| slot.is_some()).map(|(i, _)| ObjRef(i as u32))
    }

    /// The number of slots (occupied or free): the heap's footprint.
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    pub fn live(&self) -> usize {
        self.live
    }

    pub fn last_cost(&self) -> usize {
        self.last_cost
    }

    /// A new empty dict, in a spare buffer when there is one.
    #[inline]
    pub fn new_dict_table(&mut self) -> Dict {
        match self.spare_entries.pop() {
            Some(buffer) => Dict::with_buffer(buffer),
            None => Dict::new(),
        }
    }

    /// Frees the object in a slot the collector found dead, keeping a
    /// small dict's entries buffer for the next dict.
    pub(crate) fn free_slot(&mut self, index: usize) {
        let Some(slot) = self.slots.get_mut(index) else { return };
        if let Some(Object::Dict(d)) = slot.take() {
            if self.spare_entries.len() < MAX_SPARE_ENTRIES {
                self.spare_entries.extend(d.into_small_buffer());
            }
        }
    }

    #[inline]
    pub fn should_collect(&self) -> bool {
        self.due
    }

    fn over_threshold(&self) -> bool {
        self.allocations > self.threshold || self.allocated_bytes > self.bytes_threshold
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// `gc.enable()` / `gc.disable()`.
    pub fn set_enabled(&mut self, enabled: bool) {
        self.enabled = enabled;
        self.due = (self.over_threshold() || self.stress.is_some()) && enabled;
    }

    /// Turns stress mode on or off: with it, every safe point finds a
    /// collection due, and `stress_skips` lets every Nth through.
    pub fn set_stress(&mut self, stress: Option<GcStress>) {
        self.stress = stress;
        self.set_thresholds(0);
        self.set_enabled(self.enabled);
    }

    /// A safe point found a collection due: whether stress mode passes this one by.
    pub(crate) fn stress_skips(&mut self) -> bool {
        self.stress.as_mut().is_some_and(|stress| !stress.tick())
    }

    /// The thresholds after a collection that looked at `traced` values:
    /// the next collection waits for allocations in proportion to the work
    /// this one cost (live objects, and the values inside them: a dict of
    /// 200,000 ints is one object but 400,000 values to look at), so the
    /// collector's cost per allocation stays bounded. A quarter: the garbage
    /// let pile up meanwhile stays within about the memory the live values
    /// take themselves. Zero under stress, so that every allocation keeps
    /// `due` set.
    pub(crate) fn set_thresholds(&mut self, traced: usize) {
        if self.stress.is_some() {
            self.threshold = 0;
            self.bytes_threshold = 0;
        } else {
            self.threshold = MIN_THRESHOLD.max(self.live).max(traced / 4);
            self.bytes_threshold = MIN_BYTES_THRESHOLD.max(self.live * 64);
        }
    }

    /// A collection just ran: the counts start again.
    pub(crate) fn reset_counts(&mut self) {
        self.allocations = 0;
        self.allocated_bytes = 0;
        self.due = self.stress.is_some() && self.enabled;
    }
}
