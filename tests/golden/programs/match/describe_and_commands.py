from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: float

class Vec:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"Vec({self.a}, {self.b})"

def describe(obj):
    match obj:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s) if s.isupper():
            return f"shout {s}"
        case str():
            return f"string {obj!r}"
        case Color.RED:
            return "red!"
        case Color():
            return f"color {obj.name}"
        case []:
            return "empty list-like"
        case [x]:
            return f"one item {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case (first, *rest) if isinstance(obj, tuple):
            return f"tuple first={first} rest={rest}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(x=cx, y=cy), r=radius) if radius > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c):
            return f"circle at {c}"
        case Vec(1, b):
            return f"vec starting 1, b={b}"
        case Vec(a=a):
            return f"vec a={a}"
        case _:
            return f"other {type(obj).__name__}"

tests = [None, True, False, 0, 0.0, -5, 7, 2.5, "", "HI", "hi", Color.RED, Color.GREEN,
         [], (), [1], [2, 2], [2, 3], (1, 2, 3), [1, 2, 3, 4], "ab",
         {"type": "user", "name": "bob", "age": 3}, {"type": "admin"}, {"x": 1}, {},
         Point(0, 0), Point(0, 5), Point(3, 4), Circle(Point(1, 2), 20), Circle(Point(1, 2), 1),
         Vec(1, 9), Vec(2, 9), object, b"ab", range(2), {1, 2}]
for t in tests:
    print(repr(t)[:40], "->", describe(t))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["get", obj] | ["pick", "up", obj]:
            return f"getting {obj}"
        case ["drop", *objs] if objs:
            return f"dropping {', '.join(objs)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ["go north", "go up", "get lamp", "pick up key", "drop a b c", "drop", "quit", "exit", "", "dance wildly"]:
    print(repr(c), command(c))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

x = 5
match x:
    case 1:
        print("one")
    case other:
        print("captured", other)
print(other)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match 3.0:
    case 3:
        print("3.0 matches 3")
match "abc":
    case [*chars]:
        print("str is seq?", chars)
    case _:
        print("str is not a sequence pattern")
