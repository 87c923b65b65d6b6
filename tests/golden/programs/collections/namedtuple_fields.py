# A named tuple's fields are `_collections._tuplegetter` descriptors: item
# reads that cannot be set, with the rest of namedtuple's behaviour.
import copy
from collections import namedtuple
from _collections import _tuplegetter


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
total = 0
for q in [Point(i, i * i) for i in range(1000)]:
    total += q.x - q.y
print(total)
print(Point.x, Point.y, type(Point.x), type(Point.x).__module__, type(Point.x).__name__)
print(Point.x.__doc__, Point.y.__doc__, Point.__doc__, Point._fields, Point.__match_args__)
print(Point.x.__reduce__(), Point.x.__get__(None, Point), Point.x.__get__((5, 6)), Point.y.__get__(p, Point))
attempt("set a field", lambda: setattr(p, "x", 3))
attempt("delete a field", lambda: delattr(p, "x"))
attempt("set another attribute", lambda: setattr(p, "z", 3))
attempt("no such field", lambda: p.z)
attempt("__set__", lambda: Point.x.__set__(p, 1))
attempt("__delete__", lambda: Point.x.__delete__(p))
attempt("__set__ one argument", lambda: Point.x.__set__(p))
attempt("__get__ on a list", lambda: Point.x.__get__([1]))
attempt("__get__ on a short tuple", lambda: Point.y.__get__((1,)))
attempt("__get__(None, None)", lambda: Point.x.__get__(None, None))
attempt("__get__(None)", lambda: Point.x.__get__(None))
attempt("__get__ three arguments", lambda: Point.x.__get__(p, Point, 1))
attempt("attribute of the descriptor", lambda: Point.x.foo)
Point.x.__doc__ = "the abscissa"
print(Point.x.__doc__, Point.x)

# _replace, _asdict, _make, defaults, rename, module, pickling helpers.
print(p._replace(x=10), p._asdict(), Point._make([3, 4]), p.__getnewargs__())
attempt("_replace bad field", lambda: p._replace(z=1))
attempt("_make too short", lambda: Point._make([1]))
attempt("missing argument", lambda: Point(1))
attempt("too many arguments", lambda: Point(1, 2, 3))
D = namedtuple("D", ["a", "b", "c"], defaults=[20, 30])
print(D(1), D(1, c=5), D._field_defaults, D.__new__.__defaults__)
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4), R._1, R(1, 2, 3, 4)._3)
M = namedtuple("M", "a", module="somewhere")
print(M.__module__, Point.__module__, M(1))
print(copy.copy(p), copy.deepcopy(Point([1], [2])), copy.copy(p) is p)
print(p.__class__.__name__, isinstance(p, tuple), Point.__bases__, Point.__slots__)
print(p + (3,), p * 2, p[::-1], tuple(p), list(p), p.count(1), p.index(2))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 2)]), max(Point(0, 5), Point(1, 0)))

# Subclasses: extra methods and slots, a dict when no __slots__.
class Vec(Point):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Vec<{self.x}, {self.y}>"


v = Vec(3, 4)
print(v, v.norm2(), v.x, v._replace(y=0), type(v._replace(y=0)).__name__)
attempt("set a field of a subclass", lambda: setattr(v, "y", 1))
attempt("no dict on a slotted subclass", lambda: setattr(v, "w", 1))


class Tagged(Point):
    pass


t = Tagged(5, 6)
t.tag = "tagged"
print(t, t.x, t.tag, t.__dict__)
attempt("a field is no instance attribute", lambda: setattr(t, "x", 0))
t.__dict__["x"] = "shadow"
print(t.x, t.__dict__)


class Override(Point):
    @property
    def x(self):
        return "property wins"


print(Override(1, 2).x, Override(1, 2).y)

# The field descriptor alone, on any tuple subclass.
class Pair(tuple):
    first = _tuplegetter(0, "first item")
    last = _tuplegetter(-1, None)
    far = _tuplegetter(5, "far")


pair = Pair((1, 2))
print(pair.first, Pair.first.__doc__, repr(Pair.last), repr(_tuplegetter(True, [1])))
attempt("negative index", lambda: pair.last)
attempt("index past the end", lambda: pair.far)
attempt("no arguments", lambda: _tuplegetter())
attempt("one argument", lambda: _tuplegetter(1))
attempt("str index", lambda: _tuplegetter("a", None))
attempt("huge index", lambda: _tuplegetter(2**70, None))
attempt("keyword", lambda: _tuplegetter(1, doc=2))
attempt("subclass", lambda: type("G", (_tuplegetter,), {}))
cls, args = Point.y.__reduce__()
print(cls(*args), cls(*args).__get__(p))
attempt("on a list subclass", lambda: type("L", (list,), {"x": _tuplegetter(0, None)})().x)

# Pattern matching by field, then by position (__match_args__).
for shape in [Point(0, 0), Point(1, 0), Point(3, 4), Vec(0, 9)]:
    match shape:
        case Point(x=0, y=0):
            print("origin")
        case Vec(0, y):
            print("vertical vec", y)
        case Point(x, 0):
            print("on the x axis at", x)
        case Point(x=x, y=y):
            print("elsewhere", x, y)
