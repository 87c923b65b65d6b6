from collections import OrderedDict, Counter, defaultdict, deque, ChainMap
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
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"evict {old!r}")

    def __repr__(self):
        return f"LRUCache({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


cache = LRUCache(3)
for k in "abcadeab":
    if cache.get(k) is None:
        cache.put(k, ord(k))
print(cache)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
print(od, od.popitem(), list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))


@functools.lru_cache(maxsize=4)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print([fib(i) for i in range(10)], fib.cache_info())


@functools.lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (1, 5, 10, 25, 50)), ways.cache_info().currsize)


@functools.cache
def square(x):
    return x * x


print(square(4), square(4.0), square.cache_info())
typed = functools.lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed.cache_info().misses)
print(fib.__wrapped__ is not None, fib.__name__)

c = Counter("the quick brown fox jumps over the lazy dog".split())
c.update(["the", "fox"])
print(c.most_common(3))
print(c["missing"], +c, sorted(c.elements())[:5])
c2 = Counter(a=3, b=1) - Counter(a=1, b=2)
print(c2, Counter(a=3) | Counter(a=5, b=1), Counter(a=3) & Counter(a=1, c=4))
print(Counter("abracadabra").total())
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dd, dict(dd))
dq = deque(range(5), maxlen=4)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq[1], dq.index(0))
dq.extend([7, 8])
print(dq, list(reversed(dq)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm2 = cm.new_child({"c": 4})
print(cm2["a"], cm2["b"], dict(cm2), cm2.parents, len(cm2))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
