# functools.lru_cache memoization: recursive fib and a grid DP under @cache,
# a bounded cache that evicts, and hits from a loop.
from functools import cache, lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@lru_cache(maxsize=128)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


total = 0
for i in range(1500):
    fib.cache_clear()
    total += fib(90) % 1000
for i in range(100_000):
    total += fib(i % 90) % 7
for i in range(15):
    paths.cache_clear()
    total += paths(60, 60) % 1000
total += sum(collatz(i) for i in range(1, 5000))
print(total, fib.cache_info(), collatz.cache_info().hits)
