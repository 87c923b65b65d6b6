data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')] * 5
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted([3.5, -1.0, 2.25, 0.0, -0.0]), sorted(["b", "a", "é", "Z"]), sorted([True, 2, 0, -1.5]))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V{self.v}"
xs = [V(i * 7 % 11) for i in range(20)]
print(sorted(xs), sorted(xs, reverse=True)[:3], min(xs), max(xs))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
l = list(range(30, 0, -1)); l.sort(key=lambda x: x % 5); print(l)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, 'b'), (1, 'a')]), sorted(range(5), key=lambda x: -x))
