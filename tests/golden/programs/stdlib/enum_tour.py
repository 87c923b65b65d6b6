from enum import Enum, IntEnum, auto, Flag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color), Color.RED in Color)
print(Color.RED.name, Color.RED.value, Color.BLUE.describe(), Color.RED == Color.RED, Color.RED is Color(1), Color.RED != Color.BLUE)
print({Color.RED: "r"}[Color.RED], [c.name for c in Color], Color.__members__.keys(), f"{Color.GREEN}")
try:
    Color(7)
except ValueError as e:
    print(e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.OK + 1, str(Status.NOT_FOUND), repr(Status.OK), sorted([Status.NOT_FOUND, Status.OK]), isinstance(Status.OK, int))
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
print(list(Shape), Shape.SQUARE.value, type(Color.RED).__name__, isinstance(Color.RED, Color))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
print(repr(Color))
