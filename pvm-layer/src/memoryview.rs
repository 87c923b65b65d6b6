//! `memoryview`: a window on the bytes of a `bytes` or `bytearray`, shared
//! with it, as CPython's one-dimensional views are. A view is a start, a
//! length and a stride over its buffer's bytes, and a format for its
//! items (`buffer_format.rs`): slicing (with a step too) and `cast` make
//! another window on the same bytes without copying, and writing through
//! a view of a bytearray changes the bytearray.
//!
//! A view of a bytearray is one of its exports (`exports.rs`). Once
//! released (`release()`, the end of `with`), a view refuses everything
//! but `repr`, `==` by identity and `release()`.

use crate::buffer_format::{BufferFormat, Scalar};
use crate::call::Args;
use crate::heap::Heap;
use crate::object::{IterKind, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

#[derive(Clone, Copy)]
pub struct MemoryView {
    /// What the view was made from (`mv.obj`): a bytes, a bytearray, or an
    /// instance of a subclass of one.
    pub obj: Value,
    /// The `bytes` or `bytearray` whose bytes the view shows.
    pub buffer: ObjRef,
    /// Where item 0 starts in the buffer's bytes.
    pub start: usize,
    /// The number of items (`shape[0]`).
    pub len: usize,
    /// Bytes from one item to the next (`strides[0]`); negative in a reversed view.
    pub stride: isize,
    pub format: BufferFormat,
    pub readonly: bool,
    pub released: bool,
}

impl MemoryView {
    fn nbytes(&self) -> usize {
        self.len * self.format.size()
    }

    /// Items one after the other: what `tobytes()` would copy is one slice.
    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.format.size() as isize
    }

    /// Where the bytes of item `i` are in the buffer (`None` only for a
    /// window that no longer fits its buffer).
    fn item_range(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let at = (i as isize).checked_mul(self.stride)?.checked_add(self.start as isize)?;
        let at = usize::try_from(at).ok()?;
        Some(at..at.checked_add(self.format.size())?)
    }

    /// The bytes of item `i`: zeros where the buffer no longer has them
    /// (a bytearray resized while no export was known, see `exports.rs`).
    fn item_bytes<'a>(&self, heap: &'a Heap, i: usize) -> std::borrow::Cow<'a, [u8]> {
        match self.item_range(i).and_then(|range| buffer_bytes(heap, self.buffer).get(range)) {
            Some(b) => b.into(),
            None => vec![0; self.format.size()].into(),
        }
    }

    /// The bytes the view shows, in item order (`tobytes()`).
    fn to_bytes(&self, heap: &Heap) -> Vec<u8> {
        if let Some(b) = self.contiguous_bytes(heap) {
            return b.to_vec();
        }
        (0..self.len).flat_map(|i| self.item_bytes(heap, i).into_owned()).collect()
    }

    /// The bytes the view shows, borrowed, when they are one slice.
    fn contiguous_bytes<'a>(&self, heap: &'a Heap) -> Option<&'a [u8]> {
        if !self.contiguous() {
            return None;
        }
        buffer_bytes(heap, self.buffer).get(self.start..self.start.checked_add(self.nbytes())?)
    }

    /// The window of items `slice` selects, over the same bytes.
    fn sliced(&self, start: i64, step: i64, len: usize) -> MemoryView {
        let start = match self.item_range(start as usize) {
            Some(range) if len > 0 => range.start,
            _ => self.start,
        };
        MemoryView { start, len, stride: self.stride * step as isize, released: false, ..*self }
    }
}

fn buffer_bytes(heap: &Heap, buffer: ObjRef) -> &[u8] {
    match heap.get(buffer) {
        Object::Bytes(b) | Object::ByteArray(b) => b,
        _ => &[],
    }
}

// ---- making views -------------------------------------------------------------------

/// `memoryview(object)`.
pub fn construct(vm: &mut Vm, a: &Args) -> PResult<Value> {
    if a.pos.len() + a.kw.len() > 1 {
        let msg = format!("memoryview() takes at most 1 argument ({} given)", a.pos.len() + a.kw.len());
        return Err(vm.type_error(msg));
    }
    let Some(obj) = a.arg(vm, 0, "object") else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(view) = view_of(vm, obj) {
        let view = live(vm, view)?;
        return Ok(new_view(vm, view));
    }
    let base = vm.base_value(obj);
    let (buffer, readonly, len) = match base {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Bytes(b) => (r, true, b.len()),
            Object::ByteArray(b) => (r, false, b.len()),
            _ => return Err(not_bytes_like(vm, obj)),
        },
        _ => return Err(not_bytes_like(vm, obj)),
    };
    let view = MemoryView {
        obj,
        buffer,
        start: 0,
        len,
        stride: 1,
        format: BufferFormat::BYTE,
        readonly,
        released: false,
    };
    Ok(new_view(vm, view))
}

