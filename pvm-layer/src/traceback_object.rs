//! Traceback objects (`types.TracebackType`) and an exception's traceback.
//!
//! Raising and catching must stay cheap, so while an exception unwinds it
//! records only compact entries (code, instruction, a link to the frame);
//! `e.__traceback__` (or `sys.exc_info()`) turns them into the chain of
//! traceback objects CPython builds eagerly, once, and keeps it. Entries
//! recorded after that (a re-raise passing through more frames) go in front
//! of the chain, as CPython's `PyTraceBack_Here` prepends.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::frame::CodeInfo;
use crate::frame_object::{FrameLink, Locals};
use crate::object::Object;
use crate::stdlib;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

/// One frame an exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeInfo>,
    /// The instruction that raised or was running a call that raised.
    pub lasti: u32,
    pub frame: EntryFrame,
}

/// The frame of a traceback entry.
#[derive(Clone, Copy)]
pub enum EntryFrame {
    /// A frame that handled the exception (still running when recorded),
    /// or one that already had its object.
    Link(FrameLink),
    /// A frame the exception unwound, which had no object: its variables
    /// are saved with the traceback from `Traceback::saved[at]` (see
    /// `save_gone_frame`), and its caller is the next entry's frame. It
    /// left at instruction `lasti` (past the entry's, after a re-raise).
    Gone { at: u32, lasti: u32 },
}

/// An exception's `__traceback__`: the chain `objects` (traceback objects
/// already made, or None), preceded by `entries` not yet made into
/// objects, innermost first (so the outermost frame is the last entry).
#[derive(Clone)]
pub struct Traceback {
    pub entries: SmallVec<[TbEntry; 3]>,
    pub objects: Value,
    /// The variables of the entries' unwound frames, one after another.
    saved: SmallVec<[Value; 6]>,
}

impl Default for Traceback {
    fn default() -> Self {
        Traceback { entries: SmallVec::new(), objects: Value::None, saved: SmallVec::new() }
    }
}

impl Traceback {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.objects.is_none()
    }

    /// The same frames at the same instructions (for `except*`'s re-raise check).
    pub fn same_as(&self, other: &Traceback) -> bool {
        self.objects.is(other.objects)
            && self.entries.len() == other.entries.len()
            && self
                .entries
                .iter()
                .zip(&other.entries)
                .all(|(p, q)| Rc::ptr_eq(&p.code, &q.code) && p.lasti == q.lasti)
    }

    pub fn for_each_value(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            e.code.for_each_value(f);
            match &e.frame {
                EntryFrame::Link(FrameLink::Object(r)) => f(Value::Obj(*r)),
                EntryFrame::Link(FrameLink::Live { .. }) => {}
                EntryFrame::Gone { .. } => {}
            }
        }
        self.saved.iter().for_each(|v| f(*v));
        f(self.objects);
    }
}

/// A traceback object's payload: one entry of the chain.
pub struct TracebackObj {
    pub frame: ObjRef,
    pub lasti: u32,
    /// `tb_next`: the next traceback object (inner frame), or None.
    pub next: Value,
}

impl Vm {
    /// Records that exception `exc` passes through the top frame, which
    /// handles it (`handled`) or is about to be popped.
    pub(crate) fn record_traceback(&mut self, exc: Exc, lasti: u32, handled: bool) {
        let Some(index) = self.frames.len().checked_sub(1) else { return };
        let code = self.frames[index].code.clone();
        // Never shown (`stdlib::has_no_frames`): no entry, no copy of locals.
        if stdlib::has_no_frames(&code.code.filename) {
            return;
        }
        let frame =
            if handled { EntryFrame::Link(self.live_link(index)) } else { self.leaving_frame(exc, index) };
        if let Some(Object::Exception(x)) = self.heap.get_mut(exc.0) {
            x.traceback.entries.push(TbEntry { code, lasti, frame });
        }
    }

    /// How `exc`'s traceback keeps frame `index`, which it unwinds: its
    /// object if it has one, else its saved variables.
    fn leaving_frame(&mut self, exc: Exc, index: usize) -> EntryFrame {
        match self.detach_frame_object(index) {
            Some(r) => EntryFrame::Link(FrameLink::Object(r)),
            None => self.save_variables(exc, index),
        }
    }

