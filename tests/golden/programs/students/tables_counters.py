from collections import Counter, defaultdict, OrderedDict, namedtuple, deque
import statistics, itertools, string
grades = {"alice": [90, 85, 77], "bob": [60, 75, 80], "carol": [95, 92, 99], "dan": [55, 40, 65], "eve": [88, 88, 88]}
def letter(avg):
    return "A" if avg >= 90 else "B" if avg >= 80 else "C" if avg >= 70 else "D" if avg >= 60 else "F"
print(f"{'Name':<10}|{'Avg':>8}|{'Grade':^7}|{'Scores'}")
print("-" * 40)
for name, scores in sorted(grades.items(), key=lambda kv: -sum(kv[1])):
    avg = sum(scores) / len(scores)
    print(f"{name.capitalize():<10}|{avg:>8.2f}|{letter(avg):^7}|{', '.join(map(str, scores))}")
print("=" * 40)
allsc = [s for v in grades.values() for s in v]
print(statistics.mean(allsc), statistics.median(allsc), statistics.mode(allsc), round(statistics.stdev(allsc), 4), statistics.pstdev([1, 2, 3, 4]))
print(statistics.median([1, 3, 2, 4]), statistics.multimode("aabbc"), statistics.variance([2.5, 3.5, 4.0]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
hist = Counter(letter(sum(v) / 3) for v in grades.values())
for g in "ABCDF":
    print(f"{g}: {'#' * hist[g]:<5} ({hist[g]})")
words = "b a c b a d e b c a f".split()
c = Counter(words)
print(c.most_common(), c.most_common(2), list(c.elements())[:5], c["zzz"], sum(c.values()), c.total())
c2 = Counter("abracadabra")
print(c2, c2 + Counter("aaz"), c2 - Counter("aaaaaa"), c2 & Counter("aab"), c2 | Counter("zzz"))
print(sorted(c2, key=c2.get, reverse=True), max(c2, key=c2.get), c2.most_common()[-1])
c2.update("zz"); c2.subtract({"a": 10}); print(c2, +c2, -c2)
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), dict(sorted(counts.items(), key=lambda x: (-x[1], x[0]))))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p._asdict(), p._replace(x=10), Point._fields, Point(*[1, 2]), p == (3, 4), tuple(p))
q = deque([1, 2, 3], maxlen=4); q.append(4); q.append(5); q.appendleft(0); q.rotate(1)
print(q, list(q), q.popleft(), q.pop(), len(q))
sq = {x: x * x for x in range(6)}
ev = {x for x in range(20) if x % 3 == 0}
print(sq, ev, {v: k for k, v in sq.items()}, {w: len(w) for w in ["aa", "b", "aa"]}, sorted({c.upper() for c in "hello"}))
print({**sq, 10: 100}, sq | {0: "zero"}, dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("abc", 0), sq.get(99, "none"), sq.setdefault(7, 49), sq.pop(0), sq.popitem())
for k, grp in itertools.groupby(sorted(["ant", "bee", "bat", "ape", "cat"]), key=lambda s: s[0]):
    print(k, list(grp))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.combinations("abc", 2)), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.islice(itertools.count(5, 5), 4)))
inventory = OrderedDict(apple=3, pear=0, fig=7)
inventory.move_to_end("apple")
print(inventory, list(inventory), [k for k, v in inventory.items() if v])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[r[i] for r in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2], [(i, j) for i in range(3) for j in range(i)])
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None, []])), list(zip(range(3), "abc", [True, False, True])))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello   big world"))
table = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
w = max(len(r[0]) for r in table)
for name, qty, price in table:
    print(f"{name:.<{w + 3}}{qty:>4} x {price:>7.2f} = {qty * price:>8.2f}")
print(f"{'TOTAL':>{w + 3}}{sum(q * p for _, q, p in table):>24.2f}")
print("{:<8}|{:^8}|{:>8}".format("left", "mid", "right"), "{0}{1}{0}".format("ab", "-"), "{name} is {age}".format(name="X", age=3), "%-5s|%5.1f|%03d|%x|%r" % ("hi", 2.345, 7, 255, "q"))
