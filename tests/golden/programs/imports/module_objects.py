import sys, math, _geometry, _shapes
D = __file__.rsplit("/", 1)[0]
print(repr(sys), repr(math).split(" from ")[0].split(" (")[0])
print(repr(_geometry).replace(D, "D"))
print(repr(_shapes).replace(D, "D"))
print(_geometry.__name__, _geometry.__package__, _geometry.__doc__)
print(sorted(k for k in _geometry.__dict__ if not k.startswith("__")))
import _half_a
print(_half_a.DONE)
try:
    _geometry.missing
except AttributeError as e:
    print(e)