    /// Appends the variables of frame `index` to `exc`'s saved values (no
    /// allocation per frame): the fast locals (`nlocals` of them); a
    /// function's frame's function (which knows the globals and the
    /// closure), or else the globals and namespace; then its cells
    /// (`cellvars` of them).
    fn save_variables(&mut self, exc: Exc, index: usize) -> EntryFrame {
        let Vm { frames, stack, heap, .. } = self;
        let frame = &frames[index];
        let code = &frame.code;
        let lasti = frame.pc.saturating_sub(1) as u32;
        let Some(Object::Exception(x)) = heap.get_mut(exc.0) else {
            return EntryFrame::Gone { at: 0, lasti };
        };
        let tb = &mut x.traceback;
        let at = tb.saved.len();
        let ncells = code.code.cellvars.len();
        let end = (frame.base + code.nlocals).min(stack.len());
        let fast = stack.get(frame.base..end).unwrap_or(&[]);
        tb.saved.extend_from_slice(fast);
        // (Empty `extend`s are not free: this runs for every frame unwound.)
        if fast.len() < code.nlocals {
            tb.saved.extend(std::iter::repeat(Value::Null).take(code.nlocals - fast.len()));
        }
        let object = |r: Option<ObjRef>| r.map_or(Value::None, Value::Obj);
        match (frame.func, frame.locals) {
            (Some(func), None) => tb.saved.push(Value::Obj(func)),
            // A module or class body: its namespace is its `f_locals`.
            _ => tb.saved.extend([Value::Obj(frame.globals), object(frame.locals)]),
        }
        if ncells > 0 {
            tb.saved.extend((0..ncells).map(|i| object(frame.cells.get(i).copied())));
        }
        EntryFrame::Gone { at: at as u32, lasti }
    }

    /// The object of an entry's unwound frame, made from its saved values.
    fn gone_frame(&mut self, code: &Rc<CodeInfo>, lasti: u32, saved: &[Value]) -> ObjRef {
        let nlocals = code.nlocals;
        let fast = saved.get(..nlocals).unwrap_or(&[]).to_vec();
        let object = |i: usize| saved.get(nlocals + i).and_then(|v| v.as_obj());
        let (func, globals, namespace, ncells_at) = match object(0).map(|r| (r, self.heap.get(r))) {
            Some((func, Object::Function(f))) => (Some(func), f.globals, None, 1),
            _ => (None, object(0).unwrap_or(self.builtins), object(1), 2),
        };
        let cells = (0..code.code.cellvars.len()).filter_map(|i| object(ncells_at + i)).collect();
        let locals = Locals { fast, cells, func, namespace };
        self.gone_frame_object(code.clone(), globals, lasti, Some(locals))
    }

    /// As `exc` re-raised leaves the top frame (which already has its entry,
    /// linked to the frame while it ran): the entry keeps the frame's
    /// variables now.
    pub(crate) fn detach_from_traceback(&mut self, exc: Exc) {
        let Some(index) = self.frames.len().checked_sub(1) else { return };
        let id = self.frames[index].id;
        if id == 0 {
            return;
        }
        let is_entry =
            |e: &TbEntry| matches!(e.frame, EntryFrame::Link(FrameLink::Live { id: i, .. }) if i == id);
        let Some(at) = self.exc_obj(exc.0).and_then(|x| x.traceback.entries.iter().rposition(is_entry))
        else {
            self.detach_frame_object(index);
            return;
        };
        let frame = self.leaving_frame(exc, index);
        if let Some(Object::Exception(x)) = self.heap.get_mut(exc.0) {
            x.traceback.entries[at].frame = frame;
        }
    }

