# Disjoint sets: connected components and Kruskal's minimum spanning tree.


def make(nodes):
    return {n: n for n in nodes}, {n: 0 for n in nodes}


def find(parent, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root


def union(parent, rank, a, b):
    ra, rb = find(parent, a), find(parent, b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True


edges = [
    (4, "a", "b"), (8, "a", "h"), (11, "b", "h"), (8, "b", "c"),
    (7, "h", "i"), (1, "h", "g"), (2, "i", "c"), (6, "i", "g"),
    (7, "c", "d"), (4, "c", "f"), (2, "g", "f"), (14, "d", "f"),
    (9, "d", "e"), (10, "e", "f"), (3, "x", "y"),
]
nodes = sorted({n for _, a, b in edges for n in (a, b)})
parent, rank = make(nodes)
mst = []
for w, a, b in sorted(edges):
    if union(parent, rank, a, b):
        mst.append((a, b, w))
print("MST edges:")
for a, b, w in mst:
    print(f"  {a}-{b} ({w})")
print("total weight:", sum(w for _, _, w in mst))
groups = {}
for n in nodes:
    groups.setdefault(find(parent, n), []).append(n)
print("components:", sorted(sorted(g) for g in groups.values()))
