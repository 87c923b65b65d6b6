# Deques hold their items for the collector: items reachable only through
# a deque (or a deque iterator) survive collections, cycles through deques
# are freed, and `__eq__`/`__iter__` code that allocates while a deque is
# searched, compared, extended or copied finds it intact.
import gc
from collections import deque


class Tracked:
    alive = 0

    def __init__(self, v):
        self.v = v
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1

    def __eq__(self, other):
        junk = [[i] for i in range(100)]
        return isinstance(other, Tracked) and other.v == self.v and len(junk) == 100

    __hash__ = None


def churn():
    return [str(i) * 3 for i in range(2000)]


q = deque(Tracked(i) for i in range(50))
churn()
gc.collect()
print(Tracked.alive, sum(t.v for t in q))
it = iter(deque([Tracked("only in an iterator")]))
rit = reversed(deque([Tracked("reversed")]))
gc.collect()
print(Tracked.alive, next(it).v, next(rit).v)

# Searching and comparing run __eq__, which allocates.
print(q.count(Tracked(3)), q.index(Tracked(40)), Tracked(49) in q, Tracked(99) in q)
q.remove(Tracked(0))
print(len(q), q == deque(Tracked(i) for i in range(1, 50)), q != deque([Tracked(1), Tracked(3)]))


def generated():
    for i in range(100):
        churn() if i % 25 == 0 else None
        yield Tracked(i)


q.extend(generated())
q.extendleft(Tracked(-i) for i in range(10))
gc.collect()
print(len(q), q[0].v, q[-1].v)
del q
gc.collect()
print("after del", Tracked.alive)

# A deque in a cycle with itself, and with an instance.
for _ in range(20):
    a = deque([Tracked("a")])
    a.append(a)
    b = Tracked("b")
    b.ring = deque([b, Tracked("c")], maxlen=5)
del a, b, it, rit
gc.collect()
print("cycles freed", Tracked.alive)


class Bag(deque):
    def __init__(self, items=()):
        super().__init__(items)
        self.extra = [Tracked("extra")]


bags = [Bag([Tracked(i)]) for i in range(30)]
churn()
gc.collect()
print(Tracked.alive, sum(b[0].v for b in bags), len(bags[3].extra))
copies = [b + deque([Tracked("more")]) for b in bags[:5]]
gc.collect()
print(Tracked.alive, [len(c) for c in copies])
del bags, copies
gc.collect()
print("bags freed", Tracked.alive)
