"""Strata's typing: the names annotations use, so that programs importing
them run. Subscripting gives aliases that show as CPython shows them
(`typing.List[int]`); nothing here checks types at run time, as in CPython."""

__all__ = [
    "Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional", "Protocol", "Tuple", "Type",
    "TypeVar", "Union", "AbstractSet", "ByteString", "Container", "Hashable", "ItemsView", "Iterable",
    "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
    "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "Reversible", "Counter", "Deque", "Dict", "DefaultDict", "List",
    "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "NoReturn", "Never",
    "Self", "cast", "get_type_hints", "overload", "final", "runtime_checkable", "TYPE_CHECKING",
    "Text", "AnyStr", "SupportsInt", "SupportsFloat", "SupportsIndex", "Annotated", "TypeAlias",
]

TYPE_CHECKING = False


class _Form:
    """A special form or generic alias: `Optional`, `List[int]`..."""

    def __init__(self, name, origin=None, args=(), parameters=0):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            return f"typing.{self._name}"
        return f"typing.{self._name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return _Form("Optional", self.__origin__, (params[0],))
        return _Form(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return isinstance(other, _Form) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return _Form("Union", None, (self, other))

    def __ror__(self, other):
        return _Form("Union", None, (other, self))

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else ()


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return f"[{', '.join(_type_repr(a) for a in obj)}]"
    if obj is None or obj is type(None):
        return "None"
    return repr(obj)


Any = _Form("Any")
NoReturn = _Form("NoReturn")
Never = _Form("Never")
Self = _Form("Self")
ClassVar = _Form("ClassVar")
Final = _Form("Final")
Literal = _Form("Literal")
Union = _Form("Union")
Optional = _Form("Optional")
Annotated = _Form("Annotated")
TypeAlias = _Form("TypeAlias")
Callable = _Form("Callable")
Tuple = _Form("Tuple", tuple)
List = _Form("List", list)
Dict = _Form("Dict", dict)
Set = _Form("Set", set)
FrozenSet = _Form("FrozenSet", frozenset)
Type = _Form("Type", type)
Text = str
AbstractSet = _Form("AbstractSet")
ByteString = _Form("ByteString")
Container = _Form("Container")
Collection = _Form("Collection")
Hashable = _Form("Hashable")
Sized = _Form("Sized")
Iterable = _Form("Iterable")
Iterator = _Form("Iterator")
Reversible = _Form("Reversible")
Generator = _Form("Generator")
Sequence = _Form("Sequence")
MutableSequence = _Form("MutableSequence")
Mapping = _Form("Mapping")
MutableMapping = _Form("MutableMapping")
MutableSet = _Form("MutableSet")
MappingView = _Form("MappingView")
KeysView = _Form("KeysView")
ItemsView = _Form("ItemsView")
ValuesView = _Form("ValuesView")
Awaitable = _Form("Awaitable")
Coroutine = _Form("Coroutine")
AsyncIterable = _Form("AsyncIterable")
AsyncIterator = _Form("AsyncIterator")
AsyncGenerator = _Form("AsyncGenerator")
SupportsInt = _Form("SupportsInt")
SupportsFloat = _Form("SupportsFloat")
SupportsIndex = _Form("SupportsIndex")


def _lazy(name, module, attr):
    def origin(*args, **kwargs):
        return getattr(__import__(module), attr)(*args, **kwargs)
    return _Form(name, origin)


Counter = _lazy("Counter", "collections", "Counter")
Deque = _lazy("Deque", "collections", "deque")
DefaultDict = _lazy("DefaultDict", "collections", "defaultdict")
OrderedDict = _lazy("OrderedDict", "collections", "OrderedDict")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return _Form("Union", None, (self, other))


AnyStr = TypeVar("AnyStr", bytes, str)


class _GenericAlias:
    """A user generic class subscripted: `Box[int]`, `Generic[T]`."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return f"{_type_repr(self.__origin__)}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _collect_parameters(args):
    parameters = []
    for arg in args:
        for p in (arg,) if isinstance(arg, TypeVar) else getattr(arg, "__parameters__", ()):
            if p not in parameters:
                parameters.append(p)
    return tuple(parameters)


class Generic:
    """Base class for generic classes: `class Box(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, /, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls.__parameters__ = _collect_parameters(cls.__dict__.get("__orig_bases__", ()))


# What a protocol class declares that is not one of its members.
_NOT_PROTOCOL_MEMBERS = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__",
    "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
    "__orig_class__", "_is_protocol", "_is_runtime_protocol", "__qualname__", "__init_subclass__",
    "__protocol_attrs__", "__match_args__", "__non_callable_proto_members__",
})


def _protocol_members(cls):
    members = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in [*base.__dict__, *base.__dict__.get("__annotations__", {})]:
            if not name.startswith("_abc_") and name not in _NOT_PROTOCOL_MEMBERS and name not in members:
                members.append(name)
    return members


class _ProtocolMeta(type):
    """isinstance() against a @runtime_checkable protocol checks that the
    object has the protocol's members (a method set to None does not count)."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get("_is_protocol", False):
            return issubclass(type(instance), cls)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if issubclass(type(instance), cls):
            return True
        return all(
            hasattr(instance, name) and (not callable(getattr(cls, name, None)) or getattr(instance, name) is not None)
            for name in _protocol_members(cls)
        )


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, /, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol or b.__dict__.get("_is_protocol", False) for b in cls.__bases__)


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
    return nm_tpl


# attributes prohibited to set in NamedTuple class syntax
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    """What `class P(NamedTuple)` builds: a collections.namedtuple from the
    annotations, with the class body's defaults and methods."""

    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError(
                    'can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        # update from user namespace without overriding special namedtuple attributes
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: `class P(NamedTuple): x: int` or
    `NamedTuple('P', [('x', int)])`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=None)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    """The class of TypedDicts: a class that records its keys and, called,
    makes a plain dict (nothing is checked at run time, as in CPython)."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        (required_keys if total else optional_keys).update(own)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    import sys
    ns = {"__annotations__": dict(fields), "__module__": sys._getframe(1).f_globals.get("__name__", "__main__")}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def no_type_check(arg):
    return arg


def _eval_hint(value, globalns, localns):
    # A string annotation (a forward reference, or `from __future__ import
    # annotations`) is evaluated; `None` stands for its type.
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # As CPython: the class namespace is searched after the module's.
                base_globals, base_locals = base_locals, base_globals
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if type(obj) is type(sys):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
    if localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}
