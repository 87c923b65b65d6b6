//! `collections.deque`: a double-ended queue on a ring buffer (`VecDeque`),
//! as CPython's `_collections.deque`: appends and pops at either end in
//! constant time, indexing, an optional `maxlen` past which appending at
//! one end drops an item at the other, and iterators that notice the deque
//! changing under them.
//!
//! A deque counts its changes of length or order (`Deque::state`, CPython's
//! field of that name). An iterator remembers the count it started at, and
//! so do the methods that compare items (whose `__eq__` may change the
//! deque): a different count is CPython's "deque mutated during
//! iteration". Writing an item in place (`d[i] = x`, `reverse()`) is no
//! change to them, as in CPython.
//!
//! The type is a builtin type a class may derive from (`class Q(deque)`):
//! an instance of such a class extends a deque value (`Instance::base`), on
//! which the methods act. The few that make or name a deque of the
//! receiver's own class (`copy`, `__reduce__`, `__repr__`, `+`, `*` and
//! their methods) take the instance itself. The methods are installed when `_collections` is
//! first imported (`modules/collections.rs`): most programs never need them.

use std::collections::VecDeque;

use compiler_layer::instruction::{BinaryOperator as B, ComparisonOperator as C};

use crate::call::Args;
use crate::object::{Builtin, IterKind, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

/// The items of a deque, its bound and its count of changes.
#[derive(Default)]
pub struct Deque {
    pub items: VecDeque<Value>,
    /// At most this many items (`None`: unbounded).
    pub maxlen: Option<usize>,
    /// Advanced by every change of length or order.
    pub state: u64,
}

impl Deque {
    fn changed(&mut self) {
        self.state = self.state.wrapping_add(1);
    }

    fn full(&self) -> bool {
        self.maxlen.is_some_and(|m| self.items.len() > m)
    }

    fn push_back(&mut self, v: Value) {
        self.items.push_back(v);
        if self.full() {
            self.items.pop_front();
        }
        self.changed();
    }

    fn push_front(&mut self, v: Value) {
        self.items.push_front(v);
        if self.full() {
            self.items.pop_back();
        }
        self.changed();
    }

    fn pop(&mut self, left: bool) -> Option<Value> {
        let v = if left { self.items.pop_front() } else { self.items.pop_back() };
        if v.is_some() {
            self.changed();
        }
        v
    }

    fn clear(&mut self) {
        if !self.items.is_empty() {
            self.items.clear();
            self.changed();
        }
    }

    /// `rotate(n)`: `n` steps to the right (to the left when negative).
    fn rotate(&mut self, n: i64) {
        let len = self.items.len();
        if len > 1 {
            self.items.rotate_right(n.rem_euclid(len as i64) as usize);
            self.changed();
        }
    }
}

// ---- reading deques -------------------------------------------------------------------

/// The deque `v` is, if it is one (an instance of a subclass is not: see
/// `base_deque`).
pub fn deque_of(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Deque(_)) => Some(r),
        _ => None,
    }
}

/// The deque `v` is or extends (`isinstance(v, deque)`).
pub(crate) fn base_deque(vm: &Vm, v: Value) -> Option<ObjRef> {
    deque_of(vm, vm.base_value(v))
}

fn get(vm: &Vm, r: ObjRef) -> Option<&Deque> {
    match vm.heap.get(r) {
        Object::Deque(d) => Some(d),
        _ => None,
    }
}

fn get_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut Deque> {
    match vm.heap.get_mut(r) {
        Some(Object::Deque(d)) => Some(d),
        _ => None,
    }
}

fn len(vm: &Vm, r: ObjRef) -> usize {
    get(vm, r).map_or(0, |d| d.items.len())
}

fn state(vm: &Vm, r: ObjRef) -> u64 {
    get(vm, r).map_or(0, |d| d.state)
}

fn item(vm: &Vm, r: ObjRef, i: usize) -> Option<Value> {
    get(vm, r).and_then(|d| d.items.get(i).copied())
}

fn mutated(vm: &mut Vm, kind: &str) -> Exc {
    vm.err(kind, "deque mutated during iteration")
}

// ---- making deques --------------------------------------------------------------------

/// A new, empty deque (what `__new__` makes; `__init__` fills it).
fn new_empty(vm: &mut Vm) -> Value {
    vm.heap.alloc_value(Object::Deque(Deque::default()))
}

/// `deque(iterable=(), maxlen=None)`.
pub fn construct(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let d = new_empty(vm);
    vm.rooted(&[d], |vm| init(vm, d, a))?;
    Ok(d)
}

/// `deque.__init__(iterable=(), maxlen=None)` on deque `d`: it forgets its
/// items and takes those of `iterable`.
pub fn init(vm: &mut Vm, d: Value, a: &Args) -> PResult<()> {
    let Some(r) = deque_of(vm, d) else { return Ok(()) };
    let (iterable, maxlen) = init_args(vm, a)?;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v) => Some(maxlen_of(vm, v)?),
    };
    if let Some(d) = get_mut(vm, r) {
        d.maxlen = maxlen;
        d.clear();
    }
    match iterable {
        Some(items) => extend(vm, r, items, false),
        None => Ok(()),
    }
}

