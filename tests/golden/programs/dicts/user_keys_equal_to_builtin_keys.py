# A stored key of a user class whose hash and __eq__ match a str or int key:
# lookups, membership, stores and counts ask its __eq__, as CPython does.
import collections


class Alias:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash(self.target)

    def __eq__(self, other):
        return other == self.target

    def __repr__(self):
        return f"Alias({self.target!r})"


d = {Alias("a"): 1, Alias(5): "five"}
print("a" in d, 5 in d, "b" in d, 6 not in d)
print(d["a"], d[5], d.get("a"), d.get(5), d.get("b", "missing"))
d["a"] = 2
d[5] = "FIVE"
print(d)
s = {Alias("x"), Alias(7)}
print("x" in s, 7 in s, "y" in s)
s.add("x")
print(len(s))
c = collections.Counter({Alias("w"): 1})
c.update("ww")
print(c)
print(d.setdefault("a", 99), d.pop(5), d)
