//! `_itertools`: the combinatoric iterators `permutations`, `combinations`,
//! `combinations_with_replacement` and `product`, and `islice`, `chain`
//! and `accumulate`, as CPython's `itertoolsmodule.c`, under the Python `itertools`
//! (which keeps the rest).
//!
//! Each is a builtin iterator. A combinatoric one (`IterKind::Combinatoric`)
//! holds its pool, read whole when the iterator is made, and CPython's
//! index vectors, stepped in place: an item costs its tuple and nothing
//! else, where the generator functions they replace cost a few hundred
//! instructions of dispatch per item. The others step other
//! iterators, so they run as the iterators that may call Python code do
//! (`Vm::step_calling`, their state rooted).

use crate::call::Args;
use crate::object::{IterKind, Object};
use crate::types::TypeKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// The iterator types this module gives, named as in CPython.
pub const KINDS: &[TypeKind] = &[
    TypeKind::Permutations,
    TypeKind::Combinations,
    TypeKind::CombinationsWithReplacement,
    TypeKind::Product,
    TypeKind::Islice,
    TypeKind::Chain,
    TypeKind::Accumulate,
];

pub fn install(vm: &mut Vm, d: ObjRef) {
    for kind in KINDS {
        let t = vm.types.get(*kind);
        // Their `__module__` and repr say `itertools`, as CPython's.
        if let Some(Object::Type(ty)) = vm.heap.get_mut(t) {
            ty.module = "itertools".into();
        }
        let name = crate::types::BUILTIN_TYPES[*kind as usize].1;
        vm.dict_set_name(d, name, Value::Obj(t));
    }
    // A plain function on the type, as CPython's classmethod is used.
    let from_iterable = vm.heap.alloc_value(Object::Builtin(crate::object::Builtin {
        name: "from_iterable",
        func: |vm, a| {
            let [iterable] = a.pos[..] else {
                let msg = format!("chain.from_iterable() takes exactly one argument ({} given)", a.pos.len());
                return Err(vm.type_error(msg));
            };
            let source = vm.iter(iterable)?;
            Ok(vm.heap.alloc_value(Object::Iter(IterKind::Chain(source, Value::Null))))
        },
        owner: None,
        takes_instance: false,
    }));
    let chain = vm.types.get(TypeKind::Chain);
    vm.set_type_attr(chain, "from_iterable", from_iterable);
}

/// `chain(*iterables)`: each is made an iterator when it is reached.
pub fn chain(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let iterables = vm.new_tuple(a.pos.clone());
    let source = vm.iter(iterables)?;
    Ok(vm.heap.alloc_value(Object::Iter(IterKind::Chain(source, Value::Null))))
}