/// The `iterable` and `maxlen` arguments, by position or name, with the
/// errors of CPython's `"|OO:deque"` parsing.
fn init_args(vm: &mut Vm, a: &Args) -> PResult<(Option<Value>, Option<Value>)> {
    let given = a.pos.len() + a.kw.len();
    if given > 2 {
        let how = if a.pos.is_empty() { " keyword" } else { "" };
        return Err(vm.type_error(format!("deque() takes at most 2{how} arguments ({given} given)")));
    }
    let mut found = [a.get(0), a.get(1)];
    for &(k, v) in &a.kw {
        let name = vm.str_of(k).unwrap_or("").to_string();
        let Some(i) = ["iterable", "maxlen"].iter().position(|n| *n == name) else {
            return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for deque()")));
        };
        if found[i].is_some() {
            let msg = format!("argument for deque() given by name ('{name}') and position ({})", i + 1);
            return Err(vm.type_error(msg));
        }
        found[i] = Some(v);
    }
    Ok((found[0], found[1]))
}

/// A `maxlen` argument: an `int` (`__index__` is not asked, as CPython's
/// `PyLong_AsSsize_t` does not), not negative.
fn maxlen_of(vm: &mut Vm, v: Value) -> PResult<usize> {
    let n = match vm.base_value(v) {
        Value::Int(n) => n,
        Value::Bool(b) => i64::from(b),
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Int(_)) => {
            return Err(vm.err("OverflowError", "Python int too large to convert to C ssize_t"));
        }
        _ => return Err(vm.type_error("an integer is required")),
    };
    usize::try_from(n).map_err(|_| vm.value_error("maxlen must be non-negative"))
}

/// A copy of deque `obj` (or of an instance of a subclass, which is made by
/// calling its class with the deque and its `maxlen`, as CPython does).
fn copy(vm: &mut Vm, obj: Value) -> PResult<Value> {
    let Some(r) = base_deque(vm, obj) else { return Err(not_a_deque(vm, "copy", obj)) };
    let Some(d) = get(vm, r) else { return Err(not_a_deque(vm, "copy", obj)) };
    if deque_of(vm, obj).is_some() {
        let copy = Deque { items: d.items.clone(), maxlen: d.maxlen, state: 0 };
        return Ok(vm.heap.alloc_value(Object::Deque(copy)));
    }
    let maxlen = d.maxlen;
    let class = vm.type_of(obj);
    let result = match maxlen {
        None => vm.call(Value::Obj(class), &[obj])?,
        Some(m) => vm.call(Value::Obj(class), &[obj, Value::Int(m as i64)])?,
    };
    if base_deque(vm, result).is_none() {
        let msg = format!("{}() must return a deque, not {}", vm.type_obj_name(class), vm.type_name(result));
        return Err(vm.type_error(msg));
    }
    Ok(result)
}

// ---- adding and removing --------------------------------------------------------------

/// `extend` (`left`: `extendleft`) of deque `r` with the items of `iterable`.
fn extend(vm: &mut Vm, r: ObjRef, iterable: Value, left: bool) -> PResult<()> {
    // Extending a deque with itself extends it with what it held before.
    if base_deque(vm, iterable) == Some(r) {
        let items: Vec<Value> = get(vm, r).map(|d| d.items.iter().copied().collect()).unwrap_or_default();
        let copy = vm.new_list(items);
        return vm.rooted(&[copy], |vm| extend(vm, r, copy, left));
    }
    // A deque of `maxlen=0` keeps nothing: the iterable is only consumed.
    let keeps = get(vm, r).is_some_and(|d| d.maxlen != Some(0));
    vm.rooted(&[Value::Obj(r), iterable], |vm| {
        vm.for_each_item(iterable, |vm, v| {
            if let (true, Some(d)) = (keeps, get_mut(vm, r)) {
                if left {
                    d.push_front(v);
                } else {
                    d.push_back(v);
                }
            }
            // Adding a number can neither fail nor run Python code.
            Ok(true)
        })
    })
}

