from collections import OrderedDict, Counter, ChainMap, defaultdict, deque, namedtuple
od = OrderedDict([("b", 2), ("a", 1), ("c", 3)])
k = od.keys()
print(k, od.values(), od.items(), len(k), "a" in k, ("a", 1) in od.items(), 5 in od.values())
print(k == {"a", "b", "c"}, k & {"a", "z"}, {"a", "z"} & k, sorted(k | ["q"]), sorted(k - {"a"}), {"a", "q"} - k, sorted(k ^ {"a", "q"}))
print(list(reversed(k)), list(reversed(od.items())), list(reversed(od.values())), k.isdisjoint(["x"]))
od["d"] = 4
print(k, type(k).__name__, sorted(k))
print({} | od, type({} | od).__name__, od | {"e": 5})
print(od.popitem(last=False), od.setdefault("z", 26), od.pop("b"), od)
print(OrderedDict.fromkeys("ab", 0), type(OrderedDict.fromkeys("ab")).__name__)
c = Counter("mississippi")
print(c, c.most_common(2), sorted(c.elements()))
print(Counter(a=3) <= Counter(a=3, b=1), Counter(a=3) < Counter(a=3), Counter(a=1) == Counter(a=1, b=0), Counter() == {})
c2 = Counter(a=1, b=-2)
c2 += Counter(b=5)
print(c2)
c2 -= Counter(a=7)
print(c2, Counter({"x": 0}), +Counter({"x": 0}))
c3 = Counter(a=5); c3 |= Counter(a=2, b=3); print(c3)
c3 &= Counter(a=4); print(c3)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Counter({"a": 1}).total(), Counter(["x", "y", "x"]), Counter(a=2, b=2, c=5).most_common())
c4 = Counter("aab"); c4.update("bc"); c4.update({"a": 10}); c4.subtract(a=20); print(c4, repr(Counter()))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.keys(), cm.items(), list(cm.values()))
child = cm.new_child({"c": 4})
child["a"] = 100
print(child, child.parents, dict(child), cm.get("zz", "dflt"), "c" in child)
try:
    del cm["b"]
except KeyError as e:
    print(repr(e))
try:
    cm["zz"]
except KeyError as e:
    print(repr(e))
print(cm | {"q": 1}, ChainMap() or "empty")
dd = defaultdict(lambda: "?", {"k": "v"})
print(dd["k"], dd["missing"], len(dd), sorted(dd.items()))
dl = defaultdict(list); dl["x"].append(1); print(dl, repr(defaultdict(int)))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
d = deque(range(5), maxlen=3); d.append(9); d.appendleft(-1); d.rotate(1); print(d, d.maxlen, d[0], d[-1])
d2 = deque("abc"); d2.extendleft("xy"); print(d2, d2.index("a"), d2.count("z"), list(reversed(d2)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._asdict(), p._replace(y=5), P._fields, P._field_defaults, P._make([3, 4]), p == (1, 0), p.x)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    namedtuple("Q", "a a")
except ValueError as e:
    print(e)
print(namedtuple("R", "a def _x", rename=True)._fields, repr(P), P.__doc__, P.x.__doc__)
