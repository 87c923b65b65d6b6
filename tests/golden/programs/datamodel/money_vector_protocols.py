import functools

@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, other):
        print("iadd")
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __bool__(self): return self.cents != 0
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"

m = Money(150)
print(m + 5, 5 + m, sum([Money(1), Money(2)]), -m, abs(Money(-3)))
m += Money(10)
print(m, repr(m), f"{m}", f"{m:>10.3f}", "{:.1f}".format(m))
print(Money(1) <= Money(2), Money(3) >= Money(2), Money(1) > Money(2))
print(Money(1) == 1, Money(1) != 1, bool(Money(0)))
try:
    Money(1) < 1
except TypeError as e:
    print(e)
try:
    m + "x"
except TypeError as e:
    print(e)
print(len({Money(1), Money(1), Money(2)}))

class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)

class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __contains__(self, v):
        print("contains", v)
        return v in self.xs
    def __repr__(self): return f"Vec{tuple(self.xs)}"
    def __mul__(self, k): return Vec(*(x * k for x in self.xs))
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.xs, o.xs))
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    __hash__ = None

v = Vec(1, 2, 3)
print(v[1:], v[-1], 2 in v, 7 in v, list(v), 3 * v, v @ v, v == Vec(1, 2, 3))
v[0] = 10
del v[1]
print(v, len(v), list(reversed(v)))

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(OnlyGetitem()), 4 in OnlyGetitem(), 5 in OnlyGetitem())

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Idx(1)], "abcdef"[1:4], [1,2,3,4][Idx(1):Idx(3)], (1,2,3)[Idx(1):], b"abc"[:Idx(2)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)))
print(int.__index__(7), operator_ok := True)

class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default()
print(d["abc"], d, d.get("zz"), "zz" in d)

class Proxy:
    def __init__(self, target): self._target = target
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target)
try:
    p.nothing
except AttributeError as e:
    print(e)

class Logged:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
lg = Logged()
lg.x = 1
print(lg.x, lg.secret_key, lg.other)

class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(1) != Cmp(1))
a = Cmp(5)
print(a == a, a in [a], [a].count(a))

class R:
    def __rsub__(self, o): return f"rsub {o}"
    def __rpow__(self, o): return f"rpow {o}"
    def __rtruediv__(self, o): return f"rtruediv {o}"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlshift"
    def __ror__(self, o): return "ror"
    def __rand__(self, o): return "rand"
    def __rxor__(self, o): return "rxor"
print(1 - R(), 2 ** R(), 3 / R(), 4 // R(), 5 % R(), 1 << R(), 1 | R(), 1 & R(), 1 ^ R())
print(pow(2, R()), divmod.__name__)

class Sub(int):
    def __add__(self, o): return "Sub.add"
    def __radd__(self, o): return "Sub.radd"
print(1 + Sub(2), Sub(2) + 1, Sub(5) * 2, type(Sub(5) * 2))

class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))

class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Ctx() as c:
    raise ValueError("swallowed")
print("after")

class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return "rounded" if n is None else f"rounded{n}"
    def __trunc__(self): return 99
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
print(int(Num(3.7)), float(Num(2)), round(Num(1)), round(Num(1), 2), math.trunc(Num(1)), math.floor(Num(1)), math.ceil(Num(1)))
