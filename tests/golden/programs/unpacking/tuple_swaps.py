# Tuple assignment idioms: swaps, rotations, fibonacci, parallel updates.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
x, y, z = z, x, y
print(x, y, z)
fibs = []
p, q = 0, 1
while p < 200:
    fibs.append(p)
    p, q = q, p + q
print(fibs)
nums = [5, 3, 8, 1]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)
i = 0
i, nums[i] = 2, 99
print(i, nums)
grid = [[0] * 3 for _ in range(3)]
for (r, c), v in zip([(0, 0), (1, 1), (2, 2)], "abc"):
    grid[r][c] = v
print(grid)
for index, (key, value) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(index, key, value)
pts = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pts)
print(xs, ys, sum(xs) / len(xs))
(m, n), k = divmod(17, 5), 1
print(m, n, k)
[one] = [1]
(two,) = (2,)
print(one, two)