/// The state of an `islice`: CPython's, with `None` for no stop.
pub struct Islice {
    pub it: Value,
    /// How many items of `it` were read.
    count: usize,
    /// The index of the next item to give.
    next: usize,
    stop: Option<usize>,
    step: usize,
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`,
/// its arguments checked (in CPython's order, and with its messages)
/// before `iter(iterable)`.
pub fn islice(vm: &mut Vm, a: &Args) -> PResult<Value> {
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const STEP: &str = "Step for islice() must be a positive integer or None.";
    let n = a.pos.len() + 1;
    if !(2..=4).contains(&a.pos.len()) {
        let (bound, most) = if a.pos.len() < 2 { ("least", 2) } else { ("most", 4) };
        return Err(vm.type_error(format!("islice expected at {bound} {most} arguments, got {}", n - 1)));
    }
    // CPython's `PyNumber_AsSsize_t`, any error read as -1.
    let ssize = |vm: &mut Vm, v: Value| {
        if v.is_none() {
            None
        } else {
            Some(crate::strings::int_arg(vm, v).unwrap_or(-1))
        }
    };
    let start = if n > 3 { ssize(vm, a.pos[1]).unwrap_or(0) } else { 0 };
    let stop = match ssize(vm, a.pos[if n > 3 { 2 } else { 1 }]) {
        Some(-1) => return Err(vm.err("ValueError", STOP)),
        stop => stop,
    };
    let (Ok(start), Ok(stop)) = (usize::try_from(start), stop.map(usize::try_from).transpose()) else {
        return Err(vm.err("ValueError", INDICES));
    };
    let step = a.pos.get(3).and_then(|v| ssize(vm, *v)).unwrap_or(1);
    let Ok(step @ 1..) = usize::try_from(step) else { return Err(vm.err("ValueError", STEP)) };
    let it = vm.iter(a.pos[0])?;
    let state = Islice { it, count: 0, next: start, stop, step };
    Ok(vm.heap.alloc_value(Object::Iter(IterKind::Islice(Box::new(state)))))
}

/// The state of an `accumulate`: CPython's.
pub struct Accumulate {
    pub it: Value,
    /// The function, `None` for `+`.
    pub func: Value,
    /// The last item given, `Value::Null` before the first.
    pub total: Value,
    /// The first item to give, `None` once given or if there is none.
    pub initial: Value,
}

/// `accumulate(iterable, func=None, *, initial=None)`, with Argument
/// Clinic's errors.
pub fn accumulate(vm: &mut Vm, a: &Args) -> PResult<Value> {
    const NAMES: [&str; 3] = ["iterable", "func", "initial"];
    let given = a.pos.len() + a.kw.len();
    if given > 3 {
        return Err(vm.type_error(format!("accumulate() takes at most 3 arguments ({given} given)")));
    }
    if a.pos.len() > 2 {
        let msg = format!("accumulate() takes at most 2 positional arguments ({} given)", a.pos.len());
        return Err(vm.type_error(msg));
    }
    let mut args = [None, Some(Value::None), Some(Value::None)];
    for (slot, v) in args.iter_mut().zip(&a.pos) {
        *slot = Some(*v);
    }
    for &(key, value) in &a.kw {
        let key = vm.str_of(key).unwrap_or_default().to_string();
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for accumulate()")));
        };
        if i < a.pos.len() {
            let msg = format!("argument for accumulate() given by name ('{key}') and position ({})", i + 1);
            return Err(vm.type_error(msg));
        }
        args[i] = Some(value);
    }
    let [Some(iterable), Some(func), Some(initial)] = args else {
        return Err(vm.type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    let it = vm.iter(iterable)?;
    let state = Accumulate { it, func, total: Value::Null, initial };
    Ok(vm.heap.alloc_value(Object::Iter(IterKind::Accumulate(Box::new(state)))))
}

impl Vm {
    /// One step of an `accumulate`: CPython's `accumulate_next`.
    pub(crate) fn accumulate_step(
        &mut self,
        mut s: Box<Accumulate>,
    ) -> PResult<Option<(Box<Accumulate>, Value)>> {
        if !s.initial.is_none() {
            s.total = std::mem::replace(&mut s.initial, Value::None);
            let total = s.total;
            return Ok(Some((s, total)));
        }
        let Some(item) = self.next(s.it)? else { return Ok(None) };
        s.total = if s.total.is_null() {
            item
        } else if s.func.is_none() {
            self.roots.push(item);
            self.binary_op(s.total, item, compiler_layer::instruction::BinaryOperator::Add)?
        } else {
            self.roots.push(item);
            self.call(s.func, &[s.total, item])?
        };
        let total = s.total;
        Ok(Some((s, total)))
    }

    /// One step of an `islice`: CPython's `islice_next`.
    pub(crate) fn islice_step(&mut self, mut s: Box<Islice>) -> PResult<Option<(Box<Islice>, Value)>> {
        while s.count < s.next {
            if self.next(s.it)?.is_none() {
                return Ok(None);
            }
            s.count += 1;
        }
        if s.stop.is_some_and(|stop| s.count >= stop) {
            return Ok(None);
        }
        let Some(item) = self.next(s.it)? else { return Ok(None) };
        s.count += 1;
        s.next = s.next.saturating_add(s.step);
        if let Some(stop) = s.stop {
            s.next = s.next.min(stop);
        }
        Ok(Some((s, item)))
    }

    /// One step of a `chain` reading `active` (`Value::Null` if none yet):
    /// the iterator it read from, and its item.
    pub(crate) fn chain_step(&mut self, source: Value, mut active: Value) -> PResult<Option<(Value, Value)>> {
        // The roots of this step (`step` truncates them after it).
        let mark = self.roots.len();
        loop {
            if !active.is_null() {
                if let Some(item) = self.next(active)? {
                    return Ok(Some((active, item)));
                }
            }
            let Some(iterable) = self.next(source)? else { return Ok(None) };
            self.roots.truncate(mark);
            self.roots.push(iterable);
            active = self.iter(iterable)?;
            self.roots.push(active);
        }
    }
}

/// `type(...)` of one of [`KINDS`]: a new iterator of that kind.
pub fn construct(vm: &mut Vm, kind: TypeKind, a: &Args) -> PResult<Value> {
    let state = match kind {
        TypeKind::Product => product(vm, a)?,
        _ => {
            let name = crate::types::BUILTIN_TYPES[kind as usize].1;
            // `permutations` parses its arguments the old way, the others
            // through Argument Clinic: their errors differ (see `bind`).
            let permutations = kind == TypeKind::Permutations;
            let [iterable, r] = bind(vm, a, name, permutations)?;
            // `permutations(xs, None)` is `permutations(xs)`.
            let r = r.filter(|r| !(permutations && r.is_none()));
            // Argument Clinic converts `r` before the pool is read, and
            // `permutations` after.
            let clinic_r = match r {
                Some(r) if !permutations => Some(crate::strings::int_arg(vm, r)?),
                _ => None,
            };
            let pool = vm.collect_iter(iterable.unwrap_or(Value::None))?;
            let r = match (r, clinic_r) {
                (_, Some(r)) => r,
                (None, None) => i64::try_from(pool.len()).unwrap_or(i64::MAX),
                (Some(r), None) if !is_int(vm, r) => return Err(vm.type_error("Expected int as r")),
                (Some(r), None) => crate::strings::int_arg(vm, r)?,
            };
            let r = usize::try_from(r).map_err(|_| vm.err("ValueError", "r must be non-negative"))?;
            Combinatoric::new(vm, kind, pool, r)?
        }
    };
    Ok(vm.heap.alloc_value(Object::Iter(IterKind::Combinatoric(Box::new(state)))))
}

fn is_int(vm: &Vm, v: Value) -> bool {
    let int = vm.types.get(TypeKind::Int);
    matches!(v, Value::Int(_) | Value::Bool(_)) || vm.is_subtype(vm.type_of(v), int)
}

/// `(iterable, r)` from positions or keywords, with the errors of
/// `PyArg_ParseTupleAndKeywords` (`permutations`, whose `r` may be left
/// out) or of Argument Clinic (the others, whose `r` is required and which
/// report a missing argument before a misplaced keyword).
fn bind(vm: &mut Vm, a: &Args, name: &str, permutations: bool) -> PResult<[Option<Value>; 2]> {
    const NAMES: [&str; 2] = ["iterable", "r"];
    let given = a.pos.len() + a.kw.len();
    if given > 2 {
        return Err(vm.type_error(format!("{name}() takes at most 2 arguments ({given} given)")));
    }
    let keys: Vec<String> = a.kw.iter().map(|(k, _)| vm.str_of(*k).unwrap_or_default().to_string()).collect();
    let mut args = [None; 2];
    for (i, slot) in args.iter_mut().enumerate() {
        let by_name = keys.iter().position(|k| k == NAMES[i]).map(|k| a.kw[k].1);
        *slot = match a.pos.get(i) {
            Some(_) if by_name.is_some() && permutations => {
                let msg =
                    format!("argument for {name}() given by name ('{}') and position ({})", NAMES[i], i + 1);
                return Err(vm.type_error(msg));
            }
            Some(v) => Some(*v),
            None => by_name,
        };
        if slot.is_none() && (i == 0 || !permutations) {
            let msg = format!("{name}() missing required argument '{}' (pos {})", NAMES[i], i + 1);
            return Err(vm.type_error(msg));
        }
    }
    if let Some(key) = keys.iter().find(|k| !NAMES.contains(&k.as_str())) {
        return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {name}()")));
    }
    Ok(args)
}

/// `product(*iterables, repeat=1)`.
fn product(vm: &mut Vm, a: &Args) -> PResult<Combinatoric> {
    let mut repeat = 1;
    if a.kw.len() > 1 {
        let msg = format!("product() takes at most 1 keyword argument ({} given)", a.kw.len());
        return Err(vm.type_error(msg));
    }
    if let Some(&(key, value)) = a.kw.first() {
        let key = vm.str_of(key).unwrap_or_default().to_string();
        if key != "repeat" {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for product()")));
        }
        let n = crate::strings::int_arg(vm, value)?;
        repeat =
            usize::try_from(n).map_err(|_| vm.err("ValueError", "repeat argument cannot be negative"))?;
    }
    let npools = a.pos.len().checked_mul(repeat).filter(|n| isize::try_from(*n).is_ok());
    let Some(npools) = npools else { return Err(vm.err("OverflowError", "repeat argument too large")) };
    // All pools in one vector; each position's is a (start, length) in it.
    let mut pool = Vec::new();
    let mut spans = Vec::new();
    for &iterable in &a.pos {
        let items = vm.collect_iter(iterable)?;
        spans.push((pool.len(), items.len()));
        pool.extend(items);
    }
    let mut bounds = Vec::new();
    if bounds.try_reserve_exact(npools).is_err() {
        return Err(vm.err("MemoryError", ""));
    }
    bounds.extend(spans.iter().cycle().take(npools));
    let mut state = Combinatoric::new(vm, TypeKind::Product, pool, npools)?;
    state.bounds = bounds;
    Ok(state)
}

/// The state of one combinatoric iterator: CPython's `indices` (and
/// `cycles`) over a pool, updated in place from one item to the next.
pub struct Combinatoric {
    kind: TypeKind,
    pool: Vec<Value>,
    indices: Vec<usize>,
    /// `permutations`: how many more times each position turns.
    cycles: Vec<usize>,
    /// `product`: where each position's pool lies in `pool`, and its length.
    bounds: Vec<(usize, usize)>,
    /// The length of each item.
    r: usize,
    /// Whether the first item was given.
    started: bool,
}

impl Combinatoric {
    /// The state before the first item, or `MemoryError` for index vectors
    /// too large to allocate.
    fn new(vm: &mut Vm, kind: TypeKind, pool: Vec<Value>, r: usize) -> PResult<Combinatoric> {
        let n = pool.len();
        // An iterator with no items needs no vectors (`r` may be huge).
        let (indices, cycles) = match kind {
            TypeKind::Permutations if r <= n => ((0..n).collect(), (n - r + 1..=n).rev().collect()),
            TypeKind::Combinations if r <= n => ((0..r).collect(), Vec::new()),
            TypeKind::CombinationsWithReplacement if n > 0 => (zeros(vm, r)?, Vec::new()),
            TypeKind::Product => (zeros(vm, r)?, Vec::new()),
            _ => (Vec::new(), Vec::new()),
        };
        Ok(Combinatoric { kind, pool, indices, cycles, bounds: Vec::new(), r, started: false })
    }

    /// Its class.
    pub fn kind(&self) -> TypeKind {
        self.kind
    }

    /// Calls `f` on every value it holds.
    pub fn for_each_value(&self, f: &mut dyn FnMut(Value)) {
        self.pool.iter().for_each(|v| f(*v))
    }

    /// The items of the next tuple, `None` once exhausted.
    pub fn advance(&mut self) -> Option<Vec<Value>> {
        if !self.started {
            self.started = true;
            if self.is_empty() {
                return None;
            }
        } else if !self.step() {
            return None;
        }
        let items = match self.kind {
            TypeKind::Product => {
                self.indices.iter().zip(&self.bounds).map(|(i, (start, _))| self.pool[start + i]).collect()
            }
            _ => self.indices[..self.r].iter().map(|i| self.pool[*i]).collect(),
        };
        Some(items)
    }

    /// Whether it has no items at all.
    fn is_empty(&self) -> bool {
        let n = self.pool.len();
        match self.kind {
            TypeKind::Product => self.bounds.iter().any(|(_, len)| *len == 0),
            TypeKind::CombinationsWithReplacement => n == 0 && self.r > 0,
            _ => self.r > n,
        }
    }

    /// Moves the indices to the next item; `false` past the last.
    fn step(&mut self) -> bool {
        let (n, r) = (self.pool.len(), self.r);
        let indices = &mut self.indices;
        match self.kind {
            TypeKind::Permutations => {
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        indices[i..].rotate_left(1);
                        self.cycles[i] = n - i;
                    } else {
                        indices.swap(i, n - self.cycles[i]);
                        return true;
                    }
                }
                false
            }
            TypeKind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else { return false };
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
                true
            }
            TypeKind::CombinationsWithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else { return false };
                let next = indices[i] + 1;
                indices[i..].fill(next);
                true
            }
            _ => {
                for (index, (_, len)) in indices.iter_mut().zip(&self.bounds).rev() {
                    *index += 1;
                    if *index < *len {
                        return true;
                    }
                    *index = 0;
                }
                false
            }
        }
    }
}

/// `r` zero indices, or `MemoryError`.
fn zeros(vm: &mut Vm, r: usize) -> PResult<Vec<usize>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(r).is_err() {
        return Err(vm.err("MemoryError", ""));
    }
    v.resize(r, 0);
    Ok(v)
}
