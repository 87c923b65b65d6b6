from functools import wraps, reduce, partial, lru_cache, total_ordering, cmp_to_key, cached_property, cache, singledispatch
def logged(f):
    @wraps(f)
    def wrapper(*a, **k):
        print("call", f.__name__, a)
        return f(*a, **k)
    return wrapper
@logged
def add(x, y):
    "Add."
    return x + y
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
p = partial(int, base=2)
print(p("101"), partial(pow, 2)(5))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def big(self):
        print("computing"); return 42
c = C(); print(c.big, c.big)
@cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info().hits)
@singledispatch
def show(x): return f"obj {x}"
@show.register(int)
def _(x): return f"int {x}"
print(show(1), show("s"))
