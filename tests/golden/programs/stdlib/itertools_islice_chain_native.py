# itertools.islice and itertools.chain: values, how much of the input they read,
# exhaustion, errors raised inside, argument errors, types, as CPython's C types.
import itertools as it
from itertools import islice, chain
print(list(chain()), list(chain([1, 2], "ab", (), range(3))), list(chain.from_iterable(["ab", [], [3]])))
c = chain([1], [2])
print(next(c), next(c), next(c, "end"), iter(c) is c)
c = chain(1)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
c = chain.from_iterable(x for x in ([1, 2], [3]))
print(list(c), list(c))
print(type(chain()).__name__, type(chain.from_iterable([])) is chain, isinstance(chain(), chain), chain.__module__)
print(repr(chain()).startswith("<itertools.chain object at "), repr(islice([], 1)).startswith("<itertools.islice object at "))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8)), list(islice(range(10), 1, None, 3)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)), list(islice("abc", 0)))
print(list(islice(range(10), 5, 2)), list(islice([], 3)), list(islice(range(3), 1, 10**6)))
i = iter(range(10)); print(list(islice(i, 5, 2)), next(i))
i = iter(range(10)); print(list(islice(i, 2, 6, 3)), next(i))
i = iter(range(10)); print(list(islice(i, 3)), next(i))
print(list(islice(it.count(), 2, 20, 5)), type(islice([], 1)).__name__, isinstance(islice([], 1), islice))
def gen():
    yield 1
    raise ValueError("boom")
try:
    list(chain(gen()))
except ValueError as e:
    print("ValueError", e)
bad = [
    lambda: islice(), lambda: islice([1]), lambda: islice([1], 1, 2, 3, 4), lambda: islice([1], stop=2),
    lambda: islice(1, 2), lambda: islice(1, -1), lambda: islice([1], -1), lambda: islice([1], -2),
    lambda: islice([1], 1.5), lambda: islice([1], 1, -1), lambda: islice([1], -1, 2), lambda: islice([1], 1.5, 2),
    lambda: islice([1], 0, 2, 0), lambda: islice([1], 0, 2, -1), lambda: islice([1], 1, 2, 1.5),
    lambda: islice([1], None, -2), lambda: islice([1], 10**30),
    lambda: chain(x=1), lambda: chain.from_iterable(), lambda: chain.from_iterable(1), lambda: list(chain([1], 2)),
]
for f in bad:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
