# Builtins calling Python functions per item (key=, map, filter, special
# methods) take a fast path when the arguments bind where they are
# (call.rs: run_positional); every other function takes the general one.
import functools


def neg(x):
    return -x


def with_default(x, scale=2):
    return x * scale


def star(*args):
    return -args[0]


def kwonly(x, *, sign=-1):
    return sign * x


def two(x, y):
    return x + y


class Keyed:
    def __init__(self, sign):
        self.sign = sign

    def key(self, x):
        return self.sign * x

    def __call__(self, x):
        return -x


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data, key=neg))
print(sorted(data, key=lambda x: -x, reverse=True))
print(sorted(data, key=with_default))
print(sorted(data, key=star))
print(sorted(data, key=kwonly))
print(sorted(data, key=Keyed(-1).key))
print(sorted(data, key=Keyed(1)))
print(sorted(["b", "A", "c"], key=str.lower))
print(sorted(data, key=functools.partial(two, 10)))
lst = data[:]
lst.sort(key=lambda x: (x % 3, x))
print(lst)
print(max(data, key=neg), min(data, key=lambda x: -x), max(data, key=Keyed(-1).key))
print(list(map(lambda x: x * x, data)))
print(list(map(two, data, range(3))))
print(list(map(with_default, data)))
print(list(filter(lambda x: x & 1, data)))
print(list(filter(Keyed(1).key, [0, 1, 0, 2])))
print(functools.reduce(two, data))
print(sum(map(neg, range(10))))

# Wrong arity: the general path raises CPython's errors.
for f in [two, lambda: 0, Keyed.key]:
    try:
        sorted(data, key=f)
    except TypeError as e:
        print("TypeError:", e)
try:
    list(map(two, data))
except TypeError as e:
    print("TypeError:", e)


# A generator function as a key: the generators are the keys.
def gen(x):
    yield x


try:
    sorted(data, key=gen)
except TypeError as e:
    print("TypeError:", e)


# Errors raised inside the key function propagate with the original type.
def bad(x):
    if x == 5:
        raise ValueError("five")
    return x


for f in [sorted, max, min]:
    try:
        f(data, key=bad)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    list(map(lambda x: 1 // (x - 4), data))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# Deep recursion through a native call is still bounded.
def deep(n):
    return 0 if n == 0 else sorted([n], key=lambda x: deep(n - 1))[0]


try:
    deep(100000)
except RecursionError as e:
    print("RecursionError")
print(deep(50))


# Special methods called by native code, with their values kept alive by
# the call while the collector may run.
class Box:
    def __init__(self, v):
        self.v = v
        self.store = {}

    def __lt__(self, other):
        junk = [list(range(5)) for _ in range(20)]
        return self.v < other.v

    def __getitem__(self, i):
        return [self.v, i]

    def __setitem__(self, k, v):
        self.store[k] = v

    def __delitem__(self, k):
        del self.store[k]

    def __repr__(self):
        return f"Box({self.v})"


boxes = [Box(v) for v in data]
print(sorted(boxes), max(boxes), min(boxes))
b = Box(1)
b["a"] = [1, 2]
b["b"] = 2
del b["a"]
print(b[7], b.store)


class Prop:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 2

    @x.deleter
    def x(self):
        print("deleted")


p = Prop()
p.x = 5
print(p.x)
del p.x


class Descr:
    def __set__(self, obj, v):
        print("set", v)

    def __delete__(self, obj):
        print("delete")


class HasDescr:
    d = Descr()


h = HasDescr()
h.d = 3
del h.d
sorted(data, key=bad)
