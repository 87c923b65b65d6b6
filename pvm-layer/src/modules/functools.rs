//! `_functools`: the `lru_cache` wrapper, which CPython writes in C, under
//! the embedded `functools`. A wrapper is an instance of the builtin type
//! `functools._lru_cache_wrapper` whose state is its slots (below); it
//! answers a hit without running Python code. A bounded cache keeps recency
//! in the dict's order: a hit moves its key to the end, the first key is the
//! least recently used.
//!
//! A call from Python (`Vm::call_at`) that misses does not call the user
//! function from Rust: it runs `functools._lru_cache_miss`, a Python
//! function that calls it and stores the result (`_lru_cache_store`), as an
//! ordinary frame, so that recursion through a cached function (`fib`) is
//! bounded by the recursion limit, not by how deep native code may nest.

use crate::call::Args;
use crate::dict::Slot;
use crate::interp::CallOutcome;
use crate::object::{Instance, NativeFn, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

const OWNER: &str = "functools._lru_cache_wrapper";

// The wrapper's slots.
const FUNC: usize = 0;
const CACHE: usize = 1;
const HITS: usize = 2;
const MISSES: usize = 3;
/// An int, or `None` for an unbounded cache.
const MAXSIZE: usize = 4;
const TYPED: usize = 5;
const CACHE_INFO_TYPE: usize = 6;
/// `_lru_cache_miss`, or `None`: misses then call the function from Rust.
const MISS: usize = 7;
/// What separates positional from keyword arguments in a key.
const KWD_MARK: usize = 8;
const NSLOTS: usize = 9;

pub fn install(vm: &mut Vm, d: ObjRef) {
    let t = vm.types.get(TypeKind::LruCacheWrapper);
    if let Some(Object::Type(ty)) = vm.heap.get_mut(t) {
        ty.module = "functools".into();
        ty.instance_dict = true;
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__call__", |vm, a| {
            let w = receiver(vm, a, "__call__")?;
            let args = Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() };
            call(vm, w, args)
        }),
        ("__get__", |vm, a| {
            let w = receiver(vm, a, "__get__")?;
            Ok(descr_get(vm, w, a.get(1).unwrap_or(Value::None)))
        }),
        ("cache_info", |vm, a| {
            let w = receiver(vm, a, "cache_info")?;
            let s = state(vm, w)?;
            let cache = cache_of(vm, &s)?;
            let len = vm.dict_len(cache);
            vm.call(s[CACHE_INFO_TYPE], &[s[HITS], s[MISSES], s[MAXSIZE], Value::Int(len as i64)])
        }),
        ("cache_clear", |vm, a| {
            let w = receiver(vm, a, "cache_clear")?;
            let s = state(vm, w)?;
            let cache = cache_of(vm, &s)?;
            if let Some(Object::Dict(t)) = vm.heap.get_mut(cache) {
                t.clear();
            }
            set_slot(vm, w, HITS, Value::Int(0));
            set_slot(vm, w, MISSES, Value::Int(0));
            Ok(Value::None)
        }),
        // Pickled by name, as a function is.
        ("__reduce__", |vm, a| {
            let w = receiver(vm, a, "__reduce__")?;
            let name = vm.intern("__qualname__");
            vm.getattr(w, Value::Obj(name))
        }),
        ("__copy__", |vm, a| receiver(vm, a, "__copy__")),
        ("__deepcopy__", |vm, a| receiver(vm, a, "__deepcopy__")),
    ];
    for &(name, func) in methods {
        vm.add_method(t, OWNER, name, func);
    }
    vm.dict_set_name(d, "_lru_cache_wrapper", Value::Obj(t));
    crate::builtins::add_fn(vm, d, "_lru_cache_store", |vm, a| match a.pos[..] {
        [w, key, result] if is_wrapper(vm, w) => store(vm, w, key, result).map(|()| Value::None),
        _ => Err(vm.type_error("_lru_cache_store expected a wrapper, a key and a result")),
    });
    // The builtin types' dicts changed.
    vm.method_cache.invalidate();
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type, miss=None)`.
pub fn construct(vm: &mut Vm, t: ObjRef, a: &Args) -> PResult<Value> {
    let (func, maxsize, typed, info, miss) = match a.pos[..] {
        [f, m, t, i] => (f, m, t, i, Value::None),
        [f, m, t, i, miss] => (f, m, t, i, miss),
        _ => {
            let msg = format!("_lru_cache_wrapper() takes 4 arguments ({} given)", a.pos.len());
            return Err(vm.type_error(msg));
        }
    };
    if !crate::builtins::is_callable(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = match maxsize {
        Value::None => Value::None,
        Value::Int(n) => Value::Int(n.max(0)),
        Value::Bool(b) => Value::Int(i64::from(b)),
        _ => return Err(vm.type_error("maxsize should be integer or None")),
    };
    let typed = Value::Bool(vm.truthy(typed)?);
    let cache = Value::Obj(vm.new_dict());
    let object = vm.types.get(TypeKind::Object);
    let mark = vm.heap.alloc_value(Object::Instance(Instance {
        class: object,
        dict: None,
        slots: Box::new([]),
        base: Value::Null,
        finalized: false,
        born: 0,
    }));
    let slots = [func, cache, Value::Int(0), Value::Int(0), maxsize, typed, info, miss, mark];
    Ok(vm.heap.alloc_value(Object::Instance(Instance {
        class: t,
        dict: None,
        slots: Box::new(slots),
        base: Value::Null,
        finalized: false,
        born: 0,
    })))
}

/// Whether `v` is an lru_cache wrapper (its class is exactly the type).
pub fn is_wrapper(vm: &Vm, v: Value) -> bool {
    let t = vm.types.get(TypeKind::LruCacheWrapper);
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Instance(i) if i.class == t && i.slots.len() == NSLOTS))
}

/// `wrapper.__get__(obj)`: a method bound to `obj`, or the wrapper itself
/// for an access through the class.
pub fn descr_get(vm: &mut Vm, w: Value, obj: Value) -> Value {
    if obj.is_none() {
        return w;
    }
    vm.heap.alloc_value(Object::BoundMethod { receiver: obj, func: w })
}

/// A call of wrapper `w` from the dispatch loop, its arguments at
/// `stack[first..]`: a hit is done here; a miss runs `_lru_cache_miss` as
/// a frame (see the module comment).
pub fn call_at(vm: &mut Vm, w: ObjRef, first: usize, slot: usize, kwnames: Value) -> PResult<CallOutcome> {
    let s = state(vm, Value::Obj(w))?;
    let args = vm.args_from_stack(first, kwnames);
    let found = lookup(vm, Value::Obj(w), &s, &args);
    let (key, miss) = match found {
        Ok(Lookup::Hit(v)) => {
            vm.reuse_args(args);
            return Ok(CallOutcome::Done(v));
        }
        Ok(Lookup::Miss(key)) if !s[MISS].is_none() => (key, s[MISS]),
        // No Python helper (a wrapper made directly), or no cache.
        Ok(Lookup::Miss(key)) => {
            return call_args_then_store(vm, Value::Obj(w), &s, args, Some(key)).map(CallOutcome::Done)
        }
        Ok(Lookup::Uncached) => {
            return call_args_then_store(vm, Value::Obj(w), &s, args, None).map(CallOutcome::Done)
        }
        Err(e) => {
            vm.reuse_args(args);
            return Err(e);
        }
    };
    // Exactly as long as the arguments: made into a tuple without a copy.
    let mut pos = Vec::with_capacity(args.pos.len());
    pos.extend_from_slice(&args.pos);
    let args_tuple = vm.new_tuple(pos);
    let kwds = match args.kw[..] {
        [] => Value::None,
        _ => {
            let kwds = vm.new_dict();
            for &(name, value) in &args.kw {
                vm.dict_set(kwds, name, value)?;
            }
            Value::Obj(kwds)
        }
    };
    vm.reuse_args(args);
    vm.stack.truncate(first);
    vm.stack.extend_from_slice(&[s[FUNC], args_tuple, kwds, Value::Obj(w), key]);
    vm.call_at(miss, first, slot, Value::Null)
}

/// A call of wrapper `w` from native code (or through `__call__`).
pub fn call(vm: &mut Vm, w: Value, args: Args) -> PResult<Value> {
    let s = state(vm, w)?;
    match lookup(vm, w, &s, &args)? {
        Lookup::Hit(v) => Ok(v),
        Lookup::Miss(key) => call_args_then_store(vm, w, &s, args, Some(key)),
        Lookup::Uncached => call_args_then_store(vm, w, &s, args, None),
    }
}

enum Lookup {
    Hit(Value),
    /// Not cached: the key to store the result under.
    Miss(Value),
    /// `maxsize=0`: nothing is cached.
    Uncached,
}

/// Looks the call up in the cache, counting a hit or a miss; a hit in a
/// bounded cache becomes the most recently used.
fn lookup(vm: &mut Vm, w: Value, s: &[Value], args: &Args) -> PResult<Lookup> {
    if matches!(s[MAXSIZE], Value::Int(0)) {
        bump(vm, w, MISSES);
        return Ok(Lookup::Uncached);
    }
    let cache = cache_of(vm, s)?;
    let key = make_key(vm, s, args);
    vm.rooted(&[key], |vm| {
        let hash = vm.hash(key)?;
        let Slot::Found(e) = vm.find_key(cache, hash, key)? else {
            bump(vm, w, MISSES);
            return Ok(Lookup::Miss(key));
        };
        let Some(entry) = vm.table(cache).and_then(|t| t.get_at(e)).copied() else {
            bump(vm, w, MISSES);
            return Ok(Lookup::Miss(key));
        };
        if !s[MAXSIZE].is_none() {
            if let Some(t) = vm.table_mut(cache) {
                t.remove_at(e);
            }
            let slot = vm.find(cache, entry.hash, entry.key);
            vm.set_at(cache, slot, entry.hash, entry.key, entry.value);
        }
        bump(vm, w, HITS);
        Ok(Lookup::Hit(entry.value))
    })
}

/// CPython's key: a lone `int` or `str` argument itself, else the arguments
/// as a tuple, then a mark and the keywords' names and values, then (when
/// typed) the types of the values.
fn make_key(vm: &mut Vm, s: &[Value], args: &Args) -> Value {
    let typed = matches!(s[TYPED], Value::Bool(true));
    if !typed && args.kw.is_empty() {
        if let [v] = args.pos[..] {
            let exact = match v {
                Value::Int(_) => true,
                Value::Obj(r) => matches!(vm.heap.get(r), Object::Str(_) | Object::Int(_)),
                _ => false,
            };
            if exact {
                return v;
            }
        }
        return vm.new_tuple(args.pos.clone());
    }
    let mut key = args.pos.clone();
    if !args.kw.is_empty() {
        key.push(s[KWD_MARK]);
        for &(name, value) in &args.kw {
            key.extend([name, value]);
        }
    }
    if typed {
        let values = args.pos.iter().chain(args.kw.iter().map(|(_, v)| v));
        let types: Vec<Value> = values.map(|v| Value::Obj(vm.type_of(*v))).collect();
        key.extend(types);
    }
    vm.new_tuple(key)
}

/// Calls the user function with `args`, then stores the result under `key`.
fn call_args_then_store(
    vm: &mut Vm,
    w: Value,
    s: &[Value],
    args: Args,
    key: Option<Value>,
) -> PResult<Value> {
    let roots: Vec<Value> = key.into_iter().chain([w]).collect();
    vm.rooted(&roots, |vm| {
        let result = vm.call_args(s[FUNC], args)?;
        if let Some(key) = key {
            store(vm, w, key, result)?;
        }
        Ok(result)
    })
}

/// Stores `result` under `key` after a miss. A bounded cache keeps a key
/// the call itself added (recursion) where it is, and drops its least
/// recently used key when over its size.
fn store(vm: &mut Vm, w: Value, key: Value, result: Value) -> PResult<()> {
    let s = state(vm, w)?;
    let cache = cache_of(vm, &s)?;
    let Value::Int(maxsize) = s[MAXSIZE] else {
        return vm.dict_set(cache, key, result);
    };
    vm.rooted(&[key, result], |vm| {
        let hash = vm.hash(key)?;
        let slot = vm.find_key(cache, hash, key)?;
        if matches!(slot, Slot::Found(_)) {
            return Ok(());
        }
        vm.set_at(cache, slot, hash, key, result);
        if vm.dict_len(cache) as i64 > maxsize {
            let oldest = vm.table(cache).and_then(|t| t.iter().next()).copied();
            if let Some(oldest) = oldest {
                if let Slot::Found(e) = vm.find(cache, oldest.hash, oldest.key) {
                    if let Some(t) = vm.table_mut(cache) {
                        t.remove_at(e);
                    }
                }
            }
        }
        Ok(())
    })
}

fn receiver(vm: &mut Vm, a: &Args, name: &str) -> PResult<Value> {
    match a.get(0) {
        Some(w) if is_wrapper(vm, w) => Ok(w),
        _ => {
            let msg = format!("descriptor '{name}' requires a '{OWNER}' object");
            Err(vm.type_error(msg))
        }
    }
}

/// A copy of the wrapper's slots.
fn state(vm: &mut Vm, w: Value) -> PResult<[Value; NSLOTS]> {
    let slots = match w {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Instance(i) => <[Value; NSLOTS]>::try_from(&i.slots[..]).ok(),
            _ => None,
        },
        _ => None,
    };
    slots.ok_or_else(|| vm.type_error("not an lru_cache wrapper"))
}

fn cache_of(vm: &mut Vm, s: &[Value]) -> PResult<ObjRef> {
    match s[CACHE] {
        Value::Obj(d) if matches!(vm.heap.get(d), Object::Dict(_)) => Ok(d),
        _ => Err(vm.type_error("lru_cache wrapper without a cache")),
    }
}

fn set_slot(vm: &mut Vm, w: Value, index: usize, v: Value) {
    if let Value::Obj(r) = w {
        if let Some(Object::Instance(i)) = vm.heap.get_mut(r) {
            if let Some(slot) = i.slots.get_mut(index) {
                *slot = v;
            }
        }
    }
}

/// Adds one to the count in slot `index` (`HITS` or `MISSES`).
fn bump(vm: &mut Vm, w: Value, index: usize) {
    if let Value::Obj(r) = w {
        if let Some(Object::Instance(i)) = vm.heap.get_mut(r) {
            if let Some(Value::Int(n)) = i.slots.get_mut(index) {
                *n = n.saturating_add(1);
            }
        }
    }
}
