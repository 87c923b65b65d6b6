class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, n, mod=None):
        r = Matrix([[1, 0], [0, 1]])
        for _ in range(n):
            r = r @ self
        return r
    def __neg__(self): return Matrix([[-x for x in r] for r in self.rows])
    def __pos__(self): return self
    def __invert__(self): return Matrix([list(c) for c in zip(*self.rows)])
    def __bool__(self): return any(any(r) for r in self.rows)
    def __reversed__(self): return iter(self.rows[::-1])

m = Matrix([[1, 1], [1, 0]])
print(m[0, 1], m ** 5, -m, +m, ~Matrix([[1, 2], [3, 4]]), bool(Matrix([[0]])), list(reversed(m)), len(m))
m[1, 1] = 7
m @= Matrix([[1, 0], [0, 1]])
print(m, m == Matrix([[1, 1], [1, 7]]), m != m, pow(m, 2))
a, b = m
print(a, b, [x for row in m for x in row], max(m), sorted(m, reverse=True))

class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"T{self.c}"
ts = [Temp(3), Temp(1), Temp(2)]
print(sorted(ts), max(ts), min(ts), Temp(1) > Temp(0))
try:
    Temp(1) <= Temp(2)
except TypeError as e:
    print(e)

class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, x):
        self.v.append(x); return self
    def __add__(self, x): return NotImplemented
acc = Acc()
acc += 1
acc += 2
print(acc.v)
try:
    acc + 1
except TypeError as e:
    print(e)
try:
    1 + acc
except TypeError as e:
    print(e)

class Dyn:
    def __init__(self): self.__dict__["data"] = {}
    def __getattr__(self, k):
        try:
            return self.data[k]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no {k!r}") from None
    def __setattr__(self, k, v): self.data[k] = v
    def __delattr__(self, k): del self.data[k]
    def __dir__(self): return sorted(self.data)
d = Dyn(); d.x = 1; d.y = 2; del d.x
print(d.y, d.data, dir(d), hasattr(d, "x"), getattr(d, "x", "dflt"))
try:
    d.zz
except AttributeError as e:
    print(e)

class Attr:
    x = 1
    def __init__(self): self.y = 2
a = Attr()
print(vars(a), Attr.__dict__["x"], "x" in vars(Attr), a.__dict__ is vars(a), sorted(k for k in dir(a) if not k.startswith("_")))
setattr(a, "z", 3); print(a.z, getattr(a, "x"), delattr(a, "z"), hasattr(a, "z"))
class H:
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, H)
print(hash(H()), len({H(), H()}), {H(): 1}[H()])
class HashOnly:
    def __hash__(self): return 7
print(len({HashOnly(), HashOnly()}), hash(HashOnly()))
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class Len:
    def __len__(self): return -1
try:
    len(Len())
except ValueError as e:
    print(e)
class LenBig:
    def __len__(self): return 2**70
try:
    len(LenBig())
except OverflowError as e:
    print(e)
class Contains:
    def __contains__(self, x): return x == 3
print(3 in Contains(), 4 not in Contains())
class BoolBad:
    def __bool__(self): return 1
try:
    bool(BoolBad())
except TypeError as e:
    print(e)
class Rep:
    def __repr__(self): return 5
try:
    repr(Rep())
except TypeError as e:
    print(e)
class StrOnly:
    def __str__(self): return "S"
print(repr(StrOnly())[:20].startswith("<__main__.StrOnly"), str(StrOnly()), [StrOnly()][0].__str__())
class IntLike:
    def __int__(self): return 7
print(int(IntLike()))
try:
    [1, 2][IntLike()]
except TypeError as e:
    print(e)
class FloatLike:
    def __float__(self): return 2.5
import math
print(float(FloatLike()), math.sqrt(FloatLike()), round(FloatLike().__float__()))
