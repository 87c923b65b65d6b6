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


class Generic:
    """Base class for generic classes: `class Box(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    __slots__ = ()


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


def TypedDict(typename, fields=None, /, **kwargs):
    return dict


def _typeddict_mro_entries(bases):
    # `class Movie(TypedDict)` makes a plain dict subclass: no checks, as at run time in CPython.
    return (dict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    for klass in reversed(getattr(obj, "__mro__", [obj])):
        hints.update(getattr(klass, "__annotations__", {}) or {})
    return hints
