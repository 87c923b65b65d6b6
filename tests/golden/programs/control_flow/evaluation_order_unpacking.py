"""Module docstring."""
import sys
print(__doc__, __name__, __file__.endswith("t27.py") or __file__)
def f():
    "func doc"
print(f.__doc__, (lambda: 0).__doc__)
order = []
def v(x):
    order.append(x)
    return x
d = {}
d[v("k")] = v("val")
print(order); order.clear()
a = [0, 0]
a[v(0)] += v(5)
print(a, order); order.clear()
print(v(1) < v(2) < v(0) < v(3), order); order.clear()
print(v(0) and v(1), v(2) or v(3), order); order.clear()
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
i, x[i] = 1, 9
print(i, x)
first, *middle, last = range(6)
print(first, middle, last)
(a1, b1), c1 = "xy", 3
print(a1, b1, c1)
[*init, tail] = "abc"
print(init, tail)
for k, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(k, m + n, end=" ")
print()
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
try:
    p, q = None
except TypeError as e:
    print(e)
for n in range(2, 12):
    for dv in range(2, n):
        if n % dv == 0:
            break
    else:
        print(n, end=" ")
print()
k = 0
while k < 3:
    k += 1
else:
    print("while-else", k)
def flow(z):
    try:
        if z == 0:
            raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("finally", z, end=" ")
print(flow(0), flow(1))
L = [1, 2]
L.append(L)
print(L, repr(L))
D = {"self": None}
D["self"] = D
print(D)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f"Node({self.children})"
nd = Node(); nd.children.append(nd)
try:
    print(repr(nd))
except RecursionError as e:
    print("RecursionError")
del L[2], x[0]
print(L, x)
g = 5
def use_g():
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print(e)
use_g()
try:
    del undefined_name
except NameError as e:
    print(e)
obj = type("Obj", (), {"attr": 1})()
obj.attr2 = 2
del obj.attr2
try:
    del obj.attr2
except AttributeError as e:
    print(e)
print(type(obj).__name__, obj.attr)
print(sys.argv[0].endswith("t27.py"), type(sys.argv), sys.version_info[:2] >= (3, 11), sys.maxsize, sys.byteorder)
print(sys.getrecursionlimit(), isinstance(sys.path, list), sys.platform in ("linux", "darwin"))
