# A sparse matrix as a dict of (row, col) -> value, with multiply and transpose.
def sparse(rows):
    return {(r, c): v for r, row in enumerate(rows) for c, v in enumerate(row) if v}


def shape(m):
    return (max(r for r, _ in m) + 1, max(c for _, c in m) + 1) if m else (0, 0)


def multiply(a, b):
    by_row = {}
    for (k, c), v in b.items():
        by_row.setdefault(k, []).append((c, v))
    out = {}
    for (r, k), v in a.items():
        for c, w in by_row.get(k, []):
            out[(r, c)] = out.get((r, c), 0) + v * w
    return {k: v for k, v in out.items() if v}


def dense(m, rows, cols):
    return [[m.get((r, c), 0) for c in range(cols)] for r in range(rows)]


a = sparse([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]])
b = sparse([[0, 1], [5, 0], [0, 0], [1, 1]])
print(len(a), "non-zeros of", shape(a)[0] * shape(a)[1], "density", f"{len(a) / 12:.0%}")
p = multiply(a, b)
for row in dense(p, 3, 2):
    print(row)
t = {(c, r): v for (r, c), v in a.items()}
print(dense(t, 4, 3))
print(sorted(a.items()), sum(a.values()), max(a, key=a.get))
identity = {(i, i): 1 for i in range(4)}
print(multiply(a, identity) == a, multiply(identity, t) == t)
