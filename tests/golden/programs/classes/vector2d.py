# A 2D vector with the full set of arithmetic dunders, abs, bool and iteration.
import math


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __iter__(self):
        yield self.x
        yield self.y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, v * w, v / 2, -v, abs(v))
print(bool(Vector()), bool(w), v == Vector(3, 4), v != w, {v, Vector(3, 4)})
x, y = v
print(x, y, v[0], v[-1], list(w), f"{v:.2f}", format(w, "+d"))
total = Vector()
for p in [Vector(1, 1), Vector(2, 3), Vector(-1, 0)]:
    total += p
print(total, sum([v, w], Vector()), max([v, w], key=abs))
