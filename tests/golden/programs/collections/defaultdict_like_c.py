# defaultdict and OrderedDict as CPython's C types: defaultdict's factory in
# its one slot (no __dict__), copy/pickle/| keeping class and factory,
# subclasses' repr; OrderedDict's order-sensitive equality, views, moves.
import copy, pickle
from collections import defaultdict, OrderedDict
d = defaultdict(list, a=[1])
d["b"].append(2)
print(d, repr(d), d.default_factory, type(d).__mro__)
print(copy.copy(d), copy.deepcopy(d), pickle.loads(pickle.dumps(d)))
print(d.__reduce__()[:2], d.copy(), type(d.copy()))
print(d | {"c": 3}, {"z": 0} | d, type(d | {}), type({} | d))
try:
    d.__dict__
except AttributeError as e:
    print("AttributeError", e)
class DD(defaultdict):
    pass
x = DD(int); x["q"] += 1; x.attr = 1
print(x, x.__dict__, copy.copy(x), type(copy.copy(x)).__name__)
e = defaultdict()
try:
    e["k"]
except KeyError as err:
    print("KeyError", err)
try:
    defaultdict(5)
except TypeError as err:
    print(err)
print(defaultdict(None, {1: 2}), defaultdict(int, [(1, 2)]), type(defaultdict.__dict__["default_factory"]).__name__)
print(d == {"a": [1], "b": [2]}, isinstance(d, dict), d.get("zz"), "zz" in d)
dd = defaultdict(lambda: "x"); dd[1]; print(dd.__repr__()[:30])
r = defaultdict(list); r["self"] = r; print(r)
o = OrderedDict(a=1, b=2, c=3)
o.move_to_end("a"); o.move_to_end("c", last=False)
print(o, o.popitem(), o.popitem(last=False), o)
o = OrderedDict.fromkeys("abc")
print(o == OrderedDict.fromkeys("cba"), o == dict.fromkeys("cba"), dict.fromkeys("cba") == o)
print(list(reversed(o)), list(reversed(o.items())), o.keys(), o.values(), o.items())
print(copy.copy(o), pickle.loads(pickle.dumps(o)), o.__reduce__()[:2], o | {"z": 1}, type(o | {}))
try:
    o.move_to_end("zz")
except KeyError as err:
    print("KeyError", err)
try:
    OrderedDict().popitem()
except KeyError as err:
    print("KeyError", err)
class OD(OrderedDict):
    pass
print(OD(x=1), repr(OrderedDict()), OrderedDict([(1, OrderedDict(a=1))]))
try:
    o.__dict__
    print("has dict", o.__dict__)
except AttributeError as e:
    print("AttributeError", e)
