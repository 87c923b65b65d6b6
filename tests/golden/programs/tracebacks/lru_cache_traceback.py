# An exception raised under recursion through an lru_cache: no frame of the
# cache's own shows in the traceback (CPython's is C).
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    if n == 0:
        return 1 // n
    return f(n - 1)
f(3)
