# Numerical methods: integration, root finding and series with floats.
import math


def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += f(a + i * h) * (4 if i % 2 else 2)
    return s * h / 3


def bisect(f, lo, hi, tol=1e-12):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (f(mid) > 0) == (f(lo) > 0):
            lo = mid
        else:
            hi = mid
        steps += 1
    return (lo + hi) / 2, steps


print(f"{simpson(math.sin, 0, math.pi):.12f}")
print(f"{simpson(lambda x: x * x, 0, 3):.12f}")
print(f"{simpson(lambda x: 4 / (1 + x * x), 0, 1):.12f} vs pi {math.pi:.12f}")
root, steps = bisect(lambda x: x ** 3 - 2 * x - 5, 2, 3)
print(f"root {root:.10f} in {steps} steps")
leibniz = sum((-1) ** k / (2 * k + 1) for k in range(10000)) * 4
print(f"leibniz {leibniz:.8f} error {abs(leibniz - math.pi):.2e}")
e_series = sum(1 / math.factorial(k) for k in range(20))
print(e_series, math.e, e_series == math.e)
x = 1.0
while 1.0 + x != 1.0:
    x /= 2
print("machine epsilon ~", x * 2)
