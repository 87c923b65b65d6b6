# Set operations on elements of a user class equal by __eq__ but not identical.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
a, b = {K(1), K(2)}, {K(1), K(3)}
print(sorted((a | b), key=repr), sorted(a & b, key=repr), sorted(a - b, key=repr), sorted(a ^ b, key=repr))
c = set(a); c |= b; print(len(c), a <= a | b, K(1) in b, a.isdisjoint(b), len(a.union(b)), len(a.intersection(b)))
