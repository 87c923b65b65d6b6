from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


@unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return f"{self.name.lower()} with value {self.value}"

    @classmethod
    def default(cls):
        return cls.CIRCLE


class Color(str, Enum):
    RED = "r"
    GREEN = "g"


p = Perm.READ | Perm.EXEC
print(p, repr(p), Perm.RW, list(Perm), Perm.READ in p, Perm.WRITE in p, bool(Perm(0)), Perm(0))
print(~Perm.READ, p & Perm.RW, p ^ Perm.READ, Perm(7), repr(Perm(7)), p.value, p.name)
for member in Perm:
    print(member.name, member.value, member in Perm.RW)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, 3, Priority.LOW]), int(Priority.HIGH))
print(Priority(5), repr(Priority(5)), f"{Priority.HIGH}", f"{Priority.HIGH:>6}", str(Priority.LOW), Priority.HIGH == 10)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.mass)
print(Shape.ALIAS_FOR_SQUARE, Shape.SQUARE is Shape.ALIAS_FOR_SQUARE, list(Shape), Shape.__members__.keys())
print(Shape.DIAMOND.describe(), Shape.default(), Shape(1), len(Shape))
print(Color.RED, repr(Color.RED), Color.RED == "r", f"{Color.GREEN}", Color("g"), Color.RED.upper(), Color.RED.value)
print(IntFlag("X", "A B C").A | 8, repr(enum.IntFlag("Y", ["P", "Q"]).Q))
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, repr(Animal), list(Animal))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Priority.LOW = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Shape(42)
except ValueError as e:
    print(e)


class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()

    def __str__(self):
        return self.name.title()


print(Status.ACTIVE, Status.INACTIVE.value, f"{Status.ACTIVE!r}", {s: s.value for s in Status})
match Priority(10):
    case Priority.LOW:
        print("low")
    case Priority.HIGH:
        print("high!")
print(Perm.READ | 4 if False else Perm(3), Perm.RW.name, (Perm.READ | Perm.WRITE).name)
print(enum.Enum.__name__, type(Priority.HIGH), type(Priority), isinstance(Priority.HIGH, int))
print(hash(Shape.SQUARE) == hash(Shape.SQUARE), Shape.SQUARE.__class__.__name__)
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class Perm(Flag):
    R = 4
    W = 2
    X = 1
class Color(Enum):
    RED = 1
    GREEN = 2
class IP(IntFlag):
    A = 1
    B = 2
print(str(Perm(0)), repr(Perm(0)), format(Perm(0)), bool(Perm(0)), list(Perm(0)), len(Perm.R | Perm.X))
print(repr(IP(0)), str(IP(0)), repr(IP(7)), str(IP(7)), IP.A | 4, repr(IP.A | 4), ~IP.A, repr(~IP.A))
print(repr(~Perm.R), repr(Perm.R | Perm.W | Perm.X), Perm.R in (Perm.R | Perm.W))
print(Color.__members__)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
print(Color.RED < Color.GREEN if False else "skip")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
print(dir(Color.RED)[:6] if False else "", Color.RED.__class__, Color["RED"], Color(2))
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError", e)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.A == "a", f"{S.B}", S.B.upper())
class E(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
print(list(E), E.X.value)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num(2), Num.TWO * 3, [n for n in Num], Num.ONE == 1, f"{Num.TWO:03d}", "%d %s" % (Num.ONE, Num.ONE))
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
print(sorted(Perm, key=lambda p: p.value), Perm.R.value, Perm(6), Perm(6).name, repr(Perm(6)))
try:
    Perm(9)
except ValueError as e:
    print("ValueError", e)
print(Color(1) == 1, Color.RED != Color.GREEN, isinstance(Color.RED, Enum))
class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def today(cls):
        return cls.MON
    @property
    def is_monday(self):
        return self is Weekday.MON
print(Weekday.today(), Weekday.MON.is_monday, Weekday.TUE.is_monday)
