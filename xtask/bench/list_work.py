# Lists: append, index, slice, sort, comprehension.
xs = []
for i in range(300_000):
    xs.append((i * 7919) % 100_003)
xs.sort()
ys = [x * 2 for x in xs if x % 3]
zs = ys[::3]
total = 0
for k in range(0, len(zs), 7):
    total += zs[k]
xs.reverse()
print(len(ys), total, xs[0], sum(xs[:1000]))
