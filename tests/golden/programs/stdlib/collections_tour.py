from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap
c = Counter("mississippi")
print(c.most_common(2), c["z"], c)
print(Counter(a=3, b=1) + Counter(a=1, c=2), sorted(Counter("abca").elements()))
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(dict(d), d, len(d), "a" in d)
q = deque([1, 2, 3])
q.appendleft(0); q.append(4)
print(q.popleft(), q.pop(), list(q), q, len(q), q[0], q[-1])
q2 = deque(range(5), maxlen=3)
print(q2, q2.maxlen)
q2.rotate(1); print(q2)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, p == (1, 2))
x, y = p
print(x + y, isinstance(p, tuple), Point._make([5, 6]))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
try:
    Point(1)
except TypeError as e:
    print(e)
