from __future__ import annotations
from typing import Protocol, Generic, TypeVar, NamedTuple, Iterator, Callable, runtime_checkable
from dataclasses import dataclass
from abc import ABC, abstractmethod

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")


@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...


class Comparable(Protocol):
    def __lt__(self, other: Comparable) -> bool: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> Stack[T]:
        self._items.append(item)
        return self

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: Point) -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


@dataclass
class Square:
    side: float

    def area(self) -> float:
        return self.side ** 2


class Animal(ABC):
    @abstractmethod
    def speak(self) -> str: ...

    def greet(self) -> str:
        return f"{type(self).__name__} says {self.speak()}"


class Dog(Animal):
    def speak(self) -> str:
        return "woof"


def largest(items: list[K]) -> K:
    best = items[0]
    for it in items[1:]:
        if best < it:
            best = it
    return best


def apply(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]


s: Stack[int] = Stack()
s.push(1).push(2).push(3)
print(s, len(s), list(s), s.pop(), s)
p, q = Point(3, 4), Point(0)
print(p, q, p.dist(q), p._fields, p._replace(x=1), Point._field_defaults, p.x, p[1])
print(isinstance(Square(2), Shape), isinstance(3, Shape), Square(3).area())
print(Dog().greet())
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)
print(largest([3, 9, 2]), largest(["pear", "apple"]), apply(lambda v: v * v, [1, 2, 3]))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
class Node:
    def add(self, other: Node) -> Node:
        return self
    nxt: Node | None = None
print(Node().add(Node()).nxt, Node.add.__annotations__)
