//! The payloads of heap objects: one variant per kind of builtin object.
//!
//! An object's Python type follows from its variant (`Vm::type_of`), except
//! for exceptions and instances of user classes, which carry their class:
//! [`Instance`] (with its `__dict__`, its `__slots__` values, and for a
//! subclass of a builtin type like `list`, the builtin value it extends).

use std::rc::Rc;

use num_bigint::BigInt;

use crate::dict::Dict;
use crate::frame::{CodeInfo, Frame};
use crate::str_text::{IntoStrText, StrText};
use crate::value::{ObjRef, Value};

/// Signature of a function written in Rust.
pub type NativeFn = fn(&mut crate::vm::Vm, &crate::call::Args) -> crate::vm::PResult<Value>;

/// An immutable `str`: its text, its hash (computed on first use, as
/// CPython does: building a string must not pay for hashing it) and its
/// length in characters.
///
/// Known gap: text is stored as UTF-8, so a lone surrogate in a constant is
/// replaced by U+FFFD (CPython keeps it).
#[derive(Debug)]
pub struct PyStr {
    text: StrText,
    /// The hash once computed; -1 (never a hash: CPython maps -1 to -2) until then.
    hash: std::cell::Cell<i64>,
    /// Length in code points; equal to `text.len()` when the text is ASCII,
    /// which lets indexing take the fast path.
    pub chars: usize,
}

impl PyStr {
    pub fn new(text: impl IntoStrText) -> PyStr {
        let text = text.into_str_text();
        let s = text.as_str();
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { text, hash: std::cell::Cell::new(-1), chars }
    }

    /// `self + tail`, linear over a loop of `s += t` (see `str_text.rs`).
    pub fn concat(&self, tail: &PyStr) -> PyStr {
        let text = self.text.concat(tail.as_str());
        PyStr { text, hash: std::cell::Cell::new(-1), chars: self.chars + tail.chars }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// The text, copied without an allocation for most strings (`StrText::copy`).
    pub fn text_copy(&self) -> StrText {
        self.text.copy()
    }

    /// The memory this string's creation allocated.
    pub fn fresh_bytes(&self) -> usize {
        self.text.fresh_bytes()
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != -1 {
            return cached;
        }
        let hash = crate::semantics::hash::hash_str(self.as_str(), crate::semantics::hash::HashKey::ZERO);
        self.hash.set(hash);
        hash
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
    }
}

pub struct Function {
    pub code: Rc<CodeInfo>,
    pub globals: ObjRef,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults: a dict, or `Value::None`.
    pub kwdefaults: Value,
    pub annotations: Value,
    pub closure: Vec<ObjRef>,
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
    /// `__dict__`, created on first attribute store.
    pub dict: Option<ObjRef>,
    /// Whether it binds as a method when found on a class: false for the
    /// functions of embedded modules that stand for CPython's C functions,
    /// which do not (`converter = time.localtime` in a class).
    pub binds: bool,
}

#[derive(Clone, Copy)]
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// A method of a builtin type (shown as `<method 'x' of 'T' objects>`).
    pub owner: Option<&'static str>,
    /// Receives an instance of a subclass itself rather than the builtin
    /// value it extends (`dict.__getitem__`, which must find `__missing__`).
    pub takes_instance: bool,
}

pub struct Module {
    pub name: String,
    pub dict: ObjRef,
}

/// A class: builtin or user-defined.
pub struct TypeObject {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<ObjRef>,
    /// Method resolution order, this type first.
    pub mro: Vec<ObjRef>,
    pub dict: ObjRef,
    /// The layout of instances: for a user class, that of its builtin base
    /// (`Object` for plain classes, `List` for `class Stack(list)`...).
    pub kind: crate::types::TypeKind,
    /// Defined by a `class` statement or `type(name, bases, ns)`: its
    /// attributes may change, and its instances are looked at through the
    /// data model (special methods) rather than by variant alone.
    pub heap_type: bool,
    /// The metaclass, when it is not `type`.
    pub meta: Option<ObjRef>,
    /// How many `__slots__` values an instance carries (its bases' included).
    pub nslots: usize,
    /// Whether instances have a `__dict__` (false when every class of the MRO
    /// declares `__slots__` without `__dict__`).
    pub instance_dict: bool,
    /// Classes that named this one as a base, for `__subclasses__()`. Not
    /// traced by the collector (CPython holds them weakly): readers keep
    /// only entries that are still classes with this one among their bases.
    pub subclasses: Vec<ObjRef>,
    /// What calling the class runs (`Vm::python_init`), remembered with the
    /// method cache's epoch it holds for: the `__init__` function, or
    /// `Value::Null` for none to run in place.
    pub init_plan: std::cell::Cell<(u64, Value)>,
}

