//! Builtin type objects and the builtin exception hierarchy.
//!
//! Every builtin type is a heap `TypeObject` with a name, bases, an MRO and a
//! dict of attributes (its methods, as builtin functions), exactly the shape
//! a user class will have, so `type(x)`, `isinstance`, `__name__` and method
//! lookup work the same for both.

use crate::value::ObjRef;

/// Which builtin layout a type's instances have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Iterator,
    DictKeys,
    DictValues,
    DictItems,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Code,
    Generator,
    TextFile,
    BinaryFile,
    NotImplementedType,
    Ellipsis,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    MemberDescriptor,
    Coroutine,
    AsyncGenerator,
    AsyncGenStep,
    /// `BaseException` and every class derived from it.
    Exception,
}

/// `(kind, Python name)` for the non-exception builtin types, in `TypeKind` order.
pub const BUILTIN_TYPES: &[(TypeKind, &str)] = &[
    (TypeKind::Object, "object"),
    (TypeKind::Type, "type"),
    (TypeKind::NoneType, "NoneType"),
    (TypeKind::Bool, "bool"),
    (TypeKind::Int, "int"),
    (TypeKind::Float, "float"),
    (TypeKind::Complex, "complex"),
    (TypeKind::Str, "str"),
    (TypeKind::Bytes, "bytes"),
    (TypeKind::ByteArray, "bytearray"),
    (TypeKind::List, "list"),
    (TypeKind::Tuple, "tuple"),
    (TypeKind::Dict, "dict"),
    (TypeKind::Set, "set"),
    (TypeKind::FrozenSet, "frozenset"),
    (TypeKind::Range, "range"),
    (TypeKind::Slice, "slice"),
    (TypeKind::Iterator, "iterator"),
    (TypeKind::DictKeys, "dict_keys"),
    (TypeKind::DictValues, "dict_values"),
    (TypeKind::DictItems, "dict_items"),
    (TypeKind::Function, "function"),
    (TypeKind::BuiltinFunction, "builtin_function_or_method"),
    (TypeKind::Method, "method"),
    (TypeKind::Module, "module"),
    (TypeKind::Cell, "cell"),
    (TypeKind::Code, "code"),
    (TypeKind::Generator, "generator"),
    (TypeKind::TextFile, "TextIOWrapper"),
    (TypeKind::BinaryFile, "BufferedReader"),
    (TypeKind::NotImplementedType, "NotImplementedType"),
    (TypeKind::Ellipsis, "ellipsis"),
    (TypeKind::Property, "property"),
    (TypeKind::ClassMethod, "classmethod"),
    (TypeKind::StaticMethod, "staticmethod"),
    (TypeKind::Super, "super"),
    (TypeKind::MemberDescriptor, "member_descriptor"),
    (TypeKind::Coroutine, "coroutine"),
    (TypeKind::AsyncGenerator, "async_generator"),
    (TypeKind::AsyncGenStep, "async_generator_asend"),
];

/// The builtin exception classes: `(name, base)`, bases before subclasses.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    // `io.UnsupportedOperation` also derives from ValueError (see `Vm::new`).
    ("UnsupportedOperation", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// The type objects of the builtin types, allocated when the PVM starts.
pub struct Types {
    /// Indexed by `TypeKind as usize` (for the non-exception kinds).
    pub by_kind: Vec<ObjRef>,
    /// Exception classes by name.
    pub exceptions: rustc_hash::FxHashMap<&'static str, ObjRef>,
}

impl Types {
    #[inline]
    pub fn get(&self, kind: TypeKind) -> ObjRef {
        self.by_kind[kind as usize]
    }

    /// An exception class by name (one of [`EXCEPTIONS`]).
    pub fn exc(&self, name: &str) -> ObjRef {
        match self.exceptions.get(name) {
            Some(r) => *r,
            None => self.exceptions["SystemError"],
        }
    }
}
