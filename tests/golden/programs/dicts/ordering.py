d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
del d["a"]
d["a"] = 99
print(list(d))
print({k: d[k] for k in sorted(d)})
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts.items(), key=lambda kv: kv[1]))
print({1: "a", 1.0: "b", True: "c"})
