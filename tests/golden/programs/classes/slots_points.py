# __slots__ classes: no instance dict, inherited slots, and attribute errors.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


p = Point(1, 2)
q = Point3(1, 2, 3)
print(p, q, hasattr(p, "__dict__"), Point.__slots__, Point3.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.x += 10
print(p)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__, [getattr(q, s) for s in ("x", "y", "z")])
