def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
xs = [i*i for i in range(10) if i % 2]
print(xs, sum(xs), sorted(xs, reverse=True))
d = {}
for w in "the quick brown the fox the".split():
    d[w] = d.get(w, 0) + 1
print(d, list(d.items()))
def gen(n):
    for i in range(n):
        yield i * 2
print(list(gen(5)), sum(x for x in range(100)))
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e, repr(e))
def outer():
    x = 10
    def inner(y=2, *a, k=3, **kw):
        return x + y + k + len(a) + len(kw)
    return inner
print(outer()(1, 2, 3, k=4, z=5))
print(f"{3.14159:.2f} {42:>5} {'s'!r} {10:#x}")
print("%s=%d %5.1f" % ("a", 3, 2.25))
a, *b, c = range(6)
print(a, b, c)
with open("strata_basics.txt", "w") as f:
    f.write("line1\nline2\n")
with open("strata_basics.txt") as f:
    print([l for l in f])
print(2**100, -7//2, -7%2, 7.5//2, round(2.675, 2), round(2.5), divmod(-7, 2))
print(isinstance(True, int), type(1.5).__name__, hash(1)==hash(1.0)==hash(True))
import sys
print(sys.getrecursionlimit())
