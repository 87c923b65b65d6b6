from abc import ABC, abstractmethod
import copy
import pprint
import reprlib


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, code=None, **kw):
        super().__init_subclass__(**kw)
        if code:
            Shape.registry[code] = cls

    @abstractmethod
    def area(self): ...

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Rect(Shape, code="R"):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape, code="C"):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 3)


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
shapes = [Shape.registry[c](*args) for c, args in [("R", (2, 3)), ("C", (1,)), ("R", (1, 1))]]
print(sorted(shapes), max(shapes), sorted(Shape.registry))


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


v = Vector(3, 4)
w = v
v += Vector(1, 1)
print(v, w is v, abs(Vector(3, 4)), 2 * v, v * 2, list(v), v[1], len(v), bool(Vector(0, 0)))
print(f"{Vector(1.5, 2.25):.1f}", {Vector(1, 2): "a"}[Vector(1, 2)], Vector(1, 2) in {Vector(1, 2)})
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
x, y = v
print(x, y, *v, sum(v), max(v), sorted(Vector(5, 2)))

config = {"name": "app", "servers": [{"host": f"h{i}", "ports": list(range(8000, 8000 + i))} for i in range(3)],
          "nested": {"a": {"b": {"c": [1, 2, 3]}}}, "flags": (True, False, None)}
clone = copy.deepcopy(config)
clone["servers"][0]["host"] = "changed"
shallow = copy.copy(config)
shallow["servers"][1]["host"] = "shared"
print(config["servers"][0]["host"], config["servers"][1]["host"])
pprint.pprint(config, width=60)
print(pprint.pformat(list(range(30)), compact=True, width=40))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))


class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

    def __copy__(self):
        return Node(self.val, self.children)

    def walk(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.walk(depth + 1)


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, val in tree.walk():
    print("  " * depth + val)
t2 = copy.copy(tree)
t3 = copy.deepcopy(tree)
print(t2.children is tree.children, t2.children[0] is tree.children[0], t3.children[0] is tree.children[0])
print(vars(Rect(1, 2)), Rect.__mro__[1].__name__, isinstance(Rect(1, 1), Shape), issubclass(Circle, ABC))
print(getattr(v, "x"), hasattr(v, "q"), type(v).__name__, Vector.__slots__, callable(v))
