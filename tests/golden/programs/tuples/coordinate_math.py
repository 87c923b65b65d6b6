# Tuples as 2D/3D vectors: arithmetic helpers, hashing as dict keys.
def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def scale(a, k):
    return tuple(x * k for x in a)


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


u, v = (1, 2, 3), (4, 5, 6)
print(add(u, v), scale(u, 3), dot(u, v), cross(u, v), dot(cross(u, v), u))
moves = {"U": (0, 1), "D": (0, -1), "L": (-1, 0), "R": (1, 0)}
pos = (0, 0)
visited = {pos: 0}
for step, m in enumerate("RRUULDDDLLUR", 1):
    pos = add(pos, moves[m])
    if pos in visited:
        print(f"step {step}: back at {pos} first seen at step {visited[pos]}")
    visited.setdefault(pos, step)
print("final", pos, "distinct cells", len(visited))
xs = [p[0] for p in visited]
ys = [p[1] for p in visited]
for y in range(max(ys), min(ys) - 1, -1):
    print("".join("o" if (x, y) == (0, 0) else "*" if (x, y) == pos else "#" if (x, y) in visited else "."
                  for x in range(min(xs), max(xs) + 1)))
print(sorted(visited, key=lambda p: (abs(p[0]) + abs(p[1]), p))[:5])
