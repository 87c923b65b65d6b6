# A user __hash__/__eq__ that collects while native code holds values only in
# Rust: the value of a dict display or comprehension entry (popped before the
# key is hashed), the other items of a set display, of set(generator), of
# set.update, and the items `x in [...]` compares against (they were freed
# and their slots reused: wrong values, `unhashable type: 'list'`, False).

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        junk = [[i] for i in range(12000)]  # enough allocation to collect
        return hash(self.v) + len(junk) * 0
    def __eq__(self, other):
        junk = [[i] for i in range(12000)]
        return isinstance(other, Key) and self.v == other.v + len(junk) * 0
    def __repr__(self):
        return f"Key({self.v})"

def keys(n):
    for i in range(n):
        yield Key(i % 3)

print({Key(i): str(i) * 2 for i in range(3)})
print({Key(1): [1], Key(2): "two" + "!"})
print(sorted({Key(0), Key(1), Key(0)}, key=lambda k: k.v))
print(sorted(set(keys(6)), key=lambda k: k.v))
print(sorted(frozenset(keys(5)), key=lambda k: k.v))
s = set()
s.update(keys(4))
print(sorted(s, key=lambda k: k.v))
print(sorted({*keys(4)}, key=lambda k: k.v))
print(Key(1) in [Key(0), Key(1)], Key(5) in (Key(0), Key(5)))
