import copy

def show(board):
    for i, row in enumerate(board):
        print(" " + " | ".join(row))
        if i < 2:
            print("---+---+---")

def winner(b):
    lines = [row[:] for row in b] + [list(col) for col in zip(*b)]
    lines.append([b[i][i] for i in range(3)])
    lines.append([b[i][2 - i] for i in range(3)])
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None

board = [[" "] * 3 for _ in range(3)]
moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
player = "X"
for r, c in moves:
    board[r][c] = player
    w = winner(board)
    if w:
        print(f"{w} wins!")
        break
    player = "O" if player == "X" else "X"
else:
    print("Draw")
show(board)

def life_step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            new[r][c] = 1 if n == 3 or (grid[r][c] and n == 2) else 0
    return new

g = [[0] * 6 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
for gen in range(4):
    print(f"gen {gen}:")
    print("\n".join("".join("#" if x else "." for x in row) for row in g))
    g = life_step(g)

def flood_fill(img, r, c, new):
    old = img[r][c]
    if old == new:
        return img
    stack = [(r, c)]
    while stack:
        y, x = stack.pop()
        if 0 <= y < len(img) and 0 <= x < len(img[0]) and img[y][x] == old:
            img[y][x] = new
            stack.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return img

img = [list(s) for s in ["..##..", ".#..#.", ".#..#.", "..##..", "......"]]
filled = flood_fill(copy.deepcopy(img), 1, 2, "o")
print("\n".join(map("".join, filled)))
print("\n".join(map("".join, flood_fill(img, 0, 0, "~"))))

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print(list(zip(*m)))
print([list(r) for r in zip(*m[::-1])])
print([list(r) for r in zip(*m)][::-1])
print([[row[i] for row in m] for i in range(3)])
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul(m, [[1, 0], [0, 1], [1, 1]]))
ident = [[int(i == j) for j in range(4)] for i in range(4)]
for row in ident:
    print(*row)
for row in m:
    print(" ".join(f"{x:>3}" for x in row))
print(sum(map(sum, m)), max(map(max, m)), [sum(c) for c in zip(*m)])
spiral, top, bot, left, right = [], 0, len(m) - 1, 0, len(m[0]) - 1
while top <= bot and left <= right:
    spiral += m[top][left:right + 1]; top += 1
    spiral += [m[i][right] for i in range(top, bot + 1)]; right -= 1
    if top <= bot:
        spiral += m[bot][left:right + 1][::-1]; bot -= 1
    if left <= right:
        spiral += [m[i][left] for i in range(bot, top - 1, -1)]; left += 1
print(spiral)
bad = [[0] * 3] * 3
bad[0][0] = 5
print(bad, bad[0] is bad[1])
