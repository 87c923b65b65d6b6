# Tuple keys of ints, floats and strs are compared natively; equal keys keep
# their order (stable, also with reverse=True), shorter tuples sort first,
# -0.0 equals 0.0, and mixed kinds, bools, big ints, NaN and tuple
# subclasses take the general path with Python's rules.
from collections import namedtuple
recs = [(i % 3, "n%d" % (i % 5), (i % 4) * 0.5, i) for i in range(30)]
print(sorted(recs, key=lambda r: (r[0], r[1]))[:6])
print(sorted(recs, key=lambda r: (r[2], -r[0]), reverse=True)[:6])
print(sorted([(1, 2, 3), (1, 2), (1,), (), (0, 9), (1, 2, 2)]))
print(sorted([(0.0, "b"), (-0.0, "a"), (0.0, "a")], key=lambda t: t[:1]))
print(sorted([(1, "a"), (1.5, "b"), (True, "c"), (10**20, "d"), (0, "e")]))
print(sorted([(float("nan"), 1), (1.0, 2), (0.5, 3)])[1:])
P = namedtuple("P", "x y")
print(sorted([P(2, 1), P(1, 2), P(1, 1)]))
try:
    sorted([(1, "a"), ("b", 2)])
except TypeError as e:
    print("TypeError:", e)
