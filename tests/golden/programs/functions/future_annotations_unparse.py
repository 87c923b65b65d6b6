from __future__ import annotations
import typing
from dataclasses import dataclass, field
from typing import Optional, Callable

class Node:
    nxt: Node | None = None
    def add(self, other: Node, *args: int, key: str = "k", **kw: dict[str, "Node"]) -> Node:
        return self

def f(a: 1 + 2 * 3, b: (1 + 2) * 3, c: -x ** 2, d: (-x) ** 2, e: x ** -y, g: not a and b or c, h: a if b else c,
      i: lambda x, y=1, *z, w, **kw: x, j: [1, 2, *r], k: {1: 2, **m}, l: {1, 2}, m: (1,), n: (), o: (1, 2),
      p: f(x, *y, z=1, **w), q: f(x for x in y), r: a[1:2, ::3], s: a[1, 2], t: a[(1, 2)], u: "s'q\"", v: b"by",
      w: 1e400, x1: 1j, y1: ..., z1: x.y.z, b2: [x for x in y if z],
      c2: {k: v for k, v in d}, d2: f"a{b!r:>{w}} {{c}}", e2: 1 .real, f2: a < b <= c != d, g2: a is not b,
      i2: a @ b // c % d, j2: a << b >> c & d ^ e | f, k2: ~a, l2: +a, m2: Callable[[int, str], None],
      n2: a[*b], o2: "x" "y", p2: u"uni", q2: 10**20, r2: 0.1, s2: None, t2: True, u2: lambda: 0, v2: lambda *a: 0):
    pass

for k, v in f.__annotations__.items():
    print(k, repr(v))
print(Node.add.__annotations__, Node.__annotations__)

@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = field(default_factory=list)
    parent: Optional[Point] = None

p = Point(1, 2.5, ["a"], Point(0))
print(p, Point.__doc__)
print(typing.get_type_hints(Point))
x: int = 3
print(__annotations__)
class C:
    a: int
    b: "str" = "x"
    self_ref: C
print(C.__annotations__)
