import operator
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __eq__(self, o): return type(o) is V and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return self.c < o.c
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
print(sorted({V(2), V(1)}), V(1) in [V(1)], {V(1): "a"}[V(1)], [V(1), V(2)].index(V(2)), (V(3),) == (V(3),))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.contains([1], 1), operator.getitem(V(5, 6), 1), operator.attrgetter("c")(V(1)), operator.index(7))
print(list(map(operator.itemgetter(1), [V(1, 2), V(3, 4)])), max([V(1), V(3), V(2)]), min(V(5), V(4)), sorted([V(2, 1), V(1, 9)], key=len))
x, y = V(1, 2)
print(x, y, [*V(7, 8)], list(V(1, 2, 3)[::-1]) if False else "skip")
d = {V(1): 1}
d[V(1)] = 2
print(d, len(d), V(1) in d.keys(), {V(1)} == {V(1)}, {V(1)} - {V(1)}, {V(1)} | {V(2)} == {V(2), V(1)})
s = {1, 2, 3}
print(s == {3, 2, 1}, s.union([4]), s.intersection({2, 9}, {2}), s.difference([1]), s.symmetric_difference([3, 4]), {1} <= s, s >= {1, 5})
