# dict(mapping) of a Python-written mapping: the dict being filled, and the
# keys and values read so far, survive the collections that the mapping's
# __getitem__ and keys' __hash__ trigger (they were freed and reused).
from collections.abc import Mapping

class Squares(Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, k):
        junk = [[i] for i in range(2000)]  # enough allocation to collect
        return str(k * k) + "!" * (len(junk) // 1000)
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        junk = [[i] for i in range(2000)]
        return hash(self.v) + len(junk) * 0
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"

for _ in range(3):
    d = dict(Squares(30))
    print(len(d), d[0], d[29])
    e = {}
    e.update([(Key(i), str(i) * 3) for i in range(30)])
    print(len(e), e[Key(7)], list(e.values())[-1])
    f = dict(((Key(i), [i] * 2) for i in range(40)))
    print(len(f), f[Key(39)])
