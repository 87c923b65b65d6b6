# lru_cache's three kinds of cache: none (maxsize=0), unbounded, bounded
# (recency, eviction), with keyword and typed keys and cache_info.
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=0)
def none(x):
    calls.append(("none", x))
    return x * 2

@lru_cache(maxsize=None)
def unbounded(*args, **kwds):
    calls.append(("unbounded", args, tuple(kwds.items())))
    return len(args) + len(kwds)

@lru_cache(maxsize=2)
def bounded(x):
    calls.append(("bounded", x))
    return x + 1

@lru_cache(maxsize=3, typed=True)
def typed(x):
    calls.append(("typed", x, type(x).__name__))
    return x

print(none(1), none(1), none.cache_info())
print(unbounded(1), unbounded(1), unbounded(1, y=2), unbounded(1, y=2), unbounded(x=1), unbounded())
print(unbounded("a"), unbounded("a"), unbounded((1, 2)), unbounded((1, 2)), unbounded.cache_info())
for x in [1, 2, 1, 3, 2, 1, 1, 4, 3]:
    bounded(x)
print(bounded.cache_info())
for x in [1, 1.0, True, 1, 2, 2.0]:
    typed(x)
print(typed.cache_info(), typed.cache_parameters(), bounded.cache_parameters())
print(calls)
bounded.cache_clear()
print(bounded.cache_info(), bounded.__wrapped__(10), bounded.__name__)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(300) % 1000003, fib.cache_info())

@lru_cache(maxsize=1)
def flaky(x):
    if x < 0:
        raise ValueError(x)
    return x

try:
    flaky(-1)
except ValueError as e:
    print("raised", e, flaky.cache_info())
print(flaky(1), flaky(1), flaky(2), flaky(1), flaky.cache_info())
try:
    unbounded([1])
except TypeError as e:
    print(e)