    /// `e.__traceback__`: the chain of traceback objects, made now from
    /// the entries not yet made.
    pub fn exception_traceback(&mut self, e: ObjRef) -> Value {
        let Some(x) = self.exc_obj_mut(e) else { return Value::None };
        if x.traceback.entries.is_empty() {
            return x.traceback.objects;
        }
        let entries = std::mem::take(&mut x.traceback.entries);
        let saved = std::mem::take(&mut x.traceback.saved);
        // Innermost first: frame objects, then each unwound frame's caller.
        let mut frames = Vec::with_capacity(entries.len());
        for entry in &entries {
            let frame = match entry.frame {
                EntryFrame::Link(link) => self.resolve_frame_link(link, &entry.code, entry.lasti),
                EntryFrame::Gone { at, lasti } => {
                    self.gone_frame(&entry.code, lasti, saved.get(at as usize..).unwrap_or(&[]))
                }
            };
            frames.push(frame);
        }
        for (i, entry) in entries.iter().enumerate() {
            if let (EntryFrame::Gone { .. }, Some(&caller)) = (&entry.frame, frames.get(i + 1)) {
                self.set_frame_back(frames[i], caller);
            }
        }
        let mut next = self.exc_obj(e).map_or(Value::None, |x| x.traceback.objects);
        for (entry, frame) in entries.iter().zip(frames) {
            let tb = TracebackObj { frame, lasti: entry.lasti, next };
            next = self.heap.alloc_value(Object::Traceback(tb));
        }
        if let Some(x) = self.exc_obj_mut(e) {
            x.traceback.objects = next;
        }
        next
    }

    /// `e.__traceback__ = tb`, `e.with_traceback(tb)`.
    pub fn set_exception_traceback(&mut self, e: ObjRef, tb: Value) -> PResult<()> {
        if !tb.is_none() && !self.is_traceback(tb) {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        }
        if let Some(x) = self.exc_obj_mut(e) {
            x.traceback = Traceback { objects: tb, ..Traceback::default() };
        }
        Ok(())
    }

    pub fn is_traceback(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Object::Traceback(_)))
    }

    /// The frames of `e`'s traceback as `(code, instruction)`, outermost
    /// first, without those of embedded modules standing for C code: what
    /// the uncaught-exception printer shows.
    pub(crate) fn traceback_entries(&self, e: ObjRef) -> Vec<(Rc<CodeInfo>, u32)> {
        let Some(x) = self.exc_obj(e) else { return Vec::new() };
        let mut out: Vec<_> = x.traceback.entries.iter().rev().map(|t| (t.code.clone(), t.lasti)).collect();
        let mut next = x.traceback.objects;
        // Bounded: `tb_next` assignments may make a cycle.
        while let (Value::Obj(r), true) = (next, out.len() < 1_000_000) {
            let Object::Traceback(tb) = self.heap.get(r) else { break };
            if let Object::Frame(f) = self.heap.get(tb.frame) {
                out.push((f.code.clone(), tb.lasti));
            }
            next = tb.next;
        }
        out.retain(|(code, _)| !stdlib::has_no_frames(&code.code.filename));
        out
    }

    /// The attributes of traceback object `r`.
    pub(crate) fn traceback_attr(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        let Object::Traceback(tb) = self.heap.get(r) else { return None };
        let (frame, lasti, next) = (tb.frame, tb.lasti, tb.next);
        Some(match name {
            "tb_frame" => Value::Obj(frame),
            "tb_next" => next,
            "tb_lasti" => Value::Int(2 * i64::from(lasti)),
            "tb_lineno" => {
                let line = match self.heap.get(frame) {
                    Object::Frame(f) => f.code.code.locations.get(lasti as usize).map_or(0, |l| l.line),
                    _ => 0,
                };
                Value::Int(i64::from(line))
            }
            _ => return None,
        })
    }

    /// `tb.tb_next = value`: another traceback or None, not making a loop.
    pub(crate) fn set_tb_next(&mut self, r: ObjRef, value: Value) -> PResult<()> {
        if !value.is_none() && !self.is_traceback(value) {
            let msg = format!("expected traceback object, got '{}'", self.type_name(value));
            return Err(self.type_error(msg));
        }
        let mut cursor = value;
        while let Value::Obj(c) = cursor {
            if c == r {
                return Err(self.value_error("traceback loop detected"));
            }
            cursor = match self.heap.get(c) {
                Object::Traceback(tb) => tb.next,
                _ => Value::None,
            };
        }
        if let Some(Object::Traceback(tb)) = self.heap.get_mut(r) {
            tb.next = value;
        }
        Ok(())
    }
}
