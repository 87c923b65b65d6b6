# Messages of common builtin errors, one call each (sorted's reverse must be an int).
import collections, json, re, statistics
for f in [lambda: [].remove(1), lambda: [1].index(2), lambda: "abc".index("z"), lambda: {}.pop("k"), lambda: set().pop(),
          lambda: (1,).index(5), lambda: "a".join([1]), lambda: int("5", 1), lambda: list(range(3))[5], lambda: {"a": 1}["b"],
          lambda: collections.Counter(a=1)["b"], lambda: json.loads(""), lambda: re.match("(", "x"), lambda: dict([(1,)]),
          lambda: "x".center(), lambda: [1, 2].sort(key=1), lambda: sorted([3, 1], reverse=None), lambda: max(), lambda: min([]),
          lambda: iter(5), lambda: next(iter([])), lambda: "abc"[1:2:0], lambda: tuple(5), lambda: {}.update(1),
          lambda: collections.namedtuple("P", "x x"), lambda: statistics.median([]), lambda: float("1,5"), lambda: 1 + "a",
          lambda: [] < 1, lambda: {1: 2} < {3: 4}, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 10 ** -1 % 0]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [None, 1.5, '', 2, True, [], 0]:
    try: print(sorted([2,1], reverse=v))
    except Exception as e: print(type(e).__name__, e)
    try: l=[2,1]; l.sort(reverse=v); print(l)
    except Exception as e: print(type(e).__name__, e)
