# Extended unpacking in assignments, loops and calls.
first, *middle, last = range(10)
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = [1]
print(init, end)
(a, b), [c, *d], e = (1, 2), "xyz", {"k": 1}
print(a, b, c, d, e)
records = [("ada", 36, "london", "uk"), ("bob", 25, "paris"), ("cid", 40)]
for name, age, *where in records:
    print(f"{name}: {age} {'/'.join(where) or '-'}")
pairs = {"x": 1, "y": 2}
merged = {**pairs, "z": 3, **{"x": 10}}
print(merged, [*pairs, *"ab"], (*range(3), 9), {*[1, 2], *(2, 3)})


def describe(*args, sep=", ", **opts):
    return sep.join(map(str, args)) + (f" {opts}" if opts else "")


nums = [3, 1, 2]
print(describe(*nums), describe(*nums, *nums, sep="-"), describe(*"ab", **{"k": 1, "j": [2]}))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*zip(*zip(*matrix))])
x, y = y, x = 1, 2
print(x, y)
try:
    p, q = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    p, q, r, *s = [1, 2]
except ValueError as err:
    print(err)
try:
    (p,) = []
except ValueError as err:
    print(err)
