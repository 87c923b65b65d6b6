a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
xs = [5, 6, 7]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
pairs = {"x": 1, "y": 2}
for k, v in pairs.items():
    print(k, v)
(m, n), *rest = [(1, 2), (3, 4), (5, 6)]
print(m, n, rest)
i = 0
data = [10, 20]
i, data[i] = 1, 99
print(i, data)