fn not_bytes_like(vm: &mut Vm, obj: Value) -> crate::vm::Exc {
    let msg = format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(obj));
    vm.type_error(msg)
}

/// A new view object; a view of a bytearray is one of its exports.
fn new_view(vm: &mut Vm, view: MemoryView) -> Value {
    let writable_buffer = matches!(vm.heap.get(view.buffer), Object::ByteArray(_));
    let r = vm.heap.alloc(Object::MemoryView(Box::new(view)));
    if writable_buffer {
        vm.exports.add(r);
    }
    Value::Obj(r)
}

/// The view `v` is, if it is one (released or not).
pub fn view_of(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::MemoryView(_)) => Some(r),
        _ => None,
    }
}

/// The state of view `r`, or CPython's error once it is released.
pub fn live(vm: &mut Vm, r: ObjRef) -> PResult<MemoryView> {
    match vm.heap.get(r) {
        Object::MemoryView(view) if !view.released => Ok(**view),
        _ => Err(vm.value_error("operation forbidden on released memoryview object")),
    }
}

/// The bytes a view of contiguous items shows, borrowed (the bytes-like
/// arguments of `bytes` methods, `struct`, `hashlib`, files...); `None`
/// for a released or strided view.
pub fn bytes_like<'a>(heap: &'a Heap, view: &MemoryView) -> Option<&'a [u8]> {
    if view.released {
        return None;
    }
    view.contiguous_bytes(heap)
}

/// `bytes(mv)`, `bytearray(mv)`: a copy of the bytes, in item order.
pub fn to_bytes(vm: &mut Vm, r: ObjRef) -> PResult<Vec<u8>> {
    let view = live(vm, r)?;
    Ok(view.to_bytes(&vm.heap))
}

// ---- the operators ----------------------------------------------------------------

/// `mv[key]`: an item (int key) or a view (slice key).
pub fn getitem(vm: &mut Vm, r: ObjRef, key: Value) -> PResult<Value> {
    let view = live(vm, r)?;
    if let Some(s) = slice_key(vm, key) {
        let (start, stop, step) = vm.slice_indices(s, view.len)?;
        let len = crate::ops::range_len(start, stop, step) as usize;
        return Ok(new_view(vm, view.sliced(start, step, len)));
    }
    let key = match key {
        Value::Obj(t) if matches!(vm.heap.get(t), Object::Tuple(_)) => single_index(vm, t)?,
        _ => key,
    };
    let i = index(vm, &view, key)?;
    let raw = view.item_bytes(&vm.heap, i).into_owned();
    Ok(view.format.unpack(vm, &raw))
}

/// `mv[key] = value`: one item, or as many items of the same format.
pub fn setitem(vm: &mut Vm, r: ObjRef, key: Value, value: Value) -> PResult<()> {
    let view = live(vm, r)?;
    if view.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (target, new) = match slice_key(vm, key) {
        Some(s) => {
            let (start, stop, step) = vm.slice_indices(s, view.len)?;
            let target = view.sliced(start, step, crate::ops::range_len(start, stop, step) as usize);
            (target, assigned_items(vm, &target, value)?)
        }
        None => {
            let i = index(vm, &view, key)?;
            (view.sliced(i as i64, 1, 1), view.format.pack(vm, value)?)
        }
    };
    let size = target.format.size();
    if let Some(Object::ByteArray(b)) = vm.heap.get_mut(target.buffer) {
        for (i, item) in new.chunks(size).enumerate() {
            match target.item_range(i).and_then(|range| b.get_mut(range)) {
                Some(dst) if dst.len() == item.len() => dst.copy_from_slice(item),
                _ => {}
            }
        }
    }
    Ok(())
}

/// The bytes of what is assigned to the items of `target`: a bytes-like
/// object with as many items of the same format (copied first: it may be
/// a view of the same bytes).
fn assigned_items(vm: &mut Vm, target: &MemoryView, value: Value) -> PResult<Vec<u8>> {
    let (format, len, bytes) = match view_of(vm, value) {
        Some(v) => {
            let source = live(vm, v)?;
            (source.format, source.len, source.to_bytes(&vm.heap))
        }
        None => match vm.bytes_like(value) {
            Some(b) => (BufferFormat::BYTE, b.len(), b.to_vec()),
            None => {
                let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(value));
                return Err(vm.type_error(msg));
            }
        },
    };
    if !format.same_items(target.format) || len != target.len {
        return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
    }
    Ok(bytes)
}

