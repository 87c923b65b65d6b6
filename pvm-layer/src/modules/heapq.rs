//! `_heapq`: the heap operations on a list, as CPython's
//! `_heapqmodule.c`, under the Python `heapq` (whose `merge`, `nlargest`
//! and `nsmallest` build on them). In Python each sift step cost a few
//! hundred instructions of dispatch; a priority queue spends its time here.
//!
//! Comparing two items may run Python code (`__lt__`), which may change the
//! list: as in CPython, the size is checked after every comparison and the
//! items are read again, so a heap changed underneath gives a
//! `RuntimeError`, never a stale index.

use compiler_layer::instruction::ComparisonOperator as C;

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "heappush", |vm, a: &Args| {
        let (heap, item) = heap_and_item(vm, a, "heappush")?;
        push_item(vm, heap, item);
        sift_down(vm, heap, 0, len(vm, heap) - 1, Order::Min)?;
        Ok(Value::None)
    });
    add_fn(vm, d, "heappop", |vm, a: &Args| pop(vm, a, "heappop", Order::Min));
    add_fn(vm, d, "_heappop_max", |vm, a: &Args| pop(vm, a, "_heappop_max", Order::Max));
    add_fn(vm, d, "heapreplace", |vm, a: &Args| replace(vm, a, "heapreplace", Order::Min));
    add_fn(vm, d, "_heapreplace_max", |vm, a: &Args| replace(vm, a, "_heapreplace_max", Order::Max));
    add_fn(vm, d, "heappushpop", |vm, a: &Args| {
        let (heap, item) = heap_and_item(vm, a, "heappushpop")?;
        let Some(top) = item_at(vm, heap, 0) else { return Ok(item) };
        if !less(vm, top, item)? {
            return Ok(item);
        }
        let Some(top) = item_at(vm, heap, 0) else { return Err(vm.err("IndexError", "index out of range")) };
        set_item(vm, heap, 0, item);
        sift_up(vm, heap, 0, Order::Min)?;
        Ok(top)
    });
    add_fn(vm, d, "heapify", |vm, a: &Args| heapify(vm, a, "heapify", Order::Min));
    add_fn(vm, d, "_heapify_max", |vm, a: &Args| heapify(vm, a, "_heapify_max", Order::Max));
}

/// A min-heap (`heapq`'s own) or a max-heap (the `_max` helpers of `merge`
/// and `nlargest`).
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

impl Order {
    /// Whether `a` belongs above `b`.
    fn above(self, vm: &mut Vm, a: Value, b: Value) -> PResult<bool> {
        match self {
            Order::Min => less(vm, a, b),
            Order::Max => less(vm, b, a),
        }
    }
}

/// `a < b` as a truth value; two ints without the general comparison.
fn less(vm: &mut Vm, a: Value, b: Value) -> PResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let mark = vm.roots.len();
    vm.roots.extend([a, b]);
    let r = vm.compare(a, b, C::Less).and_then(|r| vm.truthy(r));
    vm.roots.truncate(mark);
    r
}

/// The list a heap function was given (a list subclass too), or CPython's
/// `TypeError`, which says "argument 1" when there are two.
fn heap_list(vm: &mut Vm, v: Value, fname: &str, nargs: usize) -> PResult<ObjRef> {
    if let Value::Obj(r) = vm.base_value(v) {
        if matches!(vm.heap.get(r), Object::List(_)) {
            return Ok(r);
        }
    }
    let which = if nargs == 2 { "argument 1" } else { "argument" };
    // CPython's `_PyArg_BadArgument` names None itself, not its type.
    let got = if v.is_none() { "None".to_string() } else { vm.type_name(v) };
    Err(vm.type_error(format!("{fname}() {which} must be list, not {got}")))
}

fn heap_and_item(vm: &mut Vm, a: &Args, fname: &str) -> PResult<(ObjRef, Value)> {
    check_count(vm, a, fname, 2)?;
    Ok((heap_list(vm, a.pos[0], fname, 2)?, a.pos[1]))
}

