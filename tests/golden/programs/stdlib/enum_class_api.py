# The enum class API as programs use it: members by value and name, an enum
# that cannot be extended, _ignore_, the functional API (module, start,
# mappings, pairs), dir(), reversed(), flag combinations that are the same
# object each time, mixins.
import enum
from enum import Enum, Flag, IntEnum, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted([Color.BLUE, Color.RED]), Color["GREEN"], Color(3), list(reversed(Color)))
try:

    class More(Color):
        PINK = 4

except TypeError as e:
    print("TypeError:", e)


class Shape(Enum):
    _ignore_ = ["helper", "i"]
    SQUARE = "sq"
    CIRCLE = "ci"
    helper = 5
    for i in range(3):
        pass


print(list(Shape), hasattr(Shape, "helper"), hasattr(Shape, "i"))
print(dir(Color), dir(Color.RED))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    def density(self):
        return self.mass / self.radius**3


print(dir(Planet.EARTH), "A" in dir(IntEnum("Small", "A B")))
Animal = Enum("Animal", ["CAT", "DOG"], start=10)
Http = IntEnum("Http", {"OK": 200, "NOT_FOUND": 404})
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
Spaced = Enum("Spaced", "ONE, TWO THREE")
Bits = Flag("Bits", "A B C")
for cls in (Animal, Http, Pair, Spaced, Bits):
    print(cls, cls.__module__, list(cls))
print(Http(404), repr(Http.NOT_FOUND), Http.OK + 1, Bits.A | Bits.C)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw is Perm(3), rw == Perm(3), hash(rw) == hash(Perm(3)), {rw: "read-write"}[Perm.W | Perm.R])
print(~Perm.R is Perm.W | Perm.X, Perm(0) is Perm.R & Perm.W, list(rw), repr(Perm(7)))


class Mode(IntFlag):
    READ = 4
    WRITE = 2


print(Mode.READ | 8, repr(Mode(12)), Mode(6) is Mode.READ | Mode.WRITE)


class Temp(float, Enum):
    FREEZE = 0.0
    BOIL = 100.0


class Kind(str, Enum):
    FILE = "file"
    DIR = "dir"


print(Temp.BOIL, repr(Temp.BOIL), Temp.BOIL + 1, Temp(0.0), Kind.FILE, repr(Kind.DIR), Kind.FILE == "file")
print(Kind.DIR.upper(), f"{Kind.FILE}", "%s" % Kind.FILE, sorted(Kind), Kind("dir"))
print(enum.unique(Color), Color._member_names_, Color._value2member_map_)
