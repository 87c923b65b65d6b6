# Assignments of a tuple display to as many targets: the values are all
# evaluated first, then stored left to right, whatever the targets are.
class Loud:
    def __init__(self):
        self._a, self._b = 1, 2
    @property
    def a(self):
        print("get a"); return self._a
    @a.setter
    def a(self, v):
        print("set a", v); self._a = v
    @property
    def b(self):
        print("get b"); return self._b
    @b.setter
    def b(self, v):
        print("set b", v); self._b = v

x = Loud()
x.a, x.b = x.b, x.a
print(x.a, x.b)

def f():
    a, a = 1, 2
    p, q, r = 1, 2, 3
    p, q, r = r, p, q
    lst = [1, 2, 3]
    lst[0], lst[2] = lst[2], lst[0]
    i = 0
    i, lst[i] = 2, 9
    a1, b1 = b1, a1 = 5, 6
    return a, p, q, r, lst, a1, b1

print(f())
a, b = 1, 2
a, b = b, a
print(a, b)
[m, n] = a + 1, b + 1
print(m, n)
try:
    def g():
        u, v = v, 1
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
