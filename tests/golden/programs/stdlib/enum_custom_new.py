"""Enums whose members carry more than a value: a custom __new__ and __init__."""
import enum
class K(enum.IntEnum):
    A = 'a desc'
    B = 'b desc'
    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member
    def __str__(self): return self.name
print(K.A, K.B.description, repr(K.B), K(1), list(K), K.A < K.B, K['B'])
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.MARS.mass, Planet((5.97e24, 6.37e6)))
class Coord(bytes, enum.Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(0), Coord.PY.value)
