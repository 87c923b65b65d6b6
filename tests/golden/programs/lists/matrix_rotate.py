# Rotating, flipping and spiralling through 2D lists.
def show(m):
    for row in m:
        print(" ".join(f"{x:>2}" for x in row))
    print()


def rotate(m):
    return [list(row) for row in zip(*m[::-1])]


def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


m = [[r * 4 + c for c in range(4)] for r in range(3)]
show(m)
show(rotate(m))
show(rotate(rotate(m)))
show([row[::-1] for row in m])
print(spiral(m))
print(spiral([[1]]), spiral([]))
grid = [[0] * 4 for _ in range(4)]
aliased = [[0] * 4] * 4
grid[0][0] = aliased[0][0] = 1
print(sum(map(sum, grid)), sum(map(sum, aliased)))
diag = [m[i][i] for i in range(min(len(m), len(m[0])))]
print(diag, [row[-1] for row in m], m[1][1:3])