impl TypeObject {
    /// A builtin type's object (no metaclass, no slots, not mutable).
    pub fn builtin(name: &str, dict: ObjRef, kind: crate::types::TypeKind) -> TypeObject {
        TypeObject {
            name: name.to_string(),
            qualname: name.to_string(),
            module: "builtins".into(),
            bases: vec![],
            mro: vec![],
            dict,
            kind,
            heap_type: false,
            meta: None,
            nslots: 0,
            instance_dict: false,
            subclasses: Vec::new(),
            init_plan: std::cell::Cell::new((0, Value::Null)),
        }
    }
}

/// An instance of a user class.
pub struct Instance {
    pub class: ObjRef,
    /// `__dict__`: created on the first attribute store (`None` before, or
    /// always when the class has `__slots__` only).
    pub dict: Option<ObjRef>,
    /// `__slots__` values, `Value::Null` while unset.
    pub slots: Box<[Value]>,
    /// For an instance of a subclass of a builtin type (`list`, `dict`,
    /// `int`...), the builtin value it is; `Value::Null` otherwise.
    pub base: Value,
    /// `__del__` has run (or was due): it runs at most once (PEP 442).
    pub finalized: bool,
    /// For an instance of a class with `__del__`, when it was made (a
    /// count): garbage is finalized in the order it was made, as CPython's
    /// collector does. 0 for the others.
    pub born: u32,
}

impl Instance {
    /// An instance of a builtin-made class (a generic alias, a struct
    /// sequence...) whose attributes are all in `dict`.
    pub fn with_dict(class: ObjRef, dict: ObjRef) -> Instance {
        Instance {
            class,
            dict: Some(dict),
            slots: Box::new([]),
            base: Value::Null,
            finalized: false,
            born: 0,
        }
    }
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name (`__set_name__`), for error messages.
    pub name: Value,
    /// For a read-only attribute of a builtin type (`Vm::add_getter`): the
    /// type's name, which CPython's getset descriptors show in their repr
    /// and errors (`attribute 'maxlen' of 'collections.deque' objects`).
    pub getset: Option<std::borrow::Cow<'static, str>>,
}

/// An exception instance (any class derived from `BaseException`).
pub struct ExceptionObj {
    pub class: ObjRef,
    /// A tuple.
    pub args: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Where it was raised and passed through (`__traceback__`).
    pub traceback: crate::traceback_object::Traceback,
    /// Extra attributes (`filename`, `errno`, `code`, `value`, `name`...).
    pub dict: Option<ObjRef>,
    /// For a `NameError`: the name to suggest when it is printed
    /// (`suggestions.rs`).
    pub hint: Option<Box<str>>,
    /// For an `AttributeError` a failed lookup raised: its `name` and `obj`
    /// (slots in CPython, not in `__dict__`), kept here so that the failed
    /// lookups of `hasattr` and `getattr(x, n, default)` allocate no dict.
    pub attr_context: Option<(Value, Value)>,
}

