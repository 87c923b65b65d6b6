# super() in its forms: zero-argument in methods, class methods, __init_subclass__,
# closures and lambdas; explicit two-argument; the RuntimeErrors CPython gives.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag = "sub"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    def g(self):
        del self
        try:
            super()
        except RuntimeError as e:
            return str(e)
    def h(*args):
        try:
            return super().f()
        except RuntimeError as e:
            return str(e)
    def k(self):
        try:
            return (lambda: super().f())()
        except RuntimeError as e:
            return str(e)
    def m(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return str(e)
    def n(self):
        x = self
        def use(): return self
        return super().f() + str(use() is x)
class C(A):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
print(B().f(), B.c(), B.tag, B().g(), B().h(), B().k(), B().m(), B().n())
print(D().f(), D.c())
print(super(B, D()).f(), super(C, D()).f())
def free(): return super()
try: free()
except RuntimeError as e: print(e)
try: super(1, 2)
except TypeError as e: print(e)
try: super(B, 1)
except TypeError as e: print(e)
s = super(B, B())
print(type(s).__name__, s.f())
class E(A):
    def f(self): return super(E, self).f() + "!" 
print(E().f())
