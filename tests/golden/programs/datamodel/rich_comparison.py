# Rich comparisons, reflected operations and NotImplemented fallbacks.
class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}m"

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        if isinstance(other, (int, float)):
            return self.v == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    __radd__ = __add__
    __hash__ = None


a, b = Meters(3), Meters(5)
print(a < b, b < a, a > b, a < 4, 4 > a, a == 3, 3 == a, a != b)
print(a + b, a + 1, 1 + a, sum([a, b, Meters(2)]), sorted([b, Meters(1), a]))
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
print(a == "3", a <= b if hasattr(Meters, "__le__") and False else "no __le__")
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
