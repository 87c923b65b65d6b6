//! `list.sort()` and `sorted()`: a stable sort that asks only `<`, as
//! CPython's timsort does, so user classes need only `__lt__`, and an
//! exception raised by a comparison stops the sort and propagates.
//!
//! Keys that are all ints, all floats (without NaN) or all strs, or tuples
//! of those kinds position by position, are sorted natively: those
//! comparisons run no Python code, and a stable sort by the same order gives
//! the same result.

use std::cmp::Ordering;

use compiler_layer::instruction::ComparisonOperator as C;

use crate::value::Value;
use crate::vm::{PResult, Vm};

/// Sorts `items` (rooted by the caller) by `key(item)` (or the items), reversed if asked.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Value, reverse: bool) -> PResult<()> {
    let keys = if key.is_none() { items.clone() } else { keys_of(vm, items, key)? };
    // Reversing keeps equal items in their order: sort the reversed list, then reverse back.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    if !sort_natively(vm, &keys, &mut order) {
        let mark = vm.roots.len();
        vm.roots.extend(keys.iter().copied());
        let r = merge_sort(vm, &keys, &mut order);
        vm.roots.truncate(mark);
        r?;
    }
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.into_iter().map(|i| items[i]).collect();
    *items = sorted;
    Ok(())
}

fn keys_of(vm: &mut Vm, items: &[Value], key: Value) -> PResult<Vec<Value>> {
    let mark = vm.roots.len();
    vm.roots.extend(items.iter().copied());
    let mut keys = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for v in items {
        match vm.call(key, &[*v]) {
            Ok(k) => {
                vm.roots.push(k);
                keys.push(k)
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.roots.truncate(mark);
    result.map(|()| keys)
}

/// Sorts `order` by `keys` without Python code when every key is an int,
/// every key a float that is not NaN, or every key a str; `false` otherwise.
fn sort_natively(vm: &Vm, keys: &[Value], order: &mut [usize]) -> bool {
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        order.sort_by_key(|&i| match keys[i] {
            Value::Int(n) => n,
            _ => 0,
        });
        return true;
    }
    if keys.iter().all(|k| matches!(k, Value::Float(f) if !f.is_nan())) {
        let f = |i: usize| match keys[i] {
            Value::Float(f) => f,
            _ => 0.0,
        };
        order.sort_by(|&a, &b| f(a).partial_cmp(&f(b)).unwrap_or(Ordering::Equal));
        return true;
    }
    if keys.iter().all(|k| vm.str_of(*k).is_some()) {
        order.sort_by(|&a, &b| vm.str_of(keys[a]).cmp(&vm.str_of(keys[b])));
        return true;
    }
    if let Some(columns) = tuple_columns(vm, keys) {
        order.sort_by(|&a, &b| {
            let (Some(x), Some(y)) = (tuple_items(vm, keys[a]), tuple_items(vm, keys[b])) else {
                return Ordering::Equal;
            };
            let pairs = x.iter().zip(y.iter()).zip(&columns);
            let differing = pairs.map(|((p, q), kind)| kind.cmp(vm, *p, *q)).find(|o| o.is_ne());
            differing.unwrap_or_else(|| x.len().cmp(&y.len()))
        });
        return true;
    }
    false
}

fn tuple_items(vm: &Vm, v: Value) -> Option<&[Value]> {
    match vm.heap.get(v.as_obj()?) {
        crate::object::Object::Tuple(items) => Some(items),
        _ => None,
    }
}

/// What every key holds at one position of tuple keys.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Int,
    Float,
    Str,
}

impl Column {
    fn of(vm: &Vm, v: Value) -> Option<Column> {
        match v {
            Value::Int(_) => Some(Column::Int),
            Value::Float(f) if !f.is_nan() => Some(Column::Float),
            _ if vm.str_of(v).is_some() => Some(Column::Str),
            _ => None,
        }
    }

    fn cmp(self, vm: &Vm, a: Value, b: Value) -> Ordering {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => x.cmp(&y),
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            _ => vm.str_of(a).cmp(&vm.str_of(b)),
        }
    }
}

