# Shortest path in a grid maze with breadth-first search.
MAZE = """\
S.#.......
.##.####..
....#..#..
.##.#.##.#
.#..#....E
.#.###.#..
...#...#..""".splitlines()


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return r, c
    raise ValueError(ch)


def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


def bfs(start, goal):
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        for nxt in neighbours(*cur):
            if nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
    if goal not in prev:
        return None
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]


start, goal = find("S"), find("E")
path = bfs(start, goal)
print("start", start, "goal", goal)
print("length", len(path) - 1)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
print("visited cells:", sum(row.count(".") + row.count("*") for row in grid))