fn slice_key(vm: &Vm, key: Value) -> Option<ObjRef> {
    match key {
        Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(..)) => Some(k),
        _ => None,
    }
}

/// The index of a one-dimensional view given as a tuple: `mv[(i,)]`.
fn single_index(vm: &mut Vm, t: ObjRef) -> PResult<Value> {
    let items = vm.seq_slice(t).to_vec();
    let indices = items.iter().all(|v| matches!(v, Value::Int(_) | Value::Bool(_)));
    let slices = items.iter().all(|v| slice_key(vm, *v).is_some());
    match items.len() {
        0 => Err(vm.err("NotImplementedError", "sub-views are not implemented")),
        1 if indices => Ok(items[0]),
        n if indices => Err(vm.type_error(format!("cannot index 1-dimension view with {n}-element tuple"))),
        _ if slices => Err(vm.err("NotImplementedError", "multi-dimensional slicing is not implemented")),
        _ => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

/// Item `key` of `view` (an int, or an object with `__index__`).
fn index(vm: &mut Vm, view: &MemoryView, key: Value) -> PResult<usize> {
    let key = match vm.numeric_special(key, &[vm.special.index], vec![])? {
        Ok(index) | Err(index) => index,
    };
    let i = match key {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b),
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Int(_)) => {
            return Err(vm.err("IndexError", "cannot fit 'int' into an index-sized integer"));
        }
        _ => return Err(vm.type_error("memoryview: invalid slice key")),
    };
    let n = view.len as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.err("IndexError", "index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// Python's `==` between view `a` and `b` (a view, `bytes` or
/// `bytearray`): same number of items, equal item by item.
pub fn equal(heap: &Heap, a: ObjRef, b: ObjRef) -> bool {
    let seen = |r: ObjRef| match heap.get(r) {
        Object::MemoryView(v) if !v.released => Some(**v),
        Object::MemoryView(_) => None,
        Object::Bytes(bytes) | Object::ByteArray(bytes) => Some(MemoryView {
            obj: Value::Obj(r),
            buffer: r,
            start: 0,
            len: bytes.len(),
            stride: 1,
            format: BufferFormat::BYTE,
            readonly: true,
            released: false,
        }),
        _ => None,
    };
    let (Some(x), Some(y)) = (seen(a), seen(b)) else { return false };
    if x.len != y.len {
        return false;
    }
    let item = |v: &MemoryView, i: usize| -> Scalar { v.format.decode(&v.item_bytes(heap, i)) };
    (0..x.len).all(|i| item(&x, i) == item(&y, i))
}

/// `hash(mv)`: the hash of its bytes, for a read-only view of bytes.
pub fn hash(vm: &mut Vm, r: ObjRef) -> PResult<i64> {
    let view = live(vm, r)?;
    if !view.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !view.format.is_byte() {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let bytes = view.to_bytes(&vm.heap);
    Ok(crate::semantics::hash::hash_bytes(&bytes, crate::semantics::hash::HashKey::ZERO))
}

/// `len(mv)`.
pub fn len(vm: &mut Vm, r: ObjRef) -> PResult<usize> {
    Ok(live(vm, r)?.len)
}

/// `iter(mv)`: a `memory_iterator`.
pub fn iter(vm: &mut Vm, r: ObjRef) -> PResult<Value> {
    live(vm, r)?;
    Ok(vm.heap.alloc_value(Object::Iter(IterKind::Seq(Value::Obj(r), 0))))
}

/// Item `i` of view `r` for its iterator, `None` past the end.
pub fn next_item(vm: &mut Vm, r: ObjRef, i: usize) -> PResult<Option<Value>> {
    let view = live(vm, r)?;
    if i >= view.len {
        return Ok(None);
    }
    let raw = view.item_bytes(&vm.heap, i).into_owned();
    Ok(Some(view.format.unpack(vm, &raw)))
}

/// `repr(mv)`.
pub fn repr(vm: &Vm, r: ObjRef) -> String {
    let released = matches!(vm.heap.get(r), Object::MemoryView(v) if v.released);
    let address = crate::repr::address(r.0);
    if released {
        format!("<released memory at {address:#x}>")
    } else {
        format!("<memory at {address:#x}>")
    }
}

// ---- methods and attributes ---------------------------------------------------------

pub fn install(vm: &mut Vm) {
    let t = vm.types.get(TypeKind::MemoryView);
    let methods: &[(&'static str, NativeFn)] = &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("cast", cast),
        ("toreadonly", |vm, a| {
            let view = receiver(vm, a)?;
            Ok(new_view(vm, MemoryView { readonly: true, ..view }))
        }),
        ("__enter__", |vm, a| {
            receiver(vm, a)?;
            Ok(a.get(0).unwrap_or(Value::None))
        }),
        ("__exit__", release),
    ];
    for (name, f) in methods {
        vm.add_method(t, "memoryview", name, *f);
    }
    let attributes: &[(&'static str, NativeFn)] = &[
        ("obj", |vm, a| Ok(receiver(vm, a)?.obj)),
        ("nbytes", |vm, a| Ok(Value::Int(receiver(vm, a)?.nbytes() as i64))),
        ("readonly", |vm, a| Ok(Value::Bool(receiver(vm, a)?.readonly))),
        ("itemsize", |vm, a| Ok(Value::Int(receiver(vm, a)?.format.size() as i64))),
        ("format", |vm, a| {
            let text = receiver(vm, a)?.format.text();
            Ok(vm.new_str(text))
        }),
        ("ndim", |vm, a| receiver(vm, a).map(|_| Value::Int(1))),
        ("shape", |vm, a| {
            let n = receiver(vm, a)?.len as i64;
            Ok(vm.new_tuple(vec![Value::Int(n)]))
        }),
        ("strides", |vm, a| {
            let stride = receiver(vm, a)?.stride as i64;
            Ok(vm.new_tuple(vec![Value::Int(stride)]))
        }),
        ("suboffsets", |vm, a| {
            receiver(vm, a)?;
            Ok(vm.new_tuple(vec![]))
        }),
        ("c_contiguous", contiguous),
        ("f_contiguous", contiguous),
        ("contiguous", contiguous),
    ];
    for (name, getter) in attributes {
        vm.add_getter(t, "memoryview", name, *getter);
    }
}

/// The state of the view a method was called on (`self`), live.
fn receiver(vm: &mut Vm, a: &Args) -> PResult<MemoryView> {
    match a.get(0).and_then(|v| view_of(vm, v)) {
        Some(r) => live(vm, r),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn contiguous(vm: &mut Vm, a: &Args) -> PResult<Value> {
    Ok(Value::Bool(receiver(vm, a)?.contiguous()))
}

fn tobytes(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let view = receiver(vm, a)?;
    match a.arg(vm, 1, "order") {
        None | Some(Value::None) => {}
        Some(order) if matches!(vm.str_of(order), Some("C" | "F" | "A")) => {}
        Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
    }
    let bytes = view.to_bytes(&vm.heap);
    Ok(vm.heap.alloc_value(Object::Bytes(bytes)))
}

fn tolist(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let view = receiver(vm, a)?;
    let mut items = Vec::with_capacity(view.len);
    for i in 0..view.len {
        let raw = view.item_bytes(&vm.heap, i).into_owned();
        items.push(view.format.unpack(vm, &raw));
    }
    Ok(vm.new_list(items))
}

/// `mv.hex(sep, bytes_per_sep)`: `bytes.hex` of its bytes.
fn hex(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let view = receiver(vm, a)?;
    let bytes = view.to_bytes(&vm.heap);
    let bytes = vm.heap.alloc_value(Object::Bytes(bytes));
    let mut pos = vec![bytes];
    pos.extend(a.pos.iter().skip(1));
    crate::bytes_methods::hex(vm, &Args { pos, kw: a.kw.clone() })
}

/// `mv.release()` and `__exit__`: the view lets go of its buffer.
fn release(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let Some(r) = a.get(0).and_then(|v| view_of(vm, v)) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    };
    if let Some(Object::MemoryView(view)) = vm.heap.get_mut(r) {
        view.released = true;
    }
    vm.exports.remove(r);
    Ok(Value::None)
}

/// `mv.cast(format)`: the same bytes seen as items of another format;
/// one of the two formats must be a byte format.
fn cast(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let view = receiver(vm, a)?;
    let Some(format) = a.arg(vm, 1, "format") else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(text) = vm.str_of(format) else {
        let msg = format!("cast() argument 'format' must be str, not {}", vm.type_name(format));
        return Err(vm.type_error(msg));
    };
    let Some(format) = BufferFormat::parse(text) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !view.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if !view.format.is_byte() && !format.is_byte() {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = view.nbytes();
    if nbytes % format.size() != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let len = nbytes / format.size();
    if let Some(shape) = a.arg(vm, 2, "shape") {
        let dims = vm.seq_items(shape).unwrap_or_default();
        if dims.len() != 1 || !matches!(dims[0], Value::Int(n) if n as usize == len) {
            return Err(vm.err("NotImplementedError", "memoryview: Strata casts to one dimension only"));
        }
    }
    let stride = format.size() as isize;
    Ok(new_view(vm, MemoryView { len, stride, format, ..view }))
}
