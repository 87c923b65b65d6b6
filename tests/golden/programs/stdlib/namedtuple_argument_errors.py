# namedtuple's __new__ binds arguments as a function does (its errors are the
# interpreter's: "takes from 2 to 3 positional arguments"), fields refuse
# assignment with "can't set attribute", and rename=True renames duplicates.
from collections import namedtuple

P = namedtuple("P", "x y", defaults=[0])
print(P(1), P(y=2, x=1), P.__new__.__qualname__, P.__new__.__defaults__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 3})]:
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print(e)
p = P(1, 2)
for action in (lambda: setattr(p, "x", 3), lambda: delattr(p, "y"), lambda: setattr(p, "z", 1)):
    try:
        action()
    except AttributeError as e:
        print(e)
print(namedtuple("R", ["a", "def", "a", "_b"], rename=True)._fields)
print(P._make([5, 6]), P.x.__doc__, type(P.x).__name__)
try:
    P._make([1])
except TypeError as e:
    print(e)
try:
    namedtuple("Q", "class x")
except ValueError as e:
    print(e)
Single = namedtuple("Single", "only")
print(Single(1), Single.__doc__, Single.__new__.__doc__)
# __module__ is the module whose code called namedtuple.
import types
factory = types.ModuleType("factory")
exec("from collections import namedtuple\ndef make(name, fields): return namedtuple(name, fields)", factory.__dict__)
print(P.__module__, factory.make("Rec", "a b").__module__)
