# What programs ask typing at run time: get_type_hints, get_origin/get_args
# (a dataclass deserializer), unions and their reprs, generic classes and
# aliases, substitution, protocols, NewType, TypedDict, overloads, errors.
from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, Mapping,
                    MutableMapping, NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple, Type, TypedDict,
                    TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload, runtime_checkable,
                    ParamSpec, Concatenate, TypeGuard, Annotated, Self, Never, assert_never, TextIO, IO, Counter,
                    DefaultDict, Deque, Awaitable, Coroutine, AsyncIterator, Hashable, Sized, SupportsInt, SupportsFloat,
                    Required, NotRequired, ForwardRef, is_typeddict, final, get_overloads)
from dataclasses import dataclass, field, fields
import collections

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Num = TypeVar("Num", int, float)
P = ParamSpec("P")
UserId = NewType("UserId", int)

class Repository(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}
    def add(self, key: K, value: V) -> None:
        self._data[key] = value
    def get(self, key: K) -> Optional[V]:
        return self._data.get(key)
    def all(self) -> List[V]:
        return list(self._data.values())

class Config(TypedDict, total=False):
    host: str
    port: int
    debug: bool

class Point(NamedTuple):
    x: float
    y: float = 0.0

@dataclass
class User:
    id: UserId
    name: str
    tags: List[str] = field(default_factory=list)
    manager: Optional["User"] = None
    meta: Dict[str, Any] = field(default_factory=dict)
    MAX: ClassVar[int] = 10

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closed")

def deserialize(cls, data):
    kwargs = {}
    hints = get_type_hints(cls)
    for f in fields(cls):
        tp = hints[f.name]
        value = data.get(f.name)
        origin = get_origin(tp)
        if origin is Union:
            args = [a for a in get_args(tp) if a is not type(None)]
            kwargs[f.name] = None if value is None else deserialize(args[0], value)
        elif origin is list:
            kwargs[f.name] = list(value or [])
        elif origin is dict:
            kwargs[f.name] = dict(value or {})
        elif value is not None:
            kwargs[f.name] = tp(value) if callable(tp) else value
    return cls(**kwargs)

u = deserialize(User, {"id": 7, "name": "ann", "tags": ["a"], "manager": {"id": 1, "name": "boss"}})
print(u)
print(get_type_hints(User))
print(get_type_hints(User, include_extras=True) == get_type_hints(User))
repo: Repository[str, int] = Repository()
repo.add("a", 1)
print(repo.get("a"), repo.all(), Repository[str, int], Repository.__parameters__, Repository[str, int].__args__)
print(Point(1.5), Point._fields, Point.__annotations__)
cfg: Config = {"host": "x"}
print(cfg, Config.__required_keys__, sorted(Config.__optional_keys__), is_typeddict(Config))
print(isinstance(Resource(), Closeable), isinstance(1, Closeable))
print(UserId(5), UserId, UserId.__supertype__)
print(Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Optional[Union[int, str]])
print(Union[int], Union[int, int], Union[str, int] == Union[int, str], Optional[int] == (int | None))
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[..., int], Callable[[int, str], bool], Callable[[], None])
print(Type[int], Set[str], Sequence[int], Mapping[str, int], Iterable[T], Iterator[int], Literal["a", 1, True])
print(ClassVar[int], Final[str], Annotated[int, "meta", 3], TypeGuard[int], Concatenate[int, P], Callable[P, T])
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Optional[int]), get_origin(Literal[1]), get_origin(Annotated[int, 1]), get_origin(int), get_origin(Mapping[str, int]), get_origin(Callable[[int], str]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(Annotated[int, "m"]), get_args(int), get_args(Tuple[int, ...]), get_args(list[int]), get_args(int | str))
print(List[T][int], Dict[K, V][str, int], Mapping[K, List[V]][str, int], Callable[[T], T][int], Repository[K, int][str])
print(T, T.__name__, Num.__constraints__, P, P.args, P.kwargs, TypeVar("B", bound=int).__bound__, TypeVar("C", covariant=True), TypeVar("X", bound="Foo").__bound__)
print(Any, Never, Self, typing.NoReturn, typing.LiteralString, typing.TypeAlias)
print(cast(List[int], "x"), cast("int", 5))
print(isinstance([], typing.List), isinstance({}, Mapping), isinstance([], Sequence), isinstance(3, Hashable), isinstance([], Hashable), issubclass(list, Iterable), isinstance(3, SupportsInt), isinstance("x", SupportsFloat))
for bad in (lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: Union[()], lambda: List[int, str], lambda: Generic[int], lambda: Optional[int, str], lambda: Repository[int], lambda: typing.Hashable[int], lambda: Literal(), lambda: UserId.foo, lambda: Callable[int, str, bool], lambda: Closeable(), lambda: TypeVar("Z", int)):
    try:
        print("no error:", bad())
    except Exception as e:
        print(type(e).__name__, e)
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("a"), len(get_overloads(double)))
class Base:
    @final
    def run(self) -> None: pass
print(Base.run.__final__)
def process(items: Iterable[T], key: Callable[[T], Num]) -> List[T]:
    return sorted(items, key=key)
print(process([3, 1, 2], lambda x: -x), get_type_hints(process))
def handle(x: Union[int, str]) -> str:
    match x:
        case int():
            return "int"
        case str():
            return "str"
        case _:
            assert_never(x)
print(handle(1), handle("s"))
try:
    assert_never(5)
except AssertionError as e:
    print(e)
class Tree(Generic[T]):
    def __init__(self, value: T, children: "Optional[List[Tree[T]]]" = None):
        self.value = value
        self.children = children or []
    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(list(t.walk()), Tree[int](5).__orig_class__, get_type_hints(Tree.__init__))
class Cache(MutableMapping[str, int]):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
c = Cache(); c["a"] = 1; c.update(b=2)
print(dict(c), list(c.items()), Cache.__mro__[1:3], Cache.__orig_bases__, c.get("z", 0), "a" in c)
print(typing.Counter[str], typing.Counter("aab"), DefaultDict[str, int], Deque[int], typing.OrderedDict[str, int], typing.ChainMap[str, int], typing.Pattern[str], typing.Match[bytes])
print(TextIO, IO[str], typing.BinaryIO, typing.AnyStr, typing.Text, typing.ByteString)
print(List[int] == List[int], List[int] is List[int], hash(List[int]) == hash(List[int]), List[int] == list[int], {List[int]: 1}[List[int]])
print(ForwardRef("X"), ForwardRef("X") == ForwardRef("X"), List["X"], Optional["Node"])
print(Literal[1, 2] == Literal[2, 1], Literal[1, Literal[2, 3]], Annotated[Annotated[int, 1], 2])
print(repr(Config), Config.__annotations__, Point.__doc__, repr(UserId(3)))
print(get_type_hints(Config), get_type_hints(Point))
Alias = Dict[str, List[Tuple[int, str]]]
def f(a: Alias, b: "Optional[Alias]" = None, *args: int, **kw: str) -> None: ...
print(get_type_hints(f))
print(typing.get_type_hints(typing.NamedTuple("Emp", [("n", str), ("id", int)])))
class WithAnn:
    x: int
    y: "List[str]"
    z: ClassVar[int] = 3
print(get_type_hints(WithAnn), WithAnn.__annotations__)
print(typing.TYPE_CHECKING, typing.__name__, sorted(typing.__all__)[:5], len(typing.__all__))