fn append(vm: &mut Vm, a: &Args, left: bool) -> PResult<Value> {
    let r = args(vm, a, if left { "appendleft" } else { "append" }, 1, 1)?;
    if let Some(d) = get_mut(vm, r) {
        if left {
            d.push_front(a.pos[1]);
        } else {
            d.push_back(a.pos[1]);
        }
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args, left: bool) -> PResult<Value> {
    let r = args(vm, a, if left { "popleft" } else { "pop" }, 0, 0)?;
    match get_mut(vm, r).and_then(|d| d.pop(left)) {
        Some(v) => Ok(v),
        None => Err(vm.err("IndexError", "pop from an empty deque")),
    }
}

fn extend_method(vm: &mut Vm, a: &Args, left: bool) -> PResult<Value> {
    let r = args(vm, a, if left { "extendleft" } else { "extend" }, 1, 1)?;
    extend(vm, r, a.pos[1], left)?;
    Ok(Value::None)
}

/// `insert(i, x)`: `x` before position `i` (clamped as `list.insert`).
fn insert(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let r = receiver(vm, a, "insert")?;
    no_keywords(vm, a, "insert")?;
    let [_, index, value] = a.pos[..] else {
        let msg = format!("insert() takes exactly 2 arguments ({} given)", a.pos.len() - 1);
        return Err(vm.type_error(msg));
    };
    let i = crate::strings::int_arg(vm, index)?;
    let Some(d) = get_mut(vm, r) else { return Ok(Value::None) };
    if d.maxlen == Some(d.items.len()) {
        return Err(vm.err("IndexError", "deque already at its maximum size"));
    }
    let n = d.items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.items.insert(at as usize, value);
    d.changed();
    Ok(Value::None)
}

/// `remove(x)`: the first item equal to `x`.
fn remove(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let r = args(vm, a, "remove", 1, 1)?;
    let value = a.pos[1];
    match find(vm, r, value, (0, usize::MAX), "IndexError", true)? {
        Some(i) => {
            if let Some(d) = get_mut(vm, r) {
                d.items.remove(i);
                d.changed();
            }
            Ok(Value::None)
        }
        None => {
            let text = vm.repr_text(value)?;
            Err(vm.value_error(format!("{text} is not in deque")))
        }
    }
}

/// `d[i]`: `i` an int or an object with `__index__`; no slices.
pub fn getitem(vm: &mut Vm, r: ObjRef, key: Value) -> PResult<Value> {
    let i = item_index(vm, r, key)?;
    Ok(item(vm, r, i).unwrap_or(Value::None))
}

/// `d[i] = v` (`Some`) and `del d[i]` (`None`).
pub fn setitem(vm: &mut Vm, r: ObjRef, key: Value, value: Option<Value>) -> PResult<()> {
    let i = match key {
        Value::Int(_) => item_index(vm, r, key)?,
        // `__index__` may collect, and the instruction popped the operands.
        _ => vm.rooted(&[Value::Obj(r), key, value.unwrap_or(Value::None)], |vm| item_index(vm, r, key))?,
    };
    if let Some(d) = get_mut(vm, r) {
        match value {
            Some(v) => d.items[i] = v,
            None => {
                d.items.remove(i);
                d.changed();
            }
        }
    }
    Ok(())
}

/// The position of `key` in deque `r`, with the errors of CPython's
/// sequence protocol.
fn item_index(vm: &mut Vm, r: ObjRef, key: Value) -> PResult<usize> {
    let i = match key {
        Value::Int(i) => i,
        _ => match vm.numeric_special(key, &[vm.special.index], vec![])? {
            Ok(Value::Int(i)) | Err(Value::Int(i)) => i,
            Ok(Value::Bool(b)) | Err(Value::Bool(b)) => i64::from(b),
            Ok(v) | Err(v) if matches!(v, Value::Obj(n) if matches!(vm.heap.get(n), Object::Int(_))) => {
                return Err(vm.err("IndexError", "cannot fit 'int' into an index-sized integer"));
            }
            _ => {
                let msg = format!("sequence index must be integer, not '{}'", vm.type_name(key));
                return Err(vm.type_error(msg));
            }
        },
    };
    let n = len(vm, r) as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.err("IndexError", "deque index out of range"));
    }
    Ok(j as usize)
}

// ---- searching ---------------------------------------------------------------------

