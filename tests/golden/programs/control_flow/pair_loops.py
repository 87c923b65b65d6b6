# `for a, b in ...` over the iterators that make pairs (dict items,
# enumerate, zip), and unpacking in loops: every way such a loop can end.
import sys

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v, end="; ")
print()
try:
    for k, v in d.items():
        d[k + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)

for i, c in enumerate("xyz", start=sys.maxsize - 1):
    print(i, c, type(i).__name__)
for i, c in enumerate("ab", -5):
    print(i, c)
for i, c in enumerate("ab", start=10**20):
    print(i, c)

def gen(n, label):
    for i in range(n):
        print("  next", label, i)
        yield i

for a, b in zip(gen(3, "A"), gen(2, "B")):
    print("pair", a, b)
for a, b in zip(gen(1, "A"), gen(5, "B")):
    print("pair", a, b)
try:
    for a, b in zip([1, 2], [3], strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError:", e)

def boom():
    yield 1
    raise KeyError("inner")
try:
    for a, b in zip(boom(), "xyz"):
        print("got", a, b)
except KeyError as e:
    print("KeyError:", e)

e = enumerate([10, 20])
for i, v in e:
    print(i, v)
print(next(e, "done"), next(e, "done"))

for a, b in [(1, 2), [3, 4], "xy", range(2)]:
    print(a, b)
try:
    for a, b in [(1, 2), (1, 2, 3)]:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [(1,)]:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [5]:
        pass
except TypeError as e:
    print("TypeError:", e)

class Items(dict):
    pass
for k, v in Items(x=1, y=2).items():
    print(k, v)

lst = [1, 2]
it = iter(lst)
print(list(it))
lst.append(3)
print(next(it, "stays exhausted"))

z = zip([1, 2], [3, 4])
for a, b in z:
    print(a, b)
print(list(z), list(enumerate([])))
nested = {"p": (1, 2), "q": (3, 4)}
for name, (x, y) in nested.items():
    print(name, x + y)
print([k for k, _ in enumerate("abc")], {v: k for k, v in d.items()})
