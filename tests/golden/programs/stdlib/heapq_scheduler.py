import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: list = field(compare=False, default_factory=list)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.done = set()
        self.clock = 0
        self.timeline = []

    def add(self, name, priority, duration=1, deps=()):
        heapq.heappush(self.heap, Task(priority, next(self.counter), name, duration, list(deps)))

    def run(self):
        waiting = []
        while self.heap or waiting:
            if not self.heap:
                raise RuntimeError(f"deadlock: {[t.name for t in waiting]}")
            task = heapq.heappop(self.heap)
            if not all(d in self.done for d in task.deps):
                waiting.append(task)
                continue
            start = self.clock
            self.clock += task.duration
            self.done.add(task.name)
            self.timeline.append((start, self.clock, task.name))
            for w in waiting:
                heapq.heappush(self.heap, w)
            waiting.clear()
        return self.timeline


s = Scheduler()
s.add("compile", 2, 3)
s.add("fetch", 1, 2)
s.add("test", 3, 4, deps=["compile"])
s.add("lint", 2, 1, deps=["fetch"])
s.add("deploy", 0, 1, deps=["test", "lint"])
for start, end, name in s.run():
    print(f"{start:3d}-{end:<3d} {name:>8} {'#' * (end - start)}")

nums = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))
words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words, key=lambda w: (w[-1], w)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)
s2 = Scheduler()
s2.add("a", 1, deps=["b"])
s2.add("b", 1, deps=["a"])
try:
    s2.run()
except RuntimeError as e:
    print(e)

# Round-robin with generators
def worker(name, steps):
    for i in range(steps):
        yield f"{name}:{i}"


queue = [(0, i, worker(n, k)) for i, (n, k) in enumerate([("A", 3), ("B", 1), ("C", 2)])]
heapq.heapify(queue)
out = []
while queue:
    t, i, gen = heapq.heappop(queue)
    try:
        out.append(next(gen))
    except StopIteration:
        continue
    heapq.heappush(queue, (t + 1, i, gen))
print(" ".join(out))
