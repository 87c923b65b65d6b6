import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(default=1, compare=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.removed = set()
        self.clock = 0

    def submit(self, name, priority, duration=1):
        t = Task(priority, next(self.counter), name, duration)
        heapq.heappush(self.heap, t)
        return t

    def cancel(self, task):
        self.removed.add(task.seq)

    def run(self):
        while self.heap:
            t = heapq.heappop(self.heap)
            if t.seq in self.removed:
                print(f"t={self.clock:3} skip {t.name}")
                continue
            self.clock += t.duration
            print(f"t={self.clock:3} ran  {t.name:<10} (p{t.priority})")
            if t.name.startswith("spawn") and t.priority < 5:
                self.submit(t.name + "+", t.priority + 2, t.duration)


s = Scheduler()
s.submit("email", 3)
s.submit("backup", 5, 10)
x = s.submit("compile", 1, 4)
s.submit("spawn-a", 2, 2)
s.submit("tests", 1, 3)
s.cancel(s.submit("deploy", 0))
s.run()

nums = [5, 1, 8, 3, 9, 2, 7]
h = list(nums)
heapq.heapify(h)
print(h, heapq.nsmallest(3, nums), heapq.nlargest(3, nums))
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len), heapq.nsmallest(2, [(2, "b"), (1, "z"), (1, "a")]))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
mh = []
for v in nums:
    heapq.heappush(mh, -v)
print([-heapq.heappop(mh) for _ in range(3)])
