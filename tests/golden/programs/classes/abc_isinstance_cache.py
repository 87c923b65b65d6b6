# isinstance() against abstract base classes, many times (a flatten that
# asks Iterable for every item): answers are cached per class as CPython's
# _abc caches them, and register() makes earlier "no" answers stale.
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence, Sized
import numbers


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


nested = [[i, (i + 1, [i + 2, {i + 3}]), "ab", b"c", range(2)] for i in range(2000)]
flat = list(flatten(nested))
print(len(flat), flat[:12], sum(x for x in flat if isinstance(x, numbers.Integral)))


class Shape(ABC):
    @abstractmethod
    def area(self): ...


class Blob:
    def area(self):
        return 1


print(isinstance(Blob(), Shape), issubclass(Blob, Shape))
Shape.register(Blob)
print(isinstance(Blob(), Shape), issubclass(Blob, Shape), isinstance(3, Shape))


class Box:
    def __len__(self):
        return 0


class Table:
    def __getitem__(self, key):
        return key


print(isinstance(Box(), Sized), isinstance(Table(), Mapping), isinstance(Table(), Sequence))
Mapping.register(Table)
print(isinstance(Table(), Mapping), issubclass(Table, Sized), [isinstance(v, numbers.Number) for v in (1, 1.5, 1j, "1")])
