//! `Vm`: the state of one running program, and the helpers every other
//! module uses to make objects, raise exceptions and load code.

use std::collections::HashMap;

// FxHash: these maps are keyed by our own names and addresses, not by
// input an attacker picks, and SipHash was a tenth of start-up.
use rustc_hash::FxHashMap;

use crate::str_text::IntoStrText;
use std::rc::Rc;
use std::sync::Arc;

use compiler_layer::{CodeObject, Compiler, Constant};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use os_layer::OsBackend;

use crate::dict::{Dict, Slot};
use crate::frame::{CodeInfo, Frame};
use crate::heap::Heap;
use crate::method_cache::MethodCache;
use crate::object::{Builtin, ExceptionObj, Module, NativeFn, Object, PyStr, TypeObject};
use crate::special::{BinaryNames, SpecialNames};
use crate::types::{TypeKind, Types, BUILTIN_TYPES, EXCEPTIONS};
use crate::value::{ObjRef, Value};

/// Whether the `tp_name` of builtin type `t` names its module (see `Vm::type_obj_name`).
fn qualified(t: &TypeObject) -> bool {
    !t.heap_type && t.kind != TypeKind::Exception && t.module != "builtins"
}

/// A raised exception: the exception instance.
#[derive(Clone, Copy, Debug)]
pub struct Exc(pub ObjRef);

pub type PResult<T> = Result<T, Exc>;

/// How deep native code may nest calls back into Python (each nesting runs
/// a dispatch loop on the Rust stack). Python-to-Python calls do not count.
pub const MAX_NATIVE_DEPTH: usize = 120;

pub struct Vm {
    pub heap: Heap,
    pub(crate) finalization: crate::finalize::Finalization,
    /// The value stack shared by all frames (see `frame.rs`).
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub types: Types,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub sys: ObjRef,
    pub os: Arc<dyn OsBackend>,
    pub compiler: Arc<dyn Compiler>,
    /// Temporaries native code holds across calls back into Python (GC roots).
    pub roots: Vec<Value>,
    /// The exception being handled (`sys.exc_info()[1]`), or `None`.
    pub handled: Value,
    pub recursion_limit: usize,
    /// `sys.set_int_max_str_digits`: the most digits `str(int)` and
    /// `int(str)` convert (0: no limit).
    pub int_max_str_digits: usize,
    pub native_depth: usize,
    /// Emptied argument vectors of finished builtin calls, reused (`call.rs`).
    pub(crate) spare_args: Vec<Vec<Value>>,
    /// The keyword names (a tuple constant) for the next `Call`.
    pub kwnames: Value,
    /// Set by `YieldValue` when the nested loop returns a yielded value.
    pub yielded: bool,
    /// What a draining generator frame (`Frame::draining`) may hand over
    /// on `Vm::roots` without suspending (see `generator.rs`).
    pub drain: crate::generator::Drain,
    /// An exception to raise in the frame the dispatch loop enters next, at
    /// its current instruction: `generator.throw()` and `close()`.
    pub(crate) pending_throw: Option<Exc>,
    /// The frame objects of running frames (`frame_object.rs`).
    pub(crate) frame_objects: crate::frame_object::FrameObjects,
    code_cache: FxHashMap<usize, Rc<CodeInfo>>,
    interned: crate::interner::Interner,
    /// The one-character ASCII strings, interned on first use: `s[i]` and
    /// `for c in s` hand these out instead of allocating (CPython caches them too).
    ascii_chars: [Option<ObjRef>; 128],
    /// Source text of files, for traceback lines.
    pub sources: HashMap<String, Rc<str>>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub stdout: Value,
    pub stderr: Value,
    pub stdin: Value,
    /// Instructions executed (the step counter an embedder can read).
    pub steps: u64,
    /// Special-method names, interned (see `special.rs`).
    pub special: SpecialNames,
    /// The lists, tuples and dicts whose `repr` is being made: met again
    /// inside, they show as `[...]` (CPython's `Py_ReprEnter`).
    pub(crate) repr_active: Vec<Value>,
    /// `str.format`'s templates, parsed once (`semantics::str_format`).
    pub(crate) format_templates: crate::semantics::str_format::ParsedTemplates,
    /// `list.append`, which `Call` runs in place on a list (`interp.rs`).
    pub(crate) list_append: Value,
    /// `len` and `isinstance`, which `call_at` answers without an argument list.
    pub(crate) builtin_len: Value,
    pub(crate) builtin_isinstance: Value,
    /// `next`, `generator.__next__` and `generator.send`, which `call_at`
    /// turns into a resumption in place (`Vm::enter_generator_call`).
    pub(crate) generator_resumers: [Value; 3],
    pub binary_names: BinaryNames,
    /// Answers of `lookup_type`/`lookup_user` (see `method_cache.rs`).
    pub method_cache: MethodCache,
    /// The classes of `list[int]` and `int | None` (`generic_alias.rs`).
    pub aliases: crate::generic_alias::AliasClasses,
    /// The importer's loader and state (`import.rs`).
    pub import: crate::import::ImportState,
    /// The memoryviews that keep bytearrays from resizing (`exports.rs`).
    pub exports: crate::exports::Exports,
}

