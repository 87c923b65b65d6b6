edges = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (6, 7), (4, 8)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set())

def reachable(start):
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph[node] - seen)
    return seen

for node in sorted(graph):
    print(node, sorted(reachable(node)))

components, done = [], set()
for node in sorted(graph):
    if node not in done:
        comp = reachable(node)
        undirected = set(comp)
        done |= comp
        components.append(sorted(undirected))
print(components)
