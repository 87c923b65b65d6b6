# Graph algorithms on adjacency dicts: DFS cycle detection, components, bipartite check.
def has_cycle(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in graph}
    path = []

    def visit(n):
        colour[n] = GREY
        path.append(n)
        for m in graph[n]:
            if colour[m] == GREY:
                return path[path.index(m):] + [m]
            if colour[m] == WHITE:
                found = visit(m)
                if found:
                    return found
        colour[n] = BLACK
        path.pop()
        return None

    for n in sorted(graph):
        if colour[n] == WHITE:
            cycle = visit(n)
            if cycle:
                return cycle
    return None


def bipartite(graph):
    side = {}
    for start in sorted(graph):
        if start in side:
            continue
        side[start] = 0
        queue = [start]
        while queue:
            n = queue.pop(0)
            for m in graph[n]:
                if m not in side:
                    side[m] = 1 - side[n]
                    queue.append(m)
                elif side[m] == side[n]:
                    return None
    return sorted(n for n in side if side[n] == 0), sorted(n for n in side if side[n] == 1)


dag = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
cyclic = {"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": []}
print(has_cycle(dag), has_cycle(cyclic))
square = {1: [2, 4], 2: [1, 3], 3: [2, 4], 4: [3, 1]}
triangle = {1: [2, 3], 2: [1, 3], 3: [1, 2]}
print(bipartite(square), bipartite(triangle))
edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7)]
undirected = {}
for a, b in edges:
    undirected.setdefault(a, set()).add(b)
    undirected.setdefault(b, set()).add(a)
seen, comps = set(), []
for n in sorted(undirected):
    if n not in seen:
        stack, comp = [n], []
        while stack:
            x = stack.pop()
            if x not in seen:
                seen.add(x)
                comp.append(x)
                stack.extend(undirected[x] - seen)
        comps.append(sorted(comp))
print(comps, max(comps, key=len))
