# zip(strict=True), enumerate with start, map over several iterables, sorted stability.
names = ["ada", "bob", "cid"]
scores = [91, 78, 85]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(f"#{rank} {name} {score}")
print(list(zip(names, scores, strict=True)))
try:
    list(zip(names, scores[:2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(names[:1], scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b, c: a + b * c, [1, 2, 3], [4, 5, 6], [7, 8])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(str.upper, names)))
records = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))
print(min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]), min([], key=len, default=None))
print(max("apple", "fig", "banana", key=len), min(3, 1, 2), max([1, 5], [1, 4]), sorted([[2, 1], [1, 9], [1, 2]]))
print(list(enumerate("abc", -1)), dict(zip(range(3), "xyz")), [*zip(*[(1, "a"), (2, "b")])])
