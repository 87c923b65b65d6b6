# Dataclasses as programs use them: ordering, nested asdict/astuple, field
# metadata, frozen inheritance rules (both directions), unsafe_hash,
# recursive reprs, __post_init__ chains, make_dataclass.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError, MISSING
from typing import List, Dict, Optional
import dataclasses, json
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)
    def __str__(self): return f"{self.major}.{self.minor}.{self.patch}"
vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="x")])
print(vs, [str(v) for v in vs], Version(1) < Version(1, 0, 1), Version(1, 2) == Version(1, 2, label="rc"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass
class Address:
    street: str
    city: str
@dataclass
class Person:
    name: str
    addresses: List[Address] = field(default_factory=list)
    scores: Dict[str, float] = field(default_factory=dict, metadata={"unit": "points"})
    boss: Optional["Person"] = None
p = Person("ann", [Address("1 Main", "X")], {"math": 9.5}, Person("bob"))
print(asdict(p))
print(astuple(p))
print(json.dumps(asdict(p), indent=1)[:60])
print(fields(Person)[2].metadata["unit"], [f.name for f in fields(p)], [f.default is MISSING for f in fields(Person)], fields(Person)[1].default_factory)
@dataclass(frozen=True)
class Base:
    x: int
try:
    @dataclass
    class Sub(Base):
        y: int = 0
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class FSub(Base):
    y: int = 0
fs = FSub(1, 2)
print(fs, hash(fs) == hash(FSub(1, 2)), replace(fs, y=5))
try:
    fs.x = 3
except FrozenInstanceError as e:
    print(repr(e))
try:
    del fs.y
except FrozenInstanceError as e:
    print(repr(e))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, []))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
@dataclass
class WithPostChild(WithPost):
    c: int = 5
    def __post_init__(self):
        super().__post_init__()
        self.c += self.b
print(WithPostChild(3), WithPost.__init__.__qualname__, WithPostChild.__match_args__)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(1), dataclasses.asdict.__module__)
try:
    asdict(Person)
except TypeError as e:
    print(e)
try:
    replace(p, nope=1)
except TypeError as e:
    print(e)
@dataclass
class Eqs:
    x: int
print(Eqs(1) == Eqs(1), Eqs(1) == 1, Eqs(1) != Eqs(2), Eqs.__eq__(Eqs(1), 1))
print(Person.__repr__.__qualname__ if hasattr(Person.__repr__, "__qualname__") else None, Eqs.__hash__)
@dataclass(repr=False, eq=False)
class Plain:
    x: int = 1
print(Plain() == Plain(), "Plain object" in repr(Plain()))
D = dataclasses.make_dataclass("D", [("x", int), ("y", int, field(default=2))], namespace={"total": lambda self: self.x + self.y}, frozen=True)
print(D(1), D(1).total(), D.__name__, D.__dataclass_params__.frozen if hasattr(D, "__dataclass_params__") else None)
@dataclass
class Mutable:
    x: int
try:
    @dataclass(frozen=True)
    class FrozenChild(Mutable):
        y: int = 0
except TypeError as e:
    print(e)
