//! The builtin iterator types: one class per kind of iterator, named as
//! CPython names them (`list_iterator`, `str_ascii_iterator`,
//! `dict_keyiterator`, `zip`, `map`...), and their `__iter__`/`__next__`.
//!
//! Every builtin iterator is one `Object::Iter` whose [`IterKind`] holds its
//! state; its class follows from that state (`Vm::iter_class`), so naming
//! the types costs iteration nothing. `zip`, `map`, `filter`, `enumerate`
//! and `reversed` are classes a program calls (`builtins::construct`) and
//! may derive from: an instance of such a subclass carries the iterator it
//! extends as its base value, and is its own iterator (`iter(obj) is obj`).

use crate::modules::itertools::KINDS as ITERTOOLS_KINDS;
use crate::object::{IterKind, Object};
use crate::types::TypeKind;
use crate::value::Value;
use crate::vm::Vm;

/// Whether `kind` is an iterator type no class may derive from: all but
/// the five builtins and the `itertools` types a program calls.
pub(crate) fn is_final_iterator(kind: TypeKind) -> bool {
    ITERATOR_KINDS.contains(&kind) && !CALLABLE_KINDS.contains(&kind) && !ITERTOOLS_KINDS.contains(&kind)
}

/// The iterator types, each with `__iter__` and `__next__`.
const ITERATOR_KINDS: &[TypeKind] = &[
    TypeKind::Iterator,
    TypeKind::ListIterator,
    TypeKind::ListReverseIterator,
    TypeKind::TupleIterator,
    TypeKind::StrAsciiIterator,
    TypeKind::StrIterator,
    TypeKind::BytesIterator,
    TypeKind::ByteArrayIterator,
    TypeKind::RangeIterator,
    TypeKind::DictKeyIterator,
    TypeKind::DictValueIterator,
    TypeKind::DictItemIterator,
    TypeKind::SetIterator,
    TypeKind::CallableIterator,
    TypeKind::Reversed,
    TypeKind::Enumerate,
    TypeKind::Zip,
    TypeKind::Map,
    TypeKind::Filter,
    TypeKind::MemoryIterator,
    // The deque's (installed with `_collections`).
    TypeKind::DequeIterator,
    TypeKind::DequeReverseIterator,
    TypeKind::Permutations,
    TypeKind::Combinations,
    TypeKind::CombinationsWithReplacement,
    TypeKind::Product,
    TypeKind::Islice,
    TypeKind::Chain,
    TypeKind::Accumulate,
];

/// The iterator types a program may call and derive from, as in CPython.
pub const CALLABLE_KINDS: &[TypeKind] =
    &[TypeKind::Reversed, TypeKind::Enumerate, TypeKind::Zip, TypeKind::Map, TypeKind::Filter];

pub fn install(vm: &mut Vm) {
    for &kind in ITERATOR_KINDS {
        if !matches!(kind, TypeKind::DequeIterator | TypeKind::DequeReverseIterator) {
            install_protocol(vm, kind, crate::types::BUILTIN_TYPES[kind as usize].1);
        }
    }
}

/// `__iter__` and `__next__` of iterator type `kind`.
pub(crate) fn install_protocol(vm: &mut Vm, kind: TypeKind, owner: &'static str) {
    let t = vm.types.get(kind);
    vm.add_method(t, owner, "__iter__", |_, a| Ok(a.get(0).unwrap_or(Value::None)));
    vm.add_method(t, owner, "__next__", |vm, a| {
        let it = a.get(0).unwrap_or(Value::None);
        match vm.next(it)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        }
    });
}

impl Vm {
    /// The class of an iterator in state `kind`.
    pub(crate) fn iter_class(&self, kind: &IterKind) -> TypeKind {
        match kind {
            IterKind::Seq(Value::Obj(r), _) => match self.heap.get(*r) {
                Object::List(_) => TypeKind::ListIterator,
                Object::Tuple(_) => TypeKind::TupleIterator,
                Object::Str(s) if s.is_ascii() => TypeKind::StrAsciiIterator,
                Object::Str(_) => TypeKind::StrIterator,
                Object::Bytes(_) => TypeKind::BytesIterator,
                Object::ByteArray(_) => TypeKind::ByteArrayIterator,
                Object::MemoryView(_) => TypeKind::MemoryIterator,
                _ => TypeKind::Iterator,
            },
            IterKind::Seq(..) | IterKind::GetItem(..) => TypeKind::Iterator,
            IterKind::Range { .. } => TypeKind::RangeIterator,
            IterKind::Dict(d, _, what, _) => match (self.heap.get(*d), what) {
                (Object::Dict(_), 0) => TypeKind::DictKeyIterator,
                (Object::Dict(_), 1) => TypeKind::DictValueIterator,
                (Object::Dict(_), _) => TypeKind::DictItemIterator,
                _ => TypeKind::SetIterator,
            },
            // `reversed()` of a list or a range is their own `__reversed__`.
            IterKind::Reversed(Value::Obj(r), _) => match self.heap.get(*r) {
                Object::List(_) => TypeKind::ListReverseIterator,
                Object::Range { .. } => TypeKind::RangeIterator,
                _ => TypeKind::Reversed,
            },
            IterKind::Reversed(..) => TypeKind::Reversed,
            IterKind::Enumerate(..) => TypeKind::Enumerate,
            IterKind::Zip(..) => TypeKind::Zip,
            IterKind::Map(..) => TypeKind::Map,
            IterKind::Filter(..) => TypeKind::Filter,
            IterKind::Callable(..) => TypeKind::CallableIterator,
            IterKind::Deque { reversed: false, .. } => TypeKind::DequeIterator,
            IterKind::Deque { reversed: true, .. } => TypeKind::DequeReverseIterator,
            IterKind::Combinatoric(c) => c.kind(),
            IterKind::Islice(_) => TypeKind::Islice,
            IterKind::Chain(..) => TypeKind::Chain,
            IterKind::Accumulate(_) => TypeKind::Accumulate,
            IterKind::Exhausted(kind) => *kind,
        }
    }

    /// The builtin iterator an instance of a subclass of `zip`, `map`...
    /// extends, if it is one.
    pub(crate) fn base_iterator(&self, obj: Value) -> Option<Value> {
        let base = self.base_value(obj);
        match base {
            Value::Obj(r) if !base.is(obj) && matches!(self.heap.get(r), Object::Iter(_)) => Some(base),
            _ => None,
        }
    }
}
