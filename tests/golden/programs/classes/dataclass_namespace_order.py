# The names @dataclass adds to a class, in CPython's order: the parameters
# before the fields, a frozen class's __setattr__/__delattr__ before __hash__,
# and __slots__ members sorted by name as type() makes them.
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


@dataclasses.dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


@dataclasses.dataclass(slots=True)
class Pixel:
    x: int
    color: str = "black"


@dataclasses.dataclass(eq=False)
class Plain:
    name: str


for cls in (Point, Version, Pixel, Plain):
    print(cls.__name__, [k for k in cls.__dict__ if k not in ("__module__", "__doc__")])
print(Version.__dict__["__dataclass_params__"])
print(sorted([Version(1, 2), Version(1, 0)]), hash(Version(1)) == hash(Version(1, 0)))


class Slotted:
    __slots__ = ("zeta", "_private", "Alpha", "__dict__")


s = Slotted()
s.zeta, s._private, s.Alpha, s.extra = 1, 2, 3, 4
print(list(Slotted.__dict__), s.zeta, s._private, s.Alpha, s.extra)
