class M(type):
    def __new__(mcls, name, bases, ns, flag=None, **kw):
        print("new", name, flag, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class A(metaclass=M, flag=1):
    pass
B = M("B", (A,), {}, flag=2)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class C(Base, metaclass=M, flag=3, extra=4):
    pass
D = M("D", (Base,), {}, flag=5)
class M(type):
    def __new__(mcls, name, bases, ns, flag=None, **kw):
        print("new", mcls.__name__, name, flag, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, *a, **k):
        print("init", cls.__name__, k)
class A(metaclass=M):
    pass
B = type("B", (A,), {}, flag=2)
print(type(B).__name__)
C = type("C", (A,), {})
print(type(C).__name__)
class M(type):
    def __setattr__(cls, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("delattr", name)
        super().__delattr__(name)
class A(metaclass=M):
    x = 1
A.x = 5
setattr(A, "y", 6)
del A.y
print(A.x)
print(None.__doc__)
print(type(None).__doc__)
class A: pass
print(A().__doc__, A.__doc__)
def f(): "fd"
print(f.__doc__, (lambda: 0).__doc__)
print(Ellipsis.__doc__, NotImplemented.__doc__)