/// The position of the first item of deque `r` in `start..stop` equal to
/// `value` (`item == value`). An `__eq__` that changes the deque is
/// `error` (`RuntimeError`; `IndexError` for `remove`), noticed after the
/// comparison, before a match counts when `change_first` (`remove`), after
/// it otherwise (`index`, `in`), as CPython's methods do.
fn find(
    vm: &mut Vm,
    r: ObjRef,
    value: Value,
    (start, stop): (usize, usize),
    error: &str,
    change_first: bool,
) -> PResult<Option<usize>> {
    let before = state(vm, r);
    vm.rooted(&[Value::Obj(r), value], |vm| {
        let mut i = start;
        while i < stop.min(len(vm, r)) {
            let Some(x) = item(vm, r, i) else { break };
            let equal = vm.eq_values(x, value)?;
            if equal && !change_first {
                return Ok(Some(i));
            }
            if state(vm, r) != before {
                return Err(mutated(vm, error));
            }
            if equal {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    })
}

/// `value in d`.
pub fn contains(vm: &mut Vm, r: ObjRef, value: Value) -> PResult<bool> {
    Ok(find(vm, r, value, (0, usize::MAX), "RuntimeError", false)?.is_some())
}

fn count(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let r = args(vm, a, "count", 1, 1)?;
    let value = a.pos[1];
    let before = state(vm, r);
    vm.rooted(&[Value::Obj(r), value], |vm| {
        let mut n = 0;
        for i in 0..len(vm, r) {
            let Some(x) = item(vm, r, i) else { break };
            n += i64::from(vm.eq_values(x, value)?);
            if state(vm, r) != before {
                return Err(mutated(vm, "RuntimeError"));
            }
        }
        Ok(Value::Int(n))
    })
}

/// `index(x[, start[, stop]])`: the window is clamped like a slice's.
fn index(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let r = receiver(vm, a, "index")?;
    no_keywords(vm, a, "index")?;
    let given = a.pos.len() - 1;
    if !(1..=3).contains(&given) {
        let (bound, n) = if given == 0 { ("least", 1) } else { ("most", 3) };
        let plural = if n == 1 { "" } else { "s" };
        let msg = format!("index() takes at {bound} {n} argument{plural} ({given} given)");
        return Err(vm.type_error(msg));
    }
    let n = len(vm, r) as i64;
    let mut window = [0, n];
    for (slot, arg) in window.iter_mut().zip(&a.pos[2..]) {
        let Some(i) = vm.slice_bound(*arg)? else {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        };
        *slot = if i < 0 { (i + n).max(0) } else { i.min(n) };
    }
    let [start, stop] = window;
    match find(vm, r, a.pos[1], (start as usize, stop as usize), "RuntimeError", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let text = vm.repr_text(a.pos[1])?;
            Err(vm.value_error(format!("{text} is not in deque")))
        }
    }
}

// ---- iteration -------------------------------------------------------------------------

/// `iter(d)` (`reversed`: `reversed(d)`).
pub fn iter(vm: &mut Vm, r: ObjRef, reversed: bool) -> Value {
    let (remaining, state) = get(vm, r).map_or((0, 0), |d| (d.items.len(), d.state));
    vm.heap.alloc_value(Object::Iter(IterKind::Deque { deque: r, remaining, state, reversed }))
}

/// One step of deque iterator `it`, whose state is `kind`: its next state
/// and item. A changed deque is an error, again at every later step of a
/// forward iterator, as CPython's, which looks at the deque first (its
/// reverse iterator first sees it has nothing left).
pub(crate) fn step(vm: &mut Vm, it: ObjRef, kind: IterKind) -> PResult<(IterKind, Option<Value>)> {
    let IterKind::Deque { deque, remaining, state, reversed } = kind else { return Ok((kind, None)) };
    if reversed && remaining == 0 {
        return Ok((kind, None));
    }
    let (len, now) = get(vm, deque).map_or((0, 0), |d| (d.items.len(), d.state));
    if now != state {
        if let Some(Object::Iter(slot)) = vm.heap.get_mut(it) {
            *slot = IterKind::Deque { deque, remaining: 0, state, reversed };
        }
        return Err(mutated(vm, "RuntimeError"));
    }
    if remaining == 0 {
        return Ok((kind, None));
    }
    // The length is as it was when iteration began (any change of length
    // changes the state), so the position follows from what is left.
    let at = if reversed { remaining - 1 } else { len.saturating_sub(remaining) };
    let next = IterKind::Deque { deque, remaining: remaining - 1, state, reversed };
    Ok((next, item(vm, deque, at)))
}

/// `_deque_iterator(deque, index=0)` and `_deque_reverse_iterator(...)`:
/// an iterator that has given `index` items already (`__reduce__` makes them).
pub fn new_iterator(vm: &mut Vm, reversed: bool, a: &Args) -> PResult<Value> {
    let (d, skip) = match a.pos[..] {
        [d] => (d, 0),
        [d, n] => (d, crate::strings::int_arg(vm, n)?),
        _ => {
            let msg = match a.pos.len() {
                0 => "function takes at least 1 argument (0 given)".to_string(),
                n => format!("function takes at most 2 arguments ({n} given)"),
            };
            return Err(vm.type_error(msg));
        }
    };
    let Some(r) = base_deque(vm, d) else {
        let msg = format!("argument 1 must be collections.deque, not {}", vm.type_name(d));
        return Err(vm.type_error(msg));
    };
    let it = iter(vm, r, reversed);
    if let Some(Object::Iter(IterKind::Deque { remaining, .. })) =
        it.as_obj().and_then(|i| vm.heap.get_mut(i))
    {
        *remaining = remaining.saturating_sub(usize::try_from(skip).unwrap_or(0));
    }
    Ok(it)
}

/// The deque iterator's own methods: `__length_hint__`, `__reduce__`.
fn iterator_state(vm: &mut Vm, a: &Args, name: &str) -> PResult<(ObjRef, usize)> {
    match a.get(0).and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Object::Iter(IterKind::Deque { deque, remaining, .. })) => Ok((*deque, *remaining)),
        _ => {
            let msg = format!("descriptor '{name}' requires a '_collections._deque_iterator' object");
            Err(vm.type_error(msg))
        }
    }
}

// ---- operators -------------------------------------------------------------------------

