# `x in container` where x's __hash__/__eq__ runs Python code that allocates
# (and so may collect): the container, held by nothing else, must survive.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        junk = [[i] for i in range(200)]
        return hash(self.v) + len(junk) - 200

    def __eq__(self, other):
        junk = [str(i) for i in range(200)]
        return isinstance(other, Key) and other.v == self.v and len(junk) == 200


hits = 0
for i in range(300):
    hits += Key(i) in {Key(i), Key(i + 1)}
    hits += Key(i) in {Key(i): "x"}
    hits += Key(i) not in frozenset([Key(i + 2)])
    hits += Key(i) in [Key(i - 1), Key(i)]
print(hits)
