# singledispatch as CPython composes it: abstract base classes (Mapping,
# Integral), unions and string annotations, register errors;
# singledispatchmethod (classmethods too) and partialmethod; classmethod
# and staticmethod carry the function's annotations.
from __future__ import annotations
from functools import singledispatch, singledispatchmethod, partialmethod, partial
from collections.abc import Mapping, Sequence, Iterable
from collections import OrderedDict, UserDict
from decimal import Decimal
from numbers import Number, Integral
import json

@singledispatch
def to_json(obj):
    raise TypeError(f"cannot serialize {type(obj).__name__}")

@to_json.register
def _(obj: Mapping):
    return "{" + ", ".join(f"{to_json(k)}: {to_json(v)}" for k, v in obj.items()) + "}"

@to_json.register(list)
@to_json.register(tuple)
def _(obj):
    return "[" + ", ".join(to_json(x) for x in obj) + "]"

@to_json.register
def _(obj: str):
    return json.dumps(obj)

@to_json.register
def _(obj: bool):
    return "true" if obj else "false"

@to_json.register
def _(obj: Integral):
    return str(int(obj))

@to_json.register(float)
@to_json.register(Decimal)
def _(obj):
    return repr(float(obj))

@to_json.register
def _(obj: None | type(None)):
    return "null"

print(to_json({"a": [1, 2.5, True, None], "b": OrderedDict(x="y"), "c": (Decimal("1.5"),), "d": UserDict(k=1)}))
try:
    to_json({1, 2})
except TypeError as e:
    print(str(e).split(" at 0x")[0])
print(to_json.dispatch(dict).__name__, to_json.dispatch(bool) is to_json.dispatch(int), sorted(k.__name__ for k in to_json.registry if isinstance(k, type)))
try:
    @to_json.register
    def _(obj):
        pass
except TypeError as e:
    print(str(e).split(" at 0x")[0])
try:
    @to_json.register
    def _(obj: "list[int]"):
        pass
except TypeError as e:
    print(str(e).split(" at 0x")[0])

class Shape:
    @singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError(type(factor).__name__)
    @scale.register
    def _(self, factor: int):
        return f"int scale {factor}"
    @scale.register
    def _(self, factor: float):
        return f"float scale {factor:.1f}"
    @singledispatchmethod
    @classmethod
    def make(cls, spec):
        return f"{cls.__name__} from {spec!r}"
    @make.register
    @classmethod
    def _(cls, spec: dict):
        return f"{cls.__name__} from dict keys {sorted(spec)}"
print(Shape().scale(2), Shape().scale(1.5), Shape.make("x"), Shape.make({"b": 1, "a": 2}))
try:
    Shape().scale("s")
except NotImplementedError as e:
    print("NotImplementedError", e)

class Switch:
    def __init__(self): self.state = None
    def _set(self, value, *, note=""):
        self.state = (value, note)
    on = partialmethod(_set, True, note="flipped on")
    off = partialmethod(_set, False)
    @classmethod
    def _make(cls, v): return cls.__name__ + str(v)
    make1 = partialmethod(_make, 1)
s = Switch(); s.on(); print(s.state); s.off(note="manual"); print(s.state, Switch.make1(), repr(Switch.__dict__["off"]).split(" at ")[0])


def f(cls, x: int) -> str:
    "doc"


for wrapper in (classmethod(f), staticmethod(f)):
    print(wrapper.__wrapped__ is f, wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.__module__,
          wrapper.__isabstractmethod__)
