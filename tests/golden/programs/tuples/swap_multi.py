a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(z, y, x)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi)
fib = [(0, 1)]
for _ in range(10):
    p, q = fib[-1]
    fib.append((q, p + q))
print([p for p, _ in fib])
t = 1, 2, 3
print(t, type(t).__name__, (1), (1,), tuple("ab"), tuple(range(3)))
