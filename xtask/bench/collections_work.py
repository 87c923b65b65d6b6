# collections: a BFS over a deque, sliding windows, namedtuple fields, Counter.
from collections import Counter, deque, namedtuple

n = 200
dist = [-1] * (n * n)
dist[0] = 0
q = deque([0])
while q:
    v = q.popleft()
    r, c = divmod(v, n)
    for w, ok in ((v - n, r > 0), (v + n, r < n - 1), (v - 1, c > 0), (v + 1, c < n - 1)):
        if ok and dist[w] < 0:
            dist[w] = dist[v] + 1
            q.append(w)

xs = [(i * 7919) % 1000 for i in range(100_000)]
window = deque()
peaks = 0
for i, x in enumerate(xs):
    while window and xs[window[-1]] <= x:
        window.pop()
    window.append(i)
    if window[0] <= i - 50:
        window.popleft()
    peaks += xs[window[0]]
recent = deque(maxlen=20)
for x in xs:
    recent.append(x)
moving = sum(recent) / len(recent)

Point = namedtuple("Point", "x y z")
pts = [Point(i, i * 2, i * 3) for i in range(50_000)]
total = 0
for p in pts:
    total += p.x + p.y * p.z

words = "the quick brown fox jumps over the lazy dog and runs away".split()
counts = Counter(words[(i * 31 + i // 7) % len(words)] for i in range(100_000))
print(dist[-1], peaks, moving, total, counts.most_common(3))
