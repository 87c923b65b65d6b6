//! The searching, splitting, stripping and joining methods of `bytes` and
//! `bytearray`: the arguments are checked and converted first (which may
//! run Python code, `__index__`), then the rule of `semantics::bytes_ops`
//! runs on the buffers borrowed from the heap, never copied or turned into
//! text. A piece that is the whole receiver is the receiver itself for
//! `bytes`, as in CPython (a `bytearray` result is always new).

use std::ops::Range;

use crate::bytes_args::{buffer, bytes_arg, check, not_bytes_like, view, Needle, Owner, Parse};
use crate::call::Args;
use crate::object::{NativeFn, Object};
use crate::semantics::bytes_ops as ops;
use crate::strings::{bound, int_arg};
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// The methods of this file for the type `ARRAY` selects.
pub fn methods<const ARRAY: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("find", |vm, a| search(vm, a, Owner::of(ARRAY), "find", Search::Find)),
        ("rfind", |vm, a| search(vm, a, Owner::of(ARRAY), "rfind", Search::RFind)),
        ("index", |vm, a| search(vm, a, Owner::of(ARRAY), "index", Search::Index)),
        ("rindex", |vm, a| search(vm, a, Owner::of(ARRAY), "rindex", Search::RIndex)),
        ("count", |vm, a| search(vm, a, Owner::of(ARRAY), "count", Search::Count)),
        ("startswith", |vm, a| affix(vm, a, Owner::of(ARRAY), "startswith", false)),
        ("endswith", |vm, a| affix(vm, a, Owner::of(ARRAY), "endswith", true)),
        ("replace", |vm, a| replace(vm, a, Owner::of(ARRAY))),
        ("split", |vm, a| split(vm, a, Owner::of(ARRAY), "split", false)),
        ("rsplit", |vm, a| split(vm, a, Owner::of(ARRAY), "rsplit", true)),
        ("splitlines", |vm, a| splitlines(vm, a, Owner::of(ARRAY))),
        ("partition", |vm, a| partition(vm, a, Owner::of(ARRAY), "partition", false)),
        ("rpartition", |vm, a| partition(vm, a, Owner::of(ARRAY), "rpartition", true)),
        ("strip", |vm, a| strip(vm, a, Owner::of(ARRAY), "strip", true, true)),
        ("lstrip", |vm, a| strip(vm, a, Owner::of(ARRAY), "lstrip", true, false)),
        ("rstrip", |vm, a| strip(vm, a, Owner::of(ARRAY), "rstrip", false, true)),
        ("removeprefix", |vm, a| remove_affix(vm, a, Owner::of(ARRAY), "removeprefix", false)),
        ("removesuffix", |vm, a| remove_affix(vm, a, Owner::of(ARRAY), "removesuffix", true)),
        ("join", |vm, a| join(vm, a, Owner::of(ARRAY))),
    ]
}

/// A new `bytes` or `bytearray` (as `owner`) holding `b`.
pub fn make(vm: &mut Vm, owner: Owner, b: Vec<u8>) -> Value {
    vm.heap.alloc_value(match owner {
        Owner::Bytes => Object::Bytes(b),
        Owner::ByteArray => Object::ByteArray(b),
    })
}

/// Bytes `range` of the receiver `this`, as a result of its type.
pub fn piece(vm: &mut Vm, owner: Owner, this: Value, range: Range<usize>) -> Value {
    let whole = view(vm, this);
    if owner == Owner::Bytes && range == (0..whole.len()) {
        return this;
    }
    let part = whole.get(range).unwrap_or_default().to_vec();
    make(vm, owner, part)
}

#[derive(Clone, Copy)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

/// `find`, `rfind`, `index`, `rindex`, `count`: the needle is bytes-like or
/// one byte as an int; the bounds are converted first, as CPython does.
fn search(vm: &mut Vm, a: &Args, owner: Owner, name: &str, kind: Search) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::Tuple(1, 3))?;
    let (start, end) = (bound(vm, c.get(1))?, bound(vm, c.get(2))?);
    let needle = Needle::from_arg(vm, c.arg(0))?;
    let n = needle.with(vm, |vm, sub| {
        let hay = view(vm, c.this);
        match kind {
            Search::Count => ops::count(hay, sub, start, end),
            Search::Find | Search::Index => ops::find(hay, sub, start, end, false),
            Search::RFind | Search::RIndex => ops::find(hay, sub, start, end, true),
        }
    });
    if n < 0 && matches!(kind, Search::Index | Search::RIndex) {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::Int(n))
}

