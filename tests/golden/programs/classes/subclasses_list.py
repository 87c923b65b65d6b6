class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__(), [c.__name__ for c in object.__subclasses__() if c.__name__ in "AB"])
