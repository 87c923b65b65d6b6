# collections.deque as a sequence: indexing, membership, operators,
# comparisons, repr, hashing, pattern matching and the ABCs.
import collections.abc
from collections import deque


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Index:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


d = deque(range(10))
print(d[0], d[-1], d[5], d[-10], d[Index(3)], d[True])
d[0] = "first"
d[-1] = "last"
d[Index(4)] = "four"
print(d)
del d[1]
del d[-2]
del d[Index(0)]
print(d, len(d))
for key in ["a", 1.5, None, slice(1, 2), 10, -11, 2**70, -(2**70)]:
    attempt(f"get {key!r}", lambda: d[key])
for key in ["a", slice(0, 1), 8, -9, 2**70]:
    def assign():
        d[key] = 0
    attempt(f"set {key!r}", assign)
for key in ["a", slice(None), 8, -9, 2**70]:
    def delete():
        del d[key]
    attempt(f"del {key!r}", delete)
attempt("explicit __getitem__ str", lambda: d.__getitem__("a"))
attempt("explicit __getitem__ huge", lambda: d.__getitem__(2**70))
attempt("explicit __setitem__ huge", lambda: d.__setitem__(2**70, 1))
attempt("explicit __delitem__ float", lambda: d.__delitem__(1.0))
attempt("explicit __getitem__", lambda: d.__getitem__(-1))
print(d.__len__(), d.__contains__("four"), list(d.__iter__()), list(d.__reversed__()))
attempt("empty index", lambda: deque()[0])

# Truth, length, membership, iteration.
print(bool(deque()), bool(deque([0])), len(deque("abc")))
print(3 in deque([1, 2, 3]), 4 in deque([1, 2, 3]), 1.0 in deque([1]), [1] in deque([[1]]))
print(list(deque("abc")), list(reversed(deque("abc"))), sorted(deque([3, 1, 2])))
print(sum(deque(range(100))), max(deque([4, 9, 2])), tuple(deque("xy")), "-".join(deque("abc")))
a, *rest = deque([1, 2, 3])
print(a, rest, [x * 2 for x in deque([1, 2])], dict(deque([("k", 1)])))
print(list(enumerate(deque("ab"))), list(zip(deque("ab"), deque("cd"))))

# Operators.
x, y = deque([1, 2]), deque([3])
print(x + y, x * 2, 2 * x, x * 0, x * -3, deque() * 5, x + deque())
print(deque([1, 2], 3) + deque([3, 4, 5]), deque([1, 2], 3) * 2, deque([1, 2], 5) * 4)
print(deque([7], 3) * 10, x * Index(2), Index(3) * y, x * True)
attempt("deque + list", lambda: x + [1])
attempt("list + deque", lambda: [1] + x)
attempt("deque + int", lambda: x + 1)
attempt("int + deque", lambda: 1 + x)
attempt("deque - deque", lambda: x - y)
attempt("deque * str", lambda: x * "a")
attempt("str * deque", lambda: "a" * x)
attempt("deque * deque", lambda: x * y)
attempt("deque * float", lambda: x * 2.0)
attempt("deque * huge", lambda: x * 2**70)
attempt("unary minus", lambda: -x)
s = deque([1])
t = s
s += [2, 3]
s += deque([4])
s += "ab"
print(s, s is t)
s *= 2
print(s, s is t)
s *= 0
print(s, s is t)
m = deque([1, 2, 3], 4)
m *= 3
print(m)
m1 = deque([5], 3)
m1 *= 10
print(m1)
e = deque([1, 2, 3])
e += e
print(e)
attempt("+= int", lambda: e.__iadd__(5))
attempt("*= str", lambda: e.__imul__("a"))
n = 3
n *= deque([1])
print(n)
lst = [0]
lst += deque([1, 2])
print(lst)
print(x.__add__(y), x.__mul__(2), x.__rmul__(3), x.__eq__(deque([1, 2])), x.__eq__([1, 2]))
attempt("__add__ list", lambda: x.__add__([1]))
attempt("__mul__ str", lambda: x.__mul__("a"))

# Comparisons, item by item.
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == deque([1.0]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) >= deque([1, 2, 0]), deque() < deque([0]), deque([[1]]) == deque([[1]]))
print(deque([1, 2]) == [1, 2], [1, 2] == deque([1, 2]), deque() != (), deque("a") == "a")
attempt("deque < list", lambda: deque([1]) < [2])
attempt("list >= deque", lambda: [1] >= deque([2]))
attempt("deque > int", lambda: deque() > 1)
attempt("unorderable items", lambda: deque([1]) < deque(["a"]))
print(sorted([deque([2, 1]), deque([1, 5]), deque([1])]))
print(max(deque([1, 2]), deque([1, 3])), [deque([1])] == [deque([1])], (deque("a"),) < (deque("b"),))
nan = float("nan")
nd = deque([nan])
print(nd == nd, nd == deque([nan]), deque([nan]) < deque([nan]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print(deque([Loud(1), Loud(2)]) == deque([Loud(1), Loud(3)]))
print(deque([Loud(1), Loud(2)]) < deque([Loud(1), Loud(3)]))
print(deque([Loud(1)]) == deque([Loud(1), Loud(2)]))

# Hashing and repr.
attempt("hash", lambda: hash(deque()))
attempt("as a dict key", lambda: {deque(): 1})
attempt("in a set", lambda: {deque()})
print(deque.__hash__, isinstance(deque(), collections.abc.Hashable))
r = deque([1, "two", 3.0, None, (4,), [5]])
print(repr(r), str(r), f"{r}", r.__repr__())
loop = deque()
loop.append(loop)
loop.append([loop])
print(loop)
print(deque([loop], 2), repr(deque([deque([1], 1)])))
print(deque[int], deque[int, str], deque[int] == deque[int], deque[int].__origin__ is deque)
print(deque[int]([1, 2]))

# The ABCs and types.
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))
print(isinstance(deque(), collections.abc.Iterable), issubclass(deque, collections.abc.Sized))
print(type(deque()), deque.__module__, deque.__name__, deque.__qualname__, type(deque()).__name__)
print(type(iter(deque())), type(reversed(deque())), type(iter(deque())).__module__)
print(type(iter(deque())).__name__, type(reversed(deque())).__qualname__)
attempt("subclass an iterator", lambda: type("X", (type(iter(deque())),), {}))

# Structural pattern matching sees a sequence.
for subject in [deque([1, 2]), deque([1, 2, 3, 4]), deque(), deque(["x"])]:
    match subject:
        case [a, b]:
            print("pair", a, b)
        case [first, *others] if others:
            print("first", first, "others", others)
        case [str() as s]:
            print("one string", s)
        case _:
            print("no match", subject)
