from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def __post_init__(self):
        self.count = len(self.items)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p))
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: "a"}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("frozen:", e)
inv = Inventory("ann", ["a", "b"])
print(inv, inv.count, [f.name for f in fields(inv)], replace(p, y=9))
try:
    Point()
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
match p:
    case Point(x, y):
        print("matched", x, y)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
