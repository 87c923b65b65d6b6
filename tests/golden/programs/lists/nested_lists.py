grid = [[0] * 5 for _ in range(4)]
for r in range(4):
    for c in range(5):
        grid[r][c] = r * c
for row in grid:
    print(row)
flat = [x for row in grid for x in row]
print(flat, sum(flat))
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
jagged = [list(range(i)) for i in range(5)]
print(jagged, [len(r) for r in jagged])
print(sorted(jagged, key=len, reverse=True)[0])
