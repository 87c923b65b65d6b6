# Dict views as sets, merging operators, and mutation during iteration.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(a.keys() & b.keys(), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), a.keys() ^ b.keys() == {"x", "z", "w"})
print(a | b, b | a)
c = dict(a)
c |= b
print(c, c == {**a, **b})
print(list(reversed(a)), list(reversed(a.items())))
keys = a.keys()
a["new"] = 4
print(len(keys), "new" in keys, list(keys))
try:
    for k in a:
        if k == "x":
            a["added"] = 5
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(a):
    if a[k] % 2 == 0:
        del a[k]
print(a)
d = dict.fromkeys("abc", 0)
d["a"] += 1
print(d, dict.fromkeys(range(3)), dict(zip("ab", [1, 2]), c=3))
print(d.pop("b"), d.pop("zz", "default"), d.setdefault("q", []), d)
print(d.popitem(), d, {1: "a", True: "b", 1.0: "c"})
print({k: v for k, v in sorted(c.items(), key=lambda kv: -kv[1])}, min(c, key=c.get))
