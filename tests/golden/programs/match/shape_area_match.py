# Shapes as tuples, matched with literal, capture, and guard patterns.
import math

shapes = [
    ("circle", 1.0),
    ("rect", 3, 4),
    ("square", 2.5),
    ("triangle", 3, 4, 5),
    ("triangle", 1, 1, 3),
    ("polygon", [(0, 0), (4, 0), (0, 3)]),
    ("circle", -1),
    ("blob",),
    "not a tuple",
]


def area(shape):
    match shape:
        case ("circle", r) if r > 0:
            return math.pi * r * r
        case ("circle", _):
            raise ValueError("radius must be positive")
        case ("rect", w, h):
            return w * h
        case ("square", s):
            return area(("rect", s, s))
        case ("triangle", a, b, c) if a + b > c and a + c > b and b + c > a:
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case ("triangle", *sides):
            raise ValueError(f"impossible triangle {sides}")
        case ("polygon", [*points]) if len(points) >= 3:
            return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2
        case (kind, *_):
            raise TypeError(f"unknown shape {kind!r}")
        case _:
            raise TypeError(f"not a shape: {shape!r}")


total = 0
for s in shapes:
    try:
        a = area(s)
        total += a
        print(f"{s[0]:<9} {a:8.3f}")
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(f"total {total:.3f}")