pub enum IterKind {
    /// A list, tuple, str, bytes... by index.
    Seq(Value, usize),
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Keys (0), values (1) or items (2) of a dict, or a set's elements:
    /// the table, the next entry, what to yield, and the size the table had
    /// when iteration began (a change is CPython's `RuntimeError`).
    Dict(ObjRef, usize, u8, usize),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Reversed(Value, usize),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
    /// A deque's iterator (`reversed`: from its right end): the items not
    /// yet given, and the deque's `state` when iteration began (see
    /// `deque::Deque`).
    Deque {
        deque: ObjRef,
        remaining: usize,
        state: u64,
        reversed: bool,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`... until `IndexError`.
    GetItem(Value, usize),
    /// `itertools.permutations`, `combinations`... (`modules/itertools.rs`).
    Combinatoric(Box<crate::modules::itertools::Combinatoric>),
    /// `itertools.islice`.
    Islice(Box<crate::modules::itertools::Islice>),
    /// `itertools.accumulate`.
    Accumulate(Box<crate::modules::itertools::Accumulate>),
    /// `itertools.chain`: the iterator of the iterables, and the iterator
    /// of the current one (`Value::Null` before the first).
    Chain(Value, Value),
    /// Finished (or parked while it steps, see `Vm::next`): it holds nothing
    /// but still has its type.
    Exhausted(crate::types::TypeKind),
}

/// One step of a range iterator at `next`: the int it gives, `next`
/// moved on; `None` once past `stop`.
#[inline(always)]
pub fn step_range(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let cur = *next;
    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
        *next = cur.wrapping_add(step);
        Some(cur)
    } else {
        None
    }
}

impl IterKind {
    /// Calls `f` on every value the iterator's state refers to.
    pub fn for_each_value(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterKind::Seq(v, _) | IterKind::Reversed(v, _) | IterKind::GetItem(v, _) => f(*v),
            IterKind::Range { .. } | IterKind::Exhausted(_) => {}
            IterKind::Dict(d, ..) | IterKind::Deque { deque: d, .. } => f(Value::Obj(*d)),
            IterKind::Islice(s) => f(s.it),
            IterKind::Accumulate(s) => [s.it, s.func, s.total, s.initial].into_iter().for_each(f),
            IterKind::Enumerate(a, b)
            | IterKind::Filter(a, b)
            | IterKind::Callable(a, b)
            | IterKind::Chain(a, b) => {
                f(*a);
                f(*b)
            }
            IterKind::Zip(vs, _) => vs.iter().for_each(|v| f(*v)),
            IterKind::Combinatoric(c) => c.for_each_value(f),
            IterKind::Map(g, vs) => {
                f(*g);
                vs.iter().for_each(|v| f(*v))
            }
        }
    }
}

/// What kind of function made a [`Generator`]: its code's flags decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

pub struct Generator {
    pub kind: GenKind,
    /// The suspended frame (`None` while it runs or once finished).
    pub frame: Option<Frame>,
    /// The frame's locals and value stack while suspended.
    pub saved: Vec<Value>,
    pub running: bool,
    pub finished: bool,
    pub name: Value,
    pub qualname: Value,
}

pub struct FileObj {
    pub fd: Option<os_layer::Fd>,
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    /// Bytes read from the OS but not yet returned (a text file: not yet
    /// decoded).
    pub pending: Vec<u8>,
    /// One of the standard streams (`sys.stdout` & co.): writes go through
    /// `write_stream`.
    pub stream: Option<os_layer::OutStream>,
    /// A text file's codec and line endings (`text_layer.rs`); None for a
    /// binary file.
    pub text: Option<Box<crate::text_layer::TextLayer>>,
}

pub enum Object {
    Str(PyStr),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Int(BigInt),
    Complex(f64, f64),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    /// `collections.deque` (`deque.rs`).
    Deque(crate::deque::Deque),
    Dict(Dict),
    /// A set: a dict whose values are unused.
    Set(Dict),
    FrozenSet(Dict),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice(Value, Value, Value),
    Iter(IterKind),
    /// `dict.keys()` (0), `values()` (1), `items()` (2).
    DictView(ObjRef, u8),
    Function(Box<Function>),
    Cell(Value),
    Builtin(Builtin),
    BoundMethod {
        receiver: Value,
        func: Value,
    },
    Module(Module),
    Type(Box<TypeObject>),
    Exception(Box<ExceptionObj>),
    Code(Rc<CodeInfo>),
    /// `types.FrameType` (`frame_object.rs`).
    Frame(Box<crate::frame_object::FrameObj>),
    /// `types.TracebackType` (`traceback_object.rs`).
    Traceback(crate::traceback_object::TracebackObj),
    Generator(Box<Generator>),
    File(Box<FileObj>),
    Instance(Instance),
    /// A value an asynchronous generator yields to its `async for` (`AsyncGenWrap`).
    AsyncGenWrapped(Value),
    /// The awaitable of one step of an asynchronous generator
    /// (`__anext__()`, `asend(v)`, `athrow(e)`): awaiting it resumes the generator.
    AsyncGenStep {
        generator: ObjRef,
        /// What to send first (a value), or the exception to throw.
        first: Result<Value, ObjRef>,
        started: bool,
        done: bool,
        /// `aclose()`: the `GeneratorExit` thrown in ends the step quietly.
        closing: bool,
    },
    Property(Box<Property>),
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(type, obj)`: attribute lookup in `obj`'s MRO after `type`.
    Super {
        this: ObjRef,
        obj: Value,
    },
    /// `memoryview(obj)`: a window on the bytes of a bytes or bytearray.
    MemoryView(Box<crate::memoryview::MemoryView>),
    /// A `__slots__` entry on the class: slot `index` of instances.
    Member {
        name: Value,
        owner: ObjRef,
        index: usize,
    },
    /// `_collections._tuplegetter(index, doc)`: a named tuple's field, item
    /// `index` of instances, read-only (`modules/collections.rs`).
    TupleGetter {
        index: i64,
        doc: Value,
    },
    NotImplemented,
    Ellipsis,
}

impl Object {
    /// The bytes of a variable-size payload (strings, bytes, lists, tuples),
    /// which the collector counts towards its next collection.
    #[inline]
    pub fn payload_bytes(&self) -> usize {
        match self {
            Object::Str(s) => s.fresh_bytes(),
            Object::Int(n) => (n.bits() / 8) as usize,
            Object::Bytes(b) | Object::ByteArray(b) => b.len(),
            Object::List(l) => l.len() * std::mem::size_of::<Value>(),
            Object::Deque(d) => d.items.len() * std::mem::size_of::<Value>(),
            Object::Tuple(t) => t.len() * std::mem::size_of::<Value>(),
            _ => 0,
        }
    }

