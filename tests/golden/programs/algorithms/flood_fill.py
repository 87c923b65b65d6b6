# Counting islands and flood-filling a picture with an explicit stack.
picture = [
    "..##....##",
    ".###...###",
    "......#...",
    "##...###..",
    "#....#....",
    "...##...##",
]
grid = [list(row) for row in picture]
rows, cols = len(grid), len(grid[0])


def fill(r, c, mark):
    stack = [(r, c)]
    size = 0
    while stack:
        r, c = stack.pop()
        if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] != "#":
            continue
        grid[r][c] = mark
        size += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return size


sizes = {}
label = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "#":
            mark = next(label)
            sizes[mark] = fill(r, c, mark)
for row in grid:
    print("".join(row))
print("islands:", len(sizes))
for mark, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {mark}: {size} cell{'s' if size != 1 else ''}")
