//! Buffer exports: the memoryviews over bytearrays, which forbid the
//! bytearray to change its length while they are alive and not released
//! (CPython's `BufferError: Existing exports of data: object cannot be
//! re-sized`), since a view's window would then no longer fit its bytes.
//!
//! CPython counts exports and gives one back when a view is released or
//! its last reference goes. Strata has no reference counts, so it keeps
//! the list of views not yet released, and when a bytearray that one of
//! them shows is about to change length, a marking (the collector's,
//! without the sweep) tells the views still reachable from those the
//! program dropped: only the former forbid it, and the latter are
//! forgotten, so a program that drops its views pays for one marking.
//! Each collection also forgets the views it found unreachable.

use crate::gc::Marks;
use crate::object::Object;
use crate::value::ObjRef;
use crate::vm::{PResult, Vm};

/// The memoryviews over bytearrays that are not released (and were
/// reachable at the last look).
#[derive(Default)]
pub struct Exports {
    views: Vec<ObjRef>,
}

impl Exports {
    pub fn add(&mut self, view: ObjRef) {
        self.views.push(view);
    }

    /// Forgets `view` (released).
    pub fn remove(&mut self, view: ObjRef) {
        self.views.retain(|v| *v != view);
    }

    /// Forgets the views a marking did not reach: they are garbage, and
    /// their slots may be reused once swept.
    pub fn retain_marked(&mut self, marks: &Marks) {
        self.views.retain(|v| marks.is_marked(*v));
    }
}

impl Vm {
    /// Whether some view in the list shows bytearray `buffer`.
    pub(crate) fn exported(&self, buffer: ObjRef) -> bool {
        self.exports.views.iter().any(|v| {
            matches!(self.heap.get(*v), Object::MemoryView(view) if view.buffer == buffer && !view.released)
        })
    }

    /// Checks that bytearray `buffer`, `old` bytes long, may become `new`
    /// bytes long: always when the length stays, else only with no live view.
    pub fn check_resize(&mut self, buffer: ObjRef, old: usize, new: usize) -> PResult<()> {
        if old == new || !self.exported(buffer) {
            return Ok(());
        }
        let marks = self.mark_roots();
        self.exports.retain_marked(&marks);
        if self.exported(buffer) {
            return Err(self.err("BufferError", "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }
}
