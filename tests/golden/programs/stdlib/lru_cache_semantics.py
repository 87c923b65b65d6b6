# lru_cache: keys (positional, keyword, typed), hits and misses, LRU
# eviction order, cache_clear, recursion, methods and unhashable arguments.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def kind(x):
    calls.append(("kind", x))
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), kind(True), kind.cache_info())


@lru_cache
def add(a, b=0, *, c=0):
    calls.append(("add", a, b, c))
    return a + b + c


calls.clear()
print(add(1, 2), add(1, b=2), add(b=2, a=1), add(1, 2), add(1, 2, c=3), add(1, 2, c=3))
print(calls, add.cache_info().hits, add.cache_info().misses)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, lru_cache(maxsize=0)(abs)(-3))


class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=8)
    def cell(self, i):
        return self.n * i


g = Grid(3)
print(g.cell(4), g.cell(4), Grid.cell.cache_info().hits)

try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)

for bad in ["x", -1]:
    try:
        print(callable(lru_cache(maxsize=bad)))
    except TypeError as e:
        print("TypeError:", e)
zero = lru_cache(maxsize=0)(lambda x: x + 1)
print(zero(1), zero(1), zero.cache_info())