fn check_count(vm: &mut Vm, a: &Args, fname: &str, n: usize) -> PResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    if a.pos.len() != n {
        let msg = if n == 1 {
            format!("_heapq.{fname}() takes exactly one argument ({} given)", a.pos.len())
        } else {
            format!("{fname} expected {n} arguments, got {}", a.pos.len())
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn pop(vm: &mut Vm, a: &Args, fname: &str, order: Order) -> PResult<Value> {
    check_count(vm, a, fname, 1)?;
    let heap = heap_list(vm, a.pos[0], fname, 1)?;
    let last = match vm.heap.get_mut(heap) {
        Some(Object::List(items)) => items.pop(),
        _ => None,
    };
    let Some(last) = last else { return Err(vm.err("IndexError", "index out of range")) };
    let Some(top) = item_at(vm, heap, 0) else { return Ok(last) };
    set_item(vm, heap, 0, last);
    sift_from_top(vm, heap, top, order)
}

fn replace(vm: &mut Vm, a: &Args, fname: &str, order: Order) -> PResult<Value> {
    let (heap, item) = heap_and_item(vm, a, fname)?;
    let Some(top) = item_at(vm, heap, 0) else { return Err(vm.err("IndexError", "index out of range")) };
    set_item(vm, heap, 0, item);
    sift_from_top(vm, heap, top, order)
}

/// Sifts the new item at the top into place and gives `top`, the item it
/// replaced, which no list holds while the sift compares.
fn sift_from_top(vm: &mut Vm, heap: ObjRef, top: Value, order: Order) -> PResult<Value> {
    let mark = vm.roots.len();
    vm.roots.push(top);
    let r = sift_up(vm, heap, 0, order);
    vm.roots.truncate(mark);
    r.map(|()| top)
}

fn heapify(vm: &mut Vm, a: &Args, fname: &str, order: Order) -> PResult<Value> {
    check_count(vm, a, fname, 1)?;
    let heap = heap_list(vm, a.pos[0], fname, 1)?;
    for i in (0..len(vm, heap) / 2).rev() {
        sift_up(vm, heap, i, order)?;
    }
    Ok(Value::None)
}

fn len(vm: &Vm, heap: ObjRef) -> usize {
    vm.seq_len(heap)
}

fn item_at(vm: &Vm, heap: ObjRef, i: usize) -> Option<Value> {
    vm.seq_slice(heap).get(i).copied()
}

fn set_item(vm: &mut Vm, heap: ObjRef, i: usize, v: Value) {
    if let Some(Object::List(items)) = vm.heap.get_mut(heap) {
        if let Some(slot) = items.get_mut(i) {
            *slot = v;
        }
    }
}

fn push_item(vm: &mut Vm, heap: ObjRef, v: Value) {
    if let Some(Object::List(items)) = vm.heap.get_mut(heap) {
        items.push(v);
    }
}

fn swap(vm: &mut Vm, heap: ObjRef, i: usize, j: usize) {
    if let Some(Object::List(items)) = vm.heap.get_mut(heap) {
        if i < items.len() && j < items.len() {
            items.swap(i, j);
        }
    }
}

fn changed_size(vm: &mut Vm) -> crate::vm::Exc {
    vm.err("RuntimeError", "list changed size during iteration")
}

/// Moves the item at `pos` up towards `start` while it belongs above its parent.
fn sift_down(vm: &mut Vm, heap: ObjRef, start: usize, mut pos: usize, order: Order) -> PResult<()> {
    let size = len(vm, heap);
    if pos >= size {
        return Err(vm.err("IndexError", "list index out of range"));
    }
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (Some(item), Some(parent)) = (item_at(vm, heap, pos), item_at(vm, heap, parent_pos)) else {
            return Err(changed_size(vm));
        };
        let above = order.above(vm, item, parent)?;
        if size != len(vm, heap) {
            return Err(changed_size(vm));
        }
        if !above {
            break;
        }
        swap(vm, heap, pos, parent_pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then
/// back up to where it belongs (the sift of `heapq.py`'s `_siftup`).
fn sift_up(vm: &mut Vm, heap: ObjRef, mut pos: usize, order: Order) -> PResult<()> {
    let end = len(vm, heap);
    let start = pos;
    while pos < end >> 1 {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (Some(left), Some(right)) = (item_at(vm, heap, child), item_at(vm, heap, child + 1)) else {
                return Err(changed_size(vm));
            };
            if !order.above(vm, left, right)? {
                child += 1;
            }
            if end != len(vm, heap) {
                return Err(changed_size(vm));
            }
        }
        swap(vm, heap, pos, child);
        pos = child;
    }
    sift_down(vm, heap, start, pos, order)
}
