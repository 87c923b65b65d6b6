# min/max/sorted/heapq/bisect ask a comparison's truth, not whether it is True.
import bisect
import heapq


class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return 1 if self.v < other.v else 0

    def __gt__(self, other):
        return [1] if self.v > other.v else []

    def __repr__(self):
        return f"A({self.v})"


items = [A(3), A(1), A(5), A(2)]
print(min(items), max(items))
print(min(A(3), A(1), A(2)), max(A(3), A(1), A(5)))
print(min(items, key=lambda a: -a.v), max(items, key=lambda a: -a.v))
print(sorted(items), sorted(items, reverse=True))
h = list(items)
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])
keys = [A(1), A(3), A(5)]
print(bisect.bisect_left(keys, A(3)), bisect.bisect_right(keys, A(3)))
print(min(3, 1.5), max(2, 2.0), min(2.0, 2), max([1, 5.5, 3]), min([-0.0, 0.0]), max(0, False))
print(min("b", "a"), max((1, 2), (1, 3)), min([], default="empty"))


class Broken:
    def __lt__(self, other):
        return self

    def __bool__(self):
        raise ValueError("no truth")


try:
    min(Broken(), Broken())
except ValueError as e:
    print("ValueError:", e)
