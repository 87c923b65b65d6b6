# A deque changed while it is iterated or searched: CPython's
# "deque mutated during iteration", and what its iterators do after.
import copy
import operator
from collections import deque


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
attempt("next after append", lambda: next(it))
attempt("next again", lambda: next(it))
attempt("next a third time", lambda: next(it))

for change in ["append", "appendleft", "pop", "popleft", "extend", "extendleft",
               "rotate", "rotate-zero", "clear", "insert", "remove", "del", "iadd", "imul"]:
    d = deque([1, 2, 3])
    seen = []
    try:
        for x in d:
            seen.append(x)
            if change == "append":
                d.append(0)
            elif change == "appendleft":
                d.appendleft(0)
            elif change == "pop":
                d.pop()
            elif change == "popleft":
                d.popleft()
            elif change == "extend":
                d.extend([9])
            elif change == "extendleft":
                d.extendleft([9])
            elif change == "rotate":
                d.rotate(1)
            elif change == "rotate-zero":
                d.rotate(0)
            elif change == "clear":
                d.clear()
            elif change == "insert":
                d.insert(1, 7)
            elif change == "remove":
                d.remove(x)
            elif change == "del":
                del d[0]
            elif change == "iadd":
                d += [5]
            elif change == "imul":
                d *= 2
    except RuntimeError as e:
        print(change, seen, "RuntimeError:", e, d)

# No change of length or order: iteration goes on, and sees the new items.
for change in ["setitem", "reverse", "extend-nothing", "rotate-one", "imul-one", "clear-empty"]:
    d = deque([1, 2, 3]) if change != "clear-empty" else deque()
    seen = []
    for x in d:
        seen.append(x)
        if change == "setitem":
            d[-1] = x * 10
        elif change == "reverse":
            d.reverse()
        elif change == "extend-nothing":
            d.extend([])
        elif change == "rotate-one":
            deque([x]).rotate(5)
        elif change == "imul-one":
            d *= 1
    print(change, seen, d)

# The reverse iterator first sees it has nothing left.
d = deque([1, 2])
rit = reversed(d)
print(next(rit))
d.appendleft(0)
attempt("reverse next after change", lambda: next(rit))
attempt("reverse next again", lambda: next(rit))
d = deque([1, 2])
rit = reversed(d)
print(list(rit))
d.append(3)
attempt("exhausted reverse iterator after change", lambda: next(rit))
fit = iter(d)
print(list(fit))
d.append(4)
attempt("exhausted forward iterator after change", lambda: next(fit))


# __eq__ that changes the deque while it is searched.
class Meddler:
    def __init__(self, target, result=False):
        self.target = target
        self.result = result

    def __eq__(self, other):
        self.target.append("x")
        return self.result


for method in ["count", "index", "remove", "contains"]:
    for result in [False, True]:
        d = deque()
        d.extend([Meddler(d, result), Meddler(d, result)])
        if method == "count":
            attempt(f"count (eq {result})", lambda: d.count(0))
        elif method == "index":
            attempt(f"index (eq {result})", lambda: d.index(0))
        elif method == "remove":
            attempt(f"remove (eq {result})", lambda: d.remove(0))
        else:
            attempt(f"in (eq {result})", lambda: 0 in d)
        print(" ", len(d))

# Comparing deques whose items change them.
d = deque()
e = deque([1, 2])
d.extend([Meddler(d), 2])
attempt("== that changes its deque", lambda: d == e)
attempt("< that changes its deque", lambda: d < e)

# The iterators' own methods and types.
d = deque("abcde")
it = iter(d)
next(it)
next(it)
print(operator.length_hint(it), it.__length_hint__(), it.__reduce__()[1])
print(list(it), it.__length_hint__(), it.__reduce__()[1])
rit = reversed(d)
next(rit)
print(rit.__length_hint__(), rit.__reduce__()[1], list(rit))
cls, args = iter(d).__reduce__()
print(list(cls(*args)), list(type(iter(d))(d, 3)), list(type(reversed(d))(d, 2)))
print(list(type(iter(d))(d, -5)), list(type(iter(d))(d, 50)), list(type(iter(d))(d)))
attempt("iterator of a list", lambda: type(iter(d))([1]))
attempt("iterator without args", lambda: type(iter(d))())
attempt("iterator of str index", lambda: type(iter(d))(d, "1"))
it = iter(d)
print(iter(it) is it, next(it), it.__next__())
attempt("copy of an iterator", lambda: list(copy.copy(iter(deque([1, 2])))))
print(list(map(str, deque([1, 2]))), list(filter(None, deque([0, 1, 2]))))
print([x for x in deque(range(5)) if x % 2], {x: x for x in deque("ab")})


def drain(q):
    # Consuming a deque while iterating its snapshot is fine.
    for item in list(q):
        q.popleft()
        yield item


print(list(drain(deque([1, 2, 3]))))