    /// Calls `f` on every value this object refers to (the collector's trace).
    pub fn for_each_child(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::Int(_)
            | Object::Complex(..)
            | Object::Range { .. }
            | Object::Builtin(_)
            | Object::NotImplemented
            | Object::Ellipsis => {}
            Object::Code(info) => info.for_each_value(f),
            Object::Frame(frame) => frame.for_each_value(f),
            Object::Traceback(tb) => {
                f(Value::Obj(tb.frame));
                f(tb.next)
            }
            Object::List(items) => items.iter().for_each(|v| f(*v)),
            Object::Deque(d) => d.items.iter().for_each(|v| f(*v)),
            Object::Tuple(items) => items.iter().for_each(|v| f(*v)),
            Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => d.for_each_value(f),
            Object::Slice(a, b, c) => {
                f(*a);
                f(*b);
                f(*c)
            }
            Object::Iter(kind) => kind.for_each_value(f),
            Object::DictView(d, _) => f(Value::Obj(*d)),
            Object::Function(func) => {
                func.code.for_each_value(f);
                f(Value::Obj(func.globals));
                func.defaults.iter().for_each(|v| f(*v));
                f(func.kwdefaults);
                f(func.annotations);
                func.closure.iter().for_each(|c| f(Value::Obj(*c)));
                f(func.name);
                f(func.qualname);
                f(func.doc);
                f(func.module);
                if let Some(d) = func.dict {
                    f(Value::Obj(d))
                }
            }
            Object::Cell(v) => f(*v),
            Object::BoundMethod { receiver, func } => {
                f(*receiver);
                f(*func)
            }
            Object::Module(m) => f(Value::Obj(m.dict)),
            Object::Type(t) => {
                t.bases.iter().chain(t.mro.iter()).chain(t.meta.iter()).for_each(|r| f(Value::Obj(*r)));
                f(Value::Obj(t.dict))
            }
            Object::Exception(e) => {
                f(Value::Obj(e.class));
                f(e.args);
                f(e.cause);
                f(e.context);
                if let Some(d) = e.dict {
                    f(Value::Obj(d))
                }
                if let Some((name, obj)) = e.attr_context {
                    f(name);
                    f(obj);
                }
                e.traceback.for_each_value(f);
            }
            Object::Generator(g) => {
                g.saved.iter().for_each(|v| f(*v));
                if let Some(frame) = &g.frame {
                    frame.for_each_root(f);
                }
                f(g.name);
                f(g.qualname);
            }
            Object::File(file) => f(file.name),
            Object::Instance(i) => {
                f(Value::Obj(i.class));
                if let Some(d) = i.dict {
                    f(Value::Obj(d))
                }
                i.slots.iter().for_each(|v| f(*v));
                f(i.base)
            }
            Object::Property(p) => {
                f(p.fget);
                f(p.fset);
                f(p.fdel);
                f(p.doc);
                f(p.name)
            }
            Object::ClassMethod(v) | Object::StaticMethod(v) | Object::AsyncGenWrapped(v) => f(*v),
            Object::AsyncGenStep { generator, first, .. } => {
                f(Value::Obj(*generator));
                match first {
                    Ok(v) => f(*v),
                    Err(e) => f(Value::Obj(*e)),
                }
            }
            Object::Super { this, obj } => {
                f(Value::Obj(*this));
                f(*obj)
            }
            Object::Member { name, owner, .. } => {
                f(*name);
                f(Value::Obj(*owner))
            }
            Object::TupleGetter { doc, .. } => f(*doc),
            Object::MemoryView(view) => {
                f(view.obj);
                f(Value::Obj(view.buffer))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every heap slot is one `Option<Object>`: the largest variant decides
    /// the memory of every object. Big payloads are boxed to keep it so.
    #[test]
    fn an_object_is_at_most_72_bytes() {
        assert!(std::mem::size_of::<Option<super::Object>>() <= 72);
    }
}