/// `a op b` when a deque is the left operand, or the right one of `*`:
/// `+` with another deque, `*` by a count, and their in-place forms.
/// `shown` are the operands as given (instances of subclasses, whose class
/// a new deque takes); `None` when the deque has no such operator.
pub(crate) fn binary_op(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: B,
    shown: (Value, Value),
) -> PResult<Option<Value>> {
    let (left, right) = (deque_of(vm, a), deque_of(vm, b));
    if left.is_none() && right.is_none() {
        return Ok(None);
    }
    // Python code may run (`__iter__`, a subclass's constructor), and the
    // instruction popped the operands.
    vm.rooted(&[a, b, shown.0, shown.1], |vm| match (op, left) {
        (B::Add | B::InplaceAdd, Some(r)) => {
            if op == B::InplaceAdd {
                extend(vm, r, shown.1, false)?;
                return Ok(Some(a));
            }
            if right.is_none() {
                let msg = format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(shown.1));
                return Err(vm.type_error(msg));
            }
            let new = copy(vm, shown.0)?;
            vm.rooted(&[new], |vm| match base_deque(vm, new) {
                Some(n) => extend(vm, n, shown.1, false),
                None => Ok(()),
            })?;
            Ok(Some(new))
        }
        (B::Multiply | B::InplaceMultiply, Some(r)) => {
            let n = repeat_count(vm, b, shown.1)?;
            if op == B::InplaceMultiply {
                repeat(vm, r, n)?;
                return Ok(Some(a));
            }
            let new = copy(vm, shown.0)?;
            if let Some(copied) = base_deque(vm, new) {
                vm.rooted(&[new], |vm| repeat(vm, copied, n))?;
            }
            Ok(Some(new))
        }
        // `n * d`, unless `n` is a sequence that repeats itself.
        (B::Multiply | B::InplaceMultiply, None) if !repeats(vm, a) => {
            let n = repeat_count(vm, a, shown.0)?;
            let new = copy(vm, shown.1)?;
            if let Some(copied) = base_deque(vm, new) {
                vm.rooted(&[new], |vm| repeat(vm, copied, n))?;
            }
            Ok(Some(new))
        }
        _ => Ok(None),
    })
}

/// Whether `v` is a builtin sequence that `*` repeats (it takes the count).
fn repeats(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r),
        Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_)))
}

/// The count of `d * n`; `shown` names `n` in the error.
fn repeat_count(vm: &mut Vm, n: Value, shown: Value) -> PResult<i64> {
    match vm.repeat_count(n)? {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => {
            let msg = format!("can't multiply sequence by non-int of type '{}'", vm.type_name(shown));
            Err(vm.type_error(msg))
        }
    }
}

/// `d *= n` on deque `r`, as CPython's `deque_inplace_repeat`: a full
/// deque keeps only the last `maxlen` items of the repetition.
fn repeat(vm: &mut Vm, r: ObjRef, n: i64) -> PResult<()> {
    let Some((size, maxlen)) = get(vm, r).map(|d| (d.items.len(), d.maxlen)) else { return Ok(()) };
    if size == 0 || n == 1 {
        return Ok(());
    }
    let mut n = usize::try_from(n).unwrap_or(0);
    if let Some(m) = maxlen.filter(|&m| n.saturating_mul(size) > m) {
        n = m.div_ceil(size);
    }
    if size.saturating_mul(n) > 1 << 32 {
        return Err(vm.err("MemoryError", ""));
    }
    let Some(d) = get_mut(vm, r) else { return Ok(()) };
    if n == 0 {
        d.clear();
        return Ok(());
    }
    let items: Vec<Value> = d.items.iter().copied().collect();
    for _ in 1..n {
        for &v in &items {
            d.push_back(v);
        }
    }
    Ok(())
}

/// `v op w` when both are deques (or instances of subclasses), as
/// CPython's `deque_richcompare`: item by item through their iterators
/// until two differ, which decide by `op` itself; else the lengths.
/// `None` unless both are deques; `depth` bounds the recursion of `==`
/// through nested containers.
pub(crate) fn compare(vm: &mut Vm, v: Value, w: Value, op: C, depth: usize) -> PResult<Option<bool>> {
    let (Some(x), Some(y)) = (base_deque(vm, v), base_deque(vm, w)) else { return Ok(None) };
    let (n, m) = (len(vm, x), len(vm, y));
    match op {
        C::Equal if v.is(w) || n != m => return Ok(Some(v.is(w))),
        C::NotEqual if v.is(w) || n != m => return Ok(Some(!v.is(w))),
        _ => {}
    }
    vm.rooted(&[v, w], |vm| {
        let it1 = vm.iter(v)?;
        vm.rooted(&[it1], |vm| {
            let it2 = vm.iter(w)?;
            vm.rooted(&[it2], |vm| loop {
                let p = vm.next(it1)?;
                let q = vm.next(it2)?;
                let (Some(p), Some(q)) = (p, q) else {
                    let (ended1, ended2) = (p.is_none(), q.is_none());
                    return Ok(Some(match op {
                        C::Less => !ended2,
                        C::LessEqual => ended1,
                        C::Equal => ended1 && ended2,
                        C::NotEqual => ended1 != ended2,
                        C::Greater => !ended1,
                        C::GreaterEqual => ended2,
                    }));
                };
                let equal = vm.rooted(&[p, q], |vm| vm.eq_nested(p, q, depth + 1))?;
                if !equal {
                    let r = vm.rooted(&[p, q], |vm| vm.compare(p, q, op))?;
                    return vm.truthy(r).map(Some);
                }
            })
        })
    })
}

// ---- text and pickling -----------------------------------------------------------------

/// `__reduce__`: `(class, args, state, iterator)`, the arguments `()` or
/// `((), maxlen)`, the state that of `object.__getstate__` (the instance
/// dict and the `__slots__` values of an instance of a subclass).
fn reduce(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (obj, r) = instance_receiver(vm, a, "__reduce__")?;
    crate::methods::arity(vm, a, "deque", "__reduce__", 0, 0)?;
    let class = Value::Obj(vm.type_of(obj));
    let args = match get(vm, r).and_then(|d| d.maxlen) {
        None => vm.empty_tuple,
        Some(m) => {
            let empty = vm.empty_tuple;
            vm.new_tuple(vec![empty, Value::Int(m as i64)])
        }
    };
    vm.rooted(&[args], |vm| {
        let state = object_state(vm, obj)?;
        vm.rooted(&[state], |vm| {
            let it = vm.iter(obj)?;
            Ok(vm.new_tuple(vec![class, args, state, it]))
        })
    })
}

