pairs = [("a", "b"), ("b", "a"), ("c", "d"), ("a", "b")]
friendships = set()
for x, y in pairs:
    friendships.add(frozenset((x, y)))
print(len(friendships))
print(sorted(sorted(f) for f in friendships))
weights = {frozenset(("a", "b")): 3}
print(weights[frozenset(("b", "a"))])
s = {1, 2, 3}
t = s.copy()
t.update([4, 5]); t.intersection_update({1, 4, 5, 9}); print(sorted(t), sorted(s))
s.difference_update({2}); print(sorted(s), s.union([7], (8,)) >= s, sorted(s.symmetric_difference({3, 10})))