impl Vm {
    pub fn new(os: Arc<dyn OsBackend>, compiler: Arc<dyn Compiler>) -> Vm {
        let mut heap = Heap::new();
        // Types first: a type's dict is a plain dict object.
        let mut by_kind = Vec::new();
        for (kind, name) in BUILTIN_TYPES {
            let dict = heap.alloc(Object::Dict(Dict::new()));
            let t = heap.alloc(Object::Type(Box::new(TypeObject::builtin(name, dict, *kind))));
            by_kind.push(t);
        }
        let object = by_kind[0];
        for (i, t) in by_kind.iter().enumerate() {
            let (bases, mro) = if i == 0 {
                (vec![], vec![*t])
            } else if BUILTIN_TYPES[i].0 == TypeKind::Bool {
                let int = by_kind[TypeKind::Int as usize];
                (vec![int], vec![*t, int, object])
            } else {
                (vec![object], vec![*t, object])
            };
            if let Some(Object::Type(ty)) = heap.get_mut(*t) {
                ty.bases = bases;
                ty.mro = mro;
            }
        }
        let mut exceptions = FxHashMap::default();
        for (name, base) in EXCEPTIONS {
            let base_ref = if *base == "object" { object } else { exceptions[base] };
            let mut mro = vec![];
            if let Object::Type(b) = heap.get(base_ref) {
                mro = b.mro.clone();
            }
            let dict = heap.alloc(Object::Dict(Dict::new()));
            let mut class = TypeObject::builtin(name, dict, TypeKind::Exception);
            class.bases = vec![base_ref];
            let t = heap.alloc(Object::Type(Box::new(class)));
            mro.insert(0, t);
            if let Some(Object::Type(ty)) = heap.get_mut(t) {
                ty.mro = mro;
            }
            exceptions.insert(*name, t);
        }
        // `io.UnsupportedOperation(OSError, ValueError)`: the one builtin
        // exception with two bases.
        let (unsupported, os_error, value_error) =
            (exceptions["UnsupportedOperation"], exceptions["OSError"], exceptions["ValueError"]);
        let value_error_mro = match heap.get(value_error) {
            Object::Type(t) => t.mro.clone(),
            _ => vec![],
        };
        if let Some(Object::Type(t)) = heap.get_mut(unsupported) {
            t.module = "io".into();
            t.bases = vec![os_error, value_error];
            t.mro = vec![unsupported, os_error];
            t.mro.extend(value_error_mro);
        }
        let builtins = heap.alloc(Object::Dict(Dict::new()));
        let modules = heap.alloc(Object::Dict(Dict::new()));
        let not_implemented = heap.alloc_value(Object::NotImplemented);
        let ellipsis = heap.alloc_value(Object::Ellipsis);
        let empty_tuple = heap.alloc_value(Object::Tuple(Box::new([])));
        let mut vm = Vm {
            heap,
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            types: Types { by_kind, exceptions },
            builtins,
            modules,
            sys: builtins,
            os,
            compiler,
            roots: Vec::new(),
            handled: Value::None,
            recursion_limit: 1000,
            int_max_str_digits: crate::semantics::int_ops::DEFAULT_MAX_STR_DIGITS,
            native_depth: 0,
            spare_args: Vec::new(),
            kwnames: Value::Null,
            yielded: false,
            drain: crate::generator::Drain::ALL,
            pending_throw: None,
            frame_objects: Default::default(),
            code_cache: FxHashMap::default(),
            // Room for the builtins' names, so start-up never rehashes.
            interned: crate::interner::Interner::with_capacity(2048),
            ascii_chars: [None; 128],
            sources: HashMap::new(),
            not_implemented,
            ellipsis,
            empty_tuple,
            stdout: Value::None,
            stderr: Value::None,
            stdin: Value::None,
            steps: 0,
            special: SpecialNames::default(),
            list_append: Value::Null,
            builtin_len: Value::Null,
            builtin_isinstance: Value::Null,
            generator_resumers: [Value::Null; 3],
            repr_active: Vec::new(),
            format_templates: Default::default(),
            binary_names: BinaryNames(Vec::new()),
            method_cache: MethodCache::default(),
            finalization: Default::default(),
            aliases: Default::default(),
            import: Default::default(),
            exports: Default::default(),
        };
        vm.special = SpecialNames::intern(&mut vm);
        vm.binary_names = BinaryNames::intern(&mut vm);
        crate::methods::install(&mut vm);
        let append = vm.intern("append");
        vm.list_append =
            vm.lookup_type(vm.types.get(crate::types::TypeKind::List), append).unwrap_or(Value::Null);
        crate::iterators::install(&mut vm);
        crate::memoryview::install(&mut vm);
        crate::classes::install(&mut vm);
        vm.aliases = crate::generic_alias::install(&mut vm);
        crate::builtins::install(&mut vm);
        let builtins = vm.builtins;
        let generator = vm.types.get(crate::types::TypeKind::Generator);
        let [len, isinstance, next, dunder_next, send] =
            ["len", "isinstance", "next", "__next__", "send"].map(|n| vm.intern(n));
        vm.builtin_len = vm.dict_get_str(builtins, len).unwrap_or(Value::Null);
        vm.builtin_isinstance = vm.dict_get_str(builtins, isinstance).unwrap_or(Value::Null);
        vm.generator_resumers = [
            vm.dict_get_str(builtins, next).unwrap_or(Value::Null),
            vm.lookup_type(generator, dunder_next).unwrap_or(Value::Null),
            vm.lookup_type(generator, send).unwrap_or(Value::Null),
        ];
        crate::modules::install(&mut vm);
        // Needs the importer (its class is `_simple_namespace`'s); cannot fail but for a broken build.
        let _ = crate::sys_implementation::install(&mut vm);
        vm.method_cache.invalidate();
        let stress = vm.os.getenv(crate::gc_stress::VARIABLE);
        vm.heap.set_stress(crate::gc_stress::GcStress::from_variable(stress.as_deref()));
        vm
    }

