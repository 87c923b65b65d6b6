# pickle round trips: dataclasses, enums, namedtuples, slots, __getstate__/
# __setstate__, __reduce__, list/dict subclasses, functions and classes by
# reference, shared and cyclic references, every protocol from 2; the
# errors for what cannot be pickled; copy honours __getstate__/__setstate__.
import pickle, io, copy
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
from enum import Enum
from datetime import date, datetime, timedelta
from fractions import Fraction
from decimal import Decimal

class Color(Enum):
    RED = 1
    GREEN = 2

Point = namedtuple("Point", "x y")

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Slotted({self.a}, {self.b})"

class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {"expensive": v * 2}
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {"restored": True}
    def __repr__(self):
        return f"Custom({self.v}, {self.cache})"

class WithReduce:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (WithReduce, (self.a, self.b))
    def __repr__(self):
        return f"WithReduce({self.a}, {self.b})"

class MyList(list):
    pass
class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = "x"

def helper(x):
    return x + 1

state = {
    "items": [Item("apple", 1.5, ["fruit"]), Item("pear", 2.0)],
    "color": Color.GREEN,
    "point": Point(1, 2),
    "od": OrderedDict(b=1, a=2),
    "dd": defaultdict(list, {"k": [1]}),
    "counter": Counter("hello"),
    "dq": deque([1, 2, 3]),
    "slotted": Slotted(1, "two"),
    "custom": Custom(21),
    "reduce": WithReduce(1, [2]),
    "mylist": MyList([1, 2]),
    "mydict": MyDict(a=1),
    "func": helper,
    "cls": Item,
    "builtin": len,
    "date": date(2024, 1, 31),
    "dt": datetime(2024, 1, 31, 12, 30),
    "td": timedelta(days=1, seconds=5),
    "frac": Fraction(3, 4),
    "dec": Decimal("1.10"),
    "complex": 1 + 2j,
    "bigint": 2 ** 100,
    "neg": -5,
    "float": float("inf"),
    "nested": {"a": (1, [2, {3}]), "b": frozenset({"x"})},
    "bytes": b"\x00\xff", "bytearray": bytearray(b"ab"),
    "none": None, "bools": (True, False), "range": range(1, 10, 2), "slice": slice(1, 5),
    "unicode": "héllo\n\\ ☃",
}
shared = [1, 2]
state["shared"] = (shared, shared)
cyc = []
cyc.append(cyc)
state["cycle"] = cyc
try:
    pickle.dumps(Slotted(1, 2), protocol=1)
except TypeError as e:
    print("TypeError:", e)
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(state, protocol=proto)
    back = pickle.loads(data)
    ok = all(repr(back[k]) == repr(state[k]) for k in state if k not in ("custom", "cycle", "dd"))
    print(proto, ok, back["custom"], back["shared"][0] is back["shared"][1], back["cycle"][0] is back["cycle"], back["dd"]["z"], back["mydict"].extra, type(back["mylist"]).__name__)
print(pickle.loads(pickle.dumps(state))["items"])
f = io.BytesIO()
pickle.dump({"x": 1}, f)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)
for bad in [lambda x: x, (i for i in range(3))]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, copy.deepcopy(state["custom"]), copy.copy(state["slotted"]))
print(Item("a", 1).__reduce_ex__(2)[0].__name__, object().__reduce_ex__(4)[1], Slotted(1, 2).__getstate__(), Item("a", 1).__getstate__())
