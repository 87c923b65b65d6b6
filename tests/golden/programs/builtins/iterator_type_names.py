# Each builtin iterator has a type of its own, named as CPython names it,
# before, during and after iteration.
import re


def shown(obj):
    # Addresses differ between runs: show them as 0x...
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(obj))


def gen():
    yield 1


class Indexable:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)


samples = [
    ("list", iter([1, 2])),
    ("tuple", iter((1, 2))),
    ("ascii str", iter("ab")),
    ("non-ascii str", iter("é")),
    ("empty str", iter("")),
    ("bytes", iter(b"ab")),
    ("bytearray", iter(bytearray(b"ab"))),
    ("range", iter(range(3))),
    ("dict", iter({1: 2})),
    ("dict keys", iter({1: 2}.keys())),
    ("dict values", iter({1: 2}.values())),
    ("dict items", iter({1: 2}.items())),
    ("set", iter({1, 2})),
    ("frozenset", iter(frozenset({1}))),
    ("callable", iter(lambda: 1, 1)),
    ("sequence protocol", iter(Indexable())),
    ("reversed list", reversed([1, 2])),
    ("reversed range", reversed(range(3))),
    ("reversed tuple", reversed((1, 2))),
    ("reversed str", reversed("ab")),
    ("zip", zip([1], [2])),
    ("map", map(abs, [-1])),
    ("filter", filter(None, [0, 1])),
    ("enumerate", enumerate("ab")),
]
for label, it in samples:
    before = type(it)
    first = next(it, None)
    rest = list(it)
    after = type(it)
    print(f"{label:18} {before.__name__:20} {shown(it):38} same after: {before is after}")
    assert iter(it) is it

print(shown(gen()))
print(type(gen()).__name__, type(iter(gen())).__name__)

# The types are distinct classes of the `builtins` module, not callable.
list_iterator = type(iter([]))
print(list_iterator, list_iterator.__module__, list_iterator.__qualname__)
print(type(iter([])) is type(iter([3])), type(iter([])) is type(iter(())))
try:
    list_iterator()
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(list_iterator):
        pass
except TypeError as e:
    print("TypeError:", e)

# __next__ and __iter__ come from the type.
it = iter([10, 20])
print(list_iterator.__next__(it), it.__next__(), hasattr(list_iterator, "__iter__"))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")

import collections.abc
for it in [iter([]), iter(""), iter({}), reversed([]), zip(), iter(range(0))]:
    print(type(it).__name__, isinstance(it, collections.abc.Iterator))
