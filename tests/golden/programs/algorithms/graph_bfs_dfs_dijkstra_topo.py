from collections import deque, defaultdict
import heapq

EDGES = """A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1"""

graph = defaultdict(dict)
for line in EDGES.splitlines():
    u, v, w = line.split()
    graph[u][v] = int(w)
    graph[v][u] = int(w)


def bfs(start):
    seen = {start: None}
    q = deque([start])
    order = []
    while q:
        node = q.popleft()
        order.append(node)
        for nb in sorted(graph[node]):
            if nb not in seen:
                seen[nb] = node
                q.append(nb)
    return order, seen


def dfs(start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for nb in sorted(graph[start]):
        if nb not in seen:
            dfs(nb, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


order, parents = bfs("A")
print("BFS:", order)
print("parents:", sorted(parents.items(), key=lambda kv: kv[0]))
print("DFS:", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3} via {'->'.join(path(prev, node))}")
print("unreachable:", sorted(set(graph) - set(dist)))


def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = dfs(n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


print(components())

DAG = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"],
       "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}


def topo(dag):
    indeg = {n: 0 for n in dag}
    for n in dag:
        for m in dag[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in dag[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(dag):
        raise ValueError("cycle detected")
    return out


print(topo(DAG))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("error:", e)
from graphlib import TopologicalSorter, CycleError
ts = TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order()))
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q, seen = deque([(start, 0)]), {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == "E":
        print("maze distance", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
print(len(seen))
