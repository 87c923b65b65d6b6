from collections import defaultdict, Counter, OrderedDict, namedtuple, deque, ChainMap
d = {"b": 2, "a": 1}
d.setdefault("c", []).append(3)
print(d, d.get("z", 0), d.pop("b"), d.pop("q", "dflt"), list(d.items()), d | {"x": 9}, {**d, "a": 0})
d2 = dict.fromkeys("abc", 0); d2.update(a=5, d=4); print(d2, sorted(d2, key=d2.get, reverse=True), len(d2), "a" in d2)
print(list(reversed(d2)), list(reversed(d2.items())), d2.keys() & {"a", "z"}, sorted(d2.keys() - {"a"}), d2.items() == d2.copy().items())
try:
    for k in d2:
        d2[k + "x"] = 1
except RuntimeError as e:
    print(e)
dd = defaultdict(list)
for w in "the cat the dog a cat".split():
    dd[w[0]].append(w)
print(dict(dd), dd["zz"], repr(defaultdict(int, {"a": 1})))
c = Counter("mississippi")
print(c.most_common(2), c["z"], sorted(c.elements()), c + Counter("ss"), c - Counter("sss"), c.total())
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=5, c=1), repr(Counter()))
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, p.x + p[1], P(*range(2)), isinstance(p, tuple))
x, y = p
print(x, y, p == (1, 0), hash(p) == hash((1, 0)))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), list(dq), dq[1], len(dq), dq.maxlen)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); od.popitem(last=False)
print(od, list(od.keys()))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
L = [5, 3, 8, 1, 9, 2]
L.sort(key=lambda v: (v % 3, -v))
print(L, sorted(L, reverse=True), L.index(8), L.count(1), L[::-2], L[1:-1], L[-100:100])
L[1:3] = ["a", "b", "c"]; print(L)
del L[::2]; print(L)
L.insert(-1, "ins"); L.insert(100, "end"); L.extend(range(2)); L.remove("end"); print(L, L.pop(1), L)
try:
    L[::2] = [1]
except ValueError as e:
    print(e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [[1]] * 2, [0] * -1, list(range(10, 0, -3)))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
import operator
print(sorted(people, key=operator.itemgetter(1, 0)), max(people, key=operator.itemgetter(1)), list(map(operator.itemgetter(0), people)))
s = {3, 1, 2}
s.add(5); s.discard(9); s |= {7}; print(s, s & {1, 7}, s - {1}, s ^ {1, 100}, s <= {1, 2, 3, 5, 7, 9}, {1} < s, frozenset([1, 2]) == {1, 2})
print(s.isdisjoint({0}), s.issuperset([1, 2]), sorted(set("hello")), sorted({"b", "a"}), {x % 3 for x in range(10)}, set() == frozenset())
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    {}.pop("k")
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print(e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(list(zip([1, 2, 3], "ab")), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))), list(enumerate("xy", start=1)))
print(any([]), all([]), sum([[1], [2]], []), sum(range(101)), sum([0.1] * 10), min(3, 1, 2), max([], default=None), list(filter(None, [0, 1, "", "a", None])))
