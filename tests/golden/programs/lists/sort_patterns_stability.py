# Sorting by __lt__ alone over data with structure (sorted, reversed, runs,
# few distinct values, organ pipes, random): the result and the order of
# equal items are CPython's, however the sort walks the data.
import random


class Key:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        return self.v < other.v


rng = random.Random(11)
n = 3000
patterns = {
    "sorted": list(range(n)),
    "reversed": list(range(n, 0, -1)),
    "runs": [i % 97 for i in range(n)],
    "few": [i % 5 for i in range(n)],
    "pipe": list(range(n // 2)) + list(range(n // 2, 0, -1)),
    "random": [rng.randrange(500) for _ in range(n)],
    "descending_ties": sorted([rng.randrange(40) for _ in range(n)], reverse=True),
    "sawtooth": [(i * 7) % 64 for i in range(n)],
    "tiny": [3, 1, 2],
    "one": [1],
    "empty": [],
}
for name, data in patterns.items():
    keys = [Key(v, i) for i, v in enumerate(data)]
    out = sorted(keys)
    back = sorted(keys, reverse=True)
    tags = [k.tag for k in out]
    print(name, [k.v for k in out][:8], tags[:8], tags[-8:], [k.tag for k in back][:8],
          all(not (out[i + 1] < out[i]) for i in range(len(out) - 1)))
    lst = list(keys)
    lst.sort(key=lambda k: k.v % 7)
    print(" ", [k.tag for k in lst][:10])


class Fail:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("no 13")
        return self.v < other.v


items = [Fail(v) for v in [5, 3, 13, 1, 8]]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e, sorted(f.v for f in items))
