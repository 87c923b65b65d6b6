grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], (2, 2) in grid, (3, 3) in grid)
neighbours = lambda p: [(p[0] + dx, p[1] + dy) for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0))]
print([n for n in neighbours((0, 0)) if n in grid])
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0))
print({(1, 2): "a", (1.0, 2.0): "b"})
