d = {"a": 1, "b": 2}
d["c"] = 3
d.update({"d": 4}, e=5)
print(d, len(d), "a" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items())[:2])
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("f", 6), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "missing"), d.popitem(), d)
e = dict.fromkeys(["x", "y"], 0)
print(e, dict(zip("abc", range(3))), dict(a=1, b=2), dict([("k", "v")]))
print({**d, "a": -1}, d | {"new": 1}, d == dict(d), d.copy() is d)
del d["a"]
print(d, sorted(d, reverse=True))
for k, v in d.items():
    d[k] = v * 10
print(d)
try:
    d["missing"]
except KeyError as err:
    print("KeyError", err)
d.clear(); print(d)