/// For keys that are all tuples whose items at each position are all ints,
/// all floats (not NaN) or all strs: those kinds, position by position.
/// Such tuples compare item by item as Python compares them (CPython's
/// `unsafe_tuple_compare` rests on the same observation), a total order
/// that runs no Python code.
fn tuple_columns(vm: &Vm, keys: &[Value]) -> Option<Vec<Column>> {
    let mut columns: Vec<Column> = Vec::new();
    for key in keys {
        let items = tuple_items(vm, *key)?;
        for (i, item) in items.iter().enumerate() {
            let kind = Column::of(vm, *item)?;
            match columns.get(i) {
                Some(known) if *known != kind => return None,
                Some(_) => {}
                None => columns.push(kind),
            }
        }
    }
    Some(columns)
}

/// `keys[a] < keys[b]` by Python's rules.
fn less(vm: &mut Vm, a: Value, b: Value) -> PResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, C::Less)?;
    match r {
        Value::Bool(b) => Ok(b),
        other => vm.truthy(other),
    }
}

/// A stable natural merge sort of `order` by `keys` asking only `<`, after
/// timsort: the runs already in the data (a strictly descending one
/// reversed) are found first, short ones extended by binary insertion to
/// timsort's minimum run length, and neighbouring runs merged pairwise, so
/// sorted, reversed and run-structured data cost about one comparison per item.
fn merge_sort(vm: &mut Vm, keys: &[Value], order: &mut [usize]) -> PResult<()> {
    let n = order.len();
    let min_run = min_run(n);
    let mut runs = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        if end < n && less(vm, keys[order[end]], keys[order[start]])? {
            end += 1;
            while end < n && less(vm, keys[order[end]], keys[order[end - 1]])? {
                end += 1;
            }
            // Strictly descending: reversing keeps the sort stable.
            order[start..end].reverse();
        } else {
            while end < n && !less(vm, keys[order[end]], keys[order[end - 1]])? {
                end += 1;
            }
        }
        let forced = (start + min_run).min(n);
        if end < forced {
            insertion_sort(vm, keys, &mut order[start..forced], end - start)?;
            end = forced;
        }
        runs.push((start, end));
        start = end;
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match *pair {
                [(from, mid), (_, to)] => {
                    merge(vm, keys, &mut order[from..to], mid - from)?;
                    merged.push((from, to));
                }
                [run] => merged.push(run),
                _ => {}
            }
        }
        runs = merged;
    }
    Ok(())
}

/// Timsort's minimum run length for `n` items (`merge_compute_minrun`):
/// between 32 and 64, making the number of runs a power of two or just under.
fn min_run(mut n: usize) -> usize {
    let mut odd = 0;
    while n >= 64 {
        odd |= n & 1;
        n >>= 1;
    }
    n + odd
}

/// Binary-insertion sort of `order`, whose first `sorted` items are in order.
fn insertion_sort(vm: &mut Vm, keys: &[Value], order: &mut [usize], sorted: usize) -> PResult<()> {
    for i in sorted.max(1)..order.len() {
        let item = order[i];
        let at = upper_bound(vm, keys, &order[..i], keys[item])?;
        order[at..=i].rotate_right(1);
    }
    Ok(())
}

/// The first position in sorted `run` whose key is greater than `key`
/// (after every item equal to it: stability).
fn upper_bound(vm: &mut Vm, keys: &[Value], run: &[usize], key: Value) -> PResult<usize> {
    let (mut lo, mut hi) = (0, run.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if less(vm, key, keys[run[mid]])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// The first position in sorted `run` whose key is not less than `key`.
fn lower_bound(vm: &mut Vm, keys: &[Value], run: &[usize], key: Value) -> PResult<usize> {
    let (mut lo, mut hi) = (0, run.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if less(vm, keys[run[mid]], key)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// Merges the sorted runs `order[..mid]` and `order[mid..]`. As timsort
/// does before merging, the left run's items not greater than the right's
/// first, and the right run's items not less than the left's last, are
/// found by binary search and stay where they are.
fn merge(vm: &mut Vm, keys: &[Value], order: &mut [usize], mid: usize) -> PResult<()> {
    if !less(vm, keys[order[mid]], keys[order[mid - 1]])? {
        return Ok(());
    }
    let first = upper_bound(vm, keys, &order[..mid], keys[order[mid]])?;
    let last = mid + lower_bound(vm, keys, &order[mid..], keys[order[mid - 1]])?;
    let left = order[first..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, first);
    while i < left.len() && j < last {
        // Take from the right only when strictly less: equal items keep their order.
        if less(vm, keys[order[j]], keys[left[i]])? {
            order[k] = order[j];
            j += 1;
        } else {
            order[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        order[k] = left[i];
        i += 1;
        k += 1;
    }
    Ok(())
}
