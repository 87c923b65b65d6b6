names = ["ann", "bob", "cy"]
scores = [88, 92, 75]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(list(map(str.upper, names)), list(filter(None, [0, 1, "", "x", None, []])))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(5)[2], 3 in range(5))
print(any(s > 90 for s in scores), all(s > 70 for s in scores), sum(scores) / len(scores))
print(dict(zip(names, scores)), list(zip(*[(1, "a"), (2, "b")])))
it = iter(names)
print(next(it), list(it))
print(sorted(zip(scores, names), reverse=True)[0][1])
