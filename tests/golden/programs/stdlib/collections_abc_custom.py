import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance({}.keys(), abc.KeysView), isinstance(iter([]), abc.Iterator))
print(isinstance((x for x in []), abc.Generator), isinstance(5, abc.Hashable), isinstance([], abc.Hashable), isinstance("s", abc.Iterable), isinstance(len, abc.Callable))
class Bag(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
b = Bag(); b["x"] = 1; b.update(y=2); print(dict(b), b.get("z", 0), "x" in b, list(b.items()), b.pop("x"), b.setdefault("q", 9), len(b))
class S(abc.Sequence):
    def __getitem__(self, i): return [1,2,3][i]
    def __len__(self): return 3
s = S(); print(list(s), s.index(2), s.count(3), 2 in s, list(reversed(s)))
try:
    class Bad(abc.Mapping): pass
    Bad()
except TypeError as e: print(e)
print(issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence), issubclass(set, abc.Set), issubclass(frozenset, abc.MutableSet))
print(abc.Set.__abstractmethods__ == frozenset({'__contains__', '__iter__', '__len__'}))
