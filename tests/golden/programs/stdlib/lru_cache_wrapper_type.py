# functools.lru_cache's wrapper as CPython's C type: attributes, methods on
# classes (__get__), deep recursion through the cache, copy and pickle,
# keyword and typed keys, maxsize edge cases, errors.
import functools, copy, pickle, sys, inspect
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(type(fib), type(fib).__name__, type(fib).__module__, type(fib).__qualname__)
print(fib.__name__, fib.__qualname__, fib.__doc__, fib.__module__, fib.__wrapped__.__name__)
print(callable(fib), fib(400) % 10**9, fib.cache_info())
sys.setrecursionlimit(5000)
fib.cache_clear()
print(fib(1500) % 10**9, fib.cache_info().misses)
print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib, pickle.loads(pickle.dumps(fib)) is fib)
print(inspect.signature(fib), fib.cache_parameters())
print(repr(fib).startswith("<functools._lru_cache_wrapper object at 0x"))
fib.extra = 5
print(fib.__dict__.keys() >= {"extra", "__wrapped__"}, fib.extra)

class C:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=32)
    def m(self, x, y=1):
        return self.k * x + y
    @cache
    def deep(self, n):
        return 0 if n == 0 else 1 + self.deep(n - 1)
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, C) and self.k == other.k

c = C(3)
print(c.m(2), c.m(2), c.m(x=2), c.m(2, y=5), C.m(c, 2), C.m.cache_info())
print(c.deep(800), C.deep.cache_info().misses)
print(C.__dict__["m"].__get__(None, C) is C.__dict__["m"], type(c.m).__name__)

@lru_cache
def bare(x):
    return x
print(bare(3), bare.cache_info(), bare.cache_parameters())

@lru_cache(maxsize=-3)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())

@lru_cache(maxsize=True)
def flag(x):
    return x
print(flag(1), flag(2), flag(1), flag.cache_info())

try:
    lru_cache("x")
except TypeError as e:
    print(e)

@lru_cache(maxsize=None)
def boom(x):
    if x > 2:
        raise KeyError(x)
    return boom(x + 1)
try:
    boom(0)
except KeyError as e:
    print("KeyError", e, boom.cache_info())

@lru_cache(maxsize=4)
def kw(*args, **kwargs):
    return (args, sorted(kwargs.items()))
print(kw(1, a=2), kw(1, a=2), kw(a=2, b=3), kw(b=3, a=2), kw.cache_info())
print(list(map(fib, range(10))), sorted([3, 1, 2], key=fib))
print(fib(True), fib(1.0), fib.cache_info().currsize > 0)

class Sub(C):
    pass
print(Sub(2).m(1))
try:
    fib([1])
except TypeError as e:
    print(e)
try:
    fib()
except TypeError as e:
    print(e)
def gen():
    yield fib(10)
print(list(gen()))
print(functools._lru_cache_wrapper)
try:
    class X(functools._lru_cache_wrapper): pass
except TypeError as e:
    print(e)
w = functools._lru_cache_wrapper(len, 2, False, functools._CacheInfo)
print(w("ab"), w("ab"), w.cache_info())
