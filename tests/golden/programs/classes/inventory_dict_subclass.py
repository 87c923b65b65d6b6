# Subclassing dict: a counter with defaults, arithmetic and most_common.
class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for item in items:
            self[item] += 1
        return self

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked if n is None else ranked[:n]

    def __add__(self, other):
        out = Tally(self)
        for k, v in other.items():
            out[k] += v
        return out

    def __repr__(self):
        return f"Tally({dict.__repr__(self)})"


words = "the cat and the hat and the bat".split()
t = Tally().add(words)
print(t, t["the"], t["dog"], "dog" in t, len(t))
print(t.most_common(2), isinstance(t, dict), type(t).__name__)
u = Tally().add("the end".split())
print(t + u)
print(sorted(t.keys()), sum(t.values()), dict(t) == t)


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict()
d["Name"] = "Ada"
d["AGE"] = 36
print(d, d["NAME"], d["age"], d.get("name"), list(d))
