# Sequence comparisons ask the first differing items with the operator itself; dict keys compare stored key first; os path errors from __fspath__; bytearray += appends in place; super() attributes
class X:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return False
    def __lt__(self, o): print("lt"); return True
    def __gt__(self, o): print("gt"); return True
    def __ge__(self, o): print("ge"); return True
print([X(1)] >= [X(2)], (X(1),) > (X(2),))
class Y:
    pass
try:
    [Y()] > [Y()]
except TypeError as e:
    print(e)
try:
    (1, "a") <= (1, 2)
except TypeError as e:
    print(e)
print([1, 2] < [1, 2, 3], (1, 2) >= (1, 2), [] <= [], [3] > [2, 9], [[1, [2]]] < [[1, [3]]])
class A:
    def __hash__(self): return 1
    def __eq__(self, o): print("A.eq"); return True
class B:
    def __hash__(self): return 1
    def __eq__(self, o): print("B.eq"); return True
print({A(): 1}[B()])
import os
class P:
    def __fspath__(self): raise ValueError("boom")
class Q:
    def __fspath__(self): return 5
for f in (lambda: os.stat(P()), lambda: os.stat(Q()), lambda: os.listdir(Q())):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = bytearray()
for i in range(200000):
    b += b"xy"
b += memoryview(b"zz")
print(len(b), b[-3:])
m = memoryview(b)
try:
    b += b"q"
except BufferError as e:
    print("BufferError", e)
m.release()
b += b"q"
keep = memoryview(bytearray(b"x"))
c = bytearray()
for i in range(100000):
    c.append(65)
print(len(c), len(b))
try:
    b += [1]
except TypeError as e:
    print(e)
class Base:
    def __init__(self): self.v = 1
    @property
    def p(self): return "prop"
    size = len
class Sub(Base):
    def __init__(self):
        super().__init__()
        print(super().p, super().size([1, 2]), super().__class__)
Sub()
