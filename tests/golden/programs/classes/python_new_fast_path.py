# Calling a class whose __new__ is a Python function passes the arguments
# as its locals when they bind where they are (classes.rs: new_instance);
# keywords, defaults, *args and wrong counts take the general path.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x + p[1], P(y=3, x=4), P(5, y=6))
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((), {"x": 1, "z": 2})]:
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

D = namedtuple("D", "a b c", defaults=[10, 20])
print(D(1), D(1, 2), D(1, 2, 3), D(a=0))


class Sub(P):
    def total(self):
        return self.x + self.y


print(Sub(3, 4).total(), type(Sub(3, 4)).__name__)


class Star:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


print(Star(1, 2).args, Star().args)


class Plain:
    def __new__(cls, a, b=2):
        obj = super().__new__(cls)
        obj.sum = a + b
        return obj


print(Plain(1).sum, Plain(1, 5).sum, Plain(b=1, a=1).sum)
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)


class NotMine:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never")


print(NotMine(21))


class Static:
    @staticmethod
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj.v = v
        return obj


print(Static(7).v)


class Raises:
    def __new__(cls, v):
        raise ValueError(f"bad {v}")


try:
    Raises(3)
except ValueError as e:
    print("ValueError:", e)
Raises(4)
