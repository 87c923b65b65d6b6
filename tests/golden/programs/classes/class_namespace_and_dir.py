# What a class tutorial prints: the class's namespace (with the __dict__
# and __weakref__ descriptors type() adds), dir() of an instance, and the
# AttrDict idiom that makes an instance's namespace the dict itself.
class Account:
    """A bank account."""
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount


class Savings(Account):
    pass


class Point:
    __slots__ = ("x", "y")


class Tagged:
    __slots__ = ("tag", "__weakref__")


class Error(Exception):
    pass


for cls in (Account, Savings, Point, Tagged, Error, type("L", (list,), {}), type("T", (tuple,), {})):
    print(cls.__name__, [k for k in cls.__dict__ if k.startswith("__")])
print(Account.__dict__["__dict__"], Account.__weakref__)
print(type(Account.__dict__["__dict__"]).__name__, Account.__dict__["__dict__"].__name__)
a = Account("ann", 10)
print(Account.__dict__["__dict__"].__get__(a), a.__weakref__)
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(a) if n.startswith("__")])
print(dir(object()))
print(object().__lt__(1), object.__subclasshook__(int), "__sizeof__" in dir(1))

a.__dict__ = {"owner": "bob", "balance": 5}
print(a.owner, vars(a))
try:
    a.__dict__ = [("owner", "x")]
except TypeError as e:
    print(e)


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg["debug"], sorted(cfg))
