# Dijkstra's algorithm with a hand-rolled binary heap.
def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top, heap[0] = heap[0], last
    i = 0
    n = len(heap)
    while True:
        left, right = 2 * i + 1, 2 * i + 2
        smallest = i
        if left < n and heap[left] < heap[smallest]:
            smallest = left
        if right < n and heap[right] < heap[smallest]:
            smallest = right
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest


EDGES = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10),
    ("B", "D", 15), ("C", "D", 11), ("C", "F", 2), ("D", "E", 6),
    ("E", "F", 9), ("G", "H", 1),
]
graph = {}
for a, b, w in EDGES:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heap_pop(heap)
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(heap, (nd, nxt))
    return dist, prev


dist, prev = dijkstra("A")
for node in sorted(graph):
    if node not in dist:
        print(f"{node}: unreachable")
        continue
    path = [node]
    while path[-1] != "A":
        path.append(prev[path[-1]])
    print(f"{node}: {dist[node]:>3}  via {' -> '.join(reversed(path))}")
