# Classes derived from collections.deque: extra attributes, overridden
# methods, super(), the operators and copies keeping the class.
import copy
from collections import deque


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class History(deque):
    """A bounded deque that counts what it has seen."""

    def __init__(self, items=(), maxlen=None, name="h"):
        super().__init__(items, maxlen)
        self.name = name
        self.seen = len(self)

    def append(self, item):
        self.seen += 1
        super().append(item)

    def newest(self):
        return self[-1]


h = History([1, 2], 3, name="log")
h.append(3)
h.append(4)
print(h, h.name, h.seen, h.newest(), len(h), h.maxlen, bool(h))
print(isinstance(h, deque), isinstance(h, History), type(h).__name__, History.__mro__[1:])
h.appendleft(0)
h.extend([7, 8])
print(h, h.seen, list(h), list(reversed(h)), h[0], 8 in h, h.count(7), h.index(8))
h.rotate(1)
h[0] = "z"
del h[1]
print(h, h.pop(), h.popleft(), h)
h.clear()
print(h, h.name)

# The operators and copies that make a deque make one of the class.
q = History("abc", name="q")
print(q + deque("d"), type(q + deque("d")).__name__, (q + deque("d")).name)
print(q * 2, type(q * 2).__name__, 2 * q, type(deque("x") + q).__name__)
print(q.copy(), type(q.copy()).__name__, q.__copy__().name, copy.copy(q).seen)
deep = copy.deepcopy(History([[1], [2]], 5, name="deep"))
print(deep, type(deep).__name__, deep.name, deep.maxlen)
same = q
q += "de"
q *= 2
print(q is same, q, type(q).__name__)
print(q == deque("abcdeabcde"), deque("abcdeabcde") == q, q != q.copy(), q < deque("b"))
print(q.__reduce__()[:3])
attempt("hash", lambda: hash(q))
attempt("History[int]", lambda: History[int])
attempt("concatenate a list", lambda: q + [1])


class Shout(deque):
    def __repr__(self):
        return "Shout" + super().__repr__().upper()

    def __iter__(self):
        return iter(["overridden"])


s = Shout("ab")
print(s, str(s), [s], list(s), len(s), s[0], deque(s), sorted(s))
print(deque.__repr__(s), repr(deque([s])))


class Plain(deque):
    pass


p = Plain([1, 2], 4)
p.tag = "t"
print(p, repr(Plain()), Plain(maxlen=1), p.tag, p.__dict__)
print(p.copy(), copy.copy(p), p.copy().__dict__, copy.deepcopy(p).__dict__)
r = p.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
loop = Plain()
loop.append(loop)
print(loop, repr(deque([loop])))


class Slotted(deque):
    __slots__ = ("label", "unset")


sl = Slotted([1], 2)
sl.label = "L"
print(sl.__reduce__()[:3], copy.deepcopy(sl).label, copy.copy(sl))
attempt("no dict", lambda: sl.other)


class Stateful(deque):
    def __getstate__(self):
        return {"custom": True}


st = Stateful([1])
print(st.__reduce__()[:3])


class NoArgs(deque):
    def __init__(self):
        super().__init__([0])


attempt("copy of a class without those arguments", lambda: NoArgs().copy())


class Strange(deque):
    def __new__(cls, *args):
        return [1]


print(Strange(), type(Strange()))


class NotADeque(deque):
    def __init__(self, *args):
        pass

    def copy(self):
        return super().copy()


print(NotADeque([1, 2]), NotADeque([1]).copy())


class Odd(deque):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        super().__init__(*args)


print(Odd([1, 2], 1), Odd(), Odd.__new__(Odd))


class BadCopy(deque):
    def __init__(self, *args):
        super().__init__()


class Other:
    def __init__(self, *args):
        pass


BadCopy.__new__ = lambda cls, *args: Other()
attempt("copy returning another type", lambda: deque.copy(deque.__new__(BadCopy)))


# Overridden special methods win; deque's own, called explicitly (as
# super() does), act on the deque and keep the class.
class Wrapped(deque):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return ("got", i)

    def __contains__(self, x):
        return x == "magic"

    def __eq__(self, other):
        return "eq!"

    def __add__(self, other):
        return "added " + repr(super().__add__(other))

    def __iadd__(self, other):
        return "iadded"

    def __mul__(self, n):
        return super().__mul__(n)

    def __bool__(self):
        return False

    def __hash__(self):
        return 7


w = Wrapped([1, 2])
print(len(w), w[0], "magic" in w, 1 in w, w == 1, w + deque([0]), bool(w), hash(w), list(w), w.count(1))
w2 = w
w2 += [3]
print(w2, w, w * 2, type(w * 2).__name__)
print(deque.__len__(w), deque.__getitem__(w, 0), deque.__contains__(w, 1), deque.__eq__(w, deque([1, 2])))
print(deque.__add__(w, deque([9])), deque.__iadd__(w, [5]), w, deque.__imul__(w, 2) is w, w)
print(deque.__rmul__(w, 2), deque.__mul__(deque("ab"), True))
attempt("__mul__ by a str", lambda: deque.__mul__(w, "2"))
attempt("__imul__ by a huge int", lambda: deque.__imul__(w, 2**70))
attempt("__add__ of a list", lambda: deque.__add__(w, [1]))
attempt("__add__ without argument", lambda: deque.__add__(w))


class Iterates(deque):
    def __iter__(self):
        return iter(["same"])


print(Iterates([1]) == Iterates([2]), Iterates([1]) != Iterates([2]), Iterates([1]) < Iterates([2, 3]))
print(Iterates([1]) == deque(["same"]), deque([1]) == Iterates(["x"]), [Iterates([1])] == [Iterates([2])])


class Doubling(deque):
    def append(self, x):
        super().append(x * 2)


dbl = Doubling()
dbl.append(1)
dbl.extend([5])
print(dbl)


class Keywords(deque):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


print(Keywords([1], maxlen=1), Keywords(maxlen=2, iterable="abc"))


class Mixed(deque, dict):
    pass
