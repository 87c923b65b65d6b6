# itertools' combinatoric iterators: values, order, lengths, edge cases,
# argument errors, types and laziness, as CPython's C types.
import itertools
from itertools import combinations, combinations_with_replacement, permutations, product
from math import comb, factorial, perm

for n in range(5):
    for r in range(6):
        p = list(permutations(range(n), r))
        c = list(combinations(range(n), r))
        w = list(combinations_with_replacement(range(n), r))
        assert len(p) == (perm(n, r) if r <= n else 0), (n, r)
        assert len(c) == (comb(n, r) if r <= n else 0), (n, r)
        assert len(w) == (comb(n + r - 1, r) if n else int(r == 0)), (n, r)
        assert p == sorted(set(p)) and c == sorted(set(c)) and w == sorted(set(w))
        assert c == [t for t in p if list(t) == sorted(t)]
        assert w == [t for t in product(range(n), repeat=r) if list(t) == sorted(t)]
    assert len(list(permutations(range(n)))) == factorial(n)

print(list(permutations("abc")))
print(list(permutations([1, 2, 3], 2)))
print(list(permutations([], 0)), list(permutations([1, 2], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(4), 0)), list(combinations([], 0)), list(combinations([1], 3)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(list(product("ab", range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product()), list(product(repeat=3)), list(product([1, 2], repeat=0)))
print(list(product([1, 2], [], [3])), list(product([1], [2], repeat=True)))
print(list(permutations(iterable=[1, 2], r=None)), list(combinations(r=1, iterable="xy")))
print(list(permutations([1, 2], True)))

# Duplicates in the input count by position, not value.
print(list(permutations([1, 1])), list(combinations([0, 0, 1], 2)))

# The input is read whole when the iterator is made.
data = [1, 2, 3]
it = permutations(data)
data.append(4)
print(len(list(it)))
gen = (x for x in "xyz")
c = combinations(gen, 2)
print(list(gen), list(c))
p = product(iter([1, 2]), iter("ab"))
print(list(p))

# Lazy: a huge product is never built.
big = product(range(10), repeat=30)
print(next(big), next(big))
big = permutations(range(100))
print(next(big)[-3:], next(big)[-3:])
print(next(combinations(range(10**6), 3)), next(combinations_with_replacement(range(10**6), 2)))
print(list(itertools.islice(permutations(range(5), 3), 4)))

# next() and exhaustion.
it = combinations([1, 2, 3], 2)
print(next(it), next(it), next(it), next(it, "end"), next(it, "end"))
it = product("a")
print(iter(it) is it, list(it), list(it))
try:
    next(permutations([1], 2))
except StopIteration:
    print("StopIteration")

# Items are new tuples each time.
items = list(product([[]], [0, 1]))
print(items, items[0] is items[1], type(items[0]).__name__)

# Types.
for f in (permutations, combinations, combinations_with_replacement, product):
    obj = f([1, 2], 1) if f is not product else f([1, 2])
    print(f.__name__, f.__module__, f, type(obj).__name__, type(obj) is f, isinstance(obj, f))
    print(type(obj).__qualname__, hasattr(obj, "__next__"), repr(obj).startswith(f"<itertools.{f.__name__} object at "))


class Perms(permutations):
    pass


p = Perms("ab")
print(type(p).__name__, isinstance(p, permutations), list(p))

# Arguments.
bad = [
    lambda: permutations(),
    lambda: permutations(1),
    lambda: permutations([1], 1.0),
    lambda: permutations([1], "a"),
    lambda: permutations([1], -1),
    lambda: permutations([1], 2, 3),
    lambda: permutations([1], x=2),
    lambda: permutations([1], iterable=2),
    lambda: permutations(r=1),
    lambda: permutations([1], 10**20),
    lambda: combinations(),
    lambda: combinations([1]),
    lambda: combinations([1], 1.5),
    lambda: combinations([1], None),
    lambda: combinations([1], -1),
    lambda: combinations([1], 2, 3),
    lambda: combinations([1], r=2, foo=1),
    lambda: combinations([1], foo=1),
    lambda: combinations([1], iterable=2),
    lambda: combinations([1], 10**20),
    lambda: combinations(5, 1),
    lambda: combinations(5, 1.5),
    lambda: combinations(None, -1),
    lambda: permutations(None, 1.5),
    lambda: combinations_with_replacement([1]),
    lambda: combinations_with_replacement("ab", -2),
    lambda: combinations_with_replacement(None, 2),
    lambda: product(1),
    lambda: product([1], 2),
    lambda: product([1], foo=1),
    lambda: product([1], repeat=2, foo=3),
    lambda: product([1], repeat=-1),
    lambda: product([1], repeat=1.0),
    lambda: product([1], repeat=10**20),
    lambda: product([1], repeat=10**17),
]
for f in bad:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
