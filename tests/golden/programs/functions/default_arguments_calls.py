# Calls that leave trailing parameters to their defaults.
def f(a, b=1, c=[]):
    c.append(a)
    return a, b, len(c)
print(f(1), f(2), f(3, 4), f(5, 6, []))
f.__defaults__ = (10, [])
print(f(7), f(8, 9))
def g(a, b=2, *, k=3): return a + b + k
print(g(1), g(1, 1), g(1, k=0))
def h(a=1, b=2): return a * 10 + b
print(h(), h(5), h(5, 6))
try:
    f()
except TypeError as e:
    print(e)
class P:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def move(self, dx=1, dy=1):
        return P(self.x + dx, self.y + dy)
p = P(1).move().move(5)
print(p.x, p.y)
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(rec(100))
def cell(a, b=5):
    return lambda: a + b
print(cell(1)())
import sys
sys.setrecursionlimit(100)
def deep(n, k=1):
    return deep(n + k)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
