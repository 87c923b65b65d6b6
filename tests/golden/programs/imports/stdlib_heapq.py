import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
data = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(data)
print([heapq.heappop(data) for _ in range(3)])
print(heapq.nlargest(2, ["aaa", "b", "cc"], key=len), heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
print(list(heapq.merge([3, 1], [4, 2], key=lambda v: -v, reverse=False)))