/// CPython's `object.__getstate__()` of `obj`: its own `__getstate__`, or
/// its instance dict (`None` when empty), paired with a dict of its set
/// `__slots__` values when it has any.
fn object_state(vm: &mut Vm, obj: Value) -> PResult<Value> {
    let getstate = vm.intern("__getstate__");
    if let Some(f) = vm.special_of(obj, getstate) {
        return vm.call_special(f, obj, &[]);
    }
    let Some(Object::Instance(i)) = obj.as_obj().map(|r| vm.heap.get(r)) else { return Ok(Value::None) };
    let (class, dict) = (i.class, i.dict);
    let state = match dict {
        Some(d) if vm.dict_len(d) > 0 => Value::Obj(d),
        _ => Value::None,
    };
    let mut slots = Vec::new();
    for c in vm.mro(class).to_vec() {
        let Object::Type(t) = vm.heap.get(c) else { continue };
        for (name, member) in vm.dict_items(t.dict) {
            let Some(Object::Member { index, owner, .. }) = member.as_obj().map(|m| vm.heap.get(m)) else {
                continue;
            };
            let set = match vm.heap.get(obj.as_obj().unwrap_or(c)) {
                Object::Instance(i) if *owner == c => i.slots.get(*index).copied().filter(|v| !v.is_null()),
                _ => None,
            };
            slots.extend(set.map(|v| (name, v)));
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    let d = vm.new_dict();
    for (name, v) in slots {
        vm.dict_set(d, name, v)?;
    }
    Ok(vm.new_tuple(vec![state, Value::Obj(d)]))
}

/// `repr(d)`: `deque([1, 2])`, `deque([1], maxlen=3)`, named after the
/// class of `obj` (an instance of a subclass shows as `Q([...])`), the list
/// of its items shown by `item_repr`; `[...]` for a deque met again inside
/// its own repr.
pub(crate) fn repr(
    vm: &mut Vm,
    obj: Value,
    item_repr: impl Fn(&mut Vm, Value) -> PResult<String>,
) -> PResult<String> {
    let Some(r) = base_deque(vm, obj) else { return Ok(String::new()) };
    let d = Value::Obj(r);
    if vm.repr_active.iter().any(|x| x.is(d)) {
        return Ok("[...]".into());
    }
    vm.repr_active.push(d);
    // The items as iterating `obj` gives them (a subclass's `__iter__` too).
    let listed = match deque_of(vm, obj) {
        Some(_) => Ok(get(vm, r).map(|d| d.items.iter().copied().collect()).unwrap_or_default()),
        None => vm.rooted(&[obj], |vm| vm.collect_iter(obj)),
    };
    let text = listed.and_then(|items| {
        let list = vm.new_list(items);
        vm.rooted(&[list], |vm| item_repr(vm, list))
    });
    vm.repr_active.pop();
    let text = text?;
    let name = match vm.heap.get(vm.type_of(obj)) {
        Object::Type(t) => t.name.clone(),
        _ => "deque".into(),
    };
    Ok(match get(vm, r).and_then(|d| d.maxlen) {
        Some(m) => format!("{name}({text}, maxlen={m})"),
        None => format!("{name}({text})"),
    })
}

// ---- the type's methods ----------------------------------------------------------------

/// The owner of the methods, named as CPython names the type.
const OWNER: &str = "collections.deque";

/// Installs the deque type's methods and those of its iterators, and names
/// the types' modules (`modules/collections.rs` calls this once).
pub fn install(vm: &mut Vm) {
    let t = vm.types.get(TypeKind::Deque);
    // The shared container protocol first: the deque's own `__repr__` replaces it.
    crate::datamodel::install_container_protocol(vm, TypeKind::Deque, OWNER);
    crate::operator_methods::install_orderings(vm, TypeKind::Deque, OWNER);
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", |vm, a| append(vm, a, false)),
        ("appendleft", |vm, a| append(vm, a, true)),
        ("pop", |vm, a| pop(vm, a, false)),
        ("popleft", |vm, a| pop(vm, a, true)),
        ("extend", |vm, a| extend_method(vm, a, false)),
        ("extendleft", |vm, a| extend_method(vm, a, true)),
        ("insert", insert),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("clear", |vm, a| {
            let r = args(vm, a, "clear", 0, 0)?;
            if let Some(d) = get_mut(vm, r) {
                d.clear();
            }
            Ok(Value::None)
        }),
        ("reverse", |vm, a| {
            let r = args(vm, a, "reverse", 0, 0)?;
            if let Some(d) = get_mut(vm, r) {
                d.items.make_contiguous().reverse();
            }
            Ok(Value::None)
        }),
        ("rotate", |vm, a| {
            let r = receiver(vm, a, "rotate")?;
            no_keywords(vm, a, "rotate")?;
            let n = match a.pos[1..] {
                [] => 1,
                [n] => crate::strings::int_arg(vm, n)?,
                _ => {
                    let msg = format!("deque.rotate expected at most 1 argument, got {}", a.pos.len() - 1);
                    return Err(vm.type_error(msg));
                }
            };
            if let Some(d) = get_mut(vm, r) {
                d.rotate(n);
            }
            Ok(Value::None)
        }),
        ("__reversed__", |vm, a| {
            let r = args(vm, a, "__reversed__", 0, 0)?;
            Ok(iter(vm, r, true))
        }),
        ("__init__", crate::classes::builtin_init),
        ("__getitem__", |vm, a| {
            let (r, i) = item_args(vm, a, "__getitem__", 1)?;
            getitem(vm, r, i)
        }),
        ("__setitem__", |vm, a| {
            let (r, i) = item_args(vm, a, "__setitem__", 2)?;
            setitem(vm, r, i, Some(a.pos[2])).map(|()| Value::None)
        }),
        ("__delitem__", |vm, a| {
            let (r, i) = item_args(vm, a, "__delitem__", 1)?;
            setitem(vm, r, i, None).map(|()| Value::None)
        }),
    ];
    for &(name, func) in methods {
        vm.add_method(t, OWNER, name, func);
    }
    // These make or name a deque of the receiver's own class.
    let own_class: &[(&'static str, NativeFn)] = &[
        ("copy", |vm, a| copy_method(vm, a, "copy")),
        ("__copy__", |vm, a| copy_method(vm, a, "__copy__")),
        ("__reduce__", reduce),
        ("__repr__", |vm, a| {
            let (obj, _) = instance_receiver(vm, a, "__repr__")?;
            let text = repr(vm, obj, |vm, list| vm.repr_text(list))?;
            Ok(vm.new_str(text))
        }),
        ("__add__", |vm, a| operator_method(vm, a, "__add__", B::Add)),
        ("__mul__", |vm, a| operator_method(vm, a, "__mul__", B::Multiply)),
        // Repetition commutes: `n * d` is `d * n`.
        ("__rmul__", |vm, a| operator_method(vm, a, "__rmul__", B::Multiply)),
        ("__iadd__", |vm, a| operator_method(vm, a, "__iadd__", B::InplaceAdd)),
        ("__imul__", |vm, a| operator_method(vm, a, "__imul__", B::InplaceMultiply)),
    ];
    for &(name, func) in own_class {
        let f = Builtin { name, func, owner: Some(OWNER), takes_instance: true };
        let f = vm.heap.alloc_value(Object::Builtin(f));
        vm.set_type_attr(t, name, f);
    }
    let new = vm.new_method(OWNER, "__new__", new);
    let new = vm.heap.alloc_value(Object::StaticMethod(new));
    vm.set_type_attr(t, "__new__", new);
    let class_getitem = vm.new_method(OWNER, "__class_getitem__", |vm, a| match a.pos[..] {
        [Value::Obj(cls), key] => crate::generic_alias::new_alias(vm, Value::Obj(cls), key),
        _ => Err(vm.type_error("__class_getitem__ expects one argument")),
    });
    let class_getitem = vm.heap.alloc_value(Object::ClassMethod(class_getitem));
    vm.set_type_attr(t, "__class_getitem__", class_getitem);
    vm.add_getter(t, OWNER, "maxlen", |vm, a| {
        let r = receiver(vm, a, "maxlen")?;
        Ok(get(vm, r).and_then(|d| d.maxlen).map_or(Value::None, |m| Value::Int(m as i64)))
    });
    for (kind, owner) in [
        (TypeKind::DequeIterator, "_collections._deque_iterator"),
        (TypeKind::DequeReverseIterator, "_collections._deque_reverse_iterator"),
    ] {
        crate::iterators::install_protocol(vm, kind, owner);
        let it = vm.types.get(kind);
        vm.add_method(it, owner, "__length_hint__", |vm, a| {
            let (_, remaining) = iterator_state(vm, a, "__length_hint__")?;
            Ok(Value::Int(remaining as i64))
        });
        vm.add_method(it, owner, "__reduce__", |vm, a| {
            let (d, remaining) = iterator_state(vm, a, "__reduce__")?;
            let class = Value::Obj(vm.type_of(a.pos[0]));
            let given = Value::Int(len(vm, d).saturating_sub(remaining) as i64);
            let args = vm.new_tuple(vec![Value::Obj(d), given]);
            Ok(vm.new_tuple(vec![class, args]))
        });
    }
    for (kind, module) in [
        (TypeKind::Deque, "collections"),
        (TypeKind::DequeIterator, "_collections"),
        (TypeKind::DequeReverseIterator, "_collections"),
    ] {
        let t = vm.types.get(kind);
        if let Some(Object::Type(ty)) = vm.heap.get_mut(t) {
            ty.module = module.into();
        }
    }
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque of class `cls`
/// (`__init__` takes the arguments).
fn new(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let deque = vm.types.get(TypeKind::Deque);
    let cls = match a.get(0) {
        Some(Value::Obj(cls)) if matches!(vm.heap.get(cls), Object::Type(_)) => cls,
        Some(v) => {
            let msg = format!("{OWNER}.__new__(X): X is not a type object ({})", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
        None => return Err(vm.type_error(format!("{OWNER}.__new__(): not enough arguments"))),
    };
    if cls == deque {
        return Ok(new_empty(vm));
    }
    if !vm.is_subtype(cls, deque) {
        let name = vm.type_obj_name(cls);
        let msg = format!("{OWNER}.__new__({name}): {name} is not a subtype of {OWNER}");
        return Err(vm.type_error(msg));
    }
    vm.default_new(cls, &Args::default(), false)
}

/// The receiver and index of an explicit `__getitem__` & co. call taking
/// `n` arguments.
fn item_args(vm: &mut Vm, a: &Args, method: &str, n: usize) -> PResult<(ObjRef, Value)> {
    let r = receiver(vm, a, method)?;
    if a.pos.len() != n + 1 {
        let plural = if n == 1 { "" } else { "s" };
        let msg = format!("expected {n} argument{plural}, got {}", a.pos.len() - 1);
        return Err(vm.type_error(msg));
    }
    Ok((r, Value::Int(wrapper_index(vm, a.pos[1])?)))
}

/// The index or count CPython's slot wrappers take (`d.__getitem__(i)`,
/// `d.__mul__(n)`): any `__index__`, an `OverflowError` past `isize`.
fn wrapper_index(vm: &mut Vm, v: Value) -> PResult<i64> {
    let index = match vm.numeric_special(v, &[vm.special.index], vec![])? {
        Ok(i) | Err(i) => i,
    };
    match index {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::Obj(n) if matches!(vm.heap.get(n), Object::Int(_)) => {
            Err(vm.err("OverflowError", "cannot fit 'int' into an index-sized integer"))
        }
        _ => {
            let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// `+`, `*` and their in-place forms as methods (`super().__add__(x)` in a
/// subclass): on the deque the receiver extends, making a deque of its
/// class; an in-place form gives back the receiver.
fn operator_method(vm: &mut Vm, a: &Args, name: &str, op: B) -> PResult<Value> {
    let (obj, r) = instance_receiver(vm, a, name)?;
    let [_, other] = a.pos[..] else {
        let msg = format!("expected 1 argument, got {}", a.pos.len() - 1);
        return Err(vm.type_error(msg));
    };
    let base = match op {
        B::Multiply | B::InplaceMultiply => Value::Int(wrapper_index(vm, other)?),
        _ => vm.base_value(other),
    };
    match binary_op(vm, Value::Obj(r), base, op, (obj, other))? {
        Some(v) if v.is(Value::Obj(r)) => Ok(obj),
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented),
    }
}

fn copy_method(vm: &mut Vm, a: &Args, name: &str) -> PResult<Value> {
    let (obj, _) = instance_receiver(vm, a, name)?;
    crate::methods::arity(vm, a, "deque", name, 0, 0)?;
    copy(vm, obj)
}

/// The deque a method was called on (an instance of a subclass arrives as
/// the deque it extends).
fn receiver(vm: &mut Vm, a: &Args, method: &str) -> PResult<ObjRef> {
    match a.get(0) {
        Some(v) => deque_of(vm, v).ok_or_else(|| not_a_deque(vm, method, v)),
        None => Err(vm.type_error(format!("descriptor '{method}' of '{OWNER}' object needs an argument"))),
    }
}

/// The receiver of a method that takes the instance itself, and its deque.
fn instance_receiver(vm: &mut Vm, a: &Args, method: &str) -> PResult<(Value, ObjRef)> {
    match a.get(0) {
        Some(v) => base_deque(vm, v).map(|r| (v, r)).ok_or_else(|| not_a_deque(vm, method, v)),
        None => Err(vm.type_error(format!("descriptor '{method}' of '{OWNER}' object needs an argument"))),
    }
}

fn not_a_deque(vm: &mut Vm, method: &str, v: Value) -> Exc {
    let msg = format!(
        "descriptor '{method}' for '{OWNER}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    );
    vm.type_error(msg)
}

/// The receiver of a method taking `min..=max` arguments, none by keyword.
#[inline]
fn args(vm: &mut Vm, a: &Args, method: &str, min: usize, max: usize) -> PResult<ObjRef> {
    let counted = a.kw.is_empty() && (min..=max).contains(&(a.pos.len().wrapping_sub(1)));
    match a.get(0) {
        Some(Value::Obj(r)) if counted && matches!(vm.heap.get(r), Object::Deque(_)) => Ok(r),
        _ => Err(args_error(vm, a, method, min, max)),
    }
}

/// What is wrong with the receiver or the arguments `args` refused.
#[cold]
fn args_error(vm: &mut Vm, a: &Args, method: &str, min: usize, max: usize) -> Exc {
    match receiver(vm, a, method) {
        Ok(_) => match crate::methods::arity(vm, a, "deque", method, min, max) {
            Err(e) => e,
            Ok(()) => vm.err("SystemError", "deque arguments"),
        },
        Err(e) => e,
    }
}

fn no_keywords(vm: &mut Vm, a: &Args, method: &str) -> PResult<()> {
    match a.kw.is_empty() {
        true => Ok(()),
        false => Err(vm.type_error(format!("deque.{method}() takes no keyword arguments"))),
    }
}
