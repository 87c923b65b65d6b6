# heapq's operations: the heap invariant and the exact layout CPython's
# _heapq produces, items with their own __lt__, errors, a heap changed
# while its items compare, list subclasses, and the max-heap helpers
# under merge / nlargest / nsmallest.
import heapq
import random

rng = random.Random(7)
data = [rng.randrange(1000) for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:12], all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h))))
print([heapq.heappop(h) for _ in range(10)], len(h))
g = list(data)
heapq.heapify(g)
print(g[:12], heapq.heapreplace(g, 500), heapq.heappushpop(g, -1), heapq.heappushpop(g, 2000), g[:5])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))

pairs = []
for i, w in enumerate(["pear", "fig", "apple", "kiwi", "date", "fig"]):
    heapq.heappush(pairs, (len(w), w, i))
print([heapq.heappop(pairs) for _ in range(len(pairs))])


class Task:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


tasks = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e")]:
    heapq.heappush(tasks, Task(p, n))
print([heapq.heappop(tasks).name for _ in range(5)])


class Heap(list):
    pass


sub = Heap([5, 3, 8, 1])
heapq.heapify(sub)
heapq.heappush(sub, 0)
print(sub, type(sub).__name__, heapq.heappop(sub))


class Evil:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v


victim = [Evil(None, 1), Evil(None, 2)]
victim[1].heap = victim
victim[0].heap = victim
try:
    heapq.heappush(victim, Evil(victim, 0))
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(victim))

for f, args in [
    (heapq.heappush, (1, 2)), (heapq.heappop, (1,)), (heapq.heapify, ("x",)),
    (heapq.heapreplace, (None, 2)), (heapq.heappushpop, ((), 2)), (heapq.heappop, ([],)),
    (heapq.heapreplace, ([], 1)), (heapq.heappush, ([],)), (heapq.heappop, ()),
    (heapq.heappush, ([1, "a"], 2)), (heapq.heappush, ([1], "b")),
]:
    try:
        print(f(*args))
    except (TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
print(heapq.heappushpop([], 3), heapq.heappushpop([5], 3))
print(heapq.heappush.__name__, heapq.heappop)
