from typing import NamedTuple, TypedDict, Protocol, Optional, Union, List, Dict, Callable, TypeVar, Generic, Iterator, runtime_checkable, Any, Literal, get_type_hints, cast
from operator import itemgetter, attrgetter, methodcaller
import dataclasses


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)


def first(xs: List[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


p = Point(3, 4)
print(p, p.norm(), p._asdict(), p._replace(y=1), Point._fields, Point._field_defaults)
print(Point(1), p + (5,), p[0], isinstance(p, tuple), Point.__annotations__)
x, y = p
print(x, y, Point._make([7, 8]))
m: Movie = {"title": "Alien"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), type(m))
print(isinstance(Square(2), Shape), isinstance(3, Shape))
s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
print(list(s), s.pop(), Stack[int], Stack.__parameters__)
print(first([]), first([], 0), first(["a"]))
print(get_type_hints(first), Optional[int], Union[int, str], List[Dict[str, int]], Callable[[int], str])
print(Literal["a", "b"], cast(int, "x"), Any, int | None, list[int])


@dataclasses.dataclass
class Employee:
    name: str
    dept: str
    salary: int
    tags: list = dataclasses.field(default_factory=list)


staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cat", "eng", 150),
         Employee("dan", "ops", 90), Employee("eve", "hr", 70)]
print([e.name for e in sorted(staff, key=attrgetter("dept", "salary"))])
print([e.name for e in sorted(staff, key=lambda e: (-e.salary, e.name))])
print(sorted(staff, key=attrgetter("salary"), reverse=True)[0])
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3), ("a", 1, 7.7)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2))[0], max(rows, key=itemgetter(2)))
print(itemgetter(0)("xyz"), itemgetter(slice(1, None))("xyz"), attrgetter("real", "imag")(3 + 4j))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("a,b,c"))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True), sorted(set(map(str.lower, words))))
data = {"z": 3, "a": 3, "m": 1}
print(sorted(data, key=data.get), sorted(data.items(), key=lambda kv: (-kv[1], kv[0])))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst, sorted("hello"), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, {2}, {1, 2}])
    print("sets sorted by subset")
except TypeError as e:
    print(e)
print(sorted([3.5, 1, True, -2]), sorted([None, None]) if False else "")
print(repr(Point), repr(Employee), Point.__doc__)
print(dataclasses.fields(Employee)[3].name, dataclasses.is_dataclass(staff[0]))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(itemgetter(0, -1)), repr(attrgetter("a.b")))
