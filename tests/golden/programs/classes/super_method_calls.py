# super() method calls, classmethods, staticmethods, properties, __class__, bound super methods
class A:
    def f(self, x):
        return ("A.f", x)

    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)

    @staticmethod
    def s(v):
        return ("A.s", v)

    @property
    def p(self):
        return "A.p"

    def __repr__(self):
        return "<A>"


class B(A):
    def f(self, x):
        return ("B.f", super().f(x + 1))

    @classmethod
    def c(cls):
        return ("B.c", super().c())

    def g(self):
        return super().s(3), super().p, super().__class__, super().__repr__()

    def h(self):
        m = super().f
        return m(7), super(B, self).f(8)


class C(B):
    def f(self, x):
        return ("C.f", super().f(x * 2))


print(C().f(1), B.c(), C.c(), B().g(), C().h())
try:
    class D(A):
        def f(self):
            return super().missing()
    D().f()
except AttributeError as e:
    print("AttributeError:", e)
