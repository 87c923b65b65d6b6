a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.issubset(b), {4, 5} <= a, a >= {1}, a.isdisjoint({10, 11}))
c = set()
for x in [3, 1, 3, 2, 1]:
    c.add(x)
print(sorted(c), len(c), 2 in c)
c.discard(10); c.remove(1)
print(sorted(c))
try:
    c.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set(), len({()}) , frozenset([1, 2]) == {1, 2}, sorted(frozenset("hello")))
print({x % 3 for x in range(10)}, {1, 2} == {2, 1})
