def scale(xs, k):
    return [x * k for x in xs]
print(scale([1, 2, 3], 10))
base = 100
print([base + i for i in range(3)])
def table(n):
    return [[f"{i}x{j}={i * j}" for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table(3):
    print("  ".join(row))
fns = [lambda y, i=i: i + y for i in range(3)]
print([f(10) for f in fns])
print([(lambda v: v * 2)(v) for v in range(4)])
