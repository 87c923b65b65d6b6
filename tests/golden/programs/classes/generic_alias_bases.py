# list[int], dict[str, T]...: a class may derive from one (its origin is the
# base), type variables among the arguments are its __parameters__ and
# subscripting replaces them; isinstance() refuses a parameterized generic
# but takes a union, and objects with __instancecheck__ (typing's aliases).
import contextlib
import types
import typing

T = typing.TypeVar("T")
K = typing.TypeVar("K")


class Registry(dict[str, int]):
    def register(self, name):
        self[name] = len(self)
        return self


class Stack(list[T]):
    def peek(self):
        return self[-1]


r = Registry().register("a").register("b")
print(r, Registry.__bases__, Registry.__orig_bases__, Registry.__mro__)
s = Stack([1, 2])
print(s.peek(), Stack.__bases__, Stack.__orig_bases__)
pair = tuple[T, T]
table = dict[K, list[T]]
print(pair.__parameters__, pair[int], table.__parameters__, table[str, float], list[int].__parameters__)
print(tuple[()], tuple[int, ...], list["Node"], types.GenericAlias(dict, (str, int)), types.GenericAlias(list, int))
print(types.GenericAlias(list, (int,)) == list[int], list[int].__unpacked__, list[int]([1, 2]))
for attempt in (
    lambda: isinstance([], list[int]),
    lambda: issubclass(list, dict[str, int]),
    lambda: list[int][str],
    lambda: pair[int, str],
    lambda: isinstance(1, int | str),
    lambda: issubclass(bool, int | None),
    lambda: isinstance([], typing.List),
    lambda: isinstance({}, typing.Mapping),
    lambda: issubclass(list, typing.Sequence),
    lambda: isinstance([], typing.List[int]),
    lambda: isinstance(open, typing.Callable),
    lambda: isinstance(1, 3),
):
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


print(isinstance(Managed(), contextlib.AbstractContextManager), isinstance(1, contextlib.AbstractContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager), contextlib.AbstractContextManager[int])
try:

    class Incomplete(contextlib.AbstractContextManager):
        pass

    Incomplete()
except TypeError as e:
    print("TypeError:", e)
