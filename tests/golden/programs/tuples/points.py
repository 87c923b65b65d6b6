points = [(3, 4), (-1, 2), (0, 0), (5, -5), (2, 2)]
def dist2(p):
    return p[0] ** 2 + p[1] ** 2
print(sorted(points, key=dist2))
print(max(points), min(points), sorted(points, key=lambda p: (p[1], -p[0])))
xs, ys = zip(*points)
print(xs, ys)
centroid = (sum(xs) / len(xs), sum(ys) / len(ys))
print(centroid)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), (1, "a") == (1, "a"), len(()))
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), t.index([2, 3, 4]))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
