# Counting paths and partitions with memoised recursion in a dict.
memo = {}


def paths(grid, r=0, c=0):
    if r >= len(grid) or c >= len(grid[0]) or grid[r][c] == "#":
        return 0
    if (r, c) == (len(grid) - 1, len(grid[0]) - 1):
        return 1
    key = (id(grid), r, c)
    if key not in memo:
        memo[key] = paths(grid, r + 1, c) + paths(grid, r, c + 1)
    return memo[key]


grid = ["....#", ".#...", "...#.", "#....", "....."]
print("paths:", paths(grid))
open_grid = ["." * 12] * 12
print("open 12x12:", paths(open_grid))

ways_cache = {}


def stairs(n, steps=(1, 2, 3)):
    if n == 0:
        return 1
    if n < 0:
        return 0
    if n not in ways_cache:
        ways_cache[n] = sum(stairs(n - s, steps) for s in steps)
    return ways_cache[n]


print([stairs(n) for n in range(1, 15)], stairs(60))


def catalan(n, cache={0: 1}):
    if n not in cache:
        cache[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return cache[n]


print([catalan(n) for n in range(12)], catalan(50))
