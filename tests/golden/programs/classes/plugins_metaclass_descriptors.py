from dataclasses import dataclass, field
import functools

class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", "none")
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Base(metaclass=Meta, tag="base"):
    def __init__(self, x):
        self.x = x

class Child(Base, tag="child"):
    pass

c = Child(3)
print(c.x, c.created_by_meta, Child.tag, Base.tag, sorted(Meta.registry))
print(Child, type(Child))

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls)

class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print([p.plugin_name for p in Plugin.plugins])

try:
    class C(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)

class Account:
    balance = Field()
    def __init__(self, b):
        self.balance = b

a = Account(10)
print(a.balance, Account.balance.owner, Account.balance.name)
try:
    a.balance = -1
except ValueError as e:
    print(e)

class Stack:
    def __class_getitem__(cls, item):
        return f"Stack[{item.__name__}]"
print(Stack[int])

class Diamond_A:
    def hello(self): return ["A"]
class Diamond_B(Diamond_A):
    def hello(self): return ["B"] + super().hello()
class Diamond_C(Diamond_A):
    def hello(self): return ["C"] + super().hello()
class Diamond_D(Diamond_B, Diamond_C):
    def hello(self): return ["D"] + super().hello()
print(Diamond_D().hello(), [k.__name__ for k in Diamond_D.__mro__])

try:
    class Bad(Diamond_A, Diamond_B): pass
except TypeError as e:
    print(e)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)
print(hasattr(s, "__dict__"))

@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

p = Point(1, 2)
q = Point(1, 3)
print(p, p < q, p == Point(1, 2, ["z"]), sorted([q, p]))
print(Point.__dataclass_fields__.keys())

@dataclass(frozen=True)
class Frozen:
    a: int
f = Frozen(1)
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen(1)))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
    @functools.cached_property
    def expensive(self):
        print("computing")
        return 42
t = Temp()
t.celsius = 5
print(t.celsius)
del t.celsius
print(t.expensive, t.expensive)
try:
    Temp.celsius.fset(t)
except TypeError as e:
    print(e)

class RO:
    @property
    def v(self): return 1
try:
    RO().v = 3
except AttributeError as e:
    print(e)

class WithStatic:
    count = 0
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def make(cls): 
        cls.count += 1
        return cls()
print(WithStatic.s(3), WithStatic().s(4), type(WithStatic.make()).__name__, WithStatic.count)
print(repr(Point), Point.__qualname__, Point.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(Outer.Inner().m.__func__.__qualname__)
