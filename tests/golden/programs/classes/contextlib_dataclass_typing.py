import contextlib, dataclasses, functools
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar, fields
from typing import NamedTuple, Optional, List, Dict, TypeVar, Generic, Protocol, Any, Union, Callable

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
with tag("q"):
    raise KeyError("k")
try:
    with tag("r"):
        raise ValueError("v")
except ValueError:
    print("propagated")
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    total: float = field(init=False, repr=False)
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.total = self.price * self.qty * (1 - discount)
i = Item("pen", 2.0, 3, discount=0.5)
print(i, i.total, asdict(i), astuple(i), replace(i, qty=1, discount=0), [f.name for f in fields(i)])
try:
    Item()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW.__init__.__doc__ is None)
try:
    KW(1)
except TypeError as e:
    print(e)
@dataclass(slots=True)
class Sl:
    x: int
print(Sl(1), Sl.__slots__)
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), Item("a", 1) == Item("a", 1), Item("a", 1) != Item("a", 2))
try:
    @dataclass
    class Mut:
        x: list = []
except ValueError as e:
    print(e)

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def badge(self): return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.badge(), e._fields, e._field_defaults, Emp._make(["bo", "ops"]), e[0])
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int](3).get(), Box.__name__, Optional[int], List[int], Dict[str, int], Union[int, str])
class Greeter(Protocol):
    def greet(self) -> str: ...
print(list[int], dict[str, list[int]], int | None, type(int | str).__name__)

@functools.singledispatch
def show(x):
    return f"obj {x}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
class Cached:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
c = Cached()
print(c.value, c.value, c.calls)
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
