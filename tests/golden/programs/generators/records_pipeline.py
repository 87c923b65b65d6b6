import itertools, functools, operator, collections, heapq, math

def read_records():
    data = """id,name,dept,salary,start
1,Ann,eng,120000,2015
2,Bob,eng,95000,2018
3,Cid,ops,70000,2012
4,Dee,sales,65000,2020
5,Eve,eng,130000,2011
6,Fay,ops,72000,2019
7,Gus,sales,80000,2016"""
    lines = iter(data.splitlines())
    header = next(lines).split(",")
    for line in lines:
        row = dict(zip(header, line.split(",")))
        row["salary"] = int(row["salary"])
        row["start"] = int(row["start"])
        yield row

def where(pred, rows):
    for r in rows:
        if pred(r):
            yield r

def project(fields, rows):
    return ({f: r[f] for f in fields} for r in rows)

rows = list(read_records())
eng = list(project(["name", "salary"], where(lambda r: r["dept"] == "eng", rows)))
print(eng)
by_dept = collections.defaultdict(list)
for r in rows:
    by_dept[r["dept"]].append(r["salary"])
for dept in sorted(by_dept):
    s = by_dept[dept]
    print(f"{dept:6} n={len(s)} mean={sum(s)/len(s):>10.1f} max={max(s)}")
print(heapq.nlargest(3, rows, key=lambda r: r["salary"])[0]["name"], [r["name"] for r in heapq.nsmallest(2, rows, key=operator.itemgetter("start"))])
def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunked(range(10), 3)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
g = running_avg(); next(g)
print([round(g.send(x), 2) for x in [10, 20, 5, 7]])
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), math.prod(range(1, 11)), math.comb(10, 3), math.gcd(84, 36), math.isqrt(99))
print(list(itertools.takewhile(lambda x: x < 10, (n * n for n in itertools.count()))))
print(list(itertools.dropwhile(str.isdigit, "123abc456")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.pairwise("abcd")))
print(list(itertools.filterfalse(lambda x: x % 3, range(10))), list(itertools.repeat("x", 3)))
print(sum(itertools.tee(range(5))[1]), list(zip(*[iter(range(6))] * 2)))
print(dict(collections.Counter(r["dept"] for r in rows)), collections.Counter(r["dept"] for r in rows).most_common(1))
dq = collections.deque(maxlen=3)
for i in range(6):
    dq.append(i)
print(dq, dq[0], list(reversed(dq)))
dq.rotate(1); print(dq); dq.appendleft(-1); print(dq, dq.popleft())
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
od = collections.OrderedDict.fromkeys("abc", 0); od.move_to_end("a"); print(od, list(od))
print(math.floor(-2.5), math.ceil(2.1), round(2.5), round(3.5), round(-0.5), math.trunc(-2.7), divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2)
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.sqrt(2), math.hypot(3, 4), math.log(100, 10), math.log2(1024), math.exp(1))
print(f"{math.pi:.10f} {math.tau:.3e} {1/3:.5g} {2**0.5!r} {10**20:,} {1.5e-7}")
