import math
import statistics
import string
from enum import Enum, Flag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(Color.RED | Color.BLUE, Color.WHITE, list(Color), Color(3), Color.RED in Color.WHITE, ~Color.RED)


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2

    def describe(self):
        return f"{self.name.lower()} #{self.value}"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


print(Shape.parse("circle").describe(), Shape.SQUARE, f"{Shape.SQUARE}", str(Shape.CIRCLE), len(Shape))
match Shape.SQUARE:
    case Shape.CIRCLE:
        print("round")
    case Shape.SQUARE:
        print("square!")


def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"vertical {d}"
        case ["go", d]:
            return f"go {d}"
        case ["take", *items] if items:
            return f"take {len(items)}: {', '.join(items)}"
        case [single]:
            return f"single {single!r}"
        case []:
            return "empty"
        case _:
            return "unknown"


for c in ["go north", "go west", "take a b c", "take", "look", "", "x y z"]:
    print(repr(c), "->", classify(c))


def shape_of(obj):
    match obj:
        case {"type": "point", "x": int(x), "y": int(y)}:
            return f"point({x},{y})"
        case {"type": "circle", "r": float() | int() as r} if r > 0:
            return f"circle r={r}"
        case (a, b):
            return f"pair {a} {b}"
        case str() as s:
            return f"str {s}"
        case _:
            return "?"


for o in [{"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 2.5}, {"type": "circle", "r": -1}, (1, 2), [3, 4], "s", 5]:
    print(shape_of(o))

vals = [2.5, 3.1, 4.7, 1.2, 9.9, 3.1]
print(statistics.mean(vals), statistics.median(vals), statistics.mode(vals), statistics.stdev(vals))
print(statistics.pvariance(vals), statistics.quantiles(vals, n=4), statistics.fmean([1, 2, 3]))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(84, 36), math.lcm(4, 6))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.pow(2, 0.5), math.isqrt(99))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, -1), math.copysign(3, -0.0), math.fmod(-7, 3))
print(divmod(-7, 3), -7 // 3, -7 % 3, 7 % -3, divmod(7.5, 2), 2 ** -1, (-8) ** (1 / 3))
print(1e308 * 10, -1e308 * 10, float("nan") == float("nan"), math.inf > 1e308, 0.1 + 0.2, 1 / 3)
print(repr(1e16), repr(1.5e-7), repr(123456789.123456789), 2.0 ** 53 + 1, float(2 ** 63), 10 ** 20 / 3)
print(int("0x1f", 16), int("1_000"), int("  42 "), int("-0b101", 0), float("  -1.5e3 "), float("inf"))
print(round(123.456, -1), round(-0.5), round(0.5), round(1e20), abs(-3 + 4j), complex(1, 2) * 1j)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else "")
print(bin(-10), hex(255), oct(8), f"{-10:b}", format(255, "#010x"), int("z", 36))
for bad in ("abc", "1.5", "", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("1e", "abc", ""):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(sorted(string.ascii_letters)[:3], string.digits, string.hexdigits, len(string.printable))