    // ---- making objects ---------------------------------------------------

    pub fn new_str(&mut self, s: impl IntoStrText) -> Value {
        Value::Obj(self.heap.alloc(Object::Str(PyStr::new(s))))
    }

    /// The `str` of one character.
    #[inline]
    pub fn char_str(&mut self, c: char) -> Value {
        match self.ascii_chars.get(c as usize) {
            Some(Some(r)) => Value::Obj(*r),
            Some(None) => {
                let r = self.intern(c.encode_utf8(&mut [0; 4]));
                self.ascii_chars[c as usize] = Some(r);
                Value::Obj(r)
            }
            None => self.new_str(c.to_string()),
        }
    }

    /// The one `str` object for `s`, kept alive for the whole run: names
    /// from code objects, so that dict lookups hit the identity fast path.
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(r) = self.interned.get(&self.heap, s) {
            return r;
        }
        let r = self.heap.alloc(Object::Str(PyStr::new(s)));
        self.interned.insert(&self.heap, r);
        r
    }

    /// A builtin function that is a method of type `owner` (install time).
    pub fn new_method(&mut self, owner: &'static str, name: &'static str, func: NativeFn) -> Value {
        self.heap.alloc_value(Object::Builtin(Builtin {
            name,
            func,
            owner: Some(owner),
            takes_instance: false,
        }))
    }

    /// Sets attribute `name` in the dict of type `t` (install time).
    pub fn set_type_attr(&mut self, t: ObjRef, name: &str, v: Value) {
        if let Object::Type(ty) = self.heap.get(t) {
            let dict = ty.dict;
            self.dict_set_name(dict, name, v);
        }
    }

    /// Installs `owner.name` as a builtin method of type `t`.
    pub fn add_method(&mut self, t: ObjRef, owner: &'static str, name: &'static str, func: NativeFn) {
        let f = self.new_method(owner, name, func);
        self.set_type_attr(t, name, f);
    }

    /// Installs `owner.name`, a read-only attribute of builtin type `t`
    /// computed by `getter` (a getset descriptor in CPython).
    pub fn add_getter(&mut self, t: ObjRef, owner: &'static str, name: &'static str, getter: NativeFn) {
        let fget = self.new_method(owner, name, getter);
        let attribute = self.new_str(name);
        let property = crate::object::Property {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: attribute,
            getset: Some(std::borrow::Cow::Borrowed(owner)),
        };
        let p = self.heap.alloc_value(Object::Property(Box::new(property)));
        self.set_type_attr(t, name, p);
    }

    /// The interned `str` for `s`, if it has been interned.
    pub fn interned_ref(&self, s: &str) -> Option<ObjRef> {
        self.interned.get(&self.heap, s)
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc_value(Object::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        self.heap.alloc_value(Object::Tuple(items.into_boxed_slice()))
    }

    pub fn new_dict(&mut self) -> ObjRef {
        let table = self.heap.new_dict_table();
        self.heap.alloc(Object::Dict(table))
    }

    /// An `int` from a `BigInt`, demoted to an immediate when it fits.
    pub fn new_int(&mut self, n: BigInt) -> Value {
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => self.heap.alloc_value(Object::Int(n)),
        }
    }

    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let dict = self.new_dict();
        let key = self.intern("__name__");
        let value = self.new_str(name);
        self.dict_set_str(dict, key, value);
        self.heap.alloc(Object::Module(Module { name: name.into(), dict }))
    }

    // ---- reading objects ---------------------------------------------------

    /// The text of a `str` value.
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The text of a str, or of an instance of a str subclass: what a
    /// method asking for a str argument accepts.
    pub fn str_like(&self, v: Value) -> Option<&str> {
        self.str_of(self.base_value(v))
    }

    pub fn type_of(&self, v: Value) -> ObjRef {
        let kind = match v {
            Value::Null | Value::None => TypeKind::NoneType,
            Value::Bool(_) => TypeKind::Bool,
            Value::Int(_) => TypeKind::Int,
            Value::Float(_) => TypeKind::Float,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(_) => TypeKind::Str,
                Object::Bytes(_) => TypeKind::Bytes,
                Object::ByteArray(_) => TypeKind::ByteArray,
                Object::MemoryView(_) => TypeKind::MemoryView,
                Object::Int(_) => TypeKind::Int,
                Object::Complex(..) => TypeKind::Complex,
                Object::List(_) => TypeKind::List,
                Object::Tuple(_) => TypeKind::Tuple,
                Object::Deque(_) => TypeKind::Deque,
                Object::Dict(_) => TypeKind::Dict,
                Object::Set(_) => TypeKind::Set,
                Object::FrozenSet(_) => TypeKind::FrozenSet,
                Object::Range { .. } => TypeKind::Range,
                Object::Slice(..) => TypeKind::Slice,
                Object::Iter(kind) => self.iter_class(kind),
                Object::DictView(_, 0) => TypeKind::DictKeys,
                Object::DictView(_, 1) => TypeKind::DictValues,
                Object::DictView(..) => TypeKind::DictItems,
                Object::Function(_) => TypeKind::Function,
                Object::Builtin(_) => TypeKind::BuiltinFunction,
                Object::BoundMethod { func, .. } => match func {
                    Value::Obj(f) if matches!(self.heap.get(*f), Object::Builtin(_)) => {
                        TypeKind::BuiltinFunction
                    }
                    _ => TypeKind::Method,
                },
                Object::Module(_) => TypeKind::Module,
                Object::Type(t) => match t.meta {
                    Some(meta) => return meta,
                    None => TypeKind::Type,
                },
                Object::Exception(e) => return e.class,
                Object::Instance(i) => return i.class,
                Object::Property(p) if p.getset.is_some() => TypeKind::GetSetDescriptor,
                Object::Property(_) => TypeKind::Property,
                Object::ClassMethod(_) => TypeKind::ClassMethod,
                Object::StaticMethod(_) => TypeKind::StaticMethod,
                Object::Super { .. } => TypeKind::Super,
                Object::Member { .. } => TypeKind::MemberDescriptor,
                Object::TupleGetter { .. } => TypeKind::TupleGetter,
                Object::Code(_) => TypeKind::Code,
                Object::Frame(_) => TypeKind::Frame,
                Object::Traceback(_) => TypeKind::Traceback,
                Object::Generator(g) => match g.kind {
                    crate::object::GenKind::Generator => TypeKind::Generator,
                    crate::object::GenKind::Coroutine => TypeKind::Coroutine,
                    crate::object::GenKind::AsyncGenerator => TypeKind::AsyncGenerator,
                },
                Object::AsyncGenWrapped(_) => TypeKind::Object,
                Object::AsyncGenStep { .. } => TypeKind::AsyncGenStep,
                Object::File(f) => {
                    if f.binary {
                        TypeKind::BinaryFile
                    } else {
                        TypeKind::TextFile
                    }
                }
                Object::Cell(_) => TypeKind::Cell,
                Object::NotImplemented => TypeKind::NotImplementedType,
                Object::Ellipsis => TypeKind::Ellipsis,
            },
        };
        self.types.get(kind)
    }

    /// Whether `v`'s type is called `name` (its `type_obj_name`, without allocating).
    pub fn type_is_named(&self, v: Value, name: &str) -> bool {
        let Object::Type(t) = self.heap.get(self.type_of(v)) else { return false };
        match name.rsplit_once('.') {
            Some((module, short)) => t.name == short && t.module == module && qualified(t),
            None => t.name == name && !qualified(t),
        }
    }

    /// The name of `v`'s type as error messages show it (CPython's
    /// `tp_name`): dotted for the stdlib classes CPython writes in C.
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        match self.heap.get(t) {
            Object::Type(ty) if ty.heap_type && crate::stdlib::is_c_type(&ty.module, &ty.name) => {
                format!("{}.{}", ty.module, ty.name)
            }
            _ => self.type_obj_name(t),
        }
    }

    /// The name messages give type `t` (CPython's `tp_name`): `__name__`,
    /// with the module for a type written in C outside `builtins`
    /// (`collections.deque`).
    pub fn type_obj_name(&self, t: ObjRef) -> String {
        match self.heap.get(t) {
            Object::Type(t) if qualified(t) => format!("{}.{}", t.module, t.name),
            Object::Type(t) => t.name.clone(),
            _ => "?".into(),
        }
    }

    pub fn mro(&self, t: ObjRef) -> &[ObjRef] {
        match self.heap.get(t) {
            Object::Type(t) => &t.mro,
            _ => &[],
        }
    }

    /// Whether type `t` is `base` or derives from it.
    pub fn is_subtype(&self, t: ObjRef, base: ObjRef) -> bool {
        self.mro(t).contains(&base)
    }

    pub fn isinstance(&self, v: Value, t: ObjRef) -> bool {
        self.is_subtype(self.type_of(v), t)
    }

    pub fn is_exc_instance(&self, v: Value, name: &str) -> bool {
        let t = self.types.exc(name);
        self.isinstance(v, t)
    }

    // ---- dicts ---------------------------------------------------------------

    /// The table of a dict, set or frozenset.
    pub fn table(&self, r: ObjRef) -> Option<&Dict> {
        match self.heap.get(r) {
            Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => Some(d),
            _ => None,
        }
    }

    pub(crate) fn table_mut(&mut self, r: ObjRef) -> Option<&mut Dict> {
        match self.heap.get_mut(r) {
            Some(Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d)) => Some(d),
            _ => None,
        }
    }

    pub(crate) fn find(&self, r: ObjRef, hash: i64, key: Value) -> Slot {
        let heap = &self.heap;
        match self.table(r) {
            Some(d) => d.find(hash, key, |a, b| crate::ops::equal_in(heap, a, b, 0)),
            None => Slot::Vacant(usize::MAX),
        }
    }

    /// Finds `key`, which compares without Python code (a `str`, an `int`),
    /// in the table of `r` without running any: `None` when a stored key of
    /// the same hash compares in Python (an instance with `__eq__`), which
    /// only `find_key` can decide (`{K(): 1}["a"]` where `K() == "a"`).
    pub(crate) fn find_native(&self, r: ObjRef, hash: i64, key: Value) -> Option<Slot> {
        let heap = &self.heap;
        let mut undecided = false;
        let slot = match self.table(r) {
            Some(d) => d.find(hash, key, |stored, key| {
                if crate::ops::equal_in(heap, stored, key, 0) {
                    return true;
                }
                undecided |= crate::datamodel::compares_in_python(self, stored);
                false
            }),
            None => Slot::Vacant(usize::MAX),
        };
        (!undecided).then_some(slot)
    }

    /// Where `key` is (or would go) in the table of `d`, and its hash: a
    /// `str` or `int` key by the native lookup, any other (or one that meets
    /// a key comparing in Python) by `find_key`, which may run Python code.
    pub(crate) fn find_slot(&mut self, d: ObjRef, key: Value) -> PResult<(i64, Slot)> {
        if let Some(hash) = self.quick_hash(key) {
            if let Some(slot) = self.find_native(d, hash, key) {
                return Ok((hash, slot));
            }
        }
        let hash = self.hash(key)?;
        Ok((hash, self.find_key(d, hash, key)?))
    }

    /// Finds `key` in the table of `d`; when either of two keys with equal
    /// hashes is an instance of a user class, they are compared by its
    /// `__eq__` (`{Cents(5): x}[5]`).
    pub(crate) fn find_key(&mut self, d: ObjRef, hash: i64, key: Value) -> PResult<Slot> {
        use crate::datamodel::compares_in_python;
        let key_in_python = compares_in_python(self, key);
        let mut candidates = Vec::new();
        let slot = match self.table(d) {
            Some(t) => t.find(hash, key, |stored, key| {
                if key_in_python || compares_in_python(self, stored) {
                    candidates.push(stored);
                    return false;
                }
                crate::ops::equal_in(&self.heap, stored, key, 0)
            }),
            None => return Ok(Slot::Vacant(usize::MAX)),
        };
        if matches!(slot, Slot::Found(_)) || candidates.is_empty() {
            return Ok(slot);
        }
        let mark = self.roots.len();
        self.roots.extend(candidates.iter().copied());
        let mut matched = Ok(None);
        for c in candidates {
            // The stored key is asked first, as CPython does.
            match self.eq_values(c, key) {
                Ok(true) => {
                    matched = Ok(Some(c));
                    break;
                }
                Ok(false) => {}
                Err(e) => {
                    matched = Err(e);
                    break;
                }
            }
        }
        self.roots.truncate(mark);
        // `__eq__` may have changed the table: look again, by identity.
        let target = matched?.unwrap_or(key);
        Ok(match self.table(d) {
            Some(t) => t.find(hash, target, |a, b| a.is(b)),
            None => Slot::Vacant(usize::MAX),
        })
    }

    pub fn dict_get(&mut self, d: ObjRef, key: Value) -> PResult<Option<Value>> {
        let (_, slot) = self.find_slot(d, key)?;
        Ok(match slot {
            Slot::Found(e) => self.table(d).and_then(|t| t.get_at(e)).map(|e| e.value),
            Slot::Vacant(_) => None,
        })
    }

    pub fn dict_get_hashed(&self, d: ObjRef, hash: i64, key: Value) -> Option<Value> {
        match self.find(d, hash, key) {
            Slot::Found(e) => self.table(d).and_then(|t| t.get_at(e)).map(|e| e.value),
            Slot::Vacant(_) => None,
        }
    }

    /// Looks up a `str` key given as an object (fast: hash cached).
    pub fn dict_get_str(&self, d: ObjRef, key: ObjRef) -> Option<Value> {
        let hash = match self.heap.get(key) {
            Object::Str(s) => s.hash(),
            _ => return None,
        };
        self.dict_get_hashed(d, hash, Value::Obj(key))
    }

    pub fn dict_get_name(&mut self, d: ObjRef, name: &str) -> Option<Value> {
        let key = self.intern(name);
        self.dict_get_str(d, key)
    }

    pub fn dict_set(&mut self, d: ObjRef, key: Value, value: Value) -> PResult<()> {
        // A user `__hash__`/`__eq__` of `key` may collect while `value` (and
        // perhaps `d`) is held only here: a `MapAdd` popped it.
        self.rooted(&[Value::Obj(d), key, value], |vm| {
            let (hash, slot) = vm.find_slot(d, key)?;
            vm.set_at(d, slot, hash, key, value);
            Ok(())
        })
    }

    pub fn dict_set_hashed(&mut self, d: ObjRef, hash: i64, key: Value, value: Value) {
        let slot = self.find(d, hash, key);
        self.set_at(d, slot, hash, key, value)
    }

    pub(crate) fn set_at(&mut self, d: ObjRef, slot: Slot, hash: i64, key: Value, value: Value) {
        if let Some(t) = self.table_mut(d) {
            match slot {
                Slot::Found(e) => t.set_value_at(e, value),
                Slot::Vacant(s) => t.insert_vacant(s, hash, key, value),
            }
        }
    }

    pub fn dict_set_str(&mut self, d: ObjRef, key: ObjRef, value: Value) {
        let hash = match self.heap.get(key) {
            Object::Str(s) => s.hash(),
            _ => 0,
        };
        self.dict_set_hashed(d, hash, Value::Obj(key), value)
    }

    pub fn dict_set_name(&mut self, d: ObjRef, name: &str, value: Value) {
        let key = self.intern(name);
        self.dict_set_str(d, key, value)
    }

    /// Removes `key`; its value if it was present.
    pub fn dict_remove(&mut self, d: ObjRef, key: Value) -> PResult<Option<Value>> {
        let hash = self.hash(key)?;
        let slot = self.find_key(d, hash, key)?;
        Ok(match (slot, self.table_mut(d)) {
            (Slot::Found(e), Some(t)) => t.remove_at(e).map(|e| e.value),
            _ => None,
        })
    }

    pub fn dict_items(&self, d: ObjRef) -> Vec<(Value, Value)> {
        self.table(d).map(|t| t.iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default()
    }

    pub fn dict_len(&self, d: ObjRef) -> usize {
        self.table(d).map_or(0, Dict::len)
    }

    // ---- exceptions ------------------------------------------------------------

    /// A new exception of builtin class `name` with `args`.
    pub fn new_exception(&mut self, class: ObjRef, args: Vec<Value>) -> Exc {
        let args = self.new_tuple(args);
        Exc(self.heap.alloc(Object::Exception(Box::new(ExceptionObj {
            class,
            args,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            traceback: Default::default(),
            dict: None,
            hint: None,
            attr_context: None,
        }))))
    }

    /// Exception `e`'s `__dict__`, made on first use (most never need one).
    pub(crate) fn exception_dict(&mut self, e: ObjRef) -> ObjRef {
        if let Some(d) = self.exc_obj(e).and_then(|x| x.dict) {
            return d;
        }
        let d = self.new_dict();
        if let Some(x) = self.exc_obj_mut(e) {
            x.dict = Some(d);
        }
        d
    }

    /// `name(message)`: the usual way native code raises.
    pub fn err(&mut self, name: &str, message: impl IntoStrText) -> Exc {
        let class = self.types.exc(name);
        let msg = self.new_str(message);
        self.new_exception(class, vec![msg])
    }

    pub fn type_error(&mut self, message: impl IntoStrText) -> Exc {
        self.err("TypeError", message)
    }

    pub fn value_error(&mut self, message: impl IntoStrText) -> Exc {
        self.err("ValueError", message)
    }

    pub fn exc_obj(&self, e: ObjRef) -> Option<&ExceptionObj> {
        match self.heap.get(e) {
            Object::Exception(x) => Some(x),
            _ => None,
        }
    }

    pub fn exc_obj_mut(&mut self, e: ObjRef) -> Option<&mut ExceptionObj> {
        match self.heap.get_mut(e) {
            Some(Object::Exception(x)) => Some(x),
            _ => None,
        }
    }

    /// An `OSError` subclass from the OS layer's error, as CPython builds it.
    pub fn os_error(&mut self, e: &os_layer::OsError) -> Exc {
        let class = self.types.exc(e.python_class());
        let errno = Value::Int(i64::from(e.errno().number()));
        let strerror = self.new_str(e.strerror());
        let mut args = vec![errno, strerror];
        if let Some(p) = e.path() {
            let p = self.new_str(p);
            args.push(p);
        }
        let exc = self.new_exception(class, args.clone());
        // Setting the fields from two or three arguments cannot fail.
        let _ = crate::os_error::init(self, exc.0, &args);
        exc
    }

    // ---- code objects ------------------------------------------------------------

    /// The PVM's view of a code object: constants as values, loaded once.
    pub fn code_info(&mut self, code: &Arc<CodeObject>) -> Rc<CodeInfo> {
        let key = Arc::as_ptr(code) as usize;
        if let Some(info) = self.code_cache.get(&key) {
            return info.clone();
        }
        let consts = code.constants.iter().map(|c| self.constant(c)).collect();
        let names = code.names.iter().map(|n| Value::Obj(self.intern(n))).collect();
        let varnames = code.varnames.iter().map(|n| Value::Obj(self.intern(n))).collect();
        let info = Rc::new(CodeInfo {
            instructions: crate::quicken::quicken(&code.instructions),
            code: code.clone(),
            consts,
            names,
            nlocals: code.varnames.len(),
            ncells: code.cellvars.len() + code.freevars.len(),
            positional_arity: (code.kwonly_arg_count == 0
                && !code.flags.contains(compiler_layer::code::CodeFlags::VARARGS)
                && !code.flags.contains(compiler_layer::code::CodeFlags::VARKEYWORDS))
            .then_some(code.arg_count as usize),
            varnames,
            global_cache: vec![Default::default(); code.names.len()].into_boxed_slice(),
            attr_cache: vec![Default::default(); code.names.len()].into_boxed_slice(),
        });
        self.code_cache.insert(key, info.clone());
        info
    }

    fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => self.new_int(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => self.heap.alloc_value(Object::Complex(*real, *imag)),
            Constant::Str(s) => {
                let text = match s.as_str() {
                    Some(t) => t.to_string(),
                    None => s.code_points().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect(),
                };
                Value::Obj(self.intern(&text))
            }
            Constant::Bytes(b) => self.heap.alloc_value(Object::Bytes(b.clone())),
            Constant::Ellipsis => self.ellipsis,
            Constant::Tuple(items) => {
                let items = items.iter().map(|c| self.constant(c)).collect();
                self.new_tuple(items)
            }
            Constant::FrozenSet(items) => {
                // CPython's compiler builds the frozenset from the items, then
                // (merging constants) builds it again from its own iteration
                // order: the layout, hence the order, is that of the second.
                let values: Vec<Value> = items.iter().map(|c| self.constant(c)).collect();
                let first = self.frozenset_of(&values);
                let reordered: Vec<Value> =
                    self.table(first).map(|t| t.iter().map(|e| e.key).collect()).unwrap_or_default();
                Value::Obj(self.frozenset_of(&reordered))
            }
            Constant::Code(code) => {
                let info = self.code_info(code);
                self.heap.alloc_value(Object::Code(info))
            }
        }
    }

    /// A frozenset of constant values, added in order (constants hash and
    /// compare without running Python code).
    fn frozenset_of(&mut self, values: &[Value]) -> ObjRef {
        let s = self.new_set(true);
        for &v in values {
            if let Ok(hash) = self.hash(v) {
                if self.dict_get_hashed(s, hash, v).is_none() {
                    self.dict_set_hashed(s, hash, v, Value::None);
                }
            }
        }
        s
    }

    // ---- the collector's roots ------------------------------------------------------

    /// Runs `f` with `values` rooted: native code holding them in Rust
    /// variables while `f` calls back into Python (which may collect).
    pub fn rooted<T>(&mut self, values: &[Value], f: impl FnOnce(&mut Vm) -> T) -> T {
        let mark = self.roots.len();
        self.roots.extend_from_slice(values);
        let result = f(self);
        self.roots.truncate(mark);
        result
    }

    /// Runs a collection now, then the finalizers of the garbage that needs
    /// them (`finalize.rs`); the number of objects freed.
    pub fn collect_garbage(&mut self) -> usize {
        self.collect(false)
    }

    /// The collection a safe point found due (under `STRATA_GC_STRESS=N`,
    /// only at every Nth).
    pub(crate) fn collect_at_safe_point(&mut self) {
        if !self.heap.stress_skips() {
            self.collect_garbage();
        }
    }

    /// A collection; `early` at a release point (see `finalize.rs`).
    pub(crate) fn collect(&mut self, early: bool) -> usize {
        let mut marks = self.mark_roots();
        let doomed = self.find_finalizable(&mut marks, early);
        self.exports.retain_marked(&marks);
        let freed = self.heap.sweep(marks);
        if !doomed.is_empty() {
            self.run_finalizers(doomed);
        }
        freed
    }

    /// Marks what the roots reach.
    pub(crate) fn mark_roots(&mut self) -> crate::gc::Marks {
        // A freed type's slot may be reused: forget what was cached by slot.
        self.method_cache.invalidate();
        self.frame_objects.retain_running(&self.frames);
        let Vm {
            heap,
            stack,
            frames,
            types,
            aliases,
            builtins,
            modules,
            sys,
            roots,
            handled,
            kwnames,
            code_cache,
            interned,
            not_implemented,
            ellipsis,
            empty_tuple,
            stdout,
            stderr,
            stdin,
            frame_objects,
            ..
        } = self;
        heap.mark(&mut |mark| {
            stack.iter().chain(roots.iter()).for_each(|v| mark(*v));
            frames.iter().for_each(|f| f.for_each_root(mark));
            types.by_kind.iter().chain(types.exceptions.values()).for_each(|t| mark(Value::Obj(*t)));
            for v in [*builtins, *modules, *sys, aliases.generic_alias, aliases.union] {
                mark(Value::Obj(v))
            }
            for v in [*handled, *kwnames, *not_implemented, *ellipsis, *empty_tuple, *stdout, *stderr, *stdin]
            {
                mark(v)
            }
            code_cache.values().for_each(|c| c.for_each_value(mark));
            interned.iter().for_each(|r| mark(Value::Obj(r)));
            frame_objects.for_each_root(mark);
        })
    }
}
