# Self-referencing containers print with [...] and {...}; nested equality and copies.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"name": "loop"}
d["self"] = d
print(d)
b = [a, [a]]
print(b)
grid = [[0] * 3 for _ in range(2)]
shallow = grid[:]
deep = [row[:] for row in grid]
grid[0][0] = 9
print(shallow[0][0], deep[0][0], shallow == grid, deep == grid, shallow is grid)
nested = [[1, [2, 3]], (4, [5])]
print(nested == [[1, [2, 3]], (4, [5])], nested < [[1, [2, 4]]], [1, 2] < [1, 2, 0], (1, [2]) == (1, [2]))
t = ([],)
t[0].append(t)
print(t)
print(str([1.0, 2.50, -0.0, 1e20, float("inf")]), repr(("a", 'b"', "c'")), {1: [None, True]})
