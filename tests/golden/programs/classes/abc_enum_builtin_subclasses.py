from abc import ABC, abstractmethod
from enum import Enum, IntEnum, Flag, auto, unique
import enum

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"

try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
print(Square(2).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.parse("red").describe(), list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.RED in Color, {c.name: c.value for c in Color}, Color.RED.__class__.__name__)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 5
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH), f"{Pri.LOW}", str(Pri.LOW), format(Pri.HIGH, "d"))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(Perm.X), Perm.R.value, Perm.X.value, bool(Perm(0)))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, Auto.B.name)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Status(str, Enum):
    OK = "ok"
    FAIL = "fail"
print(Status.OK == "ok", Status.OK.value, Status("fail"), f"{Status.OK}", Status.OK.upper())

class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)

class Base:
    __slots__ = ("a",)
class Derived(Base):
    __slots__ = ("b",)
d = Derived(); d.a = 1; d.b = 2
print(d.a, d.b, Derived.__slots__, hasattr(d, "__dict__"))
class Loose(Base):
    pass
l = Loose(); l.z = 3
print(l.z, l.__dict__)

class Cnt:
    instances = 0
    @classmethod
    def create(cls):
        cls.instances += 1
        return cls()
class SubCnt(Cnt):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.sub = True
        return obj
o = SubCnt.create()
print(type(o).__name__, o.sub, Cnt.instances, SubCnt.instances)

class Str(str):
    def shout(self): return self.upper() + "!"
s = Str("hey")
print(s.shout(), s + "x", type(s + "x").__name__, len(s), s == "hey", isinstance(s, str), repr(s))
class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
    def total(self): return sum(self)
m = MyList(1, 2, 3)
m.append(4)
print(m, m.total(), len(m), m[1:], type(m[1:]).__name__, type(m).__name__, m == [1, 2, 3, 4])
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
md = MyDict(a=1)
print(md["A"], md.get("A"), md, list(md.items()))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__, repr(Pos(-2)))
print(type.__name__, type(type), type(object), object.__bases__, int.__mro__, bool.__bases__)
print(Square.__dict__.get("area").__name__, "area" in dir(Square), Square.__name__, Square.__bases__[0].__name__)
print(getattr(Square(3), "s"), vars(Square(4)), Square(2).__class__ is Square)
