import sys
class Meta(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __len__(cls): return 42
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
class Duck(metaclass=Meta, flavor="x"):
    pass
class Q:
    quack = 1
print(Duck.injected, Duck.kw, isinstance(Q(), Duck), isinstance(1, Duck), len(Duck), Duck[int], type(Duck).__name__)
class Reg(type):
    classes = []
    def __init_subclass__(mcls, **kw): pass
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Reg.classes.append(name)
        return cls
class RBase(metaclass=Reg): pass
class R1(RBase): pass
class R2(R1): pass
print(Reg.classes, type(R2) is Reg)
Dyn = type("Dyn", (object,), {"hello": lambda self: "hi", "x": 5})
print(Dyn().hello(), Dyn.x, Dyn.__name__, Dyn.__mro__)
class Desc:
    def __get__(self, obj, owner):
        return f"get({obj is not None}, {owner.__name__})"
class NonData:
    def __get__(self, obj, owner): return "nondata"
class Host:
    d = Desc()
    nd = NonData()
h = Host()
h.__dict__["nd"] = "instance wins"
h.__dict__["d"] = "instance loses?"
print(h.d, Host.d, h.nd)
class DataDesc:
    def __get__(self, obj, owner): return "data"
    def __set__(self, obj, v): print("set", v)
class Host2:
    d = DataDesc()
h2 = Host2()
h2.__dict__["d"] = "shadow"
h2.d = 5
print(h2.d)
class Base:
    def __init__(self):
        print("Base init")
class Left(Base):
    def __init__(self):
        print("Left init"); super().__init__()
class Right(Base):
    def __init__(self):
        print("Right init"); super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom init"); super().__init__()
Bottom()
print(super(Left, Bottom()).__init__.__qualname__ if False else "ok")
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B+" + super(B, self).who()
print(B().who(), super(B, B()).who())
class WithClassAttr:
    counter = 0
    def bump(self):
        self.counter += 1
w1, w2 = WithClassAttr(), WithClassAttr()
w1.bump(); w1.bump()
print(w1.counter, w2.counter, WithClassAttr.counter)
class P:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class C1(P, x=1): pass
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Own:
    a = Named()
    b = Named()
print(Own.__dict__["a"].__class__.__name__)
try:
    class X(int, str): pass
except TypeError as e:
    print(e)
try:
    class Z(bool): pass
except TypeError as e:
    print(e)
print(type(3).__name__, type("x")(5), type(int), isinstance(int, type), issubclass(bool, int), bool.__mro__)
print(NotImplemented, Ellipsis, ..., type(...).__name__, type(NotImplemented).__name__)
