class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def __repr__(self):
        return f"Node({self.val!r})"
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), tree, f"{tree!r:>12}|")

class A:
    def hello(self): return ["A"]
class B(A):
    def hello(self): return ["B"] + super().hello()
class C(A):
    def hello(self): return ["C"] + super().hello()
class D(B, C):
    def hello(self): return ["D"] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"Point{tuple.__repr__(self)}"
p = Point(3, 4)
print(p, p.x, len(p), p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))

class Celsius(float):
    def __str__(self): return f"{float(self):.1f}°C"
c = Celsius(21.456)
print(c, c + 1, repr(c), f"{c:.2f}")

class Upper(str):
    def shout(self): return self.upper() + "!"
u = Upper("hi")
print(u.shout(), u + " there", len(u), u == "hi", u.startswith("h"))

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
f = Frozen(1)
try:
    f.x = 2
except AttributeError as e:
    print(e, f.x)

def decorate(cls):
    cls.tag = "decorated"
    return cls
@decorate
class T:
    class Inner:
        def m(self): pass
print(T.tag, T.Inner.__qualname__, T.Inner.m.__qualname__)

Dyn = type("Dyn", (object,), {"x": 1, "get": lambda self: self.x * 2})
print(Dyn().get(), Dyn.__name__, Dyn)

class Base:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def make(cls):
        return cls()
class Sub(Base): pass
Sub.make(); Sub.make(); Base.make()
print(Base.count, Sub.count)

class Temp:
    def __init__(self, d): self.d = d
    def __format__(self, spec):
        if spec == "f": return f"{self.d * 9 / 5 + 32:.1f}F"
        return f"{self.d}C"
print(format(Temp(100), "f"), f"{Temp(0)}", "{:f}".format(Temp(37)))

class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return f"MyError with {self.code}"
try:
    raise MyError(5)
except MyError as e:
    print(e, repr(e), e.args)

class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __matmul__(self, o):
        return Matrix([[sum(a*b for a, b in zip(r, col)) for col in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], m[1], (m @ m).rows, m == Matrix([[1, 5], [3, 4]]), [m] == [Matrix([[1, 5], [3, 4]])])

sentinel = object()
print(sentinel is sentinel, type(sentinel).__name__, str(object)[:15])

class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("Deposit must be positive")
        self.balance += amt
        return self
accs = [Account("b", 50), Account("a", 100)]
accs.sort(key=lambda a: a.owner)
print([a.owner for a in accs], accs[0].deposit(5).deposit(5).balance, Account.interest)
print(getattr(accs[0], 'owner'), hasattr(Account, 'deposit'), Account.deposit.__name__)
setattr(accs[0], 'owner', 'z'); delattr(accs[0], 'balance')
print(accs[0].__dict__)
try:
    accs[0].balance
except AttributeError as e:
    print(e)
try:
    Account.missing
except AttributeError as e:
    print(e)
accs[1].deposit(-1)
