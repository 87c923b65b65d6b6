from collections import OrderedDict
import functools


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("evict", old)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"


c = LRUCache(3)
for k in "abcadeafb":
    if c.get(k) is None:
        c.put(k, k.upper() * 2)
    print(k, c)
print(c.hits, c.misses)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
od["w"] = 1
print(od, repr(od), od.popitem(), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(list(reversed(od)), od.keys(), od.values(), od.items())
od2 = od.copy()
od2 |= {"q": 9}
print(od2, od | {"z": -1})
print(OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)


@functools.lru_cache(maxsize=4)
def slow_square(n):
    print("  computing", n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2]:
    print(n, slow_square(n))
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info())


@functools.cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().currsize > 0)
print(slow_square.__name__, slow_square.__wrapped__.__name__, fib.cache_parameters())


def w(*args, **kw):
    return f(*args, **kw)


def f(n, step=1):
    return 0 if n == 0 else w(n - step, step=step) + 1


print(f(450))


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    return wrapper


@memoize
def climb(n):
    return 1 if n <= 1 else climb(n - 1) + climb(n - 2)


print(climb(300))
