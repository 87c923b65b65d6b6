# Counter counts through _collections._count_elements: straight into the
# dict, or through get/__setitem__ when a dict subclass overrides them.
from collections import Counter
from _collections import _count_elements


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c["the"], c["dog"], c.most_common(2), len(c))
c.update(["cat", "dog"])
c.update("ab")
c.update({"the": 10})
c.update(the=1, cow=2)
print(c)
print(Counter(), Counter(""), Counter(x % 3 for x in range(10)), Counter(iter("mississippi")))
print(Counter([1, 1.0, True]), Counter([(1, 2), (1, 2), None]), Counter(range(3)) + Counter(range(2)))
print(sorted(Counter("abracadabra").elements()), Counter("abc").total())
attempt("unhashable element", lambda: Counter([[1]]))
attempt("not iterable", lambda: Counter(5))
d = {}
_count_elements(d, "hello")
print(d)
_count_elements(d, ["l", "x"])
print(d)
counts = {"a": 1.5, "b": True, "c": 2**70}
_count_elements(counts, "abc")
print(counts)
attempt("a count that cannot add 1", lambda: _count_elements({"a": "x"}, "a"))
attempt("a list count", lambda: _count_elements({"a": [1]}, "a"))
attempt("one argument", lambda: _count_elements({}))
attempt("three arguments", lambda: _count_elements({}, "a", "b"))
attempt("iterable checked first", lambda: _count_elements(1, 2))
attempt("mapping without get", lambda: _count_elements([], "a"))
big = {"n": 2**63 - 1}
_count_elements(big, "n")
print(big)
none_value = {}
_count_elements(none_value, [None, None])
print(none_value)


class Loud(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)


class LoudGet(dict):
    def get(self, key, default=None):
        print("  get", key, default)
        return super().get(key, default)


class Missing(dict):
    def __missing__(self, key):
        print("  missing", key)
        return 0


class GetItem(dict):
    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)


for cls in [Loud, LoudGet, Missing, GetItem]:
    m = cls()
    print(cls.__name__)
    _count_elements(m, "aba")
    print(" ", m)


class NotADict:
    def __init__(self):
        self.data = {}

    def get(self, key, default):
        return self.data.get(key, default)

    def __setitem__(self, key, value):
        self.data[key] = value


nd = NotADict()
_count_elements(nd, "xyx")
print(nd.data)


class LoudCounter(Counter):
    def __setitem__(self, key, value):
        print("  counter set", key, value)
        super().__setitem__(key, value)


print(LoudCounter("aab"))


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        print("  eq", self.name, other.name)
        return self.name == other.name

    def __repr__(self):
        return self.name


print(Counter([Key("ab"), Key("ac"), Key("ab")]))


class Bump(int):
    def __add__(self, other):
        print("  add", int(self), other)
        return Bump(int(self) + other)


b = {"k": Bump(1)}
_count_elements(b, "kk")
print(b, type(b["k"]).__name__)


def generate():
    yield "a"
    yield "b"
    raise ValueError("stopped early")


partial = {}
attempt("iterable that raises", lambda: _count_elements(partial, generate()))
print(partial)
text = "it was the best of times it was the worst of times " * 50
freq = Counter(text.split())
print(freq.most_common(4), sum(freq.values()))
