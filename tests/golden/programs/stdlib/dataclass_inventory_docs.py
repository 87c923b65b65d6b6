from dataclasses import dataclass, field, asdict, astuple, replace, fields
from operator import attrgetter, itemgetter
from typing import List, Optional
import json


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = field(default=None, repr=False, compare=False)

    @property
    def value(self):
        return self.price * self.qty


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(item.sku)
        self.items[item.sku] = item

    def restock(self, sku, n):
        self.items[sku].qty += n

    def report(self, key="name", reverse=False):
        for it in sorted(self.items.values(), key=attrgetter(key), reverse=reverse):
            print(f"{it.sku:6} {it.name:<12} {it.price:8.2f} x{it.qty:<4d} = {it.value:10.2f} {','.join(it.tags)}")


inv = Inventory()
inv.add(Item("A1", "widget", 2.5, 10, ["small", "metal"]))
inv.add(Item("B2", "gadget", 12.0, 3))
inv.add(Item("C3", "doohickey", 0.75, 120, ["tiny"], note="fragile"))
inv.add(Item("D4", "gizmo", 12.0, 7, ["metal"]))
try:
    inv.add(Item("A1", "dup", 1, 1))
except KeyError as e:
    print("duplicate", e, repr(e))
inv.restock("B2", 5)
inv.report()
print("--")
inv.report("value", reverse=True)
print("--")
for it in sorted(inv.items.values(), key=lambda i: (-i.price, i.name)):
    print(it)
print(asdict(inv.items["A1"]))
print(astuple(inv.items["C3"]))
print([f.name for f in fields(Item)])
print(json.dumps([asdict(i) for i in inv.items.values()], indent=2, sort_keys=True)[:300])
b = replace(inv.items["B2"], qty=0)
print(b, b == inv.items["B2"], b is inv.items["B2"])
print(Item("x", "y", 1.0) == Item("x", "y", 1.0, note="different"))

versions = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2), Version(2)]
print(sorted(versions))
print(max(versions), min(versions), str(max(versions)))
print(Version(1, 2) < Version(1, 2, 1), Version(1) >= Version(0, 99))
try:
    versions[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(Version(1, 2, 3)) == hash(Version(1, 2, 3)))
print({Version(1): "one", Version(1, 0, 0): "uno"})
rows = [("pear", 3), ("apple", 3), ("fig", 1), ("kiwi", 2)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0), reverse=True))
print(repr(Item))
print(Item.__init__.__doc__, Item.__doc__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
import dataclasses, typing, collections
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import Optional, List, Dict, Union
@dataclass
class A:
    x: int
    y: "str" = "hi"
    z: list[int] = field(default_factory=list)
    w: Optional[Dict[str, List[int]]] = None
    v: Union[int, str] = 3
    u: collections.OrderedDict = None
    t: InitVar[int] = 0
    _: KW_ONLY
    k: float = 1.5
    def __post_init__(self, t): pass
print(A.__doc__)
@dataclass
class B:
    """Doc."""
    a: int
print(B.__doc__)
@dataclass
class C:
    a: int
    def __init__(self, q, *r): pass
print(C.__doc__)
@dataclass(init=False)
class D:
    a: int
print(D.__doc__)
@dataclass
class E(A):
    e: typing.Any = None
    f: typing.Callable[[int], str] = None
print(E.__doc__)
