# A sparse vector implementing the sequence and container protocols.
class SparseVector:
    def __init__(self, size, values=None):
        self.size = size
        self.data = {i: v for i, v in (values or {}).items() if v}

    def __len__(self):
        return self.size

    def _index(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._index(i), 0)

    def __setitem__(self, i, v):
        i = self._index(i)
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)

    def __delitem__(self, i):
        self[i] = 0

    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)

    def __iter__(self):
        return (self[i] for i in range(self.size))

    def __repr__(self):
        return f"SparseVector({self.size}, {dict(sorted(self.data.items()))})"


v = SparseVector(8, {1: 5, 6: -2})
v[3] = 7
v[-1] = 1
del v[1]
print(v, len(v), list(v), v[2:5], v[::3], v[-2])
print(7 in v, 5 in v, 0 in v, sum(v), max(v), sorted(v)[:3])
try:
    v[8]
except IndexError as e:
    print("IndexError:", e)