/// `startswith`/`endswith`: one bytes-like affix or a tuple of them.
fn affix(vm: &mut Vm, a: &Args, owner: Owner, name: &str, at_end: bool) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::Tuple(1, 3))?;
    let (start, end) = (bound(vm, c.get(1))?, bound(vm, c.get(2))?);
    let given = c.arg(0);
    let matches = |vm: &Vm, fix: Value| ops::tailmatch(view(vm, c.this), view(vm, fix), start, end, at_end);
    let is_tuple = matches!(given, Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_)));
    if !is_tuple {
        if buffer(vm, given).is_none() {
            let msg =
                format!("{name} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(given));
            return Err(not_bytes_like(vm, given, msg));
        }
        return Ok(Value::Bool(matches(vm, given)));
    }
    for o in vm.seq_items(given).unwrap_or_default() {
        // Checked one at a time: a match ends the loop before a bad item.
        bytes_arg(vm, o)?;
        if matches(vm, o) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `replace(old, new, count=-1)`.
fn replace(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let c = check(vm, a, owner, "replace", Parse::Positional(2, 3))?;
    let (old, new) = (bytes_arg(vm, c.arg(0))?, bytes_arg(vm, c.arg(1))?);
    let count = match c.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    match ops::replace(view(vm, c.this), view(vm, old), view(vm, new), count) {
        Ok(Some(out)) => Ok(make(vm, owner, out)),
        Ok(None) => {
            let n = view(vm, c.this).len();
            Ok(piece(vm, owner, c.this, 0..n))
        }
        Err(e) => Err(vm.raise(e)),
    }
}

/// `split`/`rsplit(sep=None, maxsplit=-1)`.
fn split(vm: &mut Vm, a: &Args, owner: Owner, name: &str, right: bool) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::Keywords { posonly: 0, names: &["sep", "maxsplit"] })?;
    let maxsplit = match c.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let sep = match c.opt(0) {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let parts = ops::split(view(vm, c.this), sep.map(|s| view(vm, s)), maxsplit, right);
    let parts = parts.map_err(|e| vm.raise(e))?;
    pieces(vm, owner, c.this, parts)
}

/// A list of pieces of the receiver.
fn pieces(vm: &mut Vm, owner: Owner, this: Value, parts: Vec<Range<usize>>) -> PResult<Value> {
    let items = parts.into_iter().map(|r| piece(vm, owner, this, r)).collect();
    Ok(vm.new_list(items))
}

/// `splitlines(keepends=False)`.
fn splitlines(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let c = check(vm, a, owner, "splitlines", Parse::Keywords { posonly: 0, names: &["keepends"] })?;
    let keep = match c.get(0) {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let parts = ops::splitlines(view(vm, c.this), keep);
    pieces(vm, owner, c.this, parts)
}

/// `partition`/`rpartition(sep)`. A `bytes` receiver puts the separator
/// it found, the argument itself, in the middle, as CPython does.
fn partition(vm: &mut Vm, a: &Args, owner: Owner, name: &str, right: bool) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::One)?;
    let sep = bytes_arg(vm, c.arg(0))?;
    let [before, middle, after] =
        ops::partition(view(vm, c.this), view(vm, sep), right).map_err(|e| vm.raise(e))?;
    let found = !middle.is_empty();
    let before = piece(vm, owner, c.this, before);
    let middle = if found && owner == Owner::Bytes { sep } else { piece(vm, owner, c.this, middle) };
    let after = piece(vm, owner, c.this, after);
    Ok(vm.new_tuple(vec![before, middle, after]))
}

/// `strip`, `lstrip`, `rstrip(bytes=None)`.
fn strip(vm: &mut Vm, a: &Args, owner: Owner, name: &str, left: bool, right: bool) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::Positional(0, 1))?;
    let chars = match c.opt(0) {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let kept = ops::strip(view(vm, c.this), chars.map(|v| view(vm, v)), left, right);
    Ok(piece(vm, owner, c.this, kept))
}

/// `removeprefix`/`removesuffix(affix)`.
fn remove_affix(vm: &mut Vm, a: &Args, owner: Owner, name: &str, at_end: bool) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::One)?;
    let fix = bytes_arg(vm, c.arg(0))?;
    let (whole, fix) = (view(vm, c.this), view(vm, fix));
    let n = whole.len();
    let kept = match (at_end, fix.len()) {
        (false, k) if whole.starts_with(fix) => k..n,
        (true, k) if whole.ends_with(fix) => 0..n - k,
        _ => 0..n,
    };
    Ok(piece(vm, owner, c.this, kept))
}

/// `sep.join(iterable)`: every item bytes-like.
fn join(vm: &mut Vm, a: &Args, owner: Owner) -> PResult<Value> {
    let c = check(vm, a, owner, "join", Parse::One)?;
    let Some(items) = vm.try_collect_iter(c.arg(0))? else {
        return Err(vm.type_error("can only join an iterable"));
    };
    let mut size = 0usize;
    for (i, v) in items.iter().enumerate() {
        let Some(b) = buffer(vm, *v) else {
            // Not a buffer error for a strided view: join asks for none.
            let msg = format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(*v));
            return Err(vm.type_error(msg));
        };
        size = size.saturating_add(b.len());
    }
    let sep = view(vm, c.this);
    let mut out = Vec::with_capacity(size.saturating_add(sep.len() * items.len().saturating_sub(1)));
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(view(vm, *v));
    }
    Ok(make(vm, owner, out))
}
