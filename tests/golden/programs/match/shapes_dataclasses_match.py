from dataclasses import dataclass, field
from enum import Enum
import math
from typing import NamedTuple, Optional

class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

@dataclass(frozen=True, order=True)
class Point:
    x: float
    y: float

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dist(self, other=None):
        other = other or Point(0, 0)
        return math.hypot(self.x - other.x, self.y - other.y)

@dataclass
class Shape:
    name: str
    color: Color = Color.RED
    tags: list[str] = field(default_factory=list, repr=False)
    area: float = field(init=False, default=0.0)

    def __post_init__(self):
        self.area = self.compute_area()

    def compute_area(self):
        return 0.0

@dataclass
class Circle(Shape):
    center: Point = Point(0, 0)
    radius: float = 1.0

    def compute_area(self):
        return math.pi * self.radius ** 2

@dataclass
class Rect(Shape):
    corner: Point = Point(0, 0)
    w: float = 1.0
    h: float = 1.0

    def compute_area(self):
        return self.w * self.h

class Cmd(NamedTuple):
    op: str
    args: tuple = ()
    target: Optional[str] = None

def describe(obj):
    match obj:
        case Circle(radius=r, center=Point(x=0, y=0)) if r > 5:
            return f"big circle at origin r={r}"
        case Circle(radius=r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"point ({x}, {y})"
        case [Point() as p, *rest]:
            return f"path from {p} with {len(rest)} more"
        case {"type": "circle", "r": r, **extra}:
            return f"dict circle {r} extra={extra}"
        case Cmd(op="move", args=(dx, dy)):
            return f"move by {dx},{dy}"
        case Cmd(op=op, target=None):
            return f"cmd {op} without target"
        case str() | bytes() as s if len(s) > 3:
            return f"long text {s!r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case Color.RED | Color.GREEN:
            return "warm-ish color"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(obj).__name__}"

Point.__match_args__ = ("x", "y")
items = [
    Circle("c1", radius=7), Circle("c2", Color.BLUE, center=Point(1, 1), radius=2), Rect("sq", w=3, h=3),
    Rect("r", Color.GREEN, ["a"], corner=Point(1, 2), w=2, h=5), Point(3, 4), [Point(0, 0), Point(1, 1), Point(2, 2)],
    {"type": "circle", "r": 3, "fill": True}, Cmd("move", (1, -1)), Cmd("stop"), "hello", b"ab", -3, -2.5, 7,
    Color.GREEN, Color.BLUE, None,
]
for it in items:
    print(describe(it))

shapes = [x for x in items if isinstance(x, Shape)]
for s in sorted(shapes, key=lambda s: s.area, reverse=True):
    print(f"{s.name:>4} {s.color.name:<5} {s.area:9.3f}", s)
print(Point(1, 2) < Point(1, 3), Point(2, 0) > Point(1, 9), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
p = Point(1, 2)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(1, 2)), p == Point(1.0, 2.0), p + Point(1, 1), round(Point(3, 4).dist(), 3))
c = Cmd("go", (1,), "home")
print(c, c._fields, c._asdict(), c.op, c[2], Cmd._field_defaults)
print(Color("g"), Color["BLUE"], [c.value for c in Color], Color.RED in Color, len(Color))
try:
    Color("x")
except ValueError as e:
    print(e)
